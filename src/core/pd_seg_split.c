/*-------------------------------------------------------------------------
 *
 * pd_seg_split.c
 *	  Number tokens cut under the split convention (pd_seg_split_number).
 *
 * The segmenter keeps a number with its scale word, unit or percent sign
 * whole (convention J: 2009年, 16.7万, 46.3%), and the dictionary indexes the
 * parts, so search finds both.  Convention S, close to PKU's and to jieba's
 * output, writes them apart; parser parkdata.icu_zh_split gives its tokens
 * so, for users who want words cut that way.  Each character of the token
 * gets a kind from its numeral class and its neighbours; a piece is a run
 * of one kind.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_split.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>

#include "pd_chars.h"
#include "pd_seg_split.h"

#define PD_CP_ZHI	0x4E4B		/* 之 */
#define PD_CP_DI	0x7B2C		/* 第 */

typedef enum SplitKind
{
	K_NONE = 0,
	K_ARABIC,					/* 2009, 16.7, 1,200, -3.5 */
	K_HAN,						/* 一万, 三千二百, 十点四 */
	K_SCALE,					/* 万, 亿, 万亿 after Arabic digits */
	K_PERCENT,					/* % ％ ‰ */
	K_HYPHEN,					/* - between the numbers of a date */
	K_OTHER						/* 年, 月份, 多, 余, 第, 元, 百分之 */
} SplitKind;

/* class of the character at s[0..len), PD_NC_NONE at the end */
static PdNumClass
class_at(const char *s, size_t len)
{
	uint32_t	c;
	int			v;

	if (len == 0)
		return PD_NC_NONE;
	(void) pd_utf8_next((const unsigned char *) s, len, &c);
	return pd_numeral_class(c, &v);
}

/* is_digit_class - a digit of either script (what may follow a point) */
static int
is_digit_class(PdNumClass cls)
{
	return cls == PD_NC_ADIGIT || cls == PD_NC_DIGIT;
}

/*
 * kind_of - the kind of character c (class cls) after a run of kind cur,
 * next the class of the character after it
 */
static SplitKind
kind_of(uint32_t c, PdNumClass cls, SplitKind cur, PdNumClass next)
{
	switch (cls)
	{
		case PD_NC_ADIGIT:
			return K_ARABIC;
		case PD_NC_POINT:
		case PD_NC_COMMA:
		case PD_NC_SPACE:
			return cur == K_ARABIC && next == PD_NC_ADIGIT ? K_ARABIC : K_OTHER;
		case PD_NC_SIGN:
			if (cur == K_ARABIC && next == PD_NC_ADIGIT && c != '+')
				return K_HYPHEN;
			if (cur == K_NONE && is_digit_class(next))
				return next == PD_NC_ADIGIT ? K_ARABIC : K_HAN;
			return K_OTHER;
		case PD_NC_DIGIT:
		case PD_NC_UNIT:
		case PD_NC_TENS:
			return K_HAN;
		case PD_NC_POINT_CN:
			return cur == K_HAN && next == PD_NC_DIGIT ? K_HAN : K_OTHER;
		case PD_NC_MYRIAD:
			return cur == K_HAN ? K_HAN : K_SCALE;
		case PD_NC_PERCENT:
			return K_PERCENT;
		default:
			return K_OTHER;
	}
}

/*
 * fraction_end - for a fraction in words (三分之一: 0, the token is one
 * word) or a percent in words (百分之十五: the byte length of 百分之) at the
 * start of w; -1 if w has no 分之
 */
static long
fraction_end(const char *w, size_t len)
{
	size_t		i = 0,
				first = 0;
	int			chars = 0;

	while (i < len)
	{
		uint32_t	c,
					c2 = 0;
		int			v;
		size_t		l = pd_utf8_next((const unsigned char *) w + i, len - i, &c);

		if (i + l < len)
			(void) pd_utf8_next((const unsigned char *) w + i + l, len - i - l, &c2);
		if (pd_numeral_class(c, &v) == PD_NC_FEN && c2 == PD_CP_ZHI)
		{
			PdNumClass	fc = pd_numeral_class(first, &v);

			/* 百分之, 千分之, 万分之: one scale character before 分 */
			if (chars == 1 && ((fc == PD_NC_UNIT && v >= 2) || (fc == PD_NC_MYRIAD && v == 4)))
				return (long) (i + l + 3);
			return 0;
		}
		if (chars++ == 0)
			first = c;
		i += l;
	}
	return -1;
}

/* add - record the piece w[a..b) */
static int
add(int32_t (*spans)[2], int n, size_t a, size_t b)
{
	spans[n][0] = (int32_t) a;
	spans[n][1] = (int32_t) (b - a);
	return n + 1;
}

int
pd_seg_split_number(const char *w, size_t len, int32_t (*spans)[2], int max)
{
	long		fr = fraction_end(w, len);
	size_t		i = 0,
				start = 0;
	SplitKind	cur = K_NONE;
	int			n = 0;

	if (max < 1 || len == 0)
		return 0;
	if (fr == 0 || (size_t) fr == len || max == 1)
		return add(spans, 0, 0, len);
	if (fr > 0)
	{
		n = add(spans, n, 0, (size_t) fr);
		i = start = (size_t) fr;
	}
	while (i < len)
	{
		uint32_t	c;
		int			v;
		size_t		l = pd_utf8_next((const unsigned char *) w + i, len - i, &c);
		SplitKind	k = kind_of(c, pd_numeral_class(c, &v), cur,
								class_at(w + i + l, len - i - l));

		if (cur != K_NONE && (k != cur || k == K_HYPHEN) && n < max - 1)
		{
			n = add(spans, n, start, i);
			start = i;
		}
		cur = k;
		i += l;
	}
	return add(spans, n, start, len);
}

/*
 * numeral_word - is w[0..len) a Han word the split convention cuts: 第 and
 * a number (第五, 第十二) or 百分之 and a number (百分之十五)?
 */
static int
numeral_word(const char *w, size_t len)
{
	uint32_t	c;
	int			v;
	size_t		i = pd_utf8_next((const unsigned char *) w, len, &c);
	long		fr;

	if (c == PD_CP_DI)
	{
		size_t		l;

		if (i == len)
			return 0;
		for (; i < len; i += l)
		{
			PdNumClass	cls;

			l = pd_utf8_next((const unsigned char *) w + i, len - i, &c);
			cls = pd_numeral_class(c, &v);
			if (cls != PD_NC_DIGIT && cls != PD_NC_UNIT && cls != PD_NC_TENS &&
				cls != PD_NC_ADIGIT)
				return 0;
		}
		return 1;
	}
	fr = fraction_end(w, len);
	return fr > 0 && (size_t) fr < len;
}

int
pd_seg_split_word(const char *w, size_t len, int32_t (*spans)[2], int max)
{
	if (len > 0 && max > 1 && numeral_word(w, len))
		return pd_seg_split_number(w, len, spans, max);
	if (max < 1 || len == 0)
		return 0;
	return add(spans, 0, 0, len);
}
