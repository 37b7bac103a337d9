/*-------------------------------------------------------------------------
 *
 * pd_segment.c
 *	  Chinese word segmentation core (see pd_segment.h).
 *
 * A text is processed in chunks of at most PD_SEG_CHUNK bytes, cut after a
 * newline, space or Chinese sentence punctuation where there is one.  Each
 * chunk is folded into a shadow buffer (with byte maps both ways), ICU's
 * word break iterator gives the boundaries of the original chunk (its
 * dictionary cuts Traditional text better than its folded form), and a
 * left-to-right pass over the folded text then chooses each token among:
 *
 *	- the ICU word starting here,
 *	- the longest lexicon word starting here,
 *	- a number with its scale and unit (16.7万, 2.4亿元, 46.3%, 二〇〇一年),
 *
 * taking the longest, ICU on ties.  An ICU word that a lexicon word starts
 * inside and reaches past is cut where the lexicon word begins, so a
 * lexicon word always comes out whole unless an earlier, overlapping
 * lexicon word or number has taken its first characters.
 *
 * This file holds the segmenter's life cycle, the chunk loop, token
 * classes and the ICU-dictionary path (parser parkdata.icu_zh_icudict); the
 * word-list path of parser parkdata.icu_zh is in pd_seg_words.c, numbers in
 * pd_seg_number.c, sub-words in pd_subwords.c, the lexicon in pd_seg_lexicon.c,
 * folding in pd_fold.c and the word list in pd_words.c.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_segment.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <unicode/uchar.h>
#include <unicode/utext.h>

#include "pd_seg_int.h"
#include "pd_words.h"

size_t
pd_seg_char_count(const char *s, size_t len)
{
	return pd_utf8_count((const unsigned char *) s, len);
}

PdTokenType
pd_seg_classify(const char *s, size_t len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0;
	int			han = 0,
				kana = 0,
				ascii_alpha = 0,
				other_alpha = 0,
				digit = 0,
				dot = 0,
				symbol = 0;

	while (i < len)
	{
		uint32_t	c;

		if (u[i] < 0x80)
		{
			unsigned char b = u[i++];

			if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'))
				ascii_alpha = 1;
			else if (b >= '0' && b <= '9')
				digit = 1;
			else if (b == '.')
				dot = 1;
			else if (b == '%')
				symbol = 1;
			continue;
		}
		i += pd_utf8_next(u + i, len - i, &c);
		if (c == PD_UTF8_INVALID)
			continue;
		if (is_han(c))
			han = 1;
		else if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
				 (c >= 0xFF66 && c <= 0xFF9F))
			kana = 1;
		else if (c == 0x2030)	/* per mille */
			symbol = 1;
		else if (u_isdigit((UChar32) c))
			digit = 1;
		else if (u_isalpha((UChar32) c))
			other_alpha = 1;
	}
	if (han)
		return digit || symbol ? PD_TOK_CJKNUM : PD_TOK_CJK;
	if (kana)
		return PD_TOK_KANA;
	if (ascii_alpha || other_alpha)
	{
		if (digit)
			return PD_TOK_NUMWORD;
		return other_alpha ? PD_TOK_WORD : PD_TOK_ASCIIWORD;
	}
	if (digit)
		return symbol ? PD_TOK_CJKNUM : dot ? PD_TOK_FLOAT : PD_TOK_UINT;
	return PD_TOK_BLANK;
}
/* ------------------------------------------------------------------------
 * Segmenter
 * ------------------------------------------------------------------------
 */

UBreakIterator *
pd_seg_open_template(UErrorCode *status)
{
	return ubrk_open(UBRK_WORD, "zh", NULL, 0, status);
}

PdSegmenter *
pd_seg_create(const PdAllocator *alloc, UBreakIterator *bi, const PdLexicon *lex)
{
	PdSegmenter *seg = alloc->alloc(alloc->arg, sizeof(PdSegmenter));
	UText		ut_init = UTEXT_INITIALIZER;

	if (!seg)
		return NULL;
	memset(seg, 0, sizeof(*seg));
	seg->ut = ut_init;
	seg->a = *alloc;
	seg->bi = bi;
	seg->lex = lex;
	seg->lexf = pd_lexicon_filter(lex);
	return seg;
}

/* SEG_RELEASE - free one buffer of seg (if its allocator frees) and forget it */
#define SEG_RELEASE(seg, field) \
	do { \
		if ((seg)->field && (seg)->a.free) \
			(seg)->a.free((seg)->a.arg, (seg)->field); \
		(seg)->field = NULL; \
	} while (0)

static void
seg_free_buffers(PdSegmenter *seg)
{
	SEG_RELEASE(seg, fold);
	SEG_RELEASE(seg, map);
	SEG_RELEASE(seg, inv);
	SEG_RELEASE(seg, bounds);
	SEG_RELEASE(seg, toks);
	SEG_RELEASE(seg, dppos);
	SEG_RELEASE(seg, dpcp);
	SEG_RELEASE(seg, fcp);
	SEG_RELEASE(seg, dpcode);
	SEG_RELEASE(seg, dpcost);
	SEG_RELEASE(seg, dpnext);
	SEG_RELEASE(seg, dpnum);
	seg->cap = 0;
}

void
pd_seg_destroy(PdSegmenter *seg)
{
	if (!seg)
		return;
	if (seg->ut_open)
		utext_close(&seg->ut);
	seg->ut_open = 0;
	seg_free_buffers(seg);
	if (seg->a.free)
		seg->a.free(seg->a.arg, seg);
}

void
pd_seg_rebind(PdSegmenter *seg, UBreakIterator *bi, const PdLexicon *lex)
{
	size_t		cap;

	pd_seg_release(seg, &cap);
	seg->bi = bi;
	seg->lex = lex;
	seg->lexf = pd_lexicon_filter(lex);
}

void
pd_seg_release(PdSegmenter *seg, size_t *cap)
{
	if (seg->ut_open)
		utext_close(&seg->ut);
	seg->ut_open = 0;
	seg->bi = NULL;
	seg->lex = NULL;
	seg->lexf = NULL;
	seg->text = NULL;
	seg->len = 0;
	seg->pos = 0;
	seg->ntoks = 0;
	seg->next = 0;
	*cap = seg->cap;
}

int
pd_seg_reset(PdSegmenter *seg, const char *text, size_t len)
{
	/* buffers for min(len, chunk) bytes, at least 64 */
	size_t		need = len > PD_SEG_CHUNK ? PD_SEG_CHUNK : len < 64 ? 64 : len;

	seg->text = text;
	seg->len = len;
	seg->pos = 0;
	seg->ntoks = 0;
	seg->next = 0;
	seg->status = U_ZERO_ERROR;
	if (need > seg->cap || seg->fold == NULL || (seg->words && !seg->dpcost))
	{
		PdAllocator *a = &seg->a;

		seg_free_buffers(seg);
		seg->fold = a->alloc(a->arg, need);
		seg->map = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
		seg->inv = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
		seg->bounds = a->alloc(a->arg, (need + 2) * sizeof(int32_t));
		seg->toks = a->alloc(a->arg, (need + 1) * sizeof(PdToken));
		if (seg->words)
		{
			seg->dppos = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
			seg->dpcp = a->alloc(a->arg, (need + 1) * sizeof(uint32_t));
			seg->fcp = a->alloc(a->arg, (need + 1) * sizeof(uint32_t));
			seg->dpcode = a->alloc(a->arg, (need + 1) * sizeof(uint16_t));
			seg->dpcost = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
			seg->dpnext = a->alloc(a->arg, (need + 1) * sizeof(int32_t));
			seg->dpnum = a->alloc(a->arg, need + 1);
		}
		if (!seg->fold || !seg->map || !seg->inv || !seg->bounds || !seg->toks ||
			(seg->words && (!seg->dppos || !seg->dpcp || !seg->fcp || !seg->dpcode || !seg->dpcost ||
							!seg->dpnext || !seg->dpnum)))
		{
			seg_free_buffers(seg);
			seg->len = 0;
			return PD_SEG_NOMEM;
		}
		seg->cap = need;
	}
	return PD_SEG_OK;
}

void
pd_seg_set_words(PdSegmenter *seg, const PdWords *words)
{
	seg->words = words;
}

UErrorCode
pd_seg_icu_status(const PdSegmenter *seg)
{
	return seg->status;
}

/* is_cut_after - may a chunk end right after byte i-1 of t? */
static inline int
is_cut_at(const unsigned char *t, size_t i)
{
	unsigned char b = t[i - 1];

	if (b == '\n' || b == ' ' || b == '\t' || b == '\r')
		return 1;
	if (i >= 3 && (b & 0xC0) == 0x80)
	{
		const unsigned char *p = t + i - 3;

		/* 。、 and full-width ，！？；：  */
		if (p[0] == 0xE3 && p[1] == 0x80 && (p[2] == 0x82 || p[2] == 0x81))
			return 1;
		if (p[0] == 0xEF && p[1] == 0xBC &&
			(p[2] == 0x8C || p[2] == 0x81 || p[2] == 0x9F || p[2] == 0x9B || p[2] == 0x9A))
			return 1;
	}
	return 0;
}

/* chunk_end - where the chunk starting at seg->pos ends */
static size_t
chunk_end(const PdSegmenter *seg)
{
	const unsigned char *t = (const unsigned char *) seg->text;
	size_t		end = seg->pos + PD_SEG_CHUNK,
				i;

	if (end >= seg->len)
		return seg->len;
	for (i = end; i > seg->pos + PD_SEG_CHUNK / 2; i--)
		if (is_cut_at(t, i))
			return i;
	/* no natural cut: a character boundary */
	while (end > seg->pos + 1 && (t[end] & 0xC0) == 0x80)
		end--;
	return end;
}

/*
 * lex_match - the longest lexicon word at fold[p..n) that does not end in
 * the middle of an ASCII word; 0 if none.  words: the word path's caller,
 * which has asked the pair filter and has fcp (pd_seg_lex_match_words).
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t
lex_match(const PdSegmenter *seg, size_t p, size_t n, int words)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		m[PD_LEXICON_MAX_CHARS];
	int			k;

	if (!seg->lex || pd_lexicon_count(seg->lex) == 0)
		return 0;
	if (p > 0 && is_ascii_alnum(f[p - 1]) && is_ascii_alnum(f[p]))
		return 0;
	/* fcp holds a code point where a character starts: not at a continuation byte */
	if (words && (f[p] & 0xC0) != 0x80)
		k = pd_lexicon_matches_cp(seg->lex, seg->fold + p, n - p, seg->fcp + p, m,
								  PD_LEXICON_MAX_CHARS);
	else
		k = pd_lexicon_matches(seg->lex, seg->fold + p, n - p, m, PD_LEXICON_MAX_CHARS);
	while (k > 0)
	{
		size_t		e = p + m[k - 1];

		if (!(e < n && is_ascii_alnum(f[e - 1]) && is_ascii_alnum(f[e])))
			return m[k - 1];
		k--;
	}
	return 0;
}

size_t
pd_seg_lex_match(const PdSegmenter *seg, size_t p, size_t n)
{
	return lex_match(seg, p, n, 0);
}

size_t
pd_seg_lex_match_words(const PdSegmenter *seg, size_t p, size_t n)
{
	return lex_match(seg, p, n, 1);
}

/*
 * pd_seg_build_inv - seg->inv: original chunk byte -> start of the folded
 * character it belongs to (seg->inv_olen original bytes, seg->inv_n folded).
 * The folded text's characters, decoded, are those folding wrote, so map is
 * read where they start only (all pd_fold_utf8_cp writes of it).
 */
void
pd_seg_build_inv(PdSegmenter *seg)
{
	const unsigned char *f = (const unsigned char *) seg->fold;
	size_t		fi = 0,
				n = seg->inv_n;

	while (fi < n)
	{
		uint32_t	c;
		size_t		fj = fi + pd_utf8_next(f + fi, n - fi, &c);
		int32_t		o;

		for (o = seg->map[fi]; o < seg->map[fj]; o++)
			seg->inv[o] = (int32_t) fi;
		fi = fj;
	}
	seg->inv[seg->inv_olen] = (int32_t) n;
	seg->inv_ready = 1;
}

int
pd_seg_icu_text(PdSegmenter *seg, const char *s, size_t len)
{
	seg->status = U_ZERO_ERROR;
	utext_openUTF8(&seg->ut, s, (int64_t) len, &seg->status);
	if (U_FAILURE(seg->status))
		return PD_SEG_ICU;
	seg->ut_open = 1;
	ubrk_setUText(seg->bi, &seg->ut, &seg->status);
	return U_FAILURE(seg->status) ? PD_SEG_ICU : PD_SEG_OK;
}

/* is_boundary - is q one of the ICU boundaries at or after index *bi? */
static inline int
is_boundary(const PdSegmenter *seg, size_t bi, size_t q)
{
	while (bi < seg->nbounds && (size_t) seg->bounds[bi] < q)
		bi++;
	return bi < seg->nbounds && (size_t) seg->bounds[bi] == q;
}

/* ------------------------------------------------------------------------
 * The chunk loop; Han text cut by ICU's dictionary
 * ------------------------------------------------------------------------
 */

/* segment_chunk - fill seg->toks with the tokens of the next chunk */
static int
segment_chunk(PdSegmenter *seg)
{
	size_t		cstart = seg->pos,
				cend = chunk_end(seg),
				n,
				p,
				bi;
	int32_t		b,
				last;
	const unsigned char *f;

	seg->ntoks = 0;
	seg->next = 0;
	if (seg->words)
	{
		int			rc;

		/* the code points too: the word path reads every Han run's */
		n = pd_fold_utf8_cp(seg->text + cstart, cend - cstart, seg->fold, seg->map, seg->fcp);
		rc = pd_seg_segment_words(seg, cstart, cend, n);
		seg->pos = cend;
		return rc;
	}
	n = pd_fold_utf8(seg->text + cstart, cend - cstart, seg->fold, seg->map);
	f = (const unsigned char *) seg->fold;

	/*
	 * ICU runs on the original text: its dictionary knows Traditional words
	 * better than their character-by-character Simplified folding.  Its
	 * boundaries are moved to the folded text through inv (original chunk
	 * byte -> start of the folded character it belongs to).
	 */
	seg->inv_olen = cend - cstart;
	seg->inv_n = n;
	pd_seg_build_inv(seg);
	if (pd_seg_icu_text(seg, seg->text + cstart, cend - cstart) != PD_SEG_OK)
		return PD_SEG_ICU;
	seg->nbounds = 0;
	last = 0;
	for (b = ubrk_next(seg->bi); b != UBRK_DONE; b = ubrk_next(seg->bi))
	{
		if (b <= 0 || (size_t) b > cend - cstart)
			continue;
		b = seg->inv[b];
		if (b <= last)
			continue;
		seg->bounds[seg->nbounds++] = b;
		last = b;
	}
	if (seg->nbounds == 0 || (size_t) seg->bounds[seg->nbounds - 1] != n)
		seg->bounds[seg->nbounds++] = (int32_t) n;

	/* choose tokens left to right */
	p = 0;
	bi = 0;
	while (p < n)
	{
		size_t		e,
					lexlen,
					numlen,
					unitlen,
					best;
		PdTokenType type = PD_TOK_END;

		while ((size_t) seg->bounds[bi] <= p)
			bi++;
		e = seg->bounds[bi];

		lexlen = f[p] >= 0x80 || is_ascii_alnum(f[p]) ? pd_seg_lex_match(seg, p, n) : 0;
		numlen = 0;
		if ((f[p] >= '0' && f[p] <= '9') || f[p] >= 0x80)
		{
			numlen = pd_seg_number_len(seg->fold + p, n - p, &unitlen);
			/* a unit that ICU binds to the next word goes back to it (3月份) */
			if (numlen > 0 && unitlen > 0 && !is_boundary(seg, bi, p + numlen) &&
				is_boundary(seg, bi, p + numlen - unitlen) &&
				numlen - unitlen > 0)
			{
				numlen -= unitlen;
				/* bare digits stay as ICU has them */
				if (f[p] >= '0' && f[p] <= '9' && p + numlen == e)
					numlen = 0;
			}
		}
		best = lexlen > numlen ? lexlen : numlen;
		if (best > 0 && p + best >= e)
		{
			if (numlen > lexlen)
			{
				type = pd_seg_classify(seg->fold + p, numlen);
				if (type == PD_TOK_CJK)
					type = PD_TOK_CJKNUM;
			}
			push(seg, cstart, p, p + best, type);
			p += best;
			continue;
		}

		/* the ICU word [p, e), unless a lexicon word starts inside and crosses e */
		if (pd_lexicon_count(seg->lex) > 0)
		{
			uint32_t	c;
			size_t		k = p + pd_utf8_next(f + p, n - p, &c);

			while (k < e)
			{
				if (f[k] >= 0x80)
				{
					size_t		l = pd_seg_lex_match(seg, k, n);

					if (l > 0 && k + l > e)
						break;
				}
				k += pd_utf8_next(f + k, n - k, &c);
			}
			if (k < e)
				e = k;
		}
		push(seg, cstart, p, e, PD_TOK_END);
		p = e;
	}
	seg->pos = cend;
	return PD_SEG_OK;
}

int
pd_seg_next(PdSegmenter *seg, PdToken *tok, int *new_chunk)
{
	if (new_chunk)
		*new_chunk = 0;
	while (seg->next >= seg->ntoks)
	{
		int			rc;

		if (seg->pos >= seg->len)
			return 0;
		rc = segment_chunk(seg);
		if (rc != PD_SEG_OK)
			return rc;
		if (new_chunk)
			*new_chunk = 1;
	}
	*tok = seg->toks[seg->next++];
	return 1;
}

int
pd_seg_next_chunk(PdSegmenter *seg, const PdToken **toks, size_t *ntoks)
{
	*toks = seg->toks;
	*ntoks = 0;
	while (seg->pos < seg->len)
	{
		int			rc = segment_chunk(seg);

		if (rc != PD_SEG_OK)
			return rc;
		if (seg->ntoks > 0)
		{
			/* all of them taken: pd_seg_next would segment next */
			*ntoks = seg->ntoks;
			seg->next = seg->ntoks;
			return PD_SEG_OK;
		}
	}
	return PD_SEG_OK;
}

const char *
pd_seg_folded(const PdSegmenter *seg)
{
	return seg->fold;
}
