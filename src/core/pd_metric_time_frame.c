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
 *	  - 今年累計 after 截至今年十月底: the year to that day;
 *	  - the level a change starts from (由1.4%回落至1.3%) after a base of
 *	    comparison one step before the text's period (低於十一月至一月的3.4%):
 *	    that base's period.
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
		if (table_at(w, k, PL_BUDGET_BILLS, NULL))
			return 1;
		if (ahead && table_at(w, k, PL_PLAN_ADDRESSES, NULL))
			return 1;
	}
	return 0;
}

/*
 * is q written at the head of its sentence, before a comma (2022年，全区力争…)
 * or 的 (二零一九/二零年度的總收入預計為…)?
 */
static int
heads_sentence(const PdMetricWork *w, const Period *q)
{
	int			k = 0;

	/* a paragraph's number first (182. 二零一九/二零年度的…) */
	while (k < q->start && is_adigit(w->cp[k]))
		k++;
	if (k > 0 && k < q->start && (w->cp[k] == '.' || w->cp[k] == CP_FW_POINT))
		k++;
	else
		k = 0;
	for (; k < q->start; k++)
		if (!(w->cp[k] == ' ' || w->cp[k] == '\n' || w->cp[k] == '\r' ||
			  w->cp[k] == CP_IDEOGRAPHIC_SPACE))
			return 0;
	return q->end < w->n && (w->cp[q->end] == CP_FW_COMMA || w->cp[q->end] == ',' ||
							 w->cp[q->end] == CP_FW_COLON || w->cp[q->end] == CP_DE);
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

/*
 * bill_year - the year of the budget bill that frames the text (the
 * sentence's own or the last one), 0 if none or not a single year.  A text
 * without a date that brings in a budget bill is written the year before it
 * (桃園市政府昨天提出一一五年度總預算案…明年度歲出: 115年度), so its 明年 is
 * the bill's year.
 */
int
bill_year(const PdMetricWork *w)
{
	const Period *b = w->run.plan == 2 ? &w->run : &w->budget_run;

	if (!b->from || b->from / 10000 != b->to / 10000)
		return 0;
	return b->from / 10000;
}

/*
 * passing_year - after a sentence that gave no figure: a year counted from
 * the document's date (今年, 去年) that set the text's period there in
 * passing, after a subject in its clause (竹科今年也迎來營運45周年, in a
 * release of the past year's figures), is no frame for the text after it:
 * the text's year (ctx_year0) and period (run0) stand again.  A year word
 * at a clause's start (今年，…) still frames what follows.
 */
void
passing_year(PdMetricWork *w, int ctx_year0, int ctx_relative0)
{
	size_t		t = 0;
	int			k = w->run.start;

	if (!ctx_year0 || w->ctx_year == ctx_year0 ||
		memcmp(&w->run, &w->run0, sizeof(Period)) == 0 || k <= 0 ||
		is_clause_punct(w->cp[k - 1]) || !table_at(w, k, PL_S_PERIODS, &t) ||
		pd_period_words[t].ysrc != YS_DOC)
		return;
	w->run = w->run0;
	w->ctx_year = ctx_year0;
	w->ctx_relative = ctx_relative0;
}

/*
 * forecast_part - after a sentence whose figures were all forecasts or
 * goals: a part of the year it wrote without a year (管理局預估，全年營業額
 * 可望…, after 今年上半年營運數據) is the forecast's, no frame: the figures
 * after it without a period of their own are the text's part again.  A plan
 * or a year written out still frames.
 */
void
forecast_part(PdMetricWork *w)
{
	if (w->run.bare && !w->run.plan && w->run0.from && !w->run0.plan &&
		memcmp(&w->run, &w->run0, sizeof(Period)) != 0 &&
		w->run.from / 10000 == w->run0.from / 10000)
		w->run = w->run0;
}

/*
 * year_so_far - 截至3月5日，我省今年新注册…540家: 今年 right after the date
 * a report runs to, in its year, is the year up to that date (a flow so
 * far, no goal); the date, not the year, frames the text after it
 */
void
year_so_far(PdMetricWork *w, Period *q)
{
	const Period *r;

	if (w->nperiods < 2 || !q->from || !this_year_word(w, q->start))
		return;
	r = &w->periods[w->nperiods - 2];
	if (!r->asof || r->base || r->from != r->to ||
		r->to / 10000 != q->from / 10000 || r->to >= q->to)
		return;
	q->to = r->to;
	q->target = 0;
	q->relative = 1;
}

/*
 * year_range_back - a range of years with 年 written once (2021-2025年,
 * 2019至2023年, 105至108年度): the period p read from the second year starts
 * with the first, written with as many digits right before the range mark
 */
void
year_range_back(const PdMetricWork *w, Period *p)
{
	int			k = p->start,
				d,
				j;
	long		v1,
				v2;

	if (!p->from || p->base || p->from % 10000 != 101 || p->to % 10000 != 1231 ||
		p->from / 10000 != p->to / 10000)
		return;
	if (k > 0 && is_period_range_conn(w->cp[k - 1]))
		k--;
	else if (!is_period_range_conn(w->cp[k]))
		return;
	j = adigit_run(w, k + 1);
	for (d = k; d > 0 && is_adigit(w->cp[d - 1]); d--)
		;
	if (j == k + 1 || k - d != j - (k + 1))
		return;
	v1 = adigits_value(w, d, k);
	v2 = adigits_value(w, k + 1, j);
	if (v1 < 0 || v2 < 0 || v1 >= v2 || v2 - v1 > 20)
		return;
	p->from = mkdate((int) (p->from / 10000 - (v2 - v1)), 1, 1);
	p->start = d;
	p->year = 0;
	p->target = p->target ? period_ahead(w, p) : 0;
	p->deadline = 0;
}

/*
 * budget_return - a sentence that breaks the budget down before naming a
 * period of its own (按政事別概算，教科文支出3536億元…) after the text
 * looked back at another year (今年度歲入已退回95、96年度的水準): its
 * figures are the budget's again, the last budget bill's year
 */
void
budget_return(PdMetricWork *w)
{
	int			k;

	if (w->run.plan == 2)
	{
		w->budget_run = w->run;
		return;
	}
	if (!w->budget_run.from)
		return;
	for (k = 0; k < w->n && !cf_has(w, k, FC_PERIOD | FC_DIGIT); k++)
		if (table_at(w, k, PL_BUDGET_BREAKDOWNS, NULL))
		{
			w->run = w->budget_run;
			return;
		}
}

/* ideographic_space_at - does s[0..len) open with U+3000 (an indent)? */
static int
ideographic_space_at(const char *s, size_t len)
{
	uint32_t	c;

	return len > 0 && pd_utf8_next((const unsigned char *) s, len, &c) == 3 &&
		c == CP_IDEOGRAPHIC_SPACE;
}

/*
 * restates_figure - does the paragraph at next (len bytes) open with a
 * figure of the one before restated (这633家入库企业, 上述120家)?
 */
static int
restates_figure(const char *next, size_t len)
{
	const PdWordList *l = &pd_lists[PL_RESTATE_LEAD];
	size_t		i;

	/* the indent: spaces, ideographic spaces (U+3000) */
	while (len > 0 && (*next == ' ' || *next == '\t'))
		next++, len--;
	while (ideographic_space_at(next, len))
		next += 3, len -= 3;
	for (i = 0; i < l->n; i++)
	{
		size_t		k = strlen(l->words[i]);

		if (len > k && memcmp(next, l->words[i], k) == 0 &&
			next[k] >= '0' && next[k] <= '9')
			return 1;
	}
	return 0;
}

/*
 * paragraph_end - a stock's past date (截至2025年底) frames its paragraph
 * only: the stocks of the next one without a date of their own are the
 * document's (首批三座大樓已經落成 in a text dated January 2026), unless
 * it opens restating a figure of this one (这633家入库企业: the same date)
 */
void
paragraph_end(PdMetricWork *w, const char *next, size_t len)
{
	Period	   *r = &w->run;
	Period		p;

	if (!w->doc_date || !r->from || r->from != r->to || r->target || r->to >= w->doc_date)
		return;
	if (restates_figure(next, len))
		return;
	memset(&p, 0, sizeof(p));
	p.day = 1;
	set_point(&p, w->doc_date / 10000, w->doc_date / 100 % 100, w->doc_date % 100);
	*r = p;
}

/* ---------------------------------------------------------------------
 * Spans since
 * --------------------------------------------------------------------- */

/*
 * since_year - 當年, 同年 at j right after a span since a year in its
 * sentence (縣長自2019年度起統籌編列預算，當年歲出…): that year, else 0
 */
int
since_year(const PdMetricWork *w, int j)
{
	const Period *q;

	if (w->nperiods == 0 || !table_at(w, j, PL_SAME_YEAR, NULL))
		return 0;
	q = &w->periods[w->nperiods - 1];
	return q->since && q->from ? q->from / 10000 : 0;
}

/* ---------------------------------------------------------------------
 * Asides
 * --------------------------------------------------------------------- */

/* the start of the part of the sentence character i is in: after the ； before it, or 0 */
static int
segment_start(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i - 1; k >= 0; k--)
		if (w->cp[k] == CP_FW_SEMICOLON || w->cp[k] == ';')
			return k + 1;
	return 0;
}

/*
 * is there a figure (a digit outside every time expression) before
 * character i, from lo on?
 */
static int
figure_before(const PdMetricWork *w, int lo, int i)
{
	int			k,
				j;

	for (k = lo; k < i; k++)
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
 * aside_period - is q an aside after a figure of its sentence: looking
 * back, over before the period the text is about begins (第二季 after
 * 第三季, 而二零一四年則增長1.2% after 二零一五年), or a part of a year
 * shorter than it, written without its year, summing up, ending with it
 * (上半年 after 第2季)?  Not a part inside it (2023年…，上半年已執行: the
 * text goes on about the half year).
 */
int
aside_period(const PdMetricWork *w, const Period *q)
{
	const Period *r = &w->run;

	if (!r->from || q->base || q->target || q->since || q->relative || !q->from)
		return 0;
	if (r->from == r->to || r->since)
		return 0;				/* after a stock's date: a period of its own */
	/* 而二零一四年則增長1.2%, not ；中科去年營業額…: a new item of a list */
	if (q->to < r->from)
		return figure_before(w, segment_start(w, q->start), q->start);
	if (!q->bare || (q->from % 10000 == 101 && q->to % 10000 == 1231))
		return 0;				/* 全年, 当年: the whole year */
	if (!(q->to == r->to && q->from < r->from))
		return 0;
	return figure_before(w, 0, q->start);
}

/* is the aside q cut from character i by a ； (第二季升1.9%；政府消費…)? */
int
aside_cut(const PdMetricWork *w, const Period *q, int i)
{
	return q->aside && segment_start(w, i) > q->end;
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
	if (!word_at(w, q->end, W_CUMULATIVE))
		return;
	q->to = r->to;
}

/* ---------------------------------------------------------------------
 * The level a change starts from
 * --------------------------------------------------------------------- */

/* note_base - remember q if it is a base of comparison with dates */
void
note_base(PdMetricWork *w, const Period *q)
{
	if (!q->base || q->relative || !q->from || q->from == q->to)
		return;
	w->last_base = *q;
	w->last_base_run = w->run;
}

/*
 * does a change start from figure c: 由 (or 从) before it, right before or
 * before a few words ending with 的 (由下修後的15.8%), and 至, 到 or 为 and a
 * number after?
 */
static int
change_from(const PdMetricWork *w, const Candidate *c)
{
	int			k = c->start - 1;

	if (k >= 0 && w->cp[k] == CP_DE)
		while (k > 0 && c->start - k < 7 && w->cp[k] != CP_YOU && w->cp[k] != CP_CONG &&
			   !is_clause_punct(w->cp[k]) && !cf_has(w, k, FC_DIGIT))
			k--;
	if (k < 0 || (w->cp[k] != CP_YOU && w->cp[k] != CP_CONG))
		return 0;
	for (k = c->end; k + 1 < w->n && k - c->end < 8 && !is_clause_punct(w->cp[k]); k++)
		if ((w->cp[k] == CP_ZHI4 || w->cp[k] == CP_DAO || w->cp[k] == CP_WEI_BE) &&
			cf_has(w, k + 1, FC_NUMBER))
			return 1;
	return 0;
}

/* the number of months in p */
static int
months_in(const Period *p)
{
	return (p->to / 10000 - p->from / 10000) * 12 + (int) (p->to / 100 % 100) -
		(int) (p->from / 100 % 100) + 1;
}

/*
 * from_base - the period of figure c when a change starts from it (由1.4%
 * 回落至1.3%, 由下修後的15.8%增為18.1%) without a base of its own, and the
 * text compared its period with one as long just before it (低於二零二二年
 * 十一月至二零二三年一月的3.4%, 由11月的20.2%增為21.6%) while the text's
 * period has not changed since: that base; else NULL
 */
const Period *
from_base(const PdMetricWork *w, const Candidate *c, const Period *own)
{
	const Period *b = &w->last_base,
			   *p = own ? own : &w->run0;

	if (!b->from || !p->from || (own && own->base) || !change_from(w, c))
		return NULL;
	if (w->last_base_run.from != p->from || w->last_base_run.to != p->to)
		return NULL;
	if (months_in(b) != months_in(p) || b->from >= p->from || b->to >= p->to ||
		date_add_months(b->from, months_in(p)) < p->from)
		return NULL;
	return b;
}
