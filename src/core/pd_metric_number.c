/*-------------------------------------------------------------------------
 *
 * pd_metric_number.c
 *	  Numbers in a sentence: the numeral span (Chinese, Arabic or mixed),
 *	  what makes it no quantity (dates, codes, ordinals, plan names, numbers
 *	  glued to letters), sign and currency symbol, qualifiers before, between
 *	  and after (超, 余, 以上), the unit, ranges (2-3家, 6%-8%) and rates
 *	  (万元/平方米): read_number, step by step.  The words it looks at around
 *	  a number are in pd_metric_number_words.c, the value in
 *	  pd_metric_number_value.c.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_number.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* What read_number learns about a numeral span. */
typedef struct NumInfo
{
	int			chinese_only;	/* no Arabic digit */
	int			lone_one;		/* 一 alone: an article (一批) */
	int			has_scale;		/* 万 亿, or 十 百 after Arabic digits */
	int			has_point;
	int			ndigits;		/* Arabic digits */
	const PdUnitWord *range_unit;	/* the lower end of 2-3家: the upper's unit */
	int			is_upper;		/* the upper end of a range */
} NumInfo;

/* ---------------------------------------------------------------------
 * The steps of read_number
 * --------------------------------------------------------------------- */

/*
 * numeral_start - does a numeral begin at i?
 *
 * Returns 0 and sets c->nstart (and c->percent_of for 百分之五十) if so;
 * else the index to go on from.  A bare scale word (百, 千, 万, 亿) opens a
 * number only after a qualifier (近百家, 超亿元), before 余 多 来 and a unit
 * (千余人) or, with 亿 or 兆, before money (百亿元).
 */
static int
numeral_start(const PdMetricWork *w, int i, Candidate *c)
{
	PdNumClass	cls = wcls(w, i);
	PdQualifier q = PD_QUAL_NONE;

	if ((w->cp[i] == CP_BAI || w->cp[i] == CP_QIAN) &&
		(word_at(w, i, W_PERCENT_OF) || word_at(w, i, W_PERMILLE_OF)) && i + 3 < w->n &&
		(is_cdigit(w->cp[i + 3]) || is_adigit(w->cp[i + 3]) ||
		 wcls(w, i + 3) == PD_NC_UNIT))
	{
		c->percent_of = w->cp[i] == CP_BAI ? 1 : 2;
		c->nstart = i + 3;
		return 0;
	}
	if (cls != PD_NC_DIGIT && cls != PD_NC_ADIGIT && cls != PD_NC_TENS &&
		cls != PD_NC_UNIT && cls != PD_NC_MYRIAD)
		return i + 1;
	if (vague_scale(w, i))
		return vague_end(w, i);	/* 数十亿元, 几百亿元, 十几亿元 */
	if (((cls == PD_NC_UNIT && w->cp[i] != CP_SHI && w->cp[i] != CP_SHI_FIN) ||
		 cls == PD_NC_MYRIAD) && !qual_before(w, i, &q) &&
		!bare_scale_money(w, i) && !bare_scale_approx(w, i))
		return span_end(w, i, 0);	/* its digits start no number either */
	c->nstart = i;
	return 0;
}

/* a short run of Arabic digits at i: its end, or i */
static int
short_digits(const PdMetricWork *w, int i, int max)
{
	int			j = i;

	while (j < w->n && j - i <= max && is_adigit(w->cp[j]))
		j++;
	return j - i > max ? i : j;
}

/*
 * fraction_at - a fraction at i read as a share: 1/8, 超过1/4, 三分之一
 *
 * Returns its end and fills c (unit %, c->fraction), or 0.  An Arabic
 * fraction must be proper and stand alone: 2024/9/6 is a date, 24/7 none.
 */
static int
fraction_at(const PdMetricWork *w, int i, Candidate *c)
{
	int			a,
				b,
				e;

	if (is_adigit(w->cp[i]))
	{
		if (i > 0 && (is_adigit(w->cp[i - 1]) || w->cp[i - 1] == '/' ||
					  w->cp[i - 1] == '.' || w->cp[i - 1] == '-' ||
					  is_latin(w->cp[i - 1])))
			return 0;
		a = short_digits(w, i, 3);
		if (a == i || a >= w->n || (w->cp[a] != '/' && w->cp[a] != CP_FW_SLASH))
			return 0;
		e = short_digits(w, a + 1, 3);
		if (e == a + 1 || (e < w->n && (w->cp[e] == '/' || w->cp[e] == CP_FW_SLASH ||
										w->cp[e] == '.' || is_latin(w->cp[e]))))
			return 0;
		/* proper: the numerator below the denominator */
		if (e - (a + 1) < a - i ||
			(e - (a + 1) == a - i &&
			 memcmp(wtext(w, i), wtext(w, a + 1), w->off[a] - w->off[i]) >= 0))
			return 0;
	}
	else if (is_cdigit(w->cp[i]) || w->cp[i] == CP_SHI)
	{
		for (a = i; a < w->n && a - i < 4 && is_month_digit(w->cp[a]); a++)
			;
		if (!word_at(w, a, W_FRACTION_OF))
			return 0;
		for (b = a + 2, e = b; e < w->n && e - b < 4 && is_month_digit(w->cp[e]); e++)
			;
		if (e == b)
			return 0;
	}
	else
		return 0;
	c->nstart = c->start = i;
	c->nend = c->end = e;
	c->unit = pd_unit_percent;
	c->fraction = 1;
	return e;
}

/*
 * half_at - 一半 or 半数 at i read as a share of 50 %: 近一半外资企业,
 * 半数以上, and 半成 as 5 % (台灣旅客佔半成); not 一半导体, 半成品, not after
 * a digit or a measure (一年半, 两个半)
 */
static int
half_at(const PdMetricWork *w, int i, Candidate *c)
{
	int			e;

	if (i + 1 >= w->n || (i > 0 && (wcls(w, i - 1) != PD_NC_NONE)))
		return 0;
	if (w->cp[i] == CP_YI && w->cp[i + 1] == CP_BAN &&
		!(i + 2 < w->n && w->cp[i + 2] == 0x5BFC /* 导 */))
		e = i + 2;
	else if (w->cp[i] == CP_BAN && w->cp[i + 1] == CP_SHU)
		e = i + 2;
	else if (w->cp[i] == CP_BAN && w->cp[i + 1] == PD_CP_CHENG &&
			 !(i + 2 < w->n && w->cp[i + 2] == 0x54C1 /* 品 */))
		e = i + 2;				/* 半成: 5 %, not 半成品 */
	else
		return 0;
	c->nstart = c->start = i;
	c->nend = c->end = e;
	c->unit = pd_unit_percent;
	c->fraction = w->cp[i + 1] == PD_CP_CHENG ? FRACTION_HALF_TENTH : FRACTION_HALF;
	return e;
}

/*
 * numeral_span - the end of the numeral that starts at c->nstart
 *
 * Stops before a scale character that begins a unit word (3.5万千瓦,
 * 10.1个百分点).  Returns -1 when the span is longer than MAX_NUM_CHARS
 * (a code); *skip then gets its end.
 */
static int
numeral_span(const PdMetricWork *w, const Candidate *c, NumInfo *ni, int *skip)
{
	int			j;

	for (j = c->nstart; j < w->n && j - c->nstart < MAX_NUM_CHARS &&
		 (span_continues(w, j) || space_before_scale(w, j)); j++)
	{
		PdNumClass	k = wcls(w, j);
		const PdUnitWord *u;

		if (j > c->nstart && (k == PD_NC_UNIT || k == PD_NC_MYRIAD) &&
			unit_at(w, j, &u) > 1)
			break;
		if (k == PD_NC_ADIGIT)
		{
			ni->chinese_only = 0;
			ni->ndigits++;
		}
		if (k == PD_NC_MYRIAD || (k == PD_NC_UNIT && !ni->chinese_only))
			ni->has_scale = 1;
		if (k == PD_NC_POINT || k == PD_NC_POINT_CN)
			ni->has_point = 1;
	}
	if (j - c->nstart >= MAX_NUM_CHARS)
	{
		*skip = span_end(w, j, 0);
		return -1;
	}
	return j;
}

/*
 * not_a_quantity - is the numeral [c->nstart, j) a date, a code, an
 * ordinal, a plan name or vague?  Sets ni->range_unit and ni->is_upper.
 */
static int
not_a_quantity(PdMetricWork *w, const Candidate *c, int i, int j, NumInfo *ni)
{
	int			ns = c->nstart;

	/* in a quote or title */
	if (w->fl[i] & (F_QUOTE | F_TITLE))
		return 1;
	/* 2-3家, 10至15家: the lower end borrows the upper end's unit */
	ni->range_unit = range_at(w, ns, j);
	ni->is_upper = (ns == w->range_next);
	if (!ni->range_unit && !ni->is_upper && glued(w, ns, j))
		return 1;
	if ((ni->range_unit || ni->is_upper) && ns > 0 &&
		(is_latin(w->cp[ns - 1]) || glued_before(w, ns, ni->is_upper)))
		return 1;
	/* after 第, 每, 前, or a code word; not 前18个自贸试验区, a count */
	if (table_before(w, c->start, PL_EXCL_BEFORE) && !first_items(w, c->start, j))
		return 1;
	if (!ni->chinese_only && after_code_word(w, c->start))
		return 1;
	/* a FORMAL character alone is a word (伍家岗区, 陆续, 参加), not a number */
	if (j - ns == 1 && pd_is_formal_numeral(w->cp[ns]))
		return 1;
	/* plan names 十三五 */
	if (ni->chinese_only && j - ns == 3 && w->cp[ns] == CP_SHI &&
		w->cp[ns + 2] == CP_WU)
		return 1;
	/* Arabic integers with a leading zero are codes */
	if (!ni->chinese_only && !ni->has_point && !ni->has_scale &&
		(w->cp[ns] == '0' || w->cp[ns] == CP_FW_ZERO) && ni->ndigits > 1)
		return 1;
	ni->lone_one = (j - ns == 1 && (w->cp[ns] == CP_YI || w->cp[ns] == CP_YI_FIN));
	/* 之一: "one of" */
	if (ni->lone_one && ns > 0 && w->cp[ns - 1] == CP_ZHI)
		return 1;
	/* vague: 十几年, 几十 */
	if (j < w->n && w->cp[j] == CP_JI)
		return 1;
	return 0;
}

/* a currency symbol or word or a sign right before: ￥300, $20, 新台币5亿元, 负0.2千米, -3 */
static void
sign_and_symbol(const PdMetricWork *w, Candidate *c, int is_upper)
{
	uint32_t	p,
				m;

	if (c->percent_of || c->start == 0)
		return;
	p = w->cp[c->start - 1];
	if (p == CP_FW_YEN || p == CP_YEN)
	{
		c->symbol_unit = "元";
		c->start--;
	}
	else if (p == '$' || p == CP_FW_DOLLAR)
	{
		c->symbol_unit = "美元";
		c->start--;
	}
	else
	{
		size_t		t = 0;
		int			l = table_before_idx(w, c->start, PL_CURRENCY_BEFORE, &t);

		/* 新台幣4.76兆元, 逾新台幣1000億元: the currency written before */
		if (l)
		{
			c->symbol_unit = pd_currency_before_units[t];
			c->start -= l;
		}
	}
	if (is_upper || c->start == 0)
		return;
	m = w->cp[c->start - 1];
	/* a minus after a digit or a percent sign is a range dash: 6%-8% */
	if (m == CP_FU ||
		((m == '-' || m == CP_MINUS) &&
		 (c->start < 2 || (!is_adigit(w->cp[c->start - 2]) &&
						   wcls(w, c->start - 2) != PD_NC_PERCENT))))
	{
		c->negative = 1;
		c->start--;
	}
}

/* 余, 多, 来 between number and unit, then maybe a scale (30余万元): the new k */
static int
between_words(const PdMetricWork *w, Candidate *c, int k, NumInfo *ni)
{
	PdQualifier q = PD_QUAL_NONE;
	const PdUnitWord *u;
	int			l = qual_word(w, k, PL_S_QUAL_BETWEEN, pd_qual_between, &q),
				kk = k + l;

	if (!l)
		return k;
	if (kk < w->n && wcls(w, kk) == PD_NC_MYRIAD)
	{
		c->extra_scale = kk;
		c->qual = q;
		ni->has_scale = 1;
		return kk + 1;
	}
	if (unit_at(w, kk, &u) && u->unit)
	{
		c->qual = q;
		return kk;
	}
	return k;
}

/*
 * magnitude - the decimal places of the integer part of the Arabic numeral
 * [a, b), scale words counted (3 654 100: 7, 1.2万: 5); -1 for Chinese digits
 */
static int
magnitude(const PdMetricWork *w, int a, int b)
{
	int			k,
				d = 0,
				point = 0;

	for (k = a; k < b; k++)
		if (is_adigit(w->cp[k]))
			d += !point;
		else if (wcls(w, k) == PD_NC_POINT)
			point = 1;
		else if (wcls(w, k) == PD_NC_MYRIAD)
			d += pd_numeral_scale(w->cp[k]);
		else if (is_cdigit(w->cp[k]))
			return -1;
	return d;
}

/*
 * level_reached - is the number [a, b) after 至 the level a change before
 * it reached (失業人數減少約2 700人至115 700人, 增加3900人至3654100人), not
 * the upper end of a range (增加2000人至3000人)?  The change has its verb
 * before it, and the level is a hundred times its size or more.
 */
static int
level_reached(const PdMetricWork *w, const Candidate *c, int a, int b)
{
	int			at = 0,
				what,
				m0 = magnitude(w, c->nstart, c->nend),
				m1 = magnitude(w, a, b);

	if (m0 < 0 || m1 < m0 + 2)
		return 0;
	what = find_kind(w, c->start, 0, &at);
	return what == PK_UP || what == PK_DOWN;
}

/* 6%-8%, 3倍至5倍: a range written with the unit on both ends after k */
static void
unit_range(PdMetricWork *w, Candidate *c, int k)
{
	const PdUnitWord *u;
	int			k2;

	if (k + 1 >= w->n || !is_range_conn(w->cp[k]) ||
		!(is_adigit(w->cp[k + 1]) || is_cdigit(w->cp[k + 1])))
		return;
	k2 = span_end(w, k + 1, 1);
	if ((w->cp[k] == CP_ZHI4 || w->cp[k] == CP_DAO) && level_reached(w, c, k + 1, k2))
	{
		w->reach_next = k + 1;
		return;
	}
	if (unit_at(w, k2, &u) && u == c->unit)
	{
		w->range_next = k + 1;
		if (c->qual == PD_QUAL_NONE)
			c->qual = PD_QUAL_AT_LEAST;
	}
}

/* after the unit at k: a range's second unit, a rate (万元/平方米), 半 */
static int
after_unit(PdMetricWork *w, Candidate *c, int k, const NumInfo *ni)
{
	unit_range(w, c, k);
	/* 2.5万元/平方米, 30微克/立方米: a rate */
	if (k + 1 < w->n && (w->cp[k] == '/' || w->cp[k] == CP_FW_SLASH))
	{
		const PdUnitWord *u;
		int			l = unit_at(w, k + 1, &u);

		if (l && u->unit && !(u->flags & (PU_PERCENT | PU_EXCLUDE)))
		{
			c->per = u;
			k += 1 + l;
		}
	}
	/* 两米半, 三斤半: and a half */
	if (k < w->n && w->cp[k] == CP_BAN &&
		(!(c->unit->flags & PU_PERCENT) || (c->unit->flags & PU_TENTH)) &&
		!ni->has_point)
	{
		c->half = 1;
		k++;
	}
	return k;
}

/* is the number a year (2021年, 二〇二一年, 民國112年) rather than a count of years? */
static int
is_year_date(const PdMetricWork *w, const Candidate *c, int j, int k,
			 const NumInfo *ni)
{
	int			ky = 0;

	if ((ni->ndigits == 4 && !ni->has_point && !ni->has_scale) ||
		(ni->chinese_only && j - c->nstart >= 3 && !ni->has_scale &&
		 wcls(w, c->nstart + 1) == PD_NC_DIGIT))
		return 1;
	/* 114年第4季, 公布的113年第三季: the year of a quarter (not 连续3年第一) */
	if (!ni->has_point && !ni->has_scale && k + 3 < w->n &&
		w->cp[k + 1] == 0x7B2C /* 第 */ && is_month_digit(w->cp[k + 2]) &&
		w->cp[k + 3] == 0x5B63 /* 季 */ )
		return 1;
	return year_number_at(w, c->nstart, &ky) && ky == k;
}

/* a rank word before the number in its clause: 位次前移7位 */
static int
rank_before(const PdMetricWork *w, int i)
{
	int			k;

	/* across the items of a list: 前移7位、8位和7位 */
	for (k = i; k > 0 && i - k < 16 && (!clause_break(w, k - 1) ||
										 w->cp[k - 1] == CP_IDEOGRAPHIC_COMMA); k--)
		if (table_before(w, k, PL_RANK_WORDS))
			return 1;
	return 0;
}

/*
 * unit_excluded - does the unit at k (l characters) make the number no
 * quantity: a name (三次会议, 两位数), a rank (前移7位), a span of time
 * (近3年, 两年平均) or a class of enterprises (500万元的企业)?
 */
static int
unit_excluded(const PdMetricWork *w, const Candidate *c, int k, int l)
{
	unsigned	f = c->unit->flags;

	if (table_at(w, k, PL_NAME_UNITS, NULL))
		return 1;
	/* 三类500强企业: the class of a ranking, not a count */
	if (w->cp[k] == 0x7C7B /* 类 */ && k + 1 < w->n && cf_has(w, k + 1, FC_DIGIT))
		return 1;
	if ((f & PU_RANKABLE) && rank_before(w, c->nstart))
		return 1;
	if ((f & PU_SPAN) && (table_before(w, c->nstart, PL_SPAN_BEFORE) ||
						  table_at(w, k + l, PL_SPAN_AFTER, NULL)))
		return 1;
	if ((f & PU_MONEY) && table_at(w, k + l, PL_CLASS_AFTER, NULL))
		return 1;
	if (((f & PU_PHYS) && name_spec(w, k + l)) || once_adverb(w, c, k, l) ||
		named_people(w, c, k, l))
		return 1;
	/* 三年内, 10年间, 两年前, 五年累计: a time frame, unless 连续 or 历时 counts it */
	if ((f & PU_SPAN) && c->unit->unit &&
		(strcmp(c->unit->unit, "年") == 0 || strcmp(c->unit->unit, "月") == 0) &&
		table_at(w, k + l, PL_TIMEFRAME_AFTER, NULL) &&
		!table_before(w, c->start, PL_SPAN_VERBS))
		return 1;
	return 0;
}

/*
 * 两成二, 9成2以上: a digit after 成 adds percent points; not one that starts
 * a number or a count of its own (九成2022年, 9成2家)
 */
static int
tenth_digit(const PdMetricWork *w, Candidate *c, int k)
{
	const PdUnitWord *u;
	int			v;

	if (k >= w->n || (k + 1 < w->n &&
					  (wcls(w, k + 1) == PD_NC_DIGIT || wcls(w, k + 1) == PD_NC_ADIGIT ||
					   wcls(w, k + 1) == PD_NC_UNIT || wcls(w, k + 1) == PD_NC_MYRIAD ||
					   ((w->cp[k + 1] == '.' || w->cp[k + 1] == ',') &&
						k + 2 < w->n && is_adigit(w->cp[k + 2])) ||
					   unit_at(w, k + 1, &u))))
		return k;
	if (wcls(w, k) == PD_NC_DIGIT && pd_numeral_class(w->cp[k], &v) == PD_NC_DIGIT)
		c->tenth_digit = v;
	else if (w->cp[k] >= '0' && w->cp[k] <= '9')
		c->tenth_digit = (int) (w->cp[k] - '0');
	else
		return k;
	return k + 1;
}

/*
 * score_unit - is 分 at k a score (综合判断分数38分, 增加1分, 91.9分)?  Only
 * after Arabic digits that no clock hour or colon precedes (9时30分), and
 * before no Han character but 的 (十分, 3分之1, 2分局, 1分钱 are none) unless
 * the number has a point (85.6分居首).
 */
static int
score_unit(const PdMetricWork *w, const Candidate *c, int k, const NumInfo *ni)
{
	uint32_t	p = c->nstart > 0 ? w->cp[c->nstart - 1] : 0,
				a = k + 1 < w->n ? w->cp[k + 1] : 0;

	if (ni->chinese_only || p == 0x70B9 /* 点 */ || p == 0x65F6 /* 时 */ ||
		p == ':' || p == CP_FW_COLON)
		return 0;
	/* a decimal score runs on into a verb: 以85.6分抛离次席, 79.3分居首 */
	if (ni->has_point && a != CP_ZHI && a != 0x949F /* 钟 */ && a != 0x94B1 /* 钱 */ )
		return 1;
	return a < CP_CJK_FIRST || a > 0x9FFF || a == CP_DE ||
		table_at(w, k + 1, PL_SCORE_TAILS, NULL);
}

/*
 * read_unit - the unit after the numeral [c->nstart, j), from k on
 *
 * Returns the index after the unit (and what follows it), or -1 when the
 * unit makes the number no quantity (a date, 13年 after 近, an article).
 */
static int
read_unit(PdMetricWork *w, Candidate *c, int j, int k, NumInfo *ni)
{
	int			l,
				ks = skip_unit_space(w, k);
	const PdUnitWord *u;

	if (ks != k && unit_at(w, ks, &u))
		k = ks;					/* 219 个 */
	l = unit_at(w, k, &c->unit);
	/* 平均逗留1.6日: days after one decimal digit, no date (3.15日) */
	if (l == 1 && (c->unit->flags & PU_EXCLUDE) && w->cp[k] == CP_RI &&
		ni->has_point && j - c->nstart >= 3 && w->cp[j - 2] == '.')
		c->unit = pd_unit_day;
	if (l && (c->unit->flags & PU_EXCLUDE))
		return -1;
	if (l && (c->unit->flags & PU_SCORE) && !score_unit(w, c, k, ni))
		l = 0, c->unit = NULL;
	if (l && (c->unit->flags & PU_TENTH) && !ni->chinese_only &&
		!ni->has_point && ni->ndigits > 1)
		l = 0, c->unit = NULL;	/* 10成? not a share */
	/* 2021年, 二〇二一年, 民國112年: a date; 13年: years */
	if (l && (c->unit->flags & PU_YEAR) && is_year_date(w, c, j, k, ni))
		return -1;
	/* 两个亿: 个 before a scale word is no unit */
	if (l == 1 && w->cp[k] == CP_GE && k + 1 < w->n &&
		wcls(w, k + 1) == PD_NC_MYRIAD && c->extra_scale < 0)
	{
		c->extra_scale = k + 1;
		ni->has_scale = 1;
		k += 2;
		l = unit_at(w, k, &c->unit);
		if (l && (c->unit->flags & PU_EXCLUDE))
			return -1;
	}
	if (l && unit_excluded(w, c, k, l))
		return -1;
	/* a lone 一 before a measure word is an article (一批, 一个): 一吨, 一成 are not */
	if (ni->lone_one && c->qual == PD_QUAL_NONE &&
		!(l && (c->unit->flags & (PU_PHYS | PU_MONEY | PU_PERCENT | PU_MULT))))
		return -1;
	if (l)
	{
		/* 6.42亿度: electricity */
		if ((c->unit->flags & PU_DEGREE) && ni->has_scale && pd_unit_kwh)
			c->unit = pd_unit_kwh;
		if (c->unit->flags & PU_TENTH)
			return after_unit(w, c, tenth_digit(w, c, k + l), ni);
		/* 1年4个月: one duration in months */
		if ((c->unit->flags & PU_SPAN) && strcmp(c->unit->unit, "年") == 0 &&
			!ni->has_point && !ni->has_scale &&
			(c->months = months_at(w, k + l, &k)) > 0)
		{
			c->unit = pd_unit_month;
			return after_unit(w, c, k, ni);
		}
		return after_unit(w, c, k + l, ni);
	}
	/* 郑州、洛阳、新乡三市: places of a level listed, counted */
	if (!ni->has_scale && !ni->has_point && (l = listed_places_at(w, c, k)) > 0)
	{
		c->unit = pd_unit_count;
		return after_unit(w, c, k + l, ni);
	}
	c->unit = NULL;
	if (name_spec(w, k) || version_label(w, c))
		return -1;				/* 3.5微米铜箔等, 计划2.0 */
	/* a bare number is a quantity only with a scale or a point, or as an index */
	if (!ni->has_scale && !ni->has_point && !c->symbol_unit &&
		!table_before(w, c->start, PL_INDEX_WORDS))
		return -1;
	/* bare 4-digit years: 2023中国..., © 2011 */
	if (k < w->n && is_latin(w->cp[k]))
		return -1;
	return k;
}

/*
 * 15亿元以上制造业企业, 500万元以上的企业: an amount with 以上 before the
 * noun it classifies is a class, not a figure
 */
static int
class_threshold(const PdMetricWork *w, const Candidate *c, int k)
{
	int			e;

	if (!c->unit || !(c->unit->flags & PU_MONEY) || c->qual_from != QF_AFTER)
		return 0;
	for (e = k; e < w->n && e - k < 8 && !clause_break(w, e); e++)
		if (table_at(w, e, PL_IND_STOPS, NULL) && e > k)
			return 0;
		else if (table_at(w, e, PL_CLASS_NOUNS, NULL))
			return 1;
	return 0;
}

/* does a number begin in [a, a + n) before the clause ends? */
static int
number_ahead(const PdMetricWork *w, int a, int n)
{
	int			e;

	for (e = a; e < w->n && e - a < n && !clause_break(w, e); e++)
		if (cf_has(w, e, FC_DIGIT))
			return 1;
	return 0;
}

/*
 * threshold_before_count - an amount or count with a qualifier that
 * classifies what a later number counts: 投资在10亿元以上的有114个,
 * 营业收入超过1亿元的高新技术企业有487家, 工业10亿以上企业15家,
 * 亿元以上新签约项目60个.  Not a share (超过六成的有效发明专利和七成的…).
 */
static int
threshold_before_count(const PdMetricWork *w, const Candidate *c, int k)
{
	int			e;

	if (c->qual == PD_QUAL_NONE || c->qual == PD_QUAL_APPROX ||
		(c->unit && (c->unit->flags & (PU_PERCENT | PU_MULT | PU_POINT | PU_SPAN))))
		return 0;
	if (k < w->n && w->cp[k] == CP_DE)
		return number_ahead(w, k + 1, 16);
	if (c->qual_from != QF_AFTER)
		return 0;
	for (e = k; e < w->n && e - k < 8 && !clause_break(w, e); e++)
	{
		int			l = table_at(w, e, PL_CLASS_NOUNS, NULL);

		if (l)
			return number_ahead(w, e + l, 16);
	}
	return 0;
}

/* qualifier after the unit: 1200人左右, 600个以上 */
static int
qualifier_after(const PdMetricWork *w, Candidate *c, int k)
{
	PdQualifier q = PD_QUAL_NONE;
	int			l = qual_word(w, k, PL_S_QUAL_AFTER, pd_qual_after, &q);

	/* 以上 in 硕士以上学历 belongs to the number only right after it */
	if (l && !(q == PD_QUAL_MORE_THAN && c->qual != PD_QUAL_NONE))
	{
		c->qual = q;
		c->qual_from = QF_AFTER;
		k += l;
	}
	return k;
}

/*
 * read_number - a quantity starting at i, or the end of a non-quantity
 *
 * Returns the index after what was consumed and sets *ok when c holds a
 * quantity.
 */
int
read_number(PdMetricWork *w, int i, Candidate *c, int *ok)
{
	NumInfo		ni;
	int			j,
				k,
				skip = 0;
	PdQualifier q = PD_QUAL_NONE;

	*ok = 0;
	memset(c, 0, sizeof(*c));
	memset(&ni, 0, sizeof(ni));
	c->extra_scale = -1;
	c->extra_scale_n = 0;
	c->months = -1;
	c->tenth_digit = -1;
	ni.chinese_only = 1;

	if (!(w->fl[i] & (F_QUOTE | F_TITLE)) &&
		((k = fraction_at(w, i, c)) > 0 || (k = half_at(w, i, c)) > 0))
	{
		if ((skip = qual_before(w, c->start, &q)) != 0)
		{
			c->start -= skip;
			c->qual = q;
			c->qual_from = QF_BEFORE;
		}
		c->end = qualifier_after(w, c, k);
		*ok = 1;
		return c->end;
	}
	if ((skip = numeral_start(w, i, c)) != 0)
		return skip;
	if ((j = numeral_span(w, c, &ni, &skip)) < 0)
		return skip;
	c->nend = j;
	c->start = c->percent_of ? i : c->nstart;
	c->reached = (c->nstart == w->reach_next);
	if (not_a_quantity(w, c, i, j, &ni))
		return j;
	sign_and_symbol(w, c, ni.is_upper);
	{
		int			qb = qual_before(w, c->start, &q);

		if (qb)
		{
			c->start -= qb;
			c->qual = q;
			c->qual_from = QF_BEFORE;
		}
	}

	k = c->percent_of ? j : between_words(w, c, j, &ni);
	if (c->percent_of)
		c->unit = pd_unit_percent;	/* 千分之四 = 0.4% */
	else if (ni.range_unit && k == j)
	{
		/* the lower end: raw is the number alone, the unit is the upper end's */
		c->unit = ni.range_unit;
		if (!ni.has_scale)		/* 3至5萬人: 3萬 */
			c->extra_scale = range_scale(w, c->nstart, j, &c->extra_scale_n);
		if (c->qual == PD_QUAL_NONE)
			c->qual = PD_QUAL_AT_LEAST;
		w->range_next = j + 1;
		c->end = k;
		*ok = 1;
		return k;
	}
	else if ((k = read_unit(w, c, j, k, &ni)) < 0)
		return j;

	k = qualifier_after(w, c, k);
	if (class_threshold(w, c, k) || threshold_before_count(w, c, k))
		return k;
	if (ni.is_upper && c->qual == PD_QUAL_NONE)
		c->qual = PD_QUAL_AT_MOST;
	c->end = k;
	*ok = 1;
	return k;
}
