/*-------------------------------------------------------------------------
 *
 * pd_metric_time_figure.c
 *	  The period of one figure: the last time expression before it in its
 *	  sentence that is not a base of comparison, else the one the text set
 *	  before; and its dates, adjusted for a change from a base date, a
 *	  cumulative total, a present-tense stock, a year-end deadline of a flow
 *	  and a running duration.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_time_figure.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/*
 * base_amount - is the figure at i the base's own amount, a few words after
 * its period e: named as such (较114年度法定预算数277.27亿元) or inside a
 * comparison bracket (和113年度法定预算数250.5亿元相比)?
 */
static int
base_amount(const PdMetricWork *w, int e, int i)
{
	int			k;

	if (i - e > 12)
		return 0;
	for (k = e; k < i; k++)
		if (is_clause_punct(w->cp[k]) || is_adigit(w->cp[k]) || is_cdigit(w->cp[k]))
			return 0;
	if (table_before(w, i, PL_BASE_NOUNS))
		return 1;
	for (k = i; k < w->n && k - i < 16 && !is_clause_punct(w->cp[k]); k++)
		if (table_at(w, k, PL_COMPARE_CLOSE, NULL))
			return 1;
	return 0;
}

/* does the figure at i follow its base period ending at e: 比前年的, (107年)的, 2015年的每人 */
static int
base_figure(const PdMetricWork *w, int e, int i)
{
	while (e < i && (w->cp[e] == ')' || w->cp[e] == CP_FW_RPAREN))
		e++;
	if (e + 3 == i && w->cp[e] == CP_DE && w->cp[e + 1] == CP_MEI)
		return 1;
	return e == i || (e + 1 == i && w->cp[e] == CP_DE) || base_amount(w, e, i);
}

/* period_for - the last period before character i that is not a base */
const Period *
period_for(const PdMetricWork *w, int i)
{
	const Period *best = NULL;
	int			p,
				lo = prospect_at(w, i);

	for (p = 0; p < w->nperiods; p++)
	{
		const Period *q = &w->periods[p];

		/* 台积电10月动工建厂，全案完成后预计可提供: not the yield's period */
		if (q->end <= lo)
			continue;

		/* 比前年的1兆7510億元: the figure of the base period itself (not 为2015年的1.8倍) */
		if (q->base && base_figure(w, q->end, i) &&
			!(q->start > 0 && (w->cp[q->start - 1] == CP_WEI_BE ||
							   w->cp[q->start - 1] == CP_SHI_BE)))
			return q;
		/* 高於近5年的平均成長率9.7%: the figure of a window compared with */
		if (q->window && !q->from && q->end <= i && !clause_mark_in(w, q->end, i))
			return q;
		/* 一○九年九月 in an aside is not the period of what follows it */
		if (q->end <= i && !q->base && !aside_cut(w, q, i) &&
			(!(w->fl[q->start] & F_PAREN) || (w->fl[i] & F_PAREN)))
			best = q;
	}
	return best;
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

/*
 * this_year_so_far - is own, ending at to, 今年 written as such (not a year
 * or a fiscal year: 114年度比113年度已多出, 今年度…已執行) with 已 before
 * the figure c in its clause, in a document dated before the year's end?
 */
static int
this_year_so_far(const PdMetricWork *w, const Candidate *c, const Period *own,
				 PdDate to)
{
	return w->doc_date && w->doc_date < to && own->from / 10000 == w->doc_date / 10000 &&
		this_year_word(w, own->start) && clause_has(w, c->start, PL_PRESENT);
}

/*
 * figure_period - the period of figure c: its own (written before it in
 * its sentence), else the one the text before set (w->run0); none for
 * what a project will yield
 */
const Period *
figure_period(const PdMetricWork *w, const Candidate *c, const Period *own)
{
	const Period *b = from_base(w, c, own);

	/* 由1.4%回落至1.3% after 低於十一月至一月的3.4%: the level of that period */
	if (b)
		return b;
	if (own)
		return own;
	/* 投产后可提供就业岗位300多个: a yield, no period the text ran */
	if (prospect_at(w, c->start) >= 0)
		return NULL;
	/* 每年約千億元的常態預算: a standing yearly amount */
	if (clause_has(w, c->start, PL_EVERY_YEAR))
		return NULL;
	return w->run0.from ? &w->run0 : NULL;
}

/*
 * cumulative_before - 累计 before the figure at i in its clause or in the
 * items of its list (累计引进项目1300个、总投资6000亿元), back to its own
 * period and at most 24 characters; its start, or -1
 */
static int
cumulative_before(const PdMetricWork *w, int i, const Period *own)
{
	int			k,
				lo = own && own->end <= i ? own->end : 0;

	for (k = i; k > lo && i - k < 24; k--)
	{
		uint32_t	c = w->cp[k - 1];
		int			l;

		if (c != CP_IDEOGRAPHIC_COMMA && clause_break(w, k - 1))
			return -1;
		if ((l = table_before(w, k, PL_CUMULATIVE)) != 0)
			return k - l;
	}
	return -1;
}

/*
 * own_elsewhere - is the figure's own period that of another figure written
 * between them (1—9月新增…7509件，…累计达到50315件), not one that opens
 * its clause (1-5月，累计完成投资…: a flow since January)?
 */
static int
own_elsewhere(const PdMetricWork *w, const Period *own, int k)
{
	int			j;

	for (j = own->end; j < k; j++)
		if (is_adigit(w->cp[j]))
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

/* the last base period before character i, or NULL */
static const Period *
base_before(const PdMetricWork *w, int i)
{
	const Period *best = NULL;
	int			p;

	for (p = 0; p < w->nperiods; p++)
		if (w->periods[p].end <= i && w->periods[p].base && w->periods[p].to)
			best = &w->periods[p];
	return best;
}

/* is p a span of whole years written with its years (2020年至2023年)? */
static int
span_years(const PdMetricWork *w, const Period *p)
{
	return p->from && !p->since && p->from / 10000 != p->to / 10000 &&
		p->from % 10000 == 101 && p->to % 10000 == 1231 && is_adigit(w->cp[p->start]);
}

/*
 * years_end - is figure c one end of a change over a span of years p written
 * as such (2020年至2023年，…由545.7亿元增加到745.8亿元): -1 the level it
 * starts from, 1 the level it reaches, 0 neither
 */
static int
years_end(const PdMetricWork *w, const Candidate *c, const Period *p)
{
	int			k,
				i = c->start;

	if (!span_years(w, p) || i == 0)
		return 0;
	if (w->cp[i - 1] == CP_YOU || w->cp[i - 1] == CP_CONG)
		return -1;
	if (w->cp[i - 1] != CP_DAO && w->cp[i - 1] != CP_ZHI4)
		return 0;
	for (k = i - 1; k > p->end && !is_clause_punct(w->cp[k - 1]); k--)
		if ((w->cp[k - 1] == CP_YOU || w->cp[k - 1] == CP_CONG) && cf_has(w, k, FC_DIGIT))
			return 1;
	return 0;
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
	int			k;

	if (own)
	{
		m->period.off = w->off[own->start];
		m->period.len = w->off[own->end] - w->off[own->start];
	}
	if (!p || !p->from)
		return;
	/* 力争到2025年，由2.1%提高到3%: an actual has no period ahead */
	if (m->status == PD_STATUS_ACTUAL && p->target)
		return;
	from = p->from;
	to = p->to;
	/* 2020年至2023年，由545.7亿元增加到745.8亿元: the first year's, the last's */
	if (p == own && (k = years_end(w, c, p)) != 0)
	{
		if (k < 0)
			to = mkdate(from / 10000, 12, 31);
		else
			from = mkdate(to / 10000, 1, 1);
	}
	/* 比2012年增加…，年均增长6.5%; 2015年以来年均提高4.2: the years averaged */
	else if ((kind == PD_KIND_GROWTH_RATE || kind == PD_KIND_CHANGE) &&
			 clause_has(w, c->start, PL_ANNUAL))
	{
		if (p->since)
			from = mkdate(from / 10000 + 1, 1, 1);
		else if ((b = base_before(w, c->start)) != NULL && b->to / 10000 < to / 10000 - 1 &&
				 from / 10000 == to / 10000)
			from = mkdate(b->to / 10000 + 1, 1, 1);
		if (from > to)
			from = p->from;
	}
	if (kind == PD_KIND_CHANGE && from == to && !(c->unit && (c->unit->flags & PU_POINT)) &&
		(b = base_point_before(w, c->start)) != NULL && b->to < from)
		from = date_add_days(b->to, 1);
	else if (kind == PD_KIND_CHANGE && from == to && from % 10000 == 1231 &&
			 (b = base_before(w, c->start)) != NULL && b->to / 10000 == from / 10000 - 1)
		from = mkdate(from / 10000, 1, 1);	/* 年末…较上年末提高1.6个百分点: the year's change */
	else if (!own && kind == PD_KIND_CHANGE && from == to && from % 10000 == 1231 &&
			 cumulative_before(w, c->start, own) < 0)
		from = mkdate(from / 10000, 1, 1);	/* 年末总量达…。新建3个: a flow of that year */
	else if (from != to && (clause_has(w, c->start, PL_PERIOD_END) ||
							((k = cumulative_before(w, c->start, own)) >= 0 &&
							 (!own || own_elsewhere(w, own, k)))))
		from = to;				/* 累计, 期末: a stock at the end */
	else if (p->since == 2 && kind == PD_KIND_LEVEL && from / 10000 != to / 10000)
		from = to;				/* 2017年以来…1300个: a stock now */
	else if (!own && kind == PD_KIND_LEVEL && w->doc_date &&
			 clause_has(w, c->start, PL_PRESENT))
		from = to = w->doc_date;	/* 已汇聚超过一千二百间: a stock now */
	else if (own && m->status == PD_STATUS_ACTUAL && this_year_so_far(w, c, own, to))
		to = w->doc_date;		/* 今年招商金額已達2410億元 in November: the year so far */
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

/* a 分别 ending at k would begin at clause punctuation (or before the text) */
static int
begins_at_punct(const PdMetricWork *w, int k)
{
	return k < 2 || is_clause_punct(w->cp[k - 2]);
}

/*
 * listed_periods - the index of the first of exactly n dated periods listed
 * before character fb, the first no base (2023年与2024年), or -1
 */
static int
listed_periods(const PdMetricWork *w, int fb, int n)
{
	int			p,
				k;

	for (p = w->nperiods - 1; p >= 0 && w->periods[p].end > fb; p--)
		;
	if (p < n - 1)
		return -1;
	for (k = 1; k < n; k++)
		if (!period_list_gap(w, w->periods[p - k].end, w->periods[p - k + 1].start))
			return -1;
	if (p - n >= 0 && period_list_gap(w, w->periods[p - n].end, w->periods[p - n + 1].start))
		return -1;
	/* 比一季度、上半年和前三季度分别加快: bases, not the figures' periods */
	if (w->periods[p - n + 1].base)
		return -1;
	for (k = 0; k < n; k++)
		if (!w->periods[p - n + 1 + k].from)
			return -1;
	return p - n + 1;
}

/*
 * distribute_periods - 2023年与2024年，全市出口分别增长5.2%和6.8%: n periods
 * listed before 分别 and a list of n figures after it; the i-th figure is
 * the i-th period's (Figure.period_item, else -1)
 */
void
distribute_periods(PdMetricWork *w)
{
	int			j;

	for (j = 0; j < w->nfigs; j++)
		w->figs[j].period_item = -1;
	for (j = 0; j < w->nfigs; j++)
	{
		int			n,
					fb,
					p,
					k;

		if (j > 0 && w->figs[j].list_prev == j - 1)
			continue;
		n = list_length(w, j);
		/* a 分别 beginning within 16 characters of the figures, in their clause */
		if (n < 2 || (fb = fenbie_before(w, w->figs[j].c.start, 14,
										  begins_at_punct)) < 0 ||
			(p = listed_periods(w, fb, n)) < 0)
			continue;
		for (k = 0; k < n; k++)
			w->figs[j + k].period_item = p + k;
	}
}
