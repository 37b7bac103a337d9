/*-------------------------------------------------------------------------
 *
 * pd_metric_time.c
 *	  Time expressions in a sentence and the document's own date: period
 *	  words (今年以来, 目前), years (2022年, 2021年度, 2023年上半年, 民國112年),
 *	  months (11月, 1-4月), plan periods (“十三五”期间), spans (近三年), each
 *	  optionally opened by 截至/到/至, resolved to their first and last day;
 *	  whether a period is a base of comparison (较2020年) or points to the
 *	  future (到2025年); and the period the text sets for the figures after
 *	  it.  The calendar (dates, months, years as numbers) is in
 *	  pd_metric_time_date.c, a figure's own period in pd_metric_time_figure.c.
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

#define CP_DAN					0x5355	/* 单 */
#define CP_QI					0x8D77	/* 起 */

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
	fc_set(FC_PERIOD, "首", 0);	/* 首8个月 */
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

/*
 * does the clause going on at i name a meeting or a report (召开2012年度总结
 * 表彰暨2013年工作会议)?  Its years do not date the text.
 */
static int
meeting_clause(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i; k < w->n && k - i < 24 && !is_clause_punct(w->cp[k]); k++)
		if (table_at(w, k, PL_EVENT_NOUNS, NULL))
			return 1;
	return 0;
}

/*
 * 近三年, 过去5年, 未来五年, 今后3个月 at i: the end, or 0 (no dates);
 * 过去一年 (过去的一年) in a text dated January to March is the year it
 * reviews, the one before (a work report's look back)
 */
static int
period_span(const PdMetricWork *w, int i, Period *p)
{
	size_t		u = 0;
	int			l = table_at(w, i, PL_SPAN_OPENERS, &u),
				past,
				de,
				k,
				e = 0;

	if (!l)
		return 0;
	past = list_tag(PL_SPAN_OPENERS, u) == SPAN_PAST;
	de = past && i + l < w->n && w->cp[i + l] == CP_DE;
	l += de;					/* 过去的一年 */
	k = month_digits(w, i + l, 4);
	if (k == i + l || k >= w->n)
		return 0;
	if (w->cp[k] == CP_NIAN)
		e = k + 1;
	else if (word_at(w, k, W_MONTHS))
		e = k + 2;
	if (!e)
		return 0;
	p->end = e;
	p->target = list_tag(PL_SPAN_OPENERS, u) == SPAN_FUTURE;
	if (past && w->cp[k] == CP_NIAN && small_value(w, i + l, k) == 1 &&
		w->doc_date && w->doc_date / 100 % 100 <= 3)
		set_part(w, p, w->doc_year - 1, YP_YEAR);
	else if (de)
		return 0;				/* 过去的一年 otherwise: no time phrase */
	return e;
}

/*
 * part_year - the year of a part of a year written without one (全年,
 * 一季度, the months ms when not NULL): the text's year (context_year), but
 * the document's own when the text's year was counted from the document's
 * date (去年, 明年) and the part is over at that date in the document's year
 * (去年…。截至3月 in June, 明年…。截至11月底 in December: this year's).
 */
static int
part_year(const PdMetricWork *w, int part, const MonthSpec *ms)
{
	Period		q;
	int			y = context_year(w);

	if (!w->ctx_relative || !w->doc_date || y == w->doc_year)
		return y;
	memset(&q, 0, sizeof(q));
	if (ms)
		set_month_spec(&q, w->doc_year, ms);
	else
		set_part(w, &q, w->doc_year, part);
	return q.to && q.to < w->doc_date && !q.since ? w->doc_year : y;
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
	/* 首次在单一季度站上: a single quarter, not the first */
	if (pw->part == YP_Q1 && j > 0 && w->cp[j - 1] == CP_DAN)
		return 0;
	/* 是連續第4季負增長: a count of quarters, not the fourth */
	if (pw->part >= YP_Q1 && pw->part <= YP_Q4 && j >= 2 && word_at(w, j - 2, W_RUNNING))
		return 0;
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
	{
		y = w->doc_year + pw->rel;
		p->doc_relative = (pw->ysrc == YS_DOC && pw->rel != 0);
		/* 明年: ahead, a target's period that sets none for the text after */
		if (pw->ysrc == YS_DOC && pw->rel > 0)
			p->target = 1;
	}
	/* 今年 in a text without a date: the year its title named */
	else if (pw->ysrc == YS_DOC && pw->rel == 0 && w->head_year)
		y = w->head_year;
	/* 明年度 in a text without a date after a budget bill: the bill's year */
	else if (pw->ysrc == YS_DOC && pw->rel > 0 && (y = bill_year(w)) != 0)
	{
		y += pw->rel - 1;
		p->target = 1;
	}
	else if (pw->ysrc == YS_CTX)
	{
		/* 自2019年度起…，當年: the year the span began */
		y = since_year(w, j);
		if (!y)
			y = part_year(w, pw->part, NULL);
		p->bare = 1;
	}
	else if (pw->ysrc == YS_PREV && context_year(w))
		y = context_year(w) + pw->rel;
	else if (pw->ysrc == YS_PAST)
		y = w->ctx_year ? w->ctx_year : (w->doc_year ? w->doc_year - 1 : 0);
	p->day = (pw->ysrc == YS_DAY);
	p->now = (pw->ysrc == YS_NOW);
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
	if (!l && word_at(w, k, W_PLAN))
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

	/* 2024年大会 names an event, 2026年財政年度施政報告 a plan's year */
	if (!y || (names_event(w, k + 1) &&
			   !budget_after(w, k + 1, w->doc_year && y > w->doc_year)))
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
					word_at(w, m - 1, W_MONTH_OF)))
			return 0;
	}
	else if (opener || is_first_months_lead(w->cp[j]))
	{
		if (!(m = month_at(w, j, &ms)))
			return 0;
	}
	else if (is_month_digit(w->cp[j]) && (m = month_at(w, j, &ms)) != 0)
	{
		/* 十月製造業…, 九月的124.93, 低於九月的: a bare month written in words */
		if (!(j == 0 || is_clause_punct(w->cp[j - 1]) || w->cp[j - 1] == CP_YU2 ||
			  table_before(w, j, PL_BASE_WORDS) || (m < w->n && w->cp[m] == CP_DE) ||
			  word_at(w, m - 1, W_MONTH_OF) || ms.end_point))
			return 0;
	}
	else
		return 0;
	/* 首9个月 after the text spoke of a fiscal year: its first months */
	if (is_first_months_lead(w->cp[j]) && ms.m0 == 1 && is_fiscal_year(&w->run))
	{
		set_fiscal_months(p, w->run.from / 10000, ms.m1);
		return m;
	}
	if (context_year(w))
	{
		int			y = part_year(w, 0, &ms);

		/* 1-11月 in a text of 20 January without a year: the year before */
		if (!w->ctx_year && w->doc_date && ms.m1 > w->doc_date / 100 % 100)
			y--;
		set_month_spec(p, y, &ms);
	}
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

/*
 * does 以来 close the clause that goes on at k (自2013年9月…挂牌运行以来), or
 * 起 follow right at k (自2019年起, 从2021年第2季起)?
 */
static int
since_closed(const PdMetricWork *w, int k)
{
	if (k < w->n && w->cp[k] == CP_QI)
		return 1;
	for (; k < w->n && !is_clause_punct(w->cp[k]); k++)
		if (word_at(w, k, W_SINCE))
			return 1;
	return 0;
}

/* is 以来 closing the clause at k followed by a record (自去年上半年转负以来首次)? */
static int
since_record(const PdMetricWork *w, int k)
{
	for (; k < w->n && !is_clause_punct(w->cp[k]); k++)
		if (word_at(w, k, W_SINCE))
			return table_at(w, k + 2, PL_RECORD_AFTER, NULL) != 0;
	return 0;
}

/* a base mark (基数, 基期) later in the clause at k, before any figure */
static int
base_marked(const PdMetricWork *w, int k)
{
	int			e = k;

	for (; k < w->n && k - e < 24 && !is_clause_punct(w->cp[k]) &&
		 !is_adigit(w->cp[k]); k++)
		if (table_at(w, k, PL_BASE_MARKS, NULL))
			return 1;
	return 0;
}

/* does 相比 (相较) close the clause going on at k: 和113年度预算数…相比? */
static int
compare_closed(const PdMetricWork *w, int k)
{
	int			e = k;

	for (; k < w->n && k - e < 24 && !is_clause_punct(w->cp[k]); k++)
		if (table_at(w, k, PL_COMPARE_CLOSE, NULL))
			return 1;
	return 0;
}

/*
 * since_span - 自2013年9月…以来: the period runs from its first day to the
 * document's date
 */
static void
since_span(const PdMetricWork *w, Period *p)
{
	p->since = 1;
	if (p->from && w->doc_date >= p->from)
	{
		p->to = w->doc_date;
		p->since = 2;
	}
	/* without the document's date: up to the end of the period the text is in */
	else if (p->from && !w->doc_date && w->run.to > p->from)
		p->to = w->run.to;
	if (p->from / 10000 != p->to / 10000)
		p->year = 0;
}

/* is a time expression ending at e the date of a forecast (8月时预估的, 8月预测的)? */
static int
forecast_date(const PdMetricWork *w, int i, int e)
{
	int			k = e,
				l;

	if (k < w->n && w->cp[k] == CP_SHI_TIME)
		k++;
	l = table_at(w, k, PL_FORECAST_VERBS, NULL);
	if (!l)
		return 0;
	/* 主計總處8月預估更達4.45%: a month (no year) right after who made the forecast */
	if (k == e && e - i <= 3 && w->cp[e - 1] == CP_YUE && is_adigit(w->cp[i]) &&
		i > 0 && !is_clause_punct(w->cp[i - 1]) && !is_adigit(w->cp[i - 1]) &&
		w->cp[i - 1] != CP_NIAN)
		return 1;
	return k > e || (k + l < w->n && w->cp[k + l] == CP_DE);
}

/* the end of period p [i, end): whether it is a target, and a base */
static int
period_done(const PdMetricWork *w, int i, int end, int opener, Period *p)
{
	(void) opener;
	p->end = end;
	if (!p->since && table_before(w, i, PL_SINCE_OPENERS) && since_closed(w, end))
	{
		since_span(w, p);
		/* 自2021年第2季起，每一季都…4项: counted over the span, not a stock now */
		if (end < w->n && w->cp[end] == CP_QI && p->since == 2)
			p->since = 1;
		/* 自去年上半年转负以来首次回到正增长: a record since, no period */
		if (since_record(w, end))
			p->base = 1;
	}
	/* 因去年同期…基数较高而大跌51.6%: the base of the change */
	if (base_marked(w, end))
		p->base = 1;
	/* 和一一三年度法定预算数…相比: a base */
	if (i > 0 && table_before(w, i, PL_COMPARE_OPEN) && compare_closed(w, end))
		p->base = 1;
	/*
	 * 由2021年的13.8%提高到14%, 次于九月的123.73, 为2015年的1.8倍: the
	 * period of the figure after 的 only (but 增至2021年的9468亿元 is the
	 * period the change reaches)
	 */
	if (end + 1 < w->n && w->cp[end] == CP_DE &&
		((i > 0 && (w->cp[i - 1] == CP_YOU || w->cp[i - 1] == CP_CONG)) ||
		 (cf_has(w, end + 1, FC_DIGIT) &&
		  !(i > 0 && (w->cp[i - 1] == CP_ZHI4 || w->cp[i - 1] == CP_DAO)))))
		p->base = 1;
	/*
	 * 2019年以来再度突破…, 以来新高, 2008年第3季以来最高: a record since,
	 * not a period
	 */
	if ((end >= 2 && word_at(w, end - 2, W_SINCE) && table_at(w, end, PL_RECORD_AFTER, NULL)) ||
		(word_at(w, end, W_SINCE) && table_at(w, end + 2, PL_RECORD_AFTER, NULL)))
		p->base = 1;
	/* 由8月时预估的4.45%: when a forecast was made, not its period */
	if (forecast_date(w, i, end))
		p->base = 1;
	/* 于1984年获批: the date of an event */
	if (i > 0 && w->cp[i - 1] == CP_YU2 && table_at(w, end, PL_EVENT_VERBS, NULL))
		p->event = 1;
	/* 到2025年, 到“十四五”末, 到年底: a deadline ahead is a target */
	if (p->target == 2)
		p->target = !w->doc_year || period_ahead(w, p);
	/* 以2020年为例: an example, not a base (以2015年为100 is one) */
	if ((table_before(w, i, PL_BASE_WORDS) || table_at(w, end, PL_BASE_AFTER, NULL)) &&
		!word_at(w, end, W_FOR_EXAMPLE))
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
				tag = 0,
				fy = 0;
	size_t		t = 0;

	memset(p, 0, sizeof(*p));
	p->start = i;
	if ((end = period_span(w, i, p)) != 0)
	{
		/* 高於近5年的平均, 為近15年最大增幅: a window compared with, no period */
		if (table_before(w, i, PL_BASE_WORDS) || table_at(w, end, PL_RECORD_AFTER, NULL))
			p->base = p->window = 1;
		return end;
	}
	/* 本财政年度, 本年度 after 2024-25财政年度 */
	if ((end = fiscal_word_at(w, i, p)) != 0)
		return period_done(w, i, end, 0, p);
	/* 今（16）日, 今（114）年 */
	if ((end = paren_date_at(w, i, p)) != 0)
		return period_done(w, i, end, 0, p);
	/* 至今, 截至目前: a period word that begins like an opener */
	if ((end = period_word(w, i, p)) != 0)
		return period_done(w, i, end, 0, p);
	opener = table_at(w, i, PL_PERIOD_OPENERS, &t);
	if (opener)
		tag = list_tag(PL_PERIOD_OPENERS, t);
	/* 增至2021年, 降至, 提高到2022年的: the 至 or 到 belongs to the verb */
	if (opener && (tag == OPEN_AFTER_VERB || tag == OPEN_DEADLINE) &&
		table_before(w, i, PL_TO_VERBS))
		return 0;
	if (opener)
	{
		j = i + opener;
		if (tag == OPEN_DEADLINE)
			p->target = 2;		/* a target if the year is ahead */
	}
	if (j >= w->n)
		return 0;
	/* at i itself both were tried above (they read w and j only) */
	if (j != i)
		end = period_word(w, j, p);
	if (!end && j != i)
		end = fiscal_word_at(w, j, p);
	if (!end)
		end = period_plan(w, j, p);
	if (!end && (end = fiscal_year_at(w, j, &fy)) != 0)
	{
		/* 2024-25财政年度: 1 April to 31 March */
		set_fiscal_year(p, fy);
		if (period_ahead(w, p))
			p->target = 1;
	}
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
	/* 一季度末, 上半年底: the period's last day */
	if (end < w->n && (w->cp[end] == CP_MO_END || w->cp[end] == CP_DI_BOTTOM) &&
		p->from && p->from != p->to)
	{
		make_point(p);
		end++;
	}
	/* 截至9月末, 截至2024年底: a stock at the day */
	if (opener && tag == 0)
	{
		make_point(p);
		p->asof = 1;
	}
	/* 到2022年12月, 到一季度末 before the document's date: the same (not 到2018年) */
	else if (opener && tag == OPEN_DEADLINE && w->doc_date && p->to && p->to < w->doc_date &&
			 !(p->from % 10000 == 101 && p->to % 10000 == 1231))
	{
		make_point(p);
		p->deadline = 0;
	}
	return period_done(w, i, end, opener, p);
}

/*
 * is [a, b) a list mark between two periods (比一季度、上半年) or the
 * parenthesis of a restatement (较去年同期(107年1到2月))?
 */
int
period_list_gap(const PdMetricWork *w, int a, int b)
{
	return (b == a + 1 && (w->cp[a] == CP_IDEOGRAPHIC_COMMA || w->cp[a] == '(' ||
						   w->cp[a] == CP_FW_LPAREN)) ||
		(b > a && table_at(w, a, PL_LIST_MARKS, NULL) == b - a);
}

/*
 * is p one the figures after it take when they have none of their own?
 * Not a base, a target, a relative period (去年同期), a deadline (到2018年,
 * even one past at the document's date: a goal the text recalls) or the
 * date of an event (于1984年获批).
 */
static int
sets_context(const Period *p)
{
	return !p->base && !p->target && !p->relative && !p->deadline &&
		!p->event && p->from != 0;
}

/* whether [a, b) leaves the text inside a quote, from state inq */
static int
quote_state(const PdMetricWork *w, int a, int b, int inq)
{
	for (; a < b; a++)
		if (w->cp[a] == CP_LDQUOTE || w->cp[a] == CP_LCORNER)
			inq = 1;
		else if (w->cp[a] == CP_RDQUOTE || w->cp[a] == CP_RCORNER)
			inq = 0;
	return inq;
}

/* scan_periods - every time expression of the sentence, in text order */
void
scan_periods(PdMetricWork *w)
{
	int			i,
				inq = 0;

	w->nperiods = 0;
	budget_return(w);
	w->run0 = w->run;
	for (i = 0; i < w->n; i++)
	{
		Period		p,
				   *q;
		int			e,
					inq0 = inq;

		/* a quote: what is said in it sets no period for the text after */
		inq = quote_state(w, i, i + 1, inq);

		/* FC_DIGIT: is_adigit or is_cdigit */
		if (!cf_has(w, i, FC_PERIOD | FC_DIGIT))
			continue;
		if (w->fl[i] & F_TITLE)
			continue;
		if ((w->fl[i] & F_QUOTE) && !(w->cp[i] == CP_LDQUOTE || w->cp[i] == '"'))
			continue;
		/* no time expression begins inside a run of digits */
		if (i > 0 && is_adigit(w->cp[i]) && is_adigit(w->cp[i - 1]))
			continue;
		e = period_at(w, i, &p);
		if (!e)
			continue;
		year_range_back(w, &p);	/* 2021-2025年: from the first year */
		/*
		 * 115年度總預算案昨（13）日通過: the day of the vote, not the figures';
		 * so in a later clause after the bill (111年度总预算完成编列，主计处今天表示)
		 */
		if (p.day && w->nperiods > 0 && !p.base &&
			(!clause_mark_in(w, w->periods[w->nperiods - 1].end, i) ||
			 w->periods[w->nperiods - 1].plan == 2))
			p.base = 1;
		year_to_day(w, &p);
		plan_again(w, &p);
		/* 比一季度、上半年、前三季度: the items of a list of bases */
		if (w->nperiods > 0 && w->periods[w->nperiods - 1].base &&
			period_list_gap(w, w->periods[w->nperiods - 1].end, i))
			p.base = 1;
		/* 今年 + 1-4月 written apart, or a period right after another: merge */
		if (w->nperiods > 0 && w->periods[w->nperiods - 1].end == i)
		{
			q = &w->periods[w->nperiods - 1];
			q->end = p.end;
			if (is_period_range_conn(w->cp[i]) && q->from && p.from > q->from)
			{
				/* 2020年至2025年: from the first to the last */
				q->to = p.to;
				q->year = q->from / 10000 == q->to / 10000 ? q->year : 0;
				q->target = p.target ? period_ahead(w, q) : q->target;
				q->deadline = 0;
				q->base |= p.base;
				inq = quote_state(w, i + 1, e, inq);
				i = e - 1;
				if (sets_context(q) && !(w->fl[q->start] & F_PAREN) && !inq0)
					w->run = *q;
				continue;
			}
			fiscal_part(w, q, &p);	/* 2024-25財政年度首三季: from April */
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
			year_so_far(w, q);
		}
		else
			q = &p;
		inq = quote_state(w, i + 1, e, inq);
		note_base(w, q);
		if (aside_period(w, q))
			q->aside = 1;
		else if (!(w->fl[q->start] & F_PAREN) && !inq0 && plan_frame(w, q))
			w->run = *q;		/* a plan's year: what follows elaborates it */
		if (!q->aside && sets_context(q) && !(w->fl[q->start] & F_PAREN) && !inq0)
		{
			/* 自98年6月30日…以来 after 100年1至9月: not the text's year */
			/* 目前… in a review of 2011 dated 2012: 全年 after it is still 2011 */
			if (q->year && q->from / 10000 == q->to / 10000 &&
				!(q->since && w->ctx_year) && !(q->now && w->ctx_year))
			{
				w->ctx_year = q->year;
				w->ctx_relative = q->doc_relative;
				/*
				 * a title line (二零零四年十月入境旅客統計) or the first sentence
				 * of a text without a date (統計處發布114年2月工業生產統計：…;
				 * 召開2012年度總結暨2013年工作會議: the later year)
				 */
				if (w->char_base == 0 && !w->doc_year && q->year > w->head_year &&
					!q->since && !q->now && !meeting_clause(w, q->end))
					w->head_year = q->year;
			}
			w->run = *q;
		}
		i = e - 1;
	}
}
