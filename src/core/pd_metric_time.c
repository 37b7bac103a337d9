/*-------------------------------------------------------------------------
 *
 * pd_metric_time.c
 *	  Time expressions in a sentence and the document's own date: period
 *	  words (今年以来, 目前), years (2022年, 2021年度, 2023年上半年), months
 *	  (11月, 1-4月), plan periods (“十三五”期间), spans (近三年), each
 *	  optionally opened by 截至/到/至, and whether a period is a base of
 *	  comparison (较2020年) or points to the future (到2025年).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_time.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* first code points of the period words */
static uint32_t pd_period_first[64];

/* pd_metric_time_init - the first characters a time expression may start with */
void
pd_metric_time_init(void)
{
	size_t		i;
	int			l;
	static const PdList openers[] = {PL_PERIOD_OPENERS, PL_SPAN_OPENERS};

	for (i = 0; i < pd_n_period_words && i < NELEM(pd_period_first); i++)
	{
		fc_set(FC_PERIOD, pd_period_words[i].word, 0);
		pd_period_first[i] = first_cp(pd_period_words[i].word);
	}
	for (l = 0; l < (int) NELEM(openers); l++)
		for (i = 0; i < pd_lists[openers[l]].n; i++)
			fc_set(FC_PERIOD, pd_lists[openers[l]].words[i], 0);
	fc_set(FC_PERIOD, "“", 0);	/* “十三五” */
	fc_set(FC_PERIOD, "\"", 0);
	fc_set(FC_PERIOD, "十", 0);
}

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

/* the end of a run of at most max month digits (Arabic, Chinese, 十) at i */
static int
month_digits(const PdMetricWork *w, int i, int max)
{
	int			j = i;

	while (j < w->n && j - i < max && is_month_digit(w->cp[j]))
		j++;
	return j;
}

static int
is_month_range_conn(uint32_t c)
{
	return c == CP_ZHI4 || c == '-' || c == CP_EM_DASH || c == CP_DAO ||
		c == CP_FW_HYPHEN || c == CP_EN_DASH;
}

/* the day or the part of the month after 月 at j: 3月8日, 12月中旬 */
static int
month_tail(const PdMetricWork *w, int j)
{
	int			l = table_at(w, j, PL_MONTH_PARTS, NULL),
				k;

	if (l)
		return j + l;
	k = month_digits(w, j, 2);
	if (k > j && k < w->n && (w->cp[k] == CP_RI || w->cp[k] == CP_HAO))
		return k + 1;
	return j;
}

/* month digits (Arabic or Chinese, 1-12) followed by 月 at i; returns end */
static int
month_at(const PdMetricWork *w, int i)
{
	int			j = month_digits(w, i, 3);

	if (j == i)
		return 0;
	/* a range 1至10月, 1-4月 */
	if (j < w->n && is_month_range_conn(w->cp[j]))
	{
		int			k = month_digits(w, j + 1, 3);

		if (k > j + 1 && k < w->n && w->cp[k] == CP_YUE)
			j = k;
	}
	if (j >= w->n || w->cp[j] != CP_YUE || word_at(w, j, "月前"))
		return 0;
	j++;
	if (word_at(w, j, "份"))
		j++;
	return month_tail(w, j);
}

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

/* 近三年, 过去5年, 未来五年, 今后3个月 at i: the end, or 0 */
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
	size_t		t;

	for (t = 0; t < pd_n_period_words && t < NELEM(pd_period_first); t++)
	{
		int			l,
					end,
					m;

		if (j >= w->n || pd_period_first[t] != w->cp[j])
			continue;
		l = word_at(w, j, pd_period_words[t].word);
		if (!l)
			continue;
		/* 完成全年计划的35.1%: the year's plan, not the period */
		if (table_at(w, j + l, PL_PLAN_NOUNS, NULL))
			continue;
		end = j + l;
		if (pd_period_words[t].has_year && w->doc_year)
			p->year = w->doc_year + pd_period_words[t].rel;
		/* 今年1-4月, 今年以来 */
		if ((m = month_at(w, end)) != 0)
			end = m;
		return end;
	}
	return 0;
}

/* a plan period (“十三五”期间, “十四五”末) at j: the end, or 0 */
static int
period_plan(const PdMetricWork *w, int j, Period *p)
{
	int			plan_year = 0,
				k = plan_at(w, j, &plan_year),
				l;
	size_t		u = 0;

	if (!k)
		return 0;
	l = table_at(w, k, PL_PLAN_TAIL, &u);
	if (l && list_tag(PL_PLAN_TAIL, u) == PLAN_END)
		p->year = plan_year;
	else if (l && list_tag(PL_PLAN_TAIL, u) == PLAN_START)
		p->year = plan_year - 4;
	return k + l;
}

/* a year (2022年, 2023年上半年, 2022年1至10月) at j: the end, or 0 */
static int
period_year(const PdMetricWork *w, int j, Period *p)
{
	int			k = adigit_run(w, j),
				end,
				l,
				m;
	long		y = adigits_value(w, j, k);

	if (k - j != 4 || y < 1900 || y > 2099 || k >= w->n ||
		w->cp[k] != CP_NIAN || (j > 0 && is_adigit(w->cp[j - 1])) ||
		names_event(w, k + 1))
		return 0;
	end = k + 1;
	p->year = (int) y;
	if ((l = table_at(w, end, PL_YEAR_TAIL, NULL)) != 0)
		end += l;
	else if ((m = month_at(w, end)) != 0)
		end = m;
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
	int			m;

	if (is_adigit(w->cp[j]))
	{
		if (!(opener || (j > 0 && !is_adigit(w->cp[j - 1]))))
			return 0;
		m = month_at(w, j);
		if (!m || !(opener || w->cp[m - 1] == CP_YUE))
			return 0;
	}
	else if (opener && is_cdigit(w->cp[j]))
	{
		if (!(m = month_at(w, j)))
			return 0;
	}
	else
		return 0;
	if (w->doc_year)
		p->year = w->doc_year;
	return m;
}

/*
 * period_at - a time expression starting at i
 *
 * Returns its end (exclusive) or 0; fills *p.
 */
static int
period_at(const PdMetricWork *w, int i, Period *p)
{
	int			j = i,
				opener,
				end = 0;
	size_t		t = 0;

	memset(p, 0, sizeof(*p));
	p->start = i;
	if ((end = period_span(w, i, p)) != 0)
		return end;
	opener = table_at(w, i, PL_PERIOD_OPENERS, &t);
	/* 增至2021年, 降至: the 至 belongs to the verb */
	if (opener && list_tag(PL_PERIOD_OPENERS, t) == OPEN_AFTER_VERB &&
		table_before(w, i, PL_TO_VERBS))
		return 0;
	if (opener)
	{
		j = i + opener;
		if (list_tag(PL_PERIOD_OPENERS, t) == OPEN_DEADLINE)
			p->target = 2;		/* a target if the year is ahead */
	}
	if (j >= w->n)
		return 0;
	end = period_word(w, j, p);
	if (!end)
		end = period_plan(w, j, p);
	if (!end && is_adigit(w->cp[j]))
		end = period_year(w, j, p);
	if (!end)
		end = period_month(w, j, opener, p);
	if (!end)
		return 0;
	p->end = end;
	if (p->target == 2)
		p->target = 1;
	if (table_before(w, i, PL_BASE_WORDS))
		p->base = 1;
	return end;
}

/* a full date at i: 2021-03-11, 2021/3/11, 2024年9月6日; its year or 0 */
static int
full_date_at(const PdMetricWork *w, int i, int k)
{
	long		y = adigits_value(w, i, k);
	uint32_t	sep;

	if (y < 1900 || y > 2099 || k + 3 >= w->n)
		return 0;
	sep = w->cp[k];
	if (sep == '-' || sep == '/' || sep == '.')
	{
		int			m = adigit_run(w, k + 1);

		if (m - (k + 1) >= 1 && m - (k + 1) <= 2 && m < w->n &&
			w->cp[m] == sep && adigit_run(w, m + 1) > m + 1)
			return (int) y;
	}
	else if (sep == CP_NIAN)
	{
		int			m = month_at(w, k + 1);

		if (m && w->cp[m - 1] == CP_RI)
			return (int) y;
	}
	return 0;
}

/*
 * scan_doc_year - the document's own date (2021-03-11, 2024年9月6日)
 *
 * Only a full date counts: 到2025年 is a target, not a publication date.
 * 今年 and 去年 resolve against it.
 */
void
scan_doc_year(PdMetricWork *w)
{
	int			i;

	for (i = 0; i + 5 < w->n; i++)
	{
		int			k = adigit_run(w, i),
					y;

		if (k - i != 4 || (i > 0 && is_adigit(w->cp[i - 1])))
		{
			i = k > i ? k : i;
			continue;
		}
		if ((y = full_date_at(w, i, k)) != 0)
		{
			w->doc_year = y;
			return;
		}
		i = k;
	}
}

/* scan_periods - every time expression of the sentence, in text order */
void
scan_periods(PdMetricWork *w)
{
	int			i;

	w->nperiods = 0;
	for (i = 0; i < w->n; i++)
	{
		Period		p;
		int			e;

		if (w->fl[i] & F_TITLE)
			continue;
		if ((w->fl[i] & F_QUOTE) && !(w->cp[i] == CP_LDQUOTE || w->cp[i] == '"'))
			continue;
		if (!fc_has(FC_PERIOD, w->cp[i]) && !is_adigit(w->cp[i]) && !is_cdigit(w->cp[i]))
			continue;
		e = period_at(w, i, &p);
		if (!e)
			continue;
		/* 今年 + 1-4月 written apart, or a period right after another: merge */
		if (w->nperiods > 0 && w->periods[w->nperiods - 1].end == i)
		{
			Period	   *q = &w->periods[w->nperiods - 1];

			q->end = p.end;
			if (p.year)
				q->year = p.year;
			q->target |= p.target;
		}
		else if (w->nperiods < MAX_PERIODS)
			w->periods[w->nperiods++] = p;
		i = e - 1;
	}
}

/* period_for - the last period before character i that is not a base */
const Period *
period_for(const PdMetricWork *w, int i)
{
	const Period *best = NULL;
	int			p;

	for (p = 0; p < w->nperiods; p++)
		if (w->periods[p].end <= i && !w->periods[p].base)
			best = &w->periods[p];
	return best;
}
