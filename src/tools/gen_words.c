/*-------------------------------------------------------------------------
 *
 * gen_words.c
 *	  Builds the general Chinese word list image (data/parkdata_zh.words)
 *	  that the segmenter memory-maps: every word of a "word frequency [tag]"
 *	  list (jieba's dict.txt, Expat licence, from Debian's python3-jieba)
 *	  with its cost -ln(frequency / total) in thousandths.
 *
 *	  gen_words DICT.txt OUTPUT
 *
 * Built and run by the Makefile; the output is a build product, installed
 * in $SHAREDIR/tsearch_data.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/tools/gen_words.c
 *
 *-------------------------------------------------------------------------
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_segment.h"
#include "pd_words.h"

static void *
g_alloc(void *arg, size_t n)
{
	(void) arg;
	return malloc(n);
}

static void
g_free(void *arg, void *p)
{
	(void) arg;
	free(p);
}

typedef struct Word
{
	char	   *w;
	double		freq;
} Word;

int
main(int argc, char **argv)
{
	PdAllocator a = {g_alloc, g_free, NULL};
	PdWordsBuilder *wb;
	FILE	   *in,
			   *out;
	char		line[1024];
	Word	   *words = NULL;
	size_t		n = 0,
				cap = 0,
				i,
				size;
	double		total = 0;
	void	   *img;

	if (argc != 3)
	{
		fprintf(stderr, "usage: %s DICT.txt OUTPUT\n", argv[0]);
		return 2;
	}
	in = fopen(argv[1], "r");
	if (!in)
	{
		perror(argv[1]);
		return 1;
	}
	while (fgets(line, sizeof line, in))
	{
		char	   *w = strtok(line, " \t\r\n"),
				   *f = strtok(NULL, " \t\r\n");
		double		freq;

		if (!w || !f)
			continue;
		freq = atof(f);
		if (freq < 1)
			freq = 1;
		if (n == cap)
		{
			Word	   *nw;

			cap = cap ? cap * 2 : 65536;
			nw = realloc(words, cap * sizeof(Word));
			if (!nw)
			{
				free(words);
				return 1;
			}
			words = nw;
		}
		words[n].w = malloc(strlen(w) + 1);
		if (!words[n].w)
			return 1;
		memcpy(words[n].w, w, strlen(w) + 1);
		words[n].freq = freq;
		total += freq;
		n++;
	}
	fclose(in);
	wb = pd_words_builder_create(&a);
	if (!wb)
		return 1;
	for (i = 0; i < n; i++)
	{
		double		cost = (log(total) - log(words[i].freq)) * PD_COST_SCALE;

		if (pd_words_builder_add(wb, words[i].w, strlen(words[i].w),
								 (uint32_t) (cost + 0.5)) < 0)
			return 1;
		free(words[i].w);
	}
	free(words);
	img = pd_words_builder_finish(wb, &size);
	if (!img)
	{
		fprintf(stderr, "%s: out of memory or too many trie cells\n", argv[0]);
		return 1;
	}
	pd_words_builder_destroy(wb);
	out = fopen(argv[2], "wb");
	if (!out || fwrite(img, 1, size, out) != size || fclose(out) != 0)
	{
		perror(argv[2]);
		return 1;
	}
	{
		PdWords    *w = pd_words_open(&a, img, size);

		if (!w)
		{
			fprintf(stderr, "%s: the image built does not open\n", argv[0]);
			return 1;
		}
		fprintf(stderr, "%s: %zu words, %zu bytes\n", argv[2], pd_words_count(w), size);
		pd_words_close(w);
	}
	free(img);
	return 0;
}
