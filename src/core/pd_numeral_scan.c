/*-------------------------------------------------------------------------
 *
 * pd_numeral_scan.c
 *	  Tokens and digit runs of the numeral parser: characters classified
 *	  through pd_chars.h, white space skipped, Arabic and Chinese digit runs.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral_scan.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral_int.h"

/* pd_num_fail - record the first error: status and byte offset */
void
pd_num_fail(PdParser *ps, PdNumStatus st, size_t pos)
{
	if (ps->status == PD_NUM_OK)
	{
		ps->status = st;
		ps->errpos = pos;
	}
}

/* is the character before byte offset p a Chinese numeral (digit, 十, 廿)? */
static int
chinese_numeral_before(const PdParser *ps, size_t p)
{
	size_t		q = p;
	uint32_t	c;
	int			v;
	PdNumClass	k;

	while (q > 0 && p - q < 4 && (ps->s[q - 1] & 0xC0) == 0x80)
		q--;
	if (q == 0 || p - q > 3)
		return 0;
	q--;
	pd_utf8_next(ps->s + q, p - q, &c);
	k = pd_numeral_class(c, &v);
	return k == PD_NC_DIGIT || k == PD_NC_UNIT || k == PD_NC_TENS;
}

/*
 * scan_class - the class of code point c at byte offset p (clen bytes):
 * pd_numeral_class, and a middle dot between Chinese numerals as their
 * decimal point (七四三七·三億, 卅七·九; never after an Arabic digit: 3·15)
 */
static PdNumClass
scan_class(const PdParser *ps, size_t p, size_t clen, uint32_t c, int *val)
{
	PdNumClass	k = pd_numeral_class(c, val);
	uint32_t	n;
	int			v;

	if (k != PD_NC_NONE || !pd_is_middle_dot(c) || p + clen >= ps->len ||
		!chinese_numeral_before(ps, p))
		return k;
	pd_utf8_next(ps->s + p + clen, ps->len - p - clen, &n);
	if (pd_numeral_class(n, &v) != PD_NC_DIGIT)
		return k;
	*val = 0;
	return PD_NC_POINT;
}

/* tick - count one character read; call alloc->check every PD_NUM_CHECK_EVERY */
static inline void
tick(PdParser *ps)
{
	if (--ps->tick > 0)
		return;
	ps->tick = PD_NUM_CHECK_EVERY;
	if (ps->alloc && ps->alloc->check)
		ps->alloc->check(ps->alloc->arg);
}

/*
 * pd_num_peek - classify the next character after white space; does not advance.
 * The grammar looks at the same position several times: memoized.
 */
PdTok
pd_num_peek(PdParser *ps)
{
	PdTok		t;
	size_t		p = ps->p;

	if (ps->memo_p == p)
		return ps->memo;

	t.space_before = 0;
	for (;;)
	{
		int			val;
		size_t		clen;
		uint32_t	c;

		if (p >= ps->len)
		{
			t.cls = PD_NC_NONE;
			t.val = 0;
			t.pos = t.end = ps->len;
			break;
		}
		tick(ps);
		clen = pd_utf8_next(ps->s + p, ps->len - p, &c);
		t.cls = (uint8_t) scan_class(ps, p, clen, c, &val);
		t.val = (int8_t) val;
		t.pos = (uint32_t) p;
		t.end = (uint32_t) (p + clen);
		if (t.cls != PD_NC_SPACE)
			break;
		t.space_before = 1;
		p += clen;
	}
	ps->memo_p = ps->p;
	ps->memo = t;
	return t;
}

/*
 * pd_num_class_at - class and value of the character at byte offset p (no white
 * space skip).  Shares pd_num_peek()'s memo: a scanner's look at the character that
 * ends a run is the grammar's next token.
 */
PdNumClass
pd_num_class_at(PdParser *ps, size_t p, int *val, int *clen)
{
	PdNumClass	c;
	uint32_t	cp;

	if (p >= ps->len)
	{
		*clen = 0;
		*val = 0;
		return PD_NC_NONE;
	}
	if (ps->memo_p == p && !ps->memo.space_before)
	{
		*val = ps->memo.val;
		*clen = (int) (ps->memo.end - p);
		return ps->memo.cls;
	}
	tick(ps);
	*clen = (int) pd_utf8_next(ps->s + p, ps->len - p, &cp);
	c = scan_class(ps, p, (size_t) *clen, cp, val);
	if (c != PD_NC_SPACE)
	{
		ps->memo_p = p;
		ps->memo.cls = c;
		ps->memo.val = *val;
		ps->memo.pos = p;
		ps->memo.end = p + *clen;
		ps->memo.space_before = 0;
	}
	return c;
}

/* read_exponent - e[+-]digits after an Arabic mantissa; 0 if absent */
static int
read_exponent(PdParser *ps, size_t p, PdRun *r, size_t *endp)
{
	int			val,
				clen,
				sign = 1,
				ndig = 0;
	int64_t		e = 0;
	PdNumClass	c = pd_num_class_at(ps, p, &val, &clen);

	if (c != PD_NC_EXP)
		return 0;
	p += clen;
	c = pd_num_class_at(ps, p, &val, &clen);
	if (c == PD_NC_SIGN)
	{
		sign = val;
		p += clen;
		c = pd_num_class_at(ps, p, &val, &clen);
	}
	while (c == PD_NC_ADIGIT)
	{
		if (e < 100000000)
			e = e * 10 + val;
		ndig++;
		p += clen;
		c = pd_num_class_at(ps, p, &val, &clen);
	}
	if (ndig == 0)
		return 0;
	r->exp10 = sign * e;
	r->has_exp = 1;
	*endp = p;
	return 1;
}

/*
 * group_after_space - the end of a group of three Arabic digits after a
 * group space at p (3 662 200, 12 000), not followed by a further digit;
 * or 0
 */
static size_t
group_after_space(PdParser *ps, size_t p)
{
	uint32_t	c;
	size_t		q;
	int			k,
				val,
				clen;

	if (p >= ps->len)
		return 0;
	q = p + pd_utf8_next(ps->s + p, ps->len - p, &c);
	if (!pd_is_group_space(c))
		return 0;
	for (k = 0; k < 3; k++)
	{
		if (pd_num_class_at(ps, q, &val, &clen) != PD_NC_ADIGIT)
			return 0;
		q += clen;
	}
	return pd_num_class_at(ps, q, &val, &clen) == PD_NC_ADIGIT ? 0 : q;
}

/*
 * pd_num_read_arabic - read an Arabic number at ps->p (digits, separators, point,
 * exponent) into r and advance.  Returns 0 after reporting an error.
 */
int
pd_num_read_arabic(PdParser *ps, PdRun *r)
{
	size_t		p = ps->p;
	int			val,
				clen;
	int			group = 0,
				commas = 0,
				spaces = 0,
				first_group = -1;
	size_t		grp_end;
	PdNumClass	c;

	memset(r, 0, sizeof(*r));
	r->src = r->pos = p;
	for (;;)
	{
		c = pd_num_class_at(ps, p, &val, &clen);
		if (c == PD_NC_ADIGIT)
		{
			r->intdig++;
			group++;
			r->digit = val;
			p += clen;
			continue;
		}
		/* spaces between groups of three: 3 662 200 (the first 1-3 digits) */
		if (r->intdig > 0 && commas == 0 && (spaces > 0 ? group == 3 : group <= 3) &&
			(grp_end = group_after_space(ps, p)) != 0)
		{
			spaces++;
			p = grp_end;
			r->intdig += 3;
			group = 3;
			continue;
		}
		if (c == PD_NC_COMMA && r->intdig > 0 && spaces == 0)
		{
			/* a separator only when exactly three digits follow */
			size_t		q = p + clen;
			int			k;

			for (k = 0; k < 3; k++)
			{
				int			v2,
							l2;

				if (pd_num_class_at(ps, q, &v2, &l2) != PD_NC_ADIGIT)
					break;
				q += l2;
			}
			if (k == 3 && pd_num_class_at(ps, q, &val, &clen) != PD_NC_ADIGIT)
			{
				if (commas == 0)
					first_group = group;
				else if (group != 3)
					break;
				commas++;
				group = 0;
				p = q;
				r->intdig += 3;
				group = 3;
				continue;
			}
			break;
		}
		break;
	}
	if (commas > 0 && (first_group < 1 || first_group > 3))
	{
		pd_num_fail(ps, PD_NUM_SYNTAX, r->src);
		return 0;
	}
	c = pd_num_class_at(ps, p, &val, &clen);
	if (c == PD_NC_POINT)
	{
		size_t		q = p + clen;

		c = pd_num_class_at(ps, q, &val, &clen);
		if (c != PD_NC_ADIGIT)
		{
			pd_num_fail(ps, PD_NUM_SYNTAX, q);
			return 0;
		}
		while (c == PD_NC_ADIGIT)
		{
			r->fracdig++;
			q += clen;
			c = pd_num_class_at(ps, q, &val, &clen);
		}
		p = q;
	}
	if (r->intdig + r->fracdig == 0)
	{
		pd_num_fail(ps, PD_NUM_SYNTAX, r->src);
		return 0;
	}
	{
		size_t		q;

		if (read_exponent(ps, p, r, &q))
			p = q;
	}
	r->srclen = p - r->src;
	ps->p = p;
	return 1;
}

/* is_liang - 两 兩 俩 倆: "two" before a unit, never inside a digit string */
static int
is_liang(const PdParser *ps, size_t p)
{
	uint32_t	c;

	pd_utf8_next(ps->s + p, ps->len - p, &c);
	return c == PD_CP_LIANG || c == PD_CP_LIANG_T || c == PD_CP_LIA || c == PD_CP_LIA_T;
}

/*
 * pd_num_read_chinese_run - consecutive Chinese digits (no white space between);
 * returns 0 after reporting 两 inside a run (四两 is a weight, not 42).
 */
int
pd_num_read_chinese_run(PdParser *ps, PdRun *r)
{
	size_t		p = ps->p;
	size_t		liang = SIZE_MAX;
	int			val,
				clen;

	memset(r, 0, sizeof(*r));
	r->src = r->pos = p;
	r->chinese = 1;
	while (pd_num_class_at(ps, p, &val, &clen) == PD_NC_DIGIT)
	{
		if (val == 2 && liang == SIZE_MAX && is_liang(ps, p))
			liang = p;
		r->intdig++;
		r->digit = val;
		p += clen;
	}
	if (r->intdig > 1 && liang != SIZE_MAX)
	{
		pd_num_fail(ps, PD_NUM_SYNTAX, liang == r->src ? r->src + 3 : liang);
		return 0;
	}
	r->srclen = p - r->src;
	ps->p = p;
	return 1;
}
