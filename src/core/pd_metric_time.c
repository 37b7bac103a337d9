/*-------------------------------------------------------------------------
 *
 * pd_metric_time.c
 *	  Time expressions in a sentence and the document's own date: period
 *	  words (今年以来, 目前), years (2022年, 2021年度, 2023年上半年, 民國112年),
 *	  months (11月, 1-4月), plan periods (“十三五”期间), spans (近三年), each
 *	  optionally opened by 截至/到/至, resolved to their first and last day;
 *	  whether a period is a base of comparison (较2020年) or points to the
 *	  future (到2025年); and the period a figure without one of its own
 *	  takes from the text before it.
 *
 * Years come from three places: the year written in the expression; for
 * 今年 and 去年, the document's date (PdMetricOptions.published, else a
 * full date in the text); for 全年, 上半年 and bare months, the year written
 * last before them (ctx_year), else the document's.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_time.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* pd_metric_time_init - the first characters a time expression may start with */
void
pd_metric_time_init(void)
{
	size_t		i;
	int			l;
	static const PdList openers[] = {PL_PERIOD_OPENERS, PL_SPAN_OPENERS,
	PL_ROC_BEFORE};

	for (i = 0; i < pd_n_period_words; i++)
		fc_set(FC_PERIOD, pd_period_words[i].word, 0);
	for (l = 0; l < (int) NELEM(openers); l++)
		for (i = 0; i < pd_lists[openers[l]].n; i++)
			fc_set(FC_PERIOD, pd_lists[openers[l]].words[i], 0);
	fc_set(FC_PERIOD, "“", 0);	/* “十三五” */
	fc_set(FC_PERIOD, "\"", 0);
	fc_set(FC_PERIOD, "十", 0);
	fc_set(FC_PERIOD, "前", 0);	/* 前10个月 */
}

/* ---------------------------------------------------------------------
 * Dates
 * --------------------------------------------------------------------- */

static PdDate
mkdate(int y, int m, int d)
{
	return (PdDate) (y * 10000 + m * 100 + d);
}

static int	date_months(PdDate d);

static int
month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

static int
valid_year(int y)
{
	return y >= 1900 && y <= 2199;
}

/* months m0..m1 of year y */
static void
set_months(Period *p, int y, int m0, int m1)
{
	if (!valid_year(y) || m0 < 1 || m1 > 12 || m0 > m1)
		return;
	p->from = mkdate(y, m0, 1);
	p->to = mkdate(y, m1, month_days(y, m1));
	p->year = y;
}

/* a single day: a stock at a date */
static void
set_point(Period *p, int y, int m, int d)
{
	if (!valid_year(y) || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return;
	p->from = p->to = mkdate(y, m, d);
	p->year = y;
}

/* the YP_* part of year y */
static void
set_part(const PdMetricWork *w, Period *p, int y, int part)
{
	switch (part)
	{
		case YP_H1:
			set_months(p, y, 1, 6);
			break;
		case YP_H2:
			set_months(p, y, 7, 12);
			break;
		case YP_Q1_3:
			set_months(p, y, 1, 9);
			break;
		case YP_Q1:
		case YP_Q2:
		case YP_Q3:
		case YP_Q4:
			set_months(p, y, 3 * (part - YP_Q1) + 1, 3 * (part - YP_Q1) + 3);
			break;
		case YP_END:
			set_point(p, y, 12, 31);
			break;
		case YP_START:
			set_point(p, y, 1, 1);
			break;
		case YP_SINCE:
			set_months(p, y, 1, 12);
			/* 今年以来: up to the document's date */
			if (p->from && w->doc_date / 10000 == y)
				p->to = w->doc_date;
			break;
		default:
			set_months(p, y, 1, 12);
			break;
	}
}

/* months since year 0 of a date */
static int
date_months(PdDate d)
{
	return (d / 10000) * 12 + d / 100 % 100;
}

/* date_add_days - d plus days (days may be negative); 0 stays 0 */
PdDate
date_add_days(PdDate d, int days)
{
	int			y = d / 10000,
				m = d / 100 % 100,
				day = d % 100;

	if (d == 0)
		return 0;
	day += days;
	while (day < 1)
	{
		if (--m < 1)
		{
			m = 12;
			y--;
		}
		day += month_days(y, m);
	}
	while (day > month_days(y, m))
	{
		day -= month_days(y, m);
		if (++m > 12)
		{
			m = 1;
			y++;
		}
	}
	return valid_year(y) ? mkdate(y, m, day) : 0;
}

/* date_add_months - the first day of the month months after d's month */
PdDate
date_add_months(PdDate d, int months)
{
	int			n = date_months(d) - 1 + months;

	if (d == 0 || !valid_year(n / 12))
		return 0;
	return mkdate(n / 12, n % 12 + 1, 1);
}

/*
 * period_ahead - does p lie ahead of the document's date: begun less than
 * three months before it and ending more than two months after (a plan for
 * this year published in February, 到2025年), not a period under way that
 * a report covers so far (“十四五”期间 in 2023)?
 */
int
period_ahead(const PdMetricWork *w, const Period *p)
{
	if (p->to && w->doc_date)
		return date_months(p->to) - date_months(w->doc_date) > 2 &&
			date_months(w->doc_date) - date_months(p->from) < 3;
	return p->year && w->doc_year && p->year > w->doc_year;
}

/* the year a period without one of its own lies in */
static int
context_year(const PdMetricWork *w)
{
	return w->ctx_year ? w->ctx_year : w->doc_year;
}

/* ---------------------------------------------------------------------
 * Digits
 * --------------------------------------------------------------------- */

/* value of the Arabic digits in [i, j), or -1 */
static long
adigits_value(const PdMetricWork *w, int i, int j)
{
	long		v = 0;
	int			k;

	if (j <= i || j - i > 9)
		return -1;
	for (k = i; k < j; k++)
	{
		uint32_t	c = w->cp[k];

		if (c >= CP_FW_ZERO && c <= CP_FW_NINE)
			c = c - CP_FW_ZERO + '0';
		if (c < '0' || c > '9')
			return -1;
		v = v * 10 + (c - '0');
	}
	return v;
}

static int
adigit_run(const PdMetricWork *w, int i)
{
	int			j = i;

	while (j < w->n && is_adigit(w->cp[j]))
		j++;
	return j;
}

/*
 * small_value - the value of a short numeral in [i, j): Arabic digits,
 * Chinese digits written one by one (一○九), or Chinese digits and 十
 * (十二, 二十三, 九十二); -1 if it is none
 */
static long
small_value(const PdMetricWork *w, int i, int j)
{
	long		v = 0,
				d = -1;
	int			k;

	if (j <= i)
		return -1;
	if (is_adigit(w->cp[i]))
		return adigits_value(w, i, j);
	/* digits written one by one: 一○九, 二〇二三 */
	for (k = i; k < j; k++)
		if (ncls(w->cp[k]) != PD_NC_DIGIT)
			break;
	if (k == j && j - i > 1)
	{
		int			x;

		for (k = i; k < j; k++)
		{
			pd_numeral_class(w->cp[k], &x);
			v = v * 10 + x;
		}
		return v;
	}
	for (k = i; k < j; k++)
	{
		int			x;

		if (w->cp[k] == CP_SHI)
		{
			v += (d < 0 ? 1 : d) * 10;
			d = -1;
		}
		else if (pd_numeral_class(w->cp[k], &x) == PD_NC_DIGIT)
		{
			if (d >= 0)
				return -1;		/* 二三: not one numeral */
			d = x;
		}
		else
			return -1;
	}
	return v + (d < 0 ? 0 : d);
}

/* the end of a run of at most max month digits (Arabic, Chinese, 十) at i */
static int
month_digits(const PdMetricWork *w, int i, int max)
{
	int			j = i;

	while (j < w->n && j - i < max && is_month_digit(w->cp[j]))
		j++;
	return j;
}

/* ---------------------------------------------------------------------
 * Months and days
 * --------------------------------------------------------------------- */

/* What month_at read: months m0..m1, or a day, or a point at a month's end. */
typedef struct MonthSpec
{
	int			m0;
	int			m1;
	int			day;			/* 3月8日; 0 if none */
	int			end_point;		/* 9月末, 10月底 */
} MonthSpec;

static int
is_month_range_conn(uint32_t c)
{
	return c == CP_ZHI4 || c == '-' || c == CP_EM_DASH || c == CP_DAO ||
		c == CP_FW_HYPHEN || c == CP_EN_DASH;
}

/* the day or the part of the month after 月 at j: 3月8日, 12月中旬, 9月末 */
static int
month_tail(const PdMetricWork *w, int j, MonthSpec *ms)
{
	int			l = table_at(w, j, PL_MONTH_PARTS, NULL),
				k;

	if (l)
	{
		/* 底, 末: the last day; 初 and the 旬 stay the month */
		if (word_at(w, j, "底") || word_at(w, j, "末"))
			ms->end_point = 1;
		return j + l;
	}
	k = month_digits(w, j, 2);
	if (k > j && k < w->n && (w->cp[k] == CP_RI || w->cp[k] == CP_HAO))
	{
		ms->day = (int) small_value(w, j, k);
		return k + 1;
	}
	return j;
}

/* 前10个月, 前两个月: the first months of the year at i */
static int
first_months_at(const PdMetricWork *w, int i, MonthSpec *ms)
{
	int			k;
	long		v;

	if (i >= w->n || w->cp[i] != CP_QIAN_FRONT)
		return 0;
	k = month_digits(w, i + 1, 2);
	if (k == i + 1 && k < w->n && ncls(w->cp[k]) == PD_NC_DIGIT)
		k++;					/* 前两个月 */
	v = k > i + 1 ? small_value(w, i + 1, k) : -1;
	if (k > i + 1 && ncls(w->cp[i + 1]) == PD_NC_DIGIT && v < 0)
	{
		int			x;

		pd_numeral_class(w->cp[i + 1], &x);
		v = x;					/* 两 */
	}
	if (v < 1 || v > 12 || !(word_at(w, k, "个月") || (k < w->n && w->cp[k] == CP_YUE)))
		return 0;
	ms->m0 = 1;
	ms->m1 = (int) v;
	return k + (w->cp[k] == CP_YUE ? 1 : 2);
}

/*
 * month_at - months at i: 11月, 1-4月, 1至10月份, 3月8日, 9月末, 前10个月
 *
 * Returns the end, or 0; fills *ms.
 */
static int
month_at(const PdMetricWork *w, int i, MonthSpec *ms)
{
	int			j,
				f;

	memset(ms, 0, sizeof(*ms));
	if ((f = first_months_at(w, i, ms)) != 0)
		return f;
	j = month_digits(w, i, 3);
	if (j == i)
		return 0;
	ms->m0 = ms->m1 = (int) small_value(w, i, j);
	/* a range 1至10月, 1-4月 */
	if (j < w->n && is_month_range_conn(w->cp[j]))
	{
		int			k = month_digits(w, j + 1, 3);

		if (k > j + 1 && k < w->n && w->cp[k] == CP_YUE)
		{
			ms->m1 = (int) small_value(w, j + 1, k);
			j = k;
		}
	}
	if (j >= w->n || w->cp[j] != CP_YUE || word_at(w, j, "月前"))
		return 0;
	j++;
	if (word_at(w, j, "份"))
		j++;
	return month_tail(w, j, ms);
}

/* the dates of months ms in year y */
static void
set_month_spec(Period *p, int y, const MonthSpec *ms)
{
	if (ms->m0 < 1 || ms->m1 > 12 || ms->m0 > ms->m1)
		return;
	if (ms->day > 0 && ms->m0 == ms->m1)
		set_point(p, y, ms->m0, ms->day);
	else if (ms->end_point && valid_year(y))
		set_point(p, y, ms->m1, month_days(y, ms->m1));
	else
		set_months(p, y, ms->m0, ms->m1);
}

/* ---------------------------------------------------------------------
 * Years
 * --------------------------------------------------------------------- */

/*
 * roc_year - is the number [j, k) before 年 a year of the Republic calendar
 * (民國112年, 103年上半年, 九十二年 in a Traditional text)?  Returns the
 * Gregorian year, or 0.
 */
static int
roc_year(const PdMetricWork *w, int j, int k)
{
	long		v = small_value(w, j, k);

	if (v < 1 || v > 200 || k >= w->n || w->cp[k] != CP_NIAN)
		return 0;
	if (table_before(w, j, PL_ROC_BEFORE))
		return (int) v + 1911;
	if (!traditional_doc(w) || v < 40 || v > 150 ||
		(is_adigit(w->cp[j]) && k - j > 3) ||
		(j > 0 && (is_adigit(w->cp[j - 1]) || is_month_digit(w->cp[j - 1]))) ||
		table_before(w, j, PL_DURATION_BEFORE) ||
		table_at(w, k + 1, PL_DURATION_AFTER, NULL))
		return 0;
	return (int) v + 1911;
}

/* year_number_roc - year_number_at; *roc set when the year is a Republic one */
static int
year_number_roc(const PdMetricWork *w, int j, int *k, int *roc)
{
	int			e,
				y;

	if (j >= w->n)
		return 0;
	if (is_adigit(w->cp[j]))
	{
		long		v;

		e = adigit_run(w, j);
		v = adigits_value(w, j, e);
		if (e - j == 4 && v >= 1900 && v <= 2099 && e < w->n &&
			w->cp[e] == CP_NIAN && !(j > 0 && is_adigit(w->cp[j - 1])))
		{
			*k = e;
			return (int) v;
		}
	}
	else if (is_cdigit(w->cp[j]))
	{
		/* 二〇二三年: four digits, each written alone */
		int			x;

		for (e = j, y = 0; e < w->n && e - j < 4 &&
			 pd_numeral_class(w->cp[e], &x) == PD_NC_DIGIT; e++)
			y = y * 10 + x;
		if (e - j == 4 && y >= 1900 && y <= 2099 && e < w->n &&
			w->cp[e] == CP_NIAN)
		{
			*k = e;
			return y;
		}
	}
	/* Republic years: 民國112年, 103年 */
	e = month_digits(w, j, 4);
	if (e > j && (y = roc_year(w, j, e)) != 0)
	{
		*k = e;
		*roc = 1;
		return y;
	}
	return 0;
}

/*
 * year_number_at - a year written at j: 2023, 二〇二三, 112 (Republic)
 *
 * Returns the Gregorian year and sets *k to the index of its 年, or 0.
 */
int
year_number_at(const PdMetricWork *w, int j, int *k)
{
	int			roc;

	return year_number_roc(w, j, k, &roc);
}

/* ---------------------------------------------------------------------
 * Time expressions
 * --------------------------------------------------------------------- */

/* plan name 十X五 (optionally quoted) at i; *last_year gets its last year */
static int
plan_at(const PdMetricWork *w, int i, int *last_year)
{
	int			j = i,
				v;

	if (j < w->n && (w->cp[j] == CP_LDQUOTE || w->cp[j] == '"'))
		j++;
	if (j + 2 >= w->n || w->cp[j] != CP_SHI || w->cp[j + 2] != CP_WU)
		return 0;
	if (pd_numeral_class(w->cp[j + 1], &v) != PD_NC_DIGIT || v < 1 || v > 9)
		return 0;
	*last_year = 2010 + (v - 1) * 5;
	j += 3;
	if (j < w->n && (w->cp[j] == CP_RDQUOTE || w->cp[j] == '"'))
		j++;
	return j;
}

/* does an event noun (大会, 论坛) follow within the clause? (2024年凝聚态物理大会) */
static int
names_event(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i; k < w->n && k - i < 12; k++)
	{
		if (is_clause_punct(w->cp[k]) || w->cp[k] == CP_DENG || w->cp[k] == CP_DE)
			return 0;
		if (table_at(w, k, PL_EVENT_NOUNS, NULL))
			return 1;
	}
	return 0;
}

/* 近三年, 过去5年, 未来五年, 今后3个月 at i: the end, or 0 (no dates) */
static int
period_span(const PdMetricWork *w, int i, Period *p)
{
	size_t		u = 0;
	int			l = table_at(w, i, PL_SPAN_OPENERS, &u),
				k,
				e = 0;

	if (!l)
		return 0;
	k = month_digits(w, i + l, 4);
	if (k == i + l || k >= w->n)
		return 0;
	if (w->cp[k] == CP_NIAN)
		e = k + 1;
	else if (word_at(w, k, "个月"))
		e = k + 2;
	if (!e)
		return 0;
	p->end = e;
	p->target = list_tag(PL_SPAN_OPENERS, u) == SPAN_FUTURE;
	return e;
}

/* a period word (今年, 全年 ...) at j, with the months after it: the end, or 0 */
static int
period_word(const PdMetricWork *w, int j, Period *p)
{
	const PdPeriodWord *pw;
	MonthSpec	ms;
	size_t		t = 0,
				u = 0;
	int			l = table_at(w, j, PL_S_PERIODS, &t),
				end,
				m,
				y = 0;

	/* 完成全年计划的35.1%: the year's plan, not the period */
	if (!l || table_at(w, j + l, PL_PLAN_NOUNS, NULL))
		return 0;
	pw = &pd_period_words[t];
	end = j + l;
	/* 去年同期: the period the text is about, a year earlier */
	p->relative = (pw->ysrc == YS_SAME);
	if (pw->ysrc == YS_SAME && w->run.from)
	{
		p->from = w->run.from + 10000 * pw->rel;
		p->to = w->run.to + 10000 * pw->rel;
		if (p->to % 10000 == 229)
			p->to -= 1;			/* 29 February a year earlier */
		p->year = p->from / 10000 == p->to / 10000 ? p->from / 10000 : 0;
		return end;
	}
	if ((pw->ysrc == YS_DOC || pw->ysrc == YS_SAME) && w->doc_year)
		y = w->doc_year + pw->rel;
	else if (pw->ysrc == YS_CTX)
		y = context_year(w);
	else if (pw->ysrc == YS_PAST)
		y = w->ctx_year ? w->ctx_year : (w->doc_year ? w->doc_year - 1 : 0);
	if ((pw->ysrc == YS_NOW || pw->ysrc == YS_DAY) && w->doc_date)
	{
		PdDate		d = date_add_days(w->doc_date, pw->rel);

		if (d)
			set_point(p, d / 10000, d / 100 % 100, d % 100);
	}
	else if (y)
		set_part(w, p, y, pw->part);
	/* 今年1-4月, 今年前10个月, 去年第4季 */
	if ((m = month_at(w, end, &ms)) != 0)
	{
		end = m;
		if (y)
			set_month_spec(p, y, &ms);
	}
	else if (pw->part == YP_YEAR && (m = table_at(w, end, PL_YEAR_TAIL, &u)) != 0)
	{
		end += m;
		if (y)
			set_part(w, p, y, list_tag(PL_YEAR_TAIL, u));
	}
	return end;
}

/* a plan period (“十三五”期间, “十四五”末) at j: the end, or 0 */
static int
period_plan(const PdMetricWork *w, int j, Period *p)
{
	int			last = 0,
				k = plan_at(w, j, &last),
				l,
				tag;
	size_t		u = 0;

	if (!k)
		return 0;
	l = table_at(w, k, PL_PLAN_TAIL, &u);
	/* “十四五”规划: the plan, not its years (规划期 is a tail) */
	if (!l && word_at(w, k, "规划"))
		return 0;
	tag = l ? list_tag(PL_PLAN_TAIL, u) : PLAN_WHOLE;
	switch (tag)
	{
		case PLAN_END:
			set_point(p, last, 12, 31);
			break;
		case PLAN_START:
			set_months(p, last - 4, 1, 12);
			break;
		case PLAN_SINCE:
			p->from = mkdate(last - 4, 1, 1);
			p->to = w->doc_date && w->doc_date < mkdate(last, 12, 31) ?
				w->doc_date : mkdate(last, 12, 31);
			break;
		case PLAN_WHOLE:
			p->from = mkdate(last - 4, 1, 1);
			p->to = mkdate(last, 12, 31);
			break;
		default:
			break;
	}
	return k + l;
}

/* a year (2022年, 2023年上半年, 2022年1至10月, 112年12月) at j: the end, or 0 */
static int
period_year(PdMetricWork *w, int j, Period *p)
{
	MonthSpec	ms;
	int			k = 0,
				roc = 0,
				y = year_number_roc(w, j, &k, &roc),
				end,
				l,
				m;
	size_t		u = 0;

	if (!y || names_event(w, k + 1))
		return 0;
	if (roc)
		w->roc_years = 1;
	end = k + 1;
	set_months(p, y, 1, 12);
	if ((l = table_at(w, end, PL_YEAR_TAIL, &u)) != 0)
	{
		end += l;
		set_part(w, p, y, list_tag(PL_YEAR_TAIL, u));
	}
	else if ((m = month_at(w, end, &ms)) != 0)
	{
		end = m;
		set_month_spec(p, y, &ms);
	}
	/* 到2025年, 力争2021年 after the document's year: a target */
	if (w->doc_year && y > w->doc_year)
		p->target = 1;
	else if (p->target == 2 && w->doc_year && y <= w->doc_year)
		p->target = 0;
	return end;
}

/* months without a year (11月, 截至十月底) at j: the end, or 0 */
static int
period_month(const PdMetricWork *w, int j, int opener, Period *p)
{
	MonthSpec	ms;
	int			m;

	if (is_adigit(w->cp[j]))
	{
		if (!opener && j > 0 && is_adigit(w->cp[j - 1]))
			return 0;
		m = month_at(w, j, &ms);
		/* 3月8日 without 截至: an event's or the report's date */
		if (!m || !(opener || w->cp[m - 1] == CP_YUE || ms.end_point ||
					word_at(w, m - 1, "份")))
			return 0;
	}
	else if (opener || w->cp[j] == CP_QIAN_FRONT)
	{
		if (!(m = month_at(w, j, &ms)))
			return 0;
	}
	else
		return 0;
	if (context_year(w))
		set_month_spec(p, context_year(w), &ms);
	return m;
}

/* 截至: what follows is a stock at the period's last day */
static void
make_point(Period *p)
{
	if (p->to)
	{
		p->from = p->to;
		p->year = p->to / 10000;
	}
}

/* the end of period p [i, end): whether it is a target, and a base */
static int
period_done(const PdMetricWork *w, int i, int end, int opener, Period *p)
{
	(void) opener;
	p->end = end;
	/* 到2025年, 到“十四五”末, 到年底: a deadline ahead is a target */
	if (p->target == 2)
		p->target = !w->doc_year || period_ahead(w, p);
	if (table_before(w, i, PL_BASE_WORDS) || table_at(w, end, PL_BASE_AFTER, NULL))
		p->base = 1;
	return end;
}

/*
 * period_at - a time expression starting at i
 *
 * Returns its end (exclusive) or 0; fills *p.
 */
static int
period_at(PdMetricWork *w, int i, Period *p)
{
	int			j = i,
				opener,
				end = 0,
				tag = 0;
	size_t		t = 0;

	memset(p, 0, sizeof(*p));
	p->start = i;
	if ((end = period_span(w, i, p)) != 0)
		return end;
	/* 至今, 截至目前: a period word that begins like an opener */
	if ((end = period_word(w, i, p)) != 0)
		return period_done(w, i, end, 0, p);
	opener = table_at(w, i, PL_PERIOD_OPENERS, &t);
	if (opener)
		tag = list_tag(PL_PERIOD_OPENERS, t);
	/* 增至2021年, 降至: the 至 belongs to the verb */
	if (opener && tag == OPEN_AFTER_VERB && table_before(w, i, PL_TO_VERBS))
		return 0;
	if (opener)
	{
		j = i + opener;
		if (tag == OPEN_DEADLINE)
			p->target = 2;		/* a target if the year is ahead */
	}
	if (j >= w->n)
		return 0;
	end = period_word(w, j, p);
	if (!end)
		end = period_plan(w, j, p);
	if (!end)
	{
		int			r = table_at(w, j, PL_ROC_BEFORE, NULL);	/* 民國95年 */

		if (r || is_adigit(w->cp[j]) || is_cdigit(w->cp[j]))
			end = period_year(w, j + r, p);
	}
	if (!end)
		end = period_month(w, j, opener, p);
	if (!end)
		return 0;
	p->deadline = (opener && tag == OPEN_DEADLINE);
	/* 截至9月末, 截至2024年底: a stock at the day */
	if (opener && tag == 0)
		make_point(p);
	return period_done(w, i, end, opener, p);
}

/* a full date at i: 2021-03-11, 2021/3/11, 2024年9月6日; its date or 0 */
static PdDate
full_date_at(const PdMetricWork *w, int i, int k)
{
	long		y = adigits_value(w, i, k);
	uint32_t	sep;

	if (y < 1900 || y > 2099 || k + 3 >= w->n)
		return 0;
	sep = w->cp[k];
	if (sep == '-' || sep == '/' || sep == '.')
	{
		int			m = adigit_run(w, k + 1),
					e;

		if (m - (k + 1) >= 1 && m - (k + 1) <= 2 && m < w->n &&
			w->cp[m] == sep && (e = adigit_run(w, m + 1)) > m + 1)
		{
			long		mo = adigits_value(w, k + 1, m),
						d = adigits_value(w, m + 1, e);

			if (mo >= 1 && mo <= 12 && d >= 1 && d <= month_days((int) y, (int) mo))
				return mkdate((int) y, (int) mo, (int) d);
			return mkdate((int) y, 0, 0);	/* the year only */
		}
	}
	else if (sep == CP_NIAN)
	{
		MonthSpec	ms;
		int			m = month_at(w, k + 1, &ms);

		if (m && w->cp[m - 1] == CP_RI && ms.day > 0 && ms.m0 == ms.m1 &&
			ms.day <= month_days((int) y, ms.m0))
			return mkdate((int) y, ms.m0, ms.day);
	}
	return 0;
}

/*
 * scan_doc_year - the document's own date (2021-03-11, 2024年9月6日)
 *
 * Only a full date counts: 到2025年 is a target, not a publication date.
 * 今年 and 去年 resolve against it.  Not called when the caller gave the
 * document's date.
 */
void
scan_doc_year(PdMetricWork *w)
{
	int			i;

	for (i = 0; i + 5 < w->n; i++)
	{
		int			k = adigit_run(w, i);
		PdDate		d;

		if (k - i != 4 || (i > 0 && is_adigit(w->cp[i - 1])))
		{
			i = k > i ? k : i;
			continue;
		}
		if ((d = full_date_at(w, i, k)) != 0)
		{
			w->doc_year = d / 10000;
			if (d % 100 != 0)
				w->doc_date = d;
			return;
		}
		i = k;
	}
}

/*
 * is [a, b) a list mark between two periods (比一季度、上半年) or the
 * parenthesis of a restatement (较去年同期(107年1到2月))?
 */
static int
period_list_gap(const PdMetricWork *w, int a, int b)
{
	return (b == a + 1 && (w->cp[a] == CP_IDEOGRAPHIC_COMMA || w->cp[a] == '(' ||
						   w->cp[a] == CP_FW_LPAREN)) ||
		(b > a && table_at(w, a, PL_LIST_MARKS, NULL) == b - a);
}

/* is p one the figures after it take when they have none of their own? */
static int
sets_context(const Period *p)
{
	return !p->base && !p->target && !p->relative && p->from != 0;
}

/* scan_periods - every time expression of the sentence, in text order */
void
scan_periods(PdMetricWork *w)
{
	int			i;

	w->nperiods = 0;
	w->run0 = w->run;
	for (i = 0; i < w->n; i++)
	{
		Period		p,
				   *q;
		int			e;

		if (w->fl[i] & F_TITLE)
			continue;
		if ((w->fl[i] & F_QUOTE) && !(w->cp[i] == CP_LDQUOTE || w->cp[i] == '"'))
			continue;
		if (!cf_has(w, i, FC_PERIOD) && !is_adigit(w->cp[i]) && !is_cdigit(w->cp[i]))
			continue;
		/* no time expression begins inside a run of digits */
		if (i > 0 && is_adigit(w->cp[i]) && is_adigit(w->cp[i - 1]))
			continue;
		e = period_at(w, i, &p);
		if (!e)
			continue;
		/* 比一季度、上半年、前三季度: the items of a list of bases */
		if (w->nperiods > 0 && w->periods[w->nperiods - 1].base &&
			period_list_gap(w, w->periods[w->nperiods - 1].end, i))
			p.base = 1;
		/* 今年 + 1-4月 written apart, or a period right after another: merge */
		if (w->nperiods > 0 && w->periods[w->nperiods - 1].end == i)
		{
			q = &w->periods[w->nperiods - 1];
			q->end = p.end;
			if (p.year)
				q->year = p.year;
			if (p.from)
			{
				q->from = p.from;
				q->to = p.to;
			}
			q->target |= p.target;
			q->base |= p.base;
		}
		else if (w->nperiods < MAX_PERIODS)
		{
			q = &w->periods[w->nperiods++];
			*q = p;
		}
		else
			q = &p;
		if (sets_context(q) && !(w->fl[q->start] & F_PAREN))
		{
			if (q->year && q->from / 10000 == q->to / 10000)
				w->ctx_year = q->year;
			w->run = *q;
		}
		i = e - 1;
	}
}

/* does the figure at i follow its base period ending at e: 比前年的, (107年)的 */
static int
base_figure(const PdMetricWork *w, int e, int i)
{
	while (e < i && (w->cp[e] == ')' || w->cp[e] == CP_FW_RPAREN))
		e++;
	return e == i || (e + 1 == i && w->cp[e] == CP_DE);
}

/* period_for - the last period before character i that is not a base */
const Period *
period_for(const PdMetricWork *w, int i)
{
	const Period *best = NULL;
	int			p;

	for (p = 0; p < w->nperiods; p++)
	{
		const Period *q = &w->periods[p];

		/* 比前年的1兆7510億元: the figure of the base period itself */
		if (q->base && base_figure(w, q->end, i))
			return q;
		/* 一○九年九月 in an aside is not the period of what follows it */
		if (q->end <= i && !q->base &&
			(!(w->fl[q->start] & F_PAREN) || (w->fl[i] & F_PAREN)))
			best = q;
	}
	return best;
}

/*
 * figure_period - the period of a figure: its own (written before it in
 * its sentence), else the one the text before set (w->run0)
 */
const Period *
figure_period(const PdMetricWork *w, const Period *own)
{
	if (own)
		return own;
	return w->run0.from ? &w->run0 : NULL;
}

/* a word of list l in the clause before character i (at most 16 characters back) */
static int
clause_has(const PdMetricWork *w, int i, PdList l)
{
	int			k;

	for (k = i; k > 0 && i - k < 16 && !clause_break(w, k - 1); k--)
		if (table_before(w, k, l))
			return 1;
	return 0;
}

/* the last base period that is a single day before character i, or NULL */
static const Period *
base_point_before(const PdMetricWork *w, int i)
{
	const Period *best = NULL;
	int			p;

	for (p = 0; p < w->nperiods; p++)
		if (w->periods[p].end <= i && w->periods[p].base &&
			w->periods[p].from && w->periods[p].from == w->periods[p].to)
			best = &w->periods[p];
	return best;
}

/* the number of months or years a duration counts, from its value */
static int
duration_count(const char *value)
{
	int			n = 0;

	for (; *value >= '0' && *value <= '9' && n < 1000; value++)
		n = n * 10 + (*value - '0');
	return *value == '\0' ? n : 0;
}

/*
 * figure_dates - the period columns of m for figure c: its own time
 * expression (as written) and the dates of p, adjusted for
 *  - a change from a base date (较2023年末净增N户 截至9月末: the day after
 *	  the base to the date),
 *  - a cumulative total without a period of its own (累计…: a stock at the
 *	  end of the period it is reported in),
 *  - a running duration (已连续三年: the years ending with the period).
 */
void
figure_dates(const PdMetricWork *w, const Candidate *c, PdMetricKind kind,
			 const Period *own, const Period *p, PdMetric *m)
{
	const Period *b;
	PdDate		from,
				to;

	if (own)
	{
		m->period.off = w->off[own->start];
		m->period.len = w->off[own->end] - w->off[own->start];
	}
	if (!p || !p->from)
		return;
	from = p->from;
	to = p->to;
	if (kind == PD_KIND_CHANGE && from == to && !(c->unit && (c->unit->flags & PU_POINT)) &&
		(b = base_point_before(w, c->start)) != NULL && b->to < from)
		from = date_add_days(b->to, 1);
	else if (from != to && (clause_has(w, c->start, PL_PERIOD_END) ||
							(!own && clause_has(w, c->start, PL_CUMULATIVE))))
		from = to;				/* 累计, 期末: a stock at the end */
	else if (!own && kind == PD_KIND_LEVEL && w->doc_date &&
			 clause_has(w, c->start, PL_PRESENT))
		from = to = w->doc_date;	/* 已汇聚超过一千二百间: a stock now */
	else if (own && own->deadline && from == to && from % 10000 == 1231 &&
			 (kind == PD_KIND_GROWTH_RATE || (c->unit && (c->unit->flags & PU_MONEY))))
		from = mkdate(from / 10000, 1, 1);	/* 预计到年末完成115亿元: the year's flow */
	else if (c->unit && (c->unit->flags & PU_SPAN) &&
			 table_before(w, c->start, PL_RUNNING))
	{
		int			n = duration_count(w->value);

		if (n > 0 && c->unit->unit[0] == "年"[0] && strcmp(c->unit->unit, "年") == 0)
			from = mkdate(to / 10000 - n + 1, 1, 1);
		else if (n > 0 && strcmp(c->unit->unit, "月") == 0)
			from = date_add_months(to, 1 - n);
	}
	if (!from)
		return;
	m->period_start = from;
	m->period_end = to;
	if (from / 10000 == to / 10000)
		m->year = from / 10000;
}
