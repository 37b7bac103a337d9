/*-------------------------------------------------------------------------
 *
 * pd_seg_words.c
 *	  The segmenter's word-list path (parser parkdata.icu_zh): Han runs cut
 *	  into the cheapest sequence of words of the general word list
 *	  (pd_words.h), lexicon words and numbers taken whole, letters and
 *	  digits by ICU's word rules, other scripts by ICU itself.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_words.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unicode/ubrk.h>

#include "pd_seg_int.h"
#include "pd_words_int.h"

/*
 * word_run_end - end of the letter/digit run starting at p: ASCII letters
 * and digits, '_', other letters, digits and combining marks, joined across
 * '.' and apostrophes between letters or digits and ',' between digits (as
 * ICU's word rules do: 3.14, 1,200, don't).  *other is set when the run has
 * non-ASCII characters.
 */
static size_t
word_run_end(const unsigned char *f, size_t p, size_t n, int *other)
{
	size_t		i = p;

	*other = 0;
	while (i < n)
	{
		uint32_t	c;
		size_t		cl;

		if (f[i] < 0x80)
		{
			if (is_ascii_alnum(f[i]) || f[i] == '_')
			{
				i++;
				continue;
			}
			if ((f[i] == '.' || f[i] == '\'' || f[i] == ',') && i > p && i + 1 < n &&
				is_ascii_alnum(f[i - 1]) && is_ascii_alnum(f[i + 1]))
			{
				int			d1 = f[i - 1] >= '0' && f[i - 1] <= '9',
							d2 = f[i + 1] >= '0' && f[i + 1] <= '9';

				if (f[i] != ',' ? d1 == d2 : (d1 && d2))
				{
					i++;
					continue;
				}
			}
			break;
		}
		cl = pd_utf8_next(f + i, n - i, &c);
		if (c == PD_UTF8_INVALID || is_han_run_char(c) || is_kana(c) || is_punct_block(c))
			break;
		if (!u_isalnum((UChar32) c) && !(U_GET_GC_MASK((UChar32) c) & U_GC_M_MASK))
			break;
		*other = 1;
		i += cl;
	}
	return i;
}

/*
 * is_plain_punct - is c, alone, a token pd_seg_classify calls a blank?
 * ASCII (what reaches the blank case: no letter, digit or '_'), general
 * punctuation's dashes, quotes and dots (U+2010..U+2027) and CJK
 * punctuation and brackets (U+3000..U+3004, U+3008..U+3020); not U+3005,
 * a letter, nor U+3006/U+3007, ideographs.  The tokens of Chinese text
 * between words, typed without a call.
 */
static inline int
is_plain_punct(uint32_t c)
{
	return c < 0x80 || (c >= 0x2010 && c <= 0x2027) ||
		(c >= 0x3000 && c <= 0x3020 && (c <= 0x3004 || c >= 0x3008));
}

/*
 * icu_run - cut the original bytes of folded span [a, b) with ICU's rules
 * (for letters of scripts other than Latin, e.g. Thai, which ICU cuts with
 * its own dictionaries) and push the pieces
 */
static int
icu_run(PdSegmenter *seg, size_t cstart, size_t a, size_t b)
{
	int32_t		oa = seg->map[a],
				ob = seg->map[b],
				q,
				last = 0;

	if (!seg->inv_ready)
		pd_seg_build_inv(seg);
	if (pd_seg_icu_text(seg, seg->text + cstart + oa, (size_t) (ob - oa)) != PD_SEG_OK)
		return PD_SEG_ICU;
	for (q = ubrk_next(seg->bi); q != UBRK_DONE; q = ubrk_next(seg->bi))
	{
		size_t		fa,
					fb;

		if (q <= last || q > ob - oa)
			continue;
		fa = seg->inv[oa + last];
		fb = seg->inv[oa + q];
		if (fb > fa)
			push(seg, cstart, fa, fb, PD_TOK_END);
		last = q;
	}
	if (last < ob - oa)
		push(seg, cstart, seg->inv[oa + last], b, PD_TOK_END);
	return PD_SEG_OK;
}

/*
 * run_decode - read the Han run that starts at fold[p] (up to end) into
 * seg's per-character arrays (byte offset, code point, word-list code), so
 * that the run is decoded once (folding left the code points in fcp);
 * returns its length in characters, with dppos[n] its end
 */
static size_t
run_decode(PdSegmenter *seg, size_t p, size_t end)
{
	const uint32_t *fcp = seg->fcp;
	const PdWords *w = seg->words;
	size_t		i = p,
				n = 0;

	while (i < end)
	{
		/* folding left each character's code point where it starts */
		uint32_t	c = fcp[i];
		size_t		cl;

		/*
		 * U+4000..U+9FFF first: nearly every character of a run; of them
		 * only U+4DC0..U+4DFF, the Yijing hexagrams, are no Han characters
		 */
		if (c - 0x4000u < 0x6000u)
		{
			cl = 3;
			if (c >= 0x4DC0 && c < 0x4E00)
				break;
		}
		else
		{
			if (c == PD_UTF8_INVALID || !is_han_run_char(c))
				break;
			cl = c < 0x10000 ? 3 : 4;	/* UTF-8: Han and ○ lie above U+0800 */
		}
		seg->dppos[n] = (int32_t) i;
		seg->dpcp[n] = c;
		seg->dpcode[n] = c < NCODES_MAX ? w->code[c] : 0;
		n++;
		i += cl;
	}
	seg->dppos[n] = (int32_t) i;
	return n;
}

/*
 * is_classifier - a measure word or classifier that counts things (个 名 家
 * 年 成 ...), which every segmentation standard but MSR's keeps apart from
 * its numeral: 三|年, 多|个, 六|成, 第五|个
 */
static int
is_classifier(uint32_t c)
{
	switch (c)
	{
		case 0x4E2A:			/* 个 */
		case 0x540D:			/* 名 */
		case 0x5BB6:			/* 家 */
		case 0x4F4D:			/* 位 */
		case 0x9879:			/* 项 */
		case 0x4EF6:			/* 件 */
		case 0x79CD:			/* 种 */
		case 0x7C7B:			/* 类 */
		case 0x6B21:			/* 次 */
		case 0x5E74:			/* 年 */
		case 0x5929:			/* 天 */
		case 0x5468:			/* 周 */
		case 0x5C81:			/* 岁 */
		case 0x6761:			/* 条 */
		case 0x5EA7:			/* 座 */
		case 0x6240:			/* 所 */
		case 0x53F0:			/* 台 */
		case 0x5957:			/* 套 */
		case 0x6279:			/* 批 */
		case 0x6237:			/* 户 */
		case 0x5143:			/* 元 */
		case 0x500D:			/* 倍 */
		case 0x5C42:			/* 层 */
		case 0x5F20:			/* 张 */
		case 0x672C:			/* 本 */
		case 0x90E8:			/* 部 */
		case 0x7BC7:			/* 篇 */
		case 0x4EFD:			/* 份 */
		case 0x8F86:			/* 辆 */
		case 0x680B:			/* 栋 */
		case 0x95F4:			/* 间 */
		case 0x53EA:			/* 只 */
		case 0x9897:			/* 颗 */
		case 0x573A:			/* 场 */
		case 0x5C4A:			/* 届 */
		case 0x671F:			/* 期 */
		case 0x8F6E:			/* 轮 */
		case 0x6210:			/* 成 */
		case 0x6B3E:			/* 款 */
		case 0x7247:			/* 片 */
		case 0x80A1:			/* 股 */
		case 0x7B14:			/* 笔 */
		case 0x4EA9:			/* 亩 */
		case 0x5428:			/* 吨 */
		case 0x5904:			/* 处 */
		case 0x652F:			/* 支 */
		case 0x67B6:			/* 架 */
		case 0x8258:			/* 艘 */
		case 0x6BB5:			/* 段 */
		case 0x6B65:			/* 步 */
		case 0x904D:			/* 遍 */
		case 0x5B63:			/* 季 (三季度: 季 of 季度) */
			return 1;
	}
	return 0;
}

/*
 * quarter_named - is the numeral cp[k..i) before 季度 the name of a quarter
 * (一季度 ... 四季度, one word in every standard) rather than a count of
 * quarters (前|三|季度, 连续|四|个|季度)?  A single numeral 一 to 四, not after
 * 第 or a word that counts: 前 后 近 头 续 每 几 这 那 上 下.
 */
static int
quarter_named(const uint32_t *cp, size_t k, size_t i)
{
	if (i != k + 1 || !(cp[k] == 0x4E00 || cp[k] == 0x4E8C || cp[k] == 0x4E09 || cp[k] == 0x56DB))
		return 0;			/* 一 二 三 四 */
	if (k == 0)
		return 1;
	switch (cp[k - 1])
	{
		case 0x524D:			/* 前 */
		case 0x540E:			/* 后 */
		case 0x8FD1:			/* 近 */
		case 0x5934:			/* 头 */
		case 0x7EED:			/* 续 */
		case 0x6BCF:			/* 每 */
		case 0x51E0:			/* 几 */
		case 0x8FD9:			/* 这 */
		case 0x90A3:			/* 那 */
		case 0x4E0A:			/* 上 */
		case 0x4E0B:			/* 下 */
		case 0x7B2C:			/* 第 */
			return 0;
	}
	return 1;
}

/* scales_only - are cp[k..e) two scale words or more (千亿, 万亿, 百万)? */
static int
scales_only(const uint32_t *cp, size_t k, size_t e)
{
	size_t		i;

	if (e - k < 2)
		return 0;
	for (i = k; i < e; i++)
		if (!(cp[i] == PD_CP_SHI || cp[i] == PD_CP_BAI || cp[i] == PD_CP_QIAN ||
			  cp[i] == PD_CP_WAN || cp[i] == 0x4EBF))	/* 亿 */
			return 0;
	return 1;
}

/*
 * classifier_at - where the classifier begins in the word-list word of
 * characters k..e of the run, when the word is a numeral (optionally after
 * 第) and a classifier (三年, 多个, 第五个, 三季度), else 0.  Lexicalized
 * words keep together: their second part is no classifier (一些, 一定,
 * 十分, 一起), or their numeral is only a scale word (万元, 亿元).
 */
static size_t
classifier_at(const uint32_t *cp, size_t k, size_t e)
{
	size_t		i = k;
	int			counted = 0;

	if (e - k < 2 || e - k > 5)
		return 0;
	if (cp[i] == 0x7B2C)		/* 第 */
		i++;
	for (; i < e; i++)
	{
		uint32_t	c = cp[i];

		if (pd_plain_digit(c) >= 0 || c == PD_CP_SHI || c == PD_CP_BAI || c == PD_CP_QIAN ||
			c == 0x51E0 || c == 0x591A)	/* 几 多 */
			counted = 1;
		else if (c != PD_CP_WAN)
			break;
	}
	if (!counted || i == k || i >= e || !is_classifier(cp[i]))
		return 0;
	/* one classifier character, or 季度 */
	if (e - i == 1)
		return i;
	if (e - i == 2 && cp[i] == 0x5B63 && cp[i + 1] == 0x5EA6)
		return quarter_named(cp, k, i) ? 0 : i;
	return 0;
}

/* positions whose walks dp_gap runs together, level by level */
#define WALK_BLOCK	32

/*
 * WalkBlock - the word-list words starting at each of a block of positions:
 * m[i] of them at position k0 + i, lens[i][] as words_walk gives them
 * (shortest first) and costs[i][] the costs dp_gap adds up: the word's, or
 * the unknown character's where the word's is 0
 */
typedef struct WalkBlock
{
	uint8_t		m[WALK_BLOCK];
	uint8_t		lens[WALK_BLOCK][PD_WORDS_MAX_CHARS];
	uint32_t	costs[WALK_BLOCK][PD_WORDS_MAX_CHARS];
} WalkBlock;

/*
 * walk_block - words_walk from every position k0..k1 of code[] (at most
 * kb - k characters from k) into *wb, the walks taken one trie level at a
 * time: each walk still going reads its cell and asks for its next one, which
 * it reads only after every other walk has had its turn, so that their waits
 * for memory overlap (a walk's cells beyond the root's children are scattered
 * over the trie and mostly not in the cache; one walk after the other waited
 * for each in turn).  Same results as words_walk.
 */
static void
walk_block(const PdWords *w, const uint16_t *code, size_t k0, size_t k1, size_t kb,
		   uint32_t unknown, WalkBlock *wb)
{
	const WordsCell *cells = w->cells;
	uint32_t	rootbase = CELL_BASE(cells[0]),
				node[WALK_BLOCK],
				cell[WALK_BLOCK];
	uint8_t		live[WALK_BLOCK];
	int			nlive = 0,
				i;
	size_t		d;

	/* the first cell of every walk (a child of the root) */
	for (i = 0; i < (int) (k1 - k0); i++)
	{
		uint32_t	c = code[k0 + i],
					t = rootbase + c;

		wb->m[i] = 0;
		if (c == 0 || t >= w->ncells)
			continue;
		node[i] = 0;
		cell[i] = t;
		live[nlive++] = (uint8_t) i;
	}
	/* level d: read each walk's cell, then fetch its next one */
	for (d = 0; nlive > 0; d++)
	{
		int			j,
					kept = 0;

		for (j = 0; j < nlive; j++)
		{
			int			b = live[j];
			uint32_t	t = cell[b],
						val,
						base,
						c;
			WordsCell	cl = cells[t];
			size_t		k = k0 + b + d + 1;	/* the walk's next character */

			if (CELL_CHECK(cl) != node[b])
				continue;
			base = CELL_BASE(cl);
			val = CELL_VAL(cl);
			if (val)
			{
				wb->lens[b][wb->m[b]] = (uint8_t) (d + 1);
				wb->costs[b][wb->m[b]] = val > 1 ? val - 1 : unknown;
				wb->m[b]++;
			}
			/* a leaf, the gap's end or the longest word's length: done */
			if (base == 0 || k >= kb || d + 1 >= PD_WORDS_MAX_CHARS ||
				(c = code[k]) == 0 || base + c >= w->ncells)
				continue;
			node[b] = t;
			cell[b] = base + c;
			pd_prefetch(&cells[base + c]);
			live[kept++] = (uint8_t) b;
		}
		nlive = kept;
	}
}

/*
 * dp_emit - push the words of the cheapest path dp_gap found over characters
 * ka..kb of the run, with its corrections: a quarter's name whole (二季度),
 * scale words and 级 whole (千亿级), a name's given name joined (叶|万彬),
 * a numeral and its classifier apart (三|年)
 */
static void
dp_emit(PdSegmenter *seg, size_t cstart, size_t ka, size_t kb)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	const int32_t *pos = seg->dppos,
			   *next = seg->dpnext;
	const uint32_t *cp = seg->dpcp;
	size_t		k,
				e;

	for (k = ka; k < kb; k = e)
	{
		PdTokenType t = PD_TOK_END;
		size_t		ul,
					cut = 0,
					wl;

		e = (size_t) next[k];
		wl = (size_t) (pos[e] - pos[k]);
		if (e == k + 1 && k + 3 <= kb && cp[k + 1] == 0x5B63 && cp[k + 2] == 0x5EA6 &&	/* 季度 */
			(size_t) next[k + 1] == k + 3 && quarter_named(cp, k, k + 1))
		{
			/* a quarter's name the list cuts (二|季度) is one word: 二季度 */
			t = PD_TOK_CJK;
			e = k + 3;
		}
		else if (e < kb && cp[e] == 0x7EA7 && (size_t) next[e] == e + 1 &&	/* 级 */
				 scales_only(cp, k, e))
		{
			/* scale words and 级 are one word: 千亿级, 万亿级 */
			t = PD_TOK_CJK;
			e++;
		}
		/* a word-list word that is a whole number (十二月) is a number too */
		else if (seg->dpnum[k] ||
				 (pd_seg_han_number_start(cp[k]) &&
				  pd_seg_number_len((const char *) f + pos[k], wl, &ul) == wl))
			t = PD_TOK_CJKNUM;
		else if (is_han(cp[k]))
		{
			t = PD_TOK_CJK;		/* what pd_seg_classify says of a Han run */
			/* three characters alone on the path: a name's? (pd_seg_names.c) */
			if (e == k + 1 && k + 3 <= kb && (size_t) next[k + 1] == k + 2 &&
				(size_t) next[k + 2] == k + 3 && pd_seg_given_name(seg, next, k, kb))
			{
				cut = k + 1;	/* 叶|万彬 */
				e = k + 3;
			}
			else
				cut = classifier_at(cp, k, e);	/* 三|年 */
		}
		if (cut > 0)
		{
			push(seg, cstart, (size_t) pos[k], (size_t) pos[cut], t);
			push(seg, cstart, (size_t) pos[cut], (size_t) pos[e], t);
		}
		else
			push(seg, cstart, (size_t) pos[k], (size_t) pos[e], t);
	}
}

/*
 * dp_gap - cut the characters ka..kb of the decoded run into the cheapest
 * sequence of words: word-list words at their cost, numbers (二〇〇一年,
 * 三十一日) and characters the list lacks at the cost of its rarest word,
 * ties going to the longer first word.  The search runs from the end, a
 * block of positions at a time, whose walks in the trie run together.
 */
static void
dp_gap(PdSegmenter *seg, size_t cstart, size_t ka, size_t kb)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	int32_t		unknown = (int32_t) pd_words_max_cost(seg->words) + 1;
	int32_t    *pos = seg->dppos,
			   *cost = seg->dpcost,
			   *next = seg->dpnext;
	uint32_t   *cp = seg->dpcp;
	size_t		b = (size_t) pos[kb],
				k;
	WalkBlock	wb;
	size_t		k0 = kb;

	if (ka >= kb)
		return;
	cost[kb] = 0;
	for (k = kb; k-- > ka;)
	{
		int32_t		best = unknown + cost[k + 1];
		size_t		bestnext = k + 1;
		uint8_t		num = 0;
		const uint8_t *lens;
		const uint32_t *costs;
		int			m,
					j;
		int			whole = seg->forbid_whole && pos[k] == 0;

		if (k < k0)
		{
			size_t		k1 = k + 1;

			k0 = k1 - ka > WALK_BLOCK ? k1 - WALK_BLOCK : ka;
			if (seg->words && pd_words_count(seg->words) > 0)
				walk_block(seg->words, seg->dpcode, k0, k1, kb, (uint32_t) unknown, &wb);
			else
				memset(wb.m, 0, sizeof(wb.m));
		}
		m = wb.m[k - k0];
		lens = wb.lens[k - k0];
		costs = wb.costs[k - k0];
		for (j = 0; j < m; j++)
		{
			size_t		e = k + lens[j];
			int32_t		sc = (int32_t) costs[j] + cost[e];

			if (whole && (size_t) pos[e] == seg->len)
				continue;
			if (sc < best || (sc == best && e > bestnext))
			{
				best = sc;
				bestnext = e;
			}
		}
		if (pd_seg_han_number_start(cp[k]))
		{
			size_t		ul,
						nl = pd_seg_number_len((const char *) f + pos[k], b - pos[k], &ul),
						e = k;

			while (e < kb && (size_t) pos[e] < pos[k] + nl)
				e++;
			if (e > k + 1 && !(whole && (size_t) pos[e] == seg->len))
			{
				int32_t		sc = unknown + cost[e];

				if (sc < best || (sc == best && e > bestnext))
				{
					best = sc;
					bestnext = e;
					num = 1;
				}
			}
		}
		cost[k] = best;
		next[k] = (int32_t) bestnext;
		seg->dpnum[k] = num;
	}
	dp_emit(seg, cstart, ka, kb);
}

/*
 * list_covers - does a word-list word that starts in [gap, k) (at most
 * PD_WORDS_MAX_CHARS characters back) and ends within q contain the
 * lexicon word fold[k..k+l)?  (李长春 contains 长春, 繁荣昌盛 荣昌.)
 */
static int
list_covers(const PdSegmenter *seg, size_t gap, size_t k, size_t q, size_t l)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		j = k;
	int			back = 0;

	while (j > gap && back < PD_WORDS_MAX_CHARS)
	{
		j--;
		while (j > gap && (f[j] & 0xC0) == 0x80)
			j--;
		back++;
		if (j + pd_words_longest(seg->words, seg->fold + j, q - j) >= k + l)
			return 1;
	}
	return 0;
}

/*
 * han_run - segment the Han run decoded into seg's arrays (n characters,
 * ending at byte q of the folded chunk of n_chunk bytes): lexicon words
 * first, leftmost and longest, and the word list in between.  Where a
 * lexicon word and a longer word-list word start at the same character, the
 * longest match wins (北京大学 over 北京, 祁连山 over 祁连): the lexicon word
 * is not taken, and neither is any lexicon word starting inside the longer
 * one; nor is a lexicon word that a word-list word starting earlier
 * contains (李|长春 is not taken in 李长春).  Returns where it stopped (q,
 * or the end of a lexicon word reaching past q).
 */
static size_t
han_run(PdSegmenter *seg, size_t cstart, size_t n, size_t n_chunk)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	const int32_t *pos = seg->dppos;
	size_t		q = (size_t) pos[n],
				gap = 0,
				k = 0;

	while (k < n)
	{
		uint32_t	c2 = PD_UTF8_INVALID;
		size_t		l = 0,
					w,
					at = (size_t) pos[k];

		/* every lexicon word has two characters or more: filter on them first */
		if (k + 1 < n)
			c2 = seg->dpcp[k + 1];
		else if (q < n_chunk)
			pd_utf8_next(f + q, n_chunk - q, &c2);
		if ((k + 1 < n || q < n_chunk) && pd_lexfilter_may_pair(seg->lexf, seg->dpcp[k], c2))
			l = pd_seg_lex_match_words(seg, at, n_chunk);
		if (l > 0 && (w = pd_words_longest(seg->words, seg->fold + at, q - at)) > l)
		{
			while (k < n && (size_t) pos[k] < at + w)
				k++;
			continue;
		}
		if (l > 0 && list_covers(seg, (size_t) pos[gap], at, q, l))
			l = 0;
		if (l > 0)
		{
			dp_gap(seg, cstart, gap, k);
			push(seg, cstart, at, at + l, PD_TOK_END);
			if (at + l >= q)
				return at + l;
			while (k < n && (size_t) pos[k] < at + l)
				k++;
			gap = k;
			continue;
		}
		k++;
	}
	if (gap < n)
		dp_gap(seg, cstart, gap, n);
	return q;
}

/*
 * fold_char_at - the character at fold[p..n): its byte length, *c its code
 * point, as pd_utf8_next gives them.  Where a character starts, folding left
 * its code point (fcp); a continuation byte at p is decoded (an invalid byte
 * folding copied, or the middle of a character).
 */
static inline size_t
fold_char_at(const PdSegmenter *seg, size_t p, size_t n, uint32_t *c)
{
	uint32_t	v;

	if ((((const unsigned char *) seg->fold)[p] & 0xC0) == 0x80)
		return pd_utf8_next((const unsigned char *) seg->fold + p, n - p, c);
	v = seg->fcp[p];
	*c = v;
	return pd_utf8_len(v);
}

int
pd_seg_segment_words(PdSegmenter *seg, size_t cstart, size_t cend, size_t n)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		p = 0;

	seg->inv_olen = cend - cstart;
	seg->inv_n = n;
	seg->inv_ready = 0;			/* built by icu_run if a run needs it */

	while (p < n)
	{
		uint32_t	c;
		size_t		cl = fold_char_at(seg, p, n, &c),
					e,
					lexlen,
					numlen = 0,
					unitlen,
					sign;
		int			other = 0;
		PdTokenType type = PD_TOK_END;	/* pd_seg_classify's, where not known */

		if (c != PD_UTF8_INVALID && is_han_run_char(c))
		{
			p = han_run(seg, cstart, run_decode(seg, p, n), n);
			continue;
		}

		/*
		 * A minus sign belongs to the number it starts (-5, －5.2), unless it
		 * joins two words or numbers (3-5, COVID-19, 10%-20%).
		 */
		sign = 0;
		if ((c == '-' || c == 0x2212) && p + cl < n && f[p + cl] >= '0' && f[p + cl] <= '9' &&
			!(p > 0 && (is_ascii_alnum(f[p - 1]) || f[p - 1] == '_' || f[p - 1] == '%' ||
						f[p - 1] == '.')))
		{
			size_t		r = p + cl;

			while (r < n && ((f[r] >= '0' && f[r] <= '9') || f[r] == '.' || f[r] == ','))
				r++;
			if (word_run_end(f, p + cl, n, &other) == r && !other)
				sign = cl;
		}

		/* the natural token here */
		if (sign > 0)
			e = word_run_end(f, p + sign, n, &other);
		else if (c != PD_UTF8_INVALID && is_kana(c))
		{
			e = p + cl;
			while (e < n)
			{
				uint32_t	d;
				size_t		dl = pd_utf8_next(f + e, n - e, &d);

				if (d == PD_UTF8_INVALID || !(is_kana(d) || d == 0x30FC))
					break;
				e += dl;
			}
		}
		else if (c != PD_UTF8_INVALID && !is_punct_block(c) &&
				 (c < 0x80 ? (is_ascii_alnum((unsigned char) c) || c == '_') :
				  u_isalnum((UChar32) c)))
			e = word_run_end(f, p, n, &other);
		else
		{
			e = p + cl;			/* blank: one character, merged by push */
			if (is_plain_punct(c))
				type = PD_TOK_BLANK;
		}

		lexlen = 0;
		if (!sign && p + cl < n)
		{
			uint32_t	c2;

			/* every lexicon word has two characters or more: filter first */
			pd_utf8_next(f + p + cl, n - p - cl, &c2);
			if (pd_lexfilter_may_pair(seg->lexf, c, c2))
				lexlen = pd_seg_lex_match_words(seg, p, n);
		}
		if (f[p + sign] >= '0' && f[p + sign] <= '9')
		{
			numlen = pd_seg_number_len(seg->fold + p + sign, n - p - sign, &unitlen);
			if (numlen > 0)
				numlen += sign;
			/* a unit that begins a longer word goes to that word (3|分钟) */
			if (numlen > 0 && unitlen > 0)
			{
				size_t		u = p + numlen - unitlen;

				if (pd_words_longest(seg->words, seg->fold + u, n - u) > unitlen)
					numlen -= unitlen;
				if (numlen <= e - p)
					numlen = 0;
			}
		}
		if ((lexlen > 0 || numlen > 0) && (lexlen > numlen ? lexlen : numlen) >= e - p)
		{
			if (lexlen >= numlen)
				push(seg, cstart, p, p + lexlen, PD_TOK_END);
			else
			{
				PdTokenType t = pd_seg_classify(seg->fold + p, numlen);

				push(seg, cstart, p, p + numlen, t == PD_TOK_CJK ? PD_TOK_CJKNUM : t);
			}
			p += lexlen > numlen ? lexlen : numlen;
			continue;
		}
		if (other)
		{
			int			rc = icu_run(seg, cstart, p, e);

			if (rc != PD_SEG_OK)
				return rc;
		}
		else
			push(seg, cstart, p, e, type);
		p = e;
	}
	return PD_SEG_OK;
}
