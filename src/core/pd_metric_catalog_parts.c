/*-------------------------------------------------------------------------
 *
 * pd_metric_catalog_parts.c
 *	  The indicator catalog's reading of parts named by how they are built:
 *	  a sector or a region before the head measure of the total it breaks
 *	  down (采矿业投资, 第一产业完成投资, 东部地区投资), whose code is that
 *	  of the total the part lies within; a form that only ends a sector's
 *	  name (加工业投资 is not 工业投资).  No PostgreSQL headers; the word
 *	  tables are those of pd_metric_catalog_words.h.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_catalog_parts.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_catalog_int.h"

#include <string.h>

#define PART_MIN	2			/* characters a sector or region needs */
#define AMOUNT_AGAIN_MIN	3	/* characters of a total's amount named again
								 * (成交额, not 额 or 总额) */

/* cut_all - cut p[0..n)'s predicates while one is left; the length left */
static size_t
cut_all(const PdMetricCatalog *cat, const uint32_t *p, size_t n)
{
	for (;;)
	{
		size_t		t = pd_cat_cut_one(cat, p, n, 0);

		if (t == n)
			return n;
		n = t;
	}
}

/* the longest word of ws[0..nw) that ends p[0..n); 0 if none */
static size_t
tail_of(const char *const *ws, size_t nw, const uint32_t *p, size_t n)
{
	size_t		i,
				best = 0;

	for (i = 0; i < nw; i++)
	{
		uint32_t	w[WORD_MAX];
		size_t		l = pd_cat_fold(ws[i], strlen(ws[i]), w, WORD_MAX);

		if (l > best && l <= WORD_MAX && l <= n &&
			memcmp(p + n - l, w, l * sizeof(uint32_t)) == 0)
			best = l;
	}
	return best;
}

/* the parent of code in part_chain, or NULL */
static const char *
parent_of(const char *code)
{
	size_t		i;

	for (i = 0; i < NWORDS(part_chain); i++)
		if (strcmp(code, part_chain[i][0]) == 0)
			return part_chain[i][1];
	return NULL;
}

/*
 * within - does the sector that ends p[0..n) lie within the total of code?
 * A sector of sector_scopes lies within its code and that code's parents;
 * every sector lies within a code that has no parent (the whole).
 */
static int
within(const char *code, const uint32_t *p, size_t n)
{
	size_t		i,
				best = 0;
	const char *own = NULL;

	if (parent_of(code) == NULL)
		return 1;
	for (i = 0; i < NWORDS(sector_scopes); i++)
	{
		uint32_t	w[WORD_MAX];
		size_t		l = pd_cat_fold(sector_scopes[i][0], strlen(sector_scopes[i][0]),
									w, WORD_MAX);

		if (l > best && l <= WORD_MAX && l <= n &&
			memcmp(p + n - l, w, l * sizeof(uint32_t)) == 0)
		{
			best = l;
			own = sector_scopes[i][1];
		}
	}
	for (; own; own = parent_of(own))
		if (strcmp(own, code) == 0)
			return 1;
	return 0;
}

/* has code a form that ends with the head p[0..n)? */
static int
has_head(const PdMetricCatalog *cat, const char *code, const uint32_t *p, size_t n)
{
	size_t		i;

	for (i = 0; i < cat->capacity; i++)
	{
		const Entry *e = &cat->table[i];

		if (e->used && e->len >= n &&
			memcmp(cat->pool + e->off + e->len - n, p, n * sizeof(uint32_t)) == 0 &&
			strcmp(cat->codes[e->code].name, code) == 0)
			return 1;
	}
	return 0;
}

/* is code one of list[0..nl)? */
static int
code_in(const char *code, const char *const *list, size_t nl)
{
	size_t		i;

	for (i = 0; code && i < nl; i++)
		if (strcmp(code, list[i]) == 0)
			return 1;
	return 0;
}

/*
 * grouped - does a grouping mark (grouping_marks) stand in the last
 * GROUPING_REACH characters of p[0..n), with nothing after it, or an
 * industry (…业, not 企业) or products (产品): 高技术|产值, 高技术制造业|,
 * 高新技术产品|?
 */
static int
grouped(const uint32_t *p, size_t n)
{
	size_t		i,
				s;
	int			industry = n >= 1 && p[n - 1] == 0x4E1A /* 业 */ &&
		!(n >= 2 && p[n - 2] == 0x4F01 /* 企 */ );
	int			products = n >= 2 && p[n - 2] == 0x4EA7 /* 产 */ &&
		p[n - 1] == 0x54C1 /* 品 */ ;

	for (i = 0; i < NWORDS(grouping_marks); i++)
	{
		uint32_t	w[WORD_MAX];
		size_t		l = pd_cat_fold(grouping_marks[i], strlen(grouping_marks[i]), w, WORD_MAX);

		if (l == 0 || l > WORD_MAX || l > n)
			continue;
		for (s = n > GROUPING_REACH ? n - GROUPING_REACH : 0; s + l <= n; s++)
			if (memcmp(p + s, w, l * sizeof(uint32_t)) == 0 &&
				(s + l == n || industry || products))
				return 1;
	}
	return 0;
}

/* pd_cat_grouping - does p[0..n) name a grouping of industries (新兴产业)? */
int
pd_cat_grouping(const uint32_t *p, size_t n)
{
	return n > 0 && grouped(p, n);
}

/*
 * pd_cat_grouped_form - is the form hit, a form of industry's totals that
 * starts at p[start], said of a grouping of industries (高技术工业增加值,
 * 规模以上高技术制造业产值, 高新技术产品产值)?  Such a figure is none of
 * the totals.
 */
int
pd_cat_grouped_form(const PdMetricCatalog *cat, const uint32_t *p, size_t start,
					const char *code)
{
	(void) cat;
	return code_in(code, industry_totals, NWORDS(industry_totals)) && grouped(p, start);
}

/* the catalog's code if the figure's unit fits it, else NULL */
static const char *
fitting(const PdMetricCatalog *cat, const char *code, const char *unit, PdMetricKind kind)
{
	uint32_t	u[WORD_MAX];
	size_t		ulen = 0,
				i;

	if (unit)
		ulen = pd_cat_fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;
	for (i = 0; code && i < cat->ncodes; i++)
		if (strcmp(cat->codes[i].name, code) == 0)
			return pd_cat_unit_fits(cat, (PdUnitDim) cat->codes[i].dim, u, ulen, kind) ?
				cat->codes[i].name : NULL;
	return NULL;
}

/* does p[0..n) end with one of the three industries (第一产业, 二产)? */
static int
three_industry_end(const uint32_t *p, size_t n)
{
	size_t		i;

	for (i = 0; i < NWORDS(three_industries); i++)
		if (tail_of(&three_industries[i][0], 1, p, n) > 0)
			return 1;
	return 0;
}

/* is code one of seen[0..PD_METRIC_CURSOR_TOTALS), or one without a parent? */
static int
given(const char *code, const char *const *seen)
{
	size_t		i;

	if (parent_of(code) == NULL)
		return 1;
	for (i = 0; i < PD_METRIC_CURSOR_TOTALS; i++)
		if (seen[i] && strcmp(seen[i], code) == 0)
			return 1;
	return 0;
}

/*
 * pd_cat_inside_sector - does the form that starts at p[start] only end the
 * name of a sector (加工业投资, 化工业增加值: 工业 after 加 or 化)?
 */
int
pd_cat_inside_sector(const uint32_t *p, size_t start, const uint32_t *form, size_t flen)
{
	size_t		i;

	if (start == 0 || flen < 2 || form[0] != 0x5DE5 || form[1] != 0x4E1A)	/* 工业 */
		return 0;
	for (i = 0; i < NWORDS(sector_makers); i++)
	{
		uint32_t	w[WORD_MAX];

		if (pd_cat_fold(sector_makers[i], strlen(sector_makers[i]), w, WORD_MAX) == 1 &&
			p[start - 1] == w[0])
			return 1;
	}
	return 0;
}

/*
 * industry_total - the industry total (industry_totals) whose parts a
 * sector's output or value added (the head p[0..h)) are: base if it is one,
 * else the last of seen that is one with that head; NULL if none
 */
static const char *
industry_total(const PdMetricCatalog *cat, const char *base, const char *const *seen,
			   const uint32_t *head, size_t h)
{
	size_t		i;

	if (code_in(base, industry_totals, NWORDS(industry_totals)))
		return has_head(cat, base, head, h) ? base : NULL;
	for (i = 0; i < PD_METRIC_CURSOR_TOTALS; i++)
		if (seen[i] && code_in(seen[i], industry_totals, NWORDS(industry_totals)) &&
			has_head(cat, seen[i], head, h))
			return seen[i];
	return NULL;
}

/*
 * pd_cat_sector_part - the code of a figure whose phrase (its clause's text
 * before it, before bytes, read with it) names a sector or a region and the
 * head measure of a total (part_heads) and nothing else: 采矿业投资增长1.3倍,
 * 第三产业完成投资265亿元, 东部地区投资增长4.5%.  base is the code of the
 * last total the document gave (NULL when that had none: the parts of a
 * total without a code have none either).  The part takes base's code, or
 * that of the first of base's parents (part_chain) the sector lies within
 * and the document gave (seen, PD_METRIC_CURSOR_TOTALS codes) or that has
 * no parent: 第一产业投资 after 工业投资 is a part of fixed-asset investment,
 * 采矿业投资 after 工业投资 of industrial investment, 供应业投资 after
 * 制造业投资 of fixed-asset investment when no 工业投资 came before.  NULL
 * when the phrase is no such part or base has no form with that head;
 * *grouping is set when the phrase names a grouping of industries by a
 * criterion (高技术制造业增加值), none of the total's parts.
 */
const char *
pd_cat_sector_part(const PdMetricCatalog *cat, const char *phrase, size_t len, size_t before,
				   const char *unit, PdMetricKind kind, const char *base,
				   const char *const *seen, int *grouping)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	size_t		n,
				s0,
				h,
				j;
	const char *code;

	*grouping = 0;
	if (base == NULL || len == 0 || kind == PD_KIND_SHARE)
		return NULL;
	n = pd_cat_fold(phrase - before, before + len, p, PD_METRIC_PHRASE_MAX);
	if (n > PD_METRIC_PHRASE_MAX)
		return NULL;
	s0 = before > 0 ? pd_cat_fold(phrase - before, before, NULL, 0) : 0;
	for (;;)
	{
		size_t		t = pd_cat_cut_one(cat, p, n, s0);

		if (t == n)
			break;
		n = t;
	}
	if ((h = tail_of(part_heads, NWORDS(part_heads), p, n)) == 0 || n - h < s0)
		return NULL;
	n -= h;
	j = pd_cat_longest_tail(cat->joins, &cat->joins_ix, p, n, 0);
	n -= j;
	if (n < PART_MIN || tail_of(part_ends, NWORDS(part_ends), p, n) == 0)
		return NULL;
	/*
	 * 高新技术产业, 战略性新兴产业: a grouping across sectors, no part of the
	 * classification's totals (the three industries are)
	 */
	if (tail_of(grouping_ends, NWORDS(grouping_ends), p, n) > 0 &&
		!three_industry_end(p, n) &&
		tail_of(section_words, NWORDS(section_words), p, n) == 0)
		return NULL;
	/* 高技术制造业增加值: a grouping by a criterion (the cursor keeps its total) */
	if (grouped(p, n))
	{
		*grouping = 1;
		return NULL;
	}
	/* output or value added: an industrial sector's part of industry's total */
	if (tail_of(industry_heads, NWORDS(industry_heads), p + n + j, h) == h &&
		(tail_of(industry_sector_ends, NWORDS(industry_sector_ends), p, n) == 0 ||
		 (base = industry_total(cat, base, seen, p + n + j, h)) == NULL))
		return NULL;
	/*
	 * the part ends in the phrase or right where it begins (东部地区|投资:
	 * the extractor left the place out of the span), never earlier
	 */
	if (n < s0 && j == 0)
		return NULL;
	if (!has_head(cat, base, p + n + j, h))
		return NULL;
	code = base;
	while (!within(code, p, n) || (code != base && !given(code, seen)))
	{
		code = parent_of(code);
		if (code == NULL)
			return NULL;
	}
	return fitting(cat, code, unit, kind);
}

/*
 * listed_place - does p[0..n) end in a place name that a word listing
 * places in order stands right before (依次为天水市)?
 */
static int
listed_place(const uint32_t *p, size_t n)
{
	size_t		i,
				s;

	if (n < REGION_NAME_MIN ||
		tail_of(region_name_ends, NWORDS(region_name_ends), p, n) == 0)
		return 0;
	for (i = 0; i < NWORDS(region_list_words); i++)
	{
		uint32_t	w[WORD_MAX];
		size_t		l = pd_cat_fold(region_list_words[i], strlen(region_list_words[i]), w,
									WORD_MAX);

		if (l == 0 || l > WORD_MAX)
			continue;
		for (s = n > REGION_NAME_MAX + l ? n - REGION_NAME_MAX - l : 0;
			 s + l + REGION_NAME_MIN <= n; s++)
			if (memcmp(p + s, w, l * sizeof(uint32_t)) == 0)
				return 1;
	}
	return 0;
}

/*
 * pd_cat_region_part - the code of a figure that gives a region's part of
 * the last total (total: the cursor's), a growth rate or an amount whose
 * phrase, predicates cut, ends in a group of places (省份, 市州) or in a
 * place listed in order (依次为天水市): 增速较快的福建、广东分别增长19.7%和
 * 17.5% after 东部地区固定资产投资.  NULL if no such part, no total, or the
 * unit does not fit it.
 */
const char *
pd_cat_region_part(const PdMetricCatalog *cat, const char *phrase, size_t len,
				   const char *unit, PdMetricKind kind, const char *total)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	size_t		n;

	if (total == NULL || len == 0 || !pd_cat_is_total(unit, kind))
		return NULL;
	n = pd_cat_fold(phrase, len, p, PD_METRIC_PHRASE_MAX);
	if (n > PD_METRIC_PHRASE_MAX)
		return NULL;
	n = cut_all(cat, p, n);
	if (tail_of(region_group_words, NWORDS(region_group_words), p, n) == 0 &&
		!listed_place(p, n))
		return NULL;
	return fitting(cat, total, unit, kind);
}

/*
 * pd_cat_is_total - may the figure of this kind and unit be a total that
 * the parts after it break down: a level in money or a growth rate?
 */
int
pd_cat_is_total(const char *unit, PdMetricKind kind)
{
	if (kind == PD_KIND_GROWTH_RATE)
		return unit == NULL || strcmp(unit, "百分点") != 0;
	return kind == PD_KIND_LEVEL && pd_cat_is_money(unit);
}

/* pd_cat_is_money - is unit an amount of money (元, 美元, 新台币元 ...)? */
int
pd_cat_is_money(const char *unit)
{
	size_t		l = unit ? strlen(unit) : 0;

	return (l >= 3 && memcmp(unit + l - 3, "元", 3) == 0) ||
		(l >= 6 && memcmp(unit + l - 6, "台币", 6) == 0);
}

/*
 * pd_cat_note_total - the figure that the cursor just read is a total of
 * code (NULL: one without a code): the base of the parts after it, and,
 * with a code, one of the totals the document gave.
 */
void
pd_cat_note_total(PdMetricCatalogCursor *cur, const char *code)
{
	size_t		i;

	cur->total = code;
	if (code == NULL)
		return;
	for (i = 0; i < PD_METRIC_CURSOR_TOTALS; i++)
		if (cur->totals[i] && strcmp(cur->totals[i], code) == 0)
			return;
	memmove(cur->totals + 1, cur->totals, (PD_METRIC_CURSOR_TOTALS - 1) * sizeof(cur->totals[0]));
	cur->totals[0] = code;
}

/* does the UTF-8 word w occur in p[from..to)? */
static int
word_in_text(const char *w, const uint32_t *p, size_t from, size_t to)
{
	uint32_t	cp[WORD_MAX];
	size_t		l = pd_cat_fold(w, strlen(w), cp, WORD_MAX),
				i;

	if (l == 0 || l > WORD_MAX)
		return 0;
	for (i = from; i + l <= to; i++)
		if (p[i] == cp[0] && memcmp(p + i, cp, l * sizeof(uint32_t)) == 0)
			return 1;
	return 0;
}

/*
 * pd_cat_verb_object - the code a verb gives a count of a thing (verb_objects:
 * 签约 … 项目 is a count of signed projects): the phrase (with its clause's
 * text before it, before bytes) ends in the thing, its predicates and the
 * verb cut, and holds the verb.  NULL if no such pair, or the unit does not
 * fit the code.
 */
const char *
pd_cat_verb_object(const PdMetricCatalog *cat, const char *phrase, size_t len, size_t before,
				   const char *unit, PdMetricKind kind)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	uint32_t	u[WORD_MAX];
	size_t		n,
				whole,
				ulen = 0,
				i,
				k;

	if (len == 0 || (kind != PD_KIND_LEVEL && kind != PD_KIND_CHANGE))
		return NULL;
	whole = n = pd_cat_fold(phrase - before, before + len, p, PD_METRIC_PHRASE_MAX);
	if (n > PD_METRIC_PHRASE_MAX)
		return NULL;
	if (unit)
		ulen = pd_cat_fold(unit, strlen(unit), u, WORD_MAX);
	if (ulen > WORD_MAX)
		ulen = 0;
	for (i = 0; i < NWORDS(verb_objects); i++)
	{
		/* the verb first: rare, and the cutting below is dear */
		if (!word_in_text(verb_objects[i][0], p, 0, whole))
			continue;
		n = whole;
		for (;;)
		{
			size_t		t = pd_cat_cut_one(cat, p, n, 0);

			if (t == n && tail_of(&verb_objects[i][0], 1, p, n) > 0 &&
				tail_of(&verb_objects[i][0], 1, p, n) < n)
				t = n - tail_of(&verb_objects[i][0], 1, p, n);
			if (t == n)
				break;
			n = t;
		}
		if (tail_of(&verb_objects[i][1], 1, p, n) == 0)
			continue;
		for (k = 0; k < cat->ncodes; k++)
			if (strcmp(cat->codes[k].name, verb_objects[i][2]) == 0)
				return pd_cat_unit_fits(cat, (PdUnitDim) cat->codes[k].dim, u, ulen, kind) ?
					cat->codes[k].name : NULL;
	}
	return NULL;
}

/*
 * clause_has - does the phrase, with its clause's text before it (before
 * bytes), folded, hold one of the nw words ws?
 */
static int
clause_has(const Word *ws, size_t nw, const char *phrase, size_t len, size_t before)
{
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	size_t		n = pd_cat_fold(phrase - before, before + len, p, PD_METRIC_PHRASE_MAX);

	if (n > PD_METRIC_PHRASE_MAX)
		n = PD_METRIC_PHRASE_MAX;
	return pd_cat_word_in(ws, nw, p, 0, n);
}

/*
 * pd_cat_has_addition - does the phrase (with its clause's text before it)
 * count additions (新设立外商投资企业5024家)?  The growth rate after such a
 * count that names nothing of its own is the additions' growth, not the
 * stock's (…，同比增长106.5%).
 */
int
pd_cat_has_addition(const PdMetricCatalog *cat, const char *phrase, size_t len, size_t before)
{
	return clause_has(cat->additions, NWORDS(addition_words), phrase, len, before);
}

/*
 * pd_cat_sibling - the code a breakdown takes from code, the figure
 * before's, when its phrase's rest (p[0..n), predicates cut) names a part:
 * code itself if the part lies within it, else the first of code's parents
 * (part_chain) it lies within (政府属研究机构 after 企业R&D经费 is a part of
 * R&D spending, not of the enterprises').  n == 0 (no rest) keeps code.
 */
const char *
pd_cat_sibling(const PdMetricCatalog *cat, const char *code, const uint32_t *p, size_t n)
{
	const char *c = code;
	size_t		i;

	if (code == NULL || n == 0)
		return code;
	while (!within(c, p, n))
		if ((c = parent_of(c)) == NULL)
			return NULL;
	for (i = 0; i < cat->ncodes; i++)
		if (strcmp(cat->codes[i].name, c) == 0)
			return cat->codes[i].name;
	return NULL;
}

/*
 * pd_cat_performer - does the rest p[0..n) name a performer (performer_words)
 * whose part of a total a figure in money or a growth rate gives?
 */
int
pd_cat_performer(const uint32_t *p, size_t n, const char *unit, PdMetricKind kind)
{
	return (kind == PD_KIND_GROWTH_RATE || pd_cat_is_money(unit)) &&
		tail_of(performer_words, NWORDS(performer_words), p, n) > 0;
}

/*
 * pd_cat_names_within - does the phrase (with its clause's text before it)
 * say that it is a part of what came before (其中, 这些企业)?
 */
int
pd_cat_names_within(const PdMetricCatalog *cat, const char *phrase, size_t len, size_t before)
{
	return clause_has(cat->within, NWORDS(within_words), phrase, len, before);
}

/* pd_cat_by_industry - do releases break the total code down by industry? */
int
pd_cat_by_industry(const char *code)
{
	size_t		i;

	for (i = 0; code && i < NWORDS(by_industry_codes); i++)
		if (strcmp(code, by_industry_codes[i]) == 0)
			return 1;
	return 0;
}

/*
 * other_thing - does the thing the cursor named last (cur->rest) end in a
 * thing counted on its own (other_words) that the form f[0..fl) does not
 * hold?  A bare amount after it is that thing's (新签约项目12个，成交额…).
 */
static int
other_thing(const PdMetricCatalogCursor *cur, const uint32_t *f, size_t fl)
{
	size_t		l = tail_of(other_words, NWORDS(other_words), cur->rest, cur->rest_len),
				i;

	if (l == 0)
		return 0;
	for (i = 0; i + l <= fl; i++)
		if (memcmp(f + i, cur->rest + cur->rest_len - l, l * sizeof(uint32_t)) == 0)
			return 0;
	return 1;
}

/*
 * pd_cat_amount_again - the code of a figure whose phrase, predicates cut,
 * ends in the amount (额, 金额) of one of the document's last totals (the
 * cursor's totals, the latest first) named again by its last
 * AMOUNT_AGAIN_MIN characters or more, with or without a type, a seller or
 * a field before it: after 技术合同成交额, 合同成交额, 技术服务合同成交额,
 * 高校成交额 and 成交额 (after the contracts counted) are that total's, the
 * amount sharing its measure.  A bare amount after another thing counted
 * (新签约项目12个，成交额…) is that thing's.  Of several totals, the one
 * sharing most.  NULL if none shares so much, or the unit does not fit it.
 */
const char *
pd_cat_amount_again(const PdMetricCatalogCursor *cur, const char *phrase, size_t len,
					const char *unit, PdMetricKind kind)
{
	const PdMetricCatalog *cat = cur->cat;
	uint32_t	p[PD_METRIC_PHRASE_MAX];
	size_t		n,
				i,
				k,
				best = 0;
	const char *code = NULL;

	if (len == 0 || kind == PD_KIND_SHARE)
		return NULL;
	n = pd_cat_fold(phrase, len, p, PD_METRIC_PHRASE_MAX);
	if (n > PD_METRIC_PHRASE_MAX)
		return NULL;
	n = cut_all(cat, p, n);
	if (n < AMOUNT_AGAIN_MIN || tail_of(amount_words, NWORDS(amount_words), p, n) == 0)
		return NULL;
	for (k = 0; k < PD_METRIC_CURSOR_TOTALS && cur->totals[k]; k++)
		for (i = 0; i < cat->capacity; i++)
		{
			const Entry *e = &cat->table[i];
			const uint32_t *f = cat->pool + e->off;
			size_t		l = 0;

			if (!e->used || strcmp(cat->codes[e->code].name, cur->totals[k]) != 0)
				continue;
			while (l < e->len && l < n && f[e->len - 1 - l] == p[n - 1 - l])
				l++;
			if (l > best && !(l == n && other_thing(cur, f, e->len)))
			{
				best = l;
				code = cur->totals[k];
			}
		}
	return best >= AMOUNT_AGAIN_MIN ? fitting(cat, code, unit, kind) : NULL;
}
