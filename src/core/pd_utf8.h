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

/* pd_utf8_count - characters in s[0..len) (an invalid byte counts as one) */
static inline size_t
pd_utf8_count(const unsigned char *s, size_t len)
{
	size_t		i = 0,
				n = 0;
	uint32_t	c;

	while (i < len)
	{
		i += pd_utf8_next(s + i, len - i, &c);
		n++;
	}
	return n;
}

#endif							/* PD_UTF8_H */
