/*-------------------------------------------------------------------------
 *
 * pd_metric_number.c
 *	  Numbers in a sentence: the numeral span (Chinese, Arabic or mixed),
 *	  what makes it no quantity (dates, codes, ordinals, plan names, numbers
 *	  glued to letters), sign and currency symbol, qualifiers before, between
 *	  and after (超, 余, 以上), the unit, ranges (2-3家, 6%-8%), rates
 *	  (万元/平方米), and the exact value through the numeral parser.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_number.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

static int	unit_at(const PdMetricWork *w, int i, const PdUnitWord **u);

/* the unit word of 千瓦时, for 6.42亿度 */
const PdUnitWord *pd_unit_kwh = NULL;

/* pd_metric_number_init - the first characters of the unit words */
void
pd_metric_number_init(void)
{
	size_t		i;

	for (i = 0; i < pd_n_unit_words; i++)
	{
		fc_set(FC_UNIT, pd_unit_words[i].word, 0);
		if (!pd_unit_kwh && pd_unit_words[i].unit &&
			strcmp(pd_unit_words[i].unit, "千瓦时") == 0)
			pd_unit_kwh = &pd_unit_words[i];
	}
}

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
 * Decimal strings
 * --------------------------------------------------------------------- */

/* times_ten - multiply a plain decimal string by 10, in place */
static void
times_ten(char *v, size_t cap)
{
	char	   *dot = strchr(v, '.');
	size_t		l = strlen(v);
	char	   *s,
			   *q;

	if (!dot)
	{
		if (strcmp(v, "0") == 0 || strcmp(v, "-0") == 0 || l + 2 > cap)
			return;
		v[l] = '0';
		v[l + 1] = '\0';
		return;
	}
	/* move the point one place right */
	dot[0] = dot[1];
	dot[1] = '.';
	if (dot[2] == '\0')
		dot[1] = '\0';
	/* strip leading zeros of the integer part ("05" -> "5") */
	s = v + (v[0] == '-');
	q = s;
	while (q[0] == '0' && q[1] != '\0' && q[1] != '.')
		q++;
	if (q != s)
		memmove(s, q, strlen(q) + 1);
}

static void
negate(char *v, size_t cap)
{
	size_t		l = strlen(v);

	if (v[0] == '-' || strcmp(v, "0") == 0 || l + 2 > cap)
		return;
	memmove(v + 1, v, l + 1);
	v[0] = '-';
}

/* ---------------------------------------------------------------------
 * Words around the number
 * --------------------------------------------------------------------- */

/* can character i continue the numeral span that ends at i-1? */
static int
span_continues(const PdMetricWork *w, int i)
{
	switch (wcls(w, i))
	{
		case PD_NC_DIGIT:
		case PD_NC_ADIGIT:
		case PD_NC_UNIT:
		case PD_NC_MYRIAD:
		case PD_NC_TENS:
			return 1;
		case PD_NC_POINT:
			return i > 0 && is_adigit(w->cp[i - 1]) && i + 1 < w->n &&
				is_adigit(w->cp[i + 1]);
		case PD_NC_POINT_CN:
			/* 三点五, 十点四 */
			return i > 0 && (is_cdigit(w->cp[i - 1]) ||
							 wcls(w, i - 1) == PD_NC_UNIT) &&
				i + 1 < w->n && is_cdigit(w->cp[i + 1]);
		case PD_NC_COMMA:
			if (i > 0 && is_adigit(w->cp[i - 1]) && i + 3 < w->n &&
				is_adigit(w->cp[i + 1]) && is_adigit(w->cp[i + 2]) &&
				is_adigit(w->cp[i + 3]))
				return i + 4 >= w->n || !is_adigit(w->cp[i + 4]);
			return 0;
		default:
			return 0;
	}
}

/*
 * space_before_scale - is character i a space between Arabic digits and a
 * scale word (1115.2 亿元, 12 万人), which the numeral parser reads too?
 */
static int
space_before_scale(const PdMetricWork *w, int i)
{
	const PdUnitWord *u;
	PdNumClass	k;

	if (i == 0 || i + 1 >= w->n || !is_space(w->cp[i]) || w->cp[i] == '\n' ||
		w->cp[i] == '\r' || !is_adigit(w->cp[i - 1]))
		return 0;
	k = wcls(w, i + 1);
	return (k == PD_NC_MYRIAD || (k == PD_NC_UNIT && w->cp[i + 1] != CP_SHI)) &&
		unit_at(w, i + 1, &u) <= 1;
}

/* one space after Arabic digits before their unit: 219 个, 23 % */
static int
skip_unit_space(const PdMetricWork *w, int k)
{
	uint32_t	c;

	if (k <= 0 || k + 1 >= w->n)
		return k;
	c = w->cp[k];
	if (is_space(c) && c != '\n' && c != '\r' && is_adigit(w->cp[k - 1]) &&
		!is_space(w->cp[k + 1]))
		return k + 1;
	return k;
}

/* the end of the numeral span at i (at most MAX_NUM_CHARS long when bounded) */
static int
span_end(const PdMetricWork *w, int i, int bounded)
{
	int			j = i;

	while (j < w->n && (!bounded || j - i < MAX_NUM_CHARS) && span_continues(w, j))
		j++;
	return j;
}

/* longest unit word at i (after the blockers); returns characters */
static int
unit_at(const PdMetricWork *w, int i, const PdUnitWord **u)
{
	size_t		t = 0;
	int			best;

	*u = NULL;
	if (i >= w->n || !cf_has(w, i, FC_UNIT))
		return 0;
	/* 2.4亿人才: a word that begins like a unit hides it */
	if (table_at(w, i, PL_UNIT_BLOCKERS, NULL))
		return 0;
	if ((best = table_at(w, i, PL_S_UNITS, &t)) == 0)
		return 0;
	*u = &pd_unit_words[t];
	/* a Latin unit must not run on into a longer Latin word */
	if (is_latin(w->cp[i]) && i + best < w->n && is_latin(w->cp[i + best]))
	{
		*u = NULL;
		return 0;
	}
	return best;
}

/* the longest qualifier of a struct table at i (list l over tab) */
static int
qual_word(const PdMetricWork *w, int i, PdList l, const PdQualWord *tab,
		  PdQualifier *q)
{
	size_t		t = 0;
	int			best = table_at(w, i, l, &t);

	if (best)
		*q = (PdQualifier) tab[t].qual;
	return best;
}

/* qual_before - the longest qualifier (约, 超过 ...) ending right before i */
int
qual_before(const PdMetricWork *w, int i, PdQualifier *q)
{
	size_t		t = 0;
	int			best = table_before_idx(w, i, PL_S_QUAL_BEFORE, &t);

	/* an entry without a qualifier hides the shorter ones (打破 over 破) */
	if (!best || pd_qual_before[t].qual == PD_QUAL_NONE)
		return 0;
	*q = (PdQualifier) pd_qual_before[t].qual;
	return best;
}

static int
is_code_joiner(uint32_t c)
{
	return c == '+' || c == CP_FW_PLUS || c == '*' || c == '=';
}

/* is the number at [i, j) glued to a code: 5G, 400-0123, 2+2, 10:30 ... */
static int
glued(const PdMetricWork *w, int i, int j)
{
	uint32_t	p = i > 0 ? w->cp[i - 1] : 0;
	uint32_t	pp = i > 1 ? w->cp[i - 2] : 0;
	uint32_t	n = j < w->n ? w->cp[j] : 0;
	uint32_t	nn = j + 1 < w->n ? w->cp[j + 1] : 0;

	if (is_latin(p) || p == '_' || p == '@' || p == '/' || p == CP_FW_SLASH)
		return 1;
	if (is_code_joiner(p) && i > 1)
		return 1;
	if (is_code_joiner(n) || n == '@' || n == '_')
		return 1;
	/* digit groups joined by - : . / or a space: dates, phones, clock times */
	if ((p == '-' || p == CP_FW_HYPHEN || p == ':' || p == CP_FW_COLON ||
		 p == '.' || p == '/' || p == ' ') && is_adigit(pp))
		return 1;
	if ((n == '-' || n == CP_FW_HYPHEN || n == ':' || n == CP_FW_COLON ||
		 n == '/' || n == CP_FW_SLASH || n == ' ' || n == '.') &&
		is_adigit(nn) && is_adigit(w->cp[j - 1]))
		return 1;
	return 0;
}

/* glued on the left only (for the two ends of a range) */
static int
glued_before(const PdMetricWork *w, int i, int is_upper)
{
	uint32_t	p = i > 0 ? w->cp[i - 1] : 0;
	uint32_t	pp = i > 1 ? w->cp[i - 2] : 0;

	if (is_upper)
		return 0;
	if (p == '_' || p == '@' || p == '/' || p == CP_FW_SLASH || p == '+' ||
		p == CP_FW_PLUS)
		return 1;
	return (p == '-' || p == ':' || p == '.' || p == ' ') && is_adigit(pp);
}

/* a code word (邮编, 电话, ICP ...) just before i, separators skipped */
static int
after_code_word(const PdMetricWork *w, int i)
{
	int			k = i;

	while (k > 0 && i - k < 4 &&
		   (w->cp[k - 1] == ':' || w->cp[k - 1] == CP_FW_COLON ||
			is_space(w->cp[k - 1]) || w->cp[k - 1] == '-' ||
			is_latin(w->cp[k - 1]) || w->cp[k - 1] == CP_LLENS ||
			w->cp[k - 1] == CP_RLENS))
	{
		if (table_before(w, k, PL_CODE_WORDS))
			return 1;
		k--;
	}
	return table_before(w, k, PL_CODE_WORDS) > 0;
}

int
is_range_conn(uint32_t c)
{
	return c == '-' || c == CP_FW_HYPHEN || c == CP_EM_DASH || c == CP_EN_DASH ||
		c == '~' || c == CP_FW_TILDE || c == CP_ZHI4 || c == CP_DAO;
}

/*
 * range_at - is [i, j) the lower end of a range 2-3家 / 10至15家?
 *
 * Returns the upper end's unit when a connector at j is followed by a
 * number with a unit that makes it a quantity, else NULL.
 */
static const PdUnitWord *
range_at(const PdMetricWork *w, int i, int j)
{
	const PdUnitWord *u = NULL;
	int			k;
	PdNumClass	c;

	if (j + 1 >= w->n || !is_range_conn(w->cp[j]))
		return NULL;
	c = wcls(w, j + 1);
	if (c != PD_NC_DIGIT && c != PD_NC_ADIGIT && c != PD_NC_TENS &&
		!(c == PD_NC_UNIT && w->cp[j + 1] == CP_SHI))
		return NULL;
	/* both ends in the same script: 2-3, 两到三, 50亿至60亿 */
	if ((is_adigit(w->cp[i]) != 0) != (is_adigit(w->cp[j + 1]) != 0))
		return NULL;
	k = span_end(w, j + 1, 1);
	if (!unit_at(w, k, &u) || !u->unit || (u->flags & (PU_EXCLUDE | PU_PERCENT)))
		return NULL;
	/* 3-5年 is a span of years, 2021-2025年 a period */
	if ((u->flags & PU_YEAR) && k - (j + 1) >= 4)
		return NULL;
	/* a further connector: 400-0123-021, a date */
	if (k < w->n && is_range_conn(w->cp[k]) && w->cp[k] != CP_ZHI4 &&
		w->cp[k] != CP_DAO)
		return NULL;
	return u;
}

/* ---------------------------------------------------------------------
 * The steps of read_number
 * --------------------------------------------------------------------- */

/*
 * 百亿元, 万亿元, 兆元: a bare scale word with 亿 or 兆 before money, written
 * [十百千]?万?[亿兆]
 */
static int
bare_scale_money(const PdMetricWork *w, int i)
{
	const PdUnitWord *u;
	int			j = i;

	if (j < w->n && wcls(w, j) == PD_NC_UNIT)
		j++;
	if (j < w->n && w->cp[j] == CP_WAN)
		j++;
	if (j >= w->n || wcls(w, j) != PD_NC_MYRIAD || w->cp[j] == CP_WAN)
		return 0;
	j++;
	return unit_at(w, j, &u) && (u->flags & PU_MONEY);
}

/*
 * numeral_start - does a numeral begin at i?
 *
 * Returns 0 and sets c->nstart (and c->percent_of for 百分之五十) if so;
 * else the index to go on from.  A bare scale word (百, 千, 万, 亿) opens a
 * number only after a qualifier (近百家, 超亿元) or, with 亿 or 兆, before
 * money (百亿元).
 */
static int
numeral_start(const PdMetricWork *w, int i, Candidate *c)
{
	PdNumClass	cls = wcls(w, i);
	PdQualifier q = PD_QUAL_NONE;

	if ((w->cp[i] == CP_BAI || w->cp[i] == CP_QIAN) &&
		(word_at(w, i, "百分之") || word_at(w, i, "千分之")) && i + 3 < w->n &&
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
	if (((cls == PD_NC_UNIT && w->cp[i] != CP_SHI && w->cp[i] != CP_SHI_FIN) ||
		 cls == PD_NC_MYRIAD) && !qual_before(w, i, &q) &&
		!bare_scale_money(w, i))
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
		if (!word_at(w, a, "分之"))
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
	/* after 第, 每, 前, or a code word */
	if (table_before(w, c->start, PL_EXCL_BEFORE))
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

/* a currency symbol or a sign right before: ￥300, $20, 负0.2千米, -3 */
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
	if ((f & PU_RANKABLE) && rank_before(w, c->nstart))
		return 1;
	if ((f & PU_SPAN) && (table_before(w, c->nstart, PL_SPAN_BEFORE) ||
						  table_at(w, k + l, PL_SPAN_AFTER, NULL)))
		return 1;
	if ((f & PU_MONEY) && table_at(w, k + l, PL_CLASS_AFTER, NULL))
		return 1;
	return 0;
}

/* 两成二: a digit after 成 adds percent points */
static int
tenth_digit(const PdMetricWork *w, Candidate *c, int k)
{
	int			v;

	if (k < w->n && wcls(w, k) == PD_NC_DIGIT &&
		!(k + 1 < w->n && (wcls(w, k + 1) == PD_NC_DIGIT ||
						   wcls(w, k + 1) == PD_NC_ADIGIT ||
						   wcls(w, k + 1) == PD_NC_UNIT ||
						   wcls(w, k + 1) == PD_NC_MYRIAD)) &&
		pd_numeral_class(w->cp[k], &v) == PD_NC_DIGIT)
	{
		c->tenth_digit = v;
		return k + 1;
	}
	return k;
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
	if (l && (c->unit->flags & PU_EXCLUDE))
		return -1;
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
		return after_unit(w, c, k + l, ni);
	}
	c->unit = NULL;
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
	c->tenth_digit = -1;
	ni.chinese_only = 1;

	if (!(w->fl[i] & (F_QUOTE | F_TITLE)) && (k = fraction_at(w, i, c)) > 0)
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
	if (class_threshold(w, c, k))
		return k;
	if (ni.is_upper && c->qual == PD_QUAL_NONE)
		c->qual = PD_QUAL_AT_MOST;
	c->end = k;
	*ok = 1;
	return k;
}

/* divide a plain decimal string by 10, in place: 4 -> 0.4 (千分之四 in %) */
static void
tenth_of(char *v, size_t cap)
{
	char	   *s = v + (v[0] == '-');
	char	   *dot = strchr(s, '.');
	size_t		ip = dot ? (size_t) (dot - s) : strlen(s),
				l = strlen(v);

	if (strcmp(s, "0") == 0 || l + 3 > cap)
		return;
	if (ip == 1)
	{
		/* d[.fff] -> 0.d[fff] */
		memmove(s + 2, s, strlen(s) + 1);
		s[0] = '0';
		s[1] = '.';
		if (dot)
			memmove(s + 3, s + 4, strlen(s + 4) + 1);	/* drop the old point */
	}
	else
	{
		/* dd[.fff] -> d.d[fff] */
		if (dot)
			memmove(dot, dot + 1, strlen(dot + 1) + 1);
		memmove(s + ip, s + ip - 1, strlen(s + ip - 1) + 1);
		s[ip - 1] = '.';
	}
	/* no trailing fractional zeros */
	l = strlen(v);
	while (l > 0 && v[l - 1] == '0' && strchr(v, '.'))
		v[--l] = '\0';
	if (l > 0 && v[l - 1] == '.')
		v[--l] = '\0';
}

/* a plain non-negative integer string of at most 18 digits: its value, or -1 */
static long long
small_integer(const char *s, size_t n)
{
	long long	v = 0;
	size_t		i;

	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* write a non-negative integer in decimal; returns its length */
static int
put_integer(char *out, long long v, int min_digits)
{
	char		tmp[24];
	int			n = 0,
				k;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0 && n < (int) sizeof(tmp));
	while (n < min_digits && n < (int) sizeof(tmp))
		tmp[n++] = '0';
	for (k = 0; k < n; k++)
		out[k] = tmp[n - 1 - k];
	out[n] = '\0';
	return n;
}

/*
 * quotient_percent - N/M as a percentage with at most 6 decimals, rounded
 * half up (1/8 -> 12.5, 1/3 -> 33.333333), written over q.  Returns 0 for
 * what it cannot read.
 */
static int
quotient_percent(char *q, size_t cap)
{
	char	   *slash = strchr(q, '/');
	long long	n,
				m,
				whole,
				frac;
	char		buf[64];
	int			len,
				k;

	if (!slash || q[0] == '-' || strchr(q, '+') || cap < sizeof(buf))
		return 0;
	n = small_integer(q, (size_t) (slash - q));
	m = small_integer(slash + 1, strlen(slash + 1));
	if (n < 0 || m <= 0 || n > 1000000000LL || m > 1000000000LL)
		return 0;
	/* 100 n / m in millionths, rounded */
	frac = (n * 100 * 1000000 * 2 / m + 1) / 2;
	whole = frac / 1000000;
	frac %= 1000000;
	len = put_integer(buf, whole, 1);
	buf[len++] = '.';
	len += put_integer(buf + len, frac, 6);
	for (k = len - 1; k > 0 && buf[k] == '0'; k--)
		buf[k] = '\0';
	if (buf[k] == '.')
		buf[k] = '\0';
	memcpy(q, buf, strlen(buf) + 1);
	return 1;
}

/* add a small non-negative integer to an integer string (两成二: 20 + 2) */
static void
add_digit(char *v, size_t cap, int d)
{
	long long	x = small_integer(v, strlen(v));

	if (x >= 0 && cap > 24)
		put_integer(v, x + d, 1);
}

/* the numeral of c in w->numbuf (a bare 亿 as 一亿, 30余万 as 30万); its length */
static size_t
numeral_text(PdMetricWork *w, const Candidate *c)
{
	size_t		a = w->off[c->nstart],
				n = w->off[c->nend] - a;

	if (n + 8 > sizeof(w->numbuf))
		return 0;
	memcpy(w->numbuf, w->doc + a, n);
	/* 近百家, 超亿元: a bare scale word means one of it */
	if ((wcls(w, c->nstart) == PD_NC_UNIT || wcls(w, c->nstart) == PD_NC_MYRIAD) &&
		w->cp[c->nstart] != CP_SHI && w->cp[c->nstart] != CP_SHI_FIN)
	{
		memmove(w->numbuf + 3, w->numbuf, n);
		memcpy(w->numbuf, "一", 3);
		n += 3;
	}
	if (c->extra_scale >= 0)
	{
		size_t		sa = w->off[c->extra_scale],
					sl = w->off[c->extra_scale + 1] - sa;

		memcpy(w->numbuf + n, w->doc + sa, sl);
		n += sl;
	}
	w->numbuf[n] = '\0';
	return n;
}

/*
 * make_value - the exact value of the candidate as a decimal string
 *
 * Writes w->value.  The numeral is read by the numeral parser exactly as
 * cn_numeral_to_numeric reads it, then put in the figure's unit (percent
 * points for 成, 千分之 and fractions).  Returns 0 if the parser rejects
 * the span or gives a quotient where none is expected.
 */
int
make_value(PdMetricWork *w, const Candidate *c, int negative)
{
	size_t		n = numeral_text(w, c),
				errpos = 0;
	PdNumStatus st;

	if (n == 0)
		return 0;
	st = pd_numeral_parse(w->numbuf, n, w->value, sizeof(w->value) - 4, &errpos);
	if (st != PD_NUM_OK)
		return 0;
	if (c->fraction)
	{
		if (!quotient_percent(w->value, sizeof(w->value)))
			return 0;
	}
	else if (strchr(w->value, '/') || strchr(w->value, '+'))
		return 0;
	if (c->half && !strchr(w->value, '.') && strlen(w->value) + 3 < sizeof(w->value))
		strcat(w->value, ".5");
	if (c->unit && (c->unit->flags & PU_TENTH))
		times_ten(w->value, sizeof(w->value));
	if (c->tenth_digit >= 0)
		add_digit(w->value, sizeof(w->value), c->tenth_digit);
	if (c->percent_of == 2)
		tenth_of(w->value, sizeof(w->value));
	if (negative != c->negative)
		negate(w->value, sizeof(w->value));
	return 1;
}
