/*-------------------------------------------------------------------------
 *
 * pd_numeral_fast.c
 *	  Exact fast paths of the numeral parser for the commonest forms; the
 *	  full grammar decides everything they do not take.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral_fast.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral_int.h"

/*
 * pd_num_parse_fast - the commonest numerals in news, an Arabic mantissa with at
 * most one scale word: [-]digits[.digits][万|亿|%|‰], ASCII digits, thousands
 * separators (1,234.5), no white space, at most 64 digits.  Writes the canonical decimal and returns 1, or
 * returns 0 for anything else (the full grammar then decides).  The unit
 * tests check it against the full grammar.
 */
int
pd_num_parse_fast(const char *s, size_t len, char *out, size_t outlen)
{
	PdParser	ps;
	PdValue		v;
	size_t		i = 0,
				start,
				nint = 0,
				nfrac = 0,
				o = 0;
	int			neg = 0;
	int			group = 0,		/* digits since the last separator */
				commas = 0;

	if (len > 0 && s[0] == '-')
	{
		neg = 1;
		i = 1;
	}
	start = i;
	for (; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			nint++;
			group++;
		}
		else if (s[i] == ',' && nint > 0 && (commas > 0 ? group == 3 : group <= 3))
		{
			commas++;
			group = 0;
		}
		else
			break;
	}
	if (nint == 0 || (commas > 0 && group != 3))
		return 0;
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			nfrac++;
		if (nfrac == 0)
			return 0;
	}
	if (nint + nfrac > 64)
		return 0;

	/* the mantissa as one run term; the scale word, if any, is a shift */
	memset(&ps, 0, sizeof(ps));
	ps.s = (const unsigned char *) s;
	ps.len = len;
	ps.memo_p = SIZE_MAX;
	v.n = 1;
	v.shift = 0;
	v.t[0].exp = -(int64_t) nfrac;
	v.t[0].ndig = (int32_t) (nint + nfrac);
	v.t[0].src = (uint32_t) start;
	v.t[0].srclen = (uint32_t) (i - start);
	v.t[0].digit = 0;
	v.t[0].pos = start;
	if (i < len)
	{
		if (len - i == 3 && memcmp(s + i, "\xE4\xB8\x87", 3) == 0)	/* 万 */
			v.shift = 4;
		else if (len - i == 3 && memcmp(s + i, "\xE4\xBA\xBF", 3) == 0)	/* 亿 */
			v.shift = 8;
		else if (len - i == 1 && s[i] == '%')
			v.shift = -2;
		else if (len - i == 3 && memcmp(s + i, "\xE2\x80\xB0", 3) == 0)	/* ‰ */
			v.shift = -3;
		else
			return 0;
	}
	if (pd_num_render_size(&v) + 1 > outlen)
		return 0;
	if (neg)
		out[o++] = '-';
	if (!pd_num_render_value(&ps, &v, out, &o) && neg)
	{
		/* -0 is 0 */
		memmove(out, out + 1, o - 1);
		o--;
	}
	out[o] = '\0';
	return 1;
}
