/*-------------------------------------------------------------------------
 *
 * parkdata.h
 *	  Declarations shared by parkdata's fmgr wrappers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/parkdata.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PARKDATA_H
#define PARKDATA_H

/* Raise FEATURE_NOT_SUPPORTED unless the database encoding is UTF-8. */
extern void pd_require_utf8(void);

#endif							/* PARKDATA_H */
