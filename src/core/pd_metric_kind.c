/*-------------------------------------------------------------------------
 *
 * pd_metric_kind.c
 *	  The kind of a figure (level, change, growth_rate, share) and its sign,
 *	  from the nearest kind word before it in its clause (增长, 下降, 新增,
 *	  占, 增速 ...) and its unit; the new value of a figure that moves
 *	  (由A增为B) takes the kind of the old.
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

#define COMPAR_WINDOW	30		/* characters looked back for 比 较 则 却 */

/*
 * compar_kind - a change said by a comparison: 少, 低 or 短 (a fall), 多 or
 * 高 (a rise) right before the number at i (了 between them allowed) and 比,
 * 较, 则 or 却 before it in its clause (比2019年同期低0.2个百分点, 本地居民
 * 则少300人); a list after 、 goes on the same comparison (却少5亿元、专项
 * 补助少8亿元).  Returns PK_DOWN, PK_UP or 0; *at gets the word's start.
 */
static int
compar_kind(const PdMetricWork *w, int i, int lo, int *at)
{
	int			k = i,
				l,
				what = PK_DOWN;

	if (k > lo && w->cp[k - 1] == CP_LE)
		k--;
	if ((l = table_before(w, k, PL_COMPAR_DOWN)) == 0 &&
		(l = table_before(w, k, PL_COMPAR_UP)) != 0)
		what = PK_UP;
	if (l == 0 || table_before(w, k, PL_COMPAR_NOT) > l ||
		table_before(w, k, PL_S_KINDS) != 0)	/* 减少, 降低: a kind word */
		return 0;
	*at = k - l;
	for (k = *at; k > 0 && *at - k <= COMPAR_WINDOW; k--)
	{
		/*
		 * first in a clause after one that gave a level, with the base
		 * left out as said before (歲入為N億元，比今年度少M億元…；歲出為N
		 * 億元，少M億元)
		 */
		if (k == *at && (w->cp[k - 1] == CP_FW_COMMA ||
						 w->cp[k - 1] == CP_FW_SEMICOLON))
			return what;
		if (clause_break(w, k - 1) && w->cp[k - 1] != CP_IDEOGRAPHIC_COMMA)
			return 0;
		if (table_before(w, k, PL_COMPAR_MARKS))
			return what;
	}
	return 0;
}

#define CUT_WINDOW		48		/* characters looked back for a cut verb */
#define NARROW_WINDOW	30		/* and for the rate a 收窄 or 扩大 changes */

/*
 * cut_kind - a cut of a budget with a long object between the verb and the
 * amount (歲出則刪除縣府出國辦理觀光推介會的旅費N萬元, 刪減修繕費、設備費等
 * 共N萬元): a fall, when a cut verb stands in the clause before i (items
 * after 、 included), further back than KIND_WINDOW and after lo (the
 * figure before).  Returns PK_DOWN or 0; *at gets the verb.
 */
static int
cut_kind(const PdMetricWork *w, int i, int lo, int *at)
{
	int			k;

	for (k = i; k > lo && i - k <= CUT_WINDOW; k--)
	{
		int			l;

		if (clause_break(w, k - 1) && w->cp[k - 1] != CP_IDEOGRAPHIC_COMMA)
			return 0;
		if ((l = table_before(w, k, PL_CUT_VERBS)) != 0)
		{
			*at = k - l;
			return PK_DOWN;
		}
	}
	return 0;
}

/*
 * narrow_kind - 收窄 or 扩大 right before the number at i (了 between them
 * allowed; not 收窄至, the level reached) changes the rate named before it
 * in its clause: 降幅收窄N个百分点 and 增幅扩大N个百分点 are rises,
 * 跌幅比第1季擴大N個百分點 and 增速收窄N个百分点 falls.  The rate may stand
 * before another figure of the clause (the base's).  Returns PK_UP, PK_DOWN
 * or 0; *at gets the rate word's start.
 */
static int
narrow_kind(const PdMetricWork *w, int i, int *at)
{
	int			k = i,
				l,
				widen;

	if (k > 0 && w->cp[k - 1] == CP_LE)
		k--;
	if ((l = table_before(w, k, PL_NARROW_WORDS)) == 0)
		return 0;
	widen = (w->cp[k - 1] == 0x5927 /* 大 */ );
	for (k -= l; k > 0 && i - k <= NARROW_WINDOW; k--)
	{
		if (clause_break(w, k - 1))
			return 0;
		if ((l = table_before(w, k, PL_FALLING_RATES)) != 0 ||
			table_before(w, k, PL_RISING_RATES) != 0)
		{
			*at = k - (l ? l : table_before(w, k, PL_RISING_RATES));
			return (l != 0) == widen ? PK_DOWN : PK_UP;
		}
	}
	return 0;
}

/*
 * find_kind - nearest kind word in the clause before i, not before lo
 *
 * Returns PK_* (0 for none or for a word that stops the search, 占地);
 * *at gets the kind word's start.
 */
int
find_kind(const PdMetricWork *w, int i, int lo, int *at)
{
	int			k,
				what;

	if ((what = compar_kind(w, i, lo, at)) != 0 ||
		(what = narrow_kind(w, i, at)) != 0)
		return what;
	/*
	 * 增 or 减 alone right before the number: 營收增15%, 獲利增逾兩成, 出口
	 * 減3% (not a kind word ending so: 新增, 净增, 大增)
	 */
	if (i > lo && (w->cp[i - 1] == 0x589E /* 增 */ || w->cp[i - 1] == 0x51CF /* 减 */ ) &&
		table_before(w, i, PL_S_KINDS) == 0)
	{
		*at = i - 1;
		return w->cp[i - 1] == 0x589E ? PK_UP : PK_DOWN;
	}
	for (k = i; k > lo && i - k <= KIND_WINDOW; k--)
	{
		size_t		t = 0;
		int			l;

		if (clause_break(w, k - 1))
			break;
		if (!cf_has(w, k - 1, FC_KIND_LAST))
			continue;
		if ((l = table_before_idx(w, k, PL_S_KINDS, &t)) != 0)
		{
			if (pd_kind_words[t].what == PK_SKIP)
			{
				k -= l - 1;		/* on before the word */
				continue;
			}
			*at = k - l;
			/*
			 * 攀升至59,275人, 增长到, 跌破: the level reached or crossed; not
			 * 至少, a qualifier (經濟成長率至少5%)
			 */
			if (k < w->n && ((w->cp[k] == CP_ZHI4 &&
							  !(k + 1 < w->n && w->cp[k + 1] == CP_SHAO3)) ||
							 w->cp[k] == CP_DAO || w->cp[k] == CP_PO4))
				return 0;
			return pd_kind_words[t].what;
		}
	}
	return cut_kind(w, i, lo, at);
}

static int
has_unit_flag(const Candidate *c, unsigned flags)
{
	return c->unit && (c->unit->flags & flags);
}

/*
 * own_flow - is the added count a flow of its own (城镇新增就业2598人,
 * 引进各类人才6.3万人, 增加2万个就业机会), a level rather than the change
 * of a stock?
 */
static int
own_flow(const PdMetricWork *w, const Candidate *c)
{
	return table_before(w, c->start, PL_FLOW_BEFORE) ||
		table_at(w, c->end, PL_FLOW_AFTER, NULL);
}

/*
 * since_start - 自104年2月成立…至今，已引进225家: additions summed since a
 * stated start are a stock, a level; 至今 in the clause or the one before
 */
static int
since_start(const PdMetricWork *w, int kind_at)
{
	int			k,
				breaks = 0;

	for (k = kind_at; k > 1 && kind_at - k < 24; k--)
	{
		if (clause_break(w, k - 1) && ++breaks > 1)
			return 0;
		if (w->cp[k - 1] == 0x4ECA /* 今 */ && w->cp[k - 2] == CP_ZHI4)
			return 1;
	}
	return 0;
}

#define DRAG_WINDOW		10		/* characters looked back for 拉低 before 增长 */

/*
 * drag_before - a verb that pulls down (拉低, 拖累) shortly before the
 * growth word at at, in its clause: 拉低經濟成長0.01個百分點 is -0.01
 */
static int
drag_before(const PdMetricWork *w, int at)
{
	int			k;

	for (k = at; k > 0 && at - k <= DRAG_WINDOW; k--)
	{
		if (table_before(w, k, PL_DRAG_VERBS))
			return 1;
		if (clause_break(w, k - 1))
			return 0;
	}
	return 0;
}

/*
 * figure_kind - the kind of figure f, from its kind word (f->what, found by
 * find_kind or taken from its list) and its unit
 *
 * *negative is set for a decrease (下降 3.1%).  A share takes the
 * qualifier of its share word: 约占全国15%.
 */
PdMetricKind
figure_kind(const PdMetricWork *w, Figure *f, int *negative)
{
	Candidate  *c = &f->c;
	PdQualifier q = PD_QUAL_NONE;

	*negative = 0;
	/* 48.85%成长率最高, 保持10%以上的增长 */
	if (f->what == 0 && table_at(w, c->end, PL_KIND_AFTER, NULL))
		f->what = PK_RATE;
	/* 为2015年的1.8倍, 增长2倍: a multiple is a growth rate */
	if (has_unit_flag(c, PU_MULT))
	{
		*negative = (f->what == PK_DOWN);
		return PD_KIND_GROWTH_RATE;
	}
	/* X%的实质跌幅: its kind follows it; not 连续3年的跌势, a duration */
	if (f->what == 0 && table_at(w, c->end, PL_KIND_AFTER_DOWN, NULL) &&
		!(has_unit_flag(c, PU_SPAN) && table_before(w, c->start, PL_SPAN_VERBS)))
		f->what = PK_DOWN;
	/*
	 * 連跌13個月, 连升3年: how long a run lasted, a duration (a level), not
	 * a fall of so many months
	 */
	if (has_unit_flag(c, PU_SPAN) && f->kind_at > 0 &&
		(f->what == PK_DOWN || f->what == PK_UP) &&
		w->cp[f->kind_at - 1] == 0x8FDE /* 连 */ )
		return PD_KIND_LEVEL;
	/* every difference in percent points is a change */
	if (has_unit_flag(c, PU_POINT))
	{
		*negative = (f->what == PK_DOWN) ||
			(f->what != 0 && drag_before(w, f->kind_at));
		return PD_KIND_CHANGE;
	}
	if (f->what == PK_SHARE && has_unit_flag(c, PU_PERCENT))
	{
		if (c->qual == PD_QUAL_NONE && qual_before(w, f->kind_at, &q))
			c->qual = q;
		return PD_KIND_SHARE;
	}
	/* a signed percentage is a change in percent, never a share: （+14.8%）, 較上月-1.2% */
	if (f->what == 0 && has_unit_flag(c, PU_PERCENT) && !c->fraction &&
		(c->negative || (c->start > 0 && (w->cp[c->start - 1] == '+' ||
										  w->cp[c->start - 1] == CP_FW_PLUS))))
		return PD_KIND_GROWTH_RATE;
	/*
	 * A percentage without a kind word is a part of a whole (超六成,
	 * 完成全年计划的35.1%, 研发投入强度4.0%); a difference in percent
	 * points is a change.
	 */
	if (f->what == 0 && has_unit_flag(c, PU_PERCENT))
		return PD_KIND_SHARE;
	switch (f->what)
	{
		case PK_RATE:
			return PD_KIND_GROWTH_RATE;
		case PK_CHANGE:
			return own_flow(w, c) || since_start(w, f->kind_at) ?
				PD_KIND_LEVEL : PD_KIND_CHANGE;
		case PK_UP:
		case PK_DOWN:
			*negative = (f->what == PK_DOWN);
			if (has_unit_flag(c, PU_PERCENT | PU_MULT))
				return PD_KIND_GROWTH_RATE;
			if (f->what == PK_UP && own_flow(w, c))
			{
				*negative = 0;
				return PD_KIND_LEVEL;
			}
			return PD_KIND_CHANGE;
		default:
			return PD_KIND_LEVEL;
	}
}

/* is there a 由 or 从 shortly before i in its clause (由11月的20.2%)? */
static int
from_before(const PdMetricWork *w, int i)
{
	int			k;

	for (k = i - 1; k >= 0 && i - k <= 10 && !clause_break(w, k); k--)
		if (w->cp[k] == CP_YOU || w->cp[k] == CP_CONG)
			return 1;
	return 0;
}

/*
 * Characters of a clause that says only when and how a series goes on: its
 * period and a copula (第3季初步统计为, 7月份回落至, 8月份为, 最高达到,
 * 今年第1、2季分别修正为).
 */
static const char series_chars[] =
	"年月季度份第首前上下半全今去明本当日为是达到至则亦分别修正初步统计预测估"
	"回落升降增减保持在最低高仍再又也而、的";

/* is [a, b) only such characters and digits? */
static int
bare_series_clause(const PdMetricWork *w, int a, int b)
{
	int			k;

	if (b - a > 16)
		return 0;
	for (k = a; k < b; k++)
	{
		uint32_t	c = w->cp[k];
		char		u[5] = {0};
		int			l;

		if (cf_has(w, k, FC_DIGIT) || is_space(c))
			continue;
		l = (int) pd_utf8_put(c, u);
		if (l < 2 || !strstr(series_chars, u))
			return 0;
	}
	return 1;
}

/*
 * series_kind - a bare percentage in a clause of its own that only gives
 * another period's value (增速6月份为16.0%，7月份回落至14.7%，8月份为12.8%)
 * goes on the series of the growth rate before it in the sentence
 */
static void
series_kind(PdMetricWork *w, int j)
{
	Figure	   *f = w->figs;
	int			i,
				a;

	for (i = j - 1; i >= 0; i--)
		if (f[i].c.unit && (f[i].c.unit->flags & PU_PERCENT))
			break;
	if (i < 0 || (f[i].what != PK_RATE && f[i].what != PK_UP) ||
		f[i].c.unit != f[j].c.unit)
		return;
	for (a = f[j].c.start; a > f[j - 1].c.end && !clause_break(w, a - 1); a--)
		;
	if (a == f[j - 1].c.end && a > 0 && !clause_break(w, a - 1))
		return;					/* the same clause as the figure before */
	if (bare_series_clause(w, a, f[j].c.start))
	{
		f[j].what = PK_RATE;
		f[j].kind_at = f[i].kind_at;
	}
}

/*
 * carry_kinds - the new value of a figure that moves takes its old value's
 * kind word: 股价指数变动率由20.2%增为21.6%, 经济成长率由4.45%调高至7.37%,
 * 由2.81%上修0.73个百分点至3.54%.  The old value follows 由 or 从 in the
 * same clause and has the new value's unit; the new one has no kind word
 * of its own (or one that names the level reached: 增至).
 */
#define CARRY_BACK	8			/* figures carry_kinds looks back over */

/*
 * part_kinds - in 刪去N萬元罰款收入中的M萬元 the verb's kind goes to the part
 * (M, after 中的) and the figure before it, of the same unit and clause,
 * is the whole: a level.
 */
static void
part_kinds(PdMetricWork *w)
{
	Figure	   *f = w->figs;
	int			j,
				k;

	for (j = 1; j < w->nfigs; j++)
	{
		if (f[j].what != 0 || f[j - 1].what == 0 || f[j - 1].what == PK_SHARE ||
			f[j - 1].c.unit != f[j].c.unit ||
			!table_before(w, f[j].c.start, PL_PART_OF_MARKS))
			continue;
		for (k = f[j - 1].c.end; k < f[j].c.start && !clause_break(w, k); k++)
			;
		if (k < f[j].c.start)
			continue;
		f[j].what = f[j - 1].what;
		f[j].kind_at = f[j - 1].kind_at;
		f[j - 1].what = 0;
	}
}

void
carry_kinds(PdMetricWork *w)
{
	Figure	   *f = w->figs;
	unsigned char gap_ok[MAX_FIGURES];	/* no clause break since the figure before */
	unsigned char span_ok[MAX_FIGURES];	/* none inside the figure */
	int			i,
				j;

	part_kinds(w);
	/* each character is read once: linear in the sentence */
	for (j = 0; j < w->nfigs; j++)
	{
		int			k = j ? f[j - 1].c.end : f[j].c.start;

		while (k < f[j].c.start && !clause_break(w, k))
			k++;
		gap_ok[j] = (k >= f[j].c.start);
		k = f[j].c.start;
		while (k < f[j].c.end && !clause_break(w, k))
			k++;
		span_ok[j] = (k >= f[j].c.end);
	}
	for (j = 1; j < w->nfigs; j++)
	{
		if (f[j].what != 0 || !f[j].c.unit)
			continue;
		/*
		 * back over the nearest figures of j's clause (nothing breaks it from
		 * i's end on); the old value stands a figure or two before the new
		 */
		for (i = j - 1; i >= 0 && j - i <= CARRY_BACK && gap_ok[i + 1] &&
			 (i + 1 == j || span_ok[i + 1]); i--)
		{
			if (f[i].c.unit == f[j].c.unit && from_before(w, f[i].c.start))
			{
				f[j].what = f[i].what;
				f[j].kind_at = f[i].kind_at;
				break;
			}
		}
		if (f[j].what == 0 && !f[j].c.fraction &&
			(f[j].c.unit->flags & PU_PERCENT) && !(f[j].c.unit->flags & PU_TENTH))
			series_kind(w, j);
	}
}
