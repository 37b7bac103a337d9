/*-------------------------------------------------------------------------
 *
 * pd_lexicon.c
 *	  The per-backend lexicon cache: parkdata.lexicon compiled into a hashed
 *	  prefix table (pd_segment.c), and parkdata.lexicon_backend_words().
 *
 * The table is read once per backend and version, under a fresh snapshot
 * (see pd_lexicon_read).  The
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

#include "access/table.h"
#include "access/tableam.h"
#include "catalog/namespace.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "pd_catalog.h"
#include "pd_node_table.h"
#include "pd_tsearch.h"

struct PdLexHandle
{
	MemoryContext cxt;			/* holds this struct, the lexicon, the catalog */
	PdLexicon  *lex;
	PdMetricCatalog *catalog;	/* the words that have a metric (pd_catalog.c) */
	int			pins;
	uint64		rows;			/* rows read (lexicon and catalog) */
	uint64		hashsum;		/* sum of their hashes (pd_row_hash) */
};

static PdLexHandle *pd_lex_current = NULL;
static uint64 pd_lex_generation = 0;	/* bumped at every rebuild */
static bool pd_lex_valid = false;
static bool pd_lex_callback_registered = false;
static Oid	pd_lex_relid = InvalidOid;	/* the relation read */
static Oid	pd_lex_logical = InvalidOid;	/* parkdata.lexicon */
static Oid	pd_metric_relid = InvalidOid;	/* the relation the catalog is read from */
static Oid	pd_metric_logical = InvalidOid; /* parkdata.metric */

/*
 * pd_lexicon_inval - relcache callback: the lexicon, or where it is kept on
 * this node (Citus metadata changes invalidate the logical table), may have
 * changed
 */
static void
pd_lexicon_inval(Datum arg, Oid relid)
{
	(void) arg;
	if (relid == InvalidOid || relid == pd_lex_relid || relid == pd_lex_logical ||
		relid == pd_metric_relid || relid == pd_metric_logical)
		pd_lex_valid = false;
}

/*
 * pd_row_hash - 64-bit FNV-1a of a row: its first field, then, where there
 * is a second (a lexicon word's metric, a catalog code's unit_dimension), a
 * zero byte and that field; a lexicon row without a metric hashes as its
 * word alone
 */
uint64
pd_row_hash(const char *s, size_t len, const char *s2, size_t len2)
{
	uint64		h = UINT64CONST(14695981039346656037);
	size_t		i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char) s[i]) * UINT64CONST(1099511628211);
	if (s2 == NULL)
		return h;
	h = h * UINT64CONST(1099511628211);	/* the zero byte */
	for (i = 0; i < len2; i++)
		h = (h ^ (unsigned char) s2[i]) * UINT64CONST(1099511628211);
	return h;
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

/*
 * pd_is_synonym_only - is the row one of source 'metric': a surface form of
 * an indicator that only names it for extract_metrics?  The segmenter does
 * not keep those whole: most are ordinary phrases (工业投资, 科研人员) that
 * every segmentation standard cuts, and keeping them whole cost 0.03 F1 on
 * the development set (test/data/seg) without helping search (the parts of a
 * phrase find it as well as its whole).  Rows of other sources (domain, user
 * ...) that have a metric stay words of the segmenter.
 */
static bool
pd_is_synonym_only(TupleTableSlot *slot, AttrNumber att_source)
{
	bool		isnull;
	Datum		d;
	text	   *t;

	if (att_source == InvalidAttrNumber)
		return false;
	d = slot_getattr(slot, att_source, &isnull);
	if (isnull)
		return false;
	t = DatumGetTextPP(d);
	return VARSIZE_ANY_EXHDR(t) == 6 && memcmp(VARDATA_ANY(t), "metric", 6) == 0;
}

/*
 * pd_lexicon_read - add the words of relation relid to h->lex (not those of
 * source 'metric': pd_is_synonym_only), and the
 * words that have a metric to the indicator catalog being loaded
 *
 * The rows are read like a catalog's: under a snapshot taken now, after the
 * lock (which reads the invalidation queue), never under the transaction's
 * or a cursor's snapshot.  Rows read under an older snapshot would be cached
 * as current, and the invalidation that announced the change would already
 * be spent: the backend would keep the old lexicon for good (issue 11).  A
 * fresh snapshot still sees this transaction's own earlier changes.  The
 * table is scanned directly, not through SPI: no planner, and so no
 * extension's planner hook, runs inside a tokenization.
 */
static void
pd_lexicon_read(PdLexHandle *h, Oid relid, PdCatalogLoad *load)
{
	Relation	rel;
	Snapshot	snap;
	TableScanDesc scan;
	TupleTableSlot *slot;
	AttrNumber	att_word,
				att_metric,
				att_source;
	uint64		n = 0;

	rel = table_open(relid, AccessShareLock);
	att_word = get_attnum(relid, "word");
	if (att_word == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table \"%s\" has no column \"word\"",
						RelationGetRelationName(rel))));
	/* 1.1's column; a 1.0 database before its update has none */
	att_metric = get_attnum(relid, "metric");
	att_source = get_attnum(relid, "source");
	snap = RegisterSnapshot(GetCatalogSnapshot(relid));
	scan = table_beginscan(rel, snap, 0, NULL);
	slot = table_slot_create(rel, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		bool		isnull;
		Datum		d = slot_getattr(slot, att_word, &isnull);
		text	   *t,
				   *mt;
		Datum		m = (Datum) 0;
		bool		synonym_only;
		uint64		hash;

		if ((++n & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		if (isnull)
			continue;
		t = DatumGetTextPP(d);
		synonym_only = pd_is_synonym_only(slot, att_source);
		if (!synonym_only &&
			pd_lexicon_add(h->lex, VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t)) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory loading parkdata.lexicon")));
		h->rows++;
		mt = NULL;
		if (att_metric != InvalidAttrNumber)
		{
			bool		mnull;

			m = slot_getattr(slot, att_metric, &mnull);
			pd_catalog_load_row(load, d, m, mnull);
			if (!mnull)
				mt = DatumGetTextPP(m);
		}
		/*
		 * the checksum covers the word, its metric and whether the segmenter
		 * keeps it (lexicon_nodes())
		 */
		hash = pd_row_hash(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t),
						   mt ? VARDATA_ANY(mt) : NULL,
						   mt ? VARSIZE_ANY_EXHDR(mt) : 0);
		h->hashsum += synonym_only ? ~hash : hash;
		if ((Pointer) t != DatumGetPointer(d))
			pfree(t);
		if (mt && (Pointer) mt != DatumGetPointer(m))
			pfree(mt);
	}
	ExecDropSingleTupleTableSlot(slot);
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
}

/* pd_lexicon_build - a new handle with the words of this node's lexicon */
static PdLexHandle *
pd_lexicon_build(void)
{
	MemoryContext cxt;
	PdLexHandle *h;
	PdAllocator a;

	cxt = AllocSetContextCreate(TopMemoryContext, "parkdata lexicon",
								ALLOCSET_DEFAULT_SIZES);
	h = MemoryContextAllocZero(cxt, sizeof(PdLexHandle));
	h->cxt = cxt;
	pd_allocator_init(&a, cxt);
	h->lex = pd_lexicon_create(&a);

	PG_TRY();
	{
		PdCatalogLoad *load;

		pd_metric_relid = pd_catalog_source(&pd_metric_logical);
		load = pd_catalog_load_begin(&a, pd_metric_relid);
		/* the catalog's codes and dimensions count in the checksum too */
		pd_catalog_load_sum(load, &h->rows, &h->hashsum);
		/* no table (yet): an empty lexicon */
		pd_lex_relid = pd_node_table("lexicon", &pd_lex_logical);
		if (OidIsValid(pd_lex_relid))
		{
			pd_lexicon_read(h, pd_lex_relid, load);
			pd_lexicon_add_names(h, &a);
		}
		h->catalog = pd_catalog_load_end(load);
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

const PdMetricCatalog *
pd_lexicon_catalog(PdLexHandle *h)
{
	return h->catalog;
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

char *
pd_lexicon_checksum(void)
{
	PdLexHandle *h = pd_lexicon_acquire();
	char	   *out = psprintf(UINT64_FORMAT ":%016" INT64_MODIFIER "x", h->rows, h->hashsum);

	pd_lexicon_release(h);
	return out;
}

/*
 * pd_lexicon_checksum_sql - parkdata.lexicon_checksum(): this backend's
 * lexicon, brought up to date, as "rows:hex" (compare nodes with
 * parkdata.lexicon_nodes())
 */
PG_FUNCTION_INFO_V1(pd_lexicon_checksum_sql);
Datum
pd_lexicon_checksum_sql(PG_FUNCTION_ARGS)
{
	(void) fcinfo;
	PG_RETURN_TEXT_P(cstring_to_text(pd_lexicon_checksum()));
}
