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

	for (k = i + 1; k < w->n && k - i < 20 && !is_clause_punct(w->cp[k]); k++)
		if (table_at(w, k, PL_BA_VERBS, NULL))
			return 1;
	return 0;
}

/* is the target word t of length l at i used as one? */
static int
target_word_used(const PdMetricWork *w, int i, int l, size_t t)
{
	int			tag = list_tag(PL_TARGET_WORDS, t);

	if (masked(w, i))
		return 0;
	/* 完成全年计划的, 工信部规划司: the plan as a noun */
	if (tag == TW_NOUN && i + l < w->n &&
		(is_clause_punct(w->cp[i + l]) ||
		 table_at(w, i + l, PL_PLAN_NOUN_AFTER, NULL)))
		return 0;
	if (tag == TW_BA && ba_construction(w, i))
		return 0;
	return 1;
}

/* scan_targets - sets w->target_at to the first target word used, or n */
void
scan_targets(PdMetricWork *w)
{
	int			i;

	w->target_at = w->n;
	w->target_tag = 0;
	for (i = 0; i < w->n; i++)
	{
		size_t		t = 0;
		int			l;

		if (w->fl[i] & (F_QUOTE | F_TITLE))
			continue;
		if (!cf_has(w, i, FC_TARGET))
			continue;
		l = table_at(w, i, PL_TARGET_WORDS, &t);
		if (l && target_word_used(w, i, l, t))
		{
			w->target_at = i;
			w->target_tag = list_tag(PL_TARGET_WORDS, t);
			return;
		}
	}
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
figure_status(const PdMetricWork *w, int i, const Period *p)
{
	int			ahead = p && (p->target || period_ahead(w, p));

	/* 确保投放资源，至今承担额已超过一千亿元: a stock now is no target */
	if (p && p->start > w->target_at && p->start < i && p->from && p->from == p->to &&
		w->doc_date && p->to <= w->doc_date)
		return PD_STATUS_ACTUAL;

	/* 预计全年, 全年有望: the current year (or one just ended) */
	if (w->target_at < i && w->target_tag == TW_ESTIMATE)
		return p && !p->target &&
			!(p->year && w->doc_year && p->year > w->doc_year) ?
			PD_STATUS_ESTIMATE : PD_STATUS_TARGET;
	if (w->target_at < i || ahead)
		return PD_STATUS_TARGET;
	return PD_STATUS_ACTUAL;
}
