/*-------------------------------------------------------------------------
 *
 * pd_metric_gazetteer.c
 *	  The gazetteer of the metric extractor: its one copy of the generated
 *	  table (pd_gazetteer_data.h), entries made on first use, the first
 *	  characters the place scan looks for, and the longest name at a
 *	  position (gaz_match).  What a match means is pd_metric_place.c's.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_gazetteer.c
 *
 *-------------------------------------------------------------------------
 */
#define PD_GAZETTEER_DEFINE		/* the gazetteer's one copy */
#include "pd_metric_int.h"

/*
 * the slot of the pair (a, b) in pd_gaz_pairs (pd_gazetteer_data.h, built
 * with the gazetteer), empty if it is not there (bounded probing)
 */
static const PdGazPair *
pair_find(uint32_t a, uint32_t b)
{
	uint32_t	h = pd_gaz_pair_slot(a, b);
	int			k;

	for (k = 0; k < PD_GAZ_PAIRS; k++)
	{
		const PdGazPair *g = &pd_gaz_pairs[(h + k) & (PD_GAZ_PAIRS - 1)];

		if (g->hi == 0 || (g->a == a && g->b == b))
			return g;
	}
	return NULL;				/* full: cannot happen with PD_GAZ_PAIRS */
}

_Static_assert(PD_GAZETTEER_SIZE > 0 && PD_GAZETTEER_SIZE < 0xFFFF, "gazetteer");

/*
 * The entries made of the table's rows, in the order the text met them
 * (so only the pages of the places met are written), and the slot + 1 of
 * each row's (0: not made yet).  A row's entry, once made, is never moved:
 * the extractor tells places apart by their entries' addresses.
 */
static PdGazEntry pd_gaz_made[PD_GAZETTEER_SIZE];
static uint16_t pd_gaz_slot[PD_GAZETTEER_SIZE];
static size_t pd_gaz_nmade = 0;

/* pd_gaz_entry - the entry of row i of pd_gazetteer */
const PdGazEntry *
pd_gaz_entry(size_t i)
{
	const PdGazRow *r = &pd_gazetteer[i];
	PdGazEntry *e;

	if (pd_gaz_slot[i])
		return &pd_gaz_made[pd_gaz_slot[i] - 1];
	e = &pd_gaz_made[pd_gaz_nmade++];
	e->name = pd_gaz_text + r->name;
	e->canonical = r->canonical ? pd_gaz_text + r->canonical : NULL;
	e->code = r->code ? pd_gaz_text + r->code : NULL;
	e->kind = r->kind;
	e->flags = r->flags;
	pd_gaz_slot[i] = (uint16_t) pd_gaz_nmade;
	return e;
}

const PdGazEntry *pd_gaz_taiwan = NULL;
const PdGazEntry *pd_gaz_hk = NULL;
const PdGazEntry *pd_gaz_macau = NULL;

/* pd_metric_place_init - the first characters of the scans */
void
pd_metric_place_init(void)
{
	size_t		i;

	for (i = 0; i < PD_GAZETTEER_SIZE; i++)
	{
		const char *name = pd_gaz_name(i);

		fc_set(FC_GAZ, name, 0);
		fc_set(FC_GAZ2, name, 1);
		if (strcmp(name, "台湾省") == 0)
			pd_gaz_taiwan = pd_gaz_entry(i);
		else if (strcmp(name, "香港特别行政区") == 0)
			pd_gaz_hk = pd_gaz_entry(i);
		else if (strcmp(name, "澳门特别行政区") == 0)
			pd_gaz_macau = pd_gaz_entry(i);
	}
	for (i = 0; i < pd_n_anaphora; i++)
	{
		fc_set(FC_ANAPHOR, pd_anaphora[i].word, 0);
		fc_set(FC_ANAPHOR2, pd_anaphora[i].word, 1);
	}
	for (i = 0; i < pd_lists[PL_COMPANY_FORMS].n; i++)
		fc_set(FC_COMPANY, pd_lists[PL_COMPANY_FORMS].words[i], 0);
	for (i = 0; i < pd_lists[PL_BREAKDOWN].n; i++)
		fc_set(FC_BREAKDOWN, pd_lists[PL_BREAKDOWN].words[i], 0);
	for (i = 0; i < pd_lists[PL_PARTNER_WORDS].n; i++)
		fc_set(FC_BREAKDOWN, pd_lists[PL_PARTNER_WORDS].words[i], 0);
}

/* compare bytes [from, n) of name (NUL-padded) with s; the bytes before are equal */
static inline int
prefix_cmp(const char *name, const char *s, size_t from, size_t n)
{
	size_t		i;

	for (i = from; i < n; i++)
	{
		unsigned char a = (unsigned char) name[i];
		unsigned char b = (unsigned char) s[i];

		if (a != b)
			return a < b ? -1 : 1;
		if (a == 0)
			return -1;
	}
	return 0;
}

/*
 * narrow [*lo, *hi) to the names that begin with s[0..L); the names of the
 * range all begin with s[0..from) already
 */
void
gaz_narrow(const char *s, size_t from, size_t L, size_t *lo, size_t *hi)
{
	size_t		a = *lo,
				b = *hi;

	while (a < b)
	{
		size_t		m = a + (b - a) / 2;

		if (prefix_cmp(pd_gaz_name(m), s, from, L) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	b = *hi;
	while (a < b)
	{
		size_t		m = a + (b - a) / 2;

		if (prefix_cmp(pd_gaz_name(m), s, from, L) <= 0)
			a = m + 1;
		else
			b = m;
	}
	*hi = a;
}

/*
 * short_park_ok - may the ambiguous short name of a park e end at k?
 *
 * 中科, 南科 (Taiwan's science parks; also 中科院, 南科大 ...) only in a
 * Traditional document that names science parks somewhere (looked for once
 * per document), or before 园区 or 管理局; never before 院 or 大.
 */
static int
short_park_ok(PdMetricWork *w, const PdGazEntry *e, int k)
{
	if (e->kind != PD_GAZ_PARK || !traditional_doc(w) ||
		table_at(w, k, PL_PARK_BLOCKERS, NULL))
		return 0;
	if (table_at(w, k, PL_PARK_HEADS, NULL))
		return 1;
	if (w->park_words == 0)
	{
		size_t		j;

		w->park_words = 1;
		for (j = 0; j < pd_lists[PL_PARK_WORDS].n && w->park_words == 1; j++)
			if (doc_has(w, pd_lists[PL_PARK_WORDS].words[j]))
				w->park_words = 2;
	}
	return w->park_words == 2;
}

/*
 * gaz_match - longest gazetteer name starting at character i
 *
 * Finds the names that begin with the position's first two characters in
 * one probe, then narrows the sorted table one character at a time with
 * binary searches.  Ambiguous short names (资源, 合作 ...) are skipped, but
 * for those of parks where short_park_ok says so and those of regions
 * before a zone's kind (曾都经济开发区).  Returns the length in characters,
 * 0 if nothing matches.
 */
int
gaz_match(PdMetricWork *w, int i, const PdGazEntry **hit)
{
	size_t		lo,
				hi,
				from;
	const char *s = wtext(w, i);
	int			k,
				best = 0;
	const PdGazPair *g;

	if (i + 1 >= w->n || (g = pair_find(w->cp[i], w->cp[i + 1])) == NULL ||
		g->hi == 0)
		return 0;
	lo = g->lo;
	hi = g->hi;
	from = w->off[i + 2] - w->off[i];
	for (k = i + 2; k <= w->n && k - i <= 24; k++)
	{
		size_t		L = w->off[k] - w->off[i];
		size_t		e;

		gaz_narrow(s, from, L, &lo, &hi);
		from = L;
		if (lo >= hi)
			break;
		if (pd_gaz_name(lo)[L] != '\0')
			continue;
		/* first of equal names that is not an ambiguous short form */
		for (e = lo; e < hi && pd_gaz_name(e)[L] == '\0'; e++)
			if (!(pd_gazetteer[e].flags & PD_GAZ_AMBIGUOUS) ||
				short_park_ok(w, pd_gaz_entry(e), k) ||
				((pd_gazetteer[e].kind == PD_GAZ_PREFECTURE ||
				  pd_gazetteer[e].kind == PD_GAZ_COUNTY) &&
				 table_at(w, k, PL_PARK_KINDS, NULL)))
			{
				*hit = pd_gaz_entry(e);
				best = k - i;
				break;
			}
	}
	return best;
}
