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
} Listed;

#define L(cp, name, cls, val)	{cp, PD_NC_##cls, val, #name},
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

int
main(void)
{
	test_decoder();
	test_table();
	return pd_test_summary("test_chars");
}
