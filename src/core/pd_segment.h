/*-------------------------------------------------------------------------
 *
 * pd_segment.h
 *	  Chinese word segmentation core: ICU word BreakIterator on UTF-8,
 *	  a longest-match domain lexicon, number/scale/unit grouping and
 *	  Traditional/full-width folding.  No PostgreSQL headers.
 *
 * The segmenter cuts a UTF-8 text into tokens that are byte-exact,
 * non-overlapping and in order: concatenating every token gives the input
 * back, whatever the input (invalid UTF-8 included).  Segmentation runs on a
 * folded shadow copy of the text (Traditional -> Simplified, full-width ->
 * half-width, character by character), so 國家高新區 is cut like 国家高新区
 * and matches the same lexicon words, while token offsets still point into
 * the original bytes.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_segment.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_SEGMENT_H
#define PD_SEGMENT_H

#include <stddef.h>
#include <stdint.h>

#include <unicode/ubrk.h>

#include "pd_alloc.h"
#include "pd_fold.h"
#include "pd_seg_lexicon.h"
#include "pd_words.h"

/*
 * Token types.  The numbers are the text-search token ids (see STYLE.md 5.6:
 * they are chosen around prsd_headline's table of the default parser).
 */
typedef enum PdTokenType
{
	PD_TOK_END = 0,
	PD_TOK_ASCIIWORD = 1,		/* ASCII letters: ICU, GDP */
	PD_TOK_WORD = 2,			/* letters of other alphabets: Zürich, Москва */
	PD_TOK_NUMWORD = 3,			/* letters and digits: 5G, H100 */
	PD_TOK_BLANK = 12,			/* spaces, punctuation, symbols */
	PD_TOK_FLOAT = 20,			/* decimal number: 46.3 */
	PD_TOK_UINT = 22,			/* unsigned integer: 2024, 1,200 */
	PD_TOK_CJK = 100,			/* Han word: 高新区, 人才 */
	PD_TOK_CJKNUM = 101,		/* number with scale/unit: 16.7万, 46.3%, 二〇〇一年 */
	PD_TOK_KANA = 102			/* Japanese kana word */
} PdTokenType;

/*
 * one token: byte offset and length in the original text; and of its folded
 * form in the segmenter's chunk buffer (pd_seg_folded), valid until the next
 * chunk is segmented (flen -1: not one folded span)
 */
typedef struct PdToken
{
	int32_t		start;
	int32_t		len;
	int32_t		type;			/* PdTokenType */
	int32_t		fstart;
	int32_t		flen;
} PdToken;

/* status codes */
typedef enum PdSegStatus
{
	PD_SEG_OK = 0,
	PD_SEG_NOMEM = -1,
	PD_SEG_ICU = -2
} PdSegStatus;

typedef struct PdSegmenter PdSegmenter;

/*
 * pd_lexicon_derive_names - for every word that is a name followed by a
 * lexicon word (华罗庚 + 高新区), add the name as a word when ICU alone would
 * cut it into single characters, so a search for the name finds it as one
 * token too.  seg must have been created without a lexicon.  Returns the
 * number of words added or a PdSegStatus < 0.
 */
extern int	pd_lexicon_derive_names(PdLexicon *lex, PdSegmenter *seg);

/*
 * pd_lexicon_derive_over - the same over a prebuilt image to which words
 * were added (pd_lexicon_create_over): the names derived from the shipped
 * and added words together, exactly as pd_lexicon_derive_names between
 * pd_lexicon_derive_begin and _end, but from the added words and the
 * shipped words they end only (pd_seg_lexicon_names.c).  Without
 * an image, pd_lexicon_derive_names.  Returns the number of words added or
 * a PdSegStatus < 0.
 */
extern int	pd_lexicon_derive_over(PdLexicon *lex, PdSegmenter *seg);

/* ---- segmenter ---- */

/* texts are segmented in chunks of at most this many bytes */
#define PD_SEG_CHUNK	32768

/*
 * longest token in bytes: PostgreSQL's MAXSTRLEN (2047) minus one, the
 * longest word it indexes; longer runs come out as blank pieces
 */
#define PD_SEG_MAX_TOKEN	2046

/*
 * pd_seg_open_template - the ICU word break iterator all segmenters are
 * cloned from (locale "zh").  The caller owns it (ubrk_close).  NULL and
 * *status set on failure.
 */
extern UBreakIterator *pd_seg_open_template(UErrorCode *status);

/*
 * pd_seg_create - a segmenter working with break iterator bi (caller-owned,
 * not closed by the segmenter) and lexicon lex (may be NULL; must outlive
 * the segmenter).  NULL if out of memory.
 */
extern PdSegmenter *pd_seg_create(const PdAllocator *alloc, UBreakIterator *bi,
								  const PdLexicon *lex);

/*
 * pd_seg_set_words - segment Han text with a general word list (pd_words.h;
 * NULL to go back to ICU's dictionary).  ICU then cuts only runs of letters
 * of scripts other than Latin.  Call before
 * pd_seg_reset; words must outlive the segmenter's use of it.
 */
extern void pd_seg_set_words(PdSegmenter *seg, const PdWords *words);

/* pd_seg_destroy - free the segmenter's buffers (not bi, not lex) */
extern void pd_seg_destroy(PdSegmenter *seg);

/*
 * pd_seg_rebind - a segmenter kept between texts, its buffers reused, set
 * to work with bi and lex as pd_seg_create would (an open UText closed)
 */
extern void pd_seg_rebind(PdSegmenter *seg, UBreakIterator *bi, const PdLexicon *lex);

/*
 * pd_seg_release - done with the text and with bi and lex: closes the
 * UText, forgets bi and lex, keeps the buffers; *cap the bytes a text's
 * chunk may have for them (pd_seg_reset grows them)
 */
extern void pd_seg_release(PdSegmenter *seg, size_t *cap);

/*
 * pd_seg_reset - start segmenting text[0..len).  The text is not copied and
 * must stay valid until the last pd_seg_next; it need not be NUL-terminated.
 * Returns PD_SEG_OK or PD_SEG_NOMEM (buffers grow to min(len, chunk)).
 */
extern int	pd_seg_reset(PdSegmenter *seg, const char *text, size_t len);

/*
 * pd_seg_next - the next token into *tok.  Returns 1 for a token, 0 at the
 * end, or a PdSegStatus < 0 (then pd_seg_icu_status tells the ICU error).
 * *new_chunk (if not NULL) is set to 1 when this call segmented a new
 * chunk, so the caller can check for interrupts once per chunk.
 */
extern int	pd_seg_next(PdSegmenter *seg, PdToken *tok, int *new_chunk);

/*
 * pd_seg_next_chunk - the tokens of the next chunk at once, for a caller
 * that takes them in order (the parser's hot path): *toks points at
 * *ntoks tokens, valid until the next call or reset.  Returns PD_SEG_OK
 * (*ntoks 0 at the end of the text) or a PdSegStatus < 0.  The same tokens
 * as pd_seg_next gives one by one; do not mix the two on one text.
 */
extern int	pd_seg_next_chunk(PdSegmenter *seg, const PdToken **toks, size_t *ntoks);

/*
 * pd_seg_folded - the folded text of the chunk the last token of
 * pd_seg_next came from (Traditional -> Simplified, full-width ->
 * half-width): tok.fstart and tok.flen index into it
 */
extern const char *pd_seg_folded(const PdSegmenter *seg);

/* pd_seg_icu_status - the ICU error behind a PD_SEG_ICU return */
extern UErrorCode pd_seg_icu_status(const PdSegmenter *seg);

/*
 * pd_seg_subwords - the sub-words of one word w[0..len) (folded text) for
 * compound recall: the lexicon words inside it that do not cross an edge of
 * the leftmost-longest lexicon cut (溧阳高新区: 溧阳, 高新区, not the county
 * 阳高), every word of two or more characters that seg cuts it into, under
 * the same rule (with a word list, the cheapest cut that
 * is not the whole word: 人才资源 -> 人才, 资源; else ICU's), and the runs of
 * two or more characters that neither covers, none equal to the whole word,
 * each once; nothing unless together they cover the whole word (高新区 has
 * none: 高新 + 区 would let a query for 高新区 match 高新 alone).  seg must
 * have been created without a lexicon.  Writes up to max (start, length) pairs
 * into spans and returns how many, or a PdSegStatus < 0.
 */
extern int	pd_seg_subwords(PdSegmenter *seg, const PdLexicon *lex,
							const char *w, size_t len, int32_t (*spans)[2], int max);

/*
 * pd_seg_subwords_ext - pd_seg_subwords, with the ICU words left out when
 * use_icu is 0 (for words ICU itself produced: cut alone, ICU gives them
 * back whole, so only lexicon words inside can add anything); seg may then
 * be NULL.
 */
extern int	pd_seg_subwords_ext(PdSegmenter *seg, const PdLexicon *lex,
								const char *w, size_t len, int32_t (*spans)[2],
								int max, int use_icu);

/*
 * pd_seg_suffix_stem - the byte length of the name in w[0..len) (folded)
 * before a place or park suffix (洞头 of 洞头区, 科技 of 科技园), or the
 * park word of 园区, 城区, 港区 (园); 0 if none.  A search for the name
 * then finds the whole (sub-words above; the dictionary for two-character
 * words).
 */
extern size_t pd_seg_suffix_stem(const char *w, size_t len);

/* pd_seg_classify - token type of text s[0..len) by its characters */
extern PdTokenType pd_seg_classify(const char *s, size_t len);

/* pd_seg_char_count - number of characters (invalid bytes count as one) */
extern size_t pd_seg_char_count(const char *s, size_t len);

#endif							/* PD_SEGMENT_H */
