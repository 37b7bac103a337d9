/*-------------------------------------------------------------------------
 *
 * pd_metric_indicator.c
 *	  What a figure measures, as written: the noun phrase before the number
 *	  in its clause (after the last object-taking verb, trimmed of subjects,
 *	  periods, conjunctions and copulas), or the noun phrase after its unit
 *	  (引进38个领军人才创业团队), or the indicator of the figure before it
 *	  (较上年增长46.3%).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_indicator.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

static int
is_bracket(uint32_t c)
{
	return c == '(' || c == ')' || c == CP_FW_LPAREN || c == CP_FW_RPAREN;
}

/* the clause start at or before i (after clause punctuation), not before lo */
static int
clause_start(const PdMetricWork *w, int i, int lo)
{
	while (i > lo && !clause_break(w, i - 1))
		i--;
	return i;
}

/* skip a mention, then a period, that starts at *a and ends by b */
static int
trim_front_span(const PdMetricWork *w, int *a, int b)
{
	int			m,
				changed = 0;

	for (m = 0; m < w->nmentions; m++)
		if (w->mentions[m].start == *a && w->mentions[m].end <= b)
		{
			*a = w->mentions[m].end;
			changed = 1;
			break;
		}
	for (m = 0; m < w->nperiods; m++)
		if (w->periods[m].start == *a && w->periods[m].end <= b)
		{
			*a = w->periods[m].end;
			changed = 1;
			break;
		}
	return changed;
}

/*
 * trim_indicator - strip subjects, periods, conjunctions, verbs and
 * punctuation off both ends of [*a, *b) until none applies
 */
static void
trim_indicator(const PdMetricWork *w, int *a, int *b)
{
	int			changed = 1,
				k;

	/* 光电产业受美国关税影响成长, 通讯产业因…而衰退: cut the aside */
	for (k = *a + 2; k < *b; k++)
		if (table_at(w, k, PL_IND_ASIDES, NULL))
		{
			int			e;

			for (e = k + 1; e < *b; e++)
				if (table_at(w, e, PL_ASIDE_ENDS, NULL))
				{
					*b = k;
					break;
				}
			break;
		}

	while (changed && *a < *b)
	{
		int			l,
					m;
		size_t		t = 0;

		changed = trim_front_span(w, a, *b);
		while (*a < *b && (is_clause_punct(w->cp[*a]) || is_bracket(w->cp[*a]) ||
						   w->cp[*a] == CP_LDQUOTE || w->cp[*a] == CP_RDQUOTE))
		{
			(*a)++;
			changed = 1;
		}
		l = table_at(w, *a, PL_IND_LEAD, &t);
		/* 项目 alone is an indicator (签约引进项目832个) */
		if (l && strcmp(pd_lists[PL_IND_LEAD].words[t], "项目") == 0 &&
			*a + l + 2 > *b)
			l = 0;
		if (l && *a + l <= *b && table_at(w, *a, PL_IND_KEEP, NULL) <= l)
		{
			*a += l;
			changed = 1;
		}
		/* a time expression at the end */
		for (m = 0; m < w->nperiods; m++)
			if (w->periods[m].end == *b && w->periods[m].start >= *a)
			{
				*b = w->periods[m].start;
				changed = 1;
				break;
			}
		while (*b > *a && (is_bracket(w->cp[*b - 1]) || is_space(w->cp[*b - 1])))
		{
			(*b)--;
			changed = 1;
		}
		l = table_before(w, *b, PL_IND_TRAIL);
		if (l && *b - l >= *a)
		{
			*b -= l;
			changed = 1;
		}
	}
}

/* last verb of PL_IND_VERBS ending in (a, b]; returns the index after it or -1 */
static int
last_verb_end(const PdMetricWork *w, int a, int b)
{
	int			k;

	for (k = b; k > a; k--)
	{
		int			l = table_before(w, k, PL_IND_VERBS);

		/* 投资总额, 签约项目: the verb begins an indicator word */
		if (l && table_at(w, k - l, PL_IND_KEEP, NULL) <= l)
			return k;
	}
	return -1;
}

/* the noun phrase after j: up to the last noun head before a stop word */
static void
right_phrase(const PdMetricWork *w, int j, int *ra, int *rb)
{
	int			a = j,
				k,
				best = -1;

	if (a < 0)
		a = 0;
	if (a < w->n && w->cp[a] == CP_DE)
		a++;
	/* a verb or a stop word right after the unit, or an aside (（人民币）): no noun follows */
	if (table_at(w, a, PL_IND_STOPS, NULL) || (a < w->n && is_bracket(w->cp[a])))
	{
		*ra = *rb = a;
		return;
	}
	for (k = a; k < w->n && k - a < IND_RIGHT; k++)
	{
		int			l;

		if (clause_break(w, k))
			break;
		if (k > a && table_at(w, k, PL_IND_STOPS, NULL))
			break;
		/* a following number ends the phrase too */
		if (wcls(w, k) == PD_NC_ADIGIT)
			break;
		l = table_at(w, k, PL_IND_HEADS, NULL);
		if (l)
			best = k + l;
	}
	if (best < 0 && k - a <= 8)
		best = k;				/* 123个日夜: no head, but short */
	*ra = a;
	*rb = best > a ? best : a;
}

/* the character before the number says its noun follows it */
static int
noun_follows(uint32_t last)
{
	/* 的 等 和 与 及 ” */
	return last == CP_DE || last == CP_DENG || last == CP_HE ||
		last == CP_YU3 || last == CP_JI2 || last == CP_RDQUOTE;
}

/*
 * find_indicator - what the number at [i, j) measures
 *
 * The text before it in its clause, after the last object-taking verb
 * (集聚人才1030人), trimmed of subjects, periods, conjunctions and
 * copulas; if that is empty or the number is followed by its noun
 * (引进38个领军人才创业团队, 10所国内知名高校), the noun phrase after
 * the unit.  Sets *ia, *ib (characters; *ia == *ib if none) and returns
 * 1 when the text before was used, 2 for the text after, 0 for none.
 */
static int
find_indicator(const PdMetricWork *w, int i, int j, int lo, int *ia, int *ib)
{
	int			a = clause_start(w, i, lo),
				b = i,
				k,
				v,
				ra,
				rb;

	if (i - a > IND_WINDOW)
		a = i - IND_WINDOW;
	right_phrase(w, j, &ra, &rb);

	/*
	 * The noun follows when the number comes right after 的 or 等, after a
	 * conjunction (3家潜在独角兽企业和9家瞪羚企业) or after a quoted
	 * enumeration (“土地、资金、人才”三项保障).
	 */
	if (b > a && noun_follows(i > 0 ? w->cp[i - 1] : 0) && rb - ra >= 2)
	{
		*ia = ra;
		*ib = rb;
		return 2;
	}
	/* after the last 的 / 等, unless only a share's word follows (…的比重为) */
	for (k = b - 1; k > a; k--)
		if (w->cp[k] == CP_DE || w->cp[k] == CP_DENG)
		{
			int			sa = k + 1,
						sb = b;

			trim_indicator(w, &sa, &sb);
			if (b - (k + 1) >= 2 && !(sb > sa && table_at(w, sa, PL_SHARE_WORDS, NULL) == sb - sa))
				a = k + 1;
			break;
		}
	v = last_verb_end(w, a, b);
	if (v >= 0)
	{
		int			va = v,
					vb = b,
					vs,
					al;

		trim_indicator(w, &va, &vb);
		if (vb - va >= 2)
		{
			*ia = va;
			*ib = vb;
			return 1;
		}
		/* 总投资220亿元的…项目: 总投资 names the measure, no verb */
		vs = v - table_before(w, v, PL_IND_VERBS);
		if (v == b && vs > a && vs < v && w->cp[vs - 1] == 0x603B)	/* 总 */
		{
			*ia = vs - 1;
			*ib = v;
			return 1;
		}
		if (rb - ra >= 1)
		{
			*ia = ra;
			*ib = rb;
			return 2;
		}
		/* 品牌活动已举办30余场: the noun before the verb and its adverb */
		vs = v - table_before(w, v, PL_IND_VERBS);
		al = table_before(w, vs, PL_HELD_ADVERBS);
		if (al)
			b = vs - al;
	}
	trim_indicator(w, &a, &b);
	if (b - a >= 2)
	{
		*ia = a;
		*ib = b;
		return 1;
	}
	*ia = ra;
	*ib = rb;
	return rb > ra ? 2 : 0;
}

/* 年产量约占全国15%: the share's base is not part of the indicator */
static void
cut_share_base(const PdMetricWork *w, int ia, int *ib)
{
	int			k;

	for (k = ia + 1; k < *ib; k++)
		if (table_at(w, k, PL_SHARE_CUT, NULL))
		{
			*ib = k;
			return;
		}
}

/* “龙城英才计划”项目: keep the opening quote of a closing one */
static void
keep_open_quote(const PdMetricWork *w, int *ia, int ib)
{
	int			k;

	if (*ia <= 0 || ib <= *ia || w->cp[*ia - 1] != CP_LDQUOTE)
		return;
	for (k = *ia; k < ib; k++)
		if (w->cp[k] == CP_RDQUOTE)
		{
			(*ia)--;
			return;
		}
}

/* is [a, b) nothing but predicates and punctuation (增幅, 名义, 按名义价格计算)? */
static int
only_predicates(const PdMetricWork *w, int a, int b)
{
	while (a < b)
	{
		int			l = table_at(w, a, PL_IND_PREDICATES, NULL);

		if (l == 0 && (is_clause_punct(w->cp[a]) || is_bracket(w->cp[a])))
			l = 1;
		if (l == 0 || a + l > b)
			return 0;
		a += l;
	}
	return 1;
}

/*
 * indicator_context - where the text before the indicator that starts at ia
 * begins: its clause's start, at most IND_WINDOW characters back and not
 * before a digit (the figure before).  The catalog reads it for a form the
 * span begins inside (实际利用|外资) and for a modifier (新设|外资企业).
 */
int
indicator_context(const PdMetricWork *w, int ia)
{
	int			a = ia,
				j;

	/*
	 * an item of a 分别 list (工业投资、技改投资和制造业投资分别增长…): the
	 * items before it are other indicators, not a part of its name
	 */
	for (j = 0; j < w->nfigs; j++)
	{
		int			s = w->figs[j].ind_a;

		if (s > 0 && s <= ia && ia < w->figs[j].ind_b &&
			(w->cp[s - 1] == 0x548C || w->cp[s - 1] == 0x53CA ||	/* 和 及 */
			 w->cp[s - 1] == 0x4E0E || w->cp[s - 1] == 0x3001))	/* 与 、 */
			return s;
	}

	while (a > 0 && ia - a < IND_WINDOW && !clause_break(w, a - 1) &&
		   !is_adigit(w->cp[a - 1]) && wcls(w, a - 1) != PD_NC_PERCENT)
		a--;
	return a;
}

/*
 * figure_indicator - the indicator [*ia, *ib) of the figure f
 *
 * lo is the end of the figure before it in the sentence, st what the
 * figures before it measured.  *ia == *ib when the text names nothing.
 */
void
figure_indicator(const PdMetricWork *w, const Figure *f, PdMetricKind kind,
				 int lo, const IndicatorState *st, int *ia, int *ib)
{
	const Candidate *c = &f->c;
	int			src;

	/* 住宿业、餐饮业营业额分别为1.76亿元和1.42亿元 */
	if (f->ind_b > f->ind_a)
	{
		*ia = f->ind_a;
		*ib = f->ind_b;
		return;
	}
	src = find_indicator(w, c->start, c->end, lo, ia, ib);
	/* 超100亿元企业: an amount read after its noun is the amount before's */
	if (src == 2 && c->unit && (c->unit->flags & PU_MONEY) &&
		st->money_ib > st->money_ia)
	{
		*ia = st->money_ia;
		*ib = st->money_ib;
	}
	if (kind == PD_KIND_SHARE)
		cut_share_base(w, *ia, ib);
	keep_open_quote(w, ia, *ib);
	/* 占人才总数的52%: the share of what the figure before counts */
	if (kind == PD_KIND_SHARE && st->prev_ib > st->prev_ia && *ib > *ia &&
		word_at(w, *ia, W_SHARE_OF))
	{
		*ia = st->prev_ia;
		*ib = st->prev_ib;
	}
	/* 较“十二五”末增长46.3%, 名义增长6.4%: the indicator of the figure before */
	if (st->prev_ib > st->prev_ia &&
		(((*ib - *ia < 2 || table_at(w, *ia, PL_COMPARE_LEADS, NULL) ||
		   only_predicates(w, *ia, *ib)) &&
		  kind != PD_KIND_LEVEL) ||
		 (*ib - *ia < 2 && c->unit == st->prev_unit)))
	{
		*ia = st->prev_ia;
		*ib = st->prev_ib;
	}
}

/*
 * mark_in_word - is the list mark at k (one character) a part of a word
 * (参与, 涉及, 普及, 截至, 到位)?  劳动力参与率 is one item.
 */
static int
mark_in_word(const PdMetricWork *w, int k)
{
	uint32_t	before = k > 0 ? w->cp[k - 1] : 0,
				after = k + 1 < w->n ? w->cp[k + 1] : 0;

	switch (w->cp[k])
	{
		case CP_YU3:
			return before == 0x53C2 || before == 0x7ED9;	/* 参与 给与 */
		case CP_JI2:
			return before == 0x666E || before == 0x6D89 || before == 0x5371 ||
				before == 0x6CE2 || before == 0x987E;	/* 普及 涉及 危及 波及 顾及 */
		case 0x81F3:			/* 至 */
			return before == 0x622A || before == 0x751A;	/* 截至 甚至 */
		case 0x5230:			/* 到 */
			return after == 0x4F4D;	/* 到位 */
		default:
			return 0;
	}
}

/* the items of [a, b) split at 、 和 及 与: their spans; returns the count */
static int
split_items(const PdMetricWork *w, int a, int b, int *from, int *to, int max)
{
	int			n = 0,
				s = a,
				k = a;

	while (k <= b && n < max)
	{
		int			l = 0;

		if (k < b && w->cp[k] == CP_IDEOGRAPHIC_COMMA)
			l = 1;
		else if (k < b)
		{
			l = table_at(w, k, PL_LIST_MARKS, NULL);
			if (l == 1 && mark_in_word(w, k))
				l = 0;
		}
		if (k == b || l > 0)
		{
			from[n] = s;
			to[n] = k;
			trim_indicator(w, &from[n], &to[n]);	/* 增加值同比 */
			if (to[n] - from[n] < 1)
				return 0;		/* an empty item: no list */
			n++;
			if (k == b)
				break;
			k += l;
			s = k;
		}
		else
			k++;
	}
	return n;
}

/*
 * list_start - where the list of indicators ending at b begins: the clause
 * start, read across 、 (营业收入、工业总产值和净利润), after the last 的
 * before the first item (高技术产业创造的营业收入)
 */
static int
list_start(const PdMetricWork *w, int b)
{
	int			a = b,
				k;

	while (a > 0 && !(clause_break(w, a - 1) &&
					  w->cp[a - 1] != CP_IDEOGRAPHIC_COMMA))
		a--;
	for (k = a; k < b && w->cp[k] != CP_IDEOGRAPHIC_COMMA &&
		 !table_at(w, k, PL_LIST_MARKS, NULL); k++)
		;
	while (--k > a)
		if (w->cp[k] == CP_DE)
			return k + 1;
	return a;
}

/*
 * shared_head - do short items share the last one's head (第二、第三产业
 * 增加值, 住宿业、餐饮业营业额)?  Such a list is not distributed.
 */
static int
shared_head(const int *from, const int *to, int m)
{
	int			k;

	for (k = 0; k < m - 1; k++)
		if (to[k] - from[k] > 3 ||
			to[m - 1] - from[m - 1] < to[k] - from[k] + 2)
			return 0;
	return 1;
}

/*
 * names_own - is there an indicator between 分别 and the list of figures
 * (国家高新区和省级高新区分别实现营业收入7831.36亿元和…)?  Then the items
 * before 分别 are not indicators.
 */
static int
names_own(const PdMetricWork *w, int a, int b)
{
	trim_indicator(w, &a, &b);
	return b - a >= 2;
}

/* a 分别 before the figures ends after a clause break at k - 1 */
static int
after_clause_break(const PdMetricWork *w, int k)
{
	return clause_break(w, k - 1);
}

/*
 * names_nothing - does [a, b), the clause before 分别, name no indicator
 * (增幅, 按年, 较上一期, nothing)?
 */
static int
names_nothing(const PdMetricWork *w, int a, int b)
{
	if (b - a < 2 || only_predicates(w, a, b) || table_at(w, a, PL_COMPARE_LEADS, NULL))
		return 1;
	trim_indicator(w, &a, &b);
	return b - a < 2;
}

/*
 * figures_before - the indicators of the n figures before figure j, each
 * named in its own clause (地方财政总收入5.21亿元，一般公共预算收入4.21亿元，
 * 分别增长7.9%和6%): into from[], to[]; 0 if one of them names none of
 * its own (增长5%, 较上年…).
 */
static int
figures_before(const PdMetricWork *w, int j, int n, int *from, int *to)
{
	int			k;

	if (j < n)
		return 0;
	for (k = 0; k < n; k++)
	{
		const Figure *f = &w->figs[j - n + k];
		int			lo = j - n + k > 0 ? w->figs[j - n + k - 1].c.end : 0,
					a,
					b;

		/* a list of figures (one indicator), or the items of a 分别 list */
		if ((k > 0 && f->list_prev == j - n + k - 1) || f->ind_b > f->ind_a)
			return 0;
		if (find_indicator(w, f->c.start, f->c.end, lo, &a, &b) == 0)
			return 0;
		if (b - a < 2 || only_predicates(w, a, b) ||
			table_at(w, a, PL_COMPARE_LEADS, NULL))
			return 0;
		from[k] = a;
		to[k] = b;
	}
	return 1;
}

/*
 * distribute_indicators - 住宿业、餐饮业营业额分别为1.76亿元和1.42亿元，分别
 * 增长3.1%和17.4%: n indicators listed before 分别 and n figures after it;
 * the i-th figure measures the i-th (and so do the figures of a later 分别
 * list of as many items with no indicators of its own, or, with none listed,
 * those of as many figures before it: 总收入5.21亿元，一般公共预算收入4.21亿元，
 * 分别增长7.9%和6%)
 */
void
distribute_indicators(PdMetricWork *w)
{
	int			from[16],
				to[16],
				f2[16],
				t2[16],
				nitems = 0,
				j;

	for (j = 0; j < w->nfigs; j++)
		w->figs[j].ind_a = w->figs[j].ind_b = 0;
	for (j = 0; j < w->nfigs; j++)
	{
		int			n,
					fb,
					a,
					k,
					m;

		if (j > 0 && w->figs[j].list_prev == j - 1)
			continue;
		n = list_length(w, j);
		if (n < 2 || n > 16 || (fb = fenbie_before(w, w->figs[j].c.start, 8,
											after_clause_break)) < 0 ||
			names_own(w, fb + 2, w->figs[j].c.start))
			continue;
		a = list_start(w, fb);
		while (trim_front_span(w, &a, fb))
			;
		m = split_items(w, a, fb, f2, t2, 16);
		if (m == n && shared_head(f2, t2, m))
		{
			nitems = 0;			/* one indicator: no items for a later list */
			continue;
		}
		if (m == n)
		{
			memcpy(from, f2, sizeof(from));
			memcpy(to, t2, sizeof(to));
			nitems = m;
		}
		else if (fb - a < 2 && nitems == n)
			;					/* the items of the list before */
		else if (names_nothing(w, a, fb) && figures_before(w, j, n, f2, t2))
		{
			memcpy(from, f2, sizeof(from));
			memcpy(to, t2, sizeof(to));
			nitems = n;
		}
		else
			continue;
		for (k = 0; k < n; k++)
		{
			w->figs[j + k].ind_a = from[k];
			w->figs[j + k].ind_b = to[k];
		}
	}
}
