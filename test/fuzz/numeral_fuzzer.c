/*
 * numeral_fuzzer.c - libFuzzer target for the numeral core.
 *
 * Any input: pd_numeral_parse must return, within bounds, a status, the
 * same as the full grammar alone gives (status, output, error offset: the
 * fast paths change nothing but the speed); on success its output is a
 * canonical decimal (or quotient) that parses back to itself (mixed numbers
 * W+N/M are not numerals themselves), and a decimal written by
 * pd_numeral_format in each style parses back to the same decimal.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_numeral.h"

static void *
fuzz_resize(void *arg, void *ptr, size_t size)
{
	(void) arg;
	return realloc(ptr, size);
}

static void
fuzz_free(void *arg, void *ptr)
{
	(void) arg;
	free(ptr);
}

static const PdNumAlloc alloc = {fuzz_resize, fuzz_free, NULL, NULL};

static void
check(int cond)
{
	if (!cond)
		abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char out[200000],
				again[200000],
				words[2000000];
	size_t		ep,
				ep_full;
	PdNumStatus st = pd_numeral_parse_alloc((const char *) data, size, out, sizeof(out),
											&ep, &alloc);
	PdNumStatus st_full = pd_numeral_parse_full((const char *) data, size, again,
												sizeof(again), &ep_full, &alloc);

	check(st == st_full);
	if (st == PD_NUM_OK)
		check(strcmp(out, again) == 0);
	else
		check(ep == ep_full);
	if (st == PD_NUM_SYNTAX)
		check(ep <= size);
	if (st != PD_NUM_OK)
		return 0;
	/* a decimal or quotient output is canonical: it reads back as itself */
	if (strchr(out, '+') == NULL)
	{
		check(pd_numeral_parse_alloc(out, strlen(out), again, sizeof(again), &ep,
									 &alloc) == PD_NUM_OK);
		check(strcmp(out, again) == 0);
	}
	if (strchr(out, '/') == NULL && strlen(out) < 400)
	{
		PdNumStyle	styles[3] = {PD_STYLE_PLAIN, PD_STYLE_FINANCIAL, PD_STYLE_RMB};
		int			i;

		for (i = 0; i < 3; i++)
		{
			size_t		need;
			PdFmtStatus fs = pd_numeral_format(out, strlen(out), styles[i], words,
											   sizeof(words), &need);

			if (fs == PD_FMT_PRECISION)
				continue;
			check(fs == PD_FMT_OK);
			st = pd_numeral_parse_alloc(words, strlen(words), again, sizeof(again), &ep,
										&alloc);
			check(st == PD_NUM_OK && strcmp(out, again) == 0);
		}
	}
	return 0;
}
