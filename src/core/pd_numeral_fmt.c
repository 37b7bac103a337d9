/*-------------------------------------------------------------------------
 *
 * pd_numeral_fmt.c
 *	  Decimal string -> Chinese numeral (plain, financial, RMB amount).
 *
 * Integers are written in groups of eight digits joined by 亿, each group as
 * up to two four-digit sections joined by 万, with the usual zero rules:
 * one 零 for any run of zeros inside a number (一千零五, 一亿零五百万), none
 * at the end, 十 for a leading 一十 in plain style (十万, but 一百一十).
 * Whole groups of zeros give adjacent 亿 (一亿亿 = 10^16), so pd_numeral_parse
 * reads every output back to the same value.  The RMB style follows the
 * rules for amounts on Chinese invoices and cheques: 元 … 角 … 分, 整 when the
 * amount ends at 元, 零 between 元 and 分 when 角 is zero.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_numeral_fmt.c
 *
 *-------------------------------------------------------------------------
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pd_numeral.h"

static const char *const plain_digit[10] = {
	"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"
};
static const char *const fin_digit[10] = {
	"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"
};
static const char *const plain_unit[4] = {"", "十", "百", "千"};
static const char *const fin_unit[4] = {"", "拾", "佰", "仟"};

typedef struct PdOut
{
	char	   *buf;
	size_t		len;
	size_t		cap;
} PdOut;

static void
put(PdOut *o, const char *s)
{
	size_t		n = strlen(s);

	if (o->len + n < o->cap)
		memcpy(o->buf + o->len, s, n);
	o->len += n;
}

/* put_section - write v (0 < v < 10000); *lead: at the numeral's start */
static void
put_section(PdOut *o, int v, int fin, int *lead)
{
	static const int pow[4] = {1000, 100, 10, 1};
	int			k,
				zero = 0,
				emitted = 0;

	for (k = 0; k < 4; k++)
	{
		int			dig = (v / pow[k]) % 10;
		int			unit = 3 - k;

		if (dig == 0)
		{
			if (emitted)
				zero = 1;
			continue;
		}
		if (zero)
			put(o, plain_digit[0]);
		zero = 0;
		/* plain style: 十五 and 十万, not 一十五, at the very start */
		if (!(dig == 1 && unit == 1 && *lead && !fin))
			put(o, fin ? fin_digit[dig] : plain_digit[dig]);
		put(o, fin ? fin_unit[unit] : plain_unit[unit]);
		emitted = 1;
		*lead = 0;
	}
}

/* group_value - the value of digits[from, to) (at most 8 digits) */
static int32_t
group_value(const char *digits, size_t from, size_t to)
{
	int32_t		v = 0;
	size_t		i;

	for (i = from; i < to; i++)
		v = v * 10 + (digits[i] - '0');
	return v;
}

/* put_integer - write the integer with the given digits (no leading zeros) */
static void
put_integer(PdOut *o, const char *digits, size_t n, int fin)
{
	size_t		ngroups = (n + 7) / 8;
	size_t		first = n - (ngroups - 1) * 8;	/* digits in the top group */
	size_t		g;
	int			lead = 1;

	if (n == 1 && digits[0] == '0')
	{
		put(o, plain_digit[0]);
		return;
	}
	for (g = 0; g < ngroups; g++)
	{
		size_t		from = g == 0 ? 0 : first + (g - 1) * 8;
		size_t		to = g == 0 ? first : from + 8;
		int32_t		v = group_value(digits, from, to);
		int32_t		hi = v / 10000,
					lo = v % 10000;

		if (g > 0)
			put(o, "亿");
		if (v == 0)
			continue;
		if (g > 0 && v < 10000000)
			put(o, plain_digit[0]);
		if (hi)
		{
			put_section(o, hi, fin, &lead);
			put(o, "万");
		}
		if (lo)
		{
			if (hi && lo < 1000)
				put(o, plain_digit[0]);
			put_section(o, lo, fin, &lead);
		}
	}
}

size_t
pd_numeral_format_size(size_t declen)
{
	/* per digit: digit + unit + one 零 (3 bytes each), plus 亿 and words */
	return 10 * declen + 64;
}

PdFmtStatus
pd_numeral_format(const char *dec, size_t len, PdNumStyle style,
				  char *out, size_t outlen, size_t *needed)
{
	PdOut		o = {out, 0, outlen};
	size_t		i = 0,
				intstart,
				intend,
				fracstart = 0,
				fracend = 0;
	int			neg = 0;
	int			fin = (style != PD_STYLE_PLAIN);

	*needed = 0;
	if (len > 0 && (dec[0] == '-' || dec[0] == '+'))
	{
		neg = (dec[0] == '-');
		i = 1;
	}
	intstart = i;
	while (i < len && dec[i] >= '0' && dec[i] <= '9')
		i++;
	intend = i;
	if (i < len && dec[i] == '.')
	{
		fracstart = ++i;
		while (i < len && dec[i] >= '0' && dec[i] <= '9')
			i++;
		fracend = i;
	}
	if (i != len || (intend == intstart && fracend == fracstart))
		return PD_FMT_SYNTAX;
	/* canonical form: no leading zeros, no trailing fractional zeros */
	while (intstart + 1 < intend && dec[intstart] == '0')
		intstart++;
	while (fracend > fracstart && dec[fracend - 1] == '0')
		fracend--;
	if (intend == intstart)
		intstart = intend = 0;	/* ".5": the integer part is zero */

	{
		int			int_zero = (intend - intstart == 0) ||
			(intend - intstart == 1 && dec[intstart] == '0');
		int			frac_zero = (fracend == fracstart);

		if (neg && !(int_zero && frac_zero))
			put(&o, "负");

		if (style == PD_STYLE_RMB)
		{
			int			jiao = 0,
						fen = 0;

			if (fracend - fracstart > 2)
				return PD_FMT_PRECISION;
			if (fracend - fracstart >= 1)
				jiao = dec[fracstart] - '0';
			if (fracend - fracstart >= 2)
				fen = dec[fracstart + 1] - '0';
			if (!int_zero || (jiao == 0 && fen == 0))
			{
				if (int_zero)
					put(&o, plain_digit[0]);
				else
					put_integer(&o, dec + intstart, intend - intstart, 1);
				put(&o, "元");
			}
			if (jiao == 0 && fen == 0)
				put(&o, "整");
			else
			{
				if (jiao)
				{
					put(&o, fin_digit[jiao]);
					put(&o, "角");
				}
				else if (!int_zero)
					put(&o, plain_digit[0]);
				if (fen)
				{
					put(&o, fin_digit[fen]);
					put(&o, "分");
				}
			}
		}
		else
		{
			if (int_zero)
				put(&o, plain_digit[0]);
			else
				put_integer(&o, dec + intstart, intend - intstart, fin);
			if (!frac_zero)
			{
				const char *const *digit = fin ? fin_digit : plain_digit;

				put(&o, "点");
				for (i = fracstart; i < fracend; i++)
					put(&o, digit[dec[i] - '0']);
			}
		}
	}
	*needed = o.len + 1;
	if (o.len >= outlen)
		return PD_FMT_BUFFER;
	out[o.len] = '\0';
	return PD_FMT_OK;
}
