/*-------------------------------------------------------------------------
 *
 * pd_fold.h
 *	  Folding of Chinese text for matching: Traditional Han to Simplified,
 *	  full-width ASCII to ASCII, U+3000 to a space.  No PostgreSQL headers.
 *
 * The Traditional -> Simplified table is ICU's transliterator compiled into
 * pd_fold_data.h by src/tools/gen_fold_data.c.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_fold.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_FOLD_H
#define PD_FOLD_H

#include <stddef.h>
#include <stdint.h>

/*
 * pd_fold_utf8 - fold in[0..len) character by character.
 *
 * out must have room for len bytes (folding never grows the text); the
 * result is not NUL-terminated.  If map is not NULL it receives, for every
 * output byte i, the offset in "in" of the character it came from, and
 * map[result] = len.  Invalid UTF-8 bytes are copied unchanged.  Returns the
 * output length.
 */
extern size_t pd_fold_utf8(const char *in, size_t len, char *out, int32_t *map);

/*
 * pd_fold_utf8_cp - pd_fold_utf8, and cp[i] = the code point of the folded
 * character that starts at output byte i (PD_UTF8_INVALID, 0xFFFFFFFF, for
 * an invalid byte copied unchanged), so that a scanner of the output need
 * not decode it again.  map and cp get entries only where an output
 * character starts (and map[result]); the others are left as they were.
 * cp has room for len entries.
 */
extern size_t pd_fold_utf8_cp(const char *in, size_t len, char *out, int32_t *map,
							  uint32_t *cp);

/* pd_fold_char - fold one code point (see pd_fold_utf8) */
extern uint32_t pd_fold_char(uint32_t c);

/*
 * The one folding table: the BMP part of pd_fold_data.h's Traditional ->
 * Simplified pairs, plus the full-width forms and U+3000, as a direct
 * lookup (0 = unchanged) with a bit set of the code points that have an
 * entry (a small table that keeps Simplified text in the cache).  Built by
 * pd_fold_init (idempotent; pd_fold_utf8 and pd_fold_char call it), never
 * changed after.  For callers that fold code points in a loop of their own
 * (the metric extractor).
 */
extern uint16_t pd_t2s_bmp[0x10000];
extern uint8_t pd_t2s_has[0x10000 / 8];
extern void pd_fold_init(void);

/* pd_fold_bmp - fold the BMP code point c (after pd_fold_init) */
static inline uint32_t
pd_fold_bmp(uint32_t c)
{
	if (!((pd_t2s_has[c >> 3] >> (c & 7)) & 1))
		return c;
	return pd_t2s_bmp[c] ? pd_t2s_bmp[c] : c;
}

/*
 * pd_fold_han - c folded if it is a Han character of U+3400..U+9FFF whose
 * Simplified form is also three bytes long in UTF-8, else c: folding that
 * keeps byte offsets, so that they serve the original text and the folded
 * alike (the metric extractor's windows rely on it).  Every pair of
 * pd_fold_data.h is such a pair today.
 */
#define PD_FOLD_HAN_LO	0x3400
#define PD_FOLD_HAN_HI	0xA000

static inline uint32_t
pd_fold_han(uint32_t c)
{
	uint32_t	f;

	if (c - PD_FOLD_HAN_LO >= PD_FOLD_HAN_HI - PD_FOLD_HAN_LO)
		return c;
	f = pd_t2s_bmp[c];			/* 0 where c has no pair */
	return f >= 0x800 ? f : c;
}

#endif							/* PD_FOLD_H */
