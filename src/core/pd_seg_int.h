/*-------------------------------------------------------------------------
 *
 * pd_seg_int.h
 *	  Internals shared by the files of the segmenter (pd_segment.c, the
 *	  chunk loop and ICU path; pd_seg_words.c, the word-list path;
 *	  pd_seg_number.c, numbers; pd_subwords.c).  Not for other callers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_SEG_INT_H
#define PD_SEG_INT_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "pd_segment.h"
#include "pd_chars.h"

struct PdSegmenter
{
	PdAllocator a;
	UBreakIterator *bi;
	const PdLexicon *lex;
	const PdLexFilter *lexf;	/* lex's filter, or NULL */
	const PdWords *words;		/* general word list with costs, or NULL */
	UText		ut;
	int			ut_open;
	/* word-list path, per character of a Han run (dp_gap) */
	int32_t    *dppos;			/* its byte offset in the folded chunk */
	uint32_t   *dpcp;			/* its code point */
	uint16_t   *dpcode;			/* its word-list code */
	int32_t    *dpcost;			/* the best cost from it on */
	int32_t    *dpnext;			/* ... and the character after the first word */
	uint8_t    *dpnum;			/* ... which is a number */
	int			forbid_whole;	/* sub-words: no word may span the whole text */

	const char *text;			/* original text, not owned */
	size_t		len;
	size_t		pos;			/* start of the next chunk */

	char	   *fold;			/* folded chunk */
	int32_t    *map;			/* folded byte -> chunk byte (with the word
								 * list: where a folded character starts) */
	uint32_t   *fcp;			/* folded byte -> code point of the character
								 * starting there (with the word list) */
	int32_t    *inv;			/* chunk byte -> folded character start */
	size_t		inv_olen;		/* ... over this many chunk bytes */
	size_t		inv_n;			/* ... and this many folded bytes */
	int			inv_ready;		/* inv is built for the current chunk */
	int32_t    *bounds;			/* ICU boundaries in the folded chunk */
	size_t		nbounds;

	PdToken    *toks;			/* tokens of the current chunk */
	size_t		cap;			/* bytes the chunk buffers hold */
	size_t		ntoks;
	size_t		next;

	UErrorCode	status;
};

/* ------------------------------------------------------------------------
 * Character classes
 * ------------------------------------------------------------------------
 */

static inline int
is_ascii_alnum(unsigned char b)
{
	return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
}

static inline int
is_han(uint32_t c)
{
	if (c < 0x2E80 || c == PD_UTF8_INVALID)
		return 0;
	if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
		return 1;
	return c == 0x3007 || u_hasBinaryProperty((UChar32) c, UCHAR_IDEOGRAPHIC);
}

/* characters of a Han run: ideographs and the circle used as a zero */
static inline int
is_han_run_char(uint32_t c)
{
	return c == 0x25CB || is_han(c);
}

static inline int
is_kana(uint32_t c)
{
	return (c >= 0x3040 && c <= 0x30FF && c != 0x30FB) || (c >= 0x31F0 && c <= 0x31FF);
}

/*
 * is_punct_block - punctuation and symbols handled without ICU: general
 * punctuation, CJK symbols and punctuation, half/full-width forms (what is
 * left of them after folding), Latin-1 punctuation, arrows, box drawing,
 * geometric shapes and the like.
 */
static inline int
is_punct_block(uint32_t c)
{
	return (c >= 0x2000 && c <= 0x2BFF) || (c >= 0x3000 && c <= 0x303F && c != 0x3007) ||
		(c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFFEF) ||
		(c >= 0x00A0 && c <= 0x00BF) || c == 0x00D7 || c == 0x00F7;
}

/* ------------------------------------------------------------------------
 * Numeral characters as the segmenter reads them (pd_seg_number.c groups
 * numbers; pd_seg_words.c and pd_parts.c test them per character): the
 * PLAIN digits and scales of pd_chars.h's table, pd_plain_digit() and
 * pd_plain_scale() (the text is folded: 兩 萬 億 are 两 万 亿 here)
 * ------------------------------------------------------------------------
 */

/* pd_seg_han_number_start - may a number in Han numerals start with c? */
static inline int
pd_seg_han_number_start(uint32_t c)
{
	return pd_plain_digit(c) >= 0 || c == PD_CP_SHI;
}

/* ------------------------------------------------------------------------
 * Tokens
 * ------------------------------------------------------------------------
 */

/* push and emit: inlined where they are called (once per token) */
#if defined(__GNUC__) || defined(__clang__)
#define PD_SEG_INLINE	inline __attribute__((always_inline))
#else
#define PD_SEG_INLINE	inline
#endif

/*
 * emit - append original span [oa, ob) as a token, merging blanks; fa, fb:
 * its folded span (fa -1: none)
 */
static PD_SEG_INLINE void
emit(PdSegmenter *seg, int32_t oa, int32_t ob, int32_t fa, int32_t fb, PdTokenType type)
{
	size_t		nt = seg->ntoks;
	PdToken    *t;

	if (type == PD_TOK_BLANK && nt > 0)
	{
		PdToken    *last = &seg->toks[nt - 1];

		if (last->type == PD_TOK_BLANK &&
			last->start + last->len == oa && last->len + (ob - oa) <= PD_SEG_MAX_TOKEN)
		{
			last->len += ob - oa;
			if (last->flen >= 0 && fa >= 0 && last->fstart + last->flen == fa)
				last->flen += fb - fa;
			else
				last->flen = -1;
			return;
		}
	}
	seg->ntoks = nt + 1;
	t = &seg->toks[nt];
	t->start = oa;
	t->len = ob - oa;
	t->type = type;
	t->fstart = fa;
	t->flen = fa >= 0 ? fb - fa : -1;
}

/*
 * push - append folded span [a, b) of the chunk as a token.  A token longer
 * than PD_SEG_MAX_TOKEN bytes is cut at character boundaries into blank
 * pieces: PostgreSQL cannot index such a word anyway, and this keeps every
 * byte while sparing the "word is too long" notices.
 */
static PD_SEG_INLINE void
push(PdSegmenter *seg, size_t chunk_start, size_t a, size_t b, PdTokenType type)
{
	int32_t		oa = (int32_t) chunk_start + seg->map[a],
				ob = (int32_t) chunk_start + seg->map[b];

	if (type == PD_TOK_END)
		type = pd_seg_classify(seg->fold + a, b - a);
	if (ob - oa > PD_SEG_MAX_TOKEN)
	{
		const unsigned char *t = (const unsigned char *) seg->text;

		while (ob - oa > PD_SEG_MAX_TOKEN)
		{
			int32_t		cut = oa + PD_SEG_MAX_TOKEN;

			while (cut > oa + 1 && (t[cut] & 0xC0) == 0x80)
				cut--;
			emit(seg, oa, cut, -1, -1, PD_TOK_BLANK);
			oa = cut;
		}
		emit(seg, oa, ob, -1, -1, PD_TOK_BLANK);
		return;
	}
	emit(seg, oa, ob, (int32_t) a, (int32_t) b, type);
}

/* ------------------------------------------------------------------------
 * Functions shared between the segmenter's files
 * ------------------------------------------------------------------------
 */

/*
 * pd_seg_lex_match - the longest lexicon word at fold[p..n) that does not
 * end in the middle of an ASCII word; 0 if none (pd_segment.c)
 */
extern size_t pd_seg_lex_match(const PdSegmenter *seg, size_t p, size_t n);

/*
 * pd_seg_lex_match_words - pd_seg_lex_match on the word path, whose caller
 * has asked the lexicon's pair filter (seg->lexf) about the characters at p:
 * the code points folding left (seg->fcp) serve, and the filter is not
 * asked again (pd_segment.c)
 */
extern size_t pd_seg_lex_match_words(const PdSegmenter *seg, size_t p, size_t n);

/*
 * pd_seg_build_inv - seg->inv: original chunk byte -> start of the folded
 * character it belongs to (pd_segment.c)
 */
extern void pd_seg_build_inv(PdSegmenter *seg);

/*
 * pd_seg_icu_text - point seg's ICU iterator at s[0..len) (UTF-8, kept
 * by reference); PD_SEG_OK or PD_SEG_ICU with seg->status set
 * (pd_segment.c)
 */
extern int	pd_seg_icu_text(PdSegmenter *seg, const char *s, size_t len);

/*
 * pd_seg_number_len - length of a number with scale and unit starting at
 * s, 0 if there is none worth grouping; *unit_len: a trailing unit the
 * caller may give back to a longer word (pd_seg_number.c)
 */
extern size_t pd_seg_number_len(const char *s, size_t len, size_t *unit_len);


/*
 * pd_seg_given_name (pd_seg_names.c) - does the cheapest path at character
 * k of the decoded run hold a surname and a two-character given name, each
 * character a word, where a name stands?  (叶|万|彬 is then cut 叶|万彬.)
 */
extern int	pd_seg_given_name(const PdSegmenter *seg, const int32_t *next, size_t k, size_t kb);

/*
 * pd_seg_segment_words - the tokens of folded chunk fold[0..n), word-list
 * path (pd_seg_words.c)
 */
extern int	pd_seg_segment_words(PdSegmenter *seg, size_t cstart, size_t cend, size_t n);

#endif							/* PD_SEG_INT_H */
