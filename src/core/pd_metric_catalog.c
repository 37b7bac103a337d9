/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog.c
 *	  The indicator catalog matcher (see pd_metric_catalog.h for the rules).
 *
 * Surface forms are kept folded, as code points, in one pool; a hash table
 * keyed on each form read backwards lets pd_metric_catalog_find() try
 * every form that ends at a given place of the phrase, longest last, with
 * one multiplication per character.  The word tables below (predicates
 * cut from a phrase's end, measure words after an indicator, the prefixes
 * of additions, the units of each dimension) are decoded once per catalog.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_catalog.h"

#include <string.h>

#include "pd_chars.h"
#include "pd_metric_catalog_words.h"

#define NWORDS(a)	(sizeof(a) / sizeof((a)[0]))
#define WORD_MAX	8			/* longest table word, in characters */
#define UNITS_MAX	8			/* most units of one dimension */

/* a short word of a table, as folded code points */
typedef struct Word
{
	uint32_t	cp[WORD_MAX];
	uint8_t		len;
	uint8_t		next;			/* 1 + the next word of its table in the same
								 * TailIndex bucket; 0 at a chain's end */
} Word;

/*
 * The words of a table by their last character (hashed), so that
 * longest_tail compares only those that end like the phrase.
 */
#define TAIL_BUCKETS	64
typedef struct TailIndex
{
	uint8_t		head[TAIL_BUCKETS];	/* 1 + a word's index; 0: none */
} TailIndex;

/* every table indexed so has fewer than 255 words (its indexes are bytes) */
typedef char pd_tail_index_fits[(NWORDS(predicate_words) < 255 &&
								 NWORDS(measure_words) < 255 &&
								 NWORDS(addition_words) < 255 &&
								 NWORDS(share_tails) < 255 &&
								 NWORDS(part_words) < 255 &&
								 NWORDS(owner_words) < 255 &&
								 NWORDS(industry_words) < 255 &&
								 NWORDS(other_words) < 255 &&
								 NWORDS(sector_words) < 255) ? 1 : -1];

/* a code (NUL-terminated copy) and its dimension (that of its first form) */
typedef struct Code
{
	char	   *name;
	uint8_t		dim;
} Code;

/* one surface form: pool[off .. off+len), read backwards for its hash */
typedef struct Entry
{
	uint32_t	hash;
	uint32_t	off;
	uint16_t	len;
	uint16_t	code;			/* index into codes */
	uint8_t		dim;
	uint8_t		used;
} Entry;

struct PdMetricCatalog
{
	PdAllocator alloc;
	Entry	   *table;			/* open addressing, capacity a power of 2 */
	size_t		capacity;
	size_t		count;
	uint32_t   *pool;			/* folded forms, back to back */
	size_t		pool_len;
	size_t		pool_cap;
	Code	   *codes;			/* the codes, with their dimension */
	size_t		ncodes;
	size_t		codes_cap;
	uint64_t	lengths;		/* bit L-1 set: some form has L characters */
	size_t		max_len;
	Word		predicates[NWORDS(predicate_words)];
	Word		measures[NWORDS(measure_words)];
	Word		additions[NWORDS(addition_words)];
	Word		share_tails[NWORDS(share_tails)];
	Word		parts[NWORDS(part_words)];
	Word		owners[NWORDS(owner_words)];
	Word		industries[NWORDS(industry_words)];
	Word		others[NWORDS(other_words)];
	Word		sectors[NWORDS(sector_words)];
	TailIndex	predicates_ix;	/* the tables above by last character */
	TailIndex	measures_ix;
	TailIndex	additions_ix;
	TailIndex	share_tails_ix;
	TailIndex	parts_ix;
	TailIndex	owners_ix;
	TailIndex	industries_ix;
	TailIndex	others_ix;
	TailIndex	sectors_ix;
	Word		economy;		/* 经济 */
	Word		growth_only[NWORDS(growth_only_words)];
	Word		share;			/* 比重 */
	Word		points;			/* 百分点 */
	Word		units[PD_DIM_COUNT_][UNITS_MAX];
	uint8_t		nunits[PD_DIM_COUNT_];
};

#define HASH_INIT	2166136261u
#define HASH_STEP(h, c)	(((h) ^ (c)) * 16777619u)

/* ---------------------------------------------------------------------------
 * folding
 * ---------------------------------------------------------------------------
 */

/* characters a phrase or a form is read without */
static int
is_dropped(uint32_t c)
{
	switch (c)
	{
		case ' ': case '\t': case '\n': case '\r': case '"': case '\'':
		case '(': case ')': case '[': case ']':
		case 0x00A0:			/* no-break space */
		case 0x2018: case 0x2019:	/* ‘ ’ */
		case 0x201C: case 0x201D:	/* “ ” */
		case 0x3001:			/* 、 a list read as one phrase */
		case 0x3008: case 0x3009:	/* 〈 〉 */
		case 0x300A: case 0x300B:	/* 《 》 */
		case 0x300C: case 0x300D:	/* 「 」 */
		case 0x300E: case 0x300F:	/* 『 』 */
		case 0x3010: case 0x3011:	/* 【 】 */
			return 1;
		default:
			return 0;
	}
}

/*
 * fold - decode s[0..len) folded and without dropped characters.  out
 * (room for max code points) receives the LAST max of them, in order.
 * Returns how many there were in all (more than max if some were lost).
 */
static size_t
fold(const char *s, size_t len, uint32_t *out, size_t max)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		n = 0,
				i = 0;

	while (i < len)
	{
		uint32_t	c;

		i += pd_utf8_next(p + i, len - i, &c);
		if (c == PD_UTF8_INVALID)
			c = 0xFFFD;
		c = pd_fold_char(c);
		if (c >= 'a' && c <= 'z')
			c -= 'a' - 'A';
		if (is_dropped(c))
			continue;
		out[n++ % max] = c;		/* a ring once full */
	}
	if (n > max && n % max != 0)
	{
		uint32_t	tmp[PD_METRIC_PHRASE_MAX];
		size_t		k = n % max;	/* oldest kept is out[k] */

		memcpy(tmp, out, k * sizeof(uint32_t));
		memmove(out, out + k, (max - k) * sizeof(uint32_t));
		memcpy(out + max - k, tmp, k * sizeof(uint32_t));
	}
	return n;
}

static void
word_init(Word *w, const char *s)
{
	uint32_t	cp[WORD_MAX];
	size_t		n = fold(s, strlen(s), cp, WORD_MAX);

	w->len = (uint8_t) (n < WORD_MAX ? n : WORD_MAX);
	memcpy(w->cp, cp, sizeof(cp));
}

/* ends_with - does p[0..n) end with w? */
static int
ends_with(const uint32_t *p, size_t n, const Word *w)
{
	/* the last characters first: most words end otherwise */
	return w->len > 0 && w->len <= n && p[n - 1] == w->cp[w->len - 1] &&
		memcmp(p + n - w->len, w->cp, w->len * sizeof(uint32_t)) == 0;
}

/* tail_index - index the words ws[0..nw) (nw < 255) by last character */
static void
tail_index(Word *ws, size_t nw, TailIndex *ix)
{
	size_t		i = nw;

	memset(ix, 0, sizeof(*ix));
	while (i-- > 0)
	{
		uint8_t    *head;

		if (ws[i].len == 0)
			continue;			/* nothing left after folding: ends nothing */
		head = &ix->head[ws[i].cp[ws[i].len - 1] & (TAIL_BUCKETS - 1)];
		ws[i].next = *head;
		*head = (uint8_t) (i + 1);
	}
}

/*
 * longest_tail - the length of the longest word of the table ws (indexed by
 * ix) that p[0..n) ends with, leaving at least keep characters before it; 0
 * if none.
 */
static size_t
longest_tail(const Word *ws, const TailIndex *ix, const uint32_t *p, size_t n,
			 size_t keep)
{
	size_t		best = 0;
	unsigned	i;

	if (n == 0)
		return 0;
	for (i = ix->head[p[n - 1] & (TAIL_BUCKETS - 1)]; i != 0; i = ws[i - 1].next)
		if (ws[i - 1].len > best && ws[i - 1].len + keep <= n &&
			ends_with(p, n, &ws[i - 1]))
			best = ws[i - 1].len;
	return best;
}

/* share_tail - rewrite a tail 的比重/比例/比率 ... to 比重; returns the new n */
static size_t
share_tail(const PdMetricCatalog *cat, uint32_t *p, size_t n)
{
	size_t		t = longest_tail(cat->share_tails, &cat->share_tails_ix, p, n, 1);

	if (t == 0)
		return n;
	memcpy(p + n - t, cat->share.cp, cat->share.len * sizeof(uint32_t));
	return n - t + cat->share.len;
}

/* ---------------------------------------------------------------------------
 * building
 * ---------------------------------------------------------------------------
 */

static void *
cat_alloc(const PdMetricCatalog *cat, size_t size)
{
	return cat->alloc.alloc(cat->alloc.arg, size);
}

static void
cat_free(const PdMetricCatalog *cat, void *p)
{
	if (p && cat->alloc.free)
		cat->alloc.free(cat->alloc.arg, p);
}

/* grow - make room for need items of size sz in *arr (capacity *cap) */
static int
grow(PdMetricCatalog *cat, void **arr, size_t *cap, size_t need, size_t sz)
{
	size_t		ncap = *cap ? *cap : 64;
	void	   *n;

	if (need <= *cap)
		return 0;
	while (ncap < need)
		ncap *= 2;
	n = cat_alloc(cat, ncap * sz);
	if (n == NULL)
		return -1;
	if (*arr)
		memcpy(n, *arr, *cap * sz);
	cat_free(cat, *arr);
	*arr = n;
	*cap = ncap;
	return 0;
}

static uint32_t
hash_back(const uint32_t *p, size_t len)
{
	uint32_t	h = HASH_INIT;

	while (len > 0)
		h = HASH_STEP(h, p[--len]);
	return h;
}

/* lookup - the entry for p[0..len) with hash h, or NULL */
static const Entry *
lookup(const PdMetricCatalog *cat, const uint32_t *p, size_t len, uint32_t h)
{
	size_t		mask = cat->capacity - 1,
				i;

	if (cat->capacity == 0)
		return NULL;
	for (i = h & mask; cat->table[i].used; i = (i + 1) & mask)
	{
		const Entry *e = &cat->table[i];

		if (e->hash == h && e->len == len &&
			memcmp(cat->pool + e->off, p, len * sizeof(uint32_t)) == 0)
			return e;
	}
	return NULL;
}

static void
place(Entry *table, size_t capacity, const Entry *e)
{
	size_t		i = e->hash & (capacity - 1);

	while (table[i].used)
		i = (i + 1) & (capacity - 1);
	table[i] = *e;
}

/* rehash - double the table when it is half full */
static int
rehash(PdMetricCatalog *cat)
{
	size_t		ncap = cat->capacity ? cat->capacity * 2 : 256,
				i;
	Entry	   *t;

	if ((cat->count + 1) * 2 <= cat->capacity)
		return 0;
	t = cat_alloc(cat, ncap * sizeof(Entry));
	if (t == NULL)
		return -1;
	memset(t, 0, ncap * sizeof(Entry));
	for (i = 0; i < cat->capacity; i++)
		if (cat->table[i].used)
			place(t, ncap, &cat->table[i]);
	cat_free(cat, cat->table);
	cat->table = t;
	cat->capacity = ncap;
	return 0;
}

/*
 * code_index - the index of code[0..clen) in codes, added (with dimension
 * dim) if new; -1 when out of memory
 */
static long
code_index(PdMetricCatalog *cat, const char *code, size_t clen, PdUnitDim dim)
{
	size_t		i;
	char	   *c;

	/* callers usually add a code's forms together: try the last one first */
	for (i = cat->ncodes; i > 0; i--)
		if (strncmp(cat->codes[i - 1].name, code, clen) == 0 &&
			cat->codes[i - 1].name[clen] == '\0')
			return (long) i - 1;
	if (cat->ncodes >= 65535 ||
		grow(cat, (void **) &cat->codes, &cat->codes_cap, cat->ncodes + 1, sizeof(Code)) < 0)
		return -1;
	c = cat_alloc(cat, clen + 1);
	if (c == NULL)
		return -1;
	memcpy(c, code, clen);
	c[clen] = '\0';
	cat->codes[cat->ncodes].name = c;
	cat->codes[cat->ncodes].dim = (uint8_t) dim;
	return (long) cat->ncodes++;
}

int
pd_metric_dim_parse(const char *name, size_t len)
{
	int			d;

	for (d = 0; d < PD_DIM_COUNT_; d++)
		if (strlen(dim_names[d]) == len && memcmp(dim_names[d], name, len) == 0)
			return d;
	return -1;
}

PdMetricCatalog *
pd_metric_catalog_create(const PdAllocator *alloc)
{
	PdMetricCatalog *cat = alloc->alloc(alloc->arg, sizeof(PdMetricCatalog));
	size_t		i;
	int			d;

	if (cat == NULL)
		return NULL;
	memset(cat, 0, sizeof(*cat));
	cat->alloc = *alloc;
	for (i = 0; i < NWORDS(predicate_words); i++)
		word_init(&cat->predicates[i], predicate_words[i]);
	for (i = 0; i < NWORDS(measure_words); i++)
		word_init(&cat->measures[i], measure_words[i]);
	for (i = 0; i < NWORDS(addition_words); i++)
		word_init(&cat->additions[i], addition_words[i]);
	for (i = 0; i < NWORDS(share_tails); i++)
		word_init(&cat->share_tails[i], share_tails[i]);
	for (i = 0; i < NWORDS(part_words); i++)
		word_init(&cat->parts[i], part_words[i]);
	for (i = 0; i < NWORDS(owner_words); i++)
		word_init(&cat->owners[i], owner_words[i]);
	for (i = 0; i < NWORDS(industry_words); i++)
		word_init(&cat->industries[i], industry_words[i]);
	for (i = 0; i < NWORDS(other_words); i++)
		word_init(&cat->others[i], other_words[i]);
	for (i = 0; i < NWORDS(sector_words); i++)
		word_init(&cat->sectors[i], sector_words[i]);
	word_init(&cat->economy, "经济");
	for (i = 0; i < NWORDS(growth_only_words); i++)
		word_init(&cat->growth_only[i], growth_only_words[i]);
	word_init(&cat->share, "比重");
	word_init(&cat->points, "百分点");
	tail_index(cat->predicates, NWORDS(predicate_words), &cat->predicates_ix);
	tail_index(cat->measures, NWORDS(measure_words), &cat->measures_ix);
	tail_index(cat->additions, NWORDS(addition_words), &cat->additions_ix);
	tail_index(cat->share_tails, NWORDS(share_tails), &cat->share_tails_ix);
	tail_index(cat->parts, NWORDS(part_words), &cat->parts_ix);
	tail_index(cat->owners, NWORDS(owner_words), &cat->owners_ix);
	tail_index(cat->industries, NWORDS(industry_words), &cat->industries_ix);
	tail_index(cat->others, NWORDS(other_words), &cat->others_ix);
	tail_index(cat->sectors, NWORDS(sector_words), &cat->sectors_ix);
	for (d = 0; d < PD_DIM_COUNT_; d++)
	{
		const char *s = dim_units[d];

		while (s && *s && cat->nunits[d] < UNITS_MAX)
		{
			const char *sp = strchr(s, ' ');
			size_t		l = sp ? (size_t) (sp - s) : strlen(s);
			Word	   *w = &cat->units[d][cat->nunits[d]++];
			uint32_t	cp[WORD_MAX];
			size_t		k = fold(s, l, cp, WORD_MAX);

			w->len = (uint8_t) (k < WORD_MAX ? k : WORD_MAX);
			memcpy(w->cp, cp, sizeof(cp));
			s += l + (sp != NULL);
		}
	}
	return cat;
}

PdCatalogAdd
pd_metric_catalog_add(PdMetricCatalog *cat, const char *word, size_t wlen,
					  const char *code, size_t clen, PdUnitDim dim)
{
	uint32_t	cp[PD_METRIC_SYNONYM_MAX + 1];
	size_t		n;
	long		ci;
	Entry		e;

	if ((int) dim < 0 || dim >= PD_DIM_COUNT_ || clen == 0 || memchr(code, '\0', clen))
		return PD_CATALOG_IGNORED;
	n = fold(word, wlen, cp, PD_METRIC_SYNONYM_MAX + 1);
	if (n == 0 || n > PD_METRIC_SYNONYM_MAX)
		return PD_CATALOG_IGNORED;	/* nothing left, or too long */
	n = share_tail(cat, cp, n);
	e.hash = hash_back(cp, n);
	if (lookup(cat, cp, n, e.hash))
		return PD_CATALOG_DUPLICATE;
	if (rehash(cat) < 0 ||
		grow(cat, (void **) &cat->pool, &cat->pool_cap, cat->pool_len + n, sizeof(uint32_t)) < 0 ||
		(ci = code_index(cat, code, clen, dim)) < 0)
		return PD_CATALOG_NOMEM;
	memcpy(cat->pool + cat->pool_len, cp, n * sizeof(uint32_t));
	e.off = (uint32_t) cat->pool_len;
	e.len = (uint16_t) n;
	e.code = (uint16_t) ci;
	e.dim = (uint8_t) dim;
	e.used = 1;
	place(cat->table, cat->capacity, &e);
	cat->pool_len += n;
	cat->count++;
	cat->lengths |= (uint64_t) 1 << (n - 1);
	if (n > cat->max_len)
		cat->max_len = n;
	return PD_CATALOG_ADDED;
}

size_t
pd_metric_catalog_count(const PdMetricCatalog *cat)
{
	return cat->count;
}

void
pd_metric_catalog_destroy(PdMetricCatalog *cat)
{
	size_t		i;

	if (cat == NULL)
		return;
	for (i = 0; i < cat->ncodes; i++)
		cat_free(cat, cat->codes[i].name);
	cat_free(cat, cat->codes);
	cat_free(cat, cat->pool);
	cat_free(cat, cat->table);
	cat_free(cat, cat);
}

/* ---------------------------------------------------------------------------
 * matching
 * ---------------------------------------------------------------------------
 */

/* unit_fits - may a figure of this kind and unit be a figure of dimension d? */
static int
unit_fits(const PdMetricCatalog *cat, PdUnitDim d, const uint32_t *u, size_t ulen,
		  PdMetricKind kind)
{
	size_t		i;
	int			points = (ulen == cat->points.len &&
							  memcmp(u, cat->points.cp, ulen * sizeof(uint32_t)) == 0);

	if (d == PD_DIM_OTHER)
		return 1;
	if (kind == PD_KIND_SHARE || points)
		return d == PD_DIM_PERCENT || d == PD_DIM_RATIO || d == PD_DIM_ENERGY_INTENSITY;
	if (ulen == 0 || kind == PD_KIND_GROWTH_RATE)
		return 1;
	for (i = 0; i < cat->nunits[d]; i++)
		if (cat->units[d][i].len == ulen &&
			memcmp(cat->units[d][i].cp, u, ulen * sizeof(uint32_t)) == 0)
			return 1;
	return 0;
}

/*
 * ending_at - the longest form that ends p[0..e) and fits the figure;
 * *start receives where it starts.  NULL if none.
 */
static const Entry *
ending_at(const PdMetricCatalog *cat, const uint32_t *p, size_t e,
		  const uint32_t *u, size_t ulen, PdMetricKind kind, size_t *start)
{
	const Entry *best = NULL;
	uint32_t	h = HASH_INIT;
	size_t		l;

	for (l = 1; l <= e && l <= cat->max_len; l++)
	{
		const Entry *x;

		h = HASH_STEP(h, p[e - l]);
		if (!((cat->lengths >> (l - 1)) & 1))
			continue;
		x = lookup(cat, p + e - l, l, h);
		if (x && unit_fits(cat, (PdUnitDim) x->dim, u, ulen, kind))
		{
			best = x;
			*start = e - l;
		}
	}
	return best;
}

/*
 * cut_one - p[0..n) without the predicate that ends it, or without a
 * trailing 在…下 (积体电路在AI应用带动下: the circumstance, not the
 * measure), leaving at least keep characters; n when neither ends it.
 */
static size_t
cut_one(const PdMetricCatalog *cat, const uint32_t *p, size_t n, size_t keep)
{
	size_t		t = longest_tail(cat->predicates, &cat->predicates_ix, p, n, keep),
				i;

	if (t > 0)
		return n - t;
	if (n < 3 || p[n - 1] != 0x4E0B)	/* 下 */
		return n;
	for (i = n - 1; i > keep && i + 16 > n; i--)
		if (p[i - 1] == 0x5728)	/* 在 */
			return i - 1;
	return n;
}

/* what find() learnt of a phrase besides its code */
typedef struct Reading
{
	uint32_t	tail;			/* last character once predicates and measure
								 * words are cut; 0 when nothing is left */
	int			part;			/* that rest ends in a part (part_words) */
	int			owner;			/* that rest ends in an owner (owner_words) */
	int			industry;		/* that rest names an industry (industry_words) */
	int			other;			/* that rest ends in another thing counted
								 * (other_words) */
	uint32_t	rest[WORD_MAX];	/* that rest, if it is that short */
	size_t		rest_len;
} Reading;

/* read_rest - fill r from the phrase p[0..n) with its predicates cut */
static void
read_rest(const PdMetricCatalog *cat, const uint32_t *p, size_t n, Reading *r)
{
	size_t		k = n;

	for (;;)
	{
		size_t		t = longest_tail(cat->measures, &cat->measures_ix, p, k, 0);

		if (t > 0)
			k -= t;
		else if ((t = cut_one(cat, p, k, 0)) < k)
			k = t;
		else
			break;
	}
	r->tail = k > 0 ? p[k - 1] : 0;
	r->part = longest_tail(cat->parts, &cat->parts_ix, p, k, 0) > 0 ||
		(k == 2 && p[1] == 0x79D1);	/* 竹科, 中科, 南科: a science park */
	r->owner = longest_tail(cat->owners, &cat->owners_ix, p, k, 0) > 0;
	r->industry = longest_tail(cat->industries, &cat->industries_ix, p, k, 0) > 0;
	r->other = longest_tail(cat->others, &cat->others_ix, p, k, 0) > 0;
	r->rest_len = k <= WORD_MAX ? k : 0;	/* longer: no second mention */
	memcpy(r->rest, p, r->rest_len * sizeof(uint32_t));
}

/*
 * find - pd_metric_catalog_find; r (if not NULL) receives what else the
 * phrase says (read_rest).
 */
static const char *
find(const PdMetricCatalog *cat, const char *phrase, size_t len,
	 const char *unit, PdMetricKind kind, Reading *r)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	uint32_t	u[WORD_MAX];
	size_t		n,
				ulen = 0,
				start = 0,
				i;
	const Entry *hit;

	n = fold(phrase, len, p, PD_METRIC_PHRASE_MAX);
	if (n > PD_METRIC_PHRASE_MAX)
		n = PD_METRIC_PHRASE_MAX;
	if (unit)
		ulen = fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;				/* no unit is that long: read as none */
	if (r)
		read_rest(cat, p, n, r);
	if (cat->count == 0)
		return NULL;
	for (;;)
	{
		size_t		cut;

		n = share_tail(cat, p, n);
		hit = ending_at(cat, p, n, u, ulen, kind, &start);
		for (i = 0; hit == NULL && i < NWORDS(measure_words); i++)
			if (cat->measures[i].len < n && ends_with(p, n, &cat->measures[i]))
				hit = ending_at(cat, p, n - cat->measures[i].len, u, ulen, kind, &start);
		if (hit)
			break;
		/* cut a predicate between the indicator and its number, and retry */
		if ((cut = cut_one(cat, p, n, 1)) == n)
			return NULL;
		n = cut;
	}
	/* the growth of a count of additions is not the stock's */
	if (kind == PD_KIND_GROWTH_RATE &&
		longest_tail(cat->additions, &cat->additions_ix, p, start, 0) > 0)
		return NULL;
	/* 经济增长6%: growth only */
	for (i = 0; kind != PD_KIND_GROWTH_RATE && i < NWORDS(growth_only_words); i++)
		if (hit->len == cat->growth_only[i].len &&
			memcmp(cat->pool + hit->off, cat->growth_only[i].cp, hit->len * sizeof(uint32_t)) == 0)
			return NULL;
	/* 工业经济总量: one sector's economy, not the region's */
	if (hit->len >= cat->economy.len &&
		memcmp(cat->pool + hit->off, cat->economy.cp, cat->economy.len * sizeof(uint32_t)) == 0 &&
		longest_tail(cat->sectors, &cat->sectors_ix, p, start, 0) > 0)
		return NULL;
	return cat->codes[hit->code].name;
}

const char *
pd_metric_catalog_find(const PdMetricCatalog *cat, const char *phrase, size_t len,
					   const char *unit, PdMetricKind kind)
{
	if (cat == NULL || phrase == NULL)
		return NULL;
	return find(cat, phrase, len, unit, kind, NULL);
}

/*
 * is_measure_head - does a phrase ending in c name a measure of its own
 * (销售额, 增加值, 专利申请量, 研发人数, 利润 ...)?  Then it is no part of the
 * figure before's indicator.
 */
static int
is_measure_head(uint32_t c)
{
	switch (c)
	{
		case 0x989D:			/* 额 */
		case 0x503C:			/* 值 */
		case 0x91CF:			/* 量 */
		case 0x6570:			/* 数 */
		case 0x7387:			/* 率 */
		case 0x5165:			/* 入 (收入) */
		case 0x8D44:			/* 资 (投资) */
		case 0x91D1:			/* 金 (资金) */
		case 0x6DA6:			/* 润 (利润) */
		case 0x8D39:			/* 费 (经费) */
		case 0x7A0E:			/* 税 */
		case 0x79EF:			/* 积 (面积) */
		case 0x52B1:			/* 励 (奖励) */
		case 0x4EF7:			/* 价 */
		case 0x51FA:			/* 出 (支出) */
			return 1;
		default:
			return 0;
	}
}

/*
 * known_fitting - code (a string some caller kept) as this catalog's own
 * string, if it is one of its codes and the figure's unit fits it; NULL
 * otherwise.
 */
static const char *
known_fitting(const PdMetricCatalog *cat, const char *code, const char *unit,
			  PdMetricKind kind, int industry)
{
	uint32_t	u[WORD_MAX];
	size_t		ulen = 0,
				i;

	for (i = 0; industry && i < NWORDS(whole_only_codes); i++)
		if (strcmp(code, whole_only_codes[i]) == 0)
			return NULL;			/* an industry's GDP is its value added */

	for (i = 0; i < cat->ncodes; i++)
		if (cat->codes[i].name == code || strcmp(cat->codes[i].name, code) == 0)
			break;
	if (i == cat->ncodes)
		return NULL;
	if (unit)
		ulen = fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;
	return unit_fits(cat, (PdUnitDim) cat->codes[i].dim, u, ulen, kind) ?
		cat->codes[i].name : NULL;
}

/*
 * names_again - is rest[0..len) (two characters or more) the end of a
 * form of code?  收入规模 after 总收入 …亿元 names that revenue again.
 */
static int
names_again(const PdMetricCatalog *cat, const char *code, const uint32_t *rest, size_t len)
{
	size_t		i;

	if (len < 2)
		return 0;
	for (i = 0; i < cat->capacity; i++)
	{
		const Entry *e = &cat->table[i];

		if (e->used && e->len > len &&
			memcmp(cat->pool + e->off + e->len - len, rest, len * sizeof(uint32_t)) == 0 &&
			strcmp(cat->codes[e->code].name, code) == 0)
			return 1;
	}
	return 0;
}

/* classify - pd_metric_catalog_classify; r receives read_rest's reading */
static const char *
classify(const PdMetricCatalog *cat, const char *phrase, size_t len,
		 const char *unit, PdMetricKind kind, const char *prev, Reading *r)
{
	const char *code = find(cat, phrase, len, unit, kind, r);

	if (code || prev == NULL || r->owner || r->other ||
		(is_measure_head(r->tail) && !names_again(cat, prev, r->rest, r->rest_len)))
		return code;
	/* 竹科營業額…，中科…億元: a part of the figure before's indicator */
	return known_fitting(cat, prev, unit, kind, r->industry);
}

const char *
pd_metric_catalog_classify(const PdMetricCatalog *cat, const char *phrase, size_t len,
						   const char *unit, PdMetricKind kind, const char *prev)
{
	Reading		r;

	if (cat == NULL || phrase == NULL)
		return NULL;
	return classify(cat, phrase, len, unit, kind, prev, &r);
}

void
pd_metric_catalog_cursor_init(PdMetricCatalogCursor *cur, const PdMetricCatalog *cat)
{
	cur->cat = cat;
	cur->topic = NULL;
}

const char *
pd_metric_catalog_next(PdMetricCatalogCursor *cur, const char *phrase, size_t len,
					   const char *unit, PdMetricKind kind, const char *prev)
{
	Reading		r;
	const char *code;

	if (cur == NULL || cur->cat == NULL || phrase == NULL)
		return NULL;
	code = classify(cur->cat, phrase, len, unit, kind, prev, &r);
	/* 進一步分析，光電產業成長28%: a part continues the document's indicator */
	if (code == NULL && prev == NULL && cur->topic && r.part && !is_measure_head(r.tail) &&
		kind != PD_KIND_SHARE)	/* a part's share is of the whole, not of the topic */
		code = known_fitting(cur->cat, cur->topic, unit, kind, r.industry);
	if (code)
		cur->topic = code;
	return code;
}
