/*-------------------------------------------------------------------------
 *
 * pd_chars.h
 *	  The characters every text core reads alike: one strict UTF-8 decoder
 *	  and one classification of numeral characters, shared by the numeral
 *	  parser, the segmenter and the metric extractor.  No PostgreSQL headers.
 *
 * Every non-ASCII numeral character is listed once, in PD_NUMERAL_CHARS
 * below, with its name, class and value.  From that list come the named
 * code points (PD_CP_LING is 零) and a lookup table: a perfect hash of 256
 * slots, filled by designated initializers at compile time, so the lookup is
 * one multiplication, one load and one compare.  Two characters that hashed
 * to the same slot would be a build error (see pd_chars.c) and a unit-test
 * failure; test_chars then prints a multiplier that separates them, for
 * PD_CHAR_HASH_MUL.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_chars.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_CHARS_H
#define PD_CHARS_H

#include <stddef.h>
#include <stdint.h>

/* ---------------------------------------------------------------------
 * UTF-8
 * --------------------------------------------------------------------- */

#define PD_UTF8_INVALID	0xFFFFFFFFu	/* what pd_utf8_next gives an invalid byte */

/*
 * pd_utf8_cjk - is the character at s[i..len), i < len, one whose lead
 * byte is E4..E9 with two continuation bytes after it?  Then it is
 * U+4000..U+9FFF, where no overlong form and no surrogate can occur, so
 * nothing else is tested: nearly every character of Chinese text.  If so,
 * *c gets it (its length is 3) and 1 is returned; else 0, and the caller
 * asks pd_utf8_next.  For the loops that decode every character of a text
 * (folding, the segmenter's Han runs); s, i and len as those loops hold
 * them, which gcc compiles to fewer instructions than a pointer and a
 * length made for the call.
 */
static inline int
pd_utf8_cjk(const unsigned char *s, size_t i, size_t len, uint32_t *c)
{
	if ((unsigned char) (s[i] - 0xE4) <= 0xE9 - 0xE4 && i + 2 < len &&
		(s[i + 1] & 0xC0) == 0x80 && (s[i + 2] & 0xC0) == 0x80)
	{
		*c = ((uint32_t) (s[i] & 0x0F) << 12) | ((uint32_t) (s[i + 1] & 0x3F) << 6) |
			(s[i + 2] & 0x3F);
		return 1;
	}
	return 0;
}

/*
 * pd_utf8_next - decode the character at s[0..len), len > 0.  Returns its
 * byte length; an invalid or truncated sequence, an overlong form, a
 * surrogate or a value past U+10FFFF gives 1 and *c = PD_UTF8_INVALID, so a
 * scanner always makes progress.
 */
static inline size_t
pd_utf8_next(const unsigned char *s, size_t len, uint32_t *c)
{
	unsigned char b = s[0];
	size_t		n,
				i;
	uint32_t	v;

	/* three bytes first: all of CJK, the common case here */
	if ((b & 0xF0) == 0xE0 && len >= 3 && (s[1] & 0xC0) == 0x80 &&
		(s[2] & 0xC0) == 0x80)
	{
		v = ((uint32_t) (b & 0x0F) << 12) | ((uint32_t) (s[1] & 0x3F) << 6) |
			(s[2] & 0x3F);
		/* not overlong (< U+0800), not a surrogate: one test below U+D800 */
		if (v - 0x800 < 0xD800 - 0x800 || v >= 0xE000)
		{
			*c = v;
			return 3;
		}
		*c = PD_UTF8_INVALID;
		return 1;
	}
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
	if (n == 4 && (v < 0x10000 || v > 0x10FFFF))
	{
		*c = PD_UTF8_INVALID;
		return 1;
	}
	*c = v;
	return n;
}

/*
 * pd_utf8_put - write code point c (at most U+10FFFF, not a surrogate) as
 * UTF-8 at out; returns its byte length (1 to 4)
 */
static inline size_t
pd_utf8_put(uint32_t c, char *out)
{
	unsigned char *o = (unsigned char *) out;

	if (c < 0x80)
	{
		o[0] = (unsigned char) c;
		return 1;
	}
	if (c < 0x800)
	{
		o[0] = (unsigned char) (0xC0 | (c >> 6));
		o[1] = (unsigned char) (0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000)
	{
		o[0] = (unsigned char) (0xE0 | (c >> 12));
		o[1] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
		o[2] = (unsigned char) (0x80 | (c & 0x3F));
		return 3;
	}
	o[0] = (unsigned char) (0xF0 | (c >> 18));
	o[1] = (unsigned char) (0x80 | ((c >> 12) & 0x3F));
	o[2] = (unsigned char) (0x80 | ((c >> 6) & 0x3F));
	o[3] = (unsigned char) (0x80 | (c & 0x3F));
	return 4;
}

/*
 * pd_utf8_len - the byte length of code point c written as UTF-8; 1 for
 * PD_UTF8_INVALID (pd_utf8_next's one byte, copied as it was)
 */
static inline size_t
pd_utf8_len(uint32_t c)
{
	return c < 0x80 || c == PD_UTF8_INVALID ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
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

/* ---------------------------------------------------------------------
 * Numeral characters
 * --------------------------------------------------------------------- */

typedef enum PdNumClass
{
	PD_NC_NONE = 0,
	PD_NC_DIGIT,				/* 零〇○一二…九 两兩 壹…玖 貳 參 陸 幺 */
	PD_NC_ADIGIT,				/* 0-9 and full-width ０-９ */
	PD_NC_UNIT,					/* 十百千 拾佰仟 */
	PD_NC_MYRIAD,				/* 万亿 萬億 兆 (10^12) */
	PD_NC_TENS,					/* 廿 卅 卌: a digit and 十 in one */
	PD_NC_POINT_CN,				/* 点 點 */
	PD_NC_POINT,				/* . ． */
	PD_NC_COMMA,				/* , ， (thousands separator) */
	PD_NC_SIGN,					/* 负 負 - − － + ＋ */
	PD_NC_PERCENT,				/* % ％ ‰ ‱ */
	PD_NC_FEN,					/* 分 (分之, or a cent) */
	PD_NC_ZHI,					/* 之 */
	PD_NC_YOU,					/* 又 */
	PD_NC_SLASH,				/* / ／ */
	PD_NC_CHENG,				/* 成 (tenths) */
	PD_NC_YUAN,					/* 元 圆 圓 */
	PD_NC_JIAO,					/* 角 */
	PD_NC_LI,					/* 厘 */
	PD_NC_ZHENG,				/* 整 正 */
	PD_NC_CURRENCY,				/* ¥ ￥ */
	PD_NC_EXP,					/* e E */
	PD_NC_SPACE					/* white space */
} PdNumClass;

/*
 * Every non-ASCII numeral character but the full-width digits:
 * X(code point, name, class, value, form).  The value is the digit (0-9),
 * the unit's decimal exponent (十 1, 百 2, 千 3, 万 4, 亿 8, 兆 12), the tens
 * of 廿卅卌 (2, 3, 4), the percent sign's exponent (-2, -3, -4) or the sign
 * (-1, +1).  The form is PLAIN for the characters running text writes
 * numbers with, FORMAL for the financial capitals (壹 拾), the archaic and
 * colloquial forms (弌 廿 幺 俩) and 参: each is a numeral inside a numeral
 * (叁亿元, 伍佰家) but as often a word of its own (参加, 陆续, 队伍), so
 * the segmenter does not start a number with one.  Names: pinyin; _CAP the
 * financial capital, _T the Traditional form, _OLD the archaic one, FW_ a
 * full-width form.
 */
#define PD_NUMERAL_CHARS(X) \
	X(0x96F6, LING, DIGIT, 0, PLAIN)			/* 零 */ \
	X(0x3007, LING_O, DIGIT, 0, PLAIN)			/* 〇 ideographic number zero */ \
	X(0x25CB, CIRCLE, DIGIT, 0, PLAIN)			/* ○ white circle, written for 〇 */ \
	X(0x4E00, YI, DIGIT, 1, PLAIN)				/* 一 */ \
	X(0x58F9, YI_CAP, DIGIT, 1, FORMAL)			/* 壹 */ \
	X(0x5F0C, YI_OLD, DIGIT, 1, FORMAL)			/* 弌 */ \
	X(0x5E7A, YAO, DIGIT, 1, FORMAL)			/* 幺 (one, said on the telephone) */ \
	X(0x4E8C, ER, DIGIT, 2, PLAIN)				/* 二 */ \
	X(0x8D30, ER_CAP, DIGIT, 2, FORMAL)			/* 贰 */ \
	X(0x8CB3, ER_CAP_T, DIGIT, 2, FORMAL)		/* 貳 */ \
	X(0x5F0D, ER_OLD, DIGIT, 2, FORMAL)			/* 弍 */ \
	X(0x4E24, LIANG, DIGIT, 2, PLAIN)			/* 两 */ \
	X(0x5169, LIANG_T, DIGIT, 2, PLAIN)			/* 兩 */ \
	X(0x4FE9, LIA, DIGIT, 2, FORMAL)			/* 俩 */ \
	X(0x5006, LIA_T, DIGIT, 2, FORMAL)			/* 倆 */ \
	X(0x4E09, SAN, DIGIT, 3, PLAIN)				/* 三 */ \
	X(0x53C1, SAN_CAP, DIGIT, 3, FORMAL)		/* 叁 */ \
	X(0x53C3, SAN_CAP_T, DIGIT, 3, FORMAL)		/* 參 */ \
	X(0x53C2, CAN, DIGIT, 3, FORMAL)			/* 参, written for 叁 */ \
	X(0x5F0E, SAN_OLD, DIGIT, 3, FORMAL)		/* 弎 */ \
	X(0x56DB, SI, DIGIT, 4, PLAIN)				/* 四 */ \
	X(0x8086, SI_CAP, DIGIT, 4, FORMAL)			/* 肆 */ \
	X(0x4E94, WU, DIGIT, 5, PLAIN)				/* 五 */ \
	X(0x4F0D, WU_CAP, DIGIT, 5, FORMAL)			/* 伍 */ \
	X(0x516D, LIU, DIGIT, 6, PLAIN)				/* 六 */ \
	X(0x9646, LIU_CAP, DIGIT, 6, FORMAL)		/* 陆 */ \
	X(0x9678, LIU_CAP_T, DIGIT, 6, FORMAL)		/* 陸 */ \
	X(0x4E03, QI, DIGIT, 7, PLAIN)				/* 七 */ \
	X(0x67D2, QI_CAP, DIGIT, 7, FORMAL)			/* 柒 */ \
	X(0x516B, BA, DIGIT, 8, PLAIN)				/* 八 */ \
	X(0x634C, BA_CAP, DIGIT, 8, FORMAL)			/* 捌 */ \
	X(0x4E5D, JIU, DIGIT, 9, PLAIN)				/* 九 */ \
	X(0x7396, JIU_CAP, DIGIT, 9, FORMAL)		/* 玖 */ \
	X(0x5341, SHI, UNIT, 1, PLAIN)				/* 十 */ \
	X(0x62FE, SHI_CAP, UNIT, 1, FORMAL)			/* 拾 */ \
	X(0x767E, BAI, UNIT, 2, PLAIN)				/* 百 */ \
	X(0x4F70, BAI_CAP, UNIT, 2, FORMAL)			/* 佰 */ \
	X(0x5343, QIAN, UNIT, 3, PLAIN)				/* 千 */ \
	X(0x4EDF, QIAN_CAP, UNIT, 3, FORMAL)		/* 仟 */ \
	X(0x4E07, WAN, MYRIAD, 4, PLAIN)			/* 万 */ \
	X(0x842C, WAN_T, MYRIAD, 4, PLAIN)			/* 萬 */ \
	X(0x4EBF, YI_E8, MYRIAD, 8, PLAIN)			/* 亿 */ \
	X(0x5104, YI_E8_T, MYRIAD, 8, PLAIN)		/* 億 */ \
	X(0x5146, ZHAO, MYRIAD, 12, PLAIN)			/* 兆: 10^12, as ICU and Taiwan write it */ \
	X(0x5EFF, NIAN, TENS, 2, FORMAL)			/* 廿 */ \
	X(0x5345, SA, TENS, 3, FORMAL)				/* 卅 */ \
	X(0x534C, XI, TENS, 4, FORMAL)				/* 卌 */ \
	X(0x70B9, DIAN, POINT_CN, 0, PLAIN)			/* 点 */ \
	X(0x9EDE, DIAN_T, POINT_CN, 0, PLAIN)		/* 點 */ \
	X(0xFF0E, FW_POINT, POINT, 0, PLAIN)		/* ． */ \
	X(0xFF0C, FW_COMMA, COMMA, 0, PLAIN)		/* ， */ \
	X(0x8D1F, FU, SIGN, -1, PLAIN)				/* 负 */ \
	X(0x8CA0, FU_T, SIGN, -1, PLAIN)			/* 負 */ \
	X(0x2212, MINUS, SIGN, -1, PLAIN)			/* − minus sign */ \
	X(0xFF0D, FW_MINUS, SIGN, -1, PLAIN)		/* － */ \
	X(0xFF0B, FW_PLUS, SIGN, 1, PLAIN)			/* ＋ */ \
	X(0xFF05, FW_PERCENT, PERCENT, -2, PLAIN)	/* ％ */ \
	X(0x2030, PER_MILLE, PERCENT, -3, PLAIN)	/* ‰ */ \
	X(0x2031, PER_MYRIAD, PERCENT, -4, PLAIN)	/* ‱ */ \
	X(0x5206, FEN, FEN, 0, PLAIN)				/* 分 */ \
	X(0x4E4B, ZHI, ZHI, 0, PLAIN)				/* 之 */ \
	X(0x53C8, YOU, YOU, 0, PLAIN)				/* 又 */ \
	X(0xFF0F, FW_SLASH, SLASH, 0, PLAIN)		/* ／ */ \
	X(0x6210, CHENG, CHENG, 0, PLAIN)			/* 成 */ \
	X(0x5143, YUAN, YUAN, 0, PLAIN)				/* 元 */ \
	X(0x5706, YUAN_ROUND, YUAN, 0, PLAIN)		/* 圆 */ \
	X(0x5713, YUAN_ROUND_T, YUAN, 0, PLAIN)		/* 圓 */ \
	X(0x89D2, JIAO, JIAO, 0, PLAIN)				/* 角 */ \
	X(0x5398, LI, LI, 0, PLAIN)					/* 厘 */ \
	X(0x6574, ZHENG, ZHENG, 0, PLAIN)			/* 整 */ \
	X(0x6B63, ZHENG_EXACT, ZHENG, 0, PLAIN)		/* 正 */ \
	X(0x00A5, YEN, CURRENCY, 0, PLAIN)			/* ¥ */ \
	X(0xFFE5, FW_YEN, CURRENCY, 0, PLAIN)		/* ￥ */ \
	X(0x00A0, NBSP, SPACE, 0, PLAIN)			/* no-break space */ \
	X(0x3000, IDEO_SPACE, SPACE, 0, PLAIN)		/* ideographic space */

/* The code points by name: PD_CP_LING, PD_CP_WAN, ... */
#define PD_CHARS_CP_ENUM(cp, name, cls, val, form) PD_CP_##name = cp,
enum
{
	PD_NUMERAL_CHARS(PD_CHARS_CP_ENUM)
	PD_CP_FW_DIGIT_0 = 0xFF10,	/* ０; ９ is PD_CP_FW_DIGIT_0 + 9 */
	PD_CP_FW_DIGIT_9 = 0xFF19
};

/* A class and value: the entries of the tables below. */
typedef struct PdCharEntry
{
	uint32_t	cp;
	uint8_t		cls;			/* a PdNumClass */
	int8_t		val;
	uint8_t		formal;			/* 1: form FORMAL */
} PdCharEntry;

/* slot of a non-ASCII code point in pd_char_hash */
#define PD_CHAR_HASH_MUL	0x012441BBu
#define PD_CHAR_HASH(c)		((uint32_t) ((uint32_t) (c) * PD_CHAR_HASH_MUL) >> 24)

extern const PdCharEntry pd_char_ascii[128];	/* indexed by the byte */
extern const PdCharEntry pd_char_hash[256];	/* indexed by PD_CHAR_HASH */

/*
 * pd_numeral_class - class of code point c (any value, PD_UTF8_INVALID
 * included); *value gets the value described at PD_NUMERAL_CHARS.
 */
static inline PdNumClass
pd_numeral_class(uint32_t c, int *value)
{
	const PdCharEntry *e;

	if (c < 0x80)
		e = &pd_char_ascii[c];
	else if (c - PD_CP_FW_DIGIT_0 <= 9)
	{
		*value = (int) (c - PD_CP_FW_DIGIT_0);
		return PD_NC_ADIGIT;
	}
	else
	{
		e = &pd_char_hash[PD_CHAR_HASH(c)];
		if (e->cp != c)
		{
			*value = 0;
			return PD_NC_NONE;
		}
	}
	*value = e->val;
	return (PdNumClass) e->cls;
}

/* is_... shorthands on the same table */
static inline int
pd_is_numeral_digit(uint32_t c)	/* a Chinese digit, 零 to 九 and variants */
{
	int			v;

	return pd_numeral_class(c, &v) == PD_NC_DIGIT;
}

static inline int
pd_is_arabic_digit(uint32_t c)	/* 0-9, ０-９ */
{
	return (c >= '0' && c <= '9') || c - PD_CP_FW_DIGIT_0 <= 9;
}

/*
 * pd_is_formal_numeral - a numeral character of the FORMAL form (壹 伍 陆
 * 拾 参 俩 ...): a numeral inside a numeral, a word of its own alone
 */
static inline int
pd_is_formal_numeral(uint32_t c)
{
	const PdCharEntry *e = &pd_char_hash[PD_CHAR_HASH(c)];

	return e->cp == c && e->formal;
}

/*
 * pd_plain_digit - the value (0-9) of a digit of the PLAIN form (零〇○ 一
 * to 九, 两 兩), -1 for any other character: how the segmenter reads its
 * (folded) text.  One table lookup.
 */
static inline int
pd_plain_digit(uint32_t c)
{
	const PdCharEntry *e = &pd_char_hash[PD_CHAR_HASH(c)];

	return e->cp == c && e->cls == PD_NC_DIGIT && !e->formal ? e->val : -1;
}

/*
 * pd_plain_scale - decimal exponent of a unit or myriad character of the
 * PLAIN form (十 1, 百 2, 千 3, 万 萬 4, 亿 億 8, 兆 12), 0 for any other
 * character (拾 佰 仟 included)
 */
static inline int
pd_plain_scale(uint32_t c)
{
	const PdCharEntry *e = &pd_char_hash[PD_CHAR_HASH(c)];

	return e->cp == c && (e->cls == PD_NC_UNIT || e->cls == PD_NC_MYRIAD) &&
		!e->formal ? e->val : 0;
}

/*
 * pd_numeral_scale - decimal exponent of a unit or myriad character (十 1,
 * 百 2, 千 3, 万 4, 亿 8, 兆 12, financial and Traditional forms alike), 0
 * for any other character.
 */
static inline int
pd_numeral_scale(uint32_t c)
{
	int			v;
	PdNumClass	k = pd_numeral_class(c, &v);

	return k == PD_NC_UNIT || k == PD_NC_MYRIAD ? v : 0;
}

/*
 * pd_is_middle_dot - a middle dot that Traditional releases write as the
 * decimal point of a numeral in Chinese characters (七四三七·三億美元,
 * 卅七·九%).  It is no numeral character of the table above: between
 * Arabic digits or words it is a date-event (九·一八, 3·15) or a name
 * separator, and the numeral parser and the extractor read it as a point
 * only between Chinese numerals.
 */
static inline int
pd_is_middle_dot(uint32_t c)
{
	return c == 0x00B7 /* · middle dot */ ||
		c == 0x2027 /* ‧ hyphenation point */ ||
		c == 0x30FB /* ・ katakana middle dot */ ;
}

/*
 * pd_is_group_space - a space that separates groups of three digits
 * (3 662 200): space, no-break space, thin space, narrow no-break space
 */
static inline int
pd_is_group_space(uint32_t c)
{
	return c == ' ' || c == 0x00A0 /* no-break space */ ||
		c == 0x2009 /* thin space */ || c == 0x202F /* narrow no-break space */ ;
}

#endif							/* PD_CHARS_H */
