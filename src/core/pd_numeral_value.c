/*-------------------------------------------------------------------------
 *
 * pd_numeral_value.c
 *	  Values of the numeral parser: terms (digits and digit runs placed at a
 *	  decimal exponent), their checks, and the canonical decimal written
 *	  from them digit by digit.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral_value.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral_int.h"

/* pd_num_value_init - an empty value holding up to cap terms in array */
void
pd_num_value_init(PdValue *v, PdTerm *array, int cap)
{
	memset(v, 0, sizeof(*v));
	v->t = array;
	v->cap = cap;
}

/* pd_num_value_free - release what grow allocated for v */
void
pd_num_value_free(PdParser *ps, PdValue *v)
{
	if (v->heap && ps->alloc && ps->alloc->free)
		ps->alloc->free(ps->alloc->arg, v->t);
	v->heap = 0;
}

/*
 * grow - room for twice as many terms, up to PD_NUM_MAX_TERMS, through the
 * parser's allocator; PD_NUM_TOO_LONG at pos when there is none
 */
static int
grow(PdParser *ps, PdValue *v, size_t pos)
{
	int			cap = v->cap * 2 > PD_NUM_MAX_TERMS ? PD_NUM_MAX_TERMS : v->cap * 2;
	PdTerm	   *t;

	if (cap <= v->cap || ps->alloc == NULL)
	{
		pd_num_fail(ps, PD_NUM_TOO_LONG, pos);
		return 0;
	}
	t = ps->alloc->resize(ps->alloc->arg, v->heap ? v->t : NULL,
						  (size_t) cap * sizeof(PdTerm));
	if (t == NULL)
	{
		pd_num_fail(ps, PD_NUM_TOO_LONG, pos);
		return 0;
	}
	if (!v->heap)
		memcpy(t, v->t, (size_t) v->n * sizeof(PdTerm));
	v->t = t;
	v->cap = cap;
	v->heap = 1;
	return 1;
}

/*
 * pd_num_add_term - append a term: a single digit (srclen 0) or a run of
 * ndig digits read from s[src..src+srclen), lowest digit at exponent exp
 */
int
pd_num_add_term(PdParser *ps, PdValue *v, int64_t exp, int ndig, size_t src,
				size_t srclen, int digit, size_t pos)
{
	PdTerm	   *t;

	if (v->n == v->cap && !grow(ps, v, pos))
		return 0;
	t = &v->t[v->n++];
	t->exp = exp - v->pending;
	t->dshift = 0;
	t->ndig = ndig;
	t->src = (uint32_t) src;
	t->srclen = (uint32_t) srclen;
	t->digit = (uint8_t) digit;
	t->pos = (uint32_t) pos;
	return 1;
}

/* pd_num_run_term - add run r with its lowest integer digit at exponent e */
int
pd_num_run_term(PdParser *ps, PdValue *v, const PdRun *r, int64_t e)
{
	if (r->intdig == 1 && r->fracdig == 0 && !r->has_exp)
		return pd_num_add_term(ps, v, e, 1, 0, 0, r->digit, r->pos);
	return pd_num_add_term(ps, v, e - r->fracdig, r->intdig + r->fracdig, r->src,
					r->srclen, 0, r->pos);
}

/*
 * pd_num_shift_from - add k to the exponent of terms [from, n), in O(1): see
 * PdValue.  Exponents are checked against numeric's limits once, on output,
 * so 亿亿亿… costs one step per 亿.
 */
void
pd_num_shift_from(PdValue *v, int from, int64_t k)
{
	v->t[from].dshift += k;
	v->pending += k;
}

/* pd_num_finalize - apply the shifts: every term gets its exponent */
void
pd_num_finalize(PdValue *v)
{
	int64_t		run = 0;
	int			i;

	for (i = 0; i < v->n; i++)
	{
		run += v->t[i].dshift;
		v->t[i].exp += run;
		v->t[i].dshift = 0;
	}
	v->pending = 0;
}

/* pd_num_check_order - terms must occupy strictly decreasing positions */
int
pd_num_check_order(PdParser *ps, const PdValue *v)
{
	int			i;

	for (i = 1; i < v->n; i++)
	{
		int64_t		hi = v->t[i].exp + v->t[i].ndig - 1;

		if (hi >= v->t[i - 1].exp)
		{
			pd_num_fail(ps, PD_NUM_SYNTAX, v->t[i].pos);
			return 0;
		}
	}
	return 1;
}

/* pd_num_value_range - highest and lowest exponent of v's digits */
void
pd_num_value_range(const PdValue *v, int64_t *top, int64_t *bottom)
{
	*top = v->t[0].exp + v->t[0].ndig - 1 + v->shift;
	*bottom = v->t[v->n - 1].exp + v->shift;
}

/*
 * pd_num_render_size - bytes pd_num_render_value may write, NUL excluded:
 * leading zeros are not written
 */
size_t
pd_num_render_size(PdParser *ps, const PdValue *v)
{
	int64_t		top,
				bottom;
	size_t		n = 2;			/* sign, and "0" */

	pd_num_value_range(v, &top, &bottom);
	if (!pd_num_value_top(ps, v, &top))
		top = 0;
	if (top > 0)
		n += (size_t) top + 1;
	if (bottom < 0)
		n += (size_t) (-bottom) + 1;
	return n;
}

/*
 * term_digit - the digit of term t at exponent e (t must cover e)
 *
 * For a run, walks its source; runs are short in practice, and render_value
 * walks them in order through next_run_digit instead.
 */
typedef struct PdCursor
{
	PdParser   *ps;
	size_t		p;
	size_t		end;
} PdCursor;

static int
next_run_digit(PdCursor *c)
{
	while (c->p < c->end)
	{
		int			val,
					clen;
		unsigned char b = c->ps->s[c->p];
		PdNumClass	k;

		/* ASCII digits and separators of Arabic runs, the common case */
		if (b >= '0' && b <= '9')
		{
			c->p++;
			return b - '0';
		}
		if (b == ',' || b == '.')
		{
			c->p++;
			continue;
		}
		k = pd_num_class_at(c->ps, c->p, &val, &clen);
		c->p += clen;
		if (k == PD_NC_DIGIT || k == PD_NC_ADIGIT)
			return val;
		if (k == PD_NC_EXP)
		{
			c->p = c->end;
			break;
		}
	}
	return 0;
}

/*
 * pd_num_render_value - write v as a canonical decimal at out[*o]; returns whether
 * any digit is non-zero.  The caller checked the size with render_size.
 */
int
pd_num_render_value(PdParser *ps, const PdValue *v, char *out, size_t *o)
{
	int64_t		top,
				bottom,
				e;
	int			i = 0;
	int			started = 0;
	int			nonzero = 0;
	size_t		start = *o;
	PdCursor	cur = {ps, 0, 0};
	int64_t		cur_lo = INT64_MAX;	/* exponent range of the open run */
	int64_t		cur_hi = INT64_MIN;

	/* from the first significant digit: 000…01 is 1, 零零零 is 0 */
	pd_num_value_range(v, &top, &bottom);
	if (!pd_num_value_top(ps, v, &top) || top < 0)
		top = 0;
	if (bottom > 0)
		bottom = 0;
	for (e = top; e >= bottom; e--)
	{
		int			d = 0;

		/* advance to the term covering e, if any */
		while (i < v->n && v->t[i].exp + v->shift > e)
			i++;
		if (i < v->n)
		{
			const PdTerm *t = &v->t[i];
			int64_t		lo = t->exp + v->shift;
			int64_t		hi = lo + t->ndig - 1;

			if (e <= hi && e >= lo)
			{
				if (t->srclen == 0)
					d = t->digit;
				else
				{
					if (cur_hi != hi || cur_lo != lo)
					{
						int64_t		skip;

						/* opened at e: its leading zeros above top skipped */
						cur.p = t->src;
						cur.end = t->src + t->srclen;
						cur_hi = hi;
						cur_lo = lo;
						for (skip = hi - e; skip > 0; skip--)
							(void) next_run_digit(&cur);
					}
					d = next_run_digit(&cur);
				}
			}
		}
		if (e == -1)
		{
			if (!started)
				out[(*o)++] = '0';
			out[(*o)++] = '.';
			started = 1;
		}
		if (d != 0)
			nonzero = 1;
		if (d == 0 && !started && e > 0)
			continue;
		out[(*o)++] = (char) ('0' + d);
		started = 1;
	}
	/* strip trailing fractional zeros and a bare point */
	if (bottom < 0)
	{
		while (*o > start && out[*o - 1] == '0')
			(*o)--;
		if (*o > start && out[*o - 1] == '.')
			(*o)--;
	}
	return nonzero;
}

/* pd_num_value_pow10 - is v exactly 10^k for some k >= 0? */
int
pd_num_value_pow10(PdParser *ps, const PdValue *v, int64_t *k)
{
	int			i,
				ones = 0;
	int64_t		where = 0;

	for (i = 0; i < v->n; i++)
	{
		const PdTerm *t = &v->t[i];

		if (t->srclen == 0)
		{
			if (t->digit == 1)
			{
				ones++;
				where = t->exp + v->shift;
			}
			else if (t->digit != 0)
				return 0;
		}
		else
		{
			PdCursor	c = {ps, t->src, t->src + t->srclen};
			int			j;

			for (j = 0; j < t->ndig; j++)
			{
				int			d = next_run_digit(&c);

				if (d == 1)
				{
					ones++;
					where = t->exp + v->shift + (t->ndig - 1 - j);
				}
				else if (d != 0)
					return 0;
			}
		}
	}
	if (ones != 1 || where < 0)
		return 0;
	*k = where;
	return 1;
}

/*
 * pd_num_value_top - is any digit of v non-zero?  Then *top is the exponent of the
 * most significant one.
 */
int
pd_num_value_top(PdParser *ps, const PdValue *v, int64_t *top)
{
	int			i;

	for (i = 0; i < v->n; i++)
	{
		const PdTerm *t = &v->t[i];

		if (t->srclen == 0)
		{
			if (t->digit != 0)
			{
				*top = t->exp + v->shift;
				return 1;
			}
		}
		else
		{
			PdCursor	c = {ps, t->src, t->src + t->srclen};
			int			j;

			for (j = 0; j < t->ndig; j++)
				if (next_run_digit(&c) != 0)
				{
					*top = t->exp + v->shift + (t->ndig - 1 - j);
					return 1;
				}
		}
	}
	*top = 0;
	return 0;
}

/*
 * pd_num_check_range - numeric cannot hold significant digits above
 * PD_NUM_MAX_EXP nor any digit below PD_NUM_MIN_EXP (numeric_in alike)
 */
int
pd_num_check_range(PdParser *ps, const PdValue *v)
{
	int64_t		top,
				bottom;

	pd_num_value_range(v, &top, &bottom);
	if (bottom < PD_NUM_MIN_EXP ||
		(pd_num_value_top(ps, v, &top) && top > PD_NUM_MAX_EXP))
	{
		pd_num_fail(ps, PD_NUM_RANGE, 0);
		return 0;
	}
	return 1;
}
