/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon.h
 *	  The domain lexicon of the segmenter: words kept whole (parkdata.lexicon),
 *	  folded on the way in, looked up by longest match.  No PostgreSQL
 *	  headers.
 *
 * The lexicon is a hash table of every word and every character prefix of
 * every word (one FNV-1a hash per entry, extended one character at a time),
 * so the longest match at a position costs one probe per character matched
 * and a miss costs one probe.  In front of it, a filter on the first two
 * characters of the words rules out most positions without hashing.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_lexicon.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_SEG_LEXICON_H
#define PD_SEG_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "pd_alloc.h"

/* longest lexicon word in characters; longer words are ignored */
#define PD_LEXICON_MAX_CHARS	64

/* what the lexicon functions return on allocation failure */
#define PD_LEXICON_NOMEM	(-1)

typedef struct PdLexicon PdLexicon;

/*
 * The filter in front of the lexicon: the BMP characters that start a word
 * and a one-bit hash of every word's first two characters.  Every word has
 * two characters or more, so no word starts where the pair's bit is clear.
 */
typedef struct PdLexFilter
{
	size_t		nwords;
	int			first_supp;		/* some word starts beyond the BMP */
	uint8_t		first[0x10000 / 8];
	uint8_t		pair[0x10000 / 8];
} PdLexFilter;

/* pd_lexfilter_bit - the filter bit of the pair c1 c2 */
static inline uint32_t
pd_lexfilter_bit(uint32_t c1, uint32_t c2)
{
	return ((c1 * 0x9E3779B1u) ^ (c2 * 0x85EBCA77u)) >> 16;
}

/* pd_lexfilter_may_pair - may a word start with the characters c1 c2? */
static inline int
pd_lexfilter_may_pair(const PdLexFilter *f, uint32_t c1, uint32_t c2)
{
	uint32_t	pb;

	if (!f || f->nwords == 0)
		return 0;
	if (c1 < 0x10000 ? !((f->first[c1 >> 3] >> (c1 & 7)) & 1) : !f->first_supp)
		return 0;
	pb = pd_lexfilter_bit(c1, c2);
	return (f->pair[pb >> 3] >> (pb & 7)) & 1;
}

/*
 * pd_lexicon_create - empty lexicon whose memory comes from *alloc (the
 * allocator is copied).  NULL if out of memory.
 */
extern PdLexicon *pd_lexicon_create(const PdAllocator *alloc);

/* pd_lexicon_destroy - free everything (no-op parts with a NULL free) */
extern void pd_lexicon_destroy(PdLexicon *lex);

/*
 * pd_lexicon_add - add a word (UTF-8, folded on the way in).  Returns 1 if
 * added, 0 if ignored (empty, a single character, longer than
 * PD_LEXICON_MAX_CHARS, or already present), PD_LEXICON_NOMEM on
 * allocation failure.
 */
extern int	pd_lexicon_add(PdLexicon *lex, const char *word, size_t len);

/* pd_lexicon_count - number of distinct words */
extern size_t pd_lexicon_count(const PdLexicon *lex);

/* pd_lexicon_filter - the lexicon's filter (NULL for a NULL lexicon) */
extern const PdLexFilter *pd_lexicon_filter(const PdLexicon *lex);

/*
 * pd_lexicon_matches - the byte lengths of every lexicon word that starts
 * at s (folded text), shortest first, at most maxout of them.  Returns how
 * many were written.
 */
extern int	pd_lexicon_matches(const PdLexicon *lex, const char *s, size_t len,
							   size_t *out, int maxout);

/* pd_lexicon_longest - byte length of the longest word at s, 0 if none */
extern size_t pd_lexicon_longest(const PdLexicon *lex, const char *s, size_t len);

/* pd_lexicon_contains - is s[0..len) (folded) a lexicon word? */
extern int	pd_lexicon_contains(const PdLexicon *lex, const char *s, size_t len);

/*
 * pd_lexicon_next_word - iterate over the words: *iter starts at 0; each
 * call sets *w (folded, not NUL-terminated, valid until the next
 * pd_lexicon_add) and *len and returns 1, or returns 0 after the last.
 */
extern int	pd_lexicon_next_word(const PdLexicon *lex, size_t *iter,
								 const char **w, size_t *len);

#endif							/* PD_SEG_LEXICON_H */
