/*-------------------------------------------------------------------------
 *
 * pd_utf8.h
 *	  The UTF-8 decoder moved to pd_chars.h; this name stays until the
 *	  segmentation cores include pd_chars.h themselves.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_utf8.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_UTF8_H
#define PD_UTF8_H

#include "pd_chars.h"

#endif							/* PD_UTF8_H */
