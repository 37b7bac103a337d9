/*
 * metric_catalog_fuzzer.c - libFuzzer target for the indicator catalog
 * matcher (src/core/pd_metric_catalog.c).
 *
 * The input's lines are added as surface forms (codes and dimensions taken
 * from the line number), then windows of the input (up to 300 bytes, and
 * the whole of a short input) are looked up with every kind and a few
 * units, alone (find), with the figure before's code (classify) and along
 * one document (a cursor, with and without the figure before's code); a
 * code found must be one the catalog holds.
 * The input is copied into a buffer of exactly its size (not
 * NUL-terminated) so that ASan catches reads past it.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_alloc_std.h"
#include "pd_metric_catalog.h"

static const char *const codes[] = {"operating_revenue", "gdp", "high_tech_enterprises", "x"};
static const char *const units[] = {NULL, "", "元", "家", "%", "百分点", "倍"};

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PdAllocator a = PD_STD_ALLOCATOR;
	PdMetricCatalog *cat = pd_metric_catalog_create(&a);
	char	   *buf = malloc(size ? size : 1);
	size_t		i,
				start = 0,
				line = 0;
	const char *prev = codes[2];
	PdMetricCatalogCursor cur;

	if (cat == NULL || buf == NULL)
		abort();
	memcpy(buf, data, size);
	pd_metric_catalog_add(cat, "营业收入", 12, codes[0], strlen(codes[0]), PD_DIM_MONEY);
	pd_metric_catalog_add(cat, "地区生产总值", 18, codes[1], strlen(codes[1]), PD_DIM_MONEY);
	pd_metric_catalog_add(cat, "高企", 6, codes[2], strlen(codes[2]), PD_DIM_COUNT_ENTERPRISES);
	for (i = 0; i <= size; i++)
		if (i == size || buf[i] == '\n')
		{
			line++;
			if (pd_metric_catalog_add(cat, buf + start, i - start, codes[line % 4],
									  strlen(codes[line % 4]),
									  (PdUnitDim) (line % PD_DIM_COUNT_)) == PD_CATALOG_NOMEM)
				abort();
			start = i + 1;
		}
	pd_metric_catalog_cursor_init(&cur, cat);
	for (i = 0; i < size; i += 1 + i / 4)
	{
		int			k;

		for (k = 0; k < 8; k++)
		{
			size_t		n = size - i < 300 ? size - i : 300;
			const char *u = units[(i + k) % 7];
			PdMetricKind kind = (PdMetricKind) (k % 4);
			const char *got = k == 1 || k == 3 ? pd_metric_catalog_find(cat, buf + i, n, u, kind) :
				k < 4 ? pd_metric_catalog_classify(cat, buf + i, n, u, kind, prev) :
				pd_metric_catalog_next(&cur, buf + i, n, i, u, kind, k % 2 ? prev : NULL);
			size_t		c;
			int			known = (got == NULL);

			for (c = 0; got && c < 4; c++)
				known |= strcmp(got, codes[c]) == 0;
			if (!known)
				abort();
			if (got)
				prev = got;
		}
	}
	pd_metric_catalog_destroy(cat);
	free(buf);
	return 0;
}
