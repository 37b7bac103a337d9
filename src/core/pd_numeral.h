/*-------------------------------------------------------------------------
 *
 * pd_numeral.h
 *	  Chinese numerals <-> exact decimal strings.  No PostgreSQL headers.
 *
 * The parser reads one numeral (Chinese, Arabic or mixed: 一万二, 16.7万,
 * 百分之五十, 壹佰元整, 三分之一 ...) from UTF-8 bytes and writes its value
 * as a canonical decimal string.  Values that are not finite decimals are
 * written as an exact quotient for the caller to divide:
 *
 *	  [-]D              a decimal: 12000, 0.5, -3.14
 *	  [-]N/M            a quotient: 1/3 (三分之一)
 *	  [-]W+N/M          a mixed number: 350+1/3 (三百五又三分之一)
 *
 * A leading "-" negates the whole expression: -1+1/2 is -(1 + 1/2).
 * D, N, M and W are canonical: no leading zeros (but "0"), no trailing
 * fractional zeros, no exponent.  Arithmetic is positional placement of
 * digits, never floating point.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_NUMERAL_H
#define PD_NUMERAL_H

#include <stddef.h>
#include <stdint.h>

#include "pd_chars.h"

typedef enum PdNumStatus
{
	PD_NUM_OK = 0,
	PD_NUM_SYNTAX,				/* not a numeral; *errpos = offending byte */
	PD_NUM_EMPTY,				/* nothing but white space */
	PD_NUM_RANGE,				/* magnitude beyond any numeric */
	PD_NUM_TOO_LONG,			/* more digit groups than memory for them */
	PD_NUM_DIVZERO,				/* a fraction with denominator zero */
	PD_NUM_BUFFER				/* out too small; *errpos = bytes needed */
} PdNumStatus;

/*
 * Exponent limits of the significant digits, numeric's own: 131072 digits
 * before the decimal point, 16383 after.  Leading zeros do not count (numeric
 * reads 000…01 as 1); digits after the point do, zeros included, as in
 * numeric_in, which refuses a scale above 16383.
 */
#define PD_NUM_MAX_EXP		131071
#define PD_NUM_MIN_EXP		(-16383)
/*
 * Digit groups ("terms") one number may have: 三千零五 has two, a run of
 * Arabic digits is one.  More than numeric has digits, so that no numeral
 * numeric can hold is refused: numeric_to_cn writes at most one group per
 * non-zero digit.  pd_numeral_parse holds PD_NUM_STACK_TERMS of them on the
 * stack; pd_numeral_parse_alloc gets memory for more from its caller.
 */
#define PD_NUM_MAX_TERMS	262144
#define PD_NUM_STACK_TERMS	256

/*
 * Memory for numerals of more than PD_NUM_STACK_TERMS groups: resize returns
 * a block of size bytes holding the first bytes of ptr (ptr NULL: a new
 * block), or NULL; free may be NULL (a memory context reset as a whole).
 * check, if not NULL, is called once every PD_NUM_CHECK_EVERY characters the
 * parser reads (a long numeral takes time in proportion to its length): a
 * server checks for interrupts there.  It may leave by longjmp only if the
 * blocks of resize are freed without free's help: the server's are, in the
 * memory context its error handling resets (free then only returns blocks
 * early, on success).
 */
typedef struct PdNumAlloc
{
	void	   *(*resize) (void *arg, void *ptr, size_t size);
	void		(*free) (void *arg, void *ptr);
	void	   *arg;
	void		(*check) (void *arg);
} PdNumAlloc;

#define PD_NUM_CHECK_EVERY	65536

/*
 * pd_numeral_parse - parse the whole of s[0..len) as one numeral
 *
 * Leading and trailing white space (ASCII, U+3000, U+00A0) is ignored.  On
 * PD_NUM_OK, out holds a NUL-terminated string in the format above.  On
 * PD_NUM_SYNTAX, *errpos is the byte offset of the first character that
 * cannot continue a numeral (len for a numeral cut short).  On PD_NUM_BUFFER,
 * *errpos is the size out needs.  On PD_NUM_TOO_LONG, *errpos is the offset
 * of the first group too many.  out is owned by the caller.  A numeral that
 * is both malformed and out of range is reported as malformed.
 */
extern PdNumStatus pd_numeral_parse(const char *s, size_t len,
									char *out, size_t outlen, size_t *errpos);

/* The same, with alloc (or NULL) for numerals of many groups. */
extern PdNumStatus pd_numeral_parse_alloc(const char *s, size_t len,
										  char *out, size_t outlen, size_t *errpos,
										  const PdNumAlloc *alloc);

/* The same through the full grammar only, without the fast paths; for tests. */
extern PdNumStatus pd_numeral_parse_full(const char *s, size_t len,
										 char *out, size_t outlen, size_t *errpos,
										 const PdNumAlloc *alloc);

/* Output styles of pd_numeral_format. */
typedef enum PdNumStyle
{
	PD_STYLE_PLAIN = 0,			/* 一万二千三百四十五点六七 */
	PD_STYLE_FINANCIAL,			/* 壹万贰仟叁佰肆拾伍点陆柒 */
	PD_STYLE_RMB				/* 壹万贰仟叁佰肆拾伍元陆角柒分 */
} PdNumStyle;

typedef enum PdFmtStatus
{
	PD_FMT_OK = 0,
	PD_FMT_SYNTAX,				/* dec is not a plain decimal string */
	PD_FMT_PRECISION,			/* RMB style: more than two decimals */
	PD_FMT_BUFFER				/* out too small; *needed = bytes needed */
} PdFmtStatus;

/*
 * pd_numeral_format - write a plain decimal string ("-12345.67") in Chinese
 *
 * Writes a NUL-terminated UTF-8 string to out.  Every output parses back to
 * the same value with pd_numeral_parse.  At most
 * pd_numeral_format_size(len) bytes are needed.
 */
extern PdFmtStatus pd_numeral_format(const char *dec, size_t len, PdNumStyle style,
									 char *out, size_t outlen, size_t *needed);
extern size_t pd_numeral_format_size(size_t declen);

#endif							/* PD_NUMERAL_H */
