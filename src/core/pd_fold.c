/*-------------------------------------------------------------------------
 *
 * pd_fold.c
 *	  Folding of Chinese text for matching (see pd_fold.h).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_fold.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_fold.h"
#include "pd_fold_data.h"
#include "pd_chars.h"

/*
 * BMP part of the Traditional -> Simplified table as a direct lookup,
 * built on first use from pd_t2s_table (0 = unchanged); see pd_fold.h
 */
uint16_t	pd_t2s_bmp[0x10000];
uint8_t		pd_t2s_has[0x10000 / 8];
static int	pd_t2s_bmp_ready = 0;

static void
t2s_bmp_init(void)
{
	size_t		i;
	uint32_t	c;

	for (i = 0; i < PD_T2S_COUNT; i++)
		if (pd_t2s_table[i][0] < 0x10000 && pd_t2s_table[i][1] < 0x10000)
		{
			c = pd_t2s_table[i][0];
			pd_t2s_bmp[c] = (uint16_t) pd_t2s_table[i][1];
			pd_t2s_has[c >> 3] |= (uint8_t) (1 << (c & 7));
		}
	/* full-width forms and the ideographic space, in the same table */
	for (c = 0xFF01; c <= 0xFF5E; c++)
	{
		pd_t2s_bmp[c] = (uint16_t) (c - 0xFF01 + 0x21);
		pd_t2s_has[c >> 3] |= (uint8_t) (1 << (c & 7));
	}
	pd_t2s_bmp[0x3000] = ' ';
	pd_t2s_has[0x3000 >> 3] |= (uint8_t) (1 << (0x3000 & 7));
	pd_t2s_bmp_ready = 1;
}

/* pd_fold_init - build the folding table (see pd_fold.h) */
void
pd_fold_init(void)
{
	if (!pd_t2s_bmp_ready)
		t2s_bmp_init();
}

uint32_t
pd_fold_char(uint32_t c)
{
	if (c < 0x3000)
		return c;
	if (c < 0x10000)
	{
		if (c == 0x3000)
			return ' ';
		if (c >= 0xFF01 && c <= 0xFF5E)
			return c - 0xFF01 + 0x21;
		if (!pd_t2s_bmp_ready)
			t2s_bmp_init();
		if (!((pd_t2s_has[c >> 3] >> (c & 7)) & 1))
			return c;
		return pd_t2s_bmp[c] ? pd_t2s_bmp[c] : c;
	}
	if (c >= pd_t2s_table[0][0] && c <= pd_t2s_table[PD_T2S_COUNT - 1][0])
	{
		size_t		lo = 0,
					hi = PD_T2S_COUNT;

		while (lo < hi)
		{
			size_t		mid = (lo + hi) / 2;

			if (pd_t2s_table[mid][0] < c)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < PD_T2S_COUNT && pd_t2s_table[lo][0] == c)
			return pd_t2s_table[lo][1];
	}
	return c;
}

/*
 * fold_utf8 - pd_fold_utf8, and where cp is not NULL the code point of each
 * folded character at the offset it starts at (pd_fold_utf8_cp).  Inlined
 * into both, so that each is compiled for its own arguments.
 */
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
static inline size_t
fold_utf8(const char *in, size_t len, char *out, int32_t *map, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *) in;
	unsigned char *d = (unsigned char *) out;
	size_t		i = 0,
				o = 0;

	if (!pd_t2s_bmp_ready)
		t2s_bmp_init();
	while (i < len)
	{
		uint32_t	c,
					f;
		size_t		n,
					m;

		if (s[i] < 0x80)
		{
			if (map)
				map[o] = (int32_t) i;
			if (cp)
				cp[o] = s[i];
			d[o++] = s[i++];
			continue;
		}
		/* U+4000..U+9FFF first (pd_utf8_cjk), then any other */
		if (pd_utf8_cjk(s, i, len, &c))
			n = 3;
		else
			n = pd_utf8_next(s + i, len - i, &c);
		/* three bytes: nearly all of Chinese text */
		if (n == 3)
		{
			f = pd_fold_bmp(c);
			if (f == c)
			{
				d[o] = s[i];
				d[o + 1] = s[i + 1];
				d[o + 2] = s[i + 2];
				m = 3;
			}
			else
				m = pd_utf8_put(f, out + o);	/* a BMP character: never longer */
			if (map)
			{
				int32_t		at = (int32_t) i;

				map[o] = at;
				if (!cp && m > 1)
					map[o + 1] = at;
				if (!cp && m > 2)
					map[o + 2] = at;
			}
			if (cp)
				cp[o] = f;
			o += m;
			i += 3;
			continue;
		}
		f = c == PD_UTF8_INVALID ? c : c < 0x10000 ? pd_fold_bmp(c) : pd_fold_char(c);
		m = f == c ? n : pd_utf8_put(f, out + o);
		/* the table never maps to a longer form; keep the source if so */
		if (f == c || m > n)
		{
			memcpy(out + o, s + i, n);
			m = n;
			f = c;
		}
		if (cp)
			cp[o] = f;
		if (map)
		{
			size_t		k;

			for (k = 0; k < (cp ? 1 : m); k++)
				map[o + k] = (int32_t) i;
		}
		o += m;
		i += n;
	}
	if (map)
		map[o] = (int32_t) len;
	return o;
}

/* pd_fold_utf8 - see pd_fold.h */
size_t
pd_fold_utf8(const char *in, size_t len, char *out, int32_t *map)
{
	return fold_utf8(in, len, out, map, NULL);
}

/* pd_fold_utf8_cp - see pd_fold.h */
size_t
pd_fold_utf8_cp(const char *in, size_t len, char *out, int32_t *map, uint32_t *cp)
{
	return fold_utf8(in, len, out, map, cp);
}
