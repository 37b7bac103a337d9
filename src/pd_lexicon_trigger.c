/*-------------------------------------------------------------------------
 *
 * pd_lexicon_trigger.c
 *	  parkdata.lexicon_changed(): the statement trigger of parkdata.lexicon
 *	  that tells every backend's lexicon cache (pd_lexicon.c) to reload.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_lexicon_trigger.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "commands/trigger.h"
#include "fmgr.h"
#include "utils/inval.h"

/*
 * pd_lexicon_changed - statement-level trigger on parkdata.lexicon: queue a
 * relcache invalidation, which every backend receives once the change
 * commits (and this one at its next command), so each rebuilds its lexicon
 * before the next use.
 */
PG_FUNCTION_INFO_V1(pd_lexicon_changed);
Datum
pd_lexicon_changed(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = (TriggerData *) fcinfo->context;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("parkdata.lexicon_changed() can only be called as a trigger"),
				 errhint("It is the statement trigger of parkdata.lexicon; change the lexicon with INSERT, UPDATE or DELETE on that table.")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	PG_RETURN_POINTER(NULL);
}
