/*-------------------------------------------------------------------------
 *
 * pd_parser.c
 *	  Text-search parsers parkdata.icu_zh, parkdata.icu_zh_split and
 *	  parkdata.icu_zh_icudict: start / gettoken / end / lextype.
 *
 * A parse pins the backend's current lexicon (pd_lexicon.c) and borrows a
 * word break iterator (pd_icu.c); both are given back at end, or from a
 * memory-context reset callback when an error or a LIMIT cuts the parse
 * short.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_parser.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "miscadmin.h"
#include "tsearch/ts_public.h"
#include "utils/memutils.h"

#include "parkdata.h"
#include "pd_seg_split.h"
#include "pd_tsearch.h"

typedef struct PdParse
{
	PdSegmenter *seg;
	UBreakIterator *bi;
	PdLexHandle *lexh;
	char	   *text;			/* the parser's input, not NUL-terminated */
	const PdToken *tok;			/* the current chunk's tokens not yet given */
	const PdToken *tokend;
	const char *folded;			/* the chunk's folded text */
	PdArena    *arena;			/* the dictionary's lexemes (pd_arena.c) */
	MemoryContextCallback cb;
	bool		done;
	bool		split;			/* icu_zh_split: number tokens cut */
	int			npieces;		/* pieces of the number token being cut */
	int			piece;			/* the next of them */
	int32_t		base;			/* its start in the text */
	int32_t		pieces[PD_SPLIT_MAX][2];
} PdParse;

PdLastToken pd_last_token;

/*
 * The backend's segmenter for parses, kept with its buffers between them
 * (making it and its eleven buffers for every text was about 1 % of the
 * time of to_tsvector on documents of 2 kB), while its buffers are at most
 * SEG_KEEP_CAP bytes' worth (about 56 bytes per byte: 450 kB); a parse
 * that starts while it is in use (none does today) makes its own.
 */
#define SEG_KEEP_CAP	8192
static MemoryContext pd_kept_seg_cxt = NULL;
static PdSegmenter *pd_kept_seg = NULL;
static bool pd_kept_seg_busy = false;

/* kept_seg_take - the kept segmenter set up for bi and lex, or NULL */
static PdSegmenter *
kept_seg_take(UBreakIterator *bi, const PdLexicon *lex)
{
	if (pd_kept_seg_busy)
		return NULL;
	if (!pd_kept_seg)
	{
		PdAllocator a;

		if (!pd_kept_seg_cxt)
			pd_kept_seg_cxt = AllocSetContextCreate(TopMemoryContext,
													"parkdata parser buffers",
													ALLOCSET_SMALL_SIZES);
		pd_allocator_init(&a, pd_kept_seg_cxt);
		pd_kept_seg = pd_seg_create(&a, bi, lex);
		if (!pd_kept_seg)
			return NULL;
	}
	else
		pd_seg_rebind(pd_kept_seg, bi, lex);
	pd_kept_seg_busy = true;
	return pd_kept_seg;
}

/* seg_give_back - the parse's segmenter given back, or freed */
static void
seg_give_back(PdSegmenter *seg)
{
	size_t		cap;

	if (seg != pd_kept_seg)
	{
		pd_seg_destroy(seg);	/* closes the UText; memory is palloc'd */
		return;
	}
	pd_seg_release(seg, &cap);
	if (cap > SEG_KEEP_CAP)
	{
		pd_seg_destroy(seg);
		pd_kept_seg = NULL;
	}
	pd_kept_seg_busy = false;
}

/* pd_parse_cleanup - give back the ICU iterator and the lexicon pin */
static void
pd_parse_cleanup(void *arg)
{
	PdParse    *ps = (PdParse *) arg;

	if (pd_last_token.owner == ps)
		memset(&pd_last_token, 0, sizeof(pd_last_token));
	if (ps->done)
		return;
	ps->done = true;
	if (ps->seg)
		seg_give_back(ps->seg);
	ps->seg = NULL;
	pd_iterator_release(ps->bi);
	ps->bi = NULL;
	pd_lexicon_release(ps->lexh);
	ps->lexh = NULL;
}

/* parse_start - common start of the parsers */
static PdParse *
parse_start(char *buf, int len, bool use_words, bool split)
{
	PdParse    *ps;
	PdAllocator a;
	int			rc;

	pd_require_utf8();
	ps = palloc0(sizeof(PdParse));
	/* register the cleanup before anything can fail */
	ps->cb.func = pd_parse_cleanup;
	ps->cb.arg = ps;
	MemoryContextRegisterResetCallback(CurrentMemoryContext, &ps->cb);

	ps->text = buf;
	ps->split = split;
	/* a child of this context: it outlives the parse, as lexemes must */
	ps->arena = pd_arena_create();
	ps->lexh = pd_lexicon_acquire();
	ps->bi = pd_iterator_acquire();
	ps->seg = kept_seg_take(ps->bi, pd_lexicon_of(ps->lexh));
	if (!ps->seg)
	{
		pd_allocator_init(&a, CurrentMemoryContext);
		ps->seg = pd_seg_create(&a, ps->bi, pd_lexicon_of(ps->lexh));
	}
	pd_seg_set_words(ps->seg, use_words ? pd_words_get() : NULL);
	rc = pd_seg_reset(ps->seg, buf, len > 0 ? (size_t) len : 0);
	if (rc != PD_SEG_OK)
		pd_segment_error(rc, U_ZERO_ERROR);
	return ps;
}

/*
 * parkdata.icu_zh: Han text cut by the general word list (the cheapest
 * sequence of words), other scripts by ICU's word rules
 */
PG_FUNCTION_INFO_V1(pd_icu_zh_start);
Datum
pd_icu_zh_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(parse_start((char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1), true, false));
}

/*
 * parkdata.icu_zh_split: icu_zh with number tokens cut under the split
 * convention (2009 年, 16.7 万, 46.3 %; pd_seg_split.h)
 */
PG_FUNCTION_INFO_V1(pd_icu_zh_split_start);
Datum
pd_icu_zh_split_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(parse_start((char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1), true, true));
}

/* parkdata.icu_zh_icudict: Han text cut by ICU's own dictionary */
PG_FUNCTION_INFO_V1(pd_icu_zh_icudict_start);
Datum
pd_icu_zh_icudict_start(PG_FUNCTION_ARGS)
{
	PG_RETURN_POINTER(parse_start((char *) PG_GETARG_POINTER(0), PG_GETARG_INT32(1), false, false));
}

/*
 * next_piece - the next piece of the number token being cut, as a token of
 * the type its characters give; the dictionary folds it itself
 */
static int
next_piece(PdParse *ps, char **t, int *tlen)
{
	int32_t    *p = ps->pieces[ps->piece++];

	*t = ps->text + ps->base + p[0];
	*tlen = p[1];
	pd_last_token.owner = ps;
	pd_last_token.arena = ps->arena;
	pd_last_token.orig = *t;
	pd_last_token.len = p[1];
	pd_last_token.type = pd_seg_classify(*t, (size_t) p[1]);
	pd_last_token.flen = -1;
	pd_last_token.folded = NULL;
	return pd_last_token.type;
}

/*
 * next_chunk - segment the next chunk (false at the end of the text); its
 * tokens are then given one by one from ps->tok (not inlined: its locals
 * would cost gettoken a stack protector on every token)
 */
static pg_noinline bool
next_chunk(PdParse *ps)
{
	const PdToken *toks;
	size_t		ntoks;
	int			rc;

	CHECK_FOR_INTERRUPTS();
	rc = pd_seg_next_chunk(ps->seg, &toks, &ntoks);
	if (rc < 0)
		pd_segment_error(rc, pd_seg_icu_status(ps->seg));
	ps->tok = toks;
	ps->tokend = toks + ntoks;
	ps->folded = pd_seg_folded(ps->seg);
	return ntoks > 0;
}

PG_FUNCTION_INFO_V1(pd_icu_zh_gettoken);
Datum
pd_icu_zh_gettoken(PG_FUNCTION_ARGS)
{
	PdParse    *ps = (PdParse *) PG_GETARG_POINTER(0);
	char	  **t = (char **) PG_GETARG_POINTER(1);
	int		   *tlen = (int *) PG_GETARG_POINTER(2);
	const PdToken *tok;

	if (ps->done || !ps->seg)
		PG_RETURN_INT32(0);
	if (ps->piece < ps->npieces)
		PG_RETURN_INT32(next_piece(ps, t, tlen));
	if (ps->tok >= ps->tokend && !next_chunk(ps))
		PG_RETURN_INT32(0);
	tok = ps->tok++;
	if (ps->split && (tok->type == PD_TOK_CJKNUM || tok->type == PD_TOK_CJK))
	{
		ps->npieces = (tok->type == PD_TOK_CJKNUM ? pd_seg_split_number : pd_seg_split_word)
			(ps->text + tok->start, (size_t) tok->len, ps->pieces, PD_SPLIT_MAX);
		ps->piece = 0;
		ps->base = tok->start;
		if (ps->npieces > 1)
			PG_RETURN_INT32(next_piece(ps, t, tlen));
		ps->npieces = 0;
	}
	*t = ps->text + tok->start;
	*tlen = tok->len;
	pd_last_token.owner = ps;
	pd_last_token.arena = ps->arena;
	pd_last_token.orig = *t;
	pd_last_token.len = tok->len;
	pd_last_token.type = tok->type;
	pd_last_token.flen = tok->flen;
	pd_last_token.folded = tok->flen >= 0 ? ps->folded + tok->fstart : NULL;
	PG_RETURN_INT32(tok->type);
}

PG_FUNCTION_INFO_V1(pd_icu_zh_end);
Datum
pd_icu_zh_end(PG_FUNCTION_ARGS)
{
	PdParse    *ps = (PdParse *) PG_GETARG_POINTER(0);

	pd_parse_cleanup(ps);
	PG_RETURN_VOID();
}

/* token types; descriptions shown by ts_token_type and ts_debug */
static const struct
{
	int			id;
	const char *alias;
	const char *descr;
}			pd_lextypes[] =
{
	{PD_TOK_ASCIIWORD, "asciiword", "Word, all ASCII letters"},
	{PD_TOK_WORD, "word", "Word, letters of other alphabets"},
	{PD_TOK_NUMWORD, "numword", "Word, letters and digits"},
	{PD_TOK_BLANK, "blank", "Space, punctuation or symbol"},
	{PD_TOK_FLOAT, "float", "Decimal number"},
	{PD_TOK_UINT, "uint", "Unsigned integer"},
	{PD_TOK_CJK, "cjk", "Han word"},
	{PD_TOK_CJKNUM, "cjknum", "Number with Chinese scale or unit, or a date part"},
	{PD_TOK_KANA, "kana", "Japanese kana word"},
};

PG_FUNCTION_INFO_V1(pd_icu_zh_lextype);
Datum
pd_icu_zh_lextype(PG_FUNCTION_ARGS)
{
	int			n = lengthof(pd_lextypes),
				i;
	LexDescr   *descr = palloc(sizeof(LexDescr) * (n + 1));

	(void) fcinfo;
	for (i = 0; i < n; i++)
	{
		descr[i].lexid = pd_lextypes[i].id;
		descr[i].alias = pstrdup(pd_lextypes[i].alias);
		descr[i].descr = pstrdup(pd_lextypes[i].descr);
	}
	descr[n].lexid = 0;
	PG_RETURN_POINTER(descr);
}
