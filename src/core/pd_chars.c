/*-------------------------------------------------------------------------
 *
 * pd_chars.c
 *	  The lookup tables of pd_chars.h, built at compile time from its list
 *	  of numeral characters.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_chars.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>

#include "pd_chars.h"

#define A(c, k, v)	[c] = {c, PD_NC_##k, v, 0}

const PdCharEntry pd_char_ascii[128] = {
	A('0', ADIGIT, 0), A('1', ADIGIT, 1), A('2', ADIGIT, 2), A('3', ADIGIT, 3),
	A('4', ADIGIT, 4), A('5', ADIGIT, 5), A('6', ADIGIT, 6), A('7', ADIGIT, 7),
	A('8', ADIGIT, 8), A('9', ADIGIT, 9),
	A('.', POINT, 0), A(',', COMMA, 0),
	A('-', SIGN, -1), A('+', SIGN, 1),
	A('%', PERCENT, -2), A('/', SLASH, 0),
	A('e', EXP, 0), A('E', EXP, 0),
	A(' ', SPACE, 0), A('\t', SPACE, 0), A('\n', SPACE, 0), A('\r', SPACE, 0),
	A('\v', SPACE, 0), A('\f', SPACE, 0),
};

/* a slot filled twice, by two characters of one hash, is a build error */
#if defined(__GNUC__)
#pragma GCC diagnostic error "-Woverride-init"
#endif
#define PD_FORM_PLAIN	0
#define PD_FORM_FORMAL	1
#define H(cp, name, cls, val, form) \
	[PD_CHAR_HASH(cp)] = {cp, PD_NC_##cls, val, PD_FORM_##form},

const PdCharEntry pd_char_hash[256] = {
	PD_NUMERAL_CHARS(H)
};
