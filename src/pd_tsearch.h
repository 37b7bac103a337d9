/*-------------------------------------------------------------------------
 *
 * pd_tsearch.h
 *	  Per-backend state shared by the text-search parser (pd_parser.c) and
 *	  the compound dictionary (pd_dict.c): ICU break iterators (pd_icu.c),
 *	  the general word list (pd_wordlist.c), the lexicon cache
 *	  (pd_lexicon.h), the allocator for the cores (parkdata.c).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_tsearch.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_TSEARCH_H
#define PD_TSEARCH_H

#include "nodes/memnodes.h"

#include "pd_segment.h"
#include "pd_lexicon.h"

/*
 * pd_iterator_acquire - a word break iterator for one parse (the backend's
 * spare one, or a clone of the template); give it back with
 * pd_iterator_release.  ICU memory: never palloc'd.
 */
extern UBreakIterator *pd_iterator_acquire(void);
extern void pd_iterator_release(UBreakIterator *bi);

/*
 * pd_words_get - the general word list, mapped on first use (ERROR if it
 * is missing or damaged)
 */
extern const PdWords *pd_words_get(void);

/* pd_tsearch_data_path - the installed path of file name (MAXPGPATH bytes) */
extern void pd_tsearch_data_path(const char *name, char *path);

/* pd_allocator_init - palloc-backed allocator for the cores, allocating in cxt */
extern void pd_allocator_init(PdAllocator *a, MemoryContext cxt);

/*
 * The token parkdata.icu_zh returned last, as its segmenter folded it: the
 * compound dictionary, called on that very token right after the parser
 * gave it (parsetext, ts_debug, ts_headline), takes its folded form and
 * type from here instead of folding and classifying it again.  A token is
 * known by its address and length in the text being parsed; set by the
 * parser's gettoken, cleared when that parse ends.  orig NULL: none.
 */
typedef struct PdArena PdArena;

typedef struct PdLastToken
{
	const char *orig;			/* the token as the parser returned it */
	int32		len;
	const char *folded;			/* its folded bytes, in the parse's buffer */
	int32		flen;
	int32		type;			/* PdTokenType */
	const void *owner;			/* the parse that set it */
	PdArena    *arena;			/* where the dictionary puts its lexemes */
} PdLastToken;

extern PdLastToken pd_last_token;

/*
 * The lexemes of a parse's tokens (pd_arena.c): a memory context, child of
 * the one the parse started in, where allocating is a pointer bump and
 * pfree frees nothing but the last chunk handed out.
 */
struct PdArena
{
	MemoryContextData header;	/* first: it is a memory context */
	struct PdArenaBlock *blocks;	/* newest first */
	char	   *free;			/* the next chunk's header */
	char	   *end;			/* of the newest block */
	char	   *last;			/* the last chunk handed out, NULL if freed */
	Size		next_block;		/* size of the next block */
};

/* a chunk's header: its size, then its context (GetMemoryChunkContext) */
#define PD_ARENA_CHUNKHDR	(sizeof(Size) + sizeof(MemoryContext))

extern PdArena *pd_arena_create(void);
extern void pd_arena_grow(PdArena *a, Size need);

/* pd_arena_alloc - size bytes (MAXALIGNed) from a; ERROR when memory is short */
static inline void *
pd_arena_alloc(PdArena *a, Size size)
{
	Size		s = MAXALIGN(size);
	char	   *p;

	if (unlikely((Size) (a->end - a->free) < s + PD_ARENA_CHUNKHDR))
		pd_arena_grow(a, s + PD_ARENA_CHUNKHDR);
	p = a->free;
	*(Size *) p = s;
	*(MemoryContext *) (p + sizeof(Size)) = &a->header;
	a->free = p + PD_ARENA_CHUNKHDR + s;
	a->last = p + PD_ARENA_CHUNKHDR;
	return a->last;
}

/* report a core failure as an ERROR */
extern void pd_segment_error(int rc, UErrorCode status) pg_attribute_noreturn();

#endif							/* PD_TSEARCH_H */
