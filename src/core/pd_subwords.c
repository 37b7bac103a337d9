/*-------------------------------------------------------------------------
 *
 * pd_subwords.c
 *	  Sub-words of a word for compound recall (pd_seg_subwords); the names
 *	  derived from lexicon words are in pd_seg_lexicon_names.c.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_subwords.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_seg_int.h"

/* longest word pd_seg_subwords decomposes, in bytes */
#define SUBWORD_MAX_BYTES	256

/* add_span - record w[a..a+l) unless an equal string is already there */
static int
add_span(const char *w, int32_t (*spans)[2], int n, int max, size_t a, size_t l,
		 unsigned char *covered)
{
	int			i;

	memset(covered + a, 1, l);
	for (i = 0; i < n; i++)
		if ((size_t) spans[i][1] == l && memcmp(w + spans[i][0], w + a, l) == 0)
			return n;
	if (n >= max)
		return n;
	spans[n][0] = (int32_t) a;
	spans[n][1] = (int32_t) l;
	return n + 1;
}

/* crosses - does an edge marked in boundary fall strictly inside [a, a+l)? */
static int
crosses(const unsigned char *boundary, size_t a, size_t l)
{
	size_t		i;

	for (i = a + 1; i < a + l; i++)
		if (boundary[i])
			return 1;
	return 0;
}

/*
 * icu_words - icu_len[i] = the length of the ICU word of two or more
 * characters that starts at byte i of w (not w itself), else 0; all 0
 * without ICU.  Returns PD_SEG_OK or the segmenter's error.
 */
static int
icu_words(PdSegmenter *seg, const char *w, size_t len, int use_icu,
		  unsigned char *icu_len)
{
	PdToken		tok = {0};
	int			rc;

	memset(icu_len, 0, len);
	if (!use_icu || !seg)
		return PD_SEG_OK;
	rc = pd_seg_reset(seg, w, len);
	if (rc != PD_SEG_OK)
		return rc;
	seg->forbid_whole = 1;
	while ((rc = pd_seg_next(seg, &tok, NULL)) > 0)
	{
		if (tok.type == PD_TOK_BLANK || (size_t) tok.len == len)
			continue;
		if (pd_seg_char_count(w + tok.start, tok.len) >= 2)
			icu_len[tok.start] = (unsigned char) tok.len;
	}
	seg->forbid_whole = 0;
	return rc < 0 ? rc : PD_SEG_OK;
}

int
pd_seg_subwords(PdSegmenter *seg, const PdLexicon *lex,
				const char *w, size_t len, int32_t (*spans)[2], int max)
{
	return pd_seg_subwords_ext(seg, lex, w, len, spans, max, 1);
}

int
pd_seg_subwords_ext(PdSegmenter *seg, const PdLexicon *lex,
					const char *w, size_t len, int32_t (*spans)[2], int max,
					int use_icu)
{
	const unsigned char *u = (const unsigned char *) w;
	unsigned char covered[SUBWORD_MAX_BYTES];
	unsigned char boundary[SUBWORD_MAX_BYTES + 1];
	unsigned char icu_len[SUBWORD_MAX_BYTES];	/* ICU word of >= 2 chars at i */
	size_t		i,
				ms[PD_LEXICON_MAX_CHARS];
	uint32_t	c;
	int			n = 0,
				rc;

	if (len == 0 || len > SUBWORD_MAX_BYTES || max <= 0)
		return 0;
	memset(covered, 0, len);
	memset(boundary, 0, len + 1);
	rc = icu_words(seg, w, len, use_icu, icu_len);
	if (rc < 0)
		return rc;

	/*
	 * The lexicon words the parser itself would take, leftmost and longest
	 * first (the whole word aside): 溧阳高新区 -> 溧阳 | 高新区.  No sub-word may
	 * cross one of their edges, or a word straddling two of them (阳高, a
	 * county) would make a search for it match 溧阳高新区.  Where no lexicon
	 * word starts, an ICU word does (新竹 of 新竹科学园区): the lexicon word
	 * straddling it (竹科) is no edge.
	 */
	for (i = 0; pd_lexicon_count(lex) > 0 && i < len;)
	{
		int			k = pd_lexicon_matches(lex, w + i, len - i, ms, PD_LEXICON_MAX_CHARS),
					j;
		size_t		best = 0;

		for (j = 0; j < k; j++)
			if (!(i == 0 && ms[j] == len) && ms[j] > best)
				best = ms[j];
		if (best > 0)
		{
			boundary[i] = boundary[i + best] = 1;
			i += best;
		}
		else if (icu_len[i] > 0)
			i += icu_len[i];
		else
			i += pd_utf8_next(u + i, len - i, &c);
	}
	boundary[0] = boundary[len] = 0;

	/* lexicon words inside, along that cut or nested in its words */
	for (i = 0; pd_lexicon_count(lex) > 0 && i < len;)
	{
		int			k = pd_lexicon_matches(lex, w + i, len - i, ms, PD_LEXICON_MAX_CHARS),
					j;

		for (j = 0; j < k; j++)
			if (!(i == 0 && ms[j] == len) && !crosses(boundary, i, ms[j]))
				n = add_span(w, spans, n, max, i, ms[j], covered);
		i += pd_utf8_next(u + i, len - i, &c);
	}

	/* ICU words of two or more characters */
	for (i = 0; i < len; i++)
		if (icu_len[i] > 0 && !crosses(boundary, i, icu_len[i]))
			n = add_span(w, spans, n, max, i, icu_len[i], covered);

	/*
	 * a name before a place or park suffix (洞头 of 洞头区), unless it
	 * crosses a lexicon word (溧阳高新 of 溧阳高新区): the suffix is covered
	 */
	{
		size_t		stem = pd_seg_suffix_stem(w, len);

		if (stem > 0 && stem < len && !crosses(boundary, 0, stem))
		{
			n = add_span(w, spans, n, max, 0, stem, covered);
			memset(covered + stem, 1, len - stem);
		}
	}

	/* runs that neither covers, when something did */
	if (n > 0)
	{
		i = 0;
		while (i < len)
		{
			size_t		start,
						nchars = 0;

			while (i < len && covered[i])
				i++;
			start = i;
			while (i < len && !covered[i])
			{
				i += pd_utf8_next(u + i, len - i, &c);
				nchars++;
			}
			if (nchars >= 2 && i - start < len)
				n = add_span(w, spans, n, max, start, i - start, covered);
		}
		/* all or nothing: the sub-words must cover the word together */
		for (i = 0; i < len; i++)
			if (!covered[i])
				return 0;
	}
	return n;
}

/*
 * is_place_suffix - characters that end names of divisions and parks and
 * also follow a name written alone: 省 市 区 县 镇 乡 村 州 盟 旗 园 港 岛
 */
static int
is_place_suffix(uint32_t c)
{
	switch (c)
	{
		case 0x7701:			/* 省 */
		case 0x5E02:			/* 市 */
		case 0x533A:			/* 区 */
		case 0x53BF:			/* 县 */
		case 0x9547:			/* 镇 */
		case 0x4E61:			/* 乡 */
		case 0x6751:			/* 村 */
		case 0x5DDE:			/* 州 */
		case 0x76DF:			/* 盟 */
		case 0x65D7:			/* 旗 */
		case 0x56ED:			/* 园 */
		case 0x6E2F:			/* 港 */
		case 0x5C9B:			/* 岛 */
			return 1;
	}
	return 0;
}

size_t
pd_seg_suffix_stem(const char *w, size_t len)
{
	const unsigned char *u = (const unsigned char *) w;
	uint32_t	c,
				last;
	size_t		nchars;

	if (len < 6 || pd_utf8_next(u + len - 3, 3, &last) != 3 || !is_place_suffix(last))
		return 0;
	nchars = pd_utf8_count(u, len - 3);
	if (nchars >= 2)
	{
		/* the name must be Han text */
		pd_utf8_next(u, len, &c);
		return is_han(c) ? len - 3 : 0;
	}
	/* 园区, 城区, 港区: the park or town word alone (科学园 in 科学园区) */
	if (nchars == 1 && last == 0x533A && pd_utf8_next(u, 3, &c) == 3 &&
		(c == 0x56ED || c == 0x57CE || c == 0x6E2F))	/* 园 城 港 */
		return 3;
	return 0;
}
