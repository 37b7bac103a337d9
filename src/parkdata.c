/*-------------------------------------------------------------------------
 *
 * parkdata.c
 *	  Module magic and helpers shared by the fmgr wrappers (the UTF-8 check,
 *	  the palloc-backed allocator the cores use).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/parkdata.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "utils/memutils.h"

#include "parkdata.h"
#include "pd_tsearch.h"

PG_MODULE_MAGIC;

/*
 * pd_require_utf8 - error out unless the database encoding is UTF-8
 *
 * The text-processing cores read UTF-8 bytes; in any other encoding they
 * would misread the text, so refuse clearly instead.
 */
void
pd_require_utf8(void)
{
	if (GetDatabaseEncoding() != PG_UTF8)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("parkdata requires a UTF8 database"),
				 errdetail("The database encoding is %s.",
						   GetDatabaseEncodingName())));
}

/* pd_palloc, pd_pfree - the cores' allocator callbacks over a memory context */
static void *
pd_palloc(void *arg, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) arg, size, MCXT_ALLOC_HUGE);
}

static void
pd_pfree(void *arg, void *ptr)
{
	(void) arg;
	pfree(ptr);
}

/*
 * pd_allocator_init - an allocator for the cores that pallocs in cxt (huge
 * allocations allowed; freed with the context or by pfree)
 */
void
pd_allocator_init(PdAllocator *a, MemoryContext cxt)
{
	a->alloc = pd_palloc;
	a->free = pd_pfree;
	a->arg = cxt;
}
