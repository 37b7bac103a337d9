/*-------------------------------------------------------------------------
 *
 * pd_seg_number.c
 *	  Numbers with their scale words and units, as the segmenter groups
 *	  them into one token: 16.7万, 2.4亿, 46.3%, 2021年, 3月份,
 *	  二〇〇一年, 三十一日.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_seg_number.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>

#include "pd_seg_int.h"

/* scale words after digits or Han numerals: 十 百 千 万 亿 兆 */
static inline int
is_scale(uint32_t c)
{
	return pd_plain_scale(c) > 0;
}

/* date units that bind to a number: 年 月 日 号 */
static inline int
is_date_unit(uint32_t c)
{
	return c == 0x5E74 || c == 0x6708 || c == 0x65E5 || c == 0x53F7;
}

/* time units that bind to an Arabic number: 时 分 秒 */
static inline int
is_time_unit(uint32_t c)
{
	return c == 0x65F6 || c == 0x5206 || c == 0x79D2;
}

/*
 * units after an Arabic number that stay with it: % ‰ (元 is a measure
 * word, a word of its own as in every segmentation standard: 2.4亿|元)
 */
static inline int
is_digit_unit(uint32_t c)
{
	return c == '%' || c == 0x2030;
}

/*
 * is_si_unit - characters that write SI units (瓦 伏 克 米 赫 焦 帕 卡 安 升):
 * after them 千 and 兆 are the prefixes kilo- and mega- of the unit word
 * (千瓦, 千克, 兆瓦, 兆帕), not scales of the number before it
 */
static inline int
is_si_unit(uint32_t c)
{
	switch (c)
	{
		case 0x74E6:			/* 瓦 */
		case 0x4F0F:			/* 伏 */
		case 0x514B:			/* 克 */
		case 0x7C73:			/* 米 */
		case 0x8D6B:			/* 赫 */
		case 0x7126:			/* 焦 */
		case 0x5E15:			/* 帕 */
		case 0x5361:			/* 卡 */
		case 0x5B89:			/* 安 */
		case 0x5347:			/* 升 */
			return 1;
	}
	return 0;
}

/*
 * period_suffix - does c make a period noun of the date unit u before it,
 * which takes the number with it: 份 (3月份, 2021年份) and, after a year,
 * 度 (2021年度)?  The year stays findable: the dictionary indexes the
 * parts 2021年, 2021, 年度 and 年 at the token's position.  (年代 stays a
 * word of its own: 80|年代.)
 */
static inline int
period_suffix(uint32_t u, uint32_t c, int year)
{
	return ((u == 0x5E74 || u == 0x6708) && c == 0x4EFD) ||	/* 年 月 + 份 */
		(u == 0x5E74 && year && c == 0x5EA6);	/* 年 + 度 */
}

/*
 * pd_seg_number_len - length of a number with scale and unit starting at
 * s, 0 if there is none worth grouping.  *unit_len receives the length of
 * a trailing unit that the caller may give back to a longer word starting
 * with it (3|分钟); date units are never given back (1日|电, 9月|底).
 *
 * Dates and times written with digits are words (the PKU and MSR
 * standards: 2001年, 12月, 31日, 8时, 30分), and so are scale words and the
 * units % and ‰.  年 binds only to a year: four Arabic digits, or Han
 * digits without scale words (一九九八年); after other numbers (10年, 五十年)
 * it counts years, a classifier, and stays a word of its own, as other
 * classifiers do (15 岁, 3 倍).
 */
size_t
pd_seg_number_len(const char *s, size_t len, size_t *unit_len)
{
	const unsigned char *u = (const unsigned char *) s;
	size_t		i = 0,
				cl;
	uint32_t	c;

	*unit_len = 0;
	if (len == 0)
		return 0;
	if (u[0] >= '0' && u[0] <= '9')
	{
		int			grouped = 0,
					plain,
					rank = 0;

		while (i < len && u[i] >= '0' && u[i] <= '9')
			i++;
		plain = i;				/* digits of a plain integer */
		/* decimals and thousands separators */
		while (i + 1 < len && (u[i] == '.' || u[i] == ',') && u[i + 1] >= '0' && u[i + 1] <= '9')
		{
			size_t		j = i + 1;

			while (j < len && u[j] >= '0' && u[j] <= '9')
				j++;
			if (u[i] == ',' && j - i - 1 != 3)
				break;
			i = j;
			plain = 0;
		}
		/* 5G, 3D, x86_64: leave letter-digit words to ICU */
		if (i < len && (is_ascii_alnum(u[i]) || u[i] == '_'))
			return 0;

		/*
		 * Scale words multiply, so each is larger than the one before (3千万,
		 * not 60万|千瓦); 3十 is not written; 千 before an SI unit is kilo-.
		 */
		while (i < len)
		{
			int			r;

			cl = pd_utf8_next(u + i, len - i, &c);
			r = pd_plain_scale(c);
			if (r <= 1 || r <= rank)
				break;
			if ((c == PD_CP_QIAN || c == PD_CP_ZHAO) && i + cl < len)
			{
				uint32_t	d;

				pd_utf8_next(u + i + cl, len - i - cl, &d);
				if (is_si_unit(d))
					break;
			}
			rank = r;
			i += cl;
			plain = 0;
			grouped = 1;
		}
		if (i < len)
		{
			size_t		dl = 0;
			uint32_t	d = 0;

			cl = pd_utf8_next(u + i, len - i, &c);
			if (i + cl < len)
				dl = pd_utf8_next(u + i + cl, len - i - cl, &d);
			if (is_date_unit(c) && plain > 0 && period_suffix(c, d, plain == 4))
				return i + cl + dl;
			if (is_date_unit(c) && plain > 0 &&
				(c != 0x5E74 || (plain == 4 && d != 0x5EA6 && d != 0x4EE3)))
				return i + cl;
			if ((is_time_unit(c) && plain > 0) || is_digit_unit(c))
			{
				i += cl;
				*unit_len = cl;
				grouped = 1;
			}
		}
		return grouped ? i : 0;
	}
	else
	{
		size_t		nchars = 0;
		int			digits = 0,
					zero = 0,
					scales = 0;
		uint32_t	first = 0;

		while (i < len && nchars < 32)
		{
			int			d;

			cl = pd_utf8_next(u + i, len - i, &c);
			d = pd_plain_digit(c);
			if (d < 0 && !is_scale(c))
				break;
			if (nchars == 0)
				first = c;
			digits += d >= 0;
			zero |= d == 0;
			scales += is_scale(c);
			i += cl;
			nchars++;
		}
		if (nchars == 0 || digits + (first == PD_CP_SHI) == 0)
			return 0;
		/* 万一, 千万, 百年 start with a scale word: not a number here */
		if (is_scale(first) && first != PD_CP_SHI)
			return 0;
		if (i < len)
		{
			cl = pd_utf8_next(u + i, len - i, &c);
			if (is_date_unit(c) && (c != 0x5E74 || (scales == 0 && digits >= 2)))
			{
				*unit_len = cl;
				return i + cl;
			}
		}
		if (nchars >= 2 && (zero || scales == 0 || digits > 0))
			return i;
		return 0;
	}
}
