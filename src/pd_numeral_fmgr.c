/*-------------------------------------------------------------------------
 *
 * pd_numeral_fmgr.c
 *	  SQL wrappers of the numeral core: cn_numeral_to_numeric,
 *	  try_cn_numeral_to_numeric, numeric_to_cn.
 *
 * The core writes an exact decimal string; numeric_in turns it into a
 * numeric, so no value ever passes through floating point.  Quotients
 * (三分之一) are divided with numeric_div.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/pd_numeral_fmgr.c
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/fmgrprotos.h"
#include "utils/numeric.h"

#include "parkdata.h"
#include "pd_numeral.h"

/* the input as shown in messages: at most this many characters */
#define PD_SHOW_CHARS	60

/* show_input - palloc'd, NUL-terminated, clipped copy of the input */
static char *
show_input(const char *s, int len)
{
	int			clip = pg_mbcharcliplen(s, len, PD_SHOW_CHARS);

	if (clip < len)
		return psprintf("%s...", pnstrdup(s, clip));
	return pnstrdup(s, len);
}

/* report - raise the error for a failed parse */
static void
report(PdNumStatus st, const char *s, int len, size_t errpos)
{
	switch (st)
	{
		case PD_NUM_EMPTY:
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
					 errmsg("invalid input syntax for Chinese numeral: \"%s\"",
							show_input(s, len)),
					 errdetail("The input is empty.")));
			break;
		case PD_NUM_SYNTAX:
			{
				int			charpos = pg_mbstrlen_with_len(s, (int) errpos) + 1;

				if (errpos >= (size_t) len)
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							 errmsg("invalid input syntax for Chinese numeral: \"%s\"",
									show_input(s, len)),
							 errdetail("The numeral ends unexpectedly after character %d.",
									   charpos - 1)));
				else
					ereport(ERROR,
							(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
							 errmsg("invalid input syntax for Chinese numeral: \"%s\"",
									show_input(s, len)),
							 errdetail("Unexpected character \"%s\" at position %d.",
									   pnstrdup(s + errpos,
												pg_mblen(s + errpos)),
									   charpos)));
			}
			break;
		case PD_NUM_RANGE:
			ereport(ERROR,
					(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
					 errmsg("Chinese numeral is out of range for type numeric: \"%s\"",
							show_input(s, len)),
					 errdetail("numeric holds up to %d digits before the decimal point, leading zeros not counted, and %d after it.",
							   PD_NUM_MAX_EXP + 1, -PD_NUM_MIN_EXP)));
			break;
		case PD_NUM_TOO_LONG:
			ereport(ERROR,
					(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
					 errmsg("Chinese numeral has too many digit groups: \"%s\"",
							show_input(s, len)),
					 errdetail("At most %d groups are supported, more than numeric has digits; group %d starts at position %d.",
							   PD_NUM_MAX_TERMS, PD_NUM_MAX_TERMS + 1,
							   pg_mbstrlen_with_len(s, (int) errpos) + 1)));
			break;
		case PD_NUM_DIVZERO:
			ereport(ERROR,
					(errcode(ERRCODE_DIVISION_BY_ZERO),
					 errmsg("division by zero in Chinese numeral: \"%s\"",
							show_input(s, len))));
			break;
		default:
			elog(ERROR, "unexpected numeral parser status %d", (int) st);
	}
}

/*
 * decimal - numeric from a NUL-terminated canonical decimal string
 *
 * A decimal of at most 18 digits (most numerals) is built directly with
 * int64_to_numeric or, with a fraction, int64_div_fast_to_numeric (the
 * digits over 10^scale): the same numeric as numeric_in gives, scale
 * included, without parsing the string a second time.
 */
static Datum
decimal(const char *s)
{
	const char *p = s;
	int64		v = 0;
	int			ndig = 0,
				scale = 0;

	if (*p == '-')
		p++;
	for (; *p >= '0' && *p <= '9' && ndig < 18; p++, ndig++)
		v = v * 10 + (*p - '0');
	if (*p == '.')
	{
		for (p++; *p >= '0' && *p <= '9' && ndig < 18; p++, ndig++, scale++)
			v = v * 10 + (*p - '0');
	}
	if (*p == '\0' && ndig > 0 && scale > 0)
		return NumericGetDatum(int64_div_fast_to_numeric(s[0] == '-' ? -v : v, scale));
	if (*p == '\0' && ndig > 0)
		return NumericGetDatum(int64_to_numeric(s[0] == '-' ? -v : v));
	return DirectFunctionCall3(numeric_in, CStringGetDatum(s),
							   ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
}

/*
 * value_of - numeric for the core's output "[-]D", "[-]N/M" or "[-]W+N/M";
 * out is modified.
 */
static Datum
value_of(char *out)
{
	char	   *slash = strchr(out, '/');
	char	   *plus;
	bool		neg = false;
	char	   *p = out;
	Datum		v;

	if (slash == NULL)
		return decimal(out);
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	*slash = '\0';
	plus = strchr(p, '+');
	if (plus)
		*plus = '\0';
	v = DirectFunctionCall2(numeric_div, decimal(plus ? plus + 1 : p),
							decimal(slash + 1));
	if (plus)
		v = DirectFunctionCall2(numeric_add, decimal(p), v);
	/* exact quotients lose the division's padding: 3/4 is 0.75 */
	v = DirectFunctionCall1(numeric_trim_scale, v);
	if (neg)
		v = DirectFunctionCall1(numeric_uminus, v);
	return v;
}

/*
 * plain_decimal - is s[0..len) a decimal already in the core's canonical
 * form ([-]digits[.digits], no leading zero, no trailing fractional zero)?
 * Then numeric_in reads it exactly as the core would write it, and the
 * grammar can be skipped: most numerals in news are plain Arabic numbers.
 */
static bool
plain_decimal(const char *s, int len)
{
	int			i = 0,
				start;

	if (len > 0 && s[0] == '-')
		i++;
	start = i;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i == start || (s[start] == '0' && i - start > 1))
		return false;
	if (i < len && s[i] == '.')
	{
		int			fstart = ++i;

		for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == fstart || s[i - 1] == '0')
			return false;
	}
	return i == len;
}

/* memory for numerals of many digit groups, in the current context */
static void *
resize_terms(void *arg, void *ptr, size_t size)
{
	(void) arg;
	return ptr ? repalloc(ptr, size) : palloc(size);
}

static void
free_terms(void *arg, void *ptr)
{
	(void) arg;
	pfree(ptr);
}

/* a numeral of hundreds of megabytes takes seconds to read */
static void
check_interrupts(void *arg)
{
	(void) arg;
	CHECK_FOR_INTERRUPTS();
}

static const PdNumAlloc term_alloc = {resize_terms, free_terms, NULL, check_interrupts};

/*
 * parse - run the core over s[0..len); on success *result is set and PD_NUM_OK
 * returned.  Errors are returned, not raised.
 */
static PdNumStatus
parse(const char *s, int len, Datum *result, size_t *errpos)
{
	char		buf[128];
	char	   *out = buf;
	PdNumStatus st;

	pd_require_utf8();
	if (len < (int) sizeof(buf) && plain_decimal(s, len))
	{
		memcpy(buf, s, len);
		buf[len] = '\0';
		*result = decimal(buf);
		return PD_NUM_OK;
	}
	st = pd_numeral_parse_alloc(s, (size_t) len, buf, sizeof(buf), errpos, &term_alloc);
	if (st == PD_NUM_BUFFER)
	{
		out = palloc(*errpos);
		st = pd_numeral_parse_alloc(s, (size_t) len, out, *errpos, errpos, &term_alloc);
	}
	if (st == PD_NUM_OK)
		*result = value_of(out);
	return st;
}

PG_FUNCTION_INFO_V1(pd_cn_numeral_to_numeric);
Datum
pd_cn_numeral_to_numeric(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	const char *s = VARDATA_ANY(t);
	int			len = VARSIZE_ANY_EXHDR(t);
	Datum		result = (Datum) 0;
	size_t		errpos;
	PdNumStatus st = parse(s, len, &result, &errpos);

	if (st != PD_NUM_OK)
		report(st, s, len, errpos);
	PG_RETURN_DATUM(result);
}

PG_FUNCTION_INFO_V1(pd_try_cn_numeral_to_numeric);
Datum
pd_try_cn_numeral_to_numeric(PG_FUNCTION_ARGS)
{
	text	   *t = PG_GETARG_TEXT_PP(0);
	Datum		result = (Datum) 0;
	size_t		errpos;

	if (parse(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t), &result, &errpos) != PD_NUM_OK)
		PG_RETURN_NULL();
	PG_RETURN_DATUM(result);
}

PG_FUNCTION_INFO_V1(pd_numeric_to_cn);
Datum
pd_numeric_to_cn(PG_FUNCTION_ARGS)
{
	Numeric		num = PG_GETARG_NUMERIC(0);
	text	   *style_t = PG_GETARG_TEXT_PP(1);
	char	   *style_s = text_to_cstring(style_t);
	PdNumStyle	style;
	char	   *dec;
	char	   *out;
	size_t		outlen,
				needed;
	PdFmtStatus st;

	if (pg_strcasecmp(style_s, "plain") == 0)
		style = PD_STYLE_PLAIN;
	else if (pg_strcasecmp(style_s, "financial") == 0)
		style = PD_STYLE_FINANCIAL;
	else if (pg_strcasecmp(style_s, "rmb") == 0)
		style = PD_STYLE_RMB;
	else
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unrecognized Chinese numeral style \"%s\"", style_s),
				 errhint("Valid styles are \"plain\", \"financial\" and \"rmb\".")));

	if (numeric_is_nan(num) || numeric_is_inf(num))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("cannot write %s as a Chinese numeral",
						numeric_is_nan(num) ? "NaN" : "infinity")));

	dec = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)));
	outlen = pd_numeral_format_size(strlen(dec));
	out = palloc(outlen);
	st = pd_numeral_format(dec, strlen(dec), style, out, outlen, &needed);
	if (st == PD_FMT_PRECISION)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("amount %s has more than two decimal places", dec),
				 errdetail("Style \"rmb\" writes yuan, jiao and fen only."),
				 errhint("Round it first, for example with round(x, 2).")));
	if (st != PD_FMT_OK)
		elog(ERROR, "could not write numeric \"%s\" in Chinese (status %d)",
			 dec, (int) st);
	PG_RETURN_TEXT_P(cstring_to_text(out));
}
