/*-------------------------------------------------------------------------
 *
 * pd_comments.c
 *	  Column comments written once: a view column that is a plain reference
 *	  to a column of a table (or of another view) takes that column's
 *	  comment, so the description BI tools show is the same in every layer.
 *
 *	  The install script and the upgrade script call
 *	  pd_copy_view_comments() once, through a function they create and drop
 *	  again; the tests read pd_view_column_sources().  Neither is part of the
 *	  extension's SQL interface.
 *
 *	  Which column a view column is a plain reference to is what the parser
 *	  records for every output column of a query (resorigtbl/resorigcol, the
 *	  table and column the protocol's RowDescription reports): a Var,
 *	  followed through joins, subqueries and CTEs.  Anything computed has
 *	  none and keeps the comment written for it.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_comments.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/pg_class.h"
#include "commands/comment.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "rewrite/rewriteHandler.h"
#include "utils/acl.h"
#include "utils/rel.h"

/*
 * view_query - the query of a view, after checking that relid is one; the
 * Query belongs to the relcache entry, so the caller keeps the relation
 * open while it reads it.
 */
static Query *
view_query(Relation rel)
{
	if (rel->rd_rel->relkind != RELKIND_VIEW)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("\"%s\" is not a view", RelationGetRelationName(rel))));
	return get_view_query(rel);
}

/*
 * pd_view_column_sources - one row per column of a view: its number, and the
 * table (or view) and column it is a plain reference to, NULL if computed.
 */
PG_FUNCTION_INFO_V1(pd_view_column_sources);
Datum
pd_view_column_sources(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Relation	rel;
	Query	   *query;
	ListCell   *lc;

	InitMaterializedSRF(fcinfo, 0);
	rel = relation_open(PG_GETARG_OID(0), AccessShareLock);
	query = view_query(rel);
	foreach(lc, query->targetList)
	{
		TargetEntry *tle = lfirst_node(TargetEntry, lc);
		Datum		values[3];
		bool		nulls[3] = {false, false, false};

		if (tle->resjunk)
			continue;
		values[0] = Int16GetDatum(tle->resno);
		values[1] = ObjectIdGetDatum(tle->resorigtbl);
		values[2] = Int16GetDatum(tle->resorigcol);
		nulls[1] = nulls[2] = !OidIsValid(tle->resorigtbl);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}
	relation_close(rel, AccessShareLock);
	return (Datum) 0;
}

/*
 * copy_view - give each plain-reference column of one view its source's
 * comment: where it has none, or, with replace, wherever it differs.
 * Returns the number of comments written.
 */
static int
copy_view(Oid viewid, bool replace)
{
	Relation	rel = relation_open(viewid, AccessShareLock);
	Query	   *query = view_query(rel);
	ListCell   *lc;
	int			written = 0;

#if PG_VERSION_NUM >= 160000
	if (!object_ownercheck(RelationRelationId, viewid, GetUserId()))
#else
	if (!pg_class_ownercheck(viewid, GetUserId()))
#endif
		aclcheck_error(ACLCHECK_NOT_OWNER, OBJECT_VIEW, RelationGetRelationName(rel));
	foreach(lc, query->targetList)
	{
		TargetEntry *tle = lfirst_node(TargetEntry, lc);
		char	   *source;
		char	   *own;

		if (tle->resjunk || !OidIsValid(tle->resorigtbl))
			continue;
		source = GetComment(tle->resorigtbl, RelationRelationId, tle->resorigcol);
		if (source == NULL)
			continue;
		own = GetComment(viewid, RelationRelationId, tle->resno);
		if (own != NULL && (!replace || strcmp(own, source) == 0))
			continue;
		CreateComments(viewid, RelationRelationId, tle->resno, source);
		written++;
	}
	relation_close(rel, AccessShareLock);
	return written;
}

/*
 * pd_copy_view_comments - copy_view over every view of a schema until
 * nothing changes (a view over a view takes its source's comment once that
 * one has it).  Returns the number of comments written.
 */
PG_FUNCTION_INFO_V1(pd_copy_view_comments);
Datum
pd_copy_view_comments(PG_FUNCTION_ARGS)
{
	Oid			nspid = PG_GETARG_OID(0);
	bool		replace = PG_GETARG_BOOL(1);
	List	   *views = NIL;
	int			total = 0;
	int			round;
	Relation	pg_class;
	TableScanDesc scan;
	HeapTuple	tup;

	pg_class = table_open(RelationRelationId, AccessShareLock);
	scan = table_beginscan_catalog(pg_class, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_class form = (Form_pg_class) GETSTRUCT(tup);

		if (form->relnamespace == nspid && form->relkind == RELKIND_VIEW)
			views = lappend_oid(views, form->oid);
	}
	table_endscan(scan);
	table_close(pg_class, AccessShareLock);

	/* each round settles at least one more level of views over views */
	for (round = 0; round <= list_length(views); round++)
	{
		ListCell   *lc;
		int			written = 0;

		foreach(lc, views)
		{
			CHECK_FOR_INTERRUPTS();
			written += copy_view(lfirst_oid(lc), replace);
		}
		if (written == 0)
			break;
		total += written;
		CommandCounterIncrement();
	}
	PG_RETURN_INT32(total);
}
