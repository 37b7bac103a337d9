/*-------------------------------------------------------------------------
 *
 * pd_metric_time_date.c
 *	  The calendar of time expressions: dates as yyyymmdd integers and their
 *	  arithmetic, the parts of a year (上半年, 第4季, 年底), the numbers that
 *	  write years, months and days (2023, 二〇二三, 十二, 一○九), months and
 *	  month ranges (11月, 1-4月, 前10个月, 3月8日, 9月末), and Republic-calendar
 *	  years (民國112年, 103年 in a Traditional text).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_time_date.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* ---------------------------------------------------------------------
 * Dates
 * --------------------------------------------------------------------- */

PdDate
mkdate(int y, int m, int d)
{
	return (PdDate) (y * 10000 + m * 100 + d);
}

static int	date_months(PdDate d);

int
month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return days[m - 1];
}

int
valid_year(int y)
{
	return y >= 1900 && y <= 2199;
}

/* months m0..m1 of year y */
void
set_months(Period *p, int y, int m0, int m1)
{
	if (!valid_year(y) || m0 < 1 || m1 > 12 || m0 > m1)
		return;
	p->from = mkdate(y, m0, 1);
	p->to = mkdate(y, m1, month_days(y, m1));
	p->year = y;
}

/* a single day: a stock at a date */
void
set_point(Period *p, int y, int m, int d)
{
	if (!valid_year(y) || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
		return;
	p->from = p->to = mkdate(y, m, d);
	p->year = y;
}

/* the YP_* part of year y */
void
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
			/* 今年以来, 2017年以来: up to the document's date */
			p->since = 1;
			if (p->from && w->doc_date >= p->from)
			{
				p->to = w->doc_date;
				p->since = 2;
				if (w->doc_date / 10000 != y)
					p->year = 0;
			}
			/* without a date: up to the year the text is about */
			else if (!w->doc_date && w->ctx_year > y)
			{
				p->to = mkdate(w->ctx_year, 12, 31);
				p->year = 0;
			}
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

/*
 * this_year_word - is 今年 written at i as such, the document's year (not
 * 今年度, a fiscal year, nor 今年上半年)?
 */
int
this_year_word(const PdMetricWork *w, int i)
{
	size_t		t = 0;
	int			l = table_at(w, i, PL_S_PERIODS, &t);

	return l && !(i + l < w->n && w->cp[i + l] == CP_DU) &&
		pd_period_words[t].ysrc == YS_DOC && pd_period_words[t].rel == 0 &&
		pd_period_words[t].part == YP_YEAR;
}

/* the year a period without one of its own lies in */
int
context_year(const PdMetricWork *w)
{
	return w->ctx_year ? w->ctx_year : w->doc_year;
}

/* ---------------------------------------------------------------------
 * Digits
 * --------------------------------------------------------------------- */

/* value of the Arabic digits in [i, j), or -1 */
long
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

int
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
long
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
int
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
		if (table_at(w, j, PL_MONTH_ENDS, NULL))
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

/*
 * 前10个月, 前两个月, and as Hong Kong and Macau write them 首8个月, 首两月:
 * the first months of the year at i
 */
static int
first_months_at(const PdMetricWork *w, int i, MonthSpec *ms)
{
	int			k;
	long		v;

	if (i >= w->n || !is_first_months_lead(w->cp[i]))
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
	if (v < 1 || v > 12 || !(word_at(w, k, W_MONTHS) || (k < w->n && w->cp[k] == CP_YUE)))
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
int
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
	/* 10 月份: a space between the digits and 月 */
	if (j + 1 < w->n && (w->cp[j] == ' ' || w->cp[j] == CP_IDEOGRAPHIC_SPACE) &&
		w->cp[j + 1] == CP_YUE && is_adigit(w->cp[j - 1]))
		j++;
	if (j >= w->n || w->cp[j] != CP_YUE || word_at(w, j, W_MONTHS_AGO))
		return 0;
	j++;
	if (word_at(w, j, W_MONTH_OF))
		j++;
	return month_tail(w, j, ms);
}

/* the dates of months ms in year y */
void
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
 * does a quarter, a half, a month of a year or 度 follow at k?  Then the
 * number before 年 is a year even after a word that makes other numbers
 * durations (公布的114年第4季, 編列的105年度: Republic years, not 的40年 of a
 * history).
 */
static int
year_part_after(const PdMetricWork *w, int k)
{
	MonthSpec	ms;
	size_t		u = 0;
	int			tag;

	if (month_at(w, k, &ms))
		return 1;
	/* 編列的105年度總預算: a fiscal year */
	if (k < w->n && w->cp[k] == CP_DU)
		return 1;
	if (!table_at(w, k, PL_YEAR_TAIL, &u))
		return 0;
	tag = list_tag(PL_YEAR_TAIL, u);
	return tag >= YP_H1 && tag <= YP_Q4;
}

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
	/*
	 * 109年度总预算案 in a Simplified text: 年度 after two or three digits
	 * is a fiscal year of the Republic whatever the script (the mainland
	 * writes 2020年度)
	 */
	if (!(traditional_doc(w) || (is_adigit(w->cp[j]) && k - j <= 3 &&
								 k + 1 < w->n && w->cp[k + 1] == CP_DU)) ||
		v < 40 || v > 150 ||
		(is_adigit(w->cp[j]) && k - j > 3) ||
		(j > 0 && (is_adigit(w->cp[j - 1]) || is_month_digit(w->cp[j - 1]))) ||
		(table_before(w, j, PL_DURATION_BEFORE) && !year_part_after(w, k + 1) &&
		 !table_at(w, k + 1, PL_ROC_YEAR_NOUNS, NULL)) ||
		(table_at(w, k + 1, PL_DURATION_AFTER, NULL) &&
		 !table_before(w, j, PL_ROC_FROM)))
		return 0;
	return (int) v + 1911;
}

/* year_number_roc - year_number_at; *roc set when the year is a Republic one */
int
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
