/*-------------------------------------------------------------------------
 *
 * pd_metric_subject.c
 *	  The subject of a figure: the region, park or organisation it is about,
 *	  chosen among the sentence's mentions (pd_metric_place.c) and the
 *	  document's topic, or given by a list of places that 分别 distributes
 *	  over a list of figures.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_subject.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* is e Hong Kong or Macau (any of their names)? */
static int
is_sar(const PdGazEntry *e)
{
	return e && e->code && pd_gaz_hk && pd_gaz_macau &&
		(strcmp(e->code, pd_gaz_hk->code) == 0 ||
		 strcmp(e->code, pd_gaz_macau->code) == 0) &&
		e->kind == PD_GAZ_PROVINCE;
}

/*
 * subject_for - the subject of a figure at character i
 *
 * The nearest mention before it that may be a subject; failing that, the
 * topic as it stood after the last mention before it, or topic0 (the topic
 * at the sentence's start); failing that, the park or county the text named
 * in passing (a work report's heading).
 */
const PdGazEntry *
subject_for(const PdMetricWork *w, int i, const PdGazEntry *topic0)
{
	int			m;

	/* 比全国平均水平（12.3%）高: the nation's own figure in brackets */
	if (i > 0 && (w->cp[i - 1] == CP_FW_LPAREN || w->cp[i - 1] == '(') &&
		table_before(w, i - 1, PL_NATION_BRACKET))
		return NULL;
	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i && w->mentions[m].subject_ok &&
			w->mentions[m].entry)
			return w->mentions[m].entry;
	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i && w->mentions[m].topic)
			return w->mentions[m].topic;
	if (topic0)
		return topic0;
	/* 在长沙县第十八届人民代表大会上: the report's county, named in passing before */
	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i && w->mentions[m].entry &&
			(w->mentions[m].entry->kind == PD_GAZ_PARK ||
			 w->mentions[m].entry->kind == PD_GAZ_COUNTY))
			return w->mentions[m].entry;
	if (w->seen0[3] || w->seen0[2])
		return w->seen0[3] ? w->seen0[3] : w->seen0[2];
	/* 112年12月工業生產: the Republic calendar in a Traditional text is Taiwan's */
	if (w->roc_years && traditional_doc(w))
		return pd_gaz_taiwan;
	/* 落户香港: Hong Kong or Macau named only in passing is the place */
	if (traditional_doc(w))
	{
		for (m = w->nmentions - 1; m >= 0; m--)
			if (w->mentions[m].end <= i && !w->mentions[m].origin &&
				is_sar(w->mentions[m].entry))
				return w->mentions[m].entry;
		if (is_sar(w->seen0[0]))
			return w->seen0[0];
	}
	return NULL;
}

#define COUNT_WINDOW	24		/* characters looked back for a count of places */

/*
 * count_head - is p the head of a count of places right after a list of
 * them or after 前 or 后 (亳州、宣城5市, 前5市, 后两个市; not 12个市重点项目,
 * 5市场, nor provinces or countries)?
 */
static int
count_head(const PdMetricWork *w, int p)
{
	int			d = p - 1,
				m;

	if (p < 2 || p >= w->n || table_at(w, p, PL_PLACE_LIST_HEADS, NULL) != 1 ||
		w->cp[p] == 0x7701 /* 省 */ || w->cp[p] == 0x56FD /* 国 */ ||
		table_at(w, p, PL_ANAPHOR_CROSS, NULL))
		return 0;
	if (w->cp[d] == 0x4E2A /* 个 */ )
		d--;
	if (d < 1 || !(is_adigit(w->cp[d]) || is_cdigit(w->cp[d])))
		return 0;
	while (d > 0 && (is_adigit(w->cp[d - 1]) || is_cdigit(w->cp[d - 1])))
		d--;
	if (d > 0 && (w->cp[d - 1] == 0x524D /* 前 */ || w->cp[d - 1] == 0x540E /* 后 */ ))
		return 1;
	for (m = w->nmentions - 1; m >= 0 && w->mentions[m].start >= d; m--)
		;
	return m >= 0 && w->mentions[m].end == d && w->mentions[m].entry &&
		w->mentions[m].entry->code;
}

/*
 * count_level - the kind of the places a count at p counts: the kind of the
 * last place named before it (亳州、宣城5市), else a county (5县) or a
 * prefecture
 */
static int
count_level(const PdMetricWork *w, int p)
{
	int			m;

	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= p && w->mentions[m].entry &&
			w->mentions[m].entry->code &&
			w->mentions[m].entry->kind >= PD_GAZ_PREFECTURE &&
			w->mentions[m].entry->kind <= PD_GAZ_COUNTY)
			return w->mentions[m].entry->kind;
	return w->cp[p] == 0x53BF /* 县 */ ? PD_GAZ_COUNTY : PD_GAZ_PREFECTURE;
}

/*
 * count_before - the head of a count of places the figure at i is about
 * (亳州、宣城5市…，合计仅31.4亿元, 前5市合计289.8亿元: a sum over the
 * places counted), looking back over its sentence to a place that may be a
 * subject; -1 if there is none
 */
static int
count_before(const PdMetricWork *w, int i)
{
	int			k,
				m = w->nmentions - 1;

	while (m >= 0 && w->mentions[m].end > i)
		m--;
	while (m >= 0 && !w->mentions[m].subject_ok)
		m--;
	for (k = i - 1; k > 0 && i - k <= COUNT_WINDOW; k--)
	{
		if (is_sentence_end(w->cp[k]) || w->cp[k] == CP_FW_SEMICOLON ||
			(m >= 0 && k < w->mentions[m].end))
			return -1;
		if (count_head(w, k))
			return k;
	}
	return -1;
}

/*
 * counted_parts_whole - the figure [i, end) counts places of a level
 * (甲市（2.6%）和乙市（1.1%）4个市州低于全省平均水平, 甲、乙4市), or sums
 * the places counted before it (5市…合计31.4亿元): it is the figure of the
 * place they lie in: the nearest mention before it of a wider level, else
 * the topic or the region of that level around it.  NULL when the figure
 * counts no places.
 */
const PdGazEntry *
counted_parts_whole(const PdMetricWork *w, int i, int end,
					const PdGazEntry *topic0)
{
	size_t		t = 0;
	int			m,
				p,
				level;

	if (end < w->n && table_at(w, end, PL_PLACE_COUNTS, &t))
		level = pd_lists[PL_PLACE_COUNTS].tags[t];
	else if (end > i && count_head(w, end - 1))
		level = count_level(w, end - 1);
	else if ((p = count_before(w, i)) >= 0)
		level = count_level(w, p);
	else
		return NULL;
	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i && w->mentions[m].entry &&
			w->mentions[m].entry->code &&
			w->mentions[m].entry->kind < level)
			return w->mentions[m].entry;
	/* 酒泉市…。4个市州增速提高: the topic's province */
	if (topic0 && topic0->code && topic0->kind >= level)
		return region_around(topic0, level - 1);
	return topic0 && topic0->code ? topic0 : NULL;
}

/*
 * distributor_before - where the 分别 or 依次 before the figure at i begins
 * (at most window characters back), -1 if there is none
 */
static int
distributor_before(const PdMetricWork *w, int i, int window)
{
	int			k;

	for (k = i; k > 0 && i - k < window; k--)
	{
		int			l = table_before(w, k, PL_DISTRIBUTORS);

		if (l > 0)
			return k - l;
	}
	return -1;
}

/*
 * distribute_subjects - 舟山、嘉兴和绍兴分别增长5%、6%和7%, 安庆、阜阳依次为
 * 48亿元和36.7亿元: a list of places before 分别 or 依次 and a list of as
 * many figures after it; the i-th figure is about the i-th place
 */
void
distribute_subjects(PdMetricWork *w)
{
	int			j;

	for (j = 0; j < w->nfigs; j++)
	{
		int			n,
					k,
					m,
					first,
					fenbie;

		if (j > 0 && w->figs[j].list_prev == j - 1)
			continue;			/* not the head of a list */
		n = list_length(w, j);
		if (n < 2)
			continue;
		fenbie = distributor_before(w, w->figs[j].c.start, 16);
		if (fenbie < 0)
			continue;
		/* the last n mentions before 分别, joined by list marks */
		for (m = w->nmentions - 1; m >= 0 && w->mentions[m].end > fenbie; m--)
			;
		first = m - n + 1;
		if (first < 0)
			continue;
		for (k = first; k <= m; k++)
			if (!w->mentions[k].entry || w->mentions[k].origin ||
				(k > first && !place_gap(w, w->mentions[k - 1].end, w->mentions[k].start)))
				break;
		if (k <= m || (first > 0 && w->mentions[first - 1].entry &&
					   place_gap(w, w->mentions[first - 1].end, w->mentions[first].start)))
			continue;			/* not a list of exactly n places */
		/* 在陕西省和西安市的占比分别为: places governed are the bases */
		if (table_before(w, w->mentions[first].start, PL_GOVERNORS))
			continue;
		for (k = 0; k < n; k++)
			w->figs[j + k].subject = w->mentions[first + k].entry;
	}
}
