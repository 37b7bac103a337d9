/*-------------------------------------------------------------------------
 *
 * pd_seg_lexicon_int.h
 *	  Internals shared by the lexicon (pd_seg_lexicon.c) and its prebuilt
 *	  image (pd_seg_lexicon_image.c).  No PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_lexicon_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_SEG_LEXICON_INT_H
#define PD_SEG_LEXICON_INT_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_seg_lexicon.h"

#define FNV_INIT	2166136261u
#define FNV_PRIME	16777619u

/* entry flags */
#define LEX_WORD	1			/* the key is a word (else only a prefix) */
#define LEX_DERIVED 2			/* image: a name derived from its words */
#define LEX_TOMB	4			/* overlay: that derived name of the image is
								 * no word here */
#define LEX_SHADOW	8			/* overlay: a word the image has too (as a
								 * derived name): not counted twice */
#define LEX_IMAGE_FLAGS (LEX_WORD | LEX_DERIVED)

/* one key of the hash table: a word or a prefix of one */
typedef struct LexEntry
{
	uint32_t	hash;
	uint32_t	off;			/* into the strings; 0 = empty slot */
	uint16_t	len;
	uint16_t	flags;
} LexEntry;

/* a prebuilt image opened read-only (pd_lex_image_open) */
struct PdLexImage
{
	PdAllocator a;
	const LexEntry *tab;
	size_t		cap;			/* power of two */
	const char *str;
	size_t		strlen;
	const uint32_t *derived;	/* entry indexes of the derived names,
								 * ascending */
	const uint32_t *dsources;	/* per derived name: shipped words whose name
								 * it is */
	size_t		nderived;
	const uint32_t *bylast;		/* shipped words of 4+ characters by their
								 * bytes read backwards */
	size_t		nindexed;
	const uint8_t *first;		/* the filter's bitmaps (PdLexFilter) */
	const uint8_t *pair;
	int			first_supp;
	size_t		nwords;
	PdLexImageInfo info;
};

struct PdLexicon
{
	PdAllocator a;
	LexEntry   *tab;
	size_t		cap;			/* power of two */
	size_t		used;
	char	   *str;
	size_t		strlen;
	size_t		strcap;
	PdLexFilter f;				/* f.nwords: number of distinct words */
	const PdLexImage *base;		/* words under this table's, or NULL */
	int			deriving;		/* between pd_lexicon_derive_begin and _end */
	size_t		nown;			/* words added over the image outside that */
};

/* fnv_extend - FNV-1a hash h extended by s[0..n) */
static inline uint32_t
fnv_extend(uint32_t h, const char *s, size_t n)
{
	size_t		i;

	for (i = 0; i < n; i++)
	{
		h ^= (unsigned char) s[i];
		h *= FNV_PRIME;
	}
	return h;
}

/*
 * lex_probe - the entry for key s[0..len) with hash h in a table of cap
 * slots over strings str[0..strlen), or NULL.  At most cap probes, and an
 * entry whose bytes lie outside the strings matches nothing, so that a
 * damaged image can neither loop nor read out of bounds.
 */
static inline const LexEntry *
lex_probe(const LexEntry *tab, size_t cap, const char *str, size_t strlen,
		  const char *s, size_t len, uint32_t h)
{
	size_t		mask = cap - 1;
	size_t		i = h & mask,
				n;

	for (n = 0; n < cap; n++)
	{
		const LexEntry *e = &tab[i];

		if (e->off == 0)
			return NULL;
		if (e->hash == h && e->len == len && (size_t) e->off + len <= strlen &&
			memcmp(str + e->off, s, len) == 0)
			return e;
		i = (i + 1) & mask;
	}
	return NULL;
}

/*
 * pd_lexicon_name_at - the byte length of the name in lexicon word
 * w[0..len): the part before its first proper suffix of two characters or
 * more that is a word, when that part has two characters or more and is no
 * word itself; 0 if none.  Words: those of lex (pd_lexicon_contains), or,
 * with shipped_only, the shipped words of lex's image (no derived name).
 * Whether ICU cuts the name into single characters is not asked here.
 */
extern size_t pd_lexicon_name_at(const PdLexicon *lex, const char *w, size_t len,
								 int shipped_only);

/*
 * pd_lex_image_ending - entry indexes of im's shipped words of four
 * characters or more that u[0..n) ends properly, at most max into out;
 * *cursor starts at 0 and carries on from call to call.  Returns how many
 * were written (fewer than max: the last).  Bounded on a damaged image:
 * only valid shipped entries are returned.
 */
extern size_t pd_lex_image_ending(const PdLexImage *im, const char *u, size_t n,
								  size_t *cursor, uint32_t *out, size_t max);

/*
 * pd_lex_image_derived_index - k such that s[0..len) is im's derived name
 * derived[k], or -1
 */
extern long pd_lex_image_derived_index(const PdLexImage *im, const char *s, size_t len);

/*
 * pd_lexicon_hide - hide the image's word s[0..len) (folded) in the lexicon
 * over it: a tomb in the own table.  0, or PD_LEXICON_NOMEM.
 */
extern int	pd_lexicon_hide(PdLexicon *lex, const char *s, size_t len);

#endif							/* PD_SEG_LEXICON_INT_H */
