/*-------------------------------------------------------------------------
 *
 * pd_numeral.c
 *	  Chinese numeral parser: UTF-8 numeral -> exact decimal string.
 *
 * A numeral is read as a list of "terms", each a digit or a run of digits
 * placed at a decimal exponent: 三万五千亿 is 3 at 10^12 and 5 at 10^11.
 * Units multiply the digit before them (五千), myriads (万 亿) multiply every
 * term since the last larger myriad (三万五千亿: 亿 applies to 三万 and 五千),
 * a lone digit after a unit takes the next lower unit (一万二 = 12000), and a
 * decimal point starts fractional digits that later scale words shift
 * (十六点七万).  Terms must end up in strictly decreasing, non-overlapping
 * positions, which rejects 百百, 十一十二 and the like.  The value is then
 * written digit by digit: no arithmetic, hence no rounding and no overflow
 * short of the explicit exponent limits.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral_int.h"

/* ---------------------------------------------------------------------
 * Money: 壹万贰仟元零伍角叁分, 人民币壹角整
 * --------------------------------------------------------------------- */

/*
 * money_tail - after 元 (or with the first 角/分 digit already in v at
 * exponent 0): [零] d角 [零] d分 [d厘] [整|正].
 */
static int
money_tail(PdParser *ps, PdValue *v, int64_t last_exp, int has_fraction)
{
	int			zero = 0;

	for (;;)
	{
		PdTok		t = pd_num_peek(ps);
		PdRun		d;
		int64_t		e;

		if (pd_num_at_end(&t, ps))
			return 1;
		if (t.cls == PD_NC_ZHENG)
		{
			ps->p = t.end;
			t = pd_num_peek(ps);
			if (!pd_num_at_end(&t, ps) || zero)
			{
				pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
				return 0;
			}
			return 1;
		}
		if (has_fraction)
		{
			pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		if (t.cls == PD_NC_DIGIT && t.val == 0 && !zero)
		{
			zero = 1;
			ps->p = t.end;
			/* 零角零分: a zero may also name its unit */
			t = pd_num_peek(ps);
			if (t.cls == PD_NC_JIAO || t.cls == PD_NC_FEN || t.cls == PD_NC_LI)
			{
				e = t.cls == PD_NC_JIAO ? -1 : t.cls == PD_NC_FEN ? -2 : -3;
				if (e >= last_exp)
				{
					pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
					return 0;
				}
				last_exp = e;
				zero = 0;
				ps->p = t.end;
			}
			continue;
		}
		if (t.cls != PD_NC_DIGIT && t.cls != PD_NC_ADIGIT)
		{
			pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		memset(&d, 0, sizeof(d));
		d.digit = t.val;
		d.pos = t.pos;
		ps->p = t.end;
		t = pd_num_peek(ps);
		e = t.cls == PD_NC_JIAO ? -1 : t.cls == PD_NC_FEN ? -2 : t.cls == PD_NC_LI ? -3 : 0;
		if (e == 0 || e >= last_exp)
		{
			pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		if (d.digit != 0 && !pd_num_add_term(ps, v, e, 1, 0, 0, d.digit, d.pos))
			return 0;
		last_exp = e;
		zero = 0;
		ps->p = t.end;
	}
}

/*
 * money_cent - 壹角, 伍角叁分, 壹分: the number read is one digit, which the
 * unit at token t places; the rest of the money tail may follow.
 */
static int
money_cent(PdParser *ps, PdValue *v, PdTok t)
{
	int64_t		e = t.cls == PD_NC_JIAO ? -1 : t.cls == PD_NC_FEN ? -2 : -3;

	if (v->n != 1 || v->t[0].ndig != 1 || v->t[0].exp != 0 || v->shift != 0)
	{
		pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
		return 0;
	}
	v->t[0].exp = e;
	ps->p = t.end;
	return money_tail(ps, v, e, 0);
}

/* ---------------------------------------------------------------------
 * Whole numeral
 * --------------------------------------------------------------------- */

/* parse_signed - optional sign, then one number; *neg toggled by 负 */
static int
parse_signed(PdParser *ps, PdValue *v, int *neg)
{
	PdTok		t = pd_num_peek(ps);

	if (t.cls == PD_NC_SIGN)
	{
		if (t.val < 0)
			*neg = !*neg;
		ps->p = t.end;
	}
	return pd_num_parse_simple(ps, v);
}

/* skip_money_prefix - skip 人民币, ¥ or ￥ at ps->p; was there one? */
static int
skip_money_prefix(PdParser *ps)
{
	static const char rmb[] = "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81";	/* 人民币 */
	PdTok		t = pd_num_peek(ps);

	if (t.cls == PD_NC_CURRENCY)
	{
		ps->p = t.end;
		return 1;
	}
	if (ps->len - t.pos >= 9 && memcmp(ps->s + t.pos, rmb, 9) == 0)
	{
		ps->p = t.pos + 9;
		return 1;
	}
	return 0;
}

/* swap_values - exchange two values, terms and all */
static void
swap_values(PdValue *x, PdValue *y)
{
	PdValue		t = *x;

	*x = *y;
	*y = t;
}

/*
 * parse_whole - the numeral in ps into out, with a, b, w for its numbers (the
 * number, a denominator and a whole part: they change roles as it is read)
 */
static PdNumStatus
parse_whole(PdParser *ps, PdValue *a, PdValue *b, PdValue *w,
			char *out, size_t outlen, size_t *errpos)
{
	PdValue    *num = a,
			   *den = NULL,
			   *whole = NULL;
	int			neg = 0;
	int			money;
	PdTok		t;
	size_t		need,
				o = 0;
	int64_t		dtop = 0;		/* exponent of the denominator's first digit */

	t = pd_num_peek(ps);
	if (pd_num_at_end(&t, ps))
		return PD_NUM_EMPTY;

	money = skip_money_prefix(ps);
	if (!money)
	{
		/* 第三: an ordinal reads as its number */
		static const char di[] = "\xE7\xAC\xAC";	/* 第 */

		if (ps->len - t.pos >= 3 && memcmp(ps->s + t.pos, di, 3) == 0)
		{
			ps->p = t.pos + 3;
			t = pd_num_peek(ps);
			if (t.cls == PD_NC_SIGN)
			{
				pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
				goto error;
			}
		}
	}
	if (!parse_signed(ps, a, &neg))
		goto error;

	t = pd_num_peek(ps);
	if (t.cls == PD_NC_FEN || t.cls == PD_NC_SLASH || t.cls == PD_NC_YOU)
	{
		if (t.cls == PD_NC_YOU)
		{
			/* 三又五分之一 */
			if (!pd_num_check_order(ps, a))
				goto error;
			swap_values(w, a);
			whole = w;
			ps->p = t.end;
			if (!pd_num_parse_simple(ps, a))
				goto error;
			t = pd_num_peek(ps);
			if (t.cls != PD_NC_FEN && t.cls != PD_NC_SLASH)
			{
				pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
				goto error;
			}
		}
		if (t.cls == PD_NC_FEN)
		{
			PdTok		z;

			ps->p = t.end;
			z = pd_num_peek(ps);
			if (z.cls != PD_NC_ZHI)
			{
				/* 壹分: a cent */
				if (whole)
				{
					pd_num_fail(ps, PD_NUM_SYNTAX, z.pos);
					goto error;
				}
				if (!pd_num_check_order(ps, a) || !money_cent(ps, a, t))
					goto error;
				goto money_done;
			}
			ps->p = z.end;
			/* A分之B = B/A */
			swap_values(b, a);
			den = b;
			if (!pd_num_check_order(ps, den) || !parse_signed(ps, a, &neg) ||
				!pd_num_check_order(ps, a))
				goto error;
		}
		else
		{
			/* B/A */
			ps->p = t.end;
			if (!pd_num_check_order(ps, a) || !pd_num_parse_simple(ps, b))
				goto error;
			den = b;
			if (!pd_num_check_order(ps, den))
				goto error;
		}
	}
	else
	{
		if (!pd_num_check_order(ps, a))
			goto error;
		if (t.cls == PD_NC_PERCENT)
		{
			a->shift += t.val;
			ps->p = t.end;
		}
		else if (t.cls == PD_NC_CHENG)
		{
			/* 四成 = 0.4 */
			a->shift -= 1;
			ps->p = t.end;
		}
		else if (t.cls == PD_NC_YUAN)
		{
			int64_t		top,
						bottom;

			pd_num_value_range(a, &top, &bottom);
			ps->p = t.end;
			if (!money_tail(ps, a, 0, bottom < 0))
				goto error;
		}
		else if (t.cls == PD_NC_JIAO || t.cls == PD_NC_LI)
		{
			/* 壹角, 伍角叁分: the number read was the first digit */
			if (!money_cent(ps, a, t))
				goto error;
		}
	}
money_done:
	/* the numeral must end here */
	t = pd_num_peek(ps);
	if (!pd_num_at_end(&t, ps))
	{
		pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
		goto error;
	}
	if (money && den)
	{
		/* 人民币三分之一 is not an amount */
		pd_num_fail(ps, PD_NUM_SYNTAX, 0);
		goto error;
	}

	/* a power-of-ten denominator is a shift: 百分之五十 = 0.5 */
	if (den)
	{
		int64_t		k;

		if (!pd_num_value_top(ps, den, &dtop))
		{
			pd_num_fail(ps, PD_NUM_DIVZERO, 0);
			goto error;
		}
		if (!whole && pd_num_value_pow10(ps, den, &k))
		{
			num->shift -= k;
			den = NULL;
		}
	}
	if (!pd_num_check_range(ps, num) || (den && !pd_num_check_range(ps, den)) ||
		(whole && !pd_num_check_range(ps, whole)))
		goto error;
	if (den)
	{
		/*
		 * The quotient is below 10^(top(num) - top(den) + 1): it must fit
		 * numeric too (1e131071/0.0001 does not).  value_top skips leading
		 * zeros of runs, so the bound is exact enough not to refuse a
		 * quotient numeric can hold; check_range above bounded the whole part.
		 */
		int64_t		ntop;

		(void) pd_num_value_top(ps, num, &ntop);
		if (ntop - dtop + 1 > PD_NUM_MAX_EXP)
		{
			pd_num_fail(ps, PD_NUM_RANGE, 0);
			goto error;
		}
	}

	need = pd_num_render_size(ps, num) + 1;
	if (den)
		need += pd_num_render_size(ps, den) + 1;
	if (whole)
		need += pd_num_render_size(ps, whole) + 1;
	if (need > outlen)
	{
		*errpos = need;
		return PD_NUM_BUFFER;
	}
	if (neg)
		out[o++] = '-';
	{
		size_t		body = o;
		int			nz = 0;

		if (whole)
		{
			nz |= pd_num_render_value(ps, whole, out, &o);
			out[o++] = '+';
		}
		nz |= pd_num_render_value(ps, num, out, &o);
		if (den)
		{
			out[o++] = '/';
			pd_num_render_value(ps, den, out, &o);
		}
		if (neg && !nz)
		{
			/* -0 is 0 */
			memmove(out, out + 1, o - body);
			o--;
		}
	}
	out[o] = '\0';
	return PD_NUM_OK;

error:
	*errpos = ps->errpos;
	return ps->status == PD_NUM_OK ? PD_NUM_SYNTAX : ps->status;
}

PdNumStatus
pd_numeral_parse(const char *s, size_t len, char *out, size_t outlen,
				 size_t *errpos)
{
	return pd_numeral_parse_alloc(s, len, out, outlen, errpos, NULL);
}

PdNumStatus
pd_numeral_parse_alloc(const char *s, size_t len, char *out, size_t outlen,
					   size_t *errpos, const PdNumAlloc *alloc)
{
	*errpos = 0;
	if (len > UINT32_MAX / 2)
		return PD_NUM_TOO_LONG;
#ifndef PD_NUMERAL_NO_FAST_PATH
	if (pd_num_parse_fast(s, len, out, outlen))
		return PD_NUM_OK;
#endif
	return pd_numeral_parse_full(s, len, out, outlen, errpos, alloc);
}

PdNumStatus
pd_numeral_parse_full(const char *s, size_t len, char *out, size_t outlen,
					  size_t *errpos, const PdNumAlloc *alloc)
{
	PdTerm		ta[PD_NUM_STACK_TERMS],
				tb[PD_NUM_STACK_TERMS],
				tw[PD_NUM_STACK_TERMS];
	PdParser	ps;
	PdValue		a,
				b,
				w;
	PdNumStatus st;

	*errpos = 0;
	if (len > UINT32_MAX / 2)
		return PD_NUM_TOO_LONG;
	memset(&ps, 0, sizeof(ps));
	ps.s = (const unsigned char *) s;
	ps.len = len;
	ps.status = PD_NUM_OK;
	ps.memo_p = SIZE_MAX;
	ps.alloc = alloc;
	ps.tick = PD_NUM_CHECK_EVERY;
	pd_num_value_init(&a, ta, PD_NUM_STACK_TERMS);
	pd_num_value_init(&b, tb, PD_NUM_STACK_TERMS);
	pd_num_value_init(&w, tw, PD_NUM_STACK_TERMS);
	st = parse_whole(&ps, &a, &b, &w, out, outlen, errpos);
	pd_num_value_free(&ps, &a);
	pd_num_value_free(&ps, &b);
	pd_num_value_free(&ps, &w);
	return st;
}
