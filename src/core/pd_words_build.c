/*-------------------------------------------------------------------------
 *
 * pd_words_build.c
 *	  Building the general word list's image (see pd_words.h): characters
 *	  mapped to dense codes, the most probable first, and a double-array
 *	  trie whose nodes are placed heaviest first.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_words_build.c
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_words_int.h"

typedef struct BuildWord
{
	uint32_t	off;			/* into chars */
	uint32_t	len;			/* characters */
	uint32_t	cost;
	uint32_t	seq;			/* order of addition */
} BuildWord;

/* a node waiting to be placed: trie cell s for the sorted words [lo, hi) */
typedef struct PendingNode
{
	double		weight;			/* probability of the words below it */
	uint32_t	s;
	uint32_t	lo,
				hi;
	uint32_t	depth;
} PendingNode;

struct PdWordsBuilder
{
	PdAllocator a;
	BuildWord  *words;
	size_t		nwords,
				capwords;
	uint16_t   *chars;			/* code points, then codes */
	size_t		nchars,
				capchars;

	/* during finish */
	uint32_t   *base;
	uint32_t   *check;
	uint16_t   *val;
	size_t		capcells;
	uint32_t   *nextfree;		/* union-find: the first free cell >= i */
	size_t		top;			/* highest cell used + 1 */
	double	   *cum;			/* cum[i]: probability of words[0..i) */
	PendingNode *heap;			/* nodes to place, heaviest first */
	size_t		nheap,
				capheap;
	int			failed;
};

static void *
b_alloc(PdWordsBuilder *b, size_t size)
{
	return b->a.alloc(b->a.arg, size);
}

static void
b_free(PdWordsBuilder *b, void *p)
{
	if (p && b->a.free)
		b->a.free(b->a.arg, p);
}

/* b_grow - make *p (of *cap elements of size elt) hold at least need */
static int
b_grow(PdWordsBuilder *b, void **p, size_t *cap, size_t need, size_t elt)
{
	size_t		ncap = *cap ? *cap : 1024;
	void	   *np;

	if (need <= *cap)
		return 1;
	while (ncap < need)
		ncap *= 2;
	np = b_alloc(b, ncap * elt);
	if (!np)
		return 0;
	if (*p)
	{
		memcpy(np, *p, *cap * elt);
		b_free(b, *p);
	}
	*p = np;
	*cap = ncap;
	return 1;
}

PdWordsBuilder *
pd_words_builder_create(const PdAllocator *alloc)
{
	PdWordsBuilder *b = alloc->alloc(alloc->arg, sizeof(PdWordsBuilder));

	if (!b)
		return NULL;
	memset(b, 0, sizeof(*b));
	b->a = *alloc;
	return b;
}

void
pd_words_builder_destroy(PdWordsBuilder *b)
{
	if (!b)
		return;
	b_free(b, b->words);
	b_free(b, b->chars);
	b_free(b, b->base);
	b_free(b, b->check);
	b_free(b, b->val);
	b_free(b, b->nextfree);
	b_free(b, b->cum);
	b_free(b, b->heap);
	b_free(b, b);
}

int
pd_words_builder_add(PdWordsBuilder *b, const char *word, size_t len, uint32_t cost)
{
	uint16_t	cps[PD_WORDS_MAX_CHARS];
	size_t		i = 0,
				nc = 0;

	if (len == 0 || len > PD_WORDS_MAX_CHARS * 4)
		return 0;
	while (i < len)
	{
		uint32_t	c;
		size_t		cl = words_next((const unsigned char *) word + i, len - i, &c);

		if (cl == 0 || nc == PD_WORDS_MAX_CHARS)
			return 0;
		cps[nc++] = (uint16_t) c;
		i += cl;
	}
	if (nc == 0)
		return 0;
	if (!b_grow(b, (void **) &b->words, &b->capwords, b->nwords + 1, sizeof(BuildWord)) ||
		!b_grow(b, (void **) &b->chars, &b->capchars, b->nchars + nc, sizeof(uint16_t)))
		return PD_WORDS_NOMEM;
	memcpy(b->chars + b->nchars, cps, nc * sizeof(uint16_t));
	b->words[b->nwords].off = (uint32_t) b->nchars;
	b->words[b->nwords].len = (uint32_t) nc;
	b->words[b->nwords].cost = cost > PD_COST_MAX ? PD_COST_MAX : cost;
	b->words[b->nwords].seq = (uint32_t) b->nwords;
	b->nwords++;
	b->nchars += nc;
	return 1;
}

uint32_t
pd_words_cost_sum(uint32_t a, uint32_t b)
{
	double		p = exp(-(double) a / PD_COST_SCALE) + exp(-(double) b / PD_COST_SCALE),
				c = -log(p) * PD_COST_SCALE;

	return c <= 0 ? 0 : (uint32_t) (c + 0.5);
}

/* qsort has no argument pointer: the builder being sorted */
static const uint16_t *sort_chars;

static int
cmp_words(const void *x, const void *y)
{
	const BuildWord *p = x,
			   *q = y;
	uint32_t	n = p->len < q->len ? p->len : q->len,
				i;

	for (i = 0; i < n; i++)
	{
		uint16_t	a = sort_chars[p->off + i],
					c = sort_chars[q->off + i];

		if (a != c)
			return a < c ? -1 : 1;
	}
	if (p->len != q->len)
		return p->len < q->len ? -1 : 1;
	return p->seq < q->seq ? -1 : p->seq > q->seq;
}

typedef struct CharWeight
{
	double		w;
	uint32_t	c;
} CharWeight;

static int
cmp_weight(const void *x, const void *y)
{
	const CharWeight *p = x,
			   *q = y;

	if (p->w != q->w)
		return p->w > q->w ? -1 : 1;
	return p->c < q->c ? -1 : p->c > q->c;
}

/* cells_reserve - make cell index i exist (new cells are free) */
static int
cells_reserve(PdWordsBuilder *b, size_t i)
{
	size_t		old = b->capcells,
				ncap = old ? old : 1024,
				k;
	uint32_t   *nb,
			   *nc,
			   *nf;
	uint16_t   *nv;

	if (i < old)
		return 1;
	if (i >= CELL_LIMIT)
	{
		b->failed = 1;
		return 0;
	}
	while (ncap <= i)
		ncap *= 2;
	nb = b_alloc(b, ncap * sizeof(uint32_t));
	nc = b_alloc(b, ncap * sizeof(uint32_t));
	nv = b_alloc(b, ncap * sizeof(uint16_t));
	nf = b_alloc(b, (ncap + 1) * sizeof(uint32_t));
	if (!nb || !nc || !nv || !nf)
	{
		b_free(b, nb);
		b_free(b, nc);
		b_free(b, nv);
		b_free(b, nf);
		b->failed = 1;
		return 0;
	}
	if (old)
	{
		memcpy(nb, b->base, old * sizeof(uint32_t));
		memcpy(nc, b->check, old * sizeof(uint32_t));
		memcpy(nv, b->val, old * sizeof(uint16_t));
		memcpy(nf, b->nextfree, old * sizeof(uint32_t));
	}
	for (k = old; k <= ncap; k++)
	{
		if (k < ncap)
		{
			nb[k] = 0;
			nc[k] = FREE_CHECK;
			nv[k] = 0;
		}
		nf[k] = (uint32_t) k;
	}
	b_free(b, b->base);
	b_free(b, b->check);
	b_free(b, b->val);
	b_free(b, b->nextfree);
	b->base = nb;
	b->check = nc;
	b->val = nv;
	b->nextfree = nf;
	b->capcells = ncap;
	return 1;
}

static inline int
cell_free(const PdWordsBuilder *b, size_t i)
{
	return i >= b->capcells || b->check[i] == FREE_CHECK;
}

/* next_free - the first free cell >= i (path-halving union-find) */
static size_t
next_free(PdWordsBuilder *b, size_t i)
{
	while (i < b->capcells && b->nextfree[i] != i)
	{
		size_t		up = b->nextfree[i];

		if (up < b->capcells)
			b->nextfree[i] = b->nextfree[up];
		i = b->nextfree[i];
	}
	return i;
}

/* use_cell - cell i (existing, free) becomes a child of node s */
static inline void
use_cell(PdWordsBuilder *b, size_t i, uint32_t s)
{
	b->check[i] = s;
	b->nextfree[i] = (uint32_t) (i + 1);
}

static inline int
heavier(const PendingNode *x, const PendingNode *y)
{
	return x->weight > y->weight || (x->weight == y->weight && x->lo < y->lo);
}

static int
heap_push(PdWordsBuilder *b, const PendingNode *nd)
{
	size_t		i;

	if (!b_grow(b, (void **) &b->heap, &b->capheap, b->nheap + 1, sizeof(PendingNode)))
		return 0;
	i = b->nheap++;
	while (i > 0 && heavier(nd, &b->heap[(i - 1) / 2]))
	{
		b->heap[i] = b->heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	b->heap[i] = *nd;
	return 1;
}

static PendingNode
heap_pop(PdWordsBuilder *b)
{
	PendingNode top = b->heap[0],
				last = b->heap[--b->nheap];
	size_t		i = 0;

	for (;;)
	{
		size_t		c = 2 * i + 1;

		if (c >= b->nheap)
			break;
		if (c + 1 < b->nheap && heavier(&b->heap[c + 1], &b->heap[c]))
			c++;
		if (!heavier(&b->heap[c], &last))
			break;
		b->heap[i] = b->heap[c];
		i = c;
	}
	if (b->nheap > 0)
		b->heap[i] = last;
	return top;
}

/*
 * place - place node nd: record the word that ends there, give it a base
 * where every child's cell is free, and queue the children.  Nodes are
 * placed heaviest first, so the nodes that lookups reach most often share
 * the low cells and stay in the processor's caches.
 */
static void
place(PdWordsBuilder *b, const PendingNode *nd, uint16_t *codes)
{
	const BuildWord *w = b->words;
	size_t		lo = nd->lo,
				hi = nd->hi,
				nkids = 0,
				i,
				pos;
	uint32_t	base,
				depth = nd->depth;

	if (lo < hi && w[lo].len == depth)
	{
		b->val[nd->s] = (uint16_t) (w[lo].cost + 1);
		lo++;
	}
	if (lo == hi)
		return;					/* a leaf: base 0 */

	/* the distinct codes at this depth, in order */
	for (i = lo; i < hi; i++)
	{
		uint16_t	c = b->chars[w[i].off + depth];

		if (nkids == 0 || codes[nkids - 1] != c)
			codes[nkids++] = c;
	}

	/* the first base >= 1 where every child's cell is free */
	for (pos = next_free(b, (size_t) codes[0] + 1);; pos = next_free(b, pos + 1))
	{
		size_t		k;

		base = (uint32_t) (pos - codes[0]);
		for (k = 1; k < nkids; k++)
			if (!cell_free(b, base + codes[k]))
				break;
		if (k == nkids)
			break;
	}
	if (!cells_reserve(b, (size_t) base + codes[nkids - 1]))
		return;
	b->base[nd->s] = base;
	for (i = 0; i < nkids; i++)
		use_cell(b, (size_t) base + codes[i], nd->s);
	if ((size_t) base + codes[nkids - 1] + 1 > b->top)
		b->top = (size_t) base + codes[nkids - 1] + 1;

	/* the children, each over its run of words */
	i = lo;
	while (i < hi)
	{
		uint16_t	c = b->chars[w[i].off + depth];
		size_t		j = i + 1;
		PendingNode kid;

		while (j < hi && b->chars[w[j].off + depth] == c)
			j++;
		kid.weight = b->cum[j] - b->cum[i];
		kid.s = base + c;
		kid.lo = (uint32_t) i;
		kid.hi = (uint32_t) j;
		kid.depth = depth + 1;
		if (!heap_push(b, &kid))
		{
			b->failed = 1;
			return;
		}
		i = j;
	}
}

void *
pd_words_builder_finish(PdWordsBuilder *b, size_t *size)
{
	CharWeight *cw;
	uint16_t   *code,
			   *kids;
	size_t		ndistinct;
	size_t		i,
				n,
				ncodes = 0,
				total;
	uint32_t	max_cost = 0;
	WordsImageHeader *hd;
	WordsCell  *cells;
	char	   *img;

	/*
	 * codes: characters by the probability of the words they are in (code[]
	 * first serves as an index into cw, the characters seen; at most 63,488
	 * BMP characters without the surrogates, so uint16 codes never wrap)
	 */
	cw = b_alloc(b, ((b->nchars < NCODES_MAX ? b->nchars : NCODES_MAX) + 1) * sizeof(CharWeight));
	code = b_alloc(b, IMAGE_CODES_SIZE);
	if (!cw || !code)
	{
		b_free(b, cw);
		b_free(b, code);
		return NULL;
	}
	memset(code, 0, IMAGE_CODES_SIZE);
	ndistinct = 0;
	for (i = 0; i < b->nwords; i++)
	{
		double		p = exp(-(double) b->words[i].cost / PD_COST_SCALE);
		uint32_t	k;

		for (k = 0; k < b->words[i].len; k++)
		{
			uint16_t	c = b->chars[b->words[i].off + k];

			if (code[c] == 0)
			{
				cw[ndistinct].w = 0;
				cw[ndistinct].c = c;
				code[c] = (uint16_t) ++ndistinct;
			}
			cw[code[c] - 1].w += p;
		}
	}
	if (ndistinct > 0)
		qsort(cw, ndistinct, sizeof(CharWeight), cmp_weight);
	memset(code, 0, IMAGE_CODES_SIZE);
	for (i = 0; i < ndistinct; i++)
		code[cw[i].c] = (uint16_t) ++ncodes;
	b_free(b, cw);
	for (i = 0; i < b->nchars; i++)
		b->chars[i] = code[b->chars[i]];

	/*
	 * words in code order; spellings that fold to the same word (著名 and
	 * 着名) are one word, with their probabilities added
	 */
	sort_chars = b->chars;
	if (b->nwords > 0)
		qsort(b->words, b->nwords, sizeof(BuildWord), cmp_words);
	n = 0;
	for (i = 0; i < b->nwords; i++)
	{
		if (n > 0 && b->words[n - 1].len == b->words[i].len &&
			memcmp(b->chars + b->words[n - 1].off, b->chars + b->words[i].off,
				   b->words[i].len * sizeof(uint16_t)) == 0)
		{
			b->words[n - 1].cost = pd_words_cost_sum(b->words[n - 1].cost, b->words[i].cost);
			continue;
		}
		b->words[n++] = b->words[i];
	}
	for (i = 0; i < n; i++)
		if (b->words[i].cost > max_cost)
			max_cost = b->words[i].cost;

	/* the trie: the root is cell 0 */
	b->failed = 0;
	b->top = 1;
	if (!cells_reserve(b, 0))
	{
		b_free(b, code);
		return NULL;
	}
	use_cell(b, 0, 0);
	b->cum = b_alloc(b, (n + 1) * sizeof(double));
	kids = b_alloc(b, NCODES_MAX * sizeof(uint16_t));
	if (!b->cum || !kids)
		b->failed = 1;
	else
	{
		PendingNode root;

		b->cum[0] = 0;
		for (i = 0; i < n; i++)
			b->cum[i + 1] = b->cum[i] + exp(-(double) b->words[i].cost / PD_COST_SCALE);
		root.weight = b->cum[n];
		root.s = 0;
		root.lo = 0;
		root.hi = (uint32_t) n;
		root.depth = 0;
		if (!heap_push(b, &root))
			b->failed = 1;
		while (b->nheap > 0 && !b->failed)
		{
			PendingNode nd = heap_pop(b);

			place(b, &nd, kids);
		}
	}
	b_free(b, kids);
	if (b->failed)
	{
		b_free(b, code);
		return NULL;
	}

	total = sizeof(WordsImageHeader) + IMAGE_CODES_SIZE + b->top * sizeof(WordsCell);
	img = b_alloc(b, total);
	if (!img)
	{
		b_free(b, code);
		return NULL;
	}
	memset(img, 0, total);
	hd = (WordsImageHeader *) img;
	memcpy(hd->magic, IMAGE_MAGIC, 8);
	hd->ncells = (uint32_t) b->top;
	hd->nwords = (uint32_t) n;
	hd->max_cost = max_cost;
	hd->ncodes = (uint32_t) ncodes;
	memcpy(img + sizeof(*hd), code, IMAGE_CODES_SIZE);
	b_free(b, code);
	cells = (WordsCell *) (img + sizeof(*hd) + IMAGE_CODES_SIZE);
	for (i = 0; i < b->top; i++)
	{
		uint32_t	chk = b->check[i];

		cells[i].a = b->base[i] | ((uint32_t) (b->val[i] & 0xFF) << 24);
		cells[i].b = chk | ((uint32_t) (b->val[i] >> 8) << 24);
	}
	*size = total;
	return img;
}
