/*
 * pd_test_rows.h - the case loop of the unit tests that run the extractor
 * on one sentence of ours and compare its rows, written as a string, with
 * the rows expected (test_metric_context.c, test_metric_period.c,
 * test_metric_subject.c).
 *
 * A row is "raw|status|start|end|subject" (PD_ROWS_CONTEXT; each row is
 * also checked consistent: is_target agrees with status, the period does
 * not end before it starts) or "raw|subject" (PD_ROWS_SUBJECT); rows are
 * joined by ";", at most PD_ROWS_MAX of them.
 */
#ifndef PD_TEST_ROWS_H
#define PD_TEST_ROWS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_metric.h"
#include "pd_test.h"

#define PD_ROWS_MAX 32

typedef enum PdRowFormat
{
	PD_ROWS_CONTEXT,
	PD_ROWS_SUBJECT
} PdRowFormat;

typedef struct PdRowCase
{
	const char *doc;
	PdDate		published;
	const char *rows;			/* the rows expected, in the case's format */
} PdRowCase;

typedef struct PdRowSink
{
	const char *doc;
	PdRowFormat fmt;
	char		buf[2048];
	size_t		o;
	int			n;
	int			bad;			/* inconsistent rows (PD_ROWS_CONTEXT) */
} PdRowSink;

static int
pd_rows_emit(void *arg, const PdMetric *m)
{
	PdRowSink  *k = (PdRowSink *) arg;
	const char *sep = k->n > 0 ? ";" : "";
	const char *subject = m->subject ? m->subject : "";

	if (k->fmt == PD_ROWS_CONTEXT &&
		((m->status == PD_STATUS_TARGET) != (m->is_target != 0) ||
		 m->period_start > m->period_end))
		k->bad++;
	if (k->n++ >= PD_ROWS_MAX || k->o >= sizeof(k->buf))
		return 0;
	if (k->fmt == PD_ROWS_CONTEXT)
		k->o += snprintf(k->buf + k->o, sizeof(k->buf) - k->o, "%s%.*s|%s|%d|%d|%s",
						 sep, (int) m->raw.len, k->doc + m->raw.off,
						 pd_metric_status_name(m->status), (int) m->period_start,
						 (int) m->period_end, subject);
	else
		k->o += snprintf(k->buf + k->o, sizeof(k->buf) - k->o, "%s%.*s|%s",
						 sep, (int) m->raw.len, k->doc + m->raw.off, subject);
	return 0;
}

/* run every case, one check of its rows (and one of their consistency) each */
static int
pd_rows_run(const char *name, const PdRowCase *cases, size_t ncases, PdRowFormat fmt)
{
	PdMetricWork *work = malloc(pd_metric_work_size());
	size_t		i;

	if (!work)
		return 2;
	for (i = 0; i < ncases; i++)
	{
		PdMetricOptions opt;
		PdRowSink	k;

		memset(&opt, 0, sizeof(opt));
		memset(&k, 0, sizeof(k));
		opt.published = cases[i].published;
		k.doc = cases[i].doc;
		k.fmt = fmt;
		pd_metric_extract_opt(k.doc, strlen(k.doc), &opt, work, pd_rows_emit, NULL, &k);
		PD_CHECK(strcmp(k.buf, cases[i].rows) == 0, "%s:\n got  \"%s\"\n want \"%s\"",
				 cases[i].doc, k.buf, cases[i].rows);
		if (fmt == PD_ROWS_CONTEXT)
			PD_CHECK(k.bad == 0, "%s: inconsistent metric", cases[i].doc);
	}
	free(work);
	return pd_test_summary(name);
}

#endif
