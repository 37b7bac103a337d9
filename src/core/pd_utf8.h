/*-------------------------------------------------------------------------
 *
 * pd_utf8.h
 *	  Strict UTF-8 decoding shared by the segmentation cores (no PostgreSQL
 *	  headers).
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

#include <stddef.h>
#include <stdint.h>

#define PD_UTF8_INVALID	0xFFFFFFFFu	/* what pd_utf8_next gives an invalid byte */

/*
 * pd_utf8_next - decode the character at s[0..len), len > 0.  Returns its
 * byte length (1 for an invalid byte, then *c = PD_UTF8_INVALID).
 */
static inline size_t
pd_utf8_next(const unsigned char *s, size_t len, uint32_t *c)
{
	unsigned char b = s[0];
	size_t		n,
				i;
	uint32_t	v;

	if (b < 0x80)
	{
		*c = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF)
	{
		n = 2;
		v = b & 0x1F;
	}
	else if (b >= 0xE0 && b <= 0xEF)
	{
		n = 3;
		v = b & 0x0F;
	}
	else if (b >= 0xF0 && b <= 0xF4)
	{
		n = 4;
		v = b & 0x07;
	}
	else
	{
		*c = PD_UTF8_INVALID;
		return 1;
	}
	if (n > len)
	{
		*c = PD_UTF8_INVALID;
		return 1;
	}
	for (i = 1; i < n; i++)
	{
		if ((s[i] & 0xC0) != 0x80)
		{
			*c = PD_UTF8_INVALID;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((n == 3 && v < 0x800) || (n == 4 && (v < 0x10000 || v > 0x10FFFF)) ||
		(v >= 0xD800 && v <= 0xDFFF))
	{
		*c = PD_UTF8_INVALID;
		return 1;
	}
	*c = v;
	return n;
}

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
