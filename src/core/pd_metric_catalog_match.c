/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog_match.c
 *	  The indicator catalog's matching: the code a phrase names for a
 *	  figure's unit and kind, the modifiers that refuse it, and the
 *	  breakdowns that take the code of a total (see pd_metric_catalog.h).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog_match.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_catalog_int.h"

#include <string.h>

/* ---------------------------------------------------------------------------
 * matching
 * ---------------------------------------------------------------------------
 */

/*
 * pd_cat_ending_at - the longest form that ends p[0..e) and fits the figure;
 * *start receives where it starts.  NULL if none.
 */
const Entry *
pd_cat_ending_at(const PdMetricCatalog *cat, const uint32_t *p, size_t e,
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
		x = pd_cat_lookup(cat, p + e - l, l, h);
		if (x && pd_cat_unit_fits(cat, (PdUnitDim) x->dim, u, ulen, kind))
		{
			best = x;
			*start = e - l;
		}
	}
	return best;
}

/*
 * circumstance_at - where a circumstance begins at the end of p[0..n)
 * (精密机械受惠半导体扩厂需求, 工业生产指数变动率由下修后): the last word of
 * circumstance_words within CIRCUMSTANCE_REACH characters of the end, after
 * keep characters and not a part of 自由, 理由, 原因, 基因; n if none.
 */
#define CIRCUMSTANCE_REACH	12

/* may c begin a time after 在 (2019年, 二零一九年, 第三季, 今年, 上半年 ...)? */
static int
is_time_start(uint32_t c)
{
	static const uint32_t starts[] = {
		0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
		0x516B, 0x4E5D, 0x5341,	/* 〇零一二三四五六七八九十 */
		0x4ECA, 0x53BB, 0x4E0A, 0x672C, 0x524D, 0x7B2C, 0x540C, 0x5168	/* 今去上本前第同全 */
	};
	size_t		i;

	if (c >= '0' && c <= '9')
		return 1;
	for (i = 0; i < NWORDS(starts); i++)
		if (c == starts[i])
			return 1;
	return 0;
}
static size_t
circumstance_at(const PdMetricCatalog *cat, const uint32_t *p, size_t n, size_t keep)
{
	size_t		i,
				k;

	for (i = n - 1; i > keep && i + CIRCUMSTANCE_REACH > n; i--)
	{
		/* 在 before a time (本地生产总值在二零一九年第三季实质下跌) */
		if (p[i] == 0x5728 && i + 1 < n && is_time_start(p[i + 1]))
			return i;
		/* the first characters of circumstance_words: 受 由 因 */
		if (p[i] != 0x53D7 && p[i] != 0x7531 && p[i] != 0x56E0)
			continue;
		for (k = 0; k < NWORDS(circumstance_words); k++)
		{
			const Word *w = &cat->circumstances[k];

			if (p[i] == w->cp[0] && i + w->len <= n &&
				memcmp(p + i, w->cp, w->len * sizeof(uint32_t)) == 0 &&
				!(w->len == 1 && (p[i - 1] == 0x81EA || p[i - 1] == 0x7406 ||	/* 自 理 */
								  p[i - 1] == 0x539F || p[i - 1] == 0x57FA)))	/* 原 基 */
				return i;
		}
	}
	return n;
}

/* may c stand in a time before 季, 月 or 年 (第四, 二零一九, 上半, 前三)? */
static int
is_time_char(uint32_t c)
{
	static const uint32_t chars[] = {
		0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB, 0x4E94, 0x516D, 0x4E03,
		0x516B, 0x4E5D, 0x5341, 0x4E24,	/* 〇零一二三四五六七八九十两 */
		0x7B2C, 0x4E0A, 0x4E0B, 0x524D, 0x540E, 0x5168, 0x534A, 0x4E2A	/* 第上下前后全半个 */
	};
	size_t		i;

	if (c >= '0' && c <= '9')
		return 1;
	for (i = 0; i < NWORDS(chars); i++)
		if (c == chars[i])
			return 1;
	return 0;
}

/*
 * time_at - where a time that ends p[0..n) begins (淨產值第四季, 批发及零售业
 * 淨產值繼第三季, 出口二零二三年), with a 在, 于 or 继 before it; n if none.
 * At least keep characters stay.
 */
static size_t
time_at(const uint32_t *p, size_t n, size_t keep)
{
	size_t		i = n;

	if (n > 0 && (p[n - 1] == 0x5EA6))	/* 季度 */
		i--;
	if (i == 0 || (p[i - 1] != 0x5B63 && p[i - 1] != 0x6708 && p[i - 1] != 0x5E74))	/* 季 月 年 */
		return n;
	i--;
	while (i > keep && is_time_char(p[i - 1]))
		i--;
	if (n - i < 3 || i == 0)
		return n;				/* 季, 年 alone, or a time and nothing before */
	if (i > keep + 1 && (p[i - 1] == 0x5728 || p[i - 1] == 0x4E8E || p[i - 1] == 0x7EE7))	/* 在 于 继 */
		i--;
	return i;
}

/*
 * cut_one - p[0..n) without the predicate that ends it, or without a
 * trailing time (time_at), a trailing 在…下 (积体电路在AI应用带动下: the
 * circumstance, not the measure) or another circumstance (circumstance_at), leaving at least
 * keep characters; n when none ends it.
 */
static size_t
cut_one(const PdMetricCatalog *cat, const uint32_t *p, size_t n, size_t keep)
{
	size_t		t = pd_cat_longest_tail(cat->predicates, &cat->predicates_ix, p, n, keep);

	if (t > 0)
		return n - t;
	if (n < 3)
		return n;
	if ((t = time_at(p, n, keep)) < n)
		return t;
	if (p[n - 1] == 0x4E0B)		/* 下 */
	{
		size_t		i;

		for (i = n - 1; i > keep && i + 16 > n; i--)
			if (p[i - 1] == 0x5728) /* 在 */
				return i - 1;
	}
	return circumstance_at(cat, p, n, keep);
}

size_t
pd_cat_cut_one(const PdMetricCatalog *cat, const uint32_t *p, size_t n, size_t keep)
{
	return cut_one(cat, p, n, keep);
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
	int			revision;		/* the phrase names a revision (revision_words) */
	int			counted;		/* a count measure was cut (失业人|数) */
	int			contribution;	/* a contribution in % or 百分点 (贡献, 拉动) */
	int			combined;		/* a form counted with another (combined()) */
	int			refused;		/* a modifier made another indicator of its
								 * form (modified()) */
} Reading;

/* is p[k..k+t) a word of count_measure_words? */
static int
is_count_measure(const PdMetricCatalog *cat, const uint32_t *p, size_t k, size_t t)
{
	size_t		i;

	for (i = 0; i < NWORDS(count_measure_words); i++)
		if (cat->count_measures[i].len == t &&
			memcmp(cat->count_measures[i].cp, p + k, t * sizeof(uint32_t)) == 0)
			return 1;
	return 0;
}

/* does p[0..n) hold a word of revision_words? */
static int
has_revision(const PdMetricCatalog *cat, const uint32_t *p, size_t n)
{
	size_t		i,
				k;

	for (i = 0; i + 1 < n; i++)
	{
		/* the first characters of revision_words: 上 下 修 预 概 调 */
		if (p[i] != 0x4E0A && p[i] != 0x4E0B && p[i] != 0x4FEE && p[i] != 0x9884 &&
			p[i] != 0x6982 && p[i] != 0x8C03)
			continue;
		for (k = 0; k < NWORDS(revision_words); k++)
			if (i + cat->revisions[k].len <= n &&
				memcmp(p + i, cat->revisions[k].cp, cat->revisions[k].len * sizeof(uint32_t)) == 0)
				return 1;
	}
	return 0;
}

/* read_rest - fill r from the phrase p[0..n) with its predicates cut */
static void
read_rest(const PdMetricCatalog *cat, const uint32_t *p, size_t n, Reading *r)
{
	size_t		k = n;

	r->counted = 0;
	for (;;)
	{
		size_t		t = pd_cat_longest_tail(cat->measures, &cat->measures_ix, p, k, 0);

		if (t > 0)
		{
			r->counted |= is_count_measure(cat, p, k - t, t);
			k -= t;
		}
		else if ((t = cut_one(cat, p, k, 0)) < k)
			k = t;
		else
			break;
	}
	r->tail = k > 0 ? p[k - 1] : 0;
	if (k == 0)
		r->counted = 0;			/* 总数 alone: the figure before's count */
	r->part = pd_cat_longest_tail(cat->parts, &cat->parts_ix, p, k, 0) > 0 ||
		(k == 2 && p[1] == 0x79D1);	/* 竹科, 中科, 南科: a science park */
	r->owner = pd_cat_longest_tail(cat->owners, &cat->owners_ix, p, k, 0) > 0;
	r->industry = pd_cat_longest_tail(cat->industries, &cat->industries_ix, p, k, 0) > 0;
	r->other = pd_cat_longest_tail(cat->others, &cat->others_ix, p, k, 0) > 0;
	r->rest_len = k <= WORD_MAX ? k : 0;	/* longer: no second mention */
	memcpy(r->rest, p, r->rest_len * sizeof(uint32_t));
	r->revision = has_revision(cat, p, n);
}

/*
 * is_per_dim - is d a dimension of figures per person, per area or per
 * unit of output (人均, 亩均, 万人, 单位GDP ...), or a rate?
 */
static int
is_per_dim(PdUnitDim d)
{
	return d == PD_DIM_MONEY_PER_PERSON || d == PD_DIM_MONEY_PER_AREA ||
		d == PD_DIM_COUNT_PATENTS_PER_10K || d == PD_DIM_ENERGY_INTENSITY ||
		d == PD_DIM_PERCENT || d == PD_DIM_RATIO || d == PD_DIM_INDEX ||
		d == PD_DIM_OTHER;
}

/*
 * modified - is the form hit, which starts at p[start], made another
 * indicator by what stands before it?  Per person or per area (平均每平方公里
 * 产值: only per-unit dimensions fit), a scope (全口径财政收入, 境外直接投资
 * 总额, 合同工业产值), a domain before a generic form (财政总收入).
 */
static int
modified(const PdMetricCatalog *cat, const uint32_t *p, size_t start, const Entry *hit,
		 PdMetricKind kind)
{
	size_t		i;

	if (!is_per_dim((PdUnitDim) hit->dim) &&
		(pd_cat_longest_tail(cat->pers, &cat->pers_ix, p, start, 0) > 0 ||
		 pd_cat_word_in(cat->per_anywhere, NWORDS(per_anywhere_words), p, 0, start)))
		return 1;
	if (pd_cat_refused(cat, p, start, hit, kind))
		return 1;
	/* a scope of one character (净) must touch the form */
	for (i = 0; i <= SCOPE_REACH && i <= start; i++)
		if (pd_cat_longest_tail(cat->scopes, &cat->scopes_ix, p, start - i, 0) > (i > 0))
			return 1;
	if (pd_cat_longest_tail(cat->thresholds, &cat->thresholds_ix, p, start, 0) > 0)
		return 1;
	/* of money only: 本地居民失业率 is still the unemployment rate */
	return hit->len <= GENERIC_FORM_MAX && hit->dim == PD_DIM_MONEY &&
		pd_cat_longest_tail(cat->domains, &cat->domains_ix, p, start, 0) > 0;
}

/*
 * form_before - the longest form that ends p[0..e), or ends before one of
 * the words tail[0..ntail) that ends it (营业额|增长率, 合同利用外资|金额),
 * and fits the figure; *start receives where it starts.  A form a modifier
 * makes another indicator is passed over, and *modified is set.
 */
static const Entry *
form_before(const PdMetricCatalog *cat, const uint32_t *p, size_t e, size_t s0,
			const uint32_t *u, size_t ulen, PdMetricKind kind, size_t *start,
			int *mod)
{
	const Word *tails[2] = {cat->measures, cat->amounts};
	const Entry *hit = pd_cat_ending_at(cat, p, e, u, ulen, kind, start);
	size_t		t;

	/* 石油加工业投资: the form only ends a sector's name */
	if (hit && pd_cat_inside_sector(p, *start, cat->pool + hit->off, hit->len))
		hit = NULL;
	if (hit && modified(cat, p, *start, hit, kind))
	{
		hit = NULL;
		*mod = 1;
	}

	/*
	 * A form before a measure word or an amount that starts earlier than
	 * the form ending the phrase covers more of it: 进出口|额 over 出口额.
	 * The measure words are those of the phrase's last character's bucket.
	 */
	for (t = 0; t < 2; t++)
	{
		size_t		i = t == 0 ? cat->measures_ix.head[p[e - 1] & (TAIL_BUCKETS - 1)] : 1;

		while (i != 0 && (t == 0 || i <= NWORDS(amount_words)))
		{
			const Word *w = &tails[t][i - 1];

			i = t == 0 ? w->next : i + 1;
			if (w->len + s0 < e && pd_cat_ends_with(p, e, w))
			{
				size_t		st = 0;
				const Entry *x = pd_cat_ending_at(cat, p, e - w->len, u, ulen, kind, &st);

				if (x == NULL || (hit && st >= *start) ||
					pd_cat_inside_sector(p, st, cat->pool + x->off, x->len))
					continue;
				if (modified(cat, p, st, x, kind))
				{
					*mod = 1;
					continue;
				}
				hit = x;
				*start = st;
			}
		}
	}
	return hit;
}

/*
 * skip_join - p[0..*n) read without a joining verb (join_words) that ends
 * the clause's text before the phrase, p[0..*s0): 第一产业完成|增加值 reads
 * 第一产业增加值.  Updates *n and *s0.
 */
static void
skip_join(const PdMetricCatalog *cat, uint32_t *p, size_t *n, size_t *s0)
{
	size_t		l = pd_cat_longest_tail(cat->joins, &cat->joins_ix, p, *s0, 1);

	if (l == 0)
		return;
	memmove(p + *s0 - l, p + *s0, (*n - *s0) * sizeof(uint32_t));
	*n -= l;
	*s0 -= l;
}

/*
 * find - pd_metric_catalog_find of phrase[0..len), whose clause's text
 * before it is phrase[-before..0); r (if not NULL) receives what else the
 * phrase says (read_rest).
 *
 * The phrase and that text are read as one: a form may begin before the
 * phrase (the extractor cut 实际利用|外资 at the verb), but must end in it,
 * and no predicate is cut from the text before it.  With gloss, a gloss in
 * brackets that ends the phrase (pd_cat_gloss_start) is read past, once.
 * prev (or NULL) is the code of the figure before in the sentence, for the
 * scope it may set (pd_cat_scoped).
 */
static const char *
find(const PdMetricCatalog *cat, const char *phrase, size_t len, size_t before,
	 const char *unit, PdMetricKind kind, Reading *r, int gloss, const char *prev)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	uint32_t	u[WORD_MAX];
	size_t		n,
				s0 = 0,			/* where the phrase starts in p */
				ulen = 0,
				start = 0,
				whole,
				i;
	const Entry *hit;
	int			mod = 0;
	size_t		g = gloss ? pd_cat_gloss_start(phrase, len) : len;

	/*
	 * the phrase without a gloss that ends it, if that names an indicator
	 * (once: the phrase without it is read as it stands)
	 */
	if (g < len)
	{
		const char *code = find(cat, phrase, g, before, unit, kind, r, 0, prev);

		if (code)
			return code;
	}

	/*
	 * 固定资产投资（不含农户）2600亿元: the span begins inside a gloss; the
	 * clause before the bracket names the indicator (once)
	 */
	if (gloss && (g = pd_cat_gloss_before(phrase, before)) > 0)
	{
		const char *code = find(cat, phrase - before, before - g, 0, unit, kind, r, 0, prev);

		if (code)
			return code;
	}
	n = pd_cat_fold(phrase - before, before + len, p, PD_METRIC_PHRASE_MAX);
	if (before > 0)
		s0 = pd_cat_fold(phrase - before, before, NULL, 0);
	if (s0 > n)
		s0 = n;					/* a character split across the boundary */
	if (n > PD_METRIC_PHRASE_MAX)
	{
		s0 = s0 > n - PD_METRIC_PHRASE_MAX ? s0 - (n - PD_METRIC_PHRASE_MAX) : 0;
		n = PD_METRIC_PHRASE_MAX;
	}
	if (unit)
		ulen = pd_cat_fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;				/* no unit is that long: read as none */
	if (r)
	{
		read_rest(cat, p + s0, n - s0, r);
		r->contribution = pd_cat_contribution_unit(cat, u, ulen) && pd_cat_contribution_in(p, s0, n);
		r->combined = 0;
		r->refused = 0;
	}
	if (cat->count == 0 || n == s0)
		return NULL;			/* nothing named, whatever came before */
	skip_join(cat, p, &n, &s0);
	whole = n;
	for (;;)
	{
		size_t		cut;
		const char *share;

		n = pd_cat_share_tail(cat, p, n);
		hit = form_before(cat, p, n, s0, u, ulen, kind, &start, &mod);
		if (hit)
			break;
		/* a modifier made another indicator of what ends here: no code */
		if (mod)
		{
			if (r)
				r->refused = 1;	/* nor a part of the figure before's */
			return NULL;
		}
		if ((share = pd_cat_share_of(cat, p, n, u, ulen, kind)) != NULL)
			return share;
		/* cut a predicate between the indicator and its number, and retry */
		if ((cut = cut_one(cat, p, n, s0 + 1)) == n)
			return NULL;
		n = cut;
	}
	/* two things together, or a contribution to the indicator: neither */
	if (pd_cat_combined(cat, p, start))
	{
		if (r)
			r->combined = 1;	/* nor a part of the figure before's */
		return NULL;
	}
	if ((pd_cat_contribution_unit(cat, u, ulen) &&
		 (pd_cat_contribution_in(p, start + hit->len, whole) ||
		  pd_cat_contribution_in(p, start >= 2 ? start - 2 : 0, start))))
		return NULL;
	/* the growth of a count of additions is not the stock's */
	if (kind == PD_KIND_GROWTH_RATE &&
		pd_cat_longest_tail(cat->additions, &cat->additions_ix, p, start, 0) > 0)
		return NULL;
	/* 经济增长6%: growth only */
	for (i = 0; kind != PD_KIND_GROWTH_RATE && i < NWORDS(growth_only_words); i++)
		if (hit->len == cat->growth_only[i].len &&
			memcmp(cat->pool + hit->off, cat->growth_only[i].cp, hit->len * sizeof(uint32_t)) == 0)
			return NULL;
	/* 工业经济总量: one sector's economy, not the region's */
	if (hit->len >= cat->economy.len &&
		memcmp(cat->pool + hit->off, cat->economy.cp, cat->economy.len * sizeof(uint32_t)) == 0 &&
		pd_cat_longest_tail(cat->sectors, &cat->sectors_ix, p, start, 0) > 0)
		return NULL;
	return pd_cat_scoped(cat, cat->codes[hit->code].name, p, start, prev);
}

const char *
pd_metric_catalog_find(const PdMetricCatalog *cat, const char *phrase, size_t len,
					   const char *unit, PdMetricKind kind)
{
	if (cat == NULL || phrase == NULL)
		return NULL;
	return find(cat, phrase, len, 0, unit, kind, NULL, 1, NULL);
}

/*
 * pd_cat_measure_head - does a phrase ending in c name a measure of its own
 * (销售额, 增加值, 专利申请量, 研发人数, 利润, an aggregate such as 需求,
 * 出口 or 服务贸易 ...)?  Then it is no part of the
 * figure before's indicator.
 */
int
pd_cat_measure_head(uint32_t c)
{
	switch (c)
	{
		case 0x989D:			/* 额 */
		case 0x503C:			/* 值 */
		case 0x91CF:			/* 量 */
		case 0x6570:			/* 数 */
		case 0x6307:			/* 指 (指数, once 数 is cut as a measure word) */
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
		case 0x53E3:			/* 口 (出口, 进口, 人口) */
		case 0x6C42:			/* 求 (需求) */
		case 0x6613:			/* 易 (贸易) */
		case 0x5DEE:			/* 差 (逆差, 顺差) */
		case 0x91CD:			/* 重 (比重: a share of its own) */
		case 0x552E:			/* 售 (销售, 开票销售: sales) */
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
		ulen = pd_cat_fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;
	return pd_cat_unit_fits(cat, (PdUnitDim) cat->codes[i].dim, u, ulen, kind) ?
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

/* is code that of one of the three industries' value added? */
int
pd_cat_is_industry_value_added(const char *code)
{
	size_t		i;

	for (i = 0; i < NWORDS(three_industries); i++)
		if (strcmp(code, three_industries[i][1]) == 0)
			return 1;
	return 0;
}

/*
 * industry_value_added - the value added code of one of the three
 * industries (three_industries) that ends the rest r, if the figure fits it
 */
static const char *
industry_value_added(const PdMetricCatalog *cat, const Reading *r, const char *unit,
					 PdMetricKind kind)
{
	size_t		i;

	for (i = 0; i < NWORDS(three_industries); i++)
	{
		uint32_t	cp[WORD_MAX];
		size_t		l = pd_cat_fold(three_industries[i][0], strlen(three_industries[i][0]),
									cp, WORD_MAX);

		if (l <= r->rest_len &&
			memcmp(r->rest + r->rest_len - l, cp, l * sizeof(uint32_t)) == 0)
			return known_fitting(cat, three_industries[i][1], unit, kind, 0);
	}
	return NULL;
}

/* classify - pd_metric_catalog_classify; r receives read_rest's reading */
static const char *
classify(const PdMetricCatalog *cat, const char *phrase, size_t len, size_t before,
		 const char *unit, PdMetricKind kind, const char *prev, Reading *r)
{
	const char *code = find(cat, phrase, len, before, unit, kind, r, 1, prev);

	/* 较前次预测增加357亿美元: the forecast's revision, not a change */
	if (kind == PD_KIND_CHANGE && r->revision)
		return NULL;
	/* 城镇常住人口…，占常住人口的比重为63.96%: the share its part names */
	if (code == NULL && (kind == PD_KIND_SHARE || (unit && strcmp(unit, "百分点") == 0)))
	{
		const char *sc = pd_cat_share_named(cat, phrase, len);

		if (sc)
			return sc;
	}
	if (code == NULL && prev && (strcmp(prev, "gdp") == 0 || pd_cat_is_industry_value_added(prev)))
	{
		/*
		 * 地区生产总值…，其中第一产业21.2亿元，…第二产业41亿元: the industry's
		 * value added, after GDP or another industry's
		 */
		const char *va = industry_value_added(cat, r, unit, kind);

		if (va)
			return va;
	}
	if (code || prev == NULL || r->owner ||
		(r->other && !pd_cat_performer(r->rest, r->rest_len, unit, kind)) ||
		r->contribution || r->combined || r->refused ||
		((r->counted || pd_cat_measure_head(r->tail)) &&
		 !names_again(cat, prev, r->rest, r->rest_len)))
		return code;
	/*
	 * 竹科營業額…，中科…億元: a part of the figure before's indicator, or of
	 * the total that lies above it (企业R&D经费…；政府属研究机构…)
	 */
	if ((code = known_fitting(cat, prev, unit, kind, r->industry)) == NULL ||
		(code = pd_cat_sibling(cat, code, r->rest, r->rest_len)) == NULL)
		return NULL;
	return known_fitting(cat, code, unit, kind, r->industry);
}

const char *
pd_metric_catalog_classify(const PdMetricCatalog *cat, const char *phrase, size_t len,
						   const char *unit, PdMetricKind kind, const char *prev)
{
	Reading		r;

	if (cat == NULL || phrase == NULL)
		return NULL;
	return classify(cat, phrase, len, 0, unit, kind, prev, &r);
}

void
pd_metric_catalog_cursor_init(PdMetricCatalogCursor *cur, const PdMetricCatalog *cat)
{
	cur->cat = cat;
	cur->topic = NULL;
	cur->total = NULL;
	memset(cur->totals, 0, sizeof(cur->totals));
	cur->addition = 0;
	cur->rest_len = 0;
}

const char *
pd_metric_catalog_next(PdMetricCatalogCursor *cur, const char *phrase, size_t len,
					   size_t before, const char *unit, PdMetricKind kind, const char *prev)
{
	Reading		r;
	const char *code,
			   *region;
	int			grouping = 0;

	if (cur == NULL || cur->cat == NULL || phrase == NULL)
		return NULL;
	code = classify(cur->cat, phrase, len, before, unit, kind, prev, &r);
	/* 增速较快的福建、广东分别增长…: a region's part of the last total */
	if ((region = pd_cat_region_part(cur->cat, phrase, len, unit, kind, cur->total)) != NULL)
		code = region;
	/*
	 * 新设立外商投资企业5024家，同比增长106.5%: the additions' growth, unless
	 * the growth's span names the stock again both with the clause before it
	 * and on its own (新設外商投資企業2萬4,026家，年增97.6%: 企業 alone names
	 * nothing) where the count was a change of a stock, not the level of a
	 * flow (新增注册企业22.3万家，同比增长11.9%)
	 */
	if (code && kind == PD_KIND_GROWTH_RATE && cur->addition && code == prev &&
		(find(cur->cat, phrase, len, before, unit, kind, NULL, 1, NULL) == NULL ||
		 (cur->addition == 2 &&
		  find(cur->cat, phrase, len, 0, unit, kind, NULL, 1, NULL) == NULL)))
		code = NULL;
	else if (code == NULL && !r.refused && !r.combined && !r.contribution)
	{
		/* 比重为20.5%，其中高技术制造业336.9亿元: a part of the last total */
		if (cur->total && cur->total != prev && !r.counted && !pd_cat_measure_head(r.tail) &&
			pd_cat_names_within(cur->cat, phrase, len, before))
			code = classify(cur->cat, phrase, len, before, unit, kind, cur->total, &r);
	}
	if (code == NULL && !r.refused && !r.combined && !r.contribution)
	{
		/* 采矿业投资8.3亿元: a sector's part of the last total */
		code = pd_cat_sector_part(cur->cat, phrase, len, before, unit, kind, cur->total,
								  cur->totals, &grouping);
		/* 全年签约新项目38个: what the verb makes the count */
		if (code == NULL)
			code = pd_cat_verb_object(cur->cat, phrase, len, before, unit, kind);
		/* 技术合同成交额…；技术服务合同成交额…: the last total's amount again */
		if (code == NULL)
			code = pd_cat_amount_again(cur, phrase, len, unit, kind);

	}
	/* of things counted: 新增实际利用外资19.6亿美元 is the flow's level */
	cur->addition = kind != PD_KIND_GROWTH_RATE && !pd_cat_is_money(unit) &&
		pd_cat_has_addition(cur->cat, phrase, len, before) ?
		(kind == PD_KIND_CHANGE ? 2 : 1) : 0;
	/* 進一步分析，光電產業成長28%: a part continues the document's indicator */
	if (code == NULL && prev == NULL && cur->topic && r.part && !r.counted && !r.other &&
		!r.contribution && !r.combined && !r.refused && !pd_cat_grouping(r.rest, r.rest_len) &&
		!pd_cat_measure_head(r.tail) &&
		kind != PD_KIND_SHARE)	/* a part's share is of the whole, not of the topic */
		code = known_fitting(cur->cat, cur->topic, unit, kind, r.industry);
	/*
	 * 其中，医药制造业、电子设备制造业同比分别增长…: an industry at a
	 * sentence's start, with no measure of its own, is a part of the last
	 * total (none when that had none)
	 */
	else if (code == NULL && prev == NULL && pd_cat_by_industry(cur->total) && r.industry &&
			 !r.part && !r.counted && !pd_cat_grouping(r.rest, r.rest_len) &&
			 !r.owner && !r.other && !r.contribution && !r.combined && !r.refused &&
			 !pd_cat_measure_head(r.tail) && kind != PD_KIND_SHARE)
		code = known_fitting(cur->cat, cur->total, unit, kind, r.industry);
	/* 登记技术合同9023项，成交额…: the amount of the thing named before */
	code = pd_cat_ellipsis(cur, phrase, len, unit, kind, code);
	if (code)
		cur->topic = code;
	/* 高技术制造业增加值增长…: a grouping, not the total its parts follow */
	if (pd_cat_is_total(unit, kind) && !(grouping && code == NULL))
		pd_cat_note_total(cur, code);
	return code;
}
