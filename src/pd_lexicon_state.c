/*-------------------------------------------------------------------------
 *
 * pd_lexicon_state.c
 *	  The certificate that the lexicon's shipped rows are unchanged, so that
 *	  a backend reads only the users' rows (pd_lexicon.c).
 *
 * parkdata.lexicon_state holds one row: the count and the hash sum of the
 * lexicon's shipped rows (builtin), added up as the prebuilt image does
 * (pd_lexicon_row_hash), and a stamp of the objects that keep the row true.
 * Two triggers of parkdata.lexicon, both ENABLE ALWAYS (they fire under
 * session_replication_role = replica too: logical replication, pg_restore's
 * replica mode) keep it:
 *
 *	- lexicon_state_row, AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW, notes
 *	  in this backend that a statement wrote a shipped row (builtin true or
 *	  NULL, before or after);
 *	- lexicon_state, AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE FOR EACH
 *	  STATEMENT, which fires after the statement's row events: if a shipped
 *	  row was written, or the stamp is no longer the objects' (below), it
 *	  locks the state table against the other writers (SHARE ROW EXCLUSIVE,
 *	  until the transaction ends), reads the lexicon under a snapshot taken
 *	  after the lock, and writes the count, the sum and the stamp.  So the
 *	  last writer to commit saw every committed change and its own; a change
 *	  rolled back takes the row written with it.
 *
 * The stamp hashes what would let rows change without those triggers
 * firing: the lexicon's relfilenode (a rewrite: ALTER TABLE ... TYPE ...
 * USING, VACUUM FULL, TRUNCATE), the attribute numbers of word, source and
 * builtin (a column renamed or dropped), the partial index lexicon_users
 * (WHERE builtin IS NOT TRUE, which the backends read the users' rows
 * through) with its pg_index row, and each trigger's pg_trigger row and its
 * function's pg_proc row, by oid, xmin and ctid.  ALTER TABLE ... DISABLE
 * TRIGGER (pg_restore --disable-triggers among others), dropping or creating
 * a trigger again, CREATE OR REPLACE FUNCTION, or an UPDATE of pg_trigger by
 * hand write a new row version, so the stamp no longer matches and no
 * backend trusts the state until a statement on the lexicon has counted
 * the rows again.  The writer also checks that the triggers are as the
 * install made them (ALWAYS, the events, no WHEN, no column list, not
 * deferrable, the C functions of this module) and the index's predicate;
 * if not, it writes builtin_rows -1: no certificate.
 *
 * What it cannot see: a superuser writing parkdata.lexicon_state by hand, or
 * replacing the table's files or the image, which no check inside the
 * server could refuse either.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_lexicon_state.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/stratnum.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_am.h"
#include "catalog/pg_index.h"
#include "catalog/pg_language.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/primnodes.h"
#include "storage/lmgr.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "pd_node_table.h"
#include "pd_tsearch.h"

#define PD_STATE_TABLE "lexicon_state"
#define PD_USERS_INDEX "lexicon_users"
#define PD_ROW_TRIGGER "lexicon_state_row"
#define PD_STMT_TRIGGER "lexicon_state"

/* a statement of this backend wrote a shipped row since the last count */
static bool pd_state_touched = false;

/*
 * pd_rel_attnum - the number of rel's column name (not dropped), or
 * InvalidAttrNumber: get_attnum from the relation's descriptor, with no
 * syscache lookup
 */
AttrNumber
pd_rel_attnum(Relation rel, const char *name)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			i;

	for (i = 0; i < desc->natts; i++)
	{
		Form_pg_attribute a = TupleDescAttr(desc, i);

		if (!a->attisdropped && strcmp(NameStr(a->attname), name) == 0)
			return a->attnum;
	}
	return InvalidAttrNumber;
}

static inline uint64
pd_mix(uint64 h, uint64 v)
{
	int			i;

	for (i = 0; i < 8; i++, v >>= 8)
		h = (h ^ (v & 0xff)) * UINT64CONST(1099511628211);
	return h;
}

/* a catalog row's version: where it is and which transaction wrote it */
static inline uint64
pd_mix_tuple(uint64 h, HeapTuple tup)
{
	h = pd_mix(h, HeapTupleHeaderGetRawXmin(tup->t_data));
	h = pd_mix(h, ItemPointerGetBlockNumberNoCheck(&tup->t_self));
	return pd_mix(h, ItemPointerGetOffsetNumberNoCheck(&tup->t_self));
}

/* does text datum d (not NULL) equal s? */
static bool
pd_text_is(Datum d, const char *s)
{
	text	   *t = DatumGetTextPP(d);

	return VARSIZE_ANY_EXHDR(t) == strlen(s) && memcmp(VARDATA_ANY(t), s, strlen(s)) == 0;
}

/*
 * pd_stamp_function - mix in function fn's pg_proc row; if verify, false
 * unless it is the C function symbol of the module that holds self
 */
static bool
pd_stamp_function(uint64 *h, Oid fn, bool verify, Oid self, const char *symbol)
{
	HeapTuple	tup = SearchSysCache1(PROCOID, ObjectIdGetDatum(fn));
	bool		ok = true;

	if (!HeapTupleIsValid(tup))
		return false;
	*h = pd_mix_tuple(pd_mix(*h, fn), tup);
	if (verify)
	{
		Form_pg_proc p = (Form_pg_proc) GETSTRUCT(tup);
		HeapTuple	own = SearchSysCache1(PROCOID, ObjectIdGetDatum(self));
		bool		n1,
					n2,
					n3;
		Datum		src = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_prosrc, &n1);
		Datum		bin = SysCacheGetAttr(PROCOID, tup, Anum_pg_proc_probin, &n2);
		Datum		ownbin = HeapTupleIsValid(own) ?
			SysCacheGetAttr(PROCOID, own, Anum_pg_proc_probin, &n3) : (Datum) 0;

		ok = HeapTupleIsValid(own) && p->prolang == ClanguageId && !n1 && !n2 && !n3 &&
			pd_text_is(src, symbol) &&
			VARSIZE_ANY_EXHDR(DatumGetTextPP(bin)) == VARSIZE_ANY_EXHDR(DatumGetTextPP(ownbin)) &&
			memcmp(VARDATA_ANY(DatumGetTextPP(bin)), VARDATA_ANY(DatumGetTextPP(ownbin)),
				   VARSIZE_ANY_EXHDR(DatumGetTextPP(bin))) == 0;
		if (HeapTupleIsValid(own))
			ReleaseSysCache(own);
	}
	ReleaseSysCache(tup);
	return ok;
}

/* is trigger t what the install script created? */
static bool
pd_trigger_sound(HeapTuple tup, Relation trigrel, int16 type)
{
	Form_pg_trigger t = (Form_pg_trigger) GETSTRUCT(tup);
	bool		isnull;

	(void) heap_getattr(tup, Anum_pg_trigger_tgqual, RelationGetDescr(trigrel), &isnull);
	return isnull && t->tgenabled == TRIGGER_FIRES_ALWAYS && t->tgtype == type &&
		t->tgattr.dim1 == 0 && !OidIsValid(t->tgconstraint) && !t->tgdeferrable;
}

/*
 * pd_stamp_triggers - mix in the two triggers of lex that keep the state
 * and their functions; false if one is missing or, with verify, not as
 * the install made it
 */
static bool
pd_stamp_triggers(uint64 *h, Relation lex, bool verify, Oid self)
{
	Relation	trigrel = table_open(TriggerRelationId, AccessShareLock);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	Oid			fn[2] = {InvalidOid, InvalidOid};
	uint64		part[2] = {0, 0};
	bool		sound = true;
	int			i;

	ScanKeyInit(&key, Anum_pg_trigger_tgrelid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(RelationGetRelid(lex)));
	scan = systable_beginscan(trigrel, TriggerRelidNameIndexId, true, NULL, 1, &key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		Form_pg_trigger t = (Form_pg_trigger) GETSTRUCT(tup);
		int			which;

		if (strcmp(NameStr(t->tgname), PD_ROW_TRIGGER) == 0)
			which = 0;
		else if (strcmp(NameStr(t->tgname), PD_STMT_TRIGGER) == 0)
			which = 1;
		else
			continue;
		fn[which] = t->tgfoid;
		part[which] = pd_mix(pd_mix_tuple(pd_mix(UINT64CONST(14695981039346656037), t->oid), tup),
							 (uint64) (unsigned char) t->tgenabled);
		if (verify)
			sound &= pd_trigger_sound(tup, trigrel,
									  which == 0 ?
									  TRIGGER_TYPE_ROW | TRIGGER_TYPE_INSERT |
									  TRIGGER_TYPE_UPDATE | TRIGGER_TYPE_DELETE :
									  TRIGGER_TYPE_INSERT | TRIGGER_TYPE_UPDATE |
									  TRIGGER_TYPE_DELETE | TRIGGER_TYPE_TRUNCATE);
	}
	systable_endscan(scan);
	table_close(trigrel, AccessShareLock);
	for (i = 0; i < 2; i++)
	{
		if (!OidIsValid(fn[i]))
			return false;
		*h = pd_mix(*h, part[i]);
		sound &= pd_stamp_function(h, fn[i], verify, self,
								   i == 0 ? "pd_lexicon_state_row" : "pd_lexicon_state_statement");
	}
	return sound || !verify;
}

/* is the index's predicate "builtin IS NOT TRUE"? */
static bool
pd_users_predicate(Relation idx, AttrNumber builtin)
{
	List	   *pred = RelationGetIndexPredicate(idx);
	BooleanTest *bt;

	if (list_length(pred) != 1 || !IsA(linitial(pred), BooleanTest))
		return false;
	bt = (BooleanTest *) linitial(pred);
	return bt->booltesttype == IS_NOT_TRUE && IsA(bt->arg, Var) &&
		((Var *) bt->arg)->varattno == builtin;
}

/*
 * pd_stamp_index - mix in the pg_index row of index users; false if it is
 * missing, not of lex, or not valid, ready and live.  The row is read from
 * the catalog cache, not the relcache's copy (rd_indextuple): an index open
 * when its pg_index row is updated keeps its copy's ctid (relcache.c,
 * RelationReloadIndexInfo), as the update's own backend does when CREATE
 * INDEX found a broken HOT chain and set indcheckxmin, while a new backend
 * copies the row as it is now.
 */
static bool
pd_stamp_index(uint64 *h, Relation lex, Relation users)
{
	HeapTuple	tup = SearchSysCache1(INDEXRELID, ObjectIdGetDatum(RelationGetRelid(users)));
	Form_pg_index ix;
	bool		ok;

	if (!HeapTupleIsValid(tup))
		return false;
	ix = (Form_pg_index) GETSTRUCT(tup);
	ok = ix->indrelid == RelationGetRelid(lex) && ix->indisvalid && ix->indisready && ix->indislive;
	*h = pd_mix_tuple(pd_mix(*h, RelationGetRelid(users)), tup);
	ReleaseSysCache(tup);
	return ok;
}

/*
 * pd_lexicon_stamp - the stamp of lex's state (see the file's comment),
 * with users its index lexicon_users; 0 if a part is missing.  With verify
 * (the writer), *sound tells whether the triggers and the index are those
 * the install made; self is the running trigger function.
 */
static uint64
pd_lexicon_stamp(Relation lex, Relation users, bool verify, Oid self, bool *sound)
{
	Oid			relid = RelationGetRelid(lex);
	AttrNumber	word = pd_rel_attnum(lex, "word"),
				source = pd_rel_attnum(lex, "source"),
				builtin = pd_rel_attnum(lex, "builtin");
	uint64		h = UINT64CONST(14695981039346656037);

	*sound = false;
	if (word == InvalidAttrNumber || builtin == InvalidAttrNumber)
		return 0;
	h = pd_mix(pd_mix(h, relid), lex->rd_node.relNode);
	h = pd_mix(pd_mix(pd_mix(h, (uint64) word), (uint64) source), (uint64) builtin);
	if (!pd_stamp_index(&h, lex, users))
		return 0;
	*sound = pd_stamp_triggers(&h, lex, verify, self);
	if (verify && *sound)
		*sound = users->rd_rel->relam == BTREE_AM_OID && pd_users_predicate(users, builtin);
	return h ? h : 1;
}

/*
 * pd_state_read - the state row of relation staterel under snap: false
 * unless there is exactly one, of three bigint columns
 */
static bool
pd_state_read(Relation staterel, Snapshot snap, int64 *rows, uint64 *sum, uint64 *stamp,
			  ItemPointer tid, int *nrows)
{
	TupleDesc	desc = RelationGetDescr(staterel);
	TableScanDesc scan;
	HeapTuple	tup;
	int			n = 0,
				i;

	if (desc->natts != 3)
		return false;
	for (i = 0; i < 3; i++)
		if (TupleDescAttr(desc, i)->atttypid != INT8OID || TupleDescAttr(desc, i)->attisdropped)
			return false;
	scan = table_beginscan(staterel, snap, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Datum		v[3];
		bool		nulls[3];

		if (n++ > 0)
			continue;
		heap_deform_tuple(tup, desc, v, nulls);
		if (nulls[0] || nulls[1] || nulls[2])
			n++;				/* counts as not one row */
		else
		{
			*rows = DatumGetInt64(v[0]);
			*sum = (uint64) DatumGetInt64(v[1]);
			*stamp = (uint64) DatumGetInt64(v[2]);
			if (tid)
				*tid = tup->t_self;
		}
	}
	table_endscan(scan);
	if (nrows)
		*nrows = n;
	return n == 1;
}

/*
 * pd_lexicon_state_certifies - does parkdata.lexicon_state certify, under
 * snap, that the shipped rows of lex (parkdata.lexicon itself, opened by the
 * caller) count rows with hash sum rowsum (the image's)?  If so, returns the
 * index lexicon_users opened (AccessShareLock), which holds exactly the
 * rows whose builtin is not true; else NULL, and the caller reads every row.
 */
Relation
pd_lexicon_state_certifies(Relation lex, Snapshot snap, uint64 rows, uint64 rowsum)
{
	Oid			nsp = RelationGetNamespace(lex);
	Oid			stateid = get_relname_relid(PD_STATE_TABLE, nsp),
				usersid = get_relname_relid(PD_USERS_INDEX, nsp);
	Relation	staterel,
				users;
	int64		srows = -1;
	uint64		ssum = 0,
				sstamp = 0;
	bool		one,
				sound;

	/* a database not yet updated to 1.2 has neither */
	if (!OidIsValid(stateid) || !OidIsValid(usersid) ||
		get_rel_relkind(usersid) != RELKIND_INDEX)
		return NULL;
	staterel = table_open(stateid, AccessShareLock);
	one = pd_state_read(staterel, snap, &srows, &ssum, &sstamp, NULL, NULL);
	table_close(staterel, AccessShareLock);
	if (!one || srows < 0 || (uint64) srows != rows || ssum != rowsum)
		return NULL;
	users = index_open(usersid, AccessShareLock);
	if (pd_lexicon_stamp(lex, users, false, InvalidOid, &sound) != sstamp || !sound)
	{
		index_close(users, AccessShareLock);
		return NULL;
	}
	return users;
}

/*
 * pd_state_count - the count and hash sum of lex's shipped rows under snap,
 * as the image adds them up
 */
static void
pd_state_count(Relation lex, Snapshot snap, int64 *rows, uint64 *sum)
{
	AttrNumber	word = pd_rel_attnum(lex, "word"),
				source = pd_rel_attnum(lex, "source"),
				builtin = pd_rel_attnum(lex, "builtin");
	TupleDesc	desc = RelationGetDescr(lex);
	Datum	   *v = palloc(desc->natts * sizeof(Datum));
	bool	   *nulls = palloc(desc->natts * sizeof(bool));
	TableScanDesc scan = table_beginscan(lex, snap, 0, NULL);
	HeapTuple	tup;
	uint64		n = 0;

	*rows = 0;
	*sum = 0;
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		text	   *t;
		bool		syn;

		if ((++n & 1023) == 0)
			CHECK_FOR_INTERRUPTS();
		heap_deform_tuple(tup, desc, v, nulls);
		if (nulls[word - 1] || nulls[builtin - 1] || !DatumGetBool(v[builtin - 1]))
			continue;
		t = DatumGetTextPP(v[word - 1]);
		syn = source != InvalidAttrNumber &&
			pd_lexicon_synonym_only(v[source - 1], nulls[source - 1]);
		(*rows)++;
		*sum += pd_lexicon_row_hash(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), syn);
	}
	table_endscan(scan);
	pfree(v);
	pfree(nulls);
}

/*
 * pd_state_write - count lex's shipped rows afresh and write the state
 * row, stamped; builtin_rows -1 where the objects are not sound
 */
static void
pd_state_write(Relation lex, Relation staterel, Relation users, Oid self)
{
	Snapshot	snap;
	TupleDesc	desc = RelationGetDescr(staterel);
	int64		rows = -1,
				orows;
	uint64		sum = 0,
				stamp,
				osum,
				ostamp;
	bool		sound;
	ItemPointerData tid;
	int			n = 0;
	Datum		v[3];
	bool		nulls[3] = {false, false, false};
	HeapTuple	tup;

	/* see this statement's rows, and every writer that committed before */
	CommandCounterIncrement();
	snap = RegisterSnapshot(GetLatestSnapshot());
	stamp = pd_lexicon_stamp(lex, users, true, self, &sound);
	if (sound && stamp != 0)
		pd_state_count(lex, snap, &rows, &sum);
	(void) pd_state_read(staterel, snap, &orows, &osum, &ostamp, &tid, &n);
	/* written with the heap's own calls: no index may need an entry */
	if (desc->natts != 3 || RelationGetIndexList(staterel) != NIL)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("table parkdata.%s is not as parkdata created it", PD_STATE_TABLE),
				 errdetail("It must have its three bigint columns and no index."),
				 errhint("ALTER EXTENSION parkdata UPDATE cannot repair it: drop what was added to it.")));
	v[0] = Int64GetDatum(rows);
	v[1] = Int64GetDatum((int64) sum);
	v[2] = Int64GetDatum((int64) stamp);
	tup = heap_form_tuple(desc, v, nulls);
	/* one row: the first updated, any other deleted (nobody else writes) */
	if (n == 0)
		simple_heap_insert(staterel, tup);
	else
	{
		TableScanDesc scan = table_beginscan(staterel, snap, 0, NULL);
		HeapTuple	old;
		bool		first = true;

		while ((old = heap_getnext(scan, ForwardScanDirection)) != NULL)
		{
			if (first)
				simple_heap_update(staterel, &old->t_self, tup);
			else
				simple_heap_delete(staterel, &old->t_self);
			first = false;
		}
		table_endscan(scan);
	}
	heap_freetuple(tup);
	UnregisterSnapshot(snap);
	CommandCounterIncrement();
	/* the backends read the state with the lexicon: they rebuild */
	CacheInvalidateRelcache(lex);
}

/*
 * pd_lexicon_state_row - row trigger of parkdata.lexicon: note a shipped
 * row written (builtin true or NULL, before or after the change)
 */
PG_FUNCTION_INFO_V1(pd_lexicon_state_row);
Datum
pd_lexicon_state_row(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	TupleDesc	desc;
	int			att;
	bool		isnull;
	Datum		b;

	if (!CALLED_AS_TRIGGER(fcinfo) || !TRIGGER_FIRED_FOR_ROW(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("parkdata.lexicon_state_row() can only be called as a row trigger")));
	if (pd_state_touched)
		return PointerGetDatum(NULL);
	desc = RelationGetDescr(td->tg_relation);
	att = SPI_fnumber(desc, "builtin");
	if (att <= 0)
	{
		pd_state_touched = true;
		return PointerGetDatum(NULL);
	}
	b = heap_getattr(td->tg_trigtuple, att, desc, &isnull);
	if (isnull || DatumGetBool(b))
		pd_state_touched = true;
	else if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
	{
		b = heap_getattr(td->tg_newtuple, att, desc, &isnull);
		if (isnull || DatumGetBool(b))
			pd_state_touched = true;
	}
	return PointerGetDatum(NULL);
}

/*
 * pd_lexicon_state_statement - statement trigger of parkdata.lexicon: count
 * the shipped rows again if the statement wrote one or the stamp changed
 * (see the file's comment).  On another table, or where parkdata.lexicon
 * is a Citus reference table (its copies carry the triggers; the backends
 * read a copy without the certificate), it does nothing.
 */
PG_FUNCTION_INFO_V1(pd_lexicon_state_statement);
Datum
pd_lexicon_state_statement(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	lex,
				staterel,
				users;
	Oid			nsp,
				stateid,
				usersid,
				logical;
	int64		rows;
	uint64		sum,
				stamp;
	bool		sound;

	if (!CALLED_AS_TRIGGER(fcinfo) || TRIGGER_FIRED_FOR_ROW(td->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("parkdata.lexicon_state_statement() can only be called as a statement trigger")));
	lex = td->tg_relation;
	/* parkdata.lexicon itself, not a Citus table (whose copies it also runs on) */
	if (RelationGetRelid(lex) != pd_node_table("lexicon", &logical) ||
		RelationGetRelid(lex) != logical)
		return PointerGetDatum(NULL);
	nsp = RelationGetNamespace(lex);
	stateid = get_relname_relid(PD_STATE_TABLE, nsp);
	usersid = get_relname_relid(PD_USERS_INDEX, nsp);
	if (!OidIsValid(stateid) || !OidIsValid(usersid) || get_rel_relkind(usersid) != RELKIND_INDEX)
		return PointerGetDatum(NULL);
	users = index_open(usersid, AccessShareLock);
	if (!pd_state_touched)
	{
		/* nothing shipped written: is the state still stamped right? */
		bool		same;

		Snapshot	snap = RegisterSnapshot(GetLatestSnapshot());

		staterel = table_open(stateid, AccessShareLock);
		same = pd_state_read(staterel, snap, &rows, &sum, &stamp, NULL, NULL) &&
			stamp == pd_lexicon_stamp(lex, users, false, InvalidOid, &sound);
		table_close(staterel, AccessShareLock);
		UnregisterSnapshot(snap);
		if (same)
		{
			index_close(users, AccessShareLock);
			return PointerGetDatum(NULL);
		}
	}
	/* one writer at a time, until the transaction ends */
	staterel = table_open(stateid, ShareRowExclusiveLock);
	pd_state_write(lex, staterel, users, fcinfo->flinfo->fn_oid);
	pd_state_touched = false;
	table_close(staterel, NoLock);
	index_close(users, AccessShareLock);
	return PointerGetDatum(NULL);
}
