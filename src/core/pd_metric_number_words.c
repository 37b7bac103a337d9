/*-------------------------------------------------------------------------
 *
 * pd_metric_number_words.c
 *	  The words around a number that read_number (pd_metric_number.c) looks
 *	  at: where a numeral span ends, unit words, qualifiers (超, 余, 以上),
 *	  codes a number is glued to (5G, 400-0123, 10:30), code words before it
 *	  (邮编, 电话) and range connectors (2-3家, 10至15家).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_number_words.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"


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

/* ---------------------------------------------------------------------
 * Words around the number
 * --------------------------------------------------------------------- */

/*
 * a decimal point at i between Chinese numerals: a digit, 十 or 卅 before, a
 * digit after (三点五, 四十點二, 七四三七·三億, 卅七．九, 十·五)
 */
static int
chinese_point(const PdMetricWork *w, int i)
{
	return i > 0 && i + 1 < w->n &&
		(is_cdigit(w->cp[i - 1]) || wcls(w, i - 1) == PD_NC_UNIT) &&
		wcls(w, i + 1) == PD_NC_DIGIT;
}

/*
 * group_space - is character i a space between groups of three Arabic
 * digits (3 662 200人, 約12 000人)?  The first group has one to three
 * digits, every later one three, and none runs on into a further digit, so
 * that two numbers side by side (2023 100, 19 436 11 341) are never glued.
 */
static int
group_space(const PdMetricWork *w, int i)
{
	int			j = i;

	if (i == 0 || i + 3 >= w->n || !pd_is_group_space(w->cp[i]) ||
		!is_adigit(w->cp[i + 1]) || !is_adigit(w->cp[i + 2]) ||
		!is_adigit(w->cp[i + 3]) || (i + 4 < w->n && is_adigit(w->cp[i + 4])))
		return 0;
	while (j > 0 && i - j <= 3 && is_adigit(w->cp[j - 1]))
		j--;
	if (j == i || i - j > 3 || (j > 0 && is_adigit(w->cp[j - 1])))
		return 0;
	if (j == 0)
		return 1;
	/* a later group: three digits after a group space; a first one: no point or comma before */
	if (pd_is_group_space(w->cp[j - 1]) && j > 1 && is_adigit(w->cp[j - 2]))
		return i - j == 3;
	return wcls(w, j - 1) != PD_NC_POINT && wcls(w, j - 1) != PD_NC_COMMA;
}

/* can character i continue the numeral span that ends at i-1? */
int
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
			/* 9.4, 九.四 (not 十.五); 二．二六兆, 四十．五 read as 九点四 */
			if (w->cp[i] == '.')
				return i > 0 && i + 1 < w->n &&
					((is_adigit(w->cp[i - 1]) && is_adigit(w->cp[i + 1])) ||
					 (is_cdigit(w->cp[i - 1]) && is_cdigit(w->cp[i + 1])));
			return (i > 0 && i + 1 < w->n && is_adigit(w->cp[i - 1]) &&
					is_adigit(w->cp[i + 1])) || chinese_point(w, i);
		case PD_NC_POINT_CN:
			/* 三点五, 十点四 */
			return chinese_point(w, i);
		case PD_NC_SPACE:
			return group_space(w, i);
		case PD_NC_NONE:
			/* 七四三七·三億, 卅七·九%; 3 662 200 with thin spaces */
			return (pd_is_middle_dot(w->cp[i]) && chinese_point(w, i)) ||
				group_space(w, i);
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
int
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
int
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

/*
 * currency_declared - parentheses at i and j that declare the currency of
 * every bare 元 from their sentence on: (澳門元，下同), (人民幣,下同).  Sets
 * w->doc_currency (元 for 人民币, which ends an earlier declaration).
 */
void
currency_declared(PdMetricWork *w, int i, int j)
{
	size_t		t = 0;
	int			k = i + 1,
				l = table_at(w, k, PL_CURRENCY_BEFORE, &t);

	if (!l)
		return;
	k += l;
	if (k < j && (w->cp[k] == CP_FW_COMMA || w->cp[k] == ',' ||
				  w->cp[k] == CP_IDEOGRAPHIC_COMMA))
		k++;
	l = table_at(w, k, PL_SAME_BELOW, NULL);
	if (l && k + l == j)
		w->doc_currency = pd_currency_before_units[t];
}

/* the end of the numeral span at i (at most MAX_NUM_CHARS long when bounded) */
int
span_end(const PdMetricWork *w, int i, int bounded)
{
	int			j = i;

	while (j < w->n && (!bounded || j - i < MAX_NUM_CHARS) && span_continues(w, j))
		j++;
	return j;
}

/* longest unit word at i (after the blockers); returns characters */
int
unit_at(const PdMetricWork *w, int i, const PdUnitWord **u)
{
	size_t		t = 0;
	int			best;

	*u = NULL;
	if (i >= w->n || !cf_has(w, i, FC_UNIT))
		return 0;
	/* 2.4亿人才: a word that begins like a unit hides it (not 5家园区) */
	if (table_at(w, i, PL_UNIT_BLOCKERS, NULL) &&
		!table_at(w, i, PL_UNIT_UNBLOCKERS, NULL))
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
int
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

/*
 * plus_sign - is the + before the numeral [i, j) the sign of a percentage
 * (创科（+14.8%）, 增速为+3.5%), not a joiner of codes or sums (2+2, +86)?
 */
static int
plus_sign(const PdMetricWork *w, int i, int j)
{
	uint32_t	p = w->cp[i - 1],
				pp = i > 1 ? w->cp[i - 2] : 0;

	return (p == '+' || p == CP_FW_PLUS) && !is_adigit(pp) && !is_latin(pp) &&
		j < w->n && wcls(w, j) == PD_NC_PERCENT;
}

/* is character i a numeral character or a decimal point? */
static int
numeral_or_point(const PdMetricWork *w, int i)
{
	if (i < 0 || i >= w->n)
		return 0;
	switch (wcls(w, i))
	{
		case PD_NC_DIGIT:
		case PD_NC_ADIGIT:
		case PD_NC_UNIT:
		case PD_NC_MYRIAD:
		case PD_NC_TENS:
		case PD_NC_POINT:
			return 1;
		default:
			return 0;
	}
}

/* is the number at [i, j) glued to a code: 5G, 400-0123, 2+2, 10:30 ... */
static int
latin_indicator_before(const PdMetricWork *w, int i)
{
	int			l = table_before(w, i, PL_LATIN_INDICATORS);

	return l != 0 && !(i - l > 0 && is_latin(w->cp[i - l - 1]));
}

int
glued(const PdMetricWork *w, int i, int j)
{
	uint32_t	p = i > 0 ? w->cp[i - 1] : 0;
	uint32_t	pp = i > 1 ? w->cp[i - 2] : 0;
	uint32_t	n = j < w->n ? w->cp[j] : 0;
	uint32_t	nn = j + 1 < w->n ? w->cp[j + 1] : 0;

	/* A17, RTX4090: a model; not an indicator's acronym (完成GDP872.93亿元) */
	if ((is_latin(p) && !latin_indicator_before(w, i)) ||
		p == '_' || p == '@' || p == '/' || p == CP_FW_SLASH)
		return 1;
	if (is_code_joiner(p) && i > 1 && !plus_sign(w, i, j))
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
	/* digits on one side of a decimal point are never a number alone (十.五) */
	if ((p == '.' || p == CP_FW_POINT) && i > 1 && numeral_or_point(w, i - 2))
		return 1;
	if ((n == '.' || n == CP_FW_POINT) && numeral_or_point(w, j + 1))
		return 1;
	/* nor on one side of a middle dot that is no point here (2·5億元, 3·15) */
	if (pd_is_middle_dot(p) && i > 1 && numeral_or_point(w, i - 2))
		return 1;
	if (pd_is_middle_dot(n) && numeral_or_point(w, j + 1))
		return 1;
	return 0;
}

/* glued on the left only (for the two ends of a range) */
int
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
int
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
const PdUnitWord *
range_at(const PdMetricWork *w, int i, int j)
{
	const PdUnitWord *u = NULL;
	int			k,
				y;
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
	/* 3-5年 is a span of years, 2021-2025年 and 110至113年 (Republic) periods */
	if ((u->flags & PU_YEAR) && (k - (j + 1) >= 4 || year_number_at(w, j + 1, &y)))
		return NULL;
	/* a further connector: 400-0123-021, a date */
	if (k < w->n && is_range_conn(w->cp[k]) && w->cp[k] != CP_ZHI4 &&
		w->cp[k] != CP_DAO)
		return NULL;
	return u;
}

/*
 * 百亿元, 万亿元, 兆元: a bare scale word with 亿 or 兆 before money, written
 * [十百千]?万?[亿兆]
 */
int
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
 * 千余人, 百多家, 万余名, 百余亿元: a bare scale word with 余, 多 or 来 and a
 * unit (a scale word between allowed); not after 数 or 几 (数千余人 says no
 * number)
 */
int
bare_scale_approx(const PdMetricWork *w, int i)
{
	PdQualifier q = PD_QUAL_NONE;
	const PdUnitWord *u;
	int			l;

	if (i > 0 && (w->cp[i - 1] == CP_SHU || w->cp[i - 1] == CP_JI))
		return 0;
	/* 千万余元, 百万余人: two scale words before 余 */
	if (i + 1 < w->n && wcls(w, i) == PD_NC_UNIT && wcls(w, i + 1) == PD_NC_MYRIAD)
		i++;
	l = qual_word(w, i + 1, PL_S_QUAL_BETWEEN, pd_qual_between, &q);
	if (!l)
		return 0;
	/* 百余亿元, 千余万人: a scale word after 余 */
	if (i + 1 + l < w->n && wcls(w, i + 1 + l) == PD_NC_MYRIAD)
		l++;
	return unit_at(w, i + 1 + l, &u) && u->unit;
}

/*
 * a plain number [a, b) for comparing the ends of a range: Arabic digits
 * with at most one point (1.5), or one Chinese digit; else -1
 */
static double
lead_value(const PdMetricWork *w, int a, int b)
{
	double		v = 0,
				scale = 0;
	int			k,
				d;

	if (b - a == 1 && is_cdigit(w->cp[a]) &&
		pd_numeral_class(w->cp[a], &d) == PD_NC_DIGIT)
		return d;
	if (b <= a || b - a > 12)
		return -1;
	for (k = a; k < b; k++)
	{
		uint32_t	ch = w->cp[k];

		if ((ch == '.' || ch == CP_FW_POINT) && scale == 0 && k > a)
			scale = 1;
		else if ((ch >= '0' && ch <= '9') ||
				 (ch >= CP_FW_ZERO && ch <= CP_FW_ZERO + 9))
		{
			d = (int) (ch >= CP_FW_ZERO ? ch - CP_FW_ZERO : ch - '0');
			if (scale > 0)
				v += d * (scale /= 10);
			else
				v = v * 10 + d;
		}
		else
			return -1;
	}
	return v;
}

/*
 * range_scale - the scale words that end the upper end of a range and that
 * the lower end, written without them, shares (3至5萬人, 約7至8百萬元: 3萬,
 * 7百萬): both ends plain integers and the lower smaller than the upper's
 * digits (500至2萬 keeps 500).  Returns the index of the scale words after j
 * (the connector) and sets *len, or -1.
 */
int
range_scale(const PdMetricWork *w, int ns, int j, int *len)
{
	int			u = j + 1,
				e = span_end(w, u, 1),
				s = e;
	double		lo,
				hi;

	while (s > u && (wcls(w, s - 1) == PD_NC_MYRIAD || wcls(w, s - 1) == PD_NC_UNIT))
		s--;
	if (s == e || s == u || e - s > 2)
		return -1;
	lo = lead_value(w, ns, j);
	hi = lead_value(w, u, s);
	if (lo < 0 || hi < 0 || lo >= hi)
		return -1;
	*len = e - s;
	return s;
}

/*
 * vague_scale - does a vague word make the Chinese numeral at i no number:
 * 数 or 几 right before a scale word or a ten (数十亿元, 几百亿元, 数亿元),
 * or 几 before the scale word that goes on 十几 (十几亿元)?  Not 数 ending a
 * noun of counting (人数十万).
 */
int
vague_scale(const PdMetricWork *w, int i)
{
	PdNumClass	cls = wcls(w, i);
	uint32_t	p = i > 0 ? w->cp[i - 1] : 0;

	if (cls != PD_NC_UNIT && cls != PD_NC_MYRIAD && cls != PD_NC_TENS)
		return 0;
	if (p == CP_JI)
		return 1;
	return p == CP_SHU && !table_before(w, i, PL_COUNT_NOUNS);
}

/* vague_end - past the vague numeral at i, with 余 or 多 and a scale word after it */
int
vague_end(const PdMetricWork *w, int i)
{
	int			e = span_end(w, i, 0);

	if (e + 1 < w->n && (w->cp[e] == 0x4F59 /* 余 */ || w->cp[e] == 0x591A /* 多 */ ) &&
		wcls(w, e + 1) == PD_NC_MYRIAD)
		e += 2;
	return e > i ? e : i + 1;
}

/*
 * first_items - is the numeral [i, j) after 前 a count of the first items
 * named after it (设立较早的前18个自贸试验区, 前18家自贸试验区合计): 个 or 家
 * and a noun, not months (前10个月) nor a rank (前10名, 前三位)?
 */
int
first_items(const PdMetricWork *w, int i, int j)
{
	uint32_t	n;

	if (i == 0 || w->cp[i - 1] != CP_QIAN_FRONT || j + 1 >= w->n ||
		(w->cp[j] != CP_GE && w->cp[j] != 0x5BB6 /* 家 */ ))
		return 0;
	n = w->cp[j + 1];
	return n >= CP_CJK_FIRST && n <= 0x9FFF && n != CP_YUE &&
		n != 0x5B63 /* 季 */ && n != 0x534A /* 半 */ ;
}

/* the value of a small count [a, b): one Chinese digit or two Arabic ones, else 0 */
static int
small_count(const PdMetricWork *w, int a, int b)
{
	int			v = 0,
				k;

	if (b - a == 1 && is_cdigit(w->cp[a]) &&
		pd_numeral_class(w->cp[a], &v) == PD_NC_DIGIT)
		return v;
	if (b - a > 2)
		return 0;
	for (k = a; k < b; k++)
	{
		if (!is_adigit(w->cp[k]) || w->cp[k] > '9')
			return 0;
		v = v * 10 + (int) (w->cp[k] - '0');
	}
	return v;
}

/*
 * listed_places_at - 郑州、洛阳、新乡三市: a place noun at k after the number
 * of c that counts the items of the list right before it (separated by 、
 * or 和 及 与, the later ones short), or the characters of a joint short
 * name starting the clause (长株潭三市).  Returns the noun's length, or 0.
 */
int
listed_places_at(const PdMetricWork *w, const Candidate *c, int k)
{
	int			want = small_count(w, c->nstart, c->nend),
				items = 1,
				len = 0,
				l = table_at(w, k, PL_PLACE_LIST_HEADS, NULL),
				whole = 0,		/* the run starts its clause */
				i;

	if (!l || want < 2 || c->start != c->nstart)
		return 0;
	for (i = c->start - 1; i >= 0 && c->start - i <= 64; i--)
	{
		uint32_t	ch = w->cp[i];

		if (ch == CP_IDEOGRAPHIC_COMMA || ch == CP_HE ||
			ch == 0x53CA /* 及 */ || ch == CP_YU3)
		{
			if (len == 0 || len > 6)
				return 0;
			items++;
			len = 0;
			continue;
		}
		if (clause_break(w, i) || ch < 0x3400 || cf_has(w, i, FC_DIGIT))
			break;
		len++;
	}
	whole = (i < 0 || clause_break(w, i));
	/* 长株潭三市: one short name of the places, a character each */
	if (items == 1 && whole && len == want && want <= 4)
		return l;
	return (len > 0 && items == want) ? l : 0;
}

/*
 * months_at - 4个月 at i, right after a number of years (1年4个月): the
 * months (1 to 11, one Chinese digit, 十, 十一 or one or two Arabic digits)
 * and *end after 个月; else -1
 */
int
months_at(const PdMetricWork *w, int i, int *end)
{
	int			j = i,
				m;

	while (j < w->n && j - i < 3 && (is_adigit(w->cp[j]) || is_cdigit(w->cp[j]) ||
									 w->cp[j] == CP_SHI))
		j++;
	if (j == i || j + 1 >= w->n || w->cp[j] != CP_GE || w->cp[j + 1] != CP_YUE)
		return -1;
	if (w->cp[i] == CP_SHI)
		m = (j - i == 1) ? 10 : (j - i == 2 && w->cp[i + 1] == 0x4E00 /* 一 */) ? 11 : -1;
	else
		m = small_count(w, i, j);
	if (m < 1 || m > 11)
		return -1;
	*end = j + 2;
	return m;
}
