/*-------------------------------------------------------------------------
 *
 * pd_parts.h
 *	  Parts of number tokens (2009年 -> 2009, 年; 16.7万元 -> 16.7万, 16.7,
 *	  167000, 万元, 元), which the text-search dictionary indexes at the
 *	  token's position so that numbers, dates and units are found by their
 *	  parts.  No PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_parts.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_PARTS_H
#define PD_PARTS_H

#include <stddef.h>
#include <stdint.h>

/* most parts one token has */
#define PD_PARTS_MAX	12

/* room pd_number_parts needs for the spellings it makes */
#define PD_PARTS_BUF	256

typedef struct PdPart
{
	const char *s;				/* into the token or the caller's buffer */
	int32_t		len;
	int32_t		alt;			/* 1: the spelling with Arabic digits of a
								 * Han number, or one of its parts */
} PdPart;

/*
 * pd_number_parts - the parts of number token w[0..len) (folded, as the
 * dictionary sees it), each once, the token itself left out: up to max of
 * them into parts, spellings made up (values, Arabic forms of Han numbers)
 * written into buf[0..buflen).  Parts with alt = 0 come first.  Returns how
 * many; 0 if w is not a number token or has no parts (2024, 3.14).
 */
extern int	pd_number_parts(const char *w, size_t len, char *buf, size_t buflen,
							PdPart *parts, int max);

#endif							/* PD_PARTS_H */
