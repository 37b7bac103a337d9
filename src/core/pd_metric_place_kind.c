/*-------------------------------------------------------------------------
 *
 * pd_metric_place_kind.c
 *	  Parks by their kind: the parks a document named (a small ring), so
 *	  that 自贸区, 高新区, 经开区 and 新区 mean the last park of that kind
 *	  named (上海自贸区 … 浦东新区 … 自贸区新设企业: the free trade zone);
 *	  zones named by their region: a short name (广州开发区: the gazetteer's
 *	  广州经济技术开发区) or the region and a kind the gazetteer does not know
 *	  as a park (如皋高新区: 如皋高新技术产业开发区); names looked up whole.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_place_kind.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* gaz_lookup - the first entry named exactly name (the table is sorted), or NULL */
const PdGazEntry *
gaz_lookup(const char *name)
{
	size_t		a = 0,
				b = PD_GAZETTEER_SIZE;

	while (a < b)
	{
		size_t		m = a + (b - a) / 2;

		if (strcmp(pd_gaz_name(m), name) < 0)
			a = m + 1;
		else
			b = m;
	}
	return a < PD_GAZETTEER_SIZE && strcmp(pd_gaz_name(a), name) == 0 ?
		pd_gaz_entry(a) : NULL;
}

/*
 * note_park - remember a park the text named as a subject: 自贸区 may mean
 * it (not one named in passing: 在广西自贸试验区钦州港片区 … 自贸试验区 is
 * the zones in general)
 */
void
note_park(PdMetricWork *w, const PdGazEntry *e)
{
	if (!e || e->kind != PD_GAZ_PARK)
		return;
	if (w->nparks > 0 && w->parks[(w->nparks - 1) % PARK_RING] == e)
		return;
	w->parks[w->nparks++ % PARK_RING] = e;
}

/* the anaphor (PA_*) that means a park of e's kind, 0 if its name tells none */
static int
kind_of(const PdGazEntry *e)
{
	const PdWordList *l = &pd_lists[PL_PARK_MARKS];
	size_t		k;

	for (k = 0; k < l->n; k++)
		if (strstr(e->canonical, l->words[k]))
			return l->tags[k];
	return 0;
}

/* park_of_kind - the last park named whose kind the anaphor what means, or NULL */
const PdGazEntry *
park_of_kind(const PdMetricWork *w, int what)
{
	int			k;

	for (k = w->nparks - 1; k >= 0 && w->nparks - k <= PARK_RING; k--)
	{
		const PdGazEntry *e = w->parks[k % PARK_RING];

		if (e && kind_of(e) == what)
			return e;
	}
	return NULL;
}

/*
 * park_named_with - the last park named whose name holds word (开发区 means
 * 南昌经济技术开发区, not 赣江新区 named after it in passing), or NULL
 */
const PdGazEntry *
park_named_with(const PdMetricWork *w, const char *word)
{
	int			k;

	for (k = w->nparks - 1; k >= 0 && w->nparks - k <= PARK_RING; k--)
	{
		const PdGazEntry *e = w->parks[k % PARK_RING];

		if (e && strstr(e->canonical, word))
			return e;
	}
	return NULL;
}

/*
 * zone_short_at - a region's name [i, i + l) followed by a zone's short
 * kind (广州开发区): the gazetteer's park named by the region as written
 * (市 or 县 dropped) and the kind in full, into *e.  Returns the short
 * kind's length, 0 if none follows or the gazetteer has no such park.
 */
int
zone_short_at(PdMetricWork *w, int i, int l, const PdGazEntry **e)
{
	size_t		t = 0,
				bytes,
				fl;
	int			kl = table_at(w, i + l, PL_ZONE_SHORTS, &t);
	char		name[COMPANY_MAX];
	const char *full;
	const PdGazEntry *z;

	if (!kl || ((*e)->kind != PD_GAZ_PREFECTURE && (*e)->kind != PD_GAZ_COUNTY))
		return 0;
	bytes = w->off[i + l] - w->off[i];
	if (l > 2 && (w->cp[i + l - 1] == CP_SHI4 || w->cp[i + l - 1] == CP_XIAN))
		bytes = w->off[i + l - 1] - w->off[i];
	full = pd_zone_short_full_names[pd_lists[PL_ZONE_SHORTS].tags[t]];
	fl = strlen(full);
	if (bytes + fl + 1 > sizeof(name))
		return 0;
	memcpy(name, w->fold + (w->off[i] - w->off[0]), bytes);
	memcpy(name + bytes, full, fl + 1);
	if ((z = gaz_lookup(name)) == NULL)
		return 0;
	*e = z;
	return kl;
}

/*
 * forget_kind - the text spoke of parks of a kind in general (中国自贸试验区,
 * 21个自贸试验区, 各高新区): the parks of that kind named before are no
 * antecedents any more, nor the topic
 */
void
forget_kind(PdMetricWork *w, int what)
{
	int			k;

	for (k = w->nparks - 1; k >= 0 && w->nparks - k <= PARK_RING; k--)
		if (w->parks[k % PARK_RING] && kind_of(w->parks[k % PARK_RING]) == what)
			w->parks[k % PARK_RING] = NULL;
	/*
	 * nor is a free trade zone or new area the document's topic or its park
	 * of last resort (中国自贸试验区 in national news; 高新区 and 经开区 fall
	 * back to the park named last: 九个经开区 are often the topic's own)
	 */
	if (what != PA_FTZ && what != PA_NEW_AREA)
		return;
	if (w->topic && w->topic->kind == PD_GAZ_PARK && kind_of(w->topic) == what)
		w->topic = NULL;
	if (w->last[3] && kind_of(w->last[3]) == what)
		w->last[3] = NULL;
	if (w->seen_at[3] && kind_of(w->seen_at[3]) == what)
		w->seen_at[3] = NULL;
}

/*
 * zone_entry - the zone named name (less than COMPANY_MAX bytes) in the
 * region or park *e (its code), with flags, into *e: the entry made when the
 * document named it first, so the topic stays one place.  Returns 0 when the
 * ring is full (entries stay valid).
 */
static int
zone_entry(PdMetricWork *w, const char *name, int flags, const PdGazEntry **e)
{
	int			z;
	PdGazEntry *ze;
	char	   *nm;

	for (z = 0; z < w->nzone && z < ZONES; z++)
		if (strcmp(w->zone_name[z], name) == 0)
		{
			*e = &w->zone[z];
			return 1;
		}
	if (w->nzone >= ZONES)
		return 0;
	ze = &w->zone[w->nzone];
	nm = w->zone_name[w->nzone];
	w->zone_region[w->nzone] = *e;
	w->nzone++;
	strcpy(nm, name);
	ze->name = nm;
	ze->canonical = nm;
	ze->code = (*e)->code;
	ze->kind = PD_GAZ_PARK;
	ze->flags = flags;
	*e = ze;
	return 1;
}

/*
 * make_zone - the zone named by the text's bytes [i, i + bytes) (a region's
 * name as written) and full, in the region *e, with flags, into *e (see
 * zone_entry).  Returns 0 when the name is too long or the ring is full.
 */
static int
make_zone(PdMetricWork *w, int i, size_t bytes, const char *full,
		  int flags, const PdGazEntry **e)
{
	char		name[COMPANY_MAX];

	if (bytes + strlen(full) + 1 > COMPANY_MAX)
		return 0;
	memcpy(name, w->fold + (w->off[i] - w->off[0]), bytes);
	strcpy(name + bytes, full);
	return zone_entry(w, name, flags, e);
}

#define PART_NAME_MAX	6		/* characters naming a part of a park */

/*
 * sub_park_at - a park's name [i, i + l) followed by a part of it: up to six
 * characters and a part's head (巴中经济开发区驷马园, 兰州新区氢能产业园,
 * 西宁经济技术开发区生物产业园区; not 公园, 家园 …, nor 各园区, 的园区, nor a
 * part named by a place, 中部科学园区台中园区, read as that place's): the
 * part, named by the park's full name (as written where the full name only
 * adds a province before it: 兰州新区 for 甘肃兰州新区) and the part as
 * written, in the park's region, flagged PD_GAZ_PART.  Returns the part's
 * length, 0 if none.
 */
int
sub_park_at(PdMetricWork *w, int i, int l, const PdGazEntry **e)
{
	char		name[COMPANY_MAX];
	const char *park;
	size_t		pl,
				bytes,
				wl = w->off[i + l] - w->off[i];
	int			k = i + l,
				m,
				hl = 0;
	const PdGazEntry *p = NULL;

	if (!*e || (*e)->kind != PD_GAZ_PARK || !(*e)->canonical ||
		gaz_match(w, k, &p) > 0)
		return 0;
	for (m = 1; m <= PART_NAME_MAX && k + m < w->n; m++)
	{
		int			c = k + m - 1;

		if (!is_ideograph(w->cp[c]) || is_cdigit(w->cp[c]) ||
			table_at(w, c, PL_NAME_BOUNDS, NULL) ||
			table_at(w, c, PL_BETWEEN_STOPS, NULL))
			return 0;
		if ((hl = table_at(w, k + m, PL_PART_HEADS, NULL)) > 0)
			break;
	}
	if (!hl || table_before(w, k + m + hl, PL_PART_NOT))
		return 0;
	park = (*e)->canonical;
	pl = strlen(park);
	if (pl > wl && memcmp(park + pl - wl, w->fold + (w->off[i] - w->off[0]), wl) == 0)
	{
		park = w->fold + (w->off[i] - w->off[0]);
		pl = wl;
	}
	bytes = w->off[k + m + hl] - w->off[k];
	if (pl + bytes + 1 > COMPANY_MAX)
		return 0;
	memcpy(name, w->fold + (w->off[k] - w->off[0]), bytes);
	name[bytes] = '\0';
	/* 中关村科技园: the park's own name, read short, is no part of it */
	if (strstr((*e)->canonical, name))
		return 0;
	memmove(name + pl, name, bytes + 1);
	memcpy(name, park, pl);
	return zone_entry(w, name, PD_GAZ_PART, e) ? m + hl : 0;
}

/*
 * zone_at - a region's name [i, i + l) followed by a zone's kind (如皋高新区,
 * 曾都经济开发区) the gazetteer does not know as a park: the zone, named by
 * the region as written and the kind in full, in the region (its code).
 * Returns the kind's length, 0 if none follows.
 */
int
zone_at(PdMetricWork *w, int i, int l, const PdGazEntry **e)
{
	size_t		t = 0,
				bytes;
	int			kl = table_at(w, i + l, PL_PARK_KINDS, &t);

	if (i < 0 || l < 1)
		return 0;
	bytes = w->off[i + l] - w->off[i];
	/* 江苏省高新区: the province's zones, not one of them */
	if (!kl || (*e)->kind == PD_GAZ_PROVINCE || (*e)->kind > PD_GAZ_COUNTY)
		return 0;
	/* 如皋市高新区 is named 如皋高新技术产业开发区 */
	if (l > 2)
	{
		int			last = i + l - 1;

		if (w->cp[last] == CP_SHI4 || w->cp[last] == CP_XIAN)
			bytes = w->off[last] - w->off[i];
	}
	return make_zone(w, i, bytes, pd_park_kind_full_names[t], 0, e) ? kl : 0;
}

#define AREA_NAME_MAX	4		/* characters of a customs area's own name */

/*
 * area_name_at - a customs area's own name from k, then its kind
 * (PL_PARK_WRITTEN tag 2: 港保税区, 武宿综合保税区, 高新综合保税区): the
 * name's length in characters, the kind's into *kl and its slot into *t;
 * 0 if none
 */
static int
area_name_at(const PdMetricWork *w, int k, int *kl, size_t *t)
{
	int			m;

	for (m = 1; m <= AREA_NAME_MAX && k + m < w->n; m++)
	{
		int			c = k + m - 1;

		if (!is_ideograph(w->cp[c]) || is_cdigit(w->cp[c]) ||
			table_at(w, c, PL_NAME_BOUNDS, NULL) ||
			table_at(w, c, PL_BETWEEN_STOPS, NULL))
			return 0;
		*kl = table_at(w, k + m, PL_PARK_WRITTEN, t);
		if (*kl && pd_lists[PL_PARK_WRITTEN].tags[*t] == 2)
			return m;
	}
	*kl = 0;
	return 0;
}

/* may a park of kind slot t be named by region e (a municipality: customs areas only)? */
static int
written_region_ok(const PdGazEntry *e, size_t t)
{
	int			tag = pd_lists[PL_PARK_WRITTEN].tags[t];
	size_t		n = strlen(e->canonical);

	if (e->flags & PD_GAZ_AMBIGUOUS)
		return 0;
	if (e->kind == PD_GAZ_COUNTY)
		return 1;
	if (e->kind == PD_GAZ_PREFECTURE)
		return tag != 1;
	/* 天津港保税区: a municipality (a province named …市) */
	return tag == 2 && e->kind == PD_GAZ_PROVINCE && n > 3 &&
		strcmp(e->canonical + n - 3, "市") == 0;
}

/*
 * park_written_at - a region's name [i, i + l) followed by the kind of a
 * park no national list holds (临泉工业园区, 巴中市工业园, 海口综保区), or
 * by a customs area's own name and kind (天津港保税区): the park, named as
 * written (the region's 市 or 县 kept; only 综保区 is written out), in the
 * region.  Not after an ambiguous short name (新兴产业园, 再生资源产业园 are
 * no parks of 新兴县 or 资源县).  Returns the length after the region's
 * name, 0 if no park follows.
 */
int
park_written_at(PdMetricWork *w, int i, int l, const PdGazEntry **e)
{
	size_t		t = 0;
	int			kl = table_at(w, i + l, PL_PARK_WRITTEN, &t),
				m = 0;

	if (i < 0 || l < 1)
		return 0;
	if (!kl)
		m = area_name_at(w, i + l, &kl, &t);
	if (!kl || !written_region_ok(*e, t))
		return 0;
	return make_zone(w, i, w->off[i + l + m] - w->off[i],
					 pd_park_written_full_names[t],
					 pd_lists[PL_PARK_WRITTEN].tags[t] == 2 ? PD_GAZ_AREA : 0,
					 e) ? m + kl : 0;
}

/*
 * foreign_park_at - a region's name [i, i + l) followed by the short name of
 * a park of another province (绍兴滨海新区: 滨海新区 is Tianjin's): a zone of
 * that region named as written, in the region.  Returns the short name's
 * length, 0 if none follows.
 */
int
foreign_park_at(PdMetricWork *w, int i, int l, const PdGazEntry **e)
{
	const PdGazEntry *p = NULL;
	int			pl;

	if ((*e)->kind != PD_GAZ_PREFECTURE && (*e)->kind != PD_GAZ_COUNTY)
		return 0;
	if (!(*e)->code || (pl = gaz_match(w, i + l, &p)) == 0 || !p ||
		p->kind != PD_GAZ_PARK || !(p->flags & PD_GAZ_SHORT) || !p->code ||
		strncmp(p->code, (*e)->code, 2) == 0)
		return 0;
	return make_zone(w, i, w->off[i + l] - w->off[i], p->name, 0, e) ? pl : 0;
}

/*
 * zone_of_short - a park's short name (滨海新区) after the document named a
 * zone of its own so (绍兴滨海新区) means that zone
 */
void
zone_of_short(const PdMetricWork *w, const PdGazEntry **e)
{
	size_t		n;
	int			z;

	if ((*e)->kind != PD_GAZ_PARK || !((*e)->flags & PD_GAZ_SHORT))
		return;
	n = strlen((*e)->name);
	for (z = 0; z < w->nzone && z < ZONES; z++)
	{
		size_t		m = strlen(w->zone_name[z]);

		if (m > n && strcmp(w->zone_name[z] + m - n, (*e)->name) == 0)
		{
			*e = &w->zone[z];
			return;
		}
	}
}
