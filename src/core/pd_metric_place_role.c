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
	while (k < w->n && is_month_digit(w->cp[k]))
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
