/*-------------------------------------------------------------------------
 *
 * pd_words.c
 *	  General word list as a double-array trie (see pd_words.h).
 *
 * Characters are first mapped to dense codes (1..n, the characters that
 * carry the most word probability first, 0 = in no word) by a direct table
 * over the BMP.  The trie's node s has its children at cells base[s] + code,
 * each child cell recording its parent in check; a node that ends a word
 * stores the word's cost + 1 in val (0: not a word).  A cell is packed in
 * eight bytes, base and check 24 bits each and val 16 bits split over their
 * top bytes, so the 349k-word list takes about 6 MB and every step of a
 * lookup is one access to one cell.  Leaves have base 0; internal nodes a
 * base >= 1.
 *
 * The builder places nodes heaviest first (by the probability of the words
 * below them), each at the first base where all its children's cells are
 * free: the nodes lookups reach most often end up together in the low cells
 * and stay in the processor's caches.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_words.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_words_int.h"

/* ------------------------------------------------------------------------
 * Lookup
 * ------------------------------------------------------------------------
 */

PdWords *
pd_words_open(const PdAllocator *alloc, const void *img, size_t size)
{
	const WordsImageHeader *hd = img;
	PdWords    *w;

	if (size < sizeof(*hd) || memcmp(hd->magic, IMAGE_MAGIC, 8) != 0)
		return NULL;
	if (hd->ncells < 1 || hd->ncells > CELL_LIMIT || hd->ncodes >= NCODES_MAX ||
		size != sizeof(*hd) + IMAGE_CODES_SIZE + (size_t) hd->ncells * sizeof(WordsCell))
		return NULL;
	w = alloc->alloc(alloc->arg, sizeof(PdWords));
	if (!w)
		return NULL;
	memset(w, 0, sizeof(*w));
	w->a = *alloc;
	w->code = (const uint16_t *) ((const char *) img + sizeof(*hd));
	w->cells = (const WordsCell *) ((const char *) img + sizeof(*hd) + IMAGE_CODES_SIZE);
	w->ncells = hd->ncells;
	w->nwords = hd->nwords;
	w->max_cost = hd->max_cost;
	return w;
}

void
pd_words_close(PdWords *w)
{
	if (w && w->a.free)
		w->a.free(w->a.arg, w);
}

size_t
pd_words_count(const PdWords *w)
{
	return w ? w->nwords : 0;
}

uint32_t
pd_words_max_cost(const PdWords *w)
{
	return w ? w->max_cost : 0;
}

int
pd_words_matches(const PdWords *w, const char *s, size_t len,
				 size_t *ends, uint32_t *costs, int maxout)
{
	const unsigned char *u = (const unsigned char *) s;
	uint32_t	node = 0,
				base,
				val,
				c;
	size_t		i = 0,
				cl;
	int			n = 0,
				nchars = 0;

	if (!w || w->nwords == 0)
		return 0;
	base = CELL_BASE(w->cells[0]);
	while (i < len && nchars < PD_WORDS_MAX_CHARS && n < maxout &&
		   (cl = words_next(u + i, len - i, &c)) != 0 &&
		   step(w, w->code[c], &node, &base, &val))
	{
		i += cl;
		nchars++;
		if (val)
		{
			ends[n] = i;
			costs[n] = val - 1;
			n++;
		}
		if (base == 0)
			break;				/* a leaf */
	}
	return n;
}

uint16_t
pd_words_code(const PdWords *w, uint32_t c)
{
	return w && c < NCODES_MAX ? w->code[c] : 0;
}

int
pd_words_walk(const PdWords *w, const uint16_t *code, size_t n,
			  uint8_t *lens, uint32_t *costs, int maxout)
{
	return words_walk(w, code, n, lens, costs, maxout);
}

void
pd_words_prefetch(const PdWords *w, const uint16_t *code, size_t n)
{
	words_prefetch(w, code, n);
}

size_t
pd_words_longest(const PdWords *w, const char *s, size_t len)
{
	size_t		ends[PD_WORDS_MAX_CHARS];
	uint32_t	costs[PD_WORDS_MAX_CHARS];
	int			n = pd_words_matches(w, s, len, ends, costs, PD_WORDS_MAX_CHARS);

	return n > 0 ? ends[n - 1] : 0;
}
