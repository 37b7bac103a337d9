/*-------------------------------------------------------------------------
 *
 * pd_metric_subject.c
 *	  The subject of a figure: the region, park or organisation it is about,
 *	  chosen among the sentence's mentions (pd_metric_place.c) and the
 *	  document's topic.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_subject.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/*
 * subject_for - the subject of a figure at character i
 *
 * The nearest mention before it that may be a subject; failing that, the
 * topic as it stood after the last mention before it, or topic0 (the topic
 * at the sentence's start).
 */
const PdGazEntry *
subject_for(const PdMetricWork *w, int i, const PdGazEntry *topic0)
{
	int			m;

	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i && w->mentions[m].subject_ok &&
			w->mentions[m].entry)
			return w->mentions[m].entry;
	for (m = w->nmentions - 1; m >= 0; m--)
		if (w->mentions[m].end <= i)
			return w->mentions[m].topic;
	return topic0;
}
