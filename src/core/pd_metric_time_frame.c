/*-------------------------------------------------------------------------
 *
 * pd_metric_time_frame.c
 *	  Periods that frame the text around them rather than one figure:
 *	  - the day or year written with its number in parentheses, as Taiwan's
 *	    releases date themselves (今（16）日, 昨（13）日, 今（114）年);
 *	  - a plan's period that the text after it elaborates: a budget bill's
 *	    fiscal year (115年度總預算案, 2026年財政年度施政報告) and a year ahead
 *	    heading its sentence (2022年，全区力争…), whose figures without a
 *	    period of their own are targets of that period;
 *	  - an aside: a part of the year written without its year after a
 *	    figure, looking back or summing up (第三季…，第二季的升幅則為3.1%;
 *	    第2季…；上半年…), which governs its own clause only;
 *	  - 今年累計 after 截至今年十月底: the year to that day.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_time_frame.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

#define CP_JIN					0x4ECA	/* 今 */
#define CP_ZUO					0x6628	/* 昨 */
#define CP_MING					0x660E	/* 明 */
#define CP_QU					0x53BB	/* 去 */

/* ---------------------------------------------------------------------
 * 今（16）日, 今（114）年
 * --------------------------------------------------------------------- */

static int
is_lparen(uint32_t c)
{
	return c == CP_FW_LPAREN || c == '(';
}

static int
is_rparen(uint32_t c)
{
	return c == CP_FW_RPAREN || c == ')';
}

/* the day n of the document's month, or of the month before if n is after the document's day */
static PdDate
recent_day(const PdMetricWork *w, int n)
{
	int			y = w->doc_date / 10000,
				m = w->doc_date / 100 % 100;

	if (n > w->doc_date % 100)
	{
		if (--m < 1)
		{
			m = 12;
			y--;
		}
	}
	if (n < 1 || n > month_days(y, m))
		return 0;
	return mkdate(y, m, n);
}

/*
 * paren_date_at - 今（16）日, 昨（13）日, 今（114）年, 去（114）年12月 at j: the
 * day (the document's date names its month) or the year (of the Republic
 * calendar below 200); the end, or 0
 */
int
paren_date_at(const PdMetricWork *w, int j, Period *p)
{
	uint32_t	c = j < w->n ? w->cp[j] : 0;
	MonthSpec	ms;
	int			k,
				e,
				m;
	long		n;

	if (!(c == CP_JIN || c == CP_ZUO || c == CP_MING || c == CP_QU) || j + 4 >= w->n ||
		!is_lparen(w->cp[j + 1]))
		return 0;
	k = j + 2;
	e = adigit_run(w, k);
	if (e == k || e - k > 4 || e + 1 >= w->n || !is_rparen(w->cp[e]))
		return 0;
	n = adigits_value(w, k, e);
	if (w->cp[e + 1] == CP_RI && (c == CP_JIN || c == CP_ZUO))
	{
		PdDate		d = w->doc_date ? recent_day(w, (int) n) : 0;

		p->day = 1;
		if (d)
			set_point(p, d / 10000, d / 100 % 100, d % 100);
		return e + 2;
	}
	if (w->cp[e + 1] != CP_NIAN || c == CP_ZUO)
		return 0;
	if (n > 0 && n < 200)
		n += 1911;				/* 今（114）年: the Republic's year 114 */
	if (!valid_year((int) n))
		return 0;
	set_months(p, (int) n, 1, 12);
	p->doc_relative = 1;
	if (c == CP_MING || (w->doc_year && n > w->doc_year))
		p->target = 1;
	/* 去（114）年12月 */
	if ((m = month_at(w, e + 2, &ms)) != 0)
	{
		set_month_spec(p, (int) n, &ms);
		return m;
	}
	return e + 2;
}

/* ---------------------------------------------------------------------
 * Plan frames
 * --------------------------------------------------------------------- */

/* after a fiscal year: a budget bill (115年度中央政府總預算案) */
static const char *const budget_bills[] = {
	"总预算", "预算案", "追加预算", "预算草案", "特别预算",
};

/* after a year ahead: the address that sets out its plans (2026年財政年度施政報告) */
static const char *const plan_addresses[] = {
	"施政报告",
};

/* the longest word of words[] starting at k, 0 if none */
static int
word_in(const PdMetricWork *w, int k, const char *const *words, size_t n)
{
	size_t		t;
	int			best = 0;

	for (t = 0; t < n; t++)
	{
		int			l = word_at(w, k, words[t]);

		if (l > best)
			best = l;
	}
	return best;
}

/*
 * does a budget bill (or, for a year ahead, a policy address) follow the
 * period ending at e within its clause, at most 8 characters on
 * (115年度中央政府總預算案, 2026年財政年度施政報告)?
 */
int
budget_after(const PdMetricWork *w, int e, int ahead)
{
	int			k;

	for (k = e; k < w->n && k - e <= 8 && !is_clause_punct(w->cp[k]); k++)
	{
		if (word_in(w, k, budget_bills, NELEM(budget_bills)))
			return 1;
		if (ahead && word_in(w, k, plan_addresses, NELEM(plan_addresses)))
			return 1;
	}
	return 0;
}

/* is q written at the head of its sentence, before a comma (2022年，全区力争…)? */
static int
heads_sentence(const PdMetricWork *w, const Period *q)
{
	int			k;

	for (k = 0; k < q->start; k++)
		if (!(w->cp[k] == ' ' || w->cp[k] == '\n' || w->cp[k] == '\r' ||
			  w->cp[k] == CP_IDEOGRAPHIC_SPACE))
			return 0;
	return q->end < w->n && (w->cp[q->end] == CP_FW_COMMA || w->cp[q->end] == ',' ||
							 w->cp[q->end] == CP_FW_COLON);
}

/*
 * plan_frame - does q frame the text after it as a plan: a budget bill's
 * year (its figures are appropriations: targets, even of the current year)
 * or a year ahead heading its sentence?  Then q is made a target that sets
 * the period of the figures after it without one of their own.
 */
int
plan_frame(const PdMetricWork *w, Period *q)
{
	int			ahead;

	if (q->base || q->relative || q->event || q->since || !q->from || q->day)
		return 0;
	ahead = q->target || (w->doc_year && period_ahead(w, q));
	/* not a past year's budget, recalled */
	if (budget_after(w, q->end, ahead) && !(w->doc_year && q->to / 10000 < w->doc_year))
	{
		q->target = 1;
		q->plan = 2;			/* a budget */
		return 1;
	}
	if (ahead && q->target && heads_sentence(w, q))
	{
		q->plan = 1;
		return 1;
	}
	return 0;
}

/* the budget's year again (追加後，114年度歲入仍為…): a target like it */
void
plan_again(const PdMetricWork *w, Period *q)
{
	if (w->run.plan == 2 && !q->base && q->from == w->run.from && q->to == w->run.to)
	{
		q->target = 1;
		q->plan = 2;
	}
}

/* ---------------------------------------------------------------------
 * Asides
 * --------------------------------------------------------------------- */

/* is there a figure (a digit outside every time expression) before character i? */
static int
figure_before(const PdMetricWork *w, int i)
{
	int			k,
				j;

	for (k = 0; k < i; k++)
	{
		if (!is_adigit(w->cp[k]))
			continue;
		for (j = 0; j < w->nperiods; j++)
			if (k >= w->periods[j].start && k < w->periods[j].end)
				break;
		if (j == w->nperiods)
			return 1;
	}
	return 0;
}

/*
 * aside_period - is q (a part of a year shorter than it, written without
 * its year) an aside after a figure of its sentence: looking back, over
 * before the period the text is about begins (第二季 after 第三季), or
 * summing up, ending with it (上半年 after 第2季)?  Not a part inside it
 * (2023年…，上半年已執行: the text goes on about the half year).
 */
int
aside_period(const PdMetricWork *w, const Period *q)
{
	const Period *r = &w->run;

	if (!q->bare || !r->from || q->base || q->target || q->since || !q->from)
		return 0;
	if (q->from % 10000 == 101 && q->to % 10000 == 1231)
		return 0;				/* 全年, 当年: the whole year */
	if (r->from == r->to)
		return 0;				/* after a stock's date: a period of its own */
	if (!(q->to < r->from || (q->to == r->to && q->from < r->from)))
		return 0;
	return figure_before(w, q->start);
}

/* is the aside q cut from character i by a clause mark (第二季升1.9%；政府消費…)? */
int
aside_cut(const PdMetricWork *w, const Period *q, int i)
{
	int			k;

	if (!q->aside)
		return 0;
	for (k = q->end; k < i; k++)
		if (is_clause_punct(w->cp[k]))
			return 1;
	return 0;
}

/* ---------------------------------------------------------------------
 * The year to a day
 * --------------------------------------------------------------------- */

/* 截至今年十月底…；今年累計: a whole year followed by 累计 after a day of it */
void
year_to_day(const PdMetricWork *w, Period *q)
{
	const Period *r = &w->run;

	if (!r->from || r->from != r->to || q->from % 10000 != 101 || q->to % 10000 != 1231 ||
		q->from / 10000 != r->to / 10000 || r->to % 10000 == 1231)
		return;
	if (!word_at(w, q->end, "累计"))
		return;
	q->to = r->to;
}
