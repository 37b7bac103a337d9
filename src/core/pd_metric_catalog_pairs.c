/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog_pairs.c
 *	  The indicator catalog's readings of a phrase that names two things: a
 *	  share named by the pair of indicators it divides, two things counted
 *	  together, a contribution to an indicator, and a gloss in brackets
 *	  after the indicator.  Called by pd_metric_catalog_match.c's find().
 *	  No PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog_pairs.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_catalog_int.h"

#include <string.h>

/* the catalog's own string of code, if it is one of its codes; *dim its dimension */
static const char *
own_code(const PdMetricCatalog *cat, const char *code, PdUnitDim *dim)
{
	size_t		i;

	for (i = 0; i < cat->ncodes; i++)
		if (strcmp(cat->codes[i].name, code) == 0)
		{
			*dim = (PdUnitDim) cat->codes[i].dim;
			return cat->codes[i].name;
		}
	return NULL;
}

/*
 * pd_cat_share_of - the code of a share of one indicator in another, named
 * by the pair (share_codes): p[0..n) ends in 比重 or, for a share, in 占 or 在
 * before the whole (高新技术产业产值在规模以上工业总产值中的比重, R&D经费内部
 * 支出占地区生产总值的比重, 研发总开支只占本地生产总值的0.76%).  Up to
 * SHARE_GAP characters (全市, 园区) may stand between 占 and the whole.
 * NULL if the pair has no code of its own or the figure does not fit it.
 */
#define SHARE_GAP	2
#define SHARE_ADVERBS	4		/* characters of predicates (目前只) cut before 占 */
const char *
pd_cat_share_of(const PdMetricCatalog *cat, const uint32_t *p, size_t n, const uint32_t *u,
				size_t ulen, PdMetricKind kind)
{
	size_t		e = n,
				sb = 0,
				sa = 0,
				i,
				k;
	int			in = 0;
	const Entry *a,
			   *b;

	if (e > cat->share.len &&
		memcmp(p + e - cat->share.len, cat->share.cp, cat->share.len * sizeof(uint32_t)) == 0)
		e -= cat->share.len;
	else if (kind != PD_KIND_SHARE)
		return NULL;
	if (e > 0 && p[e - 1] == 0x7684)	/* 的 */
		e--;
	if (e > 0 && p[e - 1] == 0x4E2D)	/* 中 */
	{
		e--;
		in = 1;
	}
	if ((b = pd_cat_ending_at(cat, p, e, NULL, 0, PD_KIND_LEVEL, &sb)) == NULL &&
		(k = pd_cat_longest_tail(cat->measures, &cat->measures_ix, p, e, 1)) > 0)
		b = pd_cat_ending_at(cat, p, e - k, NULL, 0, PD_KIND_LEVEL, &sb);
	if (b == NULL)
		return NULL;
	/* 占 (or 在 with 中 after the whole) before it */
	for (i = sb; i > 0 && i + SHARE_GAP + 1 > sb; i--)
		if (p[i - 1] == 0x5360 || (in && p[i - 1] == 0x5728))	/* 占 在 */
			break;
	if (i == 0 || i + SHARE_GAP + 1 <= sb)
		return NULL;
	/* the part ends before it, perhaps before adverbs (目前只占) */
	for (e = i - 1, a = NULL; e > 0 && e + SHARE_ADVERBS + 1 >= i; e -= k)
	{
		if ((a = pd_cat_ending_at(cat, p, e, NULL, 0, PD_KIND_LEVEL, &sa)) != NULL ||
			(k = pd_cat_longest_tail(cat->predicates, &cat->predicates_ix, p, e, 0)) == 0)
			break;
	}
	if (a == NULL || e + SHARE_ADVERBS + 1 < i)
		return NULL;
	for (i = 0; i < NWORDS(share_codes); i++)
	{
		PdUnitDim	d;
		const char *code;

		if (strcmp(cat->codes[a->code].name, share_codes[i][0]) != 0 ||
			strcmp(cat->codes[b->code].name, share_codes[i][1]) != 0)
			continue;
		code = own_code(cat, share_codes[i][2], &d);
		return code && pd_cat_unit_fits(cat, d, u, ulen, kind) ? code : NULL;
	}
	return NULL;
}

/*
 * pd_cat_combined - is the form that starts at p[start] the second of two
 * things counted or summed together (工程技术研究中心和重点实验室41家, 独角兽及准
 * 独角兽企业, 产业投资和工业增加值年均增长)?  A conjunction touches it and
 * what stands before the conjunction is a form, a measure or a thing
 * counted.  The figure is of neither alone.  Not when the text before is
 * the noun of the figure before (总投资86亿元|的电池项目和总投资42亿元: 的
 * within its first three characters, after the unit): each thing has its
 * own figure.
 */
int
pd_cat_combined(const PdMetricCatalog *cat, const uint32_t *p, size_t start)
{
	size_t		e,
				s = 0;
	uint32_t	c;

	if (start < 2)
		return 0;
	/* the clause begins after the figure before's unit: 亿元|的…项目和 */
	for (e = 0; e < 3 && e < start; e++)
		if (p[e] == 0x7684)		/* 的 */
			return 0;
	c = p[start - 1];
	if (c != 0x548C && c != 0x53CA && c != 0x4E0E)	/* 和 及 与 */
		return 0;
	e = start - 1;
	if (e >= 2 && p[e - 1] == 0x4EE5 && c == 0x53CA)	/* 以及 */
		e--;
	return pd_cat_ending_at(cat, p, e, NULL, 0, PD_KIND_LEVEL, &s) != NULL ||
		pd_cat_measure_head(p[e - 1]) ||
		pd_cat_longest_tail(cat->others, &cat->others_ix, p, e, 0) > 0 ||
		pd_cat_longest_tail(cat->bodies, &cat->bodies_ix, p, e, 0) > 0;
}

/*
 * pd_cat_contribution_in - does p[from..n) say 贡献 or 拉动?  A figure in %
 * or 百分点 said so is something's contribution to an indicator (消费对经济增长的贡献
 * 保持在60%, 投资拉动经济增长1.3个百分点), not the indicator's own figure.
 */
int
pd_cat_contribution_in(const uint32_t *p, size_t from, size_t n)
{
	size_t		i;

	for (i = from; i + 1 < n; i++)
		if ((p[i] == 0x8D21 && p[i + 1] == 0x732E) ||	/* 贡献 */
			(p[i] == 0x62C9 && p[i + 1] == 0x52A8))		/* 拉动 */
			return 1;
	return 0;
}

/* is u[0..ulen) % or 百分点, the units of a contribution? */
int
pd_cat_contribution_unit(const PdMetricCatalog *cat, const uint32_t *u, size_t ulen)
{
	return (ulen == 1 && u[0] == '%') ||
		(ulen == cat->points.len && memcmp(u, cat->points.cp, ulen * sizeof(uint32_t)) == 0);
}

/*
 * pd_cat_gloss_start - where a gloss in brackets at the end of phrase[0..len)
 * begins (研究与试验发展经费投入强度(与国内生产总值之比)): its last opening
 * bracket, when the phrase ends with the closing one or none follows; len
 * if there is none or nothing stands before it.
 */
size_t
pd_cat_gloss_start(const char *phrase, size_t len)
{
	size_t		i;

	for (i = len; i > 0; i--)
	{
		const unsigned char *c = (const unsigned char *) phrase + i - 1;

		if (*c == ')' || (i >= 3 && c[-2] == 0xEF && c[-1] == 0xBC && *c == 0x89))	/* ） */
		{
			if (i != len)
				return len;		/* a bracket closed inside: R&D in (R&D)经费 */
		}
		else if (*c == '(')
			return i - 1 > 0 ? i - 1 : len;
		else if (i >= 3 && c[-2] == 0xEF && c[-1] == 0xBC && *c == 0x88)	/* （ */
			return i - 3 > 0 ? i - 3 : len;
	}
	return len;
}

/*
 * pd_cat_gloss_before - the bytes of an opening bracket that ends
 * text[-before..0), the clause before a span that begins inside a gloss
 * (固定资产投资（|不含农户）), with something before the bracket; 0 if none.
 */
size_t
pd_cat_gloss_before(const char *text, size_t before)
{
	const unsigned char *c = (const unsigned char *) text;

	if (before > 1 && c[-1] == '(')
		return 1;
	if (before > 3 && c[-3] == 0xEF && c[-2] == 0xBC && c[-1] == 0x88)	/* （ */
		return 3;
	return 0;
}
