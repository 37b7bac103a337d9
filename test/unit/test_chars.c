/*
 * test_chars.c - unit tests of src/core/pd_chars.h: the UTF-8 decoder and
 * the table of numeral characters the text cores share.
 *
 * 1. The decoder against Unicode's table of well-formed byte sequences
 *    (Table 3-7), on every sequence of one to three bytes and on every
 *    four-byte sequence with a chosen set of lead and continuation bytes.
 * 2. Every listed character has its class and value; every other code point
 *    has none (all of 0..U+10FFFF); the hash separates the listed ones (if
 *    not, the test prints a multiplier that does).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "pd_chars.h"
#include "pd_test.h"

/* ref_decode - Table 3-7 of the Unicode Standard, written out */
static size_t
ref_decode(const unsigned char *s, size_t len, uint32_t *c)
{
	unsigned char b = s[0];
	unsigned char lo = 0x80,
				hi = 0xBF;
	size_t		n,
				i;
	uint32_t	v;

	if (b <= 0x7F)
	{
		*c = b;
		return 1;
	}
	if (b >= 0xC2 && b <= 0xDF)
		n = 2, v = b & 0x1F;
	else if (b >= 0xE0 && b <= 0xEF)
	{
		n = 3, v = b & 0x0F;
		if (b == 0xE0)
			lo = 0xA0;
		if (b == 0xED)
			hi = 0x9F;
	}
	else if (b >= 0xF0 && b <= 0xF4)
	{
		n = 4, v = b & 0x07;
		if (b == 0xF0)
			lo = 0x90;
		if (b == 0xF4)
			hi = 0x8F;
	}
	else
	{
		*c = PD_UTF8_INVALID;
		return 1;
	}
	if (len < n)
	{
		*c = PD_UTF8_INVALID;
		return 1;
	}
	for (i = 1; i < n; i++)
	{
		unsigned char l = i == 1 ? lo : 0x80,
					h = i == 1 ? hi : 0xBF;

		if (s[i] < l || s[i] > h)
		{
			*c = PD_UTF8_INVALID;
			return 1;
		}
		v = (v << 6) | (s[i] & 0x3F);
	}
	*c = v;
	return n;
}

static void
test_decoder(void)
{
	static const unsigned char probe[] = {
		0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
		0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF
	};
	unsigned char s[4];
	long		bad = 0,
				checked = 0;
	uint32_t	x;
	size_t		a,
				b,
				c,
				d;

	/* every sequence of up to three bytes, at every length it could be cut to */
	for (x = 0; x < (1u << 24); x++)
	{
		size_t		len;

		s[0] = (unsigned char) (x >> 16);
		s[1] = (unsigned char) (x >> 8);
		s[2] = (unsigned char) x;
		for (len = 1; len <= 3; len++)
		{
			uint32_t	c1,
						c2;
			size_t		n1 = pd_utf8_next(s, len, &c1),
						n2 = ref_decode(s, len, &c2);

			checked++;
			if (n1 != n2 || c1 != c2)
			{
				if (bad++ < 5)
					fprintf(stderr, "decode %02X %02X %02X len %zu: %zu %X, want %zu %X\n",
							s[0], s[1], s[2], len, n1, c1, n2, c2);
			}
			if (s[0] < 0x80)
				break;
		}
	}
	/* four bytes: every lead byte, boundary values of the other three */
	for (a = 0xF0; a <= 0xFF; a++)
		for (b = 0; b < sizeof(probe); b++)
			for (c = 0; c < sizeof(probe); c++)
				for (d = 0; d < sizeof(probe); d++)
				{
					uint32_t	c1,
								c2;
					size_t		n1,
								n2;

					s[0] = (unsigned char) a;
					s[1] = probe[b];
					s[2] = probe[c];
					s[3] = probe[d];
					n1 = pd_utf8_next(s, 4, &c1);
					n2 = ref_decode(s, 4, &c2);
					checked++;
					if ((n1 != n2 || c1 != c2) && bad++ < 5)
						fprintf(stderr, "decode %02X %02X %02X %02X: %zu %X, want %zu %X\n",
								s[0], s[1], s[2], s[3], n1, c1, n2, c2);
				}
	PD_CHECK(bad == 0, "UTF-8 decoder: %ld of %ld sequences decoded wrongly", bad, checked);
}

typedef struct Listed
{
	uint32_t	cp;
	PdNumClass	cls;
	int			val;
	const char *name;
	int			formal;
} Listed;

#define L(cp, name, cls, val, form)	{cp, PD_NC_##cls, val, #name, sizeof(#form) == sizeof("FORMAL")},
static const Listed listed[] = {PD_NUMERAL_CHARS(L)};
#define NLISTED (sizeof(listed) / sizeof(listed[0]))

/* ref_class - the classification by a plain search of the list */
static PdNumClass
ref_class(uint32_t c, int *val)
{
	size_t		i;

	*val = 0;
	if (c >= '0' && c <= '9')
	{
		*val = (int) (c - '0');
		return PD_NC_ADIGIT;
	}
	if (c >= 0xFF10 && c <= 0xFF19)
	{
		*val = (int) (c - 0xFF10);
		return PD_NC_ADIGIT;
	}
	switch (c)
	{
		case '.':
			return PD_NC_POINT;
		case ',':
			return PD_NC_COMMA;
		case '-':
			*val = -1;
			return PD_NC_SIGN;
		case '+':
			*val = 1;
			return PD_NC_SIGN;
		case '%':
			*val = -2;
			return PD_NC_PERCENT;
		case '/':
			return PD_NC_SLASH;
		case 'e':
		case 'E':
			return PD_NC_EXP;
		case ' ':
		case '\t':
		case '\n':
		case '\r':
		case '\v':
		case '\f':
			return PD_NC_SPACE;
	}
	for (i = 0; i < NLISTED; i++)
		if (listed[i].cp == c)
		{
			*val = listed[i].val;
			return listed[i].cls;
		}
	return PD_NC_NONE;
}

static void
test_table(void)
{
	uint32_t	c;
	long		bad = 0;
	size_t		i,
				j;
	int			collide = 0;

	for (i = 0; i < NLISTED; i++)
		for (j = i + 1; j < NLISTED; j++)
			if (PD_CHAR_HASH(listed[i].cp) == PD_CHAR_HASH(listed[j].cp))
			{
				collide = 1;
				fprintf(stderr, "%s and %s share a slot\n", listed[i].name, listed[j].name);
			}
	PD_CHECK(!collide, "pd_char_hash: listed characters collide");
	if (collide)
	{
		/* find a multiplier that separates them, for PD_CHAR_HASH_MUL */
		uint32_t	m;

		for (m = 1; m < 0x7FFFFFFF; m += 2)
		{
			uint8_t		seen[256] = {0};

			for (i = 0; i < NLISTED; i++)
			{
				uint32_t	h = (uint32_t) (listed[i].cp * m) >> 24;

				if (seen[h]++)
					break;
			}
			if (i == NLISTED)
			{
				fprintf(stderr, "use PD_CHAR_HASH_MUL 0x%08Xu\n", m);
				break;
			}
		}
	}
	for (c = 0; c <= 0x110000; c++)
	{
		uint32_t	cp = c == 0x110000 ? PD_UTF8_INVALID : c;
		int			v1,
					v2;
		PdNumClass	k1 = pd_numeral_class(cp, &v1),
					k2 = ref_class(cp, &v2);

		if ((k1 != k2 || v1 != v2) && bad++ < 5)
			fprintf(stderr, "U+%04X: class %d value %d, want %d %d\n", cp, k1, v1, k2, v2);
	}
	PD_CHECK(bad == 0, "numeral classes: %ld code points wrong", bad);
	PD_CHECK(pd_numeral_scale(PD_CP_WAN_T) == 4 && pd_numeral_scale(PD_CP_BAI_CAP) == 2 &&
			 pd_numeral_scale(PD_CP_YI_E8) == 8 && pd_numeral_scale(PD_CP_YI) == 0,
			 "pd_numeral_scale");
	PD_CHECK(pd_is_numeral_digit(PD_CP_CIRCLE) && pd_is_numeral_digit(PD_CP_LIANG_T) &&
			 !pd_is_numeral_digit(PD_CP_SHI) && pd_is_arabic_digit(0xFF19) &&
			 !pd_is_arabic_digit(0xFF1A) && pd_is_arabic_digit('0'),
			 "digit predicates");
}

/*
 * test_plain - the segmenter's reading (pd_plain_digit, pd_plain_scale) is
 * the table's PLAIN digits and scales, and on folded text the same set it
 * had before the table was shared: 〇○零 一 to 九 两, 十 百 千 万 亿 兆 in
 * increasing order
 */
static void
test_plain(void)
{
	static const uint32_t digits[] = {0x3007, 0x25CB, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,
	0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x4E24, 0x5169 /* 兩, folded to 两 */ };
	static const uint32_t scales[] = {0x5341, 0x767E, 0x5343, 0x4E07, 0x4EBF, 0x5146,
	0x842C /* 萬 */ , 0x5104 /* 億 */ };
	uint32_t	c;
	long		bad = 0;
	size_t		i;

	for (c = 0; c <= 0x110000; c++)
	{
		uint32_t	cp = c == 0x110000 ? PD_UTF8_INVALID : c;
		int			v,
					d = -1,
					s = 0;
		PdNumClass	k = ref_class(cp, &v);

		for (i = 0; i < NLISTED; i++)
			if (listed[i].cp == cp && !listed[i].formal)
			{
				d = k == PD_NC_DIGIT ? v : -1;
				s = k == PD_NC_UNIT || k == PD_NC_MYRIAD ? v : 0;
			}
		if ((pd_plain_digit(cp) != d || pd_plain_scale(cp) != s) && bad++ < 5)
			fprintf(stderr, "U+%04X: plain digit %d scale %d, want %d %d\n", cp,
					pd_plain_digit(cp), pd_plain_scale(cp), d, s);
	}
	PD_CHECK(bad == 0, "plain digits and scales: %ld code points wrong", bad);
	bad = 0;
	for (c = 0; c < 0x10000; c++)
	{
		int			want = 0;

		for (i = 0; i < sizeof(digits) / sizeof(digits[0]); i++)
			want |= digits[i] == c;
		bad += (pd_plain_digit(c) >= 0) != want;
	}
	PD_CHECK(bad == 0, "segmenter's digits: %ld differ from 〇○零一二三四五六七八九两兩", bad);
	for (i = 1; i < 6; i++)
		PD_CHECK(pd_plain_scale(scales[i]) > pd_plain_scale(scales[i - 1]),
				 "segmenter's scales: U+%04X above U+%04X", scales[i], scales[i - 1]);
	PD_CHECK(pd_plain_scale(scales[6]) == 4 && pd_plain_scale(scales[7]) == 8 &&
			 pd_plain_scale(PD_CP_SHI_CAP) == 0 && pd_plain_scale(PD_CP_QIAN_CAP) == 0 &&
			 pd_plain_digit(PD_CP_WU_CAP) == -1 && pd_plain_digit(PD_CP_CAN) == -1 &&
			 pd_plain_digit(PD_CP_LIA) == -1 && pd_plain_digit(PD_CP_LING) == 0 &&
			 pd_plain_digit('7') == -1,
			 "plain forms: 萬 億 scales, 拾 仟 伍 参 俩 not");
}

int
main(void)
{
	test_decoder();
	test_table();
	test_plain();
	return pd_test_summary("test_chars");
}
