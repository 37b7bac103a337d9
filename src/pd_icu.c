/*-------------------------------------------------------------------------
 *
 * pd_icu.c
 *	  The per-backend ICU word break iterator cache, the segmenter's error
 *	  reports and parkdata.icu_version().
 *
 * One template word break iterator is opened per backend, lazily; a parse
 * borrows the backend's spare clone (or clones the template when the spare
 * is busy, as in a nested parse) and gives it back when it ends.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_icu.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <unicode/uversion.h>

#include "fmgr.h"
#include "utils/builtins.h"

#include "pd_tsearch.h"

void
pd_segment_error(int rc, UErrorCode status)
{
	if (rc == PD_SEG_NOMEM)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory in the Chinese segmenter")));
	ereport(ERROR,
			(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
			 errmsg("ICU word segmentation failed: %s", u_errorName(status))));
}

static UBreakIterator *pd_bi_template = NULL;
static UBreakIterator *pd_bi_spare = NULL;

UBreakIterator *
pd_iterator_acquire(void)
{
	UErrorCode	status = U_ZERO_ERROR;
	UBreakIterator *bi;

	if (pd_bi_spare)
	{
		bi = pd_bi_spare;
		pd_bi_spare = NULL;
		return bi;
	}
	if (!pd_bi_template)
	{
		pd_bi_template = pd_seg_open_template(&status);
		if (U_FAILURE(status) || !pd_bi_template)
		{
			pd_bi_template = NULL;
			ereport(ERROR,
					(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
					 errmsg("could not open the ICU word break iterator: %s",
							u_errorName(status))));
		}
	}
	bi = ubrk_clone(pd_bi_template, &status);
	if (U_FAILURE(status) || !bi)
		ereport(ERROR,
				(errcode(ERRCODE_EXTERNAL_ROUTINE_EXCEPTION),
				 errmsg("could not clone the ICU word break iterator: %s",
						u_errorName(status))));
	return bi;
}

void
pd_iterator_release(UBreakIterator *bi)
{
	if (!bi)
		return;
	if (!pd_bi_spare)
		pd_bi_spare = bi;
	else
		ubrk_close(bi);
}

/*
 * pd_icu_version - the ICU version that segments (the one the server loads,
 * of the major version parkdata was built against)
 */
PG_FUNCTION_INFO_V1(pd_icu_version);
Datum
pd_icu_version(PG_FUNCTION_ARGS)
{
	UVersionInfo v;
	char		buf[U_MAX_VERSION_STRING_LENGTH];

	(void) fcinfo;
	u_getVersion(v);
	u_versionToString(v, buf);
	PG_RETURN_TEXT_P(cstring_to_text(buf));
}
