/*-------------------------------------------------------------------------
 *
 * pd_parts.c
 *	  The parts of a number token, indexed at its position so that a search
 *	  finds the whole and each part (see pd_parts.h).
 *
 * A number token is [sign] [百分之] NUMBER [SCALE] [UNIT], where NUMBER is
 * written with Arabic digits (16.7, 1,200) or Han numerals (二〇〇一,
 * 三十一), SCALE is a run of scale words after Arabic digits (万, 亿, 万亿)
 * and UNIT what the segmenter groups with a number (年 月 日 号 时 分 秒
 * 月份 年份 年度 % ‰ 元).  Its parts:
 *
 *	  16.7万元   16.7万  16.7  167000  万元  元
 *	  2009年     2009  年
 *	  3月份      3月  3  月份  月
 *	  2021年度   2021年  2021  年度  年
 *	  1,200      1200
 *	  二〇〇一年  二〇〇一  年  | 2001年  2001
 *	  百分之五十  百分之  五十  | 50%  50
 *
 * The parts of a token include the parts of every part, so a query for a
 * part (itself cut into its own parts, all required) finds the token.
 * Spellings with Arabic digits of a Han number (after the bar above) are a
 * second variant: a query for 二〇〇一年 asks for either spelling, and a
 * document writing either is found.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_parts.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral.h"
#include "pd_parts.h"
#include "pd_seg_int.h"

/* UTF-8 of the characters read here */
#define U8_PERCENT_PREFIX	"\xe7\x99\xbe\xe5\x88\x86\xe4\xb9\x8b"	/* 百分之 */
#define U8_PERMILLE_PREFIX	"\xe5\x8d\x83\xe5\x88\x86\xe4\xb9\x8b"	/* 千分之 */
#define U8_NIAN				"\xe5\xb9\xb4"	/* 年 */
#define U8_YUE				"\xe6\x9c\x88"	/* 月 */

/* longest value written as a part, in bytes */
#define VALUE_MAX	40

typedef struct PartsOut
{
	PdPart	   *parts;
	int			n,
				max;
	char	   *buf;			/* room for generated spellings */
	size_t		used,
				cap;
	const char *w;				/* the token */
	size_t		wlen;
} PartsOut;

/* add - record part s[0..len) unless it is empty, the token or known */
static void
add(PartsOut *o, const char *s, size_t len, int alt)
{
	int			i;

	if (len == 0 || (len == o->wlen && memcmp(s, o->w, len) == 0) || o->n >= o->max)
		return;
	for (i = 0; i < o->n; i++)
		if ((size_t) o->parts[i].len == len && o->parts[i].alt == alt &&
			memcmp(o->parts[i].s, s, len) == 0)
			return;
	o->parts[o->n].s = s;
	o->parts[o->n].len = (int32_t) len;
	o->parts[o->n].alt = alt;
	o->n++;
}

/* add_made - record the concatenation a + b as a part, copied into o->buf */
static void
add_made(PartsOut *o, const char *a, size_t alen, const char *b, size_t blen, int alt)
{
	char	   *d;

	if (alen + blen == 0 || o->used + alen + blen > o->cap)
		return;
	d = o->buf + o->used;
	memcpy(d, a, alen);
	memcpy(d + alen, b, blen);
	o->used += alen + blen;
	add(o, d, alen + blen, alt);
}

/*
 * value_of - the value of numeral s[0..len) as a plain decimal into out
 * (NUL-terminated); its length, 0 if it has none that fits or is not one
 */
static size_t
value_of(const char *s, size_t len, char *out)
{
	size_t		errpos;

	if (pd_numeral_parse(s, len, out, VALUE_MAX + 1, &errpos) != PD_NUM_OK ||
		strchr(out, '/') || strchr(out, '+'))
		return 0;
	return strlen(out);
}

/* is_scale_char - a scale word (十 百 千 万 亿 兆) at s[0..len)? */
static int
is_scale_char(const unsigned char *s, size_t len)
{
	uint32_t	c;

	return len >= 3 && pd_utf8_next(s, len, &c) == 3 && pd_plain_scale(c) > 0;
}

/*
 * arabic_parts - parts of a token whose number is written with Arabic
 * digits: w[p..q) the number, [q..r) its scale words, [r..len) its unit
 */
static void
arabic_parts(PartsOut *o, size_t p, size_t q, size_t r)
{
	const char *w = o->w;
	size_t		len = o->wlen,
				i,
				np = 0;
	char		plain[64];

	add(o, w + p, q - p, 0);
	/* 1,200: also 1200 */
	for (i = p; i < q && np < sizeof(plain); i++)
		if (w[i] != ',')
			plain[np++] = w[i];
	if (np < q - p && i == q)
		add_made(o, plain, np, "", 0, 0);
	if (r > q)
	{
		char		val[VALUE_MAX + 1];
		size_t		vl;

		if (r < len)
			add(o, w + p, r - p, 0);	/* 16.7万 of 16.7万元 */
		vl = value_of(w + p, r - p, val);
		if (vl > 0)
			add_made(o, val, vl, "", 0, 0);	/* 167000 */
	}
	if (r < len)
	{
		/* a unit on its own, unless a symbol no query can hold (% ‰) */
		if (w[r] != '%' && !(len - r >= 3 && memcmp(w + r, "\xe2\x80\xb0", 3) == 0))
			add(o, w + r, len - r, 0);	/* 元, 年, 月份 */
		if (r > q)
			add(o, w + q, len - q, 0);	/* 万元 */
		/* 3月份, 2021年度: also 3月 and 月, 2021年 and 年 */
		if (len - r == 6 && (memcmp(w + r, U8_NIAN, 3) == 0 || memcmp(w + r, U8_YUE, 3) == 0))
		{
			add(o, w + p, r + 3 - p, 0);
			add(o, w + r, 3, 0);
		}
	}
}

/*
 * han_parts - parts of a token whose number is in Han numerals: w[p..q)
 * the number, [q..len) its unit; pct: the token began with 百分之 (1) or
 * 千分之 (2)
 */
static void
han_parts(PartsOut *o, size_t p, size_t q, int pct)
{
	const char *w = o->w;
	size_t		len = o->wlen,
				vl;
	char		val[VALUE_MAX + 1];

	vl = value_of(w + p, q - p, val);
	if (vl == 0 && pct)
		return;
	add(o, w + p, q - p, 0);
	if (q < len)
		add(o, w + q, len - q, 0);
	if (vl == 0)
		return;
	/* the spelling with Arabic digits and its parts: a second variant */
	if (pct)
		add_made(o, val, vl, pct == 1 ? "%" : "\xe2\x80\xb0", pct == 1 ? 1 : 3, 1);
	else if (q < len)
		add_made(o, val, vl, w + q, len - q, 1);
	add_made(o, val, vl, "", 0, 1);
	if (q < len && !pct)
		add(o, w + q, len - q, 1);
}

int
pd_number_parts(const char *w, size_t len, char *buf, size_t buflen,
				PdPart *parts, int max)
{
	const unsigned char *u = (const unsigned char *) w;
	PartsOut	o;
	size_t		p = 0,
				ul;
	int			pct = 0;

	o.parts = parts;
	o.n = 0;
	o.max = max;
	o.buf = buf;
	o.used = 0;
	o.cap = buflen;
	o.w = w;
	o.wlen = len;
	if (len == 0 || len > 256)
		return 0;

	/* a sign, or the percent words 百分之 and 千分之 */
	if (u[0] == '-')
		p = 1;
	else if (len > 3 && memcmp(w, "\xe2\x88\x92", 3) == 0)	/* − */
		p = 3;
	else if (len > 9 && (memcmp(w, U8_PERCENT_PREFIX, 9) == 0 ||
						 memcmp(w, U8_PERMILLE_PREFIX, 9) == 0))
	{
		p = 9;
		pct = w[0] == U8_PERCENT_PREFIX[0] ? 1 : 2;
		add(&o, w, 9, 0);
	}
	if (p >= len)
		return 0;

	if (u[p] >= '0' && u[p] <= '9')
	{
		size_t		q = p,
					r;

		while (q < len && ((u[q] >= '0' && u[q] <= '9') || u[q] == '.' || u[q] == ','))
			q++;
		r = q;
		while (is_scale_char(u + r, len - r))
			r += 3;
		/* a unit, not letters or digits (5G, 3D are words, not numbers) */
		if (r < len && u[r] < 0x80 && u[r] != '%')
			return 0;
		if (pct)
		{
			if (r != len)
				return 0;
			add(&o, w + p, len - p, 0);
			add_made(&o, w + p, len - p, pct == 1 ? "%" : "\xe2\x80\xb0", pct == 1 ? 1 : 3, 1);
			return o.n;
		}
		arabic_parts(&o, p, q, r);
		return o.n;
	}

	/*
	 * Han numerals: only what the segmenter itself groups as a number, or
	 * any numeral after 百分之 (百分之三)
	 */
	if (pct)
		ul = 0;
	else if (p > 0 || pd_seg_number_len(w, len, &ul) != len || ul >= len)
		return 0;
	han_parts(&o, p, len - ul, pct);
	return pct && o.n == 1 ? 0 : o.n;	/* 百分之 and no numeral */
}
