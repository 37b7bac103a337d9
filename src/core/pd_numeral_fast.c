/*-------------------------------------------------------------------------
 *
 * pd_numeral_fast.c
 *	  Exact fast paths of the numeral parser for the commonest forms; the
 *	  full grammar decides everything they do not take.
 *
 * Two forms cover most numerals in news and in numeric_to_cn's output:
 *
 *	- an Arabic mantissa with at most one scale word: 1030, 16.7万, 46.3%,
 *	  1,234.5 (fast_arabic);
 *	- a number written out the standard way in Chinese characters, plain or
 *	  financial, Simplified or Traditional: 三十六万四千一百六十五点九零五,
 *	  陆亿捌仟柒佰叁拾贰万柒仟叁佰叁拾玖, 一万二, 十六点七万 (fast_chinese).
 *
 * Both read the input once, left to right, with one table lookup per
 * character (pd_chars.h), and give up (return 0) at the first thing outside
 * their form; they never report an error, so that every error and its
 * position come from the full grammar alone.  What they accept they value
 * exactly as the full grammar does: integers below 10^17 in a uint64_t,
 * fractional digits copied as written, the decimal written out digit by
 * digit.  The unit tests compare both with the full grammar on random
 * inputs over the characters they read, and the fuzzer on arbitrary ones.
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

/* digits the fast paths hold, integer and fraction together */
#define FAST_MAX_DIGITS	64

/*
 * put_decimal - write the canonical decimal of the digits dig[0..n) (ASCII)
 * with the decimal point after the first `point` of them, negated if neg.
 *
 * point may be below 0 or above n (zeros are implied).  Leading integer
 * zeros and trailing fractional zeros are dropped, zero is "0" whatever its
 * sign.  Returns 0 if out (NUL included) is too small.
 */
static int
put_decimal(char *out, size_t outlen, int neg, const char *dig, int n, int point)
{
	int			i = 0,
				last = n,
				k,
				nonzero = 0;
	size_t		o = 0,
				need;

	while (i < n && i < point && dig[i] == '0')
		i++;
	while (last > i && last > point && dig[last - 1] == '0')
		last--;
	for (k = i; k < last; k++)
		nonzero |= dig[k] != '0';
	if (!nonzero)
	{
		if (outlen < 2)
			return 0;
		memcpy(out, "0", 2);
		return 1;
	}
	/* sign, integer digits (or "0"), point and fractional digits, NUL */
	need = (size_t) neg + (point > i ? (size_t) (point - i) : 1) +
		(last > point ? 1 + (size_t) (last - point) : 0) + 1;
	if (need > outlen)
		return 0;
	if (neg)
		out[o++] = '-';
	if (point <= i)
		out[o++] = '0';
	for (k = i; k < point; k++)
		out[o++] = k < n ? dig[k] : '0';
	if (last > point)
	{
		out[o++] = '.';
		for (k = point; k < last; k++)
			out[o++] = k < 0 ? '0' : dig[k];
	}
	out[o] = '\0';
	return 1;
}

/* the ASCII scale suffixes fast_arabic takes: 万 亿 ‰ */
#define UTF8_WAN	"\xE4\xB8\x87"
#define UTF8_YI		"\xE4\xBA\xBF"
#define UTF8_PERMIL	"\xE2\x80\xB0"

/*
 * fast_arabic - [-]digits[.digits][万|亿|%|‰]: ASCII digits, thousands
 * separators (1,234.5: groups of three after a first group of one to three),
 * no white space, at most FAST_MAX_DIGITS digits.
 */
static int
fast_arabic(const char *s, size_t len, char *out, size_t outlen)
{
	char		dig[FAST_MAX_DIGITS];
	size_t		i = 0;
	int			n = 0,
				nint,
				neg = 0,
				shift = 0,
				group = 0,		/* digits since the last separator */
				commas = 0;

	if (len > 0 && s[0] == '-')
	{
		neg = 1;
		i = 1;
	}
	for (; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			if (n == FAST_MAX_DIGITS)
				return 0;
			dig[n++] = s[i];
			group++;
		}
		else if (s[i] == ',' && n > 0 && (commas > 0 ? group == 3 : group <= 3))
		{
			commas++;
			group = 0;
		}
		else
			break;
	}
	nint = n;
	if (nint == 0 || (commas > 0 && group != 3))
		return 0;
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		{
			if (n == FAST_MAX_DIGITS)
				return 0;
			dig[n++] = s[i];
		}
		if (n == nint)
			return 0;
	}
	if (i < len)
	{
		if (len - i == 3 && memcmp(s + i, UTF8_WAN, 3) == 0)
			shift = 4;
		else if (len - i == 3 && memcmp(s + i, UTF8_YI, 3) == 0)
			shift = 8;
		else if (len - i == 1 && s[i] == '%')
			shift = -2;
		else if (len - i == 3 && memcmp(s + i, UTF8_PERMIL, 3) == 0)
			shift = -3;
		else
			return 0;
	}
	return put_decimal(out, outlen, neg, dig, n, nint + shift);
}

static const uint32_t pow10_u32[] = {1, 10, 100, 1000, 10000, 100000, 1000000,
10000000};

/*
 * The state of fast_chinese: the integer part is hi (the part before 亿,
 * multiplied out) + grp (the part before 万 since then, multiplied out) +
 * sec (the section being read, below 10^4).
 */
typedef struct FastCn
{
	uint64_t	hi;
	uint32_t	grp;
	uint32_t	sec;
	int			last_u;			/* units within a section strictly decrease */
	int			last_e;			/* exponent named by the last unit or myriads */
	int			pend;			/* pending digit, or -1 */
	int			colloq;			/* it came right after a unit or myriad */
	int			liang;			/* it is 两: a unit must follow */
	int			zero;			/* a filler 零 since the last unit */
	int			any;			/* a digit or unit was read */
	int			myriad;			/* the last token was 万 or 亿 */
	int			seen_wan;		/* 万 in the current 亿 group */
	int			seen_yi;
} FastCn;

/* is_liang - 两 兩 俩 倆: "two" before a unit only */
static inline int
is_liang(uint32_t c)
{
	return c == PD_CP_LIANG || c == PD_CP_LIANG_T || c == PD_CP_LIA || c == PD_CP_LIA_T;
}

/*
 * next_class - class and value of the character at s[*p..len), advancing
 * *p; *c gets the code point (pd_utf8_next: an overlong form such as
 * E0 80 B0 for "0" is invalid, class NONE)
 */
static inline PdNumClass
next_class(const unsigned char *s, size_t len, size_t *p, uint32_t *c, int *v)
{
	*p += pd_utf8_next(s + *p, len - *p, c);
	return pd_numeral_class(*c, v);
}

/*
 * cn_integer - one character of the integer part, class k, value v, code
 * point c.  Returns 0 where the input leaves the fast path's form.
 */
static int
cn_integer(FastCn *f, PdNumClass k, int v, uint32_t c)
{
	int			was_myriad = f->myriad;

	f->myriad = 0;
	switch (k)
	{
		case PD_NC_DIGIT:
			if (f->pend >= 0)
				return 0;		/* 二〇二一, 一百一二三: the full grammar */
			if (v == 0)
			{
				/* a filler: 一千零五; not 零 first, not twice */
				if (!f->any || f->zero)
					return 0;
				f->zero = 1;
				return 1;
			}
			f->pend = v;
			f->colloq = f->any && !f->zero;
			f->liang = v == 2 && is_liang(c);
			f->zero = 0;
			f->any = 1;
			return 1;
		case PD_NC_UNIT:
			if (v >= f->last_u)
				return 0;
			if (f->pend < 0)
			{
				/* the implicit one only at the start: 十五, 十万 */
				if (f->any || v != 1)
					return 0;
				f->pend = 1;
			}
			f->sec += (uint32_t) f->pend * pow10_u32[v];
			f->pend = -1;
			f->liang = 0;
			f->last_u = f->last_e = v;
			f->any = 1;
			return 1;
		case PD_NC_MYRIAD:
			if (f->zero || v > 8)
				return 0;
			if (f->pend >= 0)
			{
				/* a digit right after 百 千 万 亿 may not take a myriad */
				if (f->colloq && f->last_e != 1)
					return 0;
				f->sec += (uint32_t) f->pend;
				f->pend = -1;
				f->liang = 0;
			}
			if (v == 4)
			{
				if (f->seen_wan || f->sec == 0)
					return 0;
				f->grp = f->sec * 10000;
				f->seen_wan = 1;
			}
			else
			{
				if (f->seen_yi || f->grp + f->sec == 0)
					return 0;
				f->hi = (uint64_t) (f->grp + f->sec) * 100000000;
				f->grp = 0;
				f->seen_wan = 0;
				f->seen_yi = 1;
			}
			f->sec = 0;
			f->last_u = 4;
			/* 一万亿二: a chain names its sum, 二 is at 10^11 */
			f->last_e = was_myriad ? f->last_e + v : v;
			f->myriad = f->any = 1;
			return 1;
		default:
			return 0;
	}
}

/* cn_value - the integer read, a trailing digit placed; 0 if incomplete */
static int
cn_value(FastCn *f, uint64_t *value)
{
	uint64_t	v = f->hi + f->grp + f->sec;

	if (f->zero || f->liang || !f->any)
		return 0;
	if (f->pend >= 0)
	{
		/* 一万二 = 12000, 三千五, 一亿二: the next lower place */
		int			e = f->colloq ? f->last_e - 1 : 0;
		uint64_t	p = 1;

		while (e-- > 0)
			p *= 10;
		v += (uint64_t) f->pend * p;
	}
	*value = v;
	return 1;
}

/*
 * fast_chinese - [负]integer[点digits[万|亿]] in Chinese characters (the
 * point 点 點 or . ．), where
 * integer is sections of digits and strictly decreasing units 千百十 (十 alone
 * first), joined by at most one 万 per 亿 group and one 亿, with single 零
 * fillers and a colloquial last digit (一万二); fractional digits Chinese or
 * Arabic.  No white space, 两 only before a unit.
 */
static int
fast_chinese(const char *str, size_t len, char *out, size_t outlen)
{
	const unsigned char *s = (const unsigned char *) str;
	FastCn		f;
	char		dig[FAST_MAX_DIGITS];
	char		frac[FAST_MAX_DIGITS - 20];	/* 20: room for the integer */
	size_t		p = 0;
	int			neg = 0,
				in_frac = 0,
				nfrac = 0,
				nint = 0,
				shift = 0,
				v;
	uint32_t	c;
	uint64_t	value;

	memset(&f, 0, sizeof(f));
	f.pend = -1;
	f.last_u = 4;
	while (p < len)
	{
		PdNumClass	k = next_class(s, len, &p, &c, &v);

		if (in_frac)
		{
			/* fractional digits, then at most one myriad: 十六点七万 */
			if ((k == PD_NC_ADIGIT || (k == PD_NC_DIGIT && !(v == 2 && is_liang(c)))) &&
				nfrac < (int) sizeof(frac))
				frac[nfrac++] = (char) ('0' + v);
			else if (k == PD_NC_MYRIAD && nfrac > 0 && p == len && v <= 8 &&
					 !f.seen_wan && !f.seen_yi)
				shift = v;
			else
				return 0;
		}
		else if (k == PD_NC_POINT_CN || (k == PD_NC_POINT && f.any))
			in_frac = 1;		/* 九.四 reads as 九点四 */
		else if (k == PD_NC_SIGN && p == (c < 0x80 ? 1u : 3u) && v < 0)
			neg = 1;
		else if (!cn_integer(&f, k, v, c))
			return 0;
	}
	if ((in_frac && nfrac == 0) || !cn_value(&f, &value))
		return 0;
	for (; value > 0; value /= 10)
		dig[19 - nint++] = (char) ('0' + value % 10);
	memmove(dig, dig + 20 - nint, (size_t) nint);
	memcpy(dig + nint, frac, (size_t) nfrac);
	return put_decimal(out, outlen, neg, dig, nint + nfrac, nint + shift);
}

/*
 * pd_num_parse_fast - the value of s[0..len) in out if it has one of the
 * fast paths' forms (1), else 0 and the full grammar decides.
 */
int
pd_num_parse_fast(const char *s, size_t len, char *out, size_t outlen)
{
	if (len == 0)
		return 0;
	if ((unsigned char) s[0] >= 0x80)
		return fast_chinese(s, len, out, outlen);
	if (fast_arabic(s, len, out, outlen))
		return 1;
	return s[0] == '-' && fast_chinese(s, len, out, outlen);
}
