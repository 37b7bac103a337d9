/*
 * metric_fuzzer.c - libFuzzer target for the metric extractor.
 *
 * Runs pd_metric_extract over arbitrary bytes and checks, for every
 * quantity, that its spans lie inside the input and in order, that the
 * value is a plain decimal string and that the numbering is consecutive.
 * ASan/UBSan catch reads past the buffer: the input is copied into a
 * buffer of exactly its size, not NUL-terminated.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_metric.h"

typedef struct Check
{
	size_t		len;
	int			n;
	size_t		last_off;
} Check;

static void
fail(void)
{
	abort();
}

static int
emit(void *arg, const PdMetric *m)
{
	Check	   *c = (Check *) arg;
	const char *v = m->value;
	size_t		i;

	if (m->metric_no != ++c->n)
		fail();
	if (m->raw.len == 0 || m->raw.off + m->raw.len > c->len || m->raw.off < c->last_off)
		fail();
	if (m->indicator.off + m->indicator.len > c->len ||
		m->period.off + m->period.len > c->len ||
		m->sentence.off + m->sentence.len > c->len)
		fail();
	if (m->raw_chars == 0 || m->raw_chars > m->raw.len)
		fail();
	c->last_off = m->raw.off;
	if (*v == '-')
		v++;
	if (!*v)
		fail();
	for (i = 0; v[i]; i++)
		if (!((v[i] >= '0' && v[i] <= '9') || v[i] == '.'))
			fail();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static PdMetricWork *work;
	char	   *buf;
	Check		c;

	if (!work)
		work = malloc(pd_metric_work_size());
	buf = malloc(size ? size : 1);
	if (!work || !buf)
		return 0;
	memcpy(buf, data, size);
	memset(&c, 0, sizeof(c));
	c.len = size;
	pd_metric_extract(buf, size, work, emit, NULL, &c);
	free(buf);
	return 0;
}
