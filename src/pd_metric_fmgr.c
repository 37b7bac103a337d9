/*-------------------------------------------------------------------------
 *
 * pd_metric_fmgr.c
 *	  SQL interface of the metric extractor: parkdata.extract_metrics(text).
 *
 * A thin wrapper: it hands the detoasted text to pd_metric_extract() and
 * turns every quantity the core reports into a row of a tuplestore
 * (materialize mode), building the numeric with numeric_in from the core's
 * exact decimal string.  Interrupts are checked after every sentence and at
 * least every PD_METRIC_SENTENCE_MAX characters.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_metric_fmgr.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/tuplestore.h"

#include "parkdata.h"
#include "pd_metric.h"

#define METRIC_COLS 14

typedef struct MetricSink
{
	ReturnSetInfo *rsinfo;
	const char *doc;
	MemoryContext rowcxt;		/* reset after every row */
} MetricSink;

static text *
span_text(const char *doc, PdSpan s)
{
	return cstring_to_text_with_len(doc + s.off, (int) s.len);
}

/*
 * metric_emit - store one quantity as a row
 *
 * Called by the core; the row's datums live in a short-lived context that
 * is reset after tuplestore_putvalues has copied them.
 */
static int
metric_emit(void *arg, const PdMetric *m)
{
	MetricSink *sink = (MetricSink *) arg;
	Datum		values[METRIC_COLS];
	bool		nulls[METRIC_COLS];
	MemoryContext old;
	const char *q = pd_metric_qualifier_name(m->qualifier);

	old = MemoryContextSwitchTo(sink->rowcxt);
	memset(nulls, 0, sizeof(nulls));

	values[0] = Int32GetDatum(m->metric_no);
	values[1] = DirectFunctionCall3(numeric_in, CStringGetDatum(m->value),
									ObjectIdGetDatum(InvalidOid),
									Int32GetDatum(-1));
	if (m->unit)
		values[2] = PointerGetDatum(cstring_to_text(m->unit));
	else
		nulls[2] = true;
	values[3] = PointerGetDatum(span_text(sink->doc, m->raw));
	values[4] = Int32GetDatum((int32) (m->raw_char + 1));
	if (q)
		values[5] = PointerGetDatum(cstring_to_text(q));
	else
		nulls[5] = true;
	if (m->indicator.len > 0)
		values[6] = PointerGetDatum(span_text(sink->doc, m->indicator));
	else
		nulls[6] = true;
	values[7] = PointerGetDatum(cstring_to_text(pd_metric_kind_name(m->kind)));
	values[8] = BoolGetDatum(m->is_target != 0);
	if (m->period.len > 0)
		values[9] = PointerGetDatum(span_text(sink->doc, m->period));
	else
		nulls[9] = true;
	if (m->year > 0)
		values[10] = Int32GetDatum(m->year);
	else
		nulls[10] = true;
	if (m->subject)
		values[11] = PointerGetDatum(cstring_to_text(m->subject));
	else
		nulls[11] = true;
	values[12] = PointerGetDatum(span_text(sink->doc, m->sentence));
	if (m->subject_code)
		values[13] = PointerGetDatum(cstring_to_text(m->subject_code));
	else
		nulls[13] = true;

	MemoryContextSwitchTo(old);
	tuplestore_putvalues(sink->rsinfo->setResult, sink->rsinfo->setDesc,
						 values, nulls);
	MemoryContextReset(sink->rowcxt);
	return 0;
}

/* metric_progress - called by the core after every window of text */
static void
metric_progress(void *arg, size_t done)
{
	(void) arg;
	(void) done;
	CHECK_FOR_INTERRUPTS();
}

/*
 * extract_metrics(doc text) returns setof record
 */
PG_FUNCTION_INFO_V1(pd_extract_metrics);
Datum
pd_extract_metrics(PG_FUNCTION_ARGS)
{
	text	   *doc;
	MetricSink	sink;
	PdMetricWork *work;

	pd_require_utf8();

	/*
	 * The executor's expected row type, not get_call_result_type(): that
	 * one rebuilds the 14-column descriptor from the catalog in the
	 * per-query context on every call, about 0.9 kB that a query over 100k
	 * documents would keep until it ends.
	 */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);

	doc = PG_GETARG_TEXT_PP(0);
	sink.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	sink.doc = VARDATA_ANY(doc);
	sink.rowcxt = AllocSetContextCreate(CurrentMemoryContext,
										"extract_metrics row",
										ALLOCSET_SMALL_SIZES);
	work = (PdMetricWork *) palloc(pd_metric_work_size());

	pd_metric_extract(sink.doc, VARSIZE_ANY_EXHDR(doc), work,
					  metric_emit, metric_progress, &sink);

	pfree(work);
	MemoryContextDelete(sink.rowcxt);
	PG_FREE_IF_COPY(doc, 0);
	return (Datum) 0;
}
