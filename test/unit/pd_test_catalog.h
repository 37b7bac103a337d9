/*
 * pd_test_catalog.h - a small metric catalog from pairs (word, code,
 * dimension) in the shape of scripts/metric_catalog.tsv, for the unit tests
 * of the catalog (test_metric_catalog.c, test_metric_catalog_scope.c,
 * test_metric_catalog_parts.c).
 */
#ifndef PD_TEST_CATALOG_H
#define PD_TEST_CATALOG_H

#include <stddef.h>
#include <string.h>

#include "pd_metric_catalog.h"
#include "pd_test.h"

typedef struct PdTestPair
{
	const char *word;
	const char *code;
	const char *dim;
} PdTestPair;

#define PD_TEST_NPAIRS(pairs) (sizeof(pairs) / sizeof((pairs)[0]))

/* the catalog of pairs[0..n), one check a pair: its dimension parses, it is added */
static inline PdMetricCatalog *
pd_test_catalog(const PdAllocator *a, const PdTestPair *pairs, size_t n)
{
	PdMetricCatalog *cat = pd_metric_catalog_create(a);
	size_t		i;

	for (i = 0; i < n; i++)
	{
		int			d = pd_metric_dim_parse(pairs[i].dim, strlen(pairs[i].dim));

		PD_CHECK(d >= 0 && pd_metric_catalog_add(cat, pairs[i].word, strlen(pairs[i].word),
												 pairs[i].code, strlen(pairs[i].code),
												 (PdUnitDim) d) == PD_CATALOG_ADDED,
				 "add %s (%s, %s)", pairs[i].word, pairs[i].code, pairs[i].dim);
	}
	return cat;
}

#endif							/* PD_TEST_CATALOG_H */
