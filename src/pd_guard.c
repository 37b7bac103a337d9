/*-------------------------------------------------------------------------
 *
 * pd_guard.c
 *	  parkdata.builtin_guard(): only the extension's own scripts may set
 *	  the builtin column.
 *
 * Rows shipped with the extension have builtin = true, and pg_dump keeps
 * only the rows WHERE NOT builtin (pg_extension_config_dump).  A role
 * granted INSERT that could write builtin = true would have its rows left
 * out of every dump; a role that could flip builtin on a shipped row would
 * have it dumped and restored twice.  This BEFORE ROW trigger, attached
 * WHEN (NEW.builtin) for INSERT and WHEN (OLD.builtin IS DISTINCT FROM
 * NEW.builtin) for UPDATE, refuses both unless CREATE EXTENSION parkdata or
 * ALTER EXTENSION parkdata UPDATE is running the statement.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_guard.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/extension.h"
#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

/*
 * in_own_script - is the parkdata extension's install or update script
 * running now?
 */
static bool
in_own_script(void)
{
	return creating_extension &&
		OidIsValid(CurrentExtensionObject) &&
		CurrentExtensionObject == get_extension_oid("parkdata", true);
}

PG_FUNCTION_INFO_V1(pd_builtin_guard);
Datum
pd_builtin_guard(PG_FUNCTION_ARGS)
{
	TriggerData *td = (TriggerData *) fcinfo->context;
	Relation	rel;

	if (!CALLED_AS_TRIGGER(fcinfo) ||
		!TRIGGER_FIRED_BEFORE(td->tg_event) ||
		!TRIGGER_FIRED_FOR_ROW(td->tg_event) ||
		!(TRIGGER_FIRED_BY_INSERT(td->tg_event) ||
		  TRIGGER_FIRED_BY_UPDATE(td->tg_event)))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("parkdata.builtin_guard() can only run as a BEFORE INSERT or UPDATE row trigger")));
	rel = td->tg_relation;
	if (!in_own_script())
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("only parkdata's own install and update scripts may set \"builtin\" in %s.%s",
						get_namespace_name(RelationGetNamespace(rel)),
						RelationGetRelationName(rel)),
				 errdetail("Rows with builtin = true are the extension's own and are left out of pg_dump."),
				 errhint("Leave builtin out of the INSERT (it defaults to false) and do not change it.")));
	if (TRIGGER_FIRED_BY_UPDATE(td->tg_event))
		return PointerGetDatum(td->tg_newtuple);
	return PointerGetDatum(td->tg_trigtuple);
}
