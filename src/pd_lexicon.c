/*-------------------------------------------------------------------------
 *
 * pd_lexicon.c
 *	  The per-backend lexicon cache: parkdata.lexicon compiled into a hashed
 *	  prefix table (pd_segment.c), and parkdata.lexicon_backend_words().
 *
 * The table is read through SPI once per backend and version.  The
 * statement trigger of the table (pd_lexicon_trigger.c) queues a relcache
 * invalidation of it; every backend gets the invalidation at its next
 * transaction start (or lock acquisition) after the change commits, and the
 * relcache callback below marks the cached lexicon stale.  The per-call
 * check is therefore a load of one boolean: no catalog or table access
 * unless the lexicon changed.  A version still in use by a running parse is
 * kept until that parse releases it.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"

#include "pd_tsearch.h"

struct PdLexHandle
{
	MemoryContext cxt;			/* holds this struct and the lexicon */
	PdLexicon  *lex;
	int			pins;
};

static PdLexHandle *pd_lex_current = NULL;
static uint64 pd_lex_generation = 0;	/* bumped at every rebuild */
static bool pd_lex_valid = false;
static bool pd_lex_callback_registered = false;
static Oid	pd_lex_relid = InvalidOid;

/* pd_lexicon_inval - relcache callback: the lexicon table may have changed */
static void
pd_lexicon_inval(Datum arg, Oid relid)
{
	(void) arg;
	if (relid == InvalidOid || relid == pd_lex_relid)
		pd_lex_valid = false;
}

/*
 * pd_lexicon_add_names - derive names from words like 华罗庚高新区
 * (pd_lexicon_derive_names) with a lexicon-free segmenter
 */
static void
pd_lexicon_add_names(PdLexHandle *h, PdAllocator *a)
{
	UBreakIterator *bi = pd_iterator_acquire();
	PdSegmenter *volatile seg = NULL;

	PG_TRY();
	{
		int			rc;

		seg = pd_seg_create(a, bi, NULL);
		pd_seg_set_words(seg, pd_words_get());
		rc = pd_lexicon_derive_names(h->lex, seg);
		if (rc < 0)
			pd_segment_error(rc, pd_seg_icu_status(seg));
	}
	PG_FINALLY();
	{
		if (seg)
			pd_seg_destroy(seg);
		pd_iterator_release(bi);
	}
	PG_END_TRY();
}

/* pd_lexicon_build - a new handle with the words of parkdata.lexicon */
static PdLexHandle *
pd_lexicon_build(void)
{
	MemoryContext cxt,
				old;
	PdLexHandle *h;
	PdAllocator a;
	Oid			nsp;

	cxt = AllocSetContextCreate(TopMemoryContext, "parkdata lexicon",
								ALLOCSET_DEFAULT_SIZES);
	h = MemoryContextAllocZero(cxt, sizeof(PdLexHandle));
	h->cxt = cxt;
	pd_allocator_init(&a, cxt);
	h->lex = pd_lexicon_create(&a);

	nsp = get_namespace_oid("parkdata", true);
	pd_lex_relid = OidIsValid(nsp) ? get_relname_relid("lexicon", nsp) : InvalidOid;
	if (!OidIsValid(pd_lex_relid))
		return h;				/* no table (yet): an empty lexicon */

	PG_TRY();
	{
		uint64		i;
		bool		pushed = false;

		if (!ActiveSnapshotSet())
		{
			PushActiveSnapshot(GetTransactionSnapshot());
			pushed = true;
		}
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		if (SPI_execute("SELECT word FROM parkdata.lexicon", true, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not read parkdata.lexicon");
		old = MemoryContextSwitchTo(cxt);
		for (i = 0; i < SPI_processed; i++)
		{
			bool		isnull;
			Datum		d = SPI_getbinval(SPI_tuptable->vals[i],
										  SPI_tuptable->tupdesc, 1, &isnull);
			text	   *t;

			if (isnull)
				continue;
			t = DatumGetTextPP(d);
			if (pd_lexicon_add(h->lex, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) < 0)
				ereport(ERROR,
						(errcode(ERRCODE_OUT_OF_MEMORY),
						 errmsg("out of memory loading parkdata.lexicon")));
			if ((i & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
		}
		MemoryContextSwitchTo(old);
		SPI_finish();
		if (pushed)
			PopActiveSnapshot();
		pd_lexicon_add_names(h, &a);
	}
	PG_CATCH();
	{
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	return h;
}

PdLexHandle *
pd_lexicon_acquire(void)
{
	if (!pd_lex_callback_registered)
	{
		CacheRegisterRelcacheCallback(pd_lexicon_inval, (Datum) 0);
		pd_lex_callback_registered = true;
	}
	if (!pd_lex_valid || !pd_lex_current)
	{
		PdLexHandle *old = pd_lex_current;
		PdLexHandle *volatile h = NULL;

		/* an invalidation arriving while we read marks it stale again */
		pd_lex_valid = true;
		PG_TRY();
		{
			h = pd_lexicon_build();
		}
		PG_CATCH();
		{
			pd_lex_valid = false;
			PG_RE_THROW();
		}
		PG_END_TRY();
		pd_lex_current = h;
		pd_lex_generation++;
		if (old && old->pins == 0)
			MemoryContextDelete(old->cxt);
	}
	pd_lex_current->pins++;
	return pd_lex_current;
}

uint64
pd_lexicon_generation(void)
{
	return pd_lex_generation;
}

const PdLexicon *
pd_lexicon_of(PdLexHandle *h)
{
	return h->lex;
}

void
pd_lexicon_release(PdLexHandle *h)
{
	if (!h)
		return;
	Assert(h->pins > 0);
	h->pins--;
	if (h->pins == 0 && h != pd_lex_current)
		MemoryContextDelete(h->cxt);
}

/*
 * pd_lexicon_backend_words - number of words in this backend's current
 * lexicon (after bringing it up to date); for tests and diagnostics.
 */
PG_FUNCTION_INFO_V1(pd_lexicon_backend_words);
Datum
pd_lexicon_backend_words(PG_FUNCTION_ARGS)
{
	PdLexHandle *h = pd_lexicon_acquire();
	int64		n = (int64) pd_lexicon_count(h->lex);

	(void) fcinfo;
	pd_lexicon_release(h);
	PG_RETURN_INT64(n);
}
