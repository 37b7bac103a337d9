/*-------------------------------------------------------------------------
 *
 * pd_arena.c
 *	  The memory context that holds the lexemes the dictionary returns for
 *	  the tokens of a parse: allocation is a pointer bump, pfree nothing
 *	  (or a step back when the chunk freed is the last one handed out).
 *
 * PostgreSQL frees every lexeme on its own (make_tsvector, uniqueWORD,
 * hlparsetext) and every result array right after reading it (parsetext),
 * so each must be a chunk of a memory context; through palloc and pfree of
 * an AllocSet they were a tenth of to_tsvector's instructions.  A parse's
 * lexemes are all alive until the caller's make_tsvector has copied them,
 * so a context that never reuses memory loses nothing: the arena is a child
 * of the context the parse started in (the caller's, the per-row context
 * of a query) and goes when that one is reset or deleted.  The result
 * array of a token is allocated last and freed first (parsetext), so
 * freeing the last chunk steps back over it and the arrays take no room.
 *
 * A chunk is preceded by its size and its context, as PostgreSQL 15's
 * GetMemoryChunkContext expects (the context pointer right before the
 * chunk).  The node is tagged T_GenerationContext only so that assertion
 * builds' MemoryContextIsValid accept it; every call goes through the
 * methods below.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_arena.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "nodes/memnodes.h"
#include "utils/memutils.h"

#include "pd_tsearch.h"

#define PD_ARENA_FIRST_BLOCK	(8 * 1024)
#define PD_ARENA_MAX_BLOCK		(1024 * 1024)

typedef struct PdArenaBlock
{
	struct PdArenaBlock *next;
	Size		size;			/* of the whole block */
} PdArenaBlock;

#define PD_ARENA_BLOCKHDR	MAXALIGN(sizeof(PdArenaBlock))

static void *pd_arena_alloc_method(MemoryContext context, Size size);
static void pd_arena_free_method(MemoryContext context, void *pointer);
static void *pd_arena_realloc(MemoryContext context, void *pointer, Size size);
static void pd_arena_reset(MemoryContext context);
static void pd_arena_delete(MemoryContext context);
static Size pd_arena_chunk_space(MemoryContext context, void *pointer);
static bool pd_arena_is_empty(MemoryContext context);
static void pd_arena_stats(MemoryContext context, MemoryStatsPrintFunc printfunc,
						   void *passthru, MemoryContextCounters *totals,
						   bool print_to_stderr);
#ifdef MEMORY_CONTEXT_CHECKING
static void pd_arena_check(MemoryContext context);
#endif

static const MemoryContextMethods pd_arena_methods = {
	pd_arena_alloc_method,
	pd_arena_free_method,
	pd_arena_realloc,
	pd_arena_reset,
	pd_arena_delete,
	pd_arena_chunk_space,
	pd_arena_is_empty,
	pd_arena_stats
#ifdef MEMORY_CONTEXT_CHECKING
	,pd_arena_check
#endif
};

/* pd_arena_create - a new arena, child of the current memory context */
PdArena *
pd_arena_create(void)
{
	PdArena    *a = malloc(sizeof(PdArena));

	if (a != NULL)
	{
		a->blocks = NULL;
		a->free = a->end = a->last = NULL;
		a->next_block = PD_ARENA_FIRST_BLOCK;
		MemoryContextCreate(&a->header, T_GenerationContext, &pd_arena_methods,
							CurrentMemoryContext, "parkdata lexemes");
		return a;
	}
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory"),
			 errdetail("Failed while creating memory context \"parkdata lexemes\".")));
	return NULL;				/* keep the compiler quiet */
}

/*
 * pd_arena_grow - a new block with room for a chunk of need bytes (header
 * included); ERROR when memory is short
 */
void
pd_arena_grow(PdArena *a, Size need)
{
	Size		size = Max(a->next_block, need + PD_ARENA_BLOCKHDR);
	PdArenaBlock *b = malloc(size);

	if (b != NULL)
	{
		b->next = a->blocks;
		b->size = size;
		a->blocks = b;
		a->free = (char *) b + PD_ARENA_BLOCKHDR;
		a->end = (char *) b + size;
		a->last = NULL;
		a->header.mem_allocated += size;
		a->header.isReset = false;
		if (a->next_block < PD_ARENA_MAX_BLOCK)
			a->next_block *= 2;
		return;
	}
	ereport(ERROR,
			(errcode(ERRCODE_OUT_OF_MEMORY),
			 errmsg("out of memory"),
			 errdetail("Failed on request of size %zu in memory context \"%s\".",
					   need, a->header.name)));
}

static void *
pd_arena_alloc_method(MemoryContext context, Size size)
{
	if (!AllocSizeIsValid(size))
		return NULL;			/* palloc reports it */
	return pd_arena_alloc((PdArena *) context, size);
}

static void
pd_arena_free_method(MemoryContext context, void *pointer)
{
	PdArena    *a = (PdArena *) context;

	if (pointer == a->last)
	{
		a->free = (char *) pointer - PD_ARENA_CHUNKHDR;
		a->last = NULL;
	}
}

static void *
pd_arena_realloc(MemoryContext context, void *pointer, Size size)
{
	Size		old = *(Size *) ((char *) pointer - PD_ARENA_CHUNKHDR);
	void	   *p;

	if (size <= old)
		return pointer;
	p = pd_arena_alloc_method(context, size);
	if (p)
		memcpy(p, pointer, old);
	return p;
}

static void
pd_arena_reset(MemoryContext context)
{
	PdArena    *a = (PdArena *) context;

	while (a->blocks)
	{
		PdArenaBlock *b = a->blocks;

		a->blocks = b->next;
		free(b);
	}
	a->free = a->end = a->last = NULL;
	a->next_block = PD_ARENA_FIRST_BLOCK;
	a->header.mem_allocated = 0;
}

static void
pd_arena_delete(MemoryContext context)
{
	pd_arena_reset(context);
	free(context);
}

static Size
pd_arena_chunk_space(MemoryContext context, void *pointer)
{
	(void) context;
	return *(Size *) ((char *) pointer - PD_ARENA_CHUNKHDR) + PD_ARENA_CHUNKHDR;
}

static bool
pd_arena_is_empty(MemoryContext context)
{
	return ((PdArena *) context)->blocks == NULL;
}

static void
pd_arena_stats(MemoryContext context, MemoryStatsPrintFunc printfunc, void *passthru,
			   MemoryContextCounters *totals, bool print_to_stderr)
{
	PdArena    *a = (PdArena *) context;
	PdArenaBlock *b;
	Size		nblocks = 0,
				total = 0,
				freespace = a->end - a->free;

	for (b = a->blocks; b; b = b->next)
	{
		nblocks++;
		total += b->size;
	}
	if (printfunc)
	{
		char		line[200];

		snprintf(line, sizeof(line), "%zu total in %zu blocks; %zu free; %zu used",
				 total, nblocks, freespace, total - freespace);
		printfunc(context, passthru, line, print_to_stderr);
	}
	if (totals)
	{
		totals->nblocks += nblocks;
		totals->totalspace += total;
		totals->freespace += freespace;
	}
}

#ifdef MEMORY_CONTEXT_CHECKING
static void
pd_arena_check(MemoryContext context)
{
	(void) context;
}
#endif
