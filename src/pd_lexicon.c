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
 * The shipped rows (builtin) come compiled: $SHAREDIR/tsearch_data/
 * parkdata_lexicon.img, built with the extension (src/tools/gen_lexicon.c),
 * is mapped read-only (the page cache shares it between backends) and the
 * lexicon lies over it, so a backend compiles only the users' rows.  The
 * scan still reads every row, for the catalog and the checksum, and adds up
 * the shipped rows' hashes as the image did: if they differ (a shipped row
 * was changed or deleted, or the database has another version's rows), the
 * image is set aside and every row compiled, as without it.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_lexicon.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
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
	PdMetricCatalog *catalog;	/* the words that have a metric (pd_catalog.c), */
	PdCatalogLoad *load;		/* or the rows read for it, until first asked */
	int			pins;
	uint64		rows;			/* rows read (lexicon and catalog) */
	uint64		hashsum;		/* sum of their hashes (pd_row_hash) */
	const PdLexImage *image;	/* the shipped rows compiled, or NULL */
	uint64		image_rows;		/* shipped rows read, */
	uint64		image_sum;		/* and their pd_lexicon_row_hash sum */
	Oid			relid;			/* the relation read */
	bool		partial;		/* only the users' rows read (certified):
								 * rows, hashsum and load still to read */
};

static PdLexHandle *pd_lex_current = NULL;
static uint64 pd_lex_generation = 0;	/* bumped at every rebuild */
static bool pd_lex_valid = false;
static bool pd_lex_callback_registered = false;
static Oid	pd_lex_relid = InvalidOid;	/* the relation read */
static Oid	pd_lex_logical = InvalidOid;	/* parkdata.lexicon */
static Oid	pd_metric_relid = InvalidOid;	/* the relation the catalog is read from */
static Oid	pd_metric_logical = InvalidOid; /* parkdata.metric */
static const PdLexImage *pd_lex_image = NULL;
static bool pd_lex_image_tried = false;

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
 * pd_lexicon_image - the prebuilt image of the shipped rows, mapped on
 * first use; NULL if it is not installed, or was built with another word
 * list or ICU version (the backend then compiles every row).  A file that is
 * there but damaged is an ERROR.
 */
static const PdLexImage *
pd_lexicon_image(void)
{
	char		path[MAXPGPATH];
	int			fd;
	struct stat st;
	void	   *img = NULL;
	PdAllocator a;
	PdLexImageStatus status;
	const PdLexImageInfo *info;
	PdLexImage *im;
	UVersionInfo uv;
	char		icu[U_MAX_VERSION_STRING_LENGTH];

	if (pd_lex_image_tried)
		return pd_lex_image;
	pd_tsearch_data_path("parkdata_lexicon.img", path);
	fd = open(path, O_RDONLY | PG_BINARY, 0);
	if (fd < 0)
	{
		if (errno != ENOENT)
			ereport(ERROR,
					(errcode_for_file_access(),
					 errmsg("could not open the parkdata lexicon image \"%s\": %m", path)));
		elog(DEBUG1, "parkdata: no lexicon image \"%s\": every lexicon row is compiled", path);
		pd_lex_image_tried = true;
		return NULL;
	}
	if (fstat(fd, &st) != 0)
	{
		close(fd);
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not read the parkdata lexicon image \"%s\": %m", path)));
	}
	if (st.st_size > 0)
		img = mmap(NULL, (size_t) st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	close(fd);
	if (img == MAP_FAILED)
		ereport(ERROR,
				(errcode_for_file_access(),
				 errmsg("could not map the parkdata lexicon image \"%s\": %m", path)));
	pd_allocator_init(&a, TopMemoryContext);
	im = pd_lex_image_open(&a, img ? img : "", img ? (size_t) st.st_size : 0, &status);
	if (!im)
	{
		if (img)
			munmap(img, (size_t) st.st_size);
		ereport(ERROR,
				(errcode(status == PD_LEXIMG_NOMEM ? ERRCODE_OUT_OF_MEMORY : ERRCODE_DATA_CORRUPTED),
				 errmsg("the parkdata lexicon image \"%s\" is not a valid image", path),
				 errdetail("%s", pd_lex_image_error(status)),
				 errhint("Reinstall parkdata with the same build that runs the server (make install writes the image).")));
	}
	pd_lex_image_tried = true;
	info = pd_lex_image_info(im);
	u_getVersion(uv);
	u_versionToString(uv, icu);
	if (info->wordlist_words != (uint64) pd_words_count(pd_words_get()) ||
		strcmp(info->icu_version, icu) != 0)
	{
		elog(DEBUG1, "parkdata: the lexicon image \"%s\" was built with another word list or ICU %s (this is %s): every lexicon row is compiled",
			 path, info->icu_version, icu);
		return NULL;			/* stays mapped: small, and never read */
	}
	pd_lex_image = im;
	return pd_lex_image;
}

/*
 * pd_row_hash_more - pd_row_hash(s, len, s2, len2) from h = pd_row_hash(s,
 * len, NULL, 0)
 */
static inline uint64
pd_row_hash_more(uint64 h, const char *s2, size_t len2)
{
	size_t		i;

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
		/*
		 * over the image: from the users' words and the shipped words they
		 * begin or end, as from the shipped and the users' words afresh
		 */
		rc = h->image ? pd_lexicon_derive_over(h->lex, seg) :
			pd_lexicon_derive_names(h->lex, seg);
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
 * pd_lexicon_synonym_only - is the row one of source 'metric': a surface form of
 * an indicator that only names it for extract_metrics?  The segmenter does
 * not keep those whole: most are ordinary phrases (工业投资, 科研人员) that
 * every segmentation standard cuts, and keeping them whole cost 0.03 F1 on
 * the development set (test/data/seg) without helping search (the parts of a
 * phrase find it as well as its whole).  Rows of other sources (domain, user
 * ...) that have a metric stay words of the segmenter.
 */
bool
pd_lexicon_synonym_only(Datum source, bool isnull)
{
	text	   *t;

	if (isnull)
		return false;
	t = DatumGetTextPP(source);
	return VARSIZE_ANY_EXHDR(t) == 6 && memcmp(VARDATA_ANY(t), "metric", 6) == 0;
}

/* the columns of a lexicon row that the cache reads, in a deformed row */
typedef struct PdLexCols
{
	AttrNumber	word,
				metric,			/* InvalidAttrNumber: no such column */
				source,
				builtin;
	int			natts;			/* how many columns to deform */
} PdLexCols;

/* what pd_lexicon_row does with a row */
typedef enum PdRowUse
{
	PD_ROW_ALL,					/* words, catalog, checksum, image sums */
	PD_ROW_WORDS,				/* the words only (a user's row, certified) */
	PD_ROW_SUMS					/* the catalog and the checksum only */
} PdRowUse;

/*
 * pd_lexicon_row - one row read (values[]/nulls[] deformed): its word into
 * h->lex (not if of source 'metric': pd_lexicon_synonym_only; not if shipped
 * and h->image has it, whose hash sum it then adds to), its metric into the
 * catalog being loaded, and both into the checksum; use says which of these
 */
static void
pd_lexicon_row(PdLexHandle *h, const PdLexCols *c, Datum *values, bool *nulls,
			   PdCatalogLoad *load, PdRowUse use)
{
	text	   *t = DatumGetTextPP(values[c->word - 1]),
			   *mt = NULL;
	Datum		m = (Datum) 0;
	bool		synonym_only;
	uint64		hash;
	const char *w = VARDATA_ANY(t);
	size_t		wlen = VARSIZE_ANY_EXHDR(t);

	synonym_only = c->source != InvalidAttrNumber &&
		pd_lexicon_synonym_only(values[c->source - 1], nulls[c->source - 1]);
	if (c->metric != InvalidAttrNumber && use != PD_ROW_WORDS)
	{
		m = values[c->metric - 1];
		pd_catalog_load_row(load, values[c->word - 1], m, nulls[c->metric - 1]);
		if (!nulls[c->metric - 1])
			mt = DatumGetTextPP(m);
	}

	/*
	 * the checksum covers the word, its metric and whether the segmenter
	 * keeps it (lexicon_nodes()); the image's sum the word and the latter
	 */
	hash = pd_lexicon_row_hash(w, wlen, false);
	if (use == PD_ROW_SUMS)
		;
	else if (h->image && c->builtin != InvalidAttrNumber && !nulls[c->builtin - 1] &&
			 DatumGetBool(values[c->builtin - 1]))
	{
		h->image_rows++;
		h->image_sum += synonym_only ? ~hash : hash;
	}
	else if (!synonym_only && pd_lexicon_add(h->lex, w, wlen) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory loading parkdata.lexicon")));
	if (use != PD_ROW_WORDS)
	{
		h->rows++;
		if (mt)
			hash = pd_row_hash_more(hash, VARDATA_ANY(mt), VARSIZE_ANY_EXHDR(mt));
		h->hashsum += synonym_only ? ~hash : hash;
	}
	if ((Pointer) t != DatumGetPointer(values[c->word - 1]))
		pfree(t);
	if (mt && (Pointer) mt != DatumGetPointer(m))
		pfree(mt);
}

/*
 * pd_lexicon_scan_users - the rows of rel held by its index users (the rows
 * whose builtin is not true), their words only
 */
static void
pd_lexicon_scan_users(PdLexHandle *h, Relation rel, Relation users, Snapshot snap,
					  const PdLexCols *c)
{
	IndexScanDesc scan = index_beginscan(rel, users, snap, 0, 0);
	TupleTableSlot *slot = table_slot_create(rel, NULL);
	uint64		n = 0;

	index_rescan(scan, NULL, 0, NULL, 0);
	while (index_getnext_slot(scan, ForwardScanDirection, slot))
	{
		if ((++n & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		slot_getsomeattrs(slot, c->natts);
		if (!slot->tts_isnull[c->word - 1])
			pd_lexicon_row(h, c, slot->tts_values, slot->tts_isnull, NULL, PD_ROW_WORDS);
	}
	ExecDropSingleTupleTableSlot(slot);
	index_endscan(scan);
}

/*
 * pd_lexicon_read - the rows of relation relid (pd_lexicon_row, to the use
 * given); with certify, only the users' rows, if parkdata.lexicon_state
 * certifies that the shipped ones are the image's (pd_lexicon_state.c), and
 * false, reading nothing, if it does not
 *
 * The rows are read like a catalog's: under a snapshot taken now, after the
 * lock (which reads the invalidation queue), never under the transaction's
 * or a cursor's snapshot.  Rows read under an older snapshot would be cached
 * as current, and the invalidation that announced the change would already
 * be spent: the backend would keep the old lexicon for good (issue 11).  A
 * fresh snapshot still sees this transaction's own earlier changes.  The
 * table is scanned directly, not through SPI: no planner, and so no
 * extension's planner hook, runs inside a tokenization.  A heap (the table
 * always is, shards of Citus included) is read tuple by tuple, each deformed
 * once; another access method through slots.
 */
static bool
pd_lexicon_read(PdLexHandle *h, Oid relid, PdCatalogLoad *load, PdRowUse use, bool certify)
{
	Relation	rel;
	Snapshot	snap;
	TableScanDesc scan;
	PdLexCols	c;
	uint64		n = 0;

	rel = table_open(relid, AccessShareLock);
	c.word = pd_rel_attnum(rel, "word");
	if (c.word == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table \"%s\" has no column \"word\"",
						RelationGetRelationName(rel))));
	/* 1.1's column; a 1.0 database before its update has none */
	c.metric = pd_rel_attnum(rel, "metric");
	c.source = pd_rel_attnum(rel, "source");
	c.builtin = pd_rel_attnum(rel, "builtin");
	c.natts = Max(Max(c.word, c.metric), Max(c.source, c.builtin));
	snap = RegisterSnapshot(GetCatalogSnapshot(relid));
	if (certify)
	{
		const PdLexImageInfo *info = pd_lex_image_info(h->image);
		Relation	users = pd_lexicon_state_certifies(rel, snap, info->rows, info->rowsum);

		if (users)
		{
			pd_lexicon_scan_users(h, rel, users, snap, &c);
			index_close(users, AccessShareLock);
		}
		UnregisterSnapshot(snap);
		table_close(rel, AccessShareLock);
		return users != NULL;
	}
	scan = table_beginscan(rel, snap, 0, NULL);
	if (rel->rd_tableam == GetHeapamTableAmRoutine())
	{
		TupleDesc	desc = RelationGetDescr(rel);
		Datum	   *values = palloc(desc->natts * sizeof(Datum));
		bool	   *nulls = palloc(desc->natts * sizeof(bool));
		HeapTuple	tup;

		while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
		{
			if ((++n & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
			heap_deform_tuple(tup, desc, values, nulls);
			if (!nulls[c.word - 1])
				pd_lexicon_row(h, &c, values, nulls, load, use);
		}
		pfree(values);
		pfree(nulls);
	}
	else
	{
		TupleTableSlot *slot = table_slot_create(rel, NULL);

		while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
		{
			if ((++n & 1023) == 0)
				CHECK_FOR_INTERRUPTS();
			slot_getsomeattrs(slot, c.natts);
			if (!slot->tts_isnull[c.word - 1])
				pd_lexicon_row(h, &c, slot->tts_values, slot->tts_isnull, load, use);
		}
		ExecDropSingleTupleTableSlot(slot);
	}
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
	return true;
}

/*
 * pd_lexicon_load_catalog - begin loading the indicator catalog into h (its
 * codes and dimensions count in the checksum too)
 */
static PdCatalogLoad *
pd_lexicon_load_catalog(PdLexHandle *h, PdAllocator *a)
{
	PdCatalogLoad *load;

	pd_metric_relid = pd_catalog_source(&pd_metric_logical);
	load = pd_catalog_load_begin(a, pd_metric_relid);
	pd_catalog_load_sum(load, &h->rows, &h->hashsum);
	return load;
}

/*
 * pd_lexicon_build - a new handle with the words of this node's lexicon,
 * over the prebuilt image if use_image and it is installed; NULL if the
 * table's shipped rows turn out to differ from the image's.  Where
 * parkdata.lexicon_state certifies the shipped rows, only the users' rows
 * are read, and the rest (the catalog, the checksum) when first asked for
 * (pd_lexicon_complete).
 */
static PdLexHandle *
pd_lexicon_build(bool use_image)
{
	MemoryContext cxt;
	PdLexHandle *volatile h;
	PdAllocator a;
	volatile bool fits = true;
	MemoryContext old = CurrentMemoryContext;

	cxt = AllocSetContextCreate(TopMemoryContext, "parkdata lexicon",
								ALLOCSET_DEFAULT_SIZES);
	h = MemoryContextAllocZero(cxt, sizeof(PdLexHandle));
	h->cxt = cxt;
	pd_allocator_init(&a, cxt);

	PG_TRY();
	{
		PdCatalogLoad *load = NULL;

		MemoryContextSwitchTo(cxt);

		/* no table (yet): an empty lexicon */
		pd_lex_relid = pd_node_table("lexicon", &pd_lex_logical);
		h->relid = pd_lex_relid;
		h->image = use_image && OidIsValid(pd_lex_relid) ? pd_lexicon_image() : NULL;
		h->lex = h->image ? pd_lexicon_create_over(&a, h->image) : pd_lexicon_create(&a);
		/* the certificate is kept on the table itself, not on a Citus copy */
		if (h->image && pd_lex_relid == pd_lex_logical &&
			pd_lexicon_read(h, pd_lex_relid, NULL, PD_ROW_WORDS, true))
			h->partial = true;
		else
		{
			load = pd_lexicon_load_catalog(h, &a);
			if (OidIsValid(pd_lex_relid))
				(void) pd_lexicon_read(h, pd_lex_relid, load, PD_ROW_ALL, false);
			if (h->image && OidIsValid(pd_lex_relid))
			{
				const PdLexImageInfo *info = pd_lex_image_info(h->image);

				fits = h->image_rows == info->rows && h->image_sum == info->rowsum;
			}
		}
		/* the image holds the names derived from its words alone */
		if (OidIsValid(pd_lex_relid) && fits &&
			(!h->image || pd_lexicon_own_words(h->lex) > 0))
			pd_lexicon_add_names(h, &a);
		/* the catalog is finished when first asked for: to_tsvector never does */
		h->load = load;
		MemoryContextSwitchTo(old);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old);
		MemoryContextDelete(cxt);
		PG_RE_THROW();
	}
	PG_END_TRY();
	if (!fits)
	{
		elog(DEBUG1, "parkdata: the lexicon's shipped rows differ from the prebuilt image: every row is compiled");
		MemoryContextDelete(cxt);
		return NULL;
	}
	if (h->partial)
		elog(DEBUG1, "parkdata: lexicon over the prebuilt image, %zu words compiled here (shipped rows certified by lexicon_state: not read)",
			 pd_lexicon_own_words(h->lex));
	else if (h->image)
		elog(DEBUG1, "parkdata: lexicon over the prebuilt image, %zu words compiled here",
			 pd_lexicon_own_words(h->lex));
	return h;
}

/*
 * pd_lexicon_complete - read what a certified handle skipped: every row,
 * for the indicator catalog and the checksum (under a snapshot taken now:
 * a change committed since the handle was built is also about to
 * invalidate it)
 */
static void
pd_lexicon_complete(PdLexHandle *h)
{
	MemoryContext old;

	if (!h->partial)
		return;
	old = MemoryContextSwitchTo(h->cxt);
	PG_TRY();
	{
		PdAllocator a;

		h->rows = h->hashsum = 0;
		pd_allocator_init(&a, h->cxt);
		h->load = pd_lexicon_load_catalog(h, &a);
		(void) pd_lexicon_read(h, h->relid, h->load, PD_ROW_SUMS, false);
		h->partial = false;
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old);
		h->load = NULL;
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
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
			h = pd_lexicon_build(true);
			if (!h)
				h = pd_lexicon_build(false);
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

/*
 * pd_lexicon_catalog - the handle's indicator catalog, built from the rows
 * read with its lexicon on first use (no table is read here)
 */
const PdMetricCatalog *
pd_lexicon_catalog(PdLexHandle *h)
{
	PdCatalogLoad *load;
	MemoryContext old;

	if (h->catalog)
		return h->catalog;
	pd_lexicon_complete(h);
	load = h->load;
	/* an earlier attempt failed part way (cancel, out of memory) */
	if (!load)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("the indicator catalog of this parkdata lexicon version is not available"),
				 errhint("Run the statement again: the next one reads the lexicon afresh.")));
	h->load = NULL;
	old = MemoryContextSwitchTo(h->cxt);
	PG_TRY();
	{
		h->catalog = pd_catalog_load_end(load);
	}
	PG_CATCH();
	{
		MemoryContextSwitchTo(old);
		if (h == pd_lex_current)
			pd_lex_valid = false;
		PG_RE_THROW();
	}
	PG_END_TRY();
	MemoryContextSwitchTo(old);
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
	char	   *out;

	PG_TRY();
	{
		pd_lexicon_complete(h);
	}
	PG_CATCH();
	{
		pd_lexicon_release(h);
		PG_RE_THROW();
	}
	PG_END_TRY();
	out = psprintf(UINT64_FORMAT ":%016" INT64_MODIFIER "x", h->rows, h->hashsum);

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
