/*-------------------------------------------------------------------------
 *
 * segment_fuzzer.c
 *	  libFuzzer target for the segmentation core: arbitrary bytes through
 *	  folding, the lexicon and the segmenter, checking that the tokens
 *	  cover the input exactly once, in order, within the length limit.
 *
 * The first byte chooses how many leading words of the input (split at
 * '|') go into the lexicon and into a word list; the rest of the input is
 * segmented with ICU's dictionary and with the word list.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/fuzz/segment_fuzzer.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_alloc_std.h"
#include "pd_chars.h"
#include "pd_fold.h"
#include "pd_parts.h"
#include "pd_seg_split.h"
#include "pd_segment.h"
#include "pd_words.h"

static UBreakIterator *bi;

/* check_split - the pieces of a token under the split convention cover it exactly */
static void
check_split(size_t len, const int32_t (*spans)[2], int n)
{
	size_t		covered = 0;
	int			i;

	if (n < 0 || n > PD_SPLIT_MAX || (n == 0) != (len == 0))
		abort();
	for (i = 0; i < n; i++)
	{
		if ((size_t) spans[i][0] != covered || spans[i][1] <= 0)
			abort();
		covered += (size_t) spans[i][1];
	}
	if (covered != len)
		abort();
}

/*
 * check_parts - the parts of a token (number parts, the name before a
 * place suffix) stay inside the token or the part buffer
 */
static void
check_parts(const char *w, size_t len)
{
	char		buf[PD_PARTS_BUF];
	PdPart		parts[PD_PARTS_MAX];
	int			n = pd_number_parts(w, len, buf, sizeof(buf), parts, PD_PARTS_MAX),
				i;

	for (i = 0; i < n; i++)
	{
		const char *e = parts[i].s + parts[i].len;

		if (parts[i].len <= 0 ||
			!((parts[i].s >= w && e <= w + len) || (parts[i].s >= buf && e <= buf + sizeof(buf))))
			abort();
	}
	if (pd_seg_suffix_stem(w, len) >= len && len > 0)
		abort();
	{
		int32_t		spans[PD_SPLIT_MAX][2];

		check_split(len, (const int32_t (*)[2]) spans, pd_seg_split_number(w, len, spans, PD_SPLIT_MAX));
		check_split(len, (const int32_t (*)[2]) spans, pd_seg_split_word(w, len, spans, PD_SPLIT_MAX));
	}
}

int			LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	PdAllocator a = PD_STD_ALLOCATOR;
	PdLexicon  *lex;
	PdWordsBuilder *wb;
	PdWords    *words;
	void	   *img,
			   *imgcopy;
	size_t		imgsize;
	PdSegmenter *seg,
			   *raw;
	PdToken		t;
	const char *s;
	size_t		len,
				pos = 0;
	int			nwords,
				rc;
	char	   *copy,
			   *fold;
	int32_t    *map;
	int32_t		spans[16][2];

	if (size == 0)
		return 0;
	if (!bi)
	{
		UErrorCode	st = U_ZERO_ERROR;

		bi = pd_seg_open_template(&st);
		if (!bi)
			abort();
	}
	nwords = data[0] % 8;
	copy = malloc(size);		/* an exact-size copy: ASan sees overreads */
	memcpy(copy, data + 1, size - 1);
	s = copy;
	len = size - 1;

	lex = pd_lexicon_create(&a);
	wb = pd_words_builder_create(&a);
	while (nwords-- > 0 && len > 0)
	{
		const char *bar = memchr(s, '|', len);
		size_t		wl = bar ? (size_t) (bar - s) : len;

		pd_lexicon_add(lex, s, wl);
		{
			char	   *fw = malloc(wl + 1);

			/* the trie takes words folded, as the segmenter looks them up */
			if (fw)
				pd_words_builder_add(wb, fw, pd_fold_utf8(s, wl, fw, NULL),
									 (uint32_t) (wl * 997 % 20000));
			free(fw);
		}
		s += bar ? wl + 1 : wl;
		len -= bar ? wl + 1 : wl;
	}
	img = pd_words_builder_finish(wb, &imgsize);
	pd_words_builder_destroy(wb);
	if (!img)
		abort();
	imgcopy = malloc(imgsize);	/* exact size, as for the text */
	memcpy(imgcopy, img, imgsize);
	free(img);
	words = pd_words_open(&a, imgcopy, imgsize);
	if (!words)
		abort();
	raw = pd_seg_create(&a, bi, NULL);
	if (pd_lexicon_derive_names(lex, raw) < 0)
		abort();

	/* folding never grows the text and maps every byte back */
	fold = malloc(len + 1);
	map = malloc((len + 1) * sizeof(int32_t));
	{
		size_t		n = pd_fold_utf8(s, len, fold, map),
					i;

		if (n > len || (size_t) map[n] != len)
			abort();
		for (i = 1; i < n; i++)
			if (map[i] < map[i - 1])
				abort();
		/* pd_fold_utf8_cp: the same text, and each character's code point */
		{
			char	   *f2 = malloc(len + 1);
			uint32_t   *cp = malloc((len + 1) * sizeof(uint32_t));
			size_t		cl;
			uint32_t	c;

			if (!f2 || !cp || pd_fold_utf8_cp(s, len, f2, NULL, cp) != n ||
				memcmp(f2, fold, n) != 0)
				abort();
			for (i = 0; i < n; i += cl)
			{
				cl = pd_utf8_next((const unsigned char *) fold + i, n - i, &c);
				if (cp[i] != c)
					abort();
			}
			free(f2);
			free(cp);
		}
		/* sub-words of the folded text stay inside it */
		rc = pd_seg_subwords(raw, lex, fold, n, spans, 16);
		if (rc < 0)
			abort();
		for (i = 0; i < (size_t) rc; i++)
			if (spans[i][0] < 0 || spans[i][1] <= 0 || (size_t) (spans[i][0] + spans[i][1]) > n)
				abort();
	}

	seg = pd_seg_create(&a, bi, lex);
	for (int pass = 0; pass < 2; pass++)
	{
		pd_seg_set_words(seg, pass ? words : NULL);
		if (pd_seg_reset(seg, s, len) != PD_SEG_OK)
			abort();
		pos = 0;
		while ((rc = pd_seg_next(seg, &t, NULL)) > 0)
		{
			if ((size_t) t.start != pos || t.len <= 0 || t.len > PD_SEG_MAX_TOKEN || t.type <= 0)
				abort();
			if (pass)
				check_parts(s + t.start, (size_t) t.len);
			pos += t.len;
		}
		if (rc < 0 || pos != len)
			abort();
	}

	pd_seg_destroy(seg);
	pd_seg_destroy(raw);
	pd_lexicon_destroy(lex);
	pd_words_close(words);
	free(imgcopy);
	free(fold);
	free(map);
	free(copy);
	return 0;
}
