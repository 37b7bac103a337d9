/*-------------------------------------------------------------------------
 *
 * pd_node_table.c
 *	  Which relation holds this node's rows of one of parkdata's tables:
 *	  parkdata.<name> itself, or, where parkdata.distribute() made it a Citus
 *	  reference table, this node's placement of it (parkdata.<name>_<shardid>).
 *
 * On Citus every node keeps a full copy of a reference table, kept in step
 * by Citus's two-phase commit, and the copies carry the table's triggers
 * (the lexicon's invalidates the caches on every node).  Per-backend caches
 * (the lexicon, the metric catalog) read the local copy directly: a query
 * on the table itself would be a distributed query, which Citus refuses
 * inside a shard task (and which would send every rebuild over the
 * network).  The placement is found in Citus's metadata tables, which are
 * plain local catalogs on every node.  Nothing here depends on Citus at
 * build time.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_node_table.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "pd_node_table.h"

/*
 * citus_local_shard - the shard id of this node's placement of relid if
 * relid is a Citus table (0 if this node has none), or -1 if relid is not a
 * Citus table.  Reads the metadata under the snapshot the caller set.
 */
static int64
citus_local_shard(Oid relid)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		values[1];
	int64		shard = -1;

	values[0] = ObjectIdGetDatum(relid);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* one row if relid is a Citus table: the local shard, or NULL */
	if (SPI_execute_with_args("SELECT (SELECT pg_catalog.min(p.shardid) FROM pg_catalog.pg_dist_placement p JOIN pg_catalog.pg_dist_shard s USING (shardid) JOIN pg_catalog.pg_dist_local_group g USING (groupid) WHERE s.logicalrelid OPERATOR(pg_catalog.=) $1) WHERE EXISTS (SELECT FROM pg_catalog.pg_dist_partition d WHERE d.logicalrelid OPERATOR(pg_catalog.=) $1)",
							  1, argtypes, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "could not read the Citus metadata of a parkdata table");
	if (SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc,
									  1, &isnull);

		shard = isnull ? 0 : DatumGetInt64(d);
	}
	SPI_finish();
	return shard;
}

/*
 * pd_node_table - the relation to read this node's rows of parkdata.<name>
 * from, or InvalidOid before parkdata's tables exist; *logical is set to
 * parkdata.<name>'s oid (watch both in a relcache callback: Citus's metadata
 * changes invalidate the logical table).  Errors if the table is a Citus
 * table with no copy on this node.
 */
Oid
pd_node_table(const char *name, Oid *logical)
{
	Oid			nsp = get_namespace_oid("parkdata", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(name, nsp) : InvalidOid;
	volatile int64 shard = 0;	/* set inside PG_TRY */
	char		shardname[NAMEDATALEN];
	Oid			placement;

	*logical = relid;
	if (!OidIsValid(relid) || !OidIsValid(get_extension_oid("citus", true)))
		return relid;

	PushActiveSnapshot(GetCatalogSnapshot(relid));
	PG_TRY();
	{
		shard = citus_local_shard(relid);
	}
	PG_FINALLY();
	{
		PopActiveSnapshot();
	}
	PG_END_TRY();

	if (shard < 0)
		return relid;			/* not distributed: the table itself */
	if (shard == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("this node has no copy of the reference table parkdata.%s", name),
				 errdetail("Text search and extraction read parkdata's reference tables from the node's own copy."),
				 errhint("On the coordinator, run SELECT replicate_reference_tables(); (a node added with citus_add_node gets its copies then, or at the next rebalance).")));
	snprintf(shardname, sizeof(shardname), "%s_" INT64_FORMAT, name, shard);
	placement = get_relname_relid(shardname, nsp);
	if (!OidIsValid(placement))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("the copy of parkdata.%s on this node, parkdata.%s, does not exist", name, shardname)));
	return placement;
}
