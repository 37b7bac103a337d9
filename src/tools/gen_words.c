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

#include "pd_alloc_std.h"
#include "pd_chars.h"
#include "pd_fold.h"
#include "pd_words.h"

typedef struct Word
{
	char	   *w;
	double		freq;
} Word;

static int
double_cmp(const void *a, const void *b)
{
	double		x = *(const double *) a,
				y = *(const double *) b;

	return (x > y) - (x < y);
}

static int
word_cmp(const void *a, const void *b)
{
	return strcmp(((const Word *) a)->w, ((const Word *) b)->w);
}

/* frequency of s[0..len) in words (sorted by word_cmp), 0 if absent */
static double
word_freq(const Word *sorted, size_t n, const char *s, size_t len)
{
	char		buf[1024];
	Word		key,
			   *hit;

	if (len >= sizeof buf)
		return 0;
	memcpy(buf, s, len);
	buf[len] = '\0';
	key.w = buf;
	key.freq = 0;
	hit = bsearch(&key, sorted, n, sizeof(Word), word_cmp);
	return hit ? hit->freq : 0;
}

/* char_len - byte length of the character at w[j..len) */
static size_t
char_len(const char *w, size_t j, size_t len)
{
	uint32_t	c;

	return pd_utf8_next((const unsigned char *) w + j, len - j, &c);
}

/*
 * drop_uncounted_compounds - the word filter (applied to the (word,
 * frequency) array before the image is built).
 *
 * Rule: an entry at or below the list's placeholder frequency (its mode: the
 * frequency jieba gives the entries it added without corpus counts, 46% of
 * the list) that can be cut into two or more other words of the list, all
 * with real counts (above the placeholder), is a phrase or a fragment, not
 * a word: 国有企业 (国有 企业), 本报记者, 乡政府, and name-plus-character
 * fragments such as 海萍怒.  Its counted parts carry the evidence; it is
 * dropped.  Words of one or two characters stay (a two-character entry
 * always cuts into characters), and so does every entry with real counts
 * (繁荣昌盛, 中华人民共和国).  Returns the new number of words.
 */
static size_t
drop_uncounted_compounds(Word *words, size_t n)
{
	Word	   *sorted = malloc(n * sizeof(Word));
	unsigned char *dropped = calloc(n ? n : 1, 1);
	double		placeholder = 0;
	size_t		i,
				kept = 0;

	if (!sorted || !dropped || n == 0)
	{
		free(sorted);
		free(dropped);
		return n;
	}
	memcpy(sorted, words, n * sizeof(Word));

	/* the mode of the frequencies */
	{
		double	   *f = malloc(n * sizeof(double));
		size_t		run = 0,
					best = 0;

		if (!f)
		{
			free(sorted);
			free(dropped);
			return n;
		}
		for (i = 0; i < n; i++)
			f[i] = words[i].freq;
		qsort(f, n, sizeof(double), double_cmp);
		for (i = 0; i < n; i++)
		{
			run = (i > 0 && f[i] == f[i - 1]) ? run + 1 : 1;
			if (run > best)
			{
				best = run;
				placeholder = f[i];
			}
		}
		free(f);
	}
	qsort(sorted, n, sizeof(Word), word_cmp);

	for (i = 0; i < n; i++)
	{
		const char *w = words[i].w;
		size_t		len = strlen(w),
					nch = 0,
					j;
		int			drop = 0;

		for (j = 0; j < len; j += char_len(w, j, len))
			nch++;
		if (words[i].freq <= placeholder && nch >= 3 && len < 256)
		{
			/* can[e]: w[0..e) cuts into counted words (not w itself) */
			unsigned char can[256];
			size_t		a,
						e;

			memset(can, 0, sizeof can);
			can[0] = 1;
			for (a = 0; a < len; a += char_len(w, a, len))
			{
				if (!can[a])
					continue;
				for (e = a + char_len(w, a, len); e <= len;
					 e += e < len ? char_len(w, e, len) : 1)
				{
					if (e - a < len && word_freq(sorted, n, w + a, e - a) > placeholder)
						can[e] = 1;
					if (e == len)
						break;
				}
			}
			drop = can[len];
		}
		dropped[i] = (unsigned char) drop;
	}
	free(sorted);				/* its strings are still words[]'s */
	for (i = 0; i < n; i++)
	{
		if (dropped[i])
			free(words[i].w);
		else
			words[kept++] = words[i];
	}
	free(dropped);
	fprintf(stderr, "gen_words: %zu uncounted compounds dropped (placeholder frequency %.0f)\n",
			n - kept, placeholder);
	return kept;
}

int
main(int argc, char **argv)
{
	PdAllocator a = PD_STD_ALLOCATOR;
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
	n = drop_uncounted_compounds(words, n);
	wb = pd_words_builder_create(&a);
	if (!wb)
		return 1;
	for (i = 0; i < n; i++)
	{
		double		cost = (log(total) - log(words[i].freq)) * PD_COST_SCALE;
		size_t		len = strlen(words[i].w);
		char	   *folded = malloc(len + 1);

		/* the trie holds words as the segmenter looks them up: folded */
		if (!folded ||
			pd_words_builder_add(wb, folded, pd_fold_utf8(words[i].w, len, folded, NULL),
								 (uint32_t) (cost + 0.5)) < 0)
			return 1;
		free(folded);
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
