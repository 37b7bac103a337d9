/*
 * numeral_bench.c - conversions per second of the numeral core.
 *
 * Builds 1M numerals in Chinese (plain and financial, via pd_numeral_format)
 * and mixed forms (16.7万), then times pd_numeral_parse over them next to a
 * baseline in the same process: strtod over the same values in Arabic
 * digits (a floating-point parse that does less work).
 */
#define _POSIX_C_SOURCE 200809L
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "pd_numeral.h"

#define N 1000000

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(void)
{
	char	  **cn = malloc(N * sizeof(char *));
	char	  **ar = malloc(N * sizeof(char *));
	uint64_t	r = 42;
	int			i,
				rep;
	double		best_cn = 1e9,
				best_ar = 1e9,
				sink = 0;
	size_t		total_bytes = 0;

	for (i = 0; i < N; i++)
	{
		char		dec[64],
					words[512];
		size_t		need;
		uint64_t	v;

		r = r * 6364136223846793005ULL + 1442695040888963407ULL;
		v = (r >> 20) % 1000000000ULL;
		if (i % 4 == 3)
			snprintf(dec, sizeof(dec), "%llu.%llu", (unsigned long long) (v % 10000),
					 (unsigned long long) (1 + (r >> 8) % 9));
		else
			snprintf(dec, sizeof(dec), "%llu", (unsigned long long) v);
		ar[i] = strdup(dec);
		if (i % 4 == 2)
		{
			/* mixed: 1234.5万 */
			snprintf(words, sizeof(words), "%llu.%llu万", (unsigned long long) (v / 100000),
					 (unsigned long long) ((v / 10000) % 10));
			snprintf(dec, sizeof(dec), "%llu", (unsigned long long) (v / 10000) * 10000);
			free(ar[i]);
			ar[i] = strdup(dec);
		}
		else
			pd_numeral_format(dec, strlen(dec), i % 4 == 1 ? PD_STYLE_FINANCIAL : PD_STYLE_PLAIN,
							  words, sizeof(words), &need);
		cn[i] = strdup(words);
		total_bytes += strlen(words);
	}
	for (rep = 0; rep < 3; rep++)
	{
		double		t0 = now();
		char		out[128];
		size_t		ep;

		for (i = 0; i < N; i++)
		{
			if (pd_numeral_parse(cn[i], strlen(cn[i]), out, sizeof(out), &ep) != PD_NUM_OK)
			{
				fprintf(stderr, "unexpected failure on %s\n", cn[i]);
				return 1;
			}
			sink += out[0];
		}
		t0 = now() - t0;
		if (t0 < best_cn)
			best_cn = t0;
		t0 = now();
		for (i = 0; i < N; i++)
			sink += strtod(ar[i], NULL);
		t0 = now() - t0;
		if (t0 < best_ar)
			best_ar = t0;
	}
	printf("C core: %d numerals (%.1f MB of Chinese), best of 3\n", N, total_bytes / 1e6);
	printf("  pd_numeral_parse: %.2f M conversions/s (%.0f ns each)\n", N / best_cn / 1e6, best_cn / N * 1e9);
	printf("  strtod baseline on the Arabic forms: %.2f M/s\n", N / best_ar / 1e6);
	printf("  ratio pd_numeral_parse time / strtod time: %.2f\n", best_cn / best_ar);
	if (sink == 0.123)
		printf("%f\n", sink);
	return 0;
}
