/*-------------------------------------------------------------------------
 *
 * pd_metric_time_fiscal.c
 *	  Fiscal years over two calendar years, as Hong Kong counts them (1 April
 *	  to 31 March): 2024-25财政年度, 二〇二四至二五年度, 2025/26年度; the
 *	  current one (本财政年度, 今个财政年度) in a text not about Macau; and
 *	  the first months of one (本财政年度首9个月: April to December).  Macau's
 *	  fiscal year is the calendar year.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_time_fiscal.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* the value of the 2 or 4 digits at j (Arabic or each a Chinese digit); *e their end */
static int
year_digits(const PdMetricWork *w, int j, int *e)
{
	int			k,
				v = 0,
				x;

	for (k = j; k < w->n && k - j < 5; k++)
	{
		if (is_adigit(w->cp[k]))
			x = (int) adigits_value(w, k, k + 1);
		else if (is_cdigit(w->cp[k]) && pd_numeral_class(w->cp[k], &x) == PD_NC_DIGIT)
			;
		else
			break;
		v = v * 10 + x;
	}
	*e = k;
	return (k - j == 2 || k - j == 4) ? v : -1;
}

/* / - 至 ／ between the two years of a fiscal year */
static int
is_fiscal_conn(uint32_t c)
{
	return c == '/' || c == CP_FW_SLASH || c == '-' || c == CP_FW_HYPHEN ||
		c == CP_ZHI4 || c == CP_EN_DASH || c == CP_EM_DASH;
}

/*
 * fiscal_year_at - a fiscal year running over two calendar years at j
 * (2024-25财政年度, 二〇二四至二五财政年度, 2025/26年度: Hong Kong's, from
 * 1 April to 31 March); its end, or 0.  *y gets the first year.
 */
int
fiscal_year_at(const PdMetricWork *w, int j, int *y)
{
	int			e,
				e2,
				y1 = year_digits(w, j, &e),
				y2,
				l;

	if (y1 < 1900 || y1 > 2099 || e - j != 4 || e >= w->n || !is_fiscal_conn(w->cp[e]))
		return 0;
	y2 = year_digits(w, e + 1, &e2);
	if (y2 < 0 || !(y2 == (y1 + 1) % 100 || y2 == y1 + 1))
		return 0;
	if ((l = table_at(w, e2, PL_FISCAL_TAILS, NULL)) == 0)
		return 0;
	*y = y1;
	return e2 + l;
}

/*
 * does the text speak of Macau, whose fiscal year is the calendar year
 * (named, or its words: 本澳, 统计暨普查局)?  Elsewhere 本财政年度 is read as
 * Hong Kong's: the genre's other regions do not count a current fiscal year.
 */
static int
macau_text(const PdMetricWork *w)
{
	int			k;

	if (!pd_gaz_macau)
		return 0;
	if (w->topic == pd_gaz_macau || w->seen_at[0] == pd_gaz_macau || w->last[0] == pd_gaz_macau)
		return 1;
	for (k = 0; k < w->nmentions; k++)
		if (w->mentions[k].entry == pd_gaz_macau)
			return 1;
	return 0;
}

/* the fiscal year from 1 April of year y */
void
set_fiscal_year(Period *p, int y)
{
	p->from = mkdate(y, 4, 1);
	p->to = mkdate(y + 1, 3, 31);
	p->year = 0;
}

/*
 * is p a fiscal year or its first months (from 1 April into the next
 * calendar year, or to 31 December: 本财政年度首9个月)?
 */
int
is_fiscal_year(const Period *p)
{
	return p->from % 10000 == 401 &&
		(p->to / 10000 == p->from / 10000 + 1 || p->to % 10000 == 1231);
}

/* the first n months of the fiscal year from 1 April of year y (首9个月: April to December) */
void
set_fiscal_months(Period *p, int y, int n)
{
	int			m = 3 + n,
				y2 = y + (m - 1) / 12;

	if (n < 1 || n > 12)
		return;
	m = (m - 1) % 12 + 1;
	p->from = mkdate(y, 4, 1);
	p->to = mkdate(y2, m, month_days(y2, m));
	p->year = y == y2 ? y : 0;
}

/*
 * fiscal_word_at - the current fiscal year (本财政年度首9个月) at j in a text
 * not about Macau, with the first months after it: the fiscal year the text
 * named last (本年度 too), else the one of the document's date; the end, or 0
 */
int
fiscal_word_at(const PdMetricWork *w, int j, Period *p)
{
	MonthSpec	ms;
	int			l,
				y,
				m;

	l = table_at(w, j, PL_FISCAL_CURRENT, NULL);
	/* 本年度 after the text named a fiscal year: that year */
	if (!l && is_fiscal_year(&w->run) && w->run.to % 10000 == 331)
		l = word_at(w, j, W_THIS_FISCAL);
	if (!l || macau_text(w))
		return 0;
	/* the fiscal year the text named (a release of its accounts in April), else the document's */
	if (is_fiscal_year(&w->run))
		y = w->run.from / 10000;
	else if (w->doc_date)
		y = w->doc_date / 100 % 100 >= 4 ? w->doc_year : w->doc_year - 1;
	else
		return 0;
	set_fiscal_year(p, y);
	j += l;
	if (j < w->n && is_first_months_lead(w->cp[j]) && (m = month_at(w, j, &ms)) != 0 &&
		ms.m0 == 1)
	{
		set_fiscal_months(p, y, ms.m1);
		j = m;
	}
	return j;
}

/*
 * fiscal_part - a part of a year written without one right after a fiscal
 * year (2024-25財政年度首三季, …上半年) counts its months from the fiscal
 * year's April: p becomes those months (首三季: April to December), a
 * target only if they lie ahead
 */
void
fiscal_part(const PdMetricWork *w, const Period *fy, Period *p)
{
	int			y = fy->from / 10000,
				m0,
				m1,
				y0,
				y1;

	if (!is_fiscal_year(fy) || fy->to % 10000 != 331 || !p->bare || !p->from ||
		p->from / 10000 != p->to / 10000)
		return;
	m0 = p->from / 100 % 100;
	m1 = p->to / 100 % 100;
	y0 = y + (m0 + 2) / 12;
	y1 = y + (m1 + 2) / 12;
	m0 = (m0 + 2) % 12 + 1;
	m1 = (m1 + 2) % 12 + 1;
	p->from = mkdate(y0, m0, 1);
	p->to = mkdate(y1, m1, month_days(y1, m1));
	p->year = y0 == y1 ? y0 : 0;
	p->target = period_ahead(w, p);
}
