/*-------------------------------------------------------------------------
 *
 * pd_metric_place_doc.c
 *	  The document's own region when the text names it only by 全省 or 全市:
 *	  a province's bulletin titled 全省工业投资运行情况 lists its prefectures
 *	  (天水市、陇南市 ...) but never writes 甘肃省.  The region all the places
 *	  the whole document names in full lie in is then what 全省 means.
 *
 *	  Looked for once per document, and only when such an anaphor finds no
 *	  place of its level named before it.  Also doc_has, a word anywhere in
 *	  the document.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_place_doc.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

#define DOC_NAME_MIN	3		/* characters: 天水市, not 和县 read across words */
#define DOC_NAME_MAX	12
#define DOC_VOTES_MIN	2		/* distinct places that must agree */
#define DOC_SCAN_MAX	32768	/* bytes of the document read: its head */

/*
 * doc_has - does the document's text hold the bytes of word?
 *
 * Horspool's search: the window moves by the distance from its last byte's
 * last place in the word to the word's end, most often the whole word, so
 * a long document is not read byte by byte.
 */
int
doc_has(const PdMetricWork *w, const char *word)
{
	const unsigned char *d = (const unsigned char *) w->doc,
			   *x = (const unsigned char *) word;
	size_t		l = strlen(word),
				shift[256],
				p = 0,
				k;

	if (l == 0 || l > w->len)
		return 0;
	for (k = 0; k < 256; k++)
		shift[k] = l;
	for (k = 0; k + 1 < l; k++)
		shift[x[k]] = l - 1 - k;
	while (p + l <= w->len)
	{
		unsigned char last = d[p + l - 1];

		if (last == x[l - 1] && memcmp(d + p, x, l - 1) == 0)
			return 1;
		p += shift[last];
	}
	return 0;
}

/*
 * full_region_at - a region's full name (天水市, 庆阳市, 甘肃省) starting at
 * byte p of the document, of DOC_NAME_MIN characters or more; the longest
 */
static const PdGazEntry *
full_region_at(const PdMetricWork *w, size_t p, size_t end, size_t *bytes)
{
	const PdGazEntry *best = NULL;
	size_t		q = p,
				lo = 0,
				hi = PD_GAZETTEER_SIZE;
	int			chars;

	for (chars = 1; chars <= DOC_NAME_MAX && q < end; chars++)
	{
		size_t		k,
					from = q - p;

		/* the next UTF-8 character */
		do
			q++;
		while (q < end && ((unsigned char) w->doc[q] & 0xC0) == 0x80);
		gaz_narrow(w->doc + p, from, q - p, &lo, &hi);
		if (lo >= hi)
			break;				/* no name begins so */
		if (chars < DOC_NAME_MIN)
			continue;
		for (k = lo; k < hi && pd_gaz_name(k)[q - p] == '\0'; k++)
		{
			const PdGazRow *r = &pd_gazetteer[k];

			if (r->flags == 0 && r->code && strlen(pd_gaz_text + r->code) == 6 &&
				r->kind >= PD_GAZ_PROVINCE && r->kind <= PD_GAZ_COUNTY)
			{
				best = pd_gaz_entry(k);
				*bytes = q - p;
				break;
			}
		}
	}
	return best;
}

/* the region whose code is the first n digits of code followed by zeros */
static const PdGazEntry *
region_by_code(const char *code, int n, int kind)
{
	size_t		k;

	for (k = 0; k < PD_GAZETTEER_SIZE; k++)
	{
		const PdGazRow *r = &pd_gazetteer[k];

		if (r->kind == kind && r->flags == 0 && r->code &&
			strncmp(pd_gaz_text + r->code, code, n) == 0 &&
			strspn(pd_gaz_text + r->code + n, "0") == 6 - (size_t) n)
			return pd_gaz_entry(k);
	}
	return NULL;
}

/* where the search for the document's places stops: its head */
static size_t
scan_end(const PdMetricWork *w)
{
	if (w->len > DOC_SCAN_MAX)
		return DOC_SCAN_MAX;
	return w->len;
}

/*
 * region_around - the region of kind (province, prefecture) that e lies in
 * (甘肃省 for 酒泉市), e itself if it is one, or NULL
 */
const PdGazEntry *
region_around(const PdGazEntry *e, int kind)
{
	if (!e || !e->code || strlen(e->code) != 6 || e->kind > PD_GAZ_COUNTY ||
		e->kind < kind)
		return e && e->kind == kind ? e : NULL;
	if (e->kind == kind)
		return e;
	return region_by_code(e->code, kind == PD_GAZ_PROVINCE ? 2 : 4, kind);
}

/*
 * doc_region_find - the region of level lv (0 province, 1 prefecture) that
 * the places named in full anywhere in the document lie in: each place of a
 * lower level votes once, a place of the level itself at every mention;
 * DOC_VOTES_MIN votes or more, all but one in ten for it
 */
static const PdGazEntry *
doc_region_find(const PdMetricWork *w, int lv)
{
	int			n = lv == 0 ? 2 : 4,
				kind = lv == 0 ? PD_GAZ_PROVINCE : PD_GAZ_PREFECTURE,
				votes = 0,
				agree = 0,
				k;
	const PdGazEntry *seen[32];
	const char *lead = NULL;
	size_t		p = 0,
				end = scan_end(w);

	while (p < end && votes < (int) NELEM(seen))
	{
		size_t		bytes = 0;
		const PdGazEntry *e = full_region_at(w, p, end, &bytes);

		if (!e || e->kind < kind)
		{
			do
				p++;
			while (p < end && ((unsigned char) w->doc[p] & 0xC0) == 0x80);
			continue;
		}
		p += bytes;
		/* a place inside votes once; one of the level at every mention */
		for (k = 0; e->kind != kind && k < votes && seen[k] != e; k++)
			;
		if (e->kind != kind && k < votes)
			continue;
		seen[votes++] = e;
		if (!lead)
			lead = e->code;
		if (strncmp(e->code, lead, n) == 0)
			agree++;
	}
	if (!lead || agree < DOC_VOTES_MIN || agree * 10 < votes * 9)
		return NULL;
	return region_by_code(lead, n, kind);
}

/*
 * doc_region - what 全省 (lv 0) or 全市 (lv 1) means in a document that names
 * no place of that level before it: computed once per document
 */
const PdGazEntry *
doc_region(PdMetricWork *w, int lv)
{
	if (lv < 0 || lv > 1)
		return NULL;
	if (!w->doc_region_done[lv])
	{
		w->doc_region_done[lv] = 1;
		w->doc_region[lv] = traditional_doc(w) ? NULL : doc_region_find(w, lv);
	}
	return w->doc_region[lv];
}
