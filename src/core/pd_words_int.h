/*-------------------------------------------------------------------------
 *
 * pd_words_int.h
 *	  The word-list image layout shared by its builder (pd_words_build.c)
 *	  and its lookups (pd_words.c), and the inline lookups of the
 *	  segmenter's search over Han runs (pd_seg_words.c).  Not for other
 *	  callers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_words_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_WORDS_INT_H
#define PD_WORDS_INT_H

#include <stddef.h>
#include <stdint.h>

#include "pd_chars.h"
#include "pd_words.h"

#define IMAGE_MAGIC		"PDWDS\001\000\000"
#define NCODES_MAX		0x10000
#define CELL_LIMIT		0xFFFFFFu	/* 24-bit indexes; also the free mark */
#define FREE_CHECK		CELL_LIMIT

typedef struct WordsCell
{
	uint32_t	a;				/* base | val low byte << 24 */
	uint32_t	b;				/* check | val high byte << 24 */
} WordsCell;

#if defined(__GNUC__) || defined(__clang__)
#define pd_prefetch(p)	__builtin_prefetch(p)
#else
#define pd_prefetch(p)	((void) (p))
#endif

#define CELL_BASE(c)	((c).a & CELL_LIMIT)
#define CELL_CHECK(c)	((c).b & CELL_LIMIT)
#define CELL_VAL(c)		(((c).a >> 24) | (((c).b >> 24) << 8))

typedef struct WordsImageHeader
{
	char		magic[8];
	uint32_t	ncells;
	uint32_t	nwords;
	uint32_t	max_cost;
	uint32_t	ncodes;
	uint32_t	reserved[2];
} WordsImageHeader;

#define IMAGE_CODES_SIZE	(NCODES_MAX * sizeof(uint16_t))

/*
 * words_next - decode the character at s[0..len); returns its byte length,
 * or 0 for an invalid byte or a character beyond the BMP (neither is in any
 * word)
 */
static inline size_t
words_next(const unsigned char *s, size_t len, uint32_t *c)
{
	size_t		n = pd_utf8_next(s, len, c);

	return *c < NCODES_MAX ? n : 0;
}

struct PdWords
{
	PdAllocator a;
	const uint16_t *code;		/* BMP code point -> code, 0 = in no word */
	const WordsCell *cells;
	uint32_t	ncells;
	uint32_t	nwords;
	uint32_t	max_cost;
};

/*
 * step - follow the child of *node for a character's code (0: in no word);
 * 0 where the trie has none, else 1 with *node, *base and *val (the cost +
 * 1 of the word ending there, 0 if none) moved to the child
 */
static inline int
step(const PdWords *w, uint32_t code, uint32_t *node, uint32_t *base, uint32_t *val)
{
	uint32_t	t = *base + code;
	WordsCell	cell;

	if (code == 0 || t >= w->ncells)
		return 0;
	cell = w->cells[t];
	if (CELL_CHECK(cell) != *node)
		return 0;
	*node = t;
	*base = CELL_BASE(cell);
	*val = CELL_VAL(cell);
	return 1;
}


/*
 * words_walk, words_prefetch - pd_words_walk and pd_words_prefetch, inline
 * for the segmenter's search over a Han run (pd_seg_words.c), which calls
 * them at every character
 */
static inline int
words_walk(const PdWords *w, const uint16_t *code, size_t n,
		   uint8_t *lens, uint32_t *costs, int maxout)
{
	uint32_t	node = 0,
				base,
				val;
	size_t		k = 0;
	int			m = 0;

	if (!w || w->nwords == 0)
		return 0;
	if (n > PD_WORDS_MAX_CHARS)
		n = PD_WORDS_MAX_CHARS;
	base = CELL_BASE(w->cells[0]);
	while (k < n && m < maxout && step(w, code[k], &node, &base, &val))
	{
		k++;
		if (val)
		{
			lens[m] = (uint8_t) k;
			costs[m] = val - 1;
			m++;
		}
		if (base == 0)
			break;				/* a leaf */
	}
	return m;
}

static inline void
words_prefetch(const PdWords *w, const uint16_t *code, size_t n)
{
	uint32_t	node = 0,
				base,
				val;

	if (!w || w->nwords == 0 || n < 2)
		return;
	base = CELL_BASE(w->cells[0]);
	if (step(w, code[0], &node, &base, &val) && base != 0 && code[1] != 0 &&
		base + code[1] < w->ncells)
		pd_prefetch(&w->cells[base + code[1]]);
}

#endif							/* PD_WORDS_INT_H */
