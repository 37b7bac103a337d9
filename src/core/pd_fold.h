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

/* pd_fold_char - fold one code point (see pd_fold_utf8) */
extern uint32_t pd_fold_char(uint32_t c);

#endif							/* PD_FOLD_H */
