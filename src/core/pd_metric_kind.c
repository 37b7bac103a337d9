/*-------------------------------------------------------------------------
 *
 * pd_metric_kind.c
 *	  The kind of a figure (level, change, growth_rate, share) and its sign,
 *	  from the nearest kind word before it in its clause (增长, 下降, 新增,
 *	  占, 增速 ...) and its unit.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_kind.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* pd_metric_kind_init - the last characters of the kind words */
void
pd_metric_kind_init(void)
{
	size_t		i;

	for (i = 0; i < pd_n_kind_words; i++)
		fc_set(FC_KIND_LAST, pd_kind_words[i].word,
			   word_chars(pd_kind_words[i].word) - 1);
}

/*
 * find_kind - nearest kind word in the clause before i, not before lo
 *
 * Returns PK_* (0 for none or for a word that stops the search, 占地);
 * *at gets the kind word's start.
 */
static int
find_kind(const PdMetricWork *w, int i, int lo, int *at)
{
	int			k;

	for (k = i; k > lo && i - k <= KIND_WINDOW; k--)
	{
		size_t		t;

		if (is_clause_punct(w->cp[k - 1]))
			break;
		if (!fc_has(FC_KIND_LAST, w->cp[k - 1]))
			continue;
		for (t = 0; t < pd_n_kind_words; t++)
		{
			int			l = word_before(w, k, pd_kind_words[t].word);

			if (l)
			{
				*at = k - l;
				return pd_kind_words[t].what;
			}
		}
	}
	return 0;
}

static int
has_unit_flag(const Candidate *c, unsigned flags)
{
	return c->unit && (c->unit->flags & flags);
}

/*
 * figure_kind - the kind of the figure c; lo is the end of the figure
 * before it in the sentence (kind words are not looked for before it)
 *
 * *negative is set for a decrease (下降 3.1%).  A share takes the
 * qualifier of its share word: 约占全国15%.
 */
PdMetricKind
figure_kind(const PdMetricWork *w, Candidate *c, int lo, int *negative)
{
	int			at = 0,
				what = find_kind(w, c->start, lo, &at);
	PdQualifier q = PD_QUAL_NONE;

	*negative = 0;
	if (what == PK_SHARE && has_unit_flag(c, PU_PERCENT))
	{
		if (c->qual == PD_QUAL_NONE && qual_before(w, at, &q))
			c->qual = q;
		return PD_KIND_SHARE;
	}
	/* 超六成, 完成全年计划的35.1%: a part of a whole */
	if (what == 0 && has_unit_flag(c, PU_PERCENT) &&
		(has_unit_flag(c, PU_TENTH) ||
		 (c->start > 0 && w->cp[c->start - 1] == CP_DE)))
		return PD_KIND_SHARE;
	switch (what)
	{
		case PK_RATE:
			return PD_KIND_GROWTH_RATE;
		case PK_CHANGE:
			return PD_KIND_CHANGE;
		case PK_UP:
		case PK_DOWN:
			*negative = (what == PK_DOWN);
			return has_unit_flag(c, PU_PERCENT | PU_MULT) ?
				PD_KIND_GROWTH_RATE : PD_KIND_CHANGE;
		default:
			return PD_KIND_LEVEL;
	}
}
