/*-------------------------------------------------------------------------
 *
 * metric_callgrind.c
 *	  The metric extractor with the indicator catalog over some documents,
 *	  for instruction counts that hold on a loaded machine (docs/extraction.md,
 *	  "Speed").  Prints the rows and a hash of every field of every row, so
 *	  that two builds can be compared for output as well as for cost.
 *
 *	  cc -O2 -std=c11 -Isrc/core -o /tmp/metric_cg test/bench/metric_callgrind.c \
 *		  src/core/pd_*.c -licui18n -licuuc -licudata -lm
 *	  psql -AtF$'\t' -c "SELECT l.word, l.metric, m.unit_dimension
 *		  FROM parkdata.lexicon l JOIN parkdata.metric m ON m.code = l.metric
 *		  ORDER BY l.metric COLLATE \"C\", l.word COLLATE \"C\"" > /tmp/catalog.tsv
 *	  valgrind --tool=callgrind --toggle-collect=run_metric /tmp/metric_cg \
 *		  passes=1 catalog=/tmp/catalog.tsv FILE...
 *
 * A file NAME.txt may have a NAME.pub beside it holding the document's date
 * (YYYY-MM-DD), passed as extract_metrics' published.  Without catalog=
 * every metric is NULL.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/bench/metric_callgrind.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_alloc_std.h"
#include "pd_metric.h"
#include "pd_metric_catalog.h"

#define MAX_DOCS 1024

static char *docs[MAX_DOCS];
static size_t lens[MAX_DOCS];
static PdDate pubs[MAX_DOCS];
static int	ndocs,
			passes = 5;
static long rows;
static uint64_t hash = 1469598103934665603ULL;	/* FNV-1a */
static PdMetricCatalog *cat;

static void
mix(const void *p, size_t n)
{
	const unsigned char *u = p;
	size_t		i;

	for (i = 0; i < n; i++)
		hash = (hash ^ u[i]) * 1099511628211ULL;
}

/* a string with its NUL, or a byte no string has for NULL */
static void
mix_str(const char *s)
{
	if (s)
		mix(s, strlen(s) + 1);
	else
		mix("\377", 1);
}

static int
emit(void *arg, const PdMetric *m)
{
	(void) arg;
	mix(&m->metric_no, sizeof(m->metric_no));
	mix_str(m->value);
	mix_str(m->unit);
	mix(&m->raw, sizeof(m->raw));
	mix(&m->raw_char, sizeof(m->raw_char));
	mix(&m->qualifier, sizeof(m->qualifier));
	mix(&m->indicator, sizeof(m->indicator));
	mix_str(m->metric);
	mix(&m->kind, sizeof(m->kind));
	mix(&m->status, sizeof(m->status));
	mix(&m->period, sizeof(m->period));
	mix(&m->period_start, sizeof(m->period_start));
	mix(&m->period_end, sizeof(m->period_end));
	mix(&m->year, sizeof(m->year));
	mix_str(m->subject);
	mix_str(m->subject_code);
	mix(&m->sentence, sizeof(m->sentence));
	rows++;
	return 0;
}

static const char *
classify(void *arg, const char *indicator, size_t len, size_t before,
		 PdMetricKind kind, const char *unit, const char *prev)
{
	return pd_metric_catalog_next((PdMetricCatalogCursor *) arg, indicator, len,
								  before, unit, kind, prev);
}

/* load_catalog - word TAB code TAB unit_dimension lines */
static PdMetricCatalog *
load_catalog(const char *path, const PdAllocator *a)
{
	size_t		n;
	char	   *s = pd_read_file(path, &n),
			   *line,
			   *next;
	PdMetricCatalog *c;

	if (!s || (c = pd_metric_catalog_create(a)) == NULL)
		return NULL;
	for (line = s; line && *line; line = next)
	{
		char	   *t1,
				   *t2;
		int			dim;

		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		if ((t1 = strchr(line, '\t')) == NULL || (t2 = strchr(t1 + 1, '\t')) == NULL)
			continue;
		dim = pd_metric_dim_parse(t2 + 1, strlen(t2 + 1));
		pd_metric_catalog_add(c, line, (size_t) (t1 - line), t1 + 1, (size_t) (t2 - t1 - 1),
							  dim < 0 ? PD_DIM_OTHER : (PdUnitDim) dim);
	}
	free(s);
	return c;
}

/* the date in NAME.pub beside NAME.txt, or 0 */
static PdDate
published_of(const char *path)
{
	char		pub[4096],
			   *dot,
			   *s;
	size_t		n;
	PdDate		d = 0;

	snprintf(pub, sizeof(pub), "%s", path);
	if ((dot = strstr(pub, ".txt")) == NULL || dot[4] != '\0')
		return 0;
	strcpy(dot, ".pub");
	if ((s = pd_read_file(pub, &n)) != NULL && n >= 10)
		d = atoi(s) * 10000 + atoi(s + 5) * 100 + atoi(s + 8);
	free(s);
	return d;
}

__attribute__((noinline)) void run_metric(PdMetricWork *w);

void
run_metric(PdMetricWork *w)
{
	int			r,
				i;

	for (r = 0; r < passes; r++)
		for (i = 0; i < ndocs; i++)
		{
			PdMetricOptions opt;
			PdMetricCatalogCursor cur;

			memset(&opt, 0, sizeof(opt));
			opt.published = pubs[i];
			if (cat)
			{
				pd_metric_catalog_cursor_init(&cur, cat);
				opt.classify = classify;
				opt.classify_arg = &cur;
			}
			pd_metric_extract_opt(docs[i], lens[i], &opt, w, emit, NULL, NULL);
		}
}

int
main(int argc, char **argv)
{
	PdAllocator a = PD_STD_ALLOCATOR;
	PdMetricWork *w;
	const char *warm = "2020年增长5%。";
	size_t		total = 0;
	int			i = 1;

	if (i < argc && strncmp(argv[i], "passes=", 7) == 0)
		passes = atoi(argv[i++] + 7);
	if (i < argc && strncmp(argv[i], "catalog=", 8) == 0)
	{
		if ((cat = load_catalog(argv[i] + 8, &a)) == NULL)
		{
			fprintf(stderr, "cannot read the catalog %s\n", argv[i] + 8);
			return 2;
		}
		i++;
	}
	if (i >= argc)
	{
		fprintf(stderr, "usage: %s [passes=N] [catalog=TSV] FILE...\n", argv[0]);
		return 2;
	}
	for (; i < argc && ndocs < MAX_DOCS; i++)
		if ((docs[ndocs] = pd_read_file(argv[i], &lens[ndocs])) != NULL)
		{
			pubs[ndocs] = published_of(argv[i]);
			total += lens[ndocs++];
		}
		else
			fprintf(stderr, "cannot read %s\n", argv[i]);
	if ((w = malloc(pd_metric_work_size())) == NULL)
		return 1;
	pd_metric_extract(warm, strlen(warm), w, emit, NULL, NULL);	/* tables */
	rows = 0;
	hash = 1469598103934665603ULL;
	run_metric(w);
	printf("docs %d bytes %zu rows %ld hash %016llx\n", ndocs, total * (size_t) passes,
		   rows, (unsigned long long) hash);
	free(w);
	return 0;
}
