/*-------------------------------------------------------------------------
 *
 * pd_catalog.c
 *	  The indicator catalog in the lexicon cache: the rows of
 *	  parkdata.lexicon that have a metric, with that metric's
 *	  unit_dimension, compiled into the matcher of
 *	  src/core/pd_metric_catalog.c.
 *
 * The lexicon cache (pd_lexicon.c) reads its table once per backend and
 * version and hands each row's word and metric to pd_catalog_load_row();
 * pd_catalog_load_begin() has read parkdata.metric (code -> dimension) the
 * same way, under a fresh catalog snapshot with a direct scan (no SPI, no
 * planner inside a tokenization; see pd_lexicon_read).  The catalog thus
 * changes exactly when the lexicon does: the statement triggers of both
 * tables (lexicon_changed, metric_changed) invalidate the cache.
 *
 * Rows arrive in the table's physical order; they are sorted (by metric,
 * then word, bytewise) before they are added, so that of two forms that
 * fold alike the same one is kept in every backend.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_catalog.c
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
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "pd_catalog.h"
#include "pd_lexicon.h"
#include "pd_node_table.h"

typedef struct CatalogPair
{
	char	   *word;
	char	   *code;
	int			wlen;
	int			clen;
} CatalogPair;

typedef struct CatalogDim
{
	char	   *code;
	int			clen;
	int			dim;
} CatalogDim;

struct PdCatalogLoad
{
	PdAllocator alloc;
	CatalogDim *dims;			/* parkdata.metric, sorted by code */
	int			ndims;
	CatalogPair *pairs;
	int			npairs;
	int			maxpairs;
	uint64		rows;			/* parkdata.metric rows read */
	uint64		hashsum;		/* sum of their pd_row_hash (code, dimension) */
};

static int
bytes_cmp(const char *a, int alen, const char *b, int blen)
{
	int			c = memcmp(a, b, Min(alen, blen));

	return c != 0 ? c : alen - blen;
}

static int
dim_cmp(const void *a, const void *b)
{
	const CatalogDim *x = a,
			   *y = b;

	return bytes_cmp(x->code, x->clen, y->code, y->clen);
}

static int
pair_cmp(const void *a, const void *b)
{
	const CatalogPair *x = a,
			   *y = b;
	int			c = bytes_cmp(x->code, x->clen, y->code, y->clen);

	return c != 0 ? c : bytes_cmp(x->word, x->wlen, y->word, y->wlen);
}

/* text_copy - a palloc'd copy of a text datum's bytes (not NUL-terminated) */
static char *
text_copy(Datum d, int *len)
{
	text	   *t = DatumGetTextPP(d);
	char	   *s;

	*len = VARSIZE_ANY_EXHDR(t);
	s = palloc(*len + 1);
	memcpy(s, VARDATA_ANY(t), *len);
	s[*len] = '\0';
	if ((Pointer) t != DatumGetPointer(d))
		pfree(t);
	return s;
}

/*
 * pd_catalog_source - the relation holding this node's parkdata.metric (the
 * table, or on Citus this node's copy of the reference table), or
 * InvalidOid where it does not exist (a 1.0 database before its update,
 * before the extension's tables); *logical receives parkdata.metric's oid
 */
Oid
pd_catalog_source(Oid *logical)
{
	return pd_node_table("metric", logical);
}

/*
 * pd_catalog_load_begin - start a catalog: read parkdata.metric (relid,
 * InvalidOid where it does not exist) for the dimension of every code.
 * Allocates in CurrentMemoryContext (the cache's context).
 */
PdCatalogLoad *
pd_catalog_load_begin(const PdAllocator *a, Oid relid)
{
	PdCatalogLoad *l = palloc0(sizeof(PdCatalogLoad));
	Relation	rel;
	Snapshot	snap;
	TableScanDesc scan;
	TupleTableSlot *slot;
	AttrNumber	att_code,
				att_dim;
	int			max = 256;

	l->alloc = *a;
	l->maxpairs = 1024;
	l->pairs = palloc(l->maxpairs * sizeof(CatalogPair));
	if (!OidIsValid(relid))
		return l;
	rel = table_open(relid, AccessShareLock);
	att_code = get_attnum(relid, "code");
	att_dim = get_attnum(relid, "unit_dimension");
	if (att_code == InvalidAttrNumber || att_dim == InvalidAttrNumber)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("table \"%s\" lacks the columns \"code\" and \"unit_dimension\"",
						RelationGetRelationName(rel))));
	l->dims = palloc(max * sizeof(CatalogDim));
	snap = RegisterSnapshot(GetCatalogSnapshot(relid));
	scan = table_beginscan(rel, snap, 0, NULL);
	slot = table_slot_create(rel, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		bool		nc,
					nd;
		Datum		c = slot_getattr(slot, att_code, &nc);
		Datum		d = slot_getattr(slot, att_dim, &nd);
		CatalogDim *x;

		CHECK_FOR_INTERRUPTS();
		if (nc)
			continue;
		if (l->ndims == max)
		{
			max *= 2;
			l->dims = repalloc(l->dims, max * sizeof(CatalogDim));
		}
		x = &l->dims[l->ndims++];
		x->code = text_copy(c, &x->clen);
		x->dim = PD_DIM_OTHER;
		l->rows++;
		if (!nd)
		{
			int			dlen;
			char	   *dim = text_copy(d, &dlen);

			x->dim = pd_metric_dim_parse(dim, dlen);
			if (x->dim < 0)
				x->dim = PD_DIM_OTHER;	/* the table's CHECK allows none such */
			l->hashsum += pd_row_hash(x->code, x->clen, dim, dlen);
			pfree(dim);
		}
		else
			l->hashsum += pd_row_hash(x->code, x->clen, NULL, 0);
	}
	ExecDropSingleTupleTableSlot(slot);
	table_endscan(scan);
	UnregisterSnapshot(snap);
	table_close(rel, AccessShareLock);
	qsort(l->dims, l->ndims, sizeof(CatalogDim), dim_cmp);
	return l;
}

/*
 * pd_catalog_load_sum - add the rows of parkdata.metric read, and the sum of
 * their hashes, to a lexicon checksum (parkdata.lexicon_checksum())
 */
void
pd_catalog_load_sum(const PdCatalogLoad *l, uint64 *rows, uint64 *hashsum)
{
	*rows += l->rows;
	*hashsum += l->hashsum;
}

/* pd_catalog_load_row - one lexicon row: its word and metric (NULL: none) */
void
pd_catalog_load_row(PdCatalogLoad *l, Datum word, Datum metric, bool metric_null)
{
	CatalogPair *p;

	if (metric_null)
		return;
	if (l->npairs == l->maxpairs)
	{
		l->maxpairs *= 2;
		l->pairs = repalloc(l->pairs, l->maxpairs * sizeof(CatalogPair));
	}
	p = &l->pairs[l->npairs++];
	p->word = text_copy(word, &p->wlen);
	p->code = text_copy(metric, &p->clen);
}

/*
 * pd_catalog_load_end - the catalog of the rows seen (the temporary copies
 * are freed; the catalog lives in the allocator's context)
 */
PdMetricCatalog *
pd_catalog_load_end(PdCatalogLoad *l)
{
	PdMetricCatalog *cat = pd_metric_catalog_create(&l->alloc);
	int			i;

	if (cat == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory loading the indicator catalog")));
	qsort(l->pairs, l->npairs, sizeof(CatalogPair), pair_cmp);
	for (i = 0; i < l->npairs; i++)
	{
		CatalogPair *p = &l->pairs[i];
		CatalogDim	key = {p->code, p->clen, 0};
		CatalogDim *d = l->ndims ? bsearch(&key, l->dims, l->ndims, sizeof(CatalogDim), dim_cmp) : NULL;

		if ((i & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		if (pd_metric_catalog_add(cat, p->word, p->wlen, p->code, p->clen,
								  d ? (PdUnitDim) d->dim : PD_DIM_OTHER) == PD_CATALOG_NOMEM)
			ereport(ERROR,
					(errcode(ERRCODE_OUT_OF_MEMORY),
					 errmsg("out of memory loading the indicator catalog")));
		pfree(p->word);
		pfree(p->code);
	}
	for (i = 0; i < l->ndims; i++)
		pfree(l->dims[i].code);
	if (l->dims)
		pfree(l->dims);
	pfree(l->pairs);
	pfree(l);
	return cat;
}

/*
 * indicator_metric(indicator text, unit text, kind text) returns text: the
 * code the catalog gives a figure whose indicator, unit and kind these are
 * (what extract_metrics does with each figure), for users who add
 * synonyms and want to see them at work before reextract().
 */
PG_FUNCTION_INFO_V1(pd_indicator_metric);
Datum
pd_indicator_metric(PG_FUNCTION_ARGS)
{
	text	   *ind;
	char	   *volatile unit = NULL;
	char	   *kind_name;
	PdMetricKind kind;
	PdLexHandle *h;
	text	   *volatile result = NULL;

	if (PG_ARGISNULL(0) || PG_ARGISNULL(2))
		PG_RETURN_NULL();
	ind = PG_GETARG_TEXT_PP(0);
	if (!PG_ARGISNULL(1))
		unit = text_to_cstring(PG_GETARG_TEXT_PP(1));
	kind_name = text_to_cstring(PG_GETARG_TEXT_PP(2));
	/* the kinds' SQL spellings are extract_metrics' (pd_metric_kind_name) */
	for (kind = PD_KIND_LEVEL; kind <= PD_KIND_SHARE; kind++)
		if (strcmp(kind_name, pd_metric_kind_name(kind)) == 0)
			break;
	if (kind > PD_KIND_SHARE)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid kind of figure: \"%s\"", kind_name),
				 errhint("A kind is level, change, growth_rate or share.")));
	h = pd_lexicon_acquire();
	PG_TRY();
	{
		const char *code = pd_metric_catalog_find(pd_lexicon_catalog(h), VARDATA_ANY(ind),
									  VARSIZE_ANY_EXHDR(ind), unit, kind);
		if (code)
			result = cstring_to_text(code);
	}
	PG_FINALLY();
	{
		pd_lexicon_release(h);
	}
	PG_END_TRY();
	if (result == NULL)
		PG_RETURN_NULL();
	PG_RETURN_TEXT_P(result);
}
