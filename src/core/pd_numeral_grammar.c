/*-------------------------------------------------------------------------
 *
 * pd_numeral_grammar.c
 *	  The grammar of one number, without sign, fraction or money suffix:
 *	  digits, units, myriads, zero fillers, colloquial trailing digits,
 *	  decimal points (点, or . ． after Chinese digits or a unit, read as
 *	  点), read into terms (see pd_numeral.c).
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral_grammar.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral_int.h"

/*
 * Budget figures write each myriad's group digit by digit: 三六六億二三二九萬
 * 七千, 二兆五六九〇億, 十六萬二〇四一.  Such a group has four digits and
 * follows a myriad; it stands in the place of the next myriad down (10^4
 * below it), or ends the number after 万.
 */
#define GROUP_DIGITS 4
#define GROUP_EXP 4

typedef enum
{
	PREV_START,					/* nothing read yet */
	PREV_DIGIT,					/* a pending digit or run */
	PREV_UNIT,					/* 十 百 千 (or 廿 卅) */
	PREV_MYRIAD,				/* 万 亿 */
	PREV_ZERO					/* a filler 零 */
} PdPrev;

/* digits_at - how many Chinese digits in a row begin at byte offset p */
static int
digits_at(PdParser *ps, size_t p)
{
	int			n = 0,
				val,
				clen;

	while (n <= GROUP_DIGITS &&
		   pd_num_class_at(ps, p, &val, &clen) == PD_NC_DIGIT)
	{
		n++;
		p += clen;
	}
	return n;
}

/*
 * parse_number - read one number into v, stopping at the first token that
 * cannot continue it.  Returns 0 on error (ps->status set).
 */
static int
parse_number(PdParser *ps, PdValue *v)
{
	PdRun		pend;
	int			have_pend = 0;
	int			pend_colloq = 0;	/* pending digit directly after a unit */
	int			pend_group = 0; /* pending four digits after a myriad */
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
	v->pending = 0;
	v->shift = 0;
	for (;;)
	{
		PdTok		t = pd_num_peek(ps);

		if (pd_num_at_end(&t, ps))
			break;
		if (t.space_before && (t.cls == PD_NC_DIGIT || t.cls == PD_NC_ADIGIT) &&
			(prev == PREV_DIGIT || prev == PREV_ZERO))
		{
			/* "7 2" is two numbers, not 72 */
			pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
			return 0;
		}
		if (in_fraction && t.cls != PD_NC_UNIT && t.cls != PD_NC_MYRIAD)
			break;

		switch (t.cls)
		{
			case PD_NC_DIGIT:
				if (have_pend || prev == PREV_DIGIT)
				{
					pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
					return 0;
				}
				if (t.val == 0 && (seen_unit || v->n > 0) &&
					!(prev == PREV_MYRIAD && digits_at(ps, t.pos) == GROUP_DIGITS))
				{
					/* 零 as a filler: 一千零五 */
					ps->p = t.end;
					prev = PREV_ZERO;
					continue;
				}
				ps->p = t.pos;
				if (!pd_num_read_chinese_run(ps, &pend))
					return 0;
				pend_group = (prev == PREV_MYRIAD && pend.intdig == GROUP_DIGITS);
				if (pend.intdig > 1 && (seen_unit || v->n > 0) && !pend_group)
				{
					/* 十三五: a digit may not follow a digit after a unit */
					pd_num_fail(ps, PD_NUM_SYNTAX, pend.src + (t.end - t.pos));
					return 0;
				}
				have_pend = 1;
				pend_colloq = (prev == PREV_UNIT || prev == PREV_MYRIAD);
				prev = PREV_DIGIT;
				continue;

			case PD_NC_ADIGIT:
			case PD_NC_POINT:
				if (t.cls == PD_NC_POINT && have_pend && pend.chinese && !pend_group)
				{
					/* 九.四, 二．二六兆: a decimal point after Chinese digits is 点 */
					goto point;
				}
				if (have_pend || prev == PREV_DIGIT)
				{
					pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
					return 0;
				}
				if (t.cls == PD_NC_POINT && (seen_unit || v->n > 0))
				{
					/* 一百.5: treat like 点 below */
					goto point;
				}
				ps->p = t.pos;
				if (!pd_num_read_arabic(ps, &pend))
					return 0;
				if (pend.has_exp)
				{
					/* scientific notation stands alone: 1.5e3 */
					if (seen_unit || v->n > 0)
					{
						pd_num_fail(ps, PD_NUM_SYNTAX, pend.src);
						return 0;
					}
					if (!pd_num_run_term(ps, v, &pend, 0))
						return 0;
					v->shift += pend.exp10;
					return 1;
				}
				have_pend = 1;
				pend_group = 0;
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
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!pd_num_run_term(ps, v, &pend, 0))
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
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					scale_small = 1;
					pd_num_shift_from(v, 0, t.val);
					ps->p = t.end;
					prev = PREV_UNIT;
					last_unit_e = t.val;
					continue;
				}
				if (t.cls == PD_NC_TENS)
				{
					if (have_pend)
					{
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!pd_num_add_term(ps, v, 1, 1, 0, 0, t.val, t.pos))
						return 0;
				}
				else if (have_pend)
				{
					if (pend.intdig != 1 || pend.fracdig != 0)
					{
						/* 一二三百, 16.5百: only one digit takes a unit */
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (pend.digit != 0 &&
						!pd_num_add_term(ps, v, t.val, 1, 0, 0, pend.digit, t.pos))
						return 0;
					if (pend.digit == 0 &&
						!pd_num_add_term(ps, v, t.val, 1, 0, 0, 1, t.pos))
						return 0;	/* 零十 = 十 */
					have_pend = 0;
				}
				else
				{
					/* implicit one: 十五, 百万, 一万零百一十一 */
					if (prev == PREV_UNIT && v->n > 0 && last_unit_e == t.val)
					{
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!pd_num_add_term(ps, v, t.val, 1, 0, 0, 1, t.pos))
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

					if (have_pend && pend_group && t.val != last_unit_e - GROUP_EXP)
					{
						/* 三億二三二九億: a group of digits fills the next myriad's place */
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (have_pend)
					{
						if (pend.chinese && pend.intdig == 1 && pend.digit != 0 &&
							pend_colloq && last_small && last_unit_e >= 2)
						{
							/* 一百二万: neither 一百二十万 nor 一百零二万 */
							pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
							return 0;
						}
						if (pend.intdig == 1 && pend.fracdig == 0 && pend.digit == 0 &&
							v->n > 0)
						{
							pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
							return 0;
						}
						if (!pd_num_run_term(ps, v, &pend, 0))
							return 0;
						have_pend = 0;
					}
					else if (prev == PREV_ZERO)
					{
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
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
							pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
							return 0;
						}
						if (!pd_num_add_term(ps, v, 0, 1, 0, 0, 1, t.pos))
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
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					pd_num_shift_from(v, from, t.val);
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
						pd_num_fail(ps, PD_NUM_TOO_LONG, t.pos);
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
				if (prev == PREV_ZERO || (prev == PREV_START && !have_pend) ||
					(have_pend && pend_group))
				{
					/* 点五, 一千零点五 */
					pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
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
						pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
						return 0;
					}
					if (!pd_num_run_term(ps, v, &pend, e))
						return 0;
					have_pend = 0;
				}
				ps->p = t.end;
				{
					PdTok		d = pd_num_peek(ps);
					PdRun		fr;
					int			val,
								clen;
					size_t		p;

					if (d.cls != PD_NC_DIGIT && d.cls != PD_NC_ADIGIT)
					{
						pd_num_fail(ps, PD_NUM_SYNTAX, d.pos);
						return 0;
					}
					/* fractional digits: Chinese or Arabic, no separators */
					memset(&fr, 0, sizeof(fr));
					fr.src = fr.pos = d.pos;
					p = d.pos;
					for (;;)
					{
						PdNumClass	c = pd_num_class_at(ps, p, &val, &clen);

						if (c != PD_NC_DIGIT && c != PD_NC_ADIGIT)
							break;
						fr.fracdig++;
						p += clen;
					}
					fr.srclen = p - fr.src;
					ps->p = p;
					if (!pd_num_run_term(ps, v, &fr, 0))
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
		PdTok		t = pd_num_peek(ps);

		pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
		return 0;
	}
	if (have_pend && pend_group && last_unit_e != GROUP_EXP)
	{
		/* 三億二三二九: a last group of four digits only after 万 */
		pd_num_fail(ps, PD_NUM_SYNTAX, pend.src);
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
		if (!pd_num_run_term(ps, v, &pend, e))
			return 0;
	}
	if (v->n == 0)
	{
		PdTok		t = pd_num_peek(ps);

		pd_num_fail(ps, PD_NUM_SYNTAX, t.pos);
		return 0;
	}
	return 1;
}

/*
 * pd_num_parse_simple - read one number into v, stopping at the first token
 * that cannot continue it; its terms have their exponents.  Returns 0 on
 * error (ps->status set).
 */
int
pd_num_parse_simple(PdParser *ps, PdValue *v)
{
	int			ok = parse_number(ps, v);

	pd_num_finalize(v);
	return ok;
}
