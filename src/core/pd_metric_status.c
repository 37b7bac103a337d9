/*-------------------------------------------------------------------------
 *
 * pd_metric_status.c
 *	  Whether the figures of a sentence are actuals, targets or estimates:
 *	  the first target word of the sentence (力争, 计划, 将 ...) that is
 *	  used as such, not as a noun (完成全年计划的) or inside another word
 *	  (将近, 模拟).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_status.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* pd_metric_status_init - the first characters of the target words */
void
pd_metric_status_init(void)
{
	size_t		i;

	for (i = 0; i < pd_lists[PL_TARGET_WORDS].n; i++)
		fc_set(FC_TARGET, pd_lists[PL_TARGET_WORDS].words[i], 0);
}

/* is the target word at i part of a longer word (将近, 模拟)? */
static int
masked(const PdMetricWork *w, int i)
{
	const PdWordList *L = &pd_lists[PL_TARGET_MASKS];
	size_t		t;

	for (t = 0; t < L->n; t++)
		if (word_at(w, i - L->tags[t], L->words[t]))
			return 1;
	return 0;
}

/* 将 as the object marker: 将面积约123亩的工业用地打造成 */
static int
ba_construction(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i + 1; k < w->n && k - i < 28 && !is_clause_punct(w->cp[k]); k++)
		if (table_at(w, k, PL_BA_VERBS, NULL))
			return 1;
	return 0;
}

/* after a forecast noun: its value (预测数, 预测值) */
static const uint32_t forecast_value_marks[] = {
	0x6570 /* 数 */ , 0x503C /* 值 */
};

/* shortly before a forecast noun: a comparison with it (比原先预测, 较预测, 好过预期, 高於市場預期) */
static const uint32_t forecast_base_marks[] = {
	0x6BD4 /* 比 */ , 0x8F83 /* 较 */ , 0x8FC7 /* 过 */ , 0x80DC /* 胜 */ ,
	0x4E8E /* 于 */
};

static int
cp_in(uint32_t c, const uint32_t *set, size_t n)
{
	size_t		k;

	for (k = 0; k < n; k++)
		if (set[k] == c)
			return 1;
	return 0;
}

/*
 * forecast_noun_at - the length of the forecast noun at i (PL_FORECAST_NOUNS:
 * 预测 named as a value, no verb), or 0
 */
static int
forecast_noun_at(const PdMetricWork *w, int i)
{
	return table_at(w, i, PL_FORECAST_NOUNS, NULL);
}

/*
 * is the forecast word at i the base of a comparison (比8月时预测的2.91%高出,
 * 较106年8月预测数, 比原先预测多, 好过市场预期的5%)?  Then it is no verb
 * of the sentence.  A forecast that is the sentence's topic (明年经济成长率
 * 预测值亦由2.81%上修…) still governs it.
 */
static int
forecast_noun(const PdMetricWork *w, int i)
{
	int			k;

	if (!forecast_noun_at(w, i))
		return 0;
	for (k = i - 1; k >= 0 && i - k <= 8 && !is_clause_punct(w->cp[k]); k--)
		if (cp_in(w->cp[k], forecast_base_marks, NELEM(forecast_base_marks)))
			return 1;
	return 0;
}

/* is the figure at i the value a forecast noun names (预测的2.91%, 预测值为1.8%)? */
static int
forecast_value(const PdMetricWork *w, int i)
{
	int			k = i;

	if (k > 0 && (w->cp[k - 1] == CP_WEI_BE || w->cp[k - 1] == CP_SHI_BE))
		k--;
	if (k > 0 && (w->cp[k - 1] == CP_DE ||
				  cp_in(w->cp[k - 1], forecast_value_marks, NELEM(forecast_value_marks))))
		k--;
	return k >= 2 && forecast_noun_at(w, k - 2) != 0;
}

/* is the target word t of length l at i used as one? */
static int
target_word_used(const PdMetricWork *w, int i, int l, size_t t)
{
	int			tag = list_tag(PL_TARGET_WORDS, t);

	if (masked(w, i) || forecast_noun(w, i))
		return 0;
	/* 完成全年计划的, 工信部规划司: the plan as a noun */
	if (tag == TW_NOUN && i + l < w->n &&
		(is_clause_punct(w->cp[i + l]) ||
		 table_at(w, i + l, PL_PLAN_NOUN_AFTER, NULL)))
		return 0;
	/* 高于目标2.1个百分点, 比计划多: the plan compared with, a noun */
	if (tag == TW_NOUN && i > 0 &&
		cp_in(w->cp[i - 1], forecast_base_marks, NELEM(forecast_base_marks)))
		return 0;
	/* “十二五”规划圆满收官: the plan a plan period names */
	if (tag == TW_NOUN && i > 0 && (w->cp[i - 1] == CP_RDQUOTE || w->cp[i - 1] == CP_WU))
		return 0;
	if (tag == TW_BA && ba_construction(w, i))
		return 0;
	/* 预留了, 计划了: done, not planned */
	if (i + l < w->n && w->cp[i + l] == CP_LE)
		return 0;
	return 1;
}

/*
 * scan_targets - every target word used in the sentence (w->targets), the
 * first in w->target_at (n if none)
 */
void
scan_targets(PdMetricWork *w)
{
	int			i;

	w->target_at = w->n;
	w->target_tag = 0;
	w->ntargets = 0;
	for (i = 0; i < w->n && w->ntargets < MAX_TARGETS; i++)
	{
		size_t		t = 0;
		int			l;

		if (!cf_has(w, i, FC_TARGET) || (w->fl[i] & (F_QUOTE | F_TITLE)))
			continue;
		l = table_at(w, i, PL_TARGET_WORDS, &t);
		if (l && target_word_used(w, i, l, t))
		{
			if (w->ntargets == 0)
			{
				w->target_at = i;
				w->target_tag = list_tag(PL_TARGET_WORDS, t);
			}
			w->targets[w->ntargets] = i;
			w->target_tags[w->ntargets++] = (uint8_t) list_tag(PL_TARGET_WORDS, t);
			i += l - 1;
		}
	}
}

/* the ； last before character i, or -1 */
static int
semicolon_before(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i - 1; k >= 0; k--)
		if (w->cp[k] == CP_FW_SEMICOLON || w->cp[k] == ';')
			return k;
	return -1;
}

/* is character k inside a place mention or a time expression? */
static int
in_mention_or_period(const PdMetricWork *w, int k)
{
	int			j;

	for (j = 0; j < w->nmentions; j++)
		if (k >= w->mentions[j].start && k < w->mentions[j].end)
			return 1;
	for (j = 0; j < w->nperiods; j++)
		if (k >= w->periods[j].start && k < w->periods[j].end)
			return 1;
	return 0;
}

/*
 * does the estimate word at i head its clause (预计全年实现…；…, 全县预计…),
 * so that it covers a list running past ；?  Not when what is estimated is
 * named before it (今年产值可望突破200亿元；…, 增加值预计约20.5亿元；…): then
 * it covers its own clause only.
 */
static int
estimate_heads(const PdMetricWork *w, int i)
{
	int			k,
				named = 0;

	/* 全年主要指标预计为：…, 据统计预测，…: it opens what follows */
	for (k = i; k < w->n && !is_clause_punct(w->cp[k]); k++)
		if (is_adigit(w->cp[k]) || is_cdigit(w->cp[k]))
			break;
	if (k >= w->n || is_clause_punct(w->cp[k]))
		return 1;
	for (k = i - 1; k >= 0 && !is_clause_punct(w->cp[k]); k--)
		if (!in_mention_or_period(w, k) && ++named >= 2)
			return 0;
	return 1;
}

/* is period p over at the document's date (or, without one, before its year)? */
static int
period_over(const PdMetricWork *w, const Period *p)
{
	if (p->target || !p->to)
		return 0;
	if (w->doc_date)
		return p->to < w->doc_date;
	return w->doc_year && p->to / 10000 < w->doc_year;
}

/*
 * target_before - the first target word before character i that governs
 * it: none before a ； after which the figure's own period, one already
 * over, begins (今年营业额预估可达1.1兆元；中科去年营业额3233亿元; but 将确保
 * …；全年…完成1770亿元以上 in July); its index in w->targets, or -1
 */
static int
target_before(const PdMetricWork *w, int i, const Period *own)
{
	int			t,
				lo = 0;

	if (own && period_over(w, own))
		lo = semicolon_before(w, own->start);
	if (lo < 0)
		lo = 0;
	for (t = 0; t < w->ntargets; t++)
	{
		if (w->targets[t] < lo)
			continue;
		if (w->targets[t] >= i)
			return -1;
		/* 去年…增加值预计约20.5亿元；…营业收入超过208.85亿元 */
		if (w->target_tags[t] == TW_ESTIMATE && !estimate_heads(w, w->targets[t]) &&
			semicolon_before(w, i) > w->targets[t])
			continue;
		return t;
	}
	return -1;
}

/* is figure c followed by 的目标 or 目标 (实现60%的目标)? */
static int
names_goal(const PdMetricWork *w, const Candidate *c)
{
	int			k = c->end;

	/* “2025年研发投入强度达到3%以上”目标 */
	if (k < w->n && (w->cp[k] == CP_RDQUOTE || w->cp[k] == CP_RCORNER))
		k++;
	if (k < w->n && w->cp[k] == CP_DE)
		k++;
	return word_at(w, k, W_TARGET) != 0;
}

/*
 * the start of a yield word (PL_YIELD_WORDS: 可创造, 可带动 ...) in the clause
 * before character i (at most 12 back), or -1
 */
static int
yield_before(const PdMetricWork *w, int i)
{
	int			k;
	size_t		t;

	for (k = i - 1; k >= 0 && i - k <= 12 && !is_clause_punct(w->cp[k]); k--)
		for (t = 0; t < pd_lists[PL_YIELD_WORDS].n; t++)
			if (word_at(w, k, pd_lists[PL_YIELD_WORDS].words[t]))
				return k;
	return -1;
}

/*
 * prospect_at - a project's yield: after 建成后, 投产后 (not 已) in the
 * figure's part of the sentence (back to a ；), or an estimate word followed
 * by an effect verb (预计共可创造2,980个就业机会); where that word is, or -1
 */
int
prospect_at(const PdMetricWork *w, int i)
{
	int			t,
				k,
				lo;

	if ((k = yield_before(w, i)) >= 0)
		return k;
	/* the look back to a ； only where a target word comes before i */
	if (w->ntargets == 0 || w->targets[0] >= i)
		return -1;
	lo = semicolon_before(w, i);
	for (t = 0; t < w->ntargets && w->targets[t] < i; t++)
	{
		if (w->targets[t] <= lo)
			continue;
		if (w->target_tags[t] == TW_PROSPECT)
		{
			for (k = w->targets[t]; k < i; k++)
				if (w->cp[k] == CP_ALREADY)
					break;
			if (k == i)
				return w->targets[t];
		}
		else if (w->target_tags[t] == TW_ESTIMATE)
		{
			for (k = w->targets[t] + 2; k < i && k - w->targets[t] < 8 &&
				 !is_clause_punct(w->cp[k]); k++)
				if (table_at(w, k, PL_EFFECT_VERBS, NULL))
					return w->targets[t];
		}
	}
	return -1;
}

/*
 * former_level_before - the length of a word of PL_FORMER_LEVELS (原本的:
 * the level as it was) ending right before i, or 0
 */
static int
former_level_before(const PdMetricWork *w, int i)
{
	return i >= 3 && table_at(w, i - 3, PL_FORMER_LEVELS, NULL) ? 3 : 0;
}

/*
 * from_figure - the figure a change starts from (由0.73%倍增至1.5%, 从2015年
 * 的11.79万元提高到…, 將由原本的5%提高至16%): the level at hand, when no
 * target word stands between its own period and it in its clause, but
 * right before 由 (將由, 力爭由)
 */
static int
from_figure(const PdMetricWork *w, const Candidate *c, const Period *own)
{
	int			i = c->start,
				k,
				t;

	if (i > 0 && w->cp[i - 1] == CP_DE && own && own->end == i - 1)
		i = own->start;
	i -= former_level_before(w, i);
	if (i == 0 || (w->cp[i - 1] != CP_YOU && w->cp[i - 1] != CP_CONG))
		return 0;
	for (t = 0; t < w->ntargets; t++)
		if (w->targets[t] < i - 3 && (!own || w->targets[t] >= own->end) &&
			!clause_mark_in(w, w->targets[t], i))
			return 0;
	for (k = c->end; k + 1 < w->n && k - c->end < 12 && !is_clause_punct(w->cp[k]); k++)
		if ((w->cp[k] == CP_ZHI4 || w->cp[k] == CP_DAO) &&
			cf_has(w, k + 1, FC_NUMBER))
			return 1;
	return 0;
}

/*
 * present_stock - a present-tense stock word in the figure's clause, after
 * any target word (全市拥有…31个大类行业, 已汇聚超过一千二百间)
 */
static int
present_stock(const PdMetricWork *w, int i, int at)
{
	int			k;

	for (k = i; k > 0 && i - k < 16 && !clause_break(w, k - 1); k--)
	{
		if (k <= at)
			return 0;
		if (table_before(w, k, PL_PRESENT))
			return 1;
	}
	return 0;
}

/*
 * estimate_note - a figure that says it is an estimate: a note in
 * parentheses right after it (增长4.6%（预计数，下同）) or an estimate word
 * read as its qualifier (上看7,000亿美元)
 */
static int
estimate_note(const PdMetricWork *w, const Candidate *c)
{
	int			k = c->end,
				t;

	for (t = 0; t < w->ntargets && w->targets[t] <= c->start; t++)
		if (w->targets[t] == c->start && w->target_tags[t] == TW_ESTIMATE)
			return 1;
	if (k >= w->n || (w->cp[k] != '(' && w->cp[k] != CP_FW_LPAREN))
		return 0;
	for (k++; k < w->n && k - c->end < 6 && w->cp[k] != ')' &&
		 w->cp[k] != CP_FW_RPAREN; k++)
		if (table_at(w, k, PL_ESTIMATE_NOTES, NULL))
			return 1;
	return 0;
}

/*
 * figure_status - the status of a figure at character i whose period is p
 * (its own or the one it takes from the text before; NULL if none)
 *
 * A target when a target word precedes it in the sentence or its period
 * lies ahead of the document's date (到2025年, a plan for this year); an
 * estimate when that word is 预计 or 有望 and the figure has a period that
 * is not ahead (预计全年).  A stock at a date not after the document's
 * (至今, 截至目前) written after the target word is an actual.
 */
PdMetricStatus
figure_status(const PdMetricWork *w, const Candidate *c, const Period *p)
{
	const Period *own = period_for(w, c->start);
	int			i = c->start,
				ahead = p && (p->target || period_ahead(w, p)),
				t = target_before(w, i, own),
				at = t >= 0 ? w->targets[t] : w->n,
				tag = t >= 0 ? w->target_tags[t] : 0;

	/* 确保投放资源，至今承担额已超过一千亿元: a stock now is no target */
	if (own && own->start > at && own->from && own->from == own->to &&
		!own->day && w->doc_date && own->to <= w->doc_date)
		return PD_STATUS_ACTUAL;
	/* 可望挑战99年创下的2.15兆元: a period over a year before the text's */
	if (at < i && own && own->start > at && own->to && w->doc_year &&
		own->to / 10000 < w->doc_year - 1)
		return PD_STATUS_ACTUAL;
	/* 将实施…计划。…介绍，全市拥有…31个: a stock at hand */
	if (!own && present_stock(w, i, at < i ? at : -1))
		return PD_STATUS_ACTUAL;
	/* 较8月预测的2.91%, 明年出口值预估为6644亿美元: the forecast's value */
	if (forecast_value(w, i))
		return ahead ? PD_STATUS_TARGET : PD_STATUS_ESTIMATE;
	/* 有望实现60%的目标: the figure is the goal */
	if (names_goal(w, c))
		return PD_STATUS_TARGET;
	/* 投产后可提供就业岗位300多个, 预计可创造: what a project will yield */
	if (prospect_at(w, i) >= 0)
		return PD_STATUS_TARGET;
	/* 把…由0.73%倍增至1.5%: the level it starts from */
	if (from_figure(w, c, own))
		return PD_STATUS_ACTUAL;
	/* 增长4.6%（预计数，下同）, 全年上看7,000亿美元 */
	if (at > i && estimate_note(w, c))
		return ahead ? PD_STATUS_TARGET : PD_STATUS_ESTIMATE;

	/*
	 * 预计全年, 全年有望: the current year (or one just ended); a period
	 * ending in a later year (方案期程自2025年至2028年…上看1兆元) is a plan's
	 */
	if (at < i && tag == TW_ESTIMATE)
		return p && !p->target &&
			!(p->to && w->doc_year && p->to / 10000 > w->doc_year) ?
			PD_STATUS_ESTIMATE : PD_STATUS_TARGET;
	if (at < i || ahead)
		return PD_STATUS_TARGET;
	return PD_STATUS_ACTUAL;
}
