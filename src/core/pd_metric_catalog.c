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

/*
 * Words between an indicator and its number, cut from the end of a phrase
 * (repeatedly): verbs, comparisons, adverbs (地区生产总值同比增长 ->
 * 地区生产总值).  Folded forms.
 */
static const char *const predicate_words[] = {
	"为", "达", "达到", "达到了", "已达", "已达到", "已", "实现", "完成", "突破",
	"超过", "超", "逾", "约", "约为", "近", "逼", "逼近", "将", "将达", "可望",
	"有望", "预计", "共", "共计", "累计", "是", "有", "高达", "增长", "增长了",
	"增加", "增加了", "减少", "下降", "提高", "降低", "成长", "衰退", "年增", "增",
	"减", "降", "升", "扬升", "上升", "下滑", "大增", "大幅", "分别", "依次", "则",
	"亦", "也", "均", "仍", "再", "继续", "持续", "同比", "同期", "比上年",
	"比上年同期", "较上年", "较上年同期", "较去年", "较去年同期", "较前年", "较",
	"比", "首次", "首度", "实际", "实质", "名义", "按年", "按季", "两年平均", "年均",
	"平均", "在", "的",
	"了", "于", "至", "到", ":", ","
};

/*
 * Measure words an indicator may be followed by (高新技术企业总数,
 * 营业额成长率): the synonym may end before them.
 */
static const char *const measure_words[] = {
	"数", "数量", "总数", "总量", "总额", "合计", "总计", "规模", "增速", "增幅",
	"增长率", "成长率", "年增率", "占比"
};

/* a phrase ending so names a count of additions (新增研发机构) */
static const char *const addition_words[] = {
	"新增", "新引进", "新认定", "新落地", "净增", "新设"
};

/* tails that say "share" in other words: rewritten to 比重 */
static const char *const share_tails[] = {
	"的比重", "之比重", "之比率", "比率", "比例"
};

/* the units a level or change of each dimension may be given in */
static const char *const dim_units[PD_DIM_COUNT_] = {
	[PD_DIM_MONEY] = "元 美元 港元 新台币 澳门元 欧元 日元",
	[PD_DIM_MONEY_PER_PERSON] = "元 美元 港元 新台币 澳门元 欧元 日元",
	[PD_DIM_MONEY_PER_AREA] = "元 美元 港元 新台币 澳门元 元/亩 元/平方米",
	[PD_DIM_PERCENT] = "% 百分点 ‰",
	[PD_DIM_RATIO] = "% 百分点",
	[PD_DIM_INDEX] = "点 %",
	[PD_DIM_AREA] = "平方米 平方公里 平方千米 公顷 亩",
	[PD_DIM_ENERGY_INTENSITY] = "% 百分点 吨标准煤 吨标准煤/万元",
	[PD_DIM_COUNT_ENTERPRISES] = "家 个 户 所 间",
	[PD_DIM_COUNT_PEOPLE] = "人 名 位 人次",
	[PD_DIM_COUNT_PATENTS] = "件 项 个",
	[PD_DIM_COUNT_PATENTS_PER_10K] = "件",
	[PD_DIM_COUNT_PLATFORMS] = "个 家 所 座 处 间",
	[PD_DIM_COUNT_PROJECTS] = "个 项",
	[PD_DIM_COUNT_TEAMS] = "个 支 家",
};

static const char *const dim_names[PD_DIM_COUNT_] = {
	"other", "money", "money_per_person", "money_per_area", "percent", "ratio",
	"index", "area", "energy_intensity", "count_enterprises", "count_people",
	"count_patents", "count_patents_per_10k", "count_platforms", "count_projects",
	"count_teams"
};

#define NWORDS(a)	(sizeof(a) / sizeof((a)[0]))
#define WORD_MAX	8			/* longest table word, in characters */
#define UNITS_MAX	8			/* most units of one dimension */

/* a short word of a table, as folded code points */
typedef struct Word
{
	uint32_t	cp[WORD_MAX];
	uint8_t		len;
} Word;

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
	return w->len > 0 && w->len <= n &&
		memcmp(p + n - w->len, w->cp, w->len * sizeof(uint32_t)) == 0;
}

/*
 * longest_tail - the length of the longest word of ws[0..nw) that p[0..n)
 * ends with, leaving at least keep characters before it; 0 if none.
 */
static size_t
longest_tail(const Word *ws, size_t nw, const uint32_t *p, size_t n, size_t keep)
{
	size_t		best = 0,
				i;

	for (i = 0; i < nw; i++)
		if (ws[i].len > best && ws[i].len + keep <= n && ends_with(p, n, &ws[i]))
			best = ws[i].len;
	return best;
}

/* share_tail - rewrite a tail 的比重/比例/比率 ... to 比重; returns the new n */
static size_t
share_tail(const PdMetricCatalog *cat, uint32_t *p, size_t n)
{
	size_t		t = longest_tail(cat->share_tails, NWORDS(share_tails), p, n, 1);

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
	word_init(&cat->share, "比重");
	word_init(&cat->points, "百分点");
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
 * find - pd_metric_catalog_find; *tail (if not NULL) receives the last
 * character of the phrase once predicates and measure words are cut from
 * its end, 0 when nothing else is left (同比增长, 增幅).
 */
static const char *
find(const PdMetricCatalog *cat, const char *phrase, size_t len,
	 const char *unit, PdMetricKind kind, uint32_t *tail)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	uint32_t	u[WORD_MAX];
	size_t		n,
				ulen = 0,
				t,
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
	if (tail)
	{
		size_t		k = n;

		while ((t = longest_tail(cat->predicates, NWORDS(predicate_words), p, k, 0)) > 0 ||
			   (t = longest_tail(cat->measures, NWORDS(measure_words), p, k, 0)) > 0)
			k -= t;
		*tail = k > 0 ? p[k - 1] : 0;
	}
	if (cat->count == 0)
		return NULL;
	for (;;)
	{
		n = share_tail(cat, p, n);
		hit = ending_at(cat, p, n, u, ulen, kind, &start);
		for (i = 0; hit == NULL && i < NWORDS(measure_words); i++)
			if (cat->measures[i].len < n && ends_with(p, n, &cat->measures[i]))
				hit = ending_at(cat, p, n - cat->measures[i].len, u, ulen, kind, &start);
		if (hit)
			break;
		/* cut a predicate between the indicator and its number, and retry */
		if ((t = longest_tail(cat->predicates, NWORDS(predicate_words), p, n, 1)) == 0)
			return NULL;
		n -= t;
	}
	/* the growth of a count of additions is not the stock's */
	if (kind == PD_KIND_GROWTH_RATE &&
		longest_tail(cat->additions, NWORDS(addition_words), p, start, 0) > 0)
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
 * is_clause_mark - does c end the clause a figure's indicator is read from?
 * ， , ； ; ： : 。 ！ ! ？ ? 、 line breaks, and the digits and percent
 * signs of a number before it.
 */
static int
is_clause_mark(uint32_t c)
{
	switch (c)
	{
		case ',': case ';': case ':': case '!': case '?': case '\n': case '\r': case '%':
		case 0x3001:			/* 、 */
		case 0x3002:			/* 。 */
		case 0xFF01:			/* ！ */
		case 0xFF05:			/* ％ */
		case 0xFF0C:			/* ， */
		case 0xFF1A:			/* ： */
		case 0xFF1B:			/* ； */
		case 0xFF1F:			/* ？ */
			return 1;
		default:
			return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
	}
}

const char *
pd_metric_catalog_code(const PdMetricCatalog *cat, const char *doc, const PdMetric *m,
					   const char *prev)
{
	const unsigned char *p = (const unsigned char *) doc;
	const char *code;
	size_t		i,
				from;
	uint32_t	tail = 0;

	if (cat == NULL || doc == NULL || m == NULL)
		return NULL;
	if (m->indicator.len > 0)
	{
		code = find(cat, doc + m->indicator.off, m->indicator.len, m->unit, m->kind, NULL);
		if (code)
			return code;
	}
	if (m->raw.off < m->sentence.off)
		return NULL;
	/* the clause before the figure: from the last clause mark or number */
	from = i = m->sentence.off;
	while (i < m->raw.off)
	{
		uint32_t	c;

		i += pd_utf8_next(p + i, m->raw.off - i, &c);
		if (is_clause_mark(c))
			from = i;
	}
	code = find(cat, doc + from, m->raw.off - from, m->unit, m->kind, &tail);
	if (code)
		return code;
	/* ……，同比增长6.5%: the indicator of the figure before */
	if (tail == 0 && prev && m->kind != PD_KIND_LEVEL)
		return prev;
	return NULL;
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

const char *
pd_metric_catalog_classify(const PdMetricCatalog *cat, const char *phrase, size_t len,
						   const char *unit, PdMetricKind kind, const char *prev)
{
	const char *code;
	uint32_t	tail = 0;
	uint32_t	u[WORD_MAX];
	size_t		ulen = 0,
				i;

	if (cat == NULL || phrase == NULL)
		return NULL;
	code = find(cat, phrase, len, unit, kind, &tail);
	if (code || prev == NULL || is_measure_head(tail))
		return code;
	/* 竹科營業額…，中科…億元: a part of the figure before's indicator */
	for (i = 0; i < cat->ncodes; i++)
		if (cat->codes[i].name == prev || strcmp(cat->codes[i].name, prev) == 0)
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
