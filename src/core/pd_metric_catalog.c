/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog.c
 *	  The indicator catalog: its forms folded and hashed, and the word tables
 *	  its matching reads (pd_metric_catalog_match.c; the rules are in
 *	  pd_metric_catalog.h).
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
#include "pd_metric_catalog_int.h"

#include <string.h>

#include "pd_chars.h"

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
 * (room for max code points) receives the LAST max of them, in order; with
 * out NULL they are only counted.  Returns how many there were in all (more
 * than max if some were lost).
 */
static size_t
fold_run(const char *s, size_t len, uint32_t *out, size_t max)
{
	const unsigned char *p = (const unsigned char *) s;
	size_t		n = 0,
				i = 0;

	pd_fold_init();
	while (i < len)
	{
		uint32_t	c;

		/*
		 * U+4000..U+9FFF, nearly every character: pd_fold_char's table
		 * alone (no ASCII, none dropped)
		 */
		if (pd_utf8_cjk(p, i, len, &c))
		{
			i += 3;
			c = pd_fold_bmp(c);
		}
		else
		{
			i += pd_utf8_next(p + i, len - i, &c);
			if (c == PD_UTF8_INVALID)
				c = 0xFFFD;
			c = pd_fold_char(c);
			if (c >= 'a' && c <= 'z')
				c -= 'a' - 'A';
			if (is_dropped(c))
				continue;
		}
		if (out == NULL)
			n++;
		else
			out[n++ % max] = c;	/* a ring once full */
	}
	if (out != NULL && n > max && n % max != 0)
	{
		uint32_t	tmp[PD_METRIC_PHRASE_MAX];
		size_t		k = n % max;	/* oldest kept is out[k] */

		memcpy(tmp, out, k * sizeof(uint32_t));
		memmove(out, out + k, (max - k) * sizeof(uint32_t));
		memcpy(out + max - k, tmp, k * sizeof(uint32_t));
	}
	return n;
}

/*
 * The last phrase folded: a figure's phrase, with its clause's text before
 * it, is folded by five or six of the catalog's rules in turn (find, the
 * parts, additions, ellipsis).  Kept with a copy of its bytes, so a hit is a
 * comparison of bytes, whatever the pointer; only for phrases read whole
 * (max PD_METRIC_PHRASE_MAX) of at most MEMO_BYTES.
 */
#define MEMO_BYTES	1024

static struct
{
	size_t		len;			/* 0: empty */
	size_t		n;
	char		src[MEMO_BYTES];
	uint32_t	out[PD_METRIC_PHRASE_MAX];
}			fold_memo;

size_t
pd_cat_fold(const char *s, size_t len, uint32_t *out, size_t max)
{
	size_t		n;

	if (out == NULL || max != PD_METRIC_PHRASE_MAX || len == 0 || len > MEMO_BYTES)
		return fold_run(s, len, out, max);
	if (fold_memo.len == len && memcmp(fold_memo.src, s, len) == 0)
	{
		n = fold_memo.n;
		memcpy(out, fold_memo.out, (n < max ? n : max) * sizeof(uint32_t));
		return n;
	}
	n = fold_run(s, len, out, max);
	fold_memo.len = len;
	fold_memo.n = n;
	memcpy(fold_memo.src, s, len);
	memcpy(fold_memo.out, out, (n < max ? n : max) * sizeof(uint32_t));
	return n;
}

static void
word_init(Word *w, const char *s)
{
	uint32_t	cp[WORD_MAX];
	size_t		n = pd_cat_fold(s, strlen(s), cp, WORD_MAX);

	w->len = (uint8_t) (n < WORD_MAX ? n : WORD_MAX);
	memcpy(w->cp, cp, sizeof(cp));
}

/* ends_with - does p[0..n) end with w? */
int
pd_cat_ends_with(const uint32_t *p, size_t n, const Word *w)
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
size_t
pd_cat_longest_tail(const Word *ws, const TailIndex *ix, const uint32_t *p, size_t n,
			 size_t keep)
{
	size_t		best = 0;
	unsigned	i;

	if (n == 0)
		return 0;
	for (i = ix->head[p[n - 1] & (TAIL_BUCKETS - 1)]; i != 0; i = ws[i - 1].next)
		if (ws[i - 1].len > best && ws[i - 1].len + keep <= n &&
			pd_cat_ends_with(p, n, &ws[i - 1]))
			best = ws[i - 1].len;
	return best;
}

/* share_tail - rewrite a tail 的比重/比例/比率 ... to 比重; returns the new n */
size_t
pd_cat_share_tail(const PdMetricCatalog *cat, uint32_t *p, size_t n)
{
	size_t		t = pd_cat_longest_tail(cat->share_tails, &cat->share_tails_ix, p, n, 1);

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
const Entry *
pd_cat_lookup(const PdMetricCatalog *cat, const uint32_t *p, size_t len, uint32_t h)
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
	for (i = 0; i < NWORDS(amount_words); i++)
		word_init(&cat->amounts[i], amount_words[i]);
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
	for (i = 0; i < NWORDS(body_words); i++)
		word_init(&cat->bodies[i], body_words[i]);
	for (i = 0; i < NWORDS(sector_words); i++)
		word_init(&cat->sectors[i], sector_words[i]);
	for (i = 0; i < NWORDS(per_words); i++)
		word_init(&cat->pers[i], per_words[i]);
	for (i = 0; i < NWORDS(scope_words); i++)
		word_init(&cat->scopes[i], scope_words[i]);
	for (i = 0; i < NWORDS(domain_words); i++)
		word_init(&cat->domains[i], domain_words[i]);
	for (i = 0; i < NWORDS(growth_units); i++)
		word_init(&cat->growth_units[i], growth_units[i]);
	for (i = 0; i < NWORDS(threshold_words); i++)
		word_init(&cat->thresholds[i], threshold_words[i]);
	for (i = 0; i < NWORDS(join_words); i++)
		word_init(&cat->joins[i], join_words[i]);
	for (i = 0; i < NWORDS(circumstance_words); i++)
		word_init(&cat->circumstances[i], circumstance_words[i]);
	for (i = 0; i < NWORDS(revision_words); i++)
		word_init(&cat->revisions[i], revision_words[i]);
	for (i = 0; i < NWORDS(count_measure_words); i++)
		word_init(&cat->count_measures[i], count_measure_words[i]);
	for (i = 0; i < NWORDS(per_anywhere_words); i++)
		word_init(&cat->per_anywhere[i], per_anywhere_words[i]);
	for (i = 0; i < NWORDS(driven_words); i++)
		word_init(&cat->driven[i], driven_words[i]);
	for (i = 0; i < NWORDS(owner_refusals); i++)
		word_init(&cat->owner_refusals[i], owner_refusals[i][1]);
	for (i = 0; i < NWORDS(above_scale_words); i++)
		word_init(&cat->above_scale[i], above_scale_words[i]);
	for (i = 0; i < NWORDS(within_words); i++)
		word_init(&cat->within[i], within_words[i]);
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
	tail_index(cat->bodies, NWORDS(body_words), &cat->bodies_ix);
	tail_index(cat->sectors, NWORDS(sector_words), &cat->sectors_ix);
	tail_index(cat->pers, NWORDS(per_words), &cat->pers_ix);
	tail_index(cat->scopes, NWORDS(scope_words), &cat->scopes_ix);
	tail_index(cat->domains, NWORDS(domain_words), &cat->domains_ix);
	tail_index(cat->thresholds, NWORDS(threshold_words), &cat->thresholds_ix);
	tail_index(cat->joins, NWORDS(join_words), &cat->joins_ix);
	for (d = 0; d < PD_DIM_COUNT_; d++)
	{
		const char *s = dim_units[d];

		while (s && *s && cat->nunits[d] < UNITS_MAX)
		{
			const char *sp = strchr(s, ' ');
			size_t		l = sp ? (size_t) (sp - s) : strlen(s);
			Word	   *w = &cat->units[d][cat->nunits[d]++];
			uint32_t	cp[WORD_MAX];
			size_t		k = pd_cat_fold(s, l, cp, WORD_MAX);

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
	n = pd_cat_fold(word, wlen, cp, PD_METRIC_SYNONYM_MAX + 1);
	if (n == 0 || n > PD_METRIC_SYNONYM_MAX)
		return PD_CATALOG_IGNORED;	/* nothing left, or too long */
	n = pd_cat_share_tail(cat, cp, n);
	e.hash = hash_back(cp, n);
	if (pd_cat_lookup(cat, cp, n, e.hash))
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

/* pd_cat_unit_fits - may a figure of this kind and unit be a figure of dimension d? */
int
pd_cat_unit_fits(const PdMetricCatalog *cat, PdUnitDim d, const uint32_t *u, size_t ulen,
				 PdMetricKind kind)
{
	size_t		i;
	int			points = (ulen == cat->points.len &&
							  memcmp(u, cat->points.cp, ulen * sizeof(uint32_t)) == 0);

	/* a growth rate in months or yuan is no growth rate of anything */
	if (kind == PD_KIND_GROWTH_RATE && ulen > 0)
	{
		for (i = 0; i < NWORDS(growth_units); i++)
			if (cat->growth_units[i].len == ulen &&
				memcmp(cat->growth_units[i].cp, u, ulen * sizeof(uint32_t)) == 0)
				break;
		if (i == NWORDS(growth_units))
			return 0;
	}
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
