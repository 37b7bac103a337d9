/*-------------------------------------------------------------------------
 *
 * pd_metric_place_role.c
 *	  What a place named in a sentence is there for, read from the words
 *	  around it: the place of a dateline (人民网南宁11月25日电), where visitors
 *	  come from (香港及台湾旅客).  Such a place is no subject of the
 *	  sentence's figures, nor the document's topic.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_place_role.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

#define CP_DIAN		0x7535		/* 电 (電 folded) */
#define CP_XUN		0x8BAF		/* 讯 (訊 folded) */

/* the position after the digits (Arabic, full width or Chinese) from k */
static int
skip_digits(const PdMetricWork *w, int k)
{
	while (k < w->n && (is_month_digit(w->cp[k]) || w->cp[k] == 0x4E24 /* 两 */))
		k++;
	return k;
}

/*
 * dateline_after - does the date of a dateline follow the place that ends
 * at k: [N月]N日 then 电 or 讯 (南宁11月25日电, 北京12日电, 台北3日讯)?
 */
int
dateline_after(const PdMetricWork *w, int k)
{
	int			d = skip_digits(w, k);

	if (d > k && d < w->n && w->cp[d] == CP_YUE)
	{
		k = d + 1;
		d = skip_digits(w, k);
	}
	if (d == k || d + 1 >= w->n || w->cp[d] != CP_RI)
		return 0;
	return w->cp[d + 1] == CP_DIAN || w->cp[d + 1] == CP_XUN;
}

/*
 * skip_aside - past a bracketed aside at k and the spaces around it
 * (香港 (538,663人次) 及…): the position after it, k if there is none
 */
static int
skip_aside(const PdMetricWork *w, int k)
{
	int			j = k,
				e;

	while (j < w->n && is_space(w->cp[j]))
		j++;
	if (j >= w->n || (w->cp[j] != '(' && w->cp[j] != CP_FW_LPAREN))
		return k;
	for (e = j + 1; e < w->n && e - j < 24; e++)
		if (w->cp[e] == ')' || w->cp[e] == CP_FW_RPAREN)
		{
			for (e++; e < w->n && is_space(w->cp[e]); e++)
				;
			return e;
		}
	return k;
}

/*
 * aside_of_mention - is the place at i inside an aside that opens right
 * after another place: 乌鲁木齐经开区（头屯河区）, 南疆地区（含吐鲁番、哈密）
 * (the place before is the subject; the aside names it again or its parts)
 */
int
aside_of_mention(const PdMetricWork *w, int i)
{
	int			p = i - 1;

	if (!(w->fl[i] & F_PAREN) || w->nmentions == 0)
		return 0;
	while (p >= 0 && (w->fl[p] & F_PAREN))
		p--;
	/* p: the opening parenthesis */
	return p >= 0 && w->mentions[w->nmentions - 1].end == p;
}

/*
 * origin_after - is the place that ends at k where people come from:
 * 香港旅客, 台湾地区旅客, 香港 (538,663人次) 旅客 (PL_ORIGIN_NOUNS after the
 * name, an aside or 地区 between)?  Visitors counted where they arrive
 * (澳门入境旅客) have another word between.
 */
int
origin_after(const PdMetricWork *w, int k)
{
	k = skip_aside(w, k);
	if (k + 1 < w->n && w->cp[k] == 0x5730 /* 地 */ && w->cp[k + 1] == 0x533A /* 区 */)
		k += 2;
	return table_at(w, k, PL_ORIGIN_NOUNS, NULL) > 0;
}

/* is [a, b) a list mark between two places: 、 和 及 与? */
#define BASE_WINDOW		20		/* characters looked back for 比 or 较 */

/*
 * compared_base - is the place [i, end) the base of a comparison: 比 or 较
 * before it in its clause and 多, 少, 高, 低 … right after it (比中部排第二
 * 的河南省多110.5亿元)?  Then the figure is the clause's subject's, and the
 * place is named in passing.
 */
int
compared_base(const PdMetricWork *w, int i, int end)
{
	int			k;

	if (end >= w->n || (!table_at(w, end, PL_COMPAR_UP, NULL) &&
						!table_at(w, end, PL_COMPAR_DOWN, NULL)) ||
		table_at(w, end, PL_COMPAR_NOT, NULL))
		return 0;
	for (k = i; k > 0 && i - k <= BASE_WINDOW; k--)
	{
		if (clause_break(w, k - 1))
			return 0;
		if (w->cp[k - 1] == CP_BI || w->cp[k - 1] == CP_JIAO)
			return 1;
	}
	return 0;
}

int
place_gap(const PdMetricWork *w, int a, int b)
{
	return (b == a + 1 && w->cp[a] == CP_IDEOGRAPHIC_COMMA) ||
		(b > a && table_at(w, a, PL_LIST_MARKS, NULL) == b - a);
}

/* a list mark, after an aside (香港 (546,277人次) 及台湾), between two places */
static int
origin_gap(const PdMetricWork *w, int a, int b)
{
	return place_gap(w, skip_aside(w, a), b);
}

/*
 * unmark_origins - the last mention is where visitors come from, and so is
 * every place listed before it (香港及台湾旅客): none may be a subject, and
 * the topic goes back to what it was before the list (topic0 at the
 * sentence's start when the list opens it)
 */
void
unmark_origins(PdMetricWork *w, const PdGazEntry *topic0)
{
	int			m = w->nmentions - 1;

	for (; m >= 0; m--)
	{
		w->mentions[m].subject_ok = 0;
		w->mentions[m].origin = 1;
		if (m == 0 || !w->mentions[m - 1].entry ||
			!origin_gap(w, w->mentions[m - 1].end, w->mentions[m].start))
			break;
	}
	w->topic = m > 0 ? w->mentions[m - 1].topic : topic0;
	for (; m < w->nmentions; m++)
		w->mentions[m].topic = w->topic;
}

/*
 * zone_kind_after - a count of zones of one kind after a list of places
 * ending at k: 四个国家级高新区, 5家国家高新区, 三大科学园区.  Returns the
 * position of the kind's word (PL_ZONE_NOUNS), -1 if there is none.
 */
static int
zone_kind_after(const PdMetricWork *w, int k)
{
	int			d = skip_digits(w, k);

	if (d == k || d >= w->n || !table_at(w, d, PL_ZONE_COUNTERS, NULL))
		return -1;
	d++;
	d += table_at(w, d, PL_ZONE_LEVELS, NULL);
	return table_at(w, d, PL_ZONE_NOUNS, NULL) ? d : -1;
}

/*
 * the zone named by a place's text [a, b) and the kind's word at t (桂林 +
 * 高新区 = 桂林高新区 in the gazetteer), or NULL
 */
static const PdGazEntry *
zone_named(const PdMetricWork *w, int a, int b, int t)
{
	char		name[COMPANY_MAX];
	size_t		pl = w->off[b] - w->off[a],
				kl;
	int			tl = table_at(w, t, PL_ZONE_NOUNS, NULL);

	kl = w->off[t + tl] - w->off[t];
	if (pl + kl + 1 > sizeof(name))
		return NULL;
	memcpy(name, w->fold + (w->off[a] - w->off[0]), pl);
	memcpy(name + pl, w->fold + (w->off[t] - w->off[0]), kl);
	name[pl + kl] = '\0';
	return gaz_lookup(name);
}

#define ITEM_MAX	4			/* characters of an item the gazetteer lacks */

/*
 * item_gap - [a, b) between two places of a list, or an item the gazetteer
 * lacks between list marks (唐山、燕郊、承德: 、燕郊、)
 */
static int
item_gap(const PdMetricWork *w, int a, int b)
{
	int			k;

	if (place_gap(w, a, b))
		return 1;
	if (b - a < 3 || b - a > ITEM_MAX + 2 || w->cp[a] != CP_IDEOGRAPHIC_COMMA ||
		w->cp[b - 1] != CP_IDEOGRAPHIC_COMMA)
		return 0;
	for (k = a + 1; k < b - 1; k++)
		if (!is_ideograph(w->cp[k]) || is_cdigit(w->cp[k]))
			return 0;
	return 1;
}

/*
 * zone_lists - 桂林、南宁、柳州、北海四个国家级高新区, 石家庄、保定…5家国家
 * 高新区: a list of places followed by a count of zones names the zones of
 * those places.  Each mention names its zone where the gazetteer has it (so
 * that 分别 gives each zone its figure); none is the subject of the figures
 * of the zones together, which stay the topic's (a region's zones), and the
 * topic goes back to what it was before the list.
 */
void
zone_lists(PdMetricWork *w, const PdGazEntry *topic0)
{
	int			a,
				b,
				k;

	for (a = 0; a < w->nmentions; a = b + 1)
	{
		int			t;

		for (b = a; b + 1 < w->nmentions && w->mentions[b + 1].entry &&
			 item_gap(w, w->mentions[b].end, w->mentions[b + 1].start); b++)
			;
		if (b == a || !w->mentions[a].entry ||
			(t = zone_kind_after(w, w->mentions[b].end)) < 0)
			continue;
		for (k = a; k <= b; k++)
		{
			const PdGazEntry *z;
			Mention    *m = &w->mentions[k];
			int			lv;

			/* no antecedent of 园区 or 该市 after either */
			for (lv = 0; lv < 4; lv++)
			{
				if (w->last[lv] == m->entry)
					w->last[lv] = NULL;
				if (w->seen_at[lv] == m->entry)
					w->seen_at[lv] = NULL;
			}

			if (m->entry->kind == PD_GAZ_PREFECTURE || m->entry->kind == PD_GAZ_COUNTY)
			{
				z = zone_named(w, m->start, m->end, t);
				if (z)
					m->entry = z;
			}
			m->subject_ok = 0;
		}
		w->topic = a > 0 ? w->mentions[a - 1].topic : topic0;
		for (k = a; k < w->nmentions; k++)
			w->mentions[k].topic = w->topic;
	}
}
