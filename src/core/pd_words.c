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
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_utf8.h"
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

/* byte length of the valid UTF-8 character with lead byte b */
static inline size_t
lead_len(unsigned char b)
{
	return b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
}

int
pd_words_matches_coded(const PdWords *w, const uint16_t *code, const char *f,
					   size_t i, size_t end, size_t *ends, uint32_t *costs, int maxout)
{
	const unsigned char *u = (const unsigned char *) f;
	uint32_t	node = 0,
				base,
				val;
	size_t		p = i;
	int			n = 0,
				nchars = 0;

	if (!w || w->nwords == 0)
		return 0;
	base = CELL_BASE(w->cells[0]);
	while (p < end && nchars < PD_WORDS_MAX_CHARS && n < maxout &&
		   step(w, code[p], &node, &base, &val))
	{
		p += lead_len(u[p]);
		nchars++;
		if (val)
		{
			ends[n] = p - i;
			costs[n] = val - 1;
			n++;
		}
		if (base == 0)
			break;				/* a leaf */
	}
	return n;
}

void
pd_words_prefetch_coded(const PdWords *w, const uint16_t *code, const char *f,
						size_t i, size_t end)
{
	uint32_t	node = 0,
				base,
				val;
	size_t		p;

	if (!w || w->nwords == 0 || i >= end)
		return;
	base = CELL_BASE(w->cells[0]);
	if (!step(w, code[i], &node, &base, &val) || base == 0)
		return;
	p = i + lead_len((unsigned char) f[i]);
	if (p < end && code[p] != 0 && base + code[p] < w->ncells)
		pd_prefetch(&w->cells[base + code[p]]);
}

size_t
pd_words_longest(const PdWords *w, const char *s, size_t len)
{
	size_t		ends[PD_WORDS_MAX_CHARS];
	uint32_t	costs[PD_WORDS_MAX_CHARS];
	int			n = pd_words_matches(w, s, len, ends, costs, PD_WORDS_MAX_CHARS);

	return n > 0 ? ends[n - 1] : 0;
}

/* ------------------------------------------------------------------------
 * Building
 * ------------------------------------------------------------------------
 */

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
