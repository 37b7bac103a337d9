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

#include "pd_numeral.h"

/* One digit or digit run at a decimal exponent. */
typedef struct PdTerm
{
	int64_t		exp;			/* exponent of the lowest digit */
	int32_t		ndig;			/* digit positions occupied */
	uint32_t	src;			/* run: byte offset of its first character */
	uint32_t	srclen;			/* run: byte length; 0 for a single digit */
	uint8_t		digit;			/* single digit value */
	size_t		pos;			/* byte offset reported on error */
} PdTerm;

typedef struct PdValue
{
	PdTerm		t[PD_NUM_MAX_TERMS];
	int			n;
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
} PdParser;

/* ---------------------------------------------------------------------
 * Tokens
 * --------------------------------------------------------------------- */

static void
fail(PdParser *ps, PdNumStatus st, size_t pos)
{
	if (ps->status == PD_NUM_OK)
	{
		ps->status = st;
		ps->errpos = pos;
	}
}

/*
 * peek - classify the next character after white space; does not advance.
 * The grammar looks at the same position several times: memoized.
 */
static PdTok
peek(PdParser *ps)
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
		clen = pd_utf8_next(ps->s + p, ps->len - p, &c);
		t.cls = (uint8_t) pd_numeral_class(c, &val);
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

static inline int
at_end(const PdTok *t, const PdParser *ps)
{
	return t->pos >= ps->len;
}

/*
 * class_at - class and value of the character at byte offset p (no white
 * space skip).  Shares peek()'s memo: a scanner's look at the character that
 * ends a run is the grammar's next token.
 */
static PdNumClass
class_at(PdParser *ps, size_t p, int *val, int *clen)
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
	*clen = (int) pd_utf8_next(ps->s + p, ps->len - p, &cp);
	c = pd_numeral_class(cp, val);
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

/* ---------------------------------------------------------------------
 * Terms
 * --------------------------------------------------------------------- */

static int
add_term(PdParser *ps, PdValue *v, int64_t exp, int ndig, size_t src,
		 size_t srclen, int digit, size_t pos)
{
	PdTerm	   *t;

	if (v->n >= PD_NUM_MAX_TERMS)
	{
		fail(ps, PD_NUM_TOO_LONG, pos);
		return 0;
	}
	t = &v->t[v->n++];
	t->exp = exp;
	t->ndig = ndig;
	t->src = (uint32_t) src;
	t->srclen = (uint32_t) srclen;
	t->digit = (uint8_t) digit;
	t->pos = pos;
	return 1;
}

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

/* read_exponent - e[+-]digits after an Arabic mantissa; 0 if absent */
static int
read_exponent(PdParser *ps, size_t p, PdRun *r, size_t *endp)
{
	int			val,
				clen,
				sign = 1,
				ndig = 0;
	int64_t		e = 0;
	PdNumClass	c = class_at(ps, p, &val, &clen);

	if (c != PD_NC_EXP)
		return 0;
	p += clen;
	c = class_at(ps, p, &val, &clen);
	if (c == PD_NC_SIGN)
	{
		sign = val;
		p += clen;
		c = class_at(ps, p, &val, &clen);
	}
	while (c == PD_NC_ADIGIT)
	{
		if (e < 100000000)
			e = e * 10 + val;
		ndig++;
		p += clen;
		c = class_at(ps, p, &val, &clen);
	}
	if (ndig == 0)
		return 0;
	r->exp10 = sign * e;
	r->has_exp = 1;
	*endp = p;
	return 1;
}

/*
 * read_arabic - read an Arabic number at ps->p (digits, separators, point,
 * exponent) into r and advance.  Returns 0 after reporting an error.
 */
static int
read_arabic(PdParser *ps, PdRun *r)
{
	size_t		p = ps->p;
	int			val,
				clen;
	int			group = 0,
				commas = 0,
				first_group = -1;
	PdNumClass	c;

	memset(r, 0, sizeof(*r));
	r->src = r->pos = p;
	for (;;)
	{
		c = class_at(ps, p, &val, &clen);
		if (c == PD_NC_ADIGIT)
		{
			r->intdig++;
			group++;
			r->digit = val;
			p += clen;
			continue;
		}
		if (c == PD_NC_COMMA && r->intdig > 0)
		{
			/* a separator only when exactly three digits follow */
			size_t		q = p + clen;
			int			k;

			for (k = 0; k < 3; k++)
			{
				int			v2,
							l2;

				if (class_at(ps, q, &v2, &l2) != PD_NC_ADIGIT)
					break;
				q += l2;
			}
			if (k == 3 && class_at(ps, q, &val, &clen) != PD_NC_ADIGIT)
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
		fail(ps, PD_NUM_SYNTAX, r->src);
		return 0;
	}
	c = class_at(ps, p, &val, &clen);
	if (c == PD_NC_POINT)
	{
		size_t		q = p + clen;

		c = class_at(ps, q, &val, &clen);
		if (c != PD_NC_ADIGIT)
		{
			fail(ps, PD_NUM_SYNTAX, q);
			return 0;
		}
		while (c == PD_NC_ADIGIT)
		{
			r->fracdig++;
			q += clen;
			c = class_at(ps, q, &val, &clen);
		}
		p = q;
	}
	if (r->intdig + r->fracdig == 0)
	{
		fail(ps, PD_NUM_SYNTAX, r->src);
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
 * read_chinese_run - consecutive Chinese digits (no white space between);
 * returns 0 after reporting 两 inside a run (四两 is a weight, not 42).
 */
static int
read_chinese_run(PdParser *ps, PdRun *r)
{
	size_t		p = ps->p;
	size_t		liang = SIZE_MAX;
	int			val,
				clen;

	memset(r, 0, sizeof(*r));
	r->src = r->pos = p;
	r->chinese = 1;
	while (class_at(ps, p, &val, &clen) == PD_NC_DIGIT)
	{
		if (val == 2 && liang == SIZE_MAX && is_liang(ps, p))
			liang = p;
		r->intdig++;
		r->digit = val;
		p += clen;
	}
	if (r->intdig > 1 && liang != SIZE_MAX)
	{
		fail(ps, PD_NUM_SYNTAX, liang == r->src ? r->src + 3 : liang);
		return 0;
	}
	r->srclen = p - r->src;
	ps->p = p;
	return 1;
}

/* run_term - add run r with its lowest integer digit at exponent e */
static int
run_term(PdParser *ps, PdValue *v, const PdRun *r, int64_t e)
{
	if (r->intdig == 1 && r->fracdig == 0 && !r->has_exp)
		return add_term(ps, v, e, 1, 0, 0, r->digit, r->pos);
	return add_term(ps, v, e - r->fracdig, r->intdig + r->fracdig, r->src,
					r->srclen, 0, r->pos);
}

/*
 * shift_from - add k to the exponent of terms [from, n)
 *
 * Fails with PD_NUM_RANGE as soon as the first of them passes the limit, so
 * that 亿亿亿… costs O(terms) per myriad for at most PD_NUM_MAX_EXP / 4
 * myriads, never more.
 */
static int
shift_from(PdParser *ps, PdValue *v, int from, int64_t k)
{
	int			i;

	for (i = from; i < v->n; i++)
		v->t[i].exp += k;
	if (from < v->n && v->t[from].exp > PD_NUM_MAX_EXP)
	{
		fail(ps, PD_NUM_RANGE, 0);
		return 0;
	}
	return 1;
}

/* ---------------------------------------------------------------------
 * The grammar of one number (no sign, fraction or money suffix)
 * --------------------------------------------------------------------- */

typedef enum
{
	PREV_START,					/* nothing read yet */
	PREV_DIGIT,					/* a pending digit or run */
	PREV_UNIT,					/* 十 百 千 (or 廿 卅) */
	PREV_MYRIAD,				/* 万 亿 */
	PREV_ZERO					/* a filler 零 */
} PdPrev;

/*
 * parse_simple - read one number into v, stopping at the first token that
 * cannot continue it.  Returns 0 on error (ps->status set).
 */
static int
parse_simple(PdParser *ps, PdValue *v)
{
	PdRun		pend;
	int			have_pend = 0;
	int			pend_colloq = 0;	/* pending digit directly after a unit */
	int			last_small = 0;	/* the last unit was 十百千 */
	PdPrev		prev = PREV_START;
	int			seen_unit = 0;
	int64_t		last_unit_e = 0;	/* exponent named by the last unit */
	/*
	 * Scopes of the myriads applied so far, a stack strictly decreasing in
	 * value from the bottom: a myriad M multiplies the terms after the
	 * topmost entry larger than M.
	 */
	struct
	{
		int64_t		value;
		int			after;
	}			scope[32];
	int			nscope = 0;
	int			chain_from = 0;	/* range of the current myriad chain */
	int64_t		chain_max = 0;	/* largest unit in it */
	int			seen_myriad = 0;
	int			in_fraction = 0;	/* digits after a point were read */
	int			scale_small = 0;	/* a 十百千 seen after the point */
	int			plain = 1;		/* no unit before the point */

	v->n = 0;
	v->shift = 0;
	for (;;)
	{
		PdTok		t = peek(ps);

		if (at_end(&t, ps))
			break;
		if (t.space_before && (t.cls == PD_NC_DIGIT || t.cls == PD_NC_ADIGIT) &&
			(prev == PREV_DIGIT || prev == PREV_ZERO))
		{
			/* "7 2" is two numbers, not 72 */
			fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		if (in_fraction && t.cls != PD_NC_UNIT && t.cls != PD_NC_MYRIAD)
			break;

		switch (t.cls)
		{
			case PD_NC_DIGIT:
				if (have_pend || prev == PREV_DIGIT)
				{
					fail(ps, PD_NUM_SYNTAX, t.pos);
					return 0;
				}
				if (t.val == 0 && (seen_unit || v->n > 0))
				{
					/* 零 as a filler: 一千零五 */
					ps->p = t.end;
					prev = PREV_ZERO;
					continue;
				}
				ps->p = t.pos;
				if (!read_chinese_run(ps, &pend))
					return 0;
				if (pend.intdig > 1 && (seen_unit || v->n > 0))
				{
					/* 十三五: a digit may not follow a digit after a unit */
					fail(ps, PD_NUM_SYNTAX, pend.src + (t.end - t.pos));
					return 0;
				}
				have_pend = 1;
				pend_colloq = (prev == PREV_UNIT || prev == PREV_MYRIAD);
				prev = PREV_DIGIT;
				continue;

			case PD_NC_ADIGIT:
			case PD_NC_POINT:
				if (have_pend || prev == PREV_DIGIT)
				{
					fail(ps, PD_NUM_SYNTAX, t.pos);
					return 0;
				}
				if (t.cls == PD_NC_POINT && (seen_unit || v->n > 0))
				{
					/* 一百.5: treat like 点 below */
					goto point;
				}
				ps->p = t.pos;
				if (!read_arabic(ps, &pend))
					return 0;
				if (pend.has_exp)
				{
					/* scientific notation stands alone: 1.5e3 */
					if (seen_unit || v->n > 0)
					{
						fail(ps, PD_NUM_SYNTAX, pend.src);
						return 0;
					}
					if (!run_term(ps, v, &pend, 0))
						return 0;
					v->shift += pend.exp10;
					return 1;
				}
				have_pend = 1;
				pend_colloq = (prev == PREV_UNIT || prev == PREV_MYRIAD);
				if (pend.fracdig > 0)
					in_fraction = 1;	/* 16.7: only scale words may follow */
				prev = PREV_DIGIT;
				continue;

			case PD_NC_UNIT:
			case PD_NC_TENS:
				if (have_pend && pend.fracdig > 0)
				{
					/* 1.5千万: the mantissa becomes a term, units scale it */
					if (v->n > 0 || seen_unit)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!run_term(ps, v, &pend, 0))
						return 0;
					have_pend = 0;
				}
				if (in_fraction)
				{
					/* 1.5千万: a scale word after the point, only one small
					 * one, before any myriad, and only after a plain mantissa */
					if (!plain || scale_small || t.cls == PD_NC_TENS ||
						seen_myriad)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					scale_small = 1;
					if (!shift_from(ps, v, 0, t.val))
						return 0;
					ps->p = t.end;
					prev = PREV_UNIT;
					last_unit_e = t.val;
					continue;
				}
				if (t.cls == PD_NC_TENS)
				{
					if (have_pend)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!add_term(ps, v, 1, 1, 0, 0, t.val, t.pos))
						return 0;
				}
				else if (have_pend)
				{
					if (pend.intdig != 1 || pend.fracdig != 0)
					{
						/* 一二三百, 16.5百: only one digit takes a unit */
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (pend.digit != 0 &&
						!add_term(ps, v, t.val, 1, 0, 0, pend.digit, t.pos))
						return 0;
					if (pend.digit == 0 &&
						!add_term(ps, v, t.val, 1, 0, 0, 1, t.pos))
						return 0;	/* 零十 = 十 */
					have_pend = 0;
				}
				else
				{
					/* implicit one: 十五, 百万, 一万零百一十一 */
					if (prev == PREV_UNIT && v->n > 0 && last_unit_e == t.val)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!add_term(ps, v, t.val, 1, 0, 0, 1, t.pos))
						return 0;
				}
				seen_unit = 1;
				plain = 0;
				last_unit_e = (t.cls == PD_NC_TENS) ? 1 : t.val;
				last_small = 1;
				prev = PREV_UNIT;
				ps->p = t.end;
				continue;

			case PD_NC_MYRIAD:
				{
					int			adjacent = (prev == PREV_MYRIAD);
					int			from = 0;
					int			k;
					int64_t		chain;

					if (have_pend)
					{
						if (pend.chinese && pend.intdig == 1 && pend.digit != 0 &&
							pend_colloq && last_small && last_unit_e >= 2)
						{
							/* 一百二万: neither 一百二十万 nor 一百零二万 */
							fail(ps, PD_NUM_SYNTAX, t.pos);
							return 0;
						}
						if (pend.intdig == 1 && pend.fracdig == 0 && pend.digit == 0 &&
							v->n > 0)
						{
							fail(ps, PD_NUM_SYNTAX, t.pos);
							return 0;
						}
						if (!run_term(ps, v, &pend, 0))
							return 0;
						have_pend = 0;
					}
					else if (prev == PREV_ZERO)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					for (k = nscope - 1; k >= 0; k--)
						if (scope[k].value > t.val)
						{
							from = scope[k].after;
							break;
						}
					/* a chain (万万万) multiplies at least what it began with */
					if (adjacent && chain_from < from)
						from = chain_from;
					chain_from = from;
					if (v->n == from)
					{
						/* nothing for it to multiply: only 万 at the start */
						if (v->n > 0)
						{
							fail(ps, PD_NUM_SYNTAX, t.pos);
							return 0;
						}
						if (!add_term(ps, v, 0, 1, 0, 0, 1, t.pos))
							return 0;
					}

					/*
					 * 一万二万: within one 亿 group 万 may repeat only
					 * adjacently (四万万).  亿 nests: 一亿零一亿 is
					 * (一亿零一)亿, as large numbers are written.
					 */
					if (!adjacent && t.val == 4 && nscope > 0 &&
						scope[nscope - 1].value == 4 &&
						scope[nscope - 1].after < v->n)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!shift_from(ps, v, from, t.val))
						return 0;
					chain = adjacent ? last_unit_e + t.val : t.val;
					chain_max = (adjacent && chain_max > t.val) ? chain_max : t.val;

					/*
					 * A chain scopes like its largest unit, and like 亿 at
					 * least when it is worth that much (万万 is 亿): the 亿
					 * after 一亿亿 (a zero group of eight digits) still
					 * multiplies all before it, as large numbers are written.
					 */
					if (chain >= 8 && chain_max < 8)
						chain_max = 8;
					while (nscope > 0 && scope[nscope - 1].value <= chain_max)
						nscope--;
					if (nscope == (int) (sizeof(scope) / sizeof(scope[0])))
					{
						fail(ps, PD_NUM_TOO_LONG, t.pos);
						return 0;
					}
					scope[nscope].value = chain_max;
					scope[nscope].after = v->n;
					nscope++;
					last_unit_e = chain;
					last_small = 0;
					seen_myriad = 1;
					seen_unit = 1;
					if (!in_fraction)
						plain = 0;
					prev = PREV_MYRIAD;
					ps->p = t.end;
					continue;
				}

			case PD_NC_POINT_CN:
		point:
				if (prev == PREV_ZERO || (prev == PREV_START && !have_pend))
				{
					/* 点五, 一千零点五 */
					fail(ps, PD_NUM_SYNTAX, t.pos);
					return 0;
				}
				if (have_pend)
				{
					int64_t		e = 0;

					/* 两千三点一 = 2300.1: the colloquial digit keeps its place */
					if (pend.chinese && pend.intdig == 1 && pend_colloq)
						e = last_unit_e - 1;
					if (pend.fracdig > 0)
					{
						fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!run_term(ps, v, &pend, e))
						return 0;
					have_pend = 0;
				}
				ps->p = t.end;
				{
					PdTok		d = peek(ps);
					PdRun		fr;
					int			val,
								clen;
					size_t		p;

					if (d.cls != PD_NC_DIGIT && d.cls != PD_NC_ADIGIT)
					{
						fail(ps, PD_NUM_SYNTAX, d.pos);
						return 0;
					}
					/* fractional digits: Chinese or Arabic, no separators */
					memset(&fr, 0, sizeof(fr));
					fr.src = fr.pos = d.pos;
					p = d.pos;
					for (;;)
					{
						PdNumClass	c = class_at(ps, p, &val, &clen);

						if (c != PD_NC_DIGIT && c != PD_NC_ADIGIT)
							break;
						fr.fracdig++;
						p += clen;
					}
					fr.srclen = p - fr.src;
					ps->p = p;
					if (!run_term(ps, v, &fr, 0))
						return 0;
				}
				in_fraction = 1;
				prev = PREV_DIGIT;
				continue;

			default:
				goto done;
		}
	}
done:
	if (prev == PREV_ZERO)
	{
		/* 一千零: a filler zero needs a digit after it */
		PdTok		t = peek(ps);

		fail(ps, PD_NUM_SYNTAX, t.pos);
		return 0;
	}
	if (have_pend)
	{
		int64_t		e = 0;

		if (pend.intdig == 1 && pend.fracdig == 0 && pend_colloq)
		{
			/* after a unit (no 零): 一万二 = 12000, 十五 = 15, 1万6 */
			e = last_unit_e - 1;
		}
		if (!run_term(ps, v, &pend, e))
			return 0;
	}
	if (v->n == 0)
	{
		PdTok		t = peek(ps);

		fail(ps, PD_NUM_SYNTAX, t.pos);
		return 0;
	}
	return 1;
}

/* check_order - terms must occupy strictly decreasing positions */
static int
check_order(PdParser *ps, const PdValue *v)
{
	int			i;

	for (i = 1; i < v->n; i++)
	{
		int64_t		hi = v->t[i].exp + v->t[i].ndig - 1;

		if (hi >= v->t[i - 1].exp)
		{
			fail(ps, PD_NUM_SYNTAX, v->t[i].pos);
			return 0;
		}
	}
	return 1;
}

/* ---------------------------------------------------------------------
 * Output
 * --------------------------------------------------------------------- */

/* value_range - highest and lowest exponent of v's digits */
static void
value_range(const PdValue *v, int64_t *top, int64_t *bottom)
{
	*top = v->t[0].exp + v->t[0].ndig - 1 + v->shift;
	*bottom = v->t[v->n - 1].exp + v->shift;
}

/* render_size - bytes render_value may write, NUL excluded */
static size_t
render_size(const PdValue *v)
{
	int64_t		top,
				bottom;
	size_t		n = 2;			/* sign, and "0" */

	value_range(v, &top, &bottom);
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
		k = class_at(c->ps, c->p, &val, &clen);
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
 * render_value - write v as a canonical decimal at out[*o]; returns whether
 * any digit is non-zero.  The caller checked the size with render_size.
 */
static int
render_value(PdParser *ps, const PdValue *v, char *out, size_t *o)
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

	value_range(v, &top, &bottom);
	if (top < 0)
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
						cur.p = t->src;
						cur.end = t->src + t->srclen;
						cur_hi = hi;
						cur_lo = lo;
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

/* value_pow10 - is v exactly 10^k for some k >= 0? */
static int
value_pow10(PdParser *ps, const PdValue *v, int64_t *k)
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
 * value_top - is any digit of v non-zero?  Then *top is the exponent of the
 * most significant one.
 */
static int
value_top(PdParser *ps, const PdValue *v, int64_t *top)
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

/* check_range - numeric cannot hold digits beyond these exponents */
static int
check_range(PdParser *ps, const PdValue *v)
{
	int64_t		top,
				bottom;

	value_range(v, &top, &bottom);
	if (top > PD_NUM_MAX_EXP || bottom < PD_NUM_MIN_EXP)
	{
		fail(ps, PD_NUM_RANGE, 0);
		return 0;
	}
	return 1;
}

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
		PdTok		t = peek(ps);
		PdRun		d;
		int64_t		e;

		if (at_end(&t, ps))
			return 1;
		if (t.cls == PD_NC_ZHENG)
		{
			ps->p = t.end;
			t = peek(ps);
			if (!at_end(&t, ps) || zero)
			{
				fail(ps, PD_NUM_SYNTAX, t.pos);
				return 0;
			}
			return 1;
		}
		if (has_fraction)
		{
			fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		if (t.cls == PD_NC_DIGIT && t.val == 0 && !zero)
		{
			zero = 1;
			ps->p = t.end;
			/* 零角零分: a zero may also name its unit */
			t = peek(ps);
			if (t.cls == PD_NC_JIAO || t.cls == PD_NC_FEN || t.cls == PD_NC_LI)
			{
				e = t.cls == PD_NC_JIAO ? -1 : t.cls == PD_NC_FEN ? -2 : -3;
				if (e >= last_exp)
				{
					fail(ps, PD_NUM_SYNTAX, t.pos);
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
			fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		memset(&d, 0, sizeof(d));
		d.digit = t.val;
		d.pos = t.pos;
		ps->p = t.end;
		t = peek(ps);
		e = t.cls == PD_NC_JIAO ? -1 : t.cls == PD_NC_FEN ? -2 : t.cls == PD_NC_LI ? -3 : 0;
		if (e == 0 || e >= last_exp)
		{
			fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		if (d.digit != 0 && !add_term(ps, v, e, 1, 0, 0, d.digit, d.pos))
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
		fail(ps, PD_NUM_SYNTAX, t.pos);
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
	PdTok		t = peek(ps);

	if (t.cls == PD_NC_SIGN)
	{
		if (t.val < 0)
			*neg = !*neg;
		ps->p = t.end;
	}
	return parse_simple(ps, v);
}

/* skip_money_prefix - skip 人民币, ¥ or ￥ at ps->p; was there one? */
static int
skip_money_prefix(PdParser *ps)
{
	static const char rmb[] = "\xE4\xBA\xBA\xE6\xB0\x91\xE5\xB8\x81";	/* 人民币 */
	PdTok		t = peek(ps);

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

/*
 * parse_fast - the commonest numerals in news, an Arabic mantissa with at
 * most one scale word: [-]digits[.digits][万|亿|%|‰], ASCII digits, thousands
 * separators (1,234.5), no white space, at most 64 digits.  Writes the canonical decimal and returns 1, or
 * returns 0 for anything else (the full grammar then decides).  The unit
 * tests check it against the full grammar.
 */
static int
parse_fast(const char *s, size_t len, char *out, size_t outlen)
{
	PdParser	ps;
	PdValue		v;
	size_t		i = 0,
				start,
				nint = 0,
				nfrac = 0,
				o = 0;
	int			neg = 0;
	int			group = 0,		/* digits since the last separator */
				commas = 0;

	if (len > 0 && s[0] == '-')
	{
		neg = 1;
		i = 1;
	}
	start = i;
	for (; i < len; i++)
	{
		if (s[i] >= '0' && s[i] <= '9')
		{
			nint++;
			group++;
		}
		else if (s[i] == ',' && nint > 0 && (commas > 0 ? group == 3 : group <= 3))
		{
			commas++;
			group = 0;
		}
		else
			break;
	}
	if (nint == 0 || (commas > 0 && group != 3))
		return 0;
	if (i < len && s[i] == '.')
	{
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			nfrac++;
		if (nfrac == 0)
			return 0;
	}
	if (nint + nfrac > 64)
		return 0;

	/* the mantissa as one run term; the scale word, if any, is a shift */
	memset(&ps, 0, sizeof(ps));
	ps.s = (const unsigned char *) s;
	ps.len = len;
	ps.memo_p = SIZE_MAX;
	v.n = 1;
	v.shift = 0;
	v.t[0].exp = -(int64_t) nfrac;
	v.t[0].ndig = (int32_t) (nint + nfrac);
	v.t[0].src = (uint32_t) start;
	v.t[0].srclen = (uint32_t) (i - start);
	v.t[0].digit = 0;
	v.t[0].pos = start;
	if (i < len)
	{
		if (len - i == 3 && memcmp(s + i, "\xE4\xB8\x87", 3) == 0)	/* 万 */
			v.shift = 4;
		else if (len - i == 3 && memcmp(s + i, "\xE4\xBA\xBF", 3) == 0)	/* 亿 */
			v.shift = 8;
		else if (len - i == 1 && s[i] == '%')
			v.shift = -2;
		else if (len - i == 3 && memcmp(s + i, "\xE2\x80\xB0", 3) == 0)	/* ‰ */
			v.shift = -3;
		else
			return 0;
	}
	if (render_size(&v) + 1 > outlen)
		return 0;
	if (neg)
		out[o++] = '-';
	if (!render_value(&ps, &v, out, &o) && neg)
	{
		/* -0 is 0 */
		memmove(out, out + 1, o - 1);
		o--;
	}
	out[o] = '\0';
	return 1;
}

PdNumStatus
pd_numeral_parse(const char *s, size_t len, char *out, size_t outlen,
				 size_t *errpos)
{
	*errpos = 0;
	if (len > UINT32_MAX / 2)
		return PD_NUM_TOO_LONG;
#ifndef PD_NUMERAL_NO_FAST_PATH
	if (parse_fast(s, len, out, outlen))
		return PD_NUM_OK;
#endif
	return pd_numeral_parse_full(s, len, out, outlen, errpos);
}

PdNumStatus
pd_numeral_parse_full(const char *s, size_t len, char *out, size_t outlen,
					  size_t *errpos)
{
	PdParser	ps;
	PdValue		a,
				b,
				w;
	PdValue    *num = &a,
			   *den = NULL,
			   *whole = NULL;
	int			neg = 0;
	int			money;
	PdTok		t;
	size_t		need,
				o = 0;
	int64_t		dtop = 0;		/* exponent of the denominator's first digit */

	memset(&ps, 0, sizeof(ps));
	ps.s = (const unsigned char *) s;
	ps.len = len;
	ps.p = 0;
	ps.status = PD_NUM_OK;
	ps.errpos = 0;
	ps.memo_p = SIZE_MAX;
	*errpos = 0;

	t = peek(&ps);
	if (at_end(&t, &ps))
		return PD_NUM_EMPTY;

	money = skip_money_prefix(&ps);
	if (!money)
	{
		/* 第三: an ordinal reads as its number */
		static const char di[] = "\xE7\xAC\xAC";	/* 第 */

		if (ps.len - t.pos >= 3 && memcmp(ps.s + t.pos, di, 3) == 0)
		{
			ps.p = t.pos + 3;
			t = peek(&ps);
			if (t.cls == PD_NC_SIGN)
			{
				fail(&ps, PD_NUM_SYNTAX, t.pos);
				goto error;
			}
		}
	}
	if (!parse_signed(&ps, &a, &neg))
		goto error;

	t = peek(&ps);
	if (t.cls == PD_NC_FEN || t.cls == PD_NC_SLASH || t.cls == PD_NC_YOU)
	{
		if (t.cls == PD_NC_YOU)
		{
			/* 三又五分之一 */
			if (!check_order(&ps, &a))
				goto error;
			w = a;
			whole = &w;
			ps.p = t.end;
			if (!parse_simple(&ps, &a))
				goto error;
			t = peek(&ps);
			if (t.cls != PD_NC_FEN && t.cls != PD_NC_SLASH)
			{
				fail(&ps, PD_NUM_SYNTAX, t.pos);
				goto error;
			}
		}
		if (t.cls == PD_NC_FEN)
		{
			PdTok		z;

			ps.p = t.end;
			z = peek(&ps);
			if (z.cls != PD_NC_ZHI)
			{
				/* 壹分: a cent */
				if (whole)
				{
					fail(&ps, PD_NUM_SYNTAX, z.pos);
					goto error;
				}
				if (!check_order(&ps, &a) || !money_cent(&ps, &a, t))
					goto error;
				goto money_done;
			}
			ps.p = z.end;
			/* A分之B = B/A */
			b = a;
			den = &b;
			if (!check_order(&ps, den) || !parse_signed(&ps, &a, &neg) ||
				!check_order(&ps, &a))
				goto error;
		}
		else
		{
			/* B/A */
			ps.p = t.end;
			if (!check_order(&ps, &a) || !parse_simple(&ps, &b))
				goto error;
			den = &b;
			if (!check_order(&ps, den))
				goto error;
		}
	}
	else
	{
		if (!check_order(&ps, &a))
			goto error;
		if (t.cls == PD_NC_PERCENT)
		{
			a.shift += t.val;
			ps.p = t.end;
		}
		else if (t.cls == PD_NC_CHENG)
		{
			/* 四成 = 0.4 */
			a.shift -= 1;
			ps.p = t.end;
		}
		else if (t.cls == PD_NC_YUAN)
		{
			int64_t		top,
						bottom;

			value_range(&a, &top, &bottom);
			ps.p = t.end;
			if (!money_tail(&ps, &a, 0, bottom < 0))
				goto error;
		}
		else if (t.cls == PD_NC_JIAO || t.cls == PD_NC_LI)
		{
			/* 壹角, 伍角叁分: the number read was the first digit */
			if (!money_cent(&ps, &a, t))
				goto error;
		}
	}
money_done:
	/* the numeral must end here */
	t = peek(&ps);
	if (!at_end(&t, &ps))
	{
		fail(&ps, PD_NUM_SYNTAX, t.pos);
		goto error;
	}
	if (money && den)
	{
		/* 人民币三分之一 is not an amount */
		fail(&ps, PD_NUM_SYNTAX, 0);
		goto error;
	}

	/* a power-of-ten denominator is a shift: 百分之五十 = 0.5 */
	if (den)
	{
		int64_t		k;

		if (!value_top(&ps, den, &dtop))
		{
			fail(&ps, PD_NUM_DIVZERO, 0);
			goto error;
		}
		if (!whole && value_pow10(&ps, den, &k))
		{
			num->shift -= k;
			den = NULL;
		}
	}
	if (!check_range(&ps, num) || (den && !check_range(&ps, den)) ||
		(whole && !check_range(&ps, whole)))
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

		(void) value_top(&ps, num, &ntop);
		if (ntop - dtop + 1 > PD_NUM_MAX_EXP)
		{
			fail(&ps, PD_NUM_RANGE, 0);
			goto error;
		}
	}

	need = render_size(num) + 1;
	if (den)
		need += render_size(den) + 1;
	if (whole)
		need += render_size(whole) + 1;
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
			nz |= render_value(&ps, whole, out, &o);
			out[o++] = '+';
		}
		nz |= render_value(&ps, num, out, &o);
		if (den)
		{
			out[o++] = '/';
			render_value(&ps, den, out, &o);
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
	*errpos = ps.errpos;
	return ps.status == PD_NUM_OK ? PD_NUM_SYNTAX : ps.status;
}
