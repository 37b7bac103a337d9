/*-------------------------------------------------------------------------
 *
 * pd_metric_fmgr.c
 *	  SQL interface of the metric extractor:
 *	  parkdata.extract_metrics(doc text, published date DEFAULT NULL).
 *
 * A thin wrapper: it hands the detoasted text to pd_metric_extract_opt()
 * and turns every quantity the core reports into a row of a tuplestore
 * (materialize mode), building the numeric with numeric_in from the core's
 * exact decimal string.  Interrupts are checked after every sentence and at
 * least every PD_METRIC_SENTENCE_MAX characters.
 *
 * The result columns are filled by name from the call's result descriptor,
 * so that one symbol serves every declaration the extension has shipped:
 * 1.0's extract_metrics(text) with 14 columns and 1.1's with 18.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_metric_fmgr.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "datatype/timestamp.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/tuplestore.h"

#include "parkdata.h"
#include "pd_lexicon.h"
#include "pd_metric.h"

/* Every column extract_metrics has had, by name. */
typedef enum MetricColumn
{
	MC_METRIC_NO = 0,
	MC_VALUE,
	MC_UNIT,
	MC_RAW,
	MC_START_POS,
	MC_QUALIFIER,
	MC_INDICATOR,
	MC_METRIC,
	MC_KIND,
	MC_STATUS,
	MC_IS_TARGET,
	MC_PERIOD,
	MC_PERIOD_START,
	MC_PERIOD_END,
	MC_YEAR,
	MC_SUBJECT,
	MC_SUBJECT_CODE,
	MC_SENTENCE,
	MC_COUNT
} MetricColumn;

static const char *const metric_column_names[MC_COUNT] = {
	"metric_no", "value", "unit", "raw", "start_pos", "qualifier",
	"indicator", "metric", "kind", "status", "is_target", "period",
	"period_start", "period_end", "year", "subject", "subject_code",
	"sentence",
};

/* which MetricColumn each attribute of the result is (kept in fn_extra) */
typedef struct ColumnMap
{
	int			natts;
	int			col[FLEXIBLE_ARRAY_MEMBER];
} ColumnMap;

typedef struct MetricSink
{
	ReturnSetInfo *rsinfo;
	const ColumnMap *map;
	const char *doc;
	MemoryContext rowcxt;		/* reset after every row */
	Datum	   *values;
	bool	   *nulls;
} MetricSink;

/*
 * column_map - the MetricColumn of every attribute of desc
 *
 * Allocated once per call site in fn_mcxt.  A column the extractor does not
 * know is a can't-happen case (only our own declarations call this).
 */
static const ColumnMap *
column_map(FunctionCallInfo fcinfo, TupleDesc desc)
{
	ColumnMap  *map = (ColumnMap *) fcinfo->flinfo->fn_extra;
	int			i;

	if (map && map->natts == desc->natts)
		return map;
	map = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt,
							 offsetof(ColumnMap, col) + desc->natts * sizeof(int));
	map->natts = desc->natts;
	for (i = 0; i < desc->natts; i++)
	{
		const char *name = NameStr(TupleDescAttr(desc, i)->attname);
		int			c;

		for (c = 0; c < MC_COUNT; c++)
			if (strcmp(name, metric_column_names[c]) == 0)
				break;
		if (c == MC_COUNT)
			elog(ERROR, "extract_metrics: unknown result column \"%s\"", name);
		map->col[i] = c;
	}
	fcinfo->flinfo->fn_extra = map;
	return map;
}

static Datum
span_datum(const char *doc, PdSpan s, bool *isnull)
{
	*isnull = (s.len == 0);
	return *isnull ? (Datum) 0 :
		PointerGetDatum(cstring_to_text_with_len(doc + s.off, (int) s.len));
}

static Datum
cstring_datum(const char *s, bool *isnull)
{
	*isnull = (s == NULL);
	return s ? PointerGetDatum(cstring_to_text(s)) : (Datum) 0;
}

static Datum
pd_date_datum(PdDate d, bool *isnull)
{
	*isnull = (d == 0);
	if (d == 0)
		return (Datum) 0;
	return DateADTGetDatum(date2j(d / 10000, d / 100 % 100, d % 100) -
						   POSTGRES_EPOCH_JDATE);
}

/* the value of column c of quantity m */
static Datum
column_datum(const MetricSink *sink, const PdMetric *m, int c, bool *isnull)
{
	*isnull = false;
	switch ((MetricColumn) c)
	{
		case MC_METRIC_NO:
			return Int32GetDatum(m->metric_no);
		case MC_VALUE:
			return DirectFunctionCall3(numeric_in, CStringGetDatum(m->value),
									   ObjectIdGetDatum(InvalidOid),
									   Int32GetDatum(-1));
		case MC_UNIT:
			return cstring_datum(m->unit, isnull);
		case MC_RAW:
			return span_datum(sink->doc, m->raw, isnull);
		case MC_START_POS:
			return Int32GetDatum((int32) (m->raw_char + 1));
		case MC_QUALIFIER:
			return cstring_datum(pd_metric_qualifier_name(m->qualifier), isnull);
		case MC_INDICATOR:
			return span_datum(sink->doc, m->indicator, isnull);
		case MC_METRIC:
			return cstring_datum(m->metric, isnull);
		case MC_KIND:
			return cstring_datum(pd_metric_kind_name(m->kind), isnull);
		case MC_STATUS:
			return cstring_datum(pd_metric_status_name(m->status), isnull);
		case MC_IS_TARGET:
			return BoolGetDatum(m->is_target != 0);
		case MC_PERIOD:
			return span_datum(sink->doc, m->period, isnull);
		case MC_PERIOD_START:
			return pd_date_datum(m->period_start, isnull);
		case MC_PERIOD_END:
			return pd_date_datum(m->period_end, isnull);
		case MC_YEAR:
			*isnull = (m->year <= 0);
			return Int32GetDatum(m->year);
		case MC_SUBJECT:
			return cstring_datum(m->subject, isnull);
		case MC_SUBJECT_CODE:
			return cstring_datum(m->subject_code, isnull);
		case MC_SENTENCE:
			return span_datum(sink->doc, m->sentence, isnull);
		default:
			elog(ERROR, "extract_metrics: column %d out of range", c);
	}
	return (Datum) 0;			/* keep the compiler quiet */
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
	MemoryContext old = MemoryContextSwitchTo(sink->rowcxt);
	int			i;

	for (i = 0; i < sink->map->natts; i++)
		sink->values[i] = column_datum(sink, m, sink->map->col[i],
									   &sink->nulls[i]);
	MemoryContextSwitchTo(old);
	tuplestore_putvalues(sink->rsinfo->setResult, sink->rsinfo->setDesc,
						 sink->values, sink->nulls);
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

/* the document's date as the core takes it (yyyymmdd); 0 for NULL */
static PdDate
published_arg(FunctionCallInfo fcinfo)
{
	DateADT		d;
	int			y,
				m,
				day;

	if (PG_NARGS() < 2 || PG_ARGISNULL(1))
		return 0;
	d = PG_GETARG_DATEADT(1);
	if (DATE_NOT_FINITE(d))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("published date must be finite"),
				 errdetail("The document's date resolves 今年 and 去年; \"%s\" gives no year.",
						   DATE_IS_NOBEGIN(d) ? "-infinity" : "infinity")));
	j2date(d + POSTGRES_EPOCH_JDATE, &y, &m, &day);
	if (y < 1 || y > 9999)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("published date out of range: year %d", y),
				 errdetail("A document's date must lie between the years 1 and 9999.")));
	return (PdDate) (y * 10000 + m * 100 + day);
}

/*
 * metric_classify - the catalog code of a figure's indicator
 * (src/core/pd_metric_catalog.c); arg is the document's catalog cursor, prev
 * the code of the figure before in the sentence (a breakdown takes its
 * total's).  Allocates nothing, never fails
 */
static const char *
metric_classify(void *arg, const char *indicator, size_t len, size_t before,
				PdMetricKind kind, const char *unit, const char *prev)
{
	return pd_metric_catalog_next((PdMetricCatalogCursor *) arg, indicator, len,
								  before, unit, kind, prev);
}

/*
 * extract_metrics(doc text, published date DEFAULT NULL) returns setof record
 *
 * Also serves 1.0's extract_metrics(doc text).
 */
PG_FUNCTION_INFO_V1(pd_extract_metrics);
Datum
pd_extract_metrics(PG_FUNCTION_ARGS)
{
	text	   *doc;
	MetricSink	sink;
	PdMetricWork *work;
	PdMetricOptions opt;
	PdLexHandle *lexh;
	PdMetricCatalogCursor cursor;

	pd_require_utf8();

	/*
	 * The executor's expected row type, not get_call_result_type(): that
	 * one rebuilds the descriptor from the catalog in the per-query context
	 * on every call, about 0.9 kB that a query over 100k documents would
	 * keep until it ends.
	 */
	InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
	if (PG_ARGISNULL(0))
		return (Datum) 0;		/* no document, no rows */

	memset(&opt, 0, sizeof(opt));
	opt.published = published_arg(fcinfo);
	doc = PG_GETARG_TEXT_PP(0);
	sink.rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	sink.map = column_map(fcinfo, sink.rsinfo->setDesc);
	sink.doc = VARDATA_ANY(doc);
	sink.rowcxt = AllocSetContextCreate(CurrentMemoryContext,
										"extract_metrics row",
										ALLOCSET_SMALL_SIZES);
	sink.values = palloc(sink.map->natts * sizeof(Datum));
	sink.nulls = palloc(sink.map->natts * sizeof(bool));
	work = (PdMetricWork *) palloc(pd_metric_work_size());

	/* the indicator catalog: the lexicon cache's, pinned for the call */
	lexh = pd_lexicon_acquire();
	pd_metric_catalog_cursor_init(&cursor, pd_lexicon_catalog(lexh));
	opt.classify = metric_classify;
	opt.classify_arg = &cursor;
	PG_TRY();
	{
		pd_metric_extract_opt(sink.doc, VARSIZE_ANY_EXHDR(doc), &opt, work,
							  metric_emit, metric_progress, &sink);
	}
	PG_FINALLY();
	{
		pd_lexicon_release(lexh);
	}
	PG_END_TRY();

	pfree(work);
	pfree(sink.values);
	pfree(sink.nulls);
	MemoryContextDelete(sink.rowcxt);
	PG_FREE_IF_COPY(doc, 0);
	return (Datum) 0;
}
