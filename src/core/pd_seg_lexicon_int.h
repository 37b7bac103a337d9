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
	const uint32_t *derived;	/* entry indexes of the derived names */
	size_t		nderived;
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

#endif							/* PD_SEG_LEXICON_INT_H */
