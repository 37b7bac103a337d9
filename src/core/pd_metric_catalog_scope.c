/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog_scope.c
 *	  The indicator catalog's readings of what stands around a form: the
 *	  owners and averages that make another measure of it (平均每家获授权
 *	  发明专利, 企业的研发投入强度), the scope of industry above designated
 *	  size (规模以上…企业完成产值), and a bare amount that names what the
 *	  figure before counts (登记技术合同9023项，成交额…).  No PostgreSQL
 *	  headers; the word tables are those of pd_metric_catalog_words.h.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog_scope.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_catalog_int.h"

#include <string.h>

/* longest bare amount read as the amount of the thing named before (成交金额) */
#define BARE_AMOUNT_MAX	4

/* pd_cat_word_in - does a word of ws[0..nw) occur within p[from..to)? */
int
pd_cat_word_in(const Word *ws, size_t nw, const uint32_t *p, size_t from, size_t to)
{
	size_t		i,
				k;

	for (i = from; i < to; i++)
		for (k = 0; k < nw; k++)
			if (ws[k].len > 0 && i + ws[k].len <= to && p[i] == ws[k].cp[0] &&
				memcmp(p + i, ws[k].cp, ws[k].len * sizeof(uint32_t)) == 0)
				return 1;
	return 0;
}

/*
 * pd_cat_refused - is the form hit, which starts at p[start], made another
 * measure by what its clause says before it?  An activity driven elsewhere
 * (带动国内货物出口57亿元: levels and changes only), an owner that makes the
 * form another ratio (企业的研发投入强度), a grouping of industries before
 * a form of industry's totals (高技术工业增加值).  The per-unit words anywhere
 * before the form are read by the caller, which knows the dimensions.
 */
int
pd_cat_refused(const PdMetricCatalog *cat, const uint32_t *p, size_t start,
			   const Entry *hit, PdMetricKind kind)
{
	const char *code = cat->codes[hit->code].name;
	size_t		i;

	if ((kind == PD_KIND_LEVEL || kind == PD_KIND_CHANGE) &&
		pd_cat_word_in(cat->driven, NWORDS(driven_words), p, 0, start))
		return 1;
	for (i = 0; i < NWORDS(owner_refusals); i++)
		if (strcmp(code, owner_refusals[i][0]) == 0 &&
			pd_cat_word_in(&cat->owner_refusals[i], 1, p, 0, start))
			return 1;
	/* 高技术工业增加值, 高新技术产品产值: a grouping of industries */
	return pd_cat_grouped_form(cat, p, start, code);
}

/* the catalog's own string of code, or NULL if it has no such code */
static const char *
own_name(const PdMetricCatalog *cat, const char *code)
{
	size_t		i;

	for (i = 0; i < cat->ncodes; i++)
		if (strcmp(cat->codes[i].name, code) == 0)
			return cat->codes[i].name;
	return NULL;
}

/* is code one of above_scale_codes? */
static int
is_above_scale(const char *code)
{
	size_t		i;

	for (i = 0; code && i < NWORDS(above_scale_codes); i++)
		if (strcmp(code, above_scale_codes[i]) == 0)
			return 1;
	return 0;
}

/*
 * pd_cat_scoped - code, or its above-scale code (scoped_codes) when the
 * figure is said within industry above designated size: the clause before
 * the form p[start] names the scope (44户规模以上入园工业企业完成产值), or the
 * figure before in the sentence (prev) is above scale and this one lies
 * within it (其中装备制造业产值, 这些企业完成工业总产值).  Not a figure that
 * only follows it (规上工业总产值…；工业增加值增速为11.7%: the text does not
 * say whose).  A form that says
 * all industry (全部工业增加值, 全口径工业总产值) keeps its code.
 */
const char *
pd_cat_scoped(const PdMetricCatalog *cat, const char *code, const uint32_t *p,
			  size_t start, const char *prev)
{
	size_t		i;

	if (code == NULL || p[start] == 0x5168)	/* 全 */
		return code;
	for (i = 0; i < NWORDS(scoped_codes); i++)
	{
		const char *scoped;

		if (strcmp(code, scoped_codes[i][0]) != 0)
			continue;
		scoped = own_name(cat, scoped_codes[i][1]);
		if (scoped == NULL)
			return code;
		if (pd_cat_word_in(cat->above_scale, NWORDS(above_scale_words), p, 0, start))
			return scoped;
		if (is_above_scale(prev) &&
			pd_cat_word_in(cat->within, NWORDS(within_words), p, 0, start))
			return scoped;
		return code;
	}
	return code;
}

/* fold phrase[0..len) into p (at most max) and cut its predicates; its length */
static size_t
folded_rest(const PdMetricCatalog *cat, const char *phrase, size_t len, uint32_t *p,
			size_t max)
{
	size_t		n = pd_cat_fold(phrase, len, p, max);

	if (n > max)
		n = max;
	for (;;)
	{
		size_t		t = pd_cat_cut_one(cat, p, n, 0);

		if (t == n)
			return n;
		n = t;
	}
}

/*
 * pd_cat_share_named - the code of a share (or of its change in 百分点)
 * whose phrase names only its part, the whole being what the part is a part
 * of (share_names): the extractor gives 占常住人口的比重为63.96% the phrase of
 * the level before (城镇常住人口).  Not an industry's value added: its base,
 * which the phrase has lost, may be GDP (industry_structure) or the nation's
 * or the province's value added of the industry (占全国的20.24%: none).
 */
const char *
pd_cat_share_named(const PdMetricCatalog *cat, const char *phrase, size_t len)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	size_t		n = folded_rest(cat, phrase, len, p, PD_METRIC_PHRASE_MAX),
				i;

	for (i = 0; i < NWORDS(share_names); i++)
	{
		uint32_t	w[WORD_MAX];
		size_t		l = pd_cat_fold(share_names[i][0], strlen(share_names[i][0]), w, WORD_MAX);

		if (l <= n && l <= WORD_MAX && memcmp(p + n - l, w, l * sizeof(uint32_t)) == 0)
			return own_name(cat, share_names[i][1]);
	}
	return NULL;
}

/*
 * pd_cat_ellipsis - the code of the figure whose phrase (UTF-8) the matcher
 * read as code: where that is NULL and the phrase is a bare amount (成交额,
 * 金额: a measure of its own, four characters or fewer), the form that the
 * thing named before (cur->rest) and the amount make together, if it starts
 * in the thing (登记技术合同9023项，成交额490.69亿元: 技术合同成交额).  Every
 * other phrase that names something becomes the cursor's thing.
 */
const char *
pd_cat_ellipsis(PdMetricCatalogCursor *cur, const char *phrase, size_t len,
				const char *unit, PdMetricKind kind, const char *code)
{
	const PdMetricCatalog *cat = cur->cat;
	uint32_t	q[PD_METRIC_CURSOR_REST + BARE_AMOUNT_MAX];
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	uint32_t	u[WORD_MAX];
	size_t		n = folded_rest(cat, phrase, len, p, PD_METRIC_PHRASE_MAX),
				ulen = 0,
				st = 0;
	const Entry *hit;

	if (n == 0)
		return code;
	if (n > BARE_AMOUNT_MAX || !pd_cat_measure_head(p[n - 1]))
	{
		size_t		k = n > PD_METRIC_CURSOR_REST ? PD_METRIC_CURSOR_REST : n;

		memcpy(cur->rest, p + n - k, k * sizeof(uint32_t));
		cur->rest_len = k;
		return code;
	}
	if (code || cur->rest_len == 0)
		return code;
	memcpy(q, cur->rest, cur->rest_len * sizeof(uint32_t));
	memcpy(q + cur->rest_len, p, n * sizeof(uint32_t));
	if (unit)
		ulen = pd_cat_fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;
	hit = pd_cat_ending_at(cat, q, cur->rest_len + n, u, ulen, kind, &st);
	if (hit == NULL || st >= cur->rest_len)
		return NULL;
	return cat->codes[hit->code].name;
}
