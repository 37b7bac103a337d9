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
 * A lexicon may lie over a prebuilt image (pd_lexicon_create_over): the
 * shipped words, compiled at build time (src/tools/gen_lexicon.c) and
 * mapped read-only by every backend, with the names derived from them.
 * The lexicon then holds only the words added on top (the users' rows), and
 * every lookup reads both; to its callers it is one lexicon.
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
typedef struct PdLexImage PdLexImage;

/*
 * What an image says about the rows it was built from, so that a reader can
 * tell whether it fits the table it has: the rows' count and the sum of
 * pd_lexicon_row_hash over them, the word list it derived names with
 * (pd_words_count) and the ICU version (u_getVersion, as "72.1").
 */
typedef struct PdLexImageInfo
{
	uint64_t	rows;
	uint64_t	rowsum;
	uint64_t	wordlist_words;
	char		icu_version[16];
} PdLexImageInfo;

/* why pd_lex_image_open refused an image */
typedef enum PdLexImageStatus
{
	PD_LEXIMG_OK = 0,
	PD_LEXIMG_SHORT,			/* shorter than its header */
	PD_LEXIMG_MAGIC,			/* not a lexicon image */
	PD_LEXIMG_VERSION,			/* another format version */
	PD_LEXIMG_BYTEORDER,		/* built on a machine of another byte order or
								 * word size */
	PD_LEXIMG_LENGTH,			/* truncated or extended */
	PD_LEXIMG_LAYOUT,			/* sizes that contradict each other */
	PD_LEXIMG_CHECKSUM,			/* contents changed */
	PD_LEXIMG_DERIVED,			/* a derived name outside the table */
	PD_LEXIMG_NOMEM
} PdLexImageStatus;

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

/*
 * pd_lexicon_matches_cp - pd_lexicon_matches for a caller that has already
 * asked the pair filter (pd_lexfilter_may_pair) about the first two
 * characters of s, and that has the code point of each character of s where
 * it starts: cp[i] for the character at s[i] (pd_fold_utf8_cp's array, from
 * the same offset), so that s is not decoded again
 */
extern int	pd_lexicon_matches_cp(const PdLexicon *lex, const char *s, size_t len,
								  const uint32_t *cp, size_t *out, int maxout);

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

/*
 * pd_lexicon_row_hash - 64-bit FNV-1a of a row's word and whether the
 * segmenter keeps it (synonym_only: a row it does not): what an image's
 * rowsum adds up
 */
extern uint64_t pd_lexicon_row_hash(const char *word, size_t len, int synonym_only);

/*
 * pd_lex_image_build - the image of lex (which holds the shipped words and
 * the names derived from them): the words of lex that are no words of orig
 * are marked derived.  Allocated with lex's allocator (the caller frees it),
 * its size in *size; NULL if out of memory or too large.
 */
extern void *pd_lex_image_build(const PdLexicon *lex, const PdLexicon *orig,
								const PdLexImageInfo *info, size_t *size);

/*
 * pd_lex_image_seal - write the checksum of img[0..size) into its header
 * (pd_lex_image_build does; tests seal images they damaged on purpose)
 */
extern void pd_lex_image_seal(void *img, size_t size);

/*
 * pd_lex_image_open - an image img[0..size) opened for lookups (img must
 * outlive it: a memory-mapped file).  Checks the magic, format version,
 * byte order, length, layout and a checksum of the whole; lookups are
 * bounded besides, so no image can make them loop or read outside it.
 * NULL with *status set if refused.
 */
extern PdLexImage *pd_lex_image_open(const PdAllocator *alloc, const void *img,
									 size_t size, PdLexImageStatus *status);
extern void pd_lex_image_close(PdLexImage *im);
extern const PdLexImageInfo *pd_lex_image_info(const PdLexImage *im);
/* pd_lex_image_words - words in the image, derived names included */
extern size_t pd_lex_image_words(const PdLexImage *im);
/* pd_lex_image_error - a sentence saying what status means */
extern const char *pd_lex_image_error(PdLexImageStatus status);

/*
 * pd_lexicon_create_over - an empty lexicon over image base (which must
 * outlive it): it has base's words, and pd_lexicon_add adds to them.
 */
extern PdLexicon *pd_lexicon_create_over(const PdAllocator *alloc, const PdLexImage *base);

/* pd_lexicon_own_words - words added on top of the image (all without one) */
extern size_t pd_lexicon_own_words(const PdLexicon *lex);

/*
 * pd_lexicon_derive_begin, pd_lexicon_derive_end - bracket
 * pd_lexicon_derive_names on a lexicon over an image to which words were
 * added: in between, the image's derived names are no words (so names are
 * derived from the shipped and added words alone, as without an image);
 * _end then hides every derived name of the image that was not derived
 * again.  Returns PD_LEXICON_NOMEM on allocation failure, else 0.
 */
extern void pd_lexicon_derive_begin(PdLexicon *lex);
extern int	pd_lexicon_derive_end(PdLexicon *lex);

#endif							/* PD_SEG_LEXICON_H */
