/*-------------------------------------------------------------------------
 *
 * pd_metric_list.c
 *	  Lists of figures: what the items of 2.1、1.3、1.9个百分点 or
 *	  下降分别为27.72%及5.84% share.  A unit written once at the end applies
 *	  to the items before it; a kind word (下降) and a qualifier written
 *	  before the first item (不少于1家、1家和7家) apply to the items after
 *	  it; a qualifier after the last (5%和7.5%左右) to the items before it.
 *	  The two ends of a range (同比增长6%-8%) are a list of two.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_list.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* is [a, b) only list marks and spaces: 、 和 及 与 以及 或? */
static int
list_gap(const PdMetricWork *w, int a, int b)
{
	int			k = a;

	if (b - a > 4 || b <= a)
		return 0;
	while (k < b)
	{
		int			l;

		if (is_space(w->cp[k]) && w->cp[k] != '\n' && w->cp[k] != '\r')
			l = 1;
		else if (w->cp[k] == CP_IDEOGRAPHIC_COMMA || is_range_conn(w->cp[k]))
			l = 1;
		else
			l = table_at(w, k, PL_LIST_MARKS, NULL);
		if (l == 0 || k + l > b)
			return 0;
		k += l;
	}
	return 1;
}

/* is unit word a a shorter beginning of unit word b (个 of 个百分点)? */
static int
unit_prefix(const PdUnitWord *a, const PdUnitWord *b)
{
	size_t		la = strlen(a->word);

	return la < strlen(b->word) && strncmp(a->word, b->word, la) == 0;
}

/* the items of the list that ends at figure last take its unit and after-qualifier */
static void
share_backward(Figure *f, int last)
{
	const Candidate *z = &f[last].c;
	int			i;

	for (i = f[last].list_prev; i >= 0; i = f[i].list_prev)
	{
		Candidate  *c = &f[i].c;

		if (z->unit && !c->fraction && !c->percent_of &&
			((!c->unit && !c->symbol_unit) || (c->unit && unit_prefix(c->unit, z->unit))))
		{
			c->unit = z->unit;
			c->per = z->per;
		}
		if (z->qual_from == QF_AFTER && c->qual == PD_QUAL_NONE)
		{
			c->qual = z->qual;
			c->qual_from = QF_AFTER;
		}
	}
}

/* an item takes the kind word and the before-qualifier of the item before it */
static void
share_forward(Figure *f, int j)
{
	Figure	   *p = &f[f[j].list_prev];
	Candidate  *c = &f[j].c;

	if (f[j].what == 0 && p->what != 0)
	{
		f[j].what = p->what;
		f[j].kind_at = p->kind_at;
	}
	if (c->qual == PD_QUAL_NONE && p->c.qual_from == QF_BEFORE)
	{
		c->qual = p->c.qual;
		c->qual_from = QF_BEFORE;
	}
}

/*
 * link_lists - find the lists among the sentence's figures (w->figs) and
 * let their items share unit, kind and qualifier
 */
void
link_lists(PdMetricWork *w)
{
	Figure	   *f = w->figs;
	int			j;

	for (j = 0; j < w->nfigs; j++)
		f[j].list_prev = (j > 0 && !f[j].c.reached &&
						  list_gap(w, f[j - 1].c.end, f[j].c.start)) ? j - 1 : -1;
	/* backward first: the kind of an item depends on its unit */
	for (j = w->nfigs - 1; j > 0; j--)
		if (f[j].list_prev >= 0 && (j + 1 == w->nfigs || f[j + 1].list_prev != j))
			share_backward(f, j);
	for (j = 1; j < w->nfigs; j++)
		if (f[j].list_prev >= 0)
			share_forward(f, j);
}
