/*-------------------------------------------------------------------------
 *
 * parkdata.c
 *	  Module magic and helpers shared by the fmgr wrappers.
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

#include "parkdata.h"

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
