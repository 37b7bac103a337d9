/*-------------------------------------------------------------------------
 *
 * pd_numeral_int.h
 *	  Internals of the numeral parser, shared by its files:
 *	  pd_numeral.c (a whole numeral: sign, fraction, money), pd_numeral_grammar.c
 *	  (one number), pd_numeral_scan.c (tokens, digit runs), pd_numeral_value.c
 *	  (terms, output), pd_numeral_fast.c (exact fast paths).
 *	  No PostgreSQL headers.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral_int.h
 *
 *-------------------------------------------------------------------------
 */
#ifndef PD_NUMERAL_INT_H
#define PD_NUMERAL_INT_H

#include <stddef.h>
#include <stdint.h>

#include "pd_numeral.h"

/* One digit or digit run at a decimal exponent. */
typedef struct PdTerm
{
	int64_t		exp;			/* exponent of the lowest digit (see PdValue) */
	int64_t		dshift;			/* myriad shifts of the terms from this one on */
	int32_t		ndig;			/* digit positions occupied */
	uint32_t	src;			/* run: byte offset of its first character */
	uint32_t	srclen;			/* run: byte length; 0 for a single digit */
	uint32_t	pos;			/* byte offset reported on error */
	uint8_t		digit;			/* single digit value */
} PdTerm;

/*
 * A number as terms.  A myriad multiplies the terms from some index on
 * (三万五千亿: 亿 all of them); the grammar does not apply it term by term,
 * which would cost O(terms) per myriad, but adds it to t[from].dshift and
 * to pending, and a term added later stores its exponent less pending.
 * pd_num_finalize then gives every term its exponent in one pass: the
 * exponent it was added with, plus the shifts added after it that cover it.
 * Between pd_num_parse_simple's return and the output, exp is the exponent.
 */
typedef struct PdValue
{
	PdTerm	   *t;				/* the caller's array or, grown, an allocation */
	int			n;
	int			cap;
	int			heap;			/* t was allocated through the parser's alloc */
	int64_t		pending;		/* sum of the shifts not yet applied */
	int64_t		shift;			/* applied to every exponent on output */
} PdValue;

/* A token: one classified character after optional white space. */
typedef struct PdTok
{
	uint8_t		cls;			/* a PdNumClass */
	int8_t		val;
	uint8_t		space_before;
	uint32_t	pos;			/* byte offset of the character */
	uint32_t	end;			/* byte offset after it */
} PdTok;

/* Parser state: input, position, and the first error. */
typedef struct PdParser
{
	const unsigned char *s;
	size_t		len;
	size_t		p;
	PdNumStatus status;
	size_t		errpos;
	size_t		memo_p;			/* offset whose peek() result is in memo */
	PdTok		memo;
	const PdNumAlloc *alloc;	/* memory for values beyond their array; or NULL */
	uint32_t	tick;			/* characters read until alloc->check is due */
} PdParser;

/*
 * A digit run: Arabic digits with optional thousands separators, decimal
 * part and exponent, or Chinese digits (二〇二一).
 */
typedef struct PdRun
{
	size_t		src;
	size_t		srclen;
	int			intdig;			/* digits before the point */
	int			fracdig;		/* digits after it */
	int64_t		exp10;			/* e-notation exponent */
	int			has_exp;
	int			chinese;
	int			digit;			/* value when intdig == 1 and fracdig == 0 */
	size_t		pos;
} PdRun;

/* pd_numeral_scan.c */
extern void pd_num_fail(PdParser *ps, PdNumStatus st, size_t pos);
extern PdTok pd_num_peek(PdParser *ps);
extern PdNumClass pd_num_class_at(PdParser *ps, size_t p, int *val, int *clen);
extern int	pd_num_read_arabic(PdParser *ps, PdRun *r);
extern int	pd_num_read_chinese_run(PdParser *ps, PdRun *r);

/* is token t past the end of the input? */
static inline int
pd_num_at_end(const PdTok *t, const PdParser *ps)
{
	return t->pos >= ps->len;
}

/* pd_numeral_value.c */
extern int	pd_num_add_term(PdParser *ps, PdValue *v, int64_t exp, int ndig,
							size_t src, size_t srclen, int digit, size_t pos);
extern int	pd_num_run_term(PdParser *ps, PdValue *v, const PdRun *r, int64_t e);
extern void pd_num_shift_from(PdValue *v, int from, int64_t k);
extern void pd_num_finalize(PdValue *v);
extern void pd_num_value_init(PdValue *v, PdTerm *array, int cap);
extern void pd_num_value_free(PdParser *ps, PdValue *v);
extern int	pd_num_check_order(PdParser *ps, const PdValue *v);
extern void pd_num_value_range(const PdValue *v, int64_t *top, int64_t *bottom);
extern size_t pd_num_render_size(PdParser *ps, const PdValue *v);
extern int	pd_num_render_value(PdParser *ps, const PdValue *v, char *out, size_t *o);
extern int	pd_num_value_pow10(PdParser *ps, const PdValue *v, int64_t *k);
extern int	pd_num_value_top(PdParser *ps, const PdValue *v, int64_t *top);
extern int	pd_num_check_range(PdParser *ps, const PdValue *v);

/* pd_numeral_fast.c: 1 if it wrote s's value to out, 0 if the full grammar must decide */
extern int	pd_num_parse_fast(const char *s, size_t len, char *out, size_t outlen);

/* pd_numeral_grammar.c */
extern int	pd_num_parse_simple(PdParser *ps, PdValue *v);

#endif							/* PD_NUMERAL_INT_H */
