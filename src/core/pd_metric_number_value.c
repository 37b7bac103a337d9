/*-------------------------------------------------------------------------
 *
 * pd_metric_number_value.c
 *	  The exact value of a number read by read_number (pd_metric_number.c),
 *	  as a decimal string: the numeral parser's reading, then percent of
 *	  千分之 and ‰, fractions (1/8 -> 12.5), 成 (两成二 -> 22) and the sign.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  src/core/pd_metric_number_value.c
 *
 *-------------------------------------------------------------------------
 */
#include "pd_metric_int.h"

/* ---------------------------------------------------------------------
 * Decimal strings
 * --------------------------------------------------------------------- */

/* times_ten - multiply a plain decimal string by 10, in place */
static void
times_ten(char *v, size_t cap)
{
	char	   *dot = strchr(v, '.');
	size_t		l = strlen(v);
	char	   *s,
			   *q;

	if (!dot)
	{
		if (strcmp(v, "0") == 0 || strcmp(v, "-0") == 0 || l + 2 > cap)
			return;
		v[l] = '0';
		v[l + 1] = '\0';
		return;
	}
	/* move the point one place right */
	dot[0] = dot[1];
	dot[1] = '.';
	if (dot[2] == '\0')
		dot[1] = '\0';
	/* strip leading zeros of the integer part ("05" -> "5") */
	s = v + (v[0] == '-');
	q = s;
	while (q[0] == '0' && q[1] != '\0' && q[1] != '.')
		q++;
	if (q != s)
		memmove(s, q, strlen(q) + 1);
}

static void
negate(char *v, size_t cap)
{
	size_t		l = strlen(v);

	if (v[0] == '-' || strcmp(v, "0") == 0 || l + 2 > cap)
		return;
	memmove(v + 1, v, l + 1);
	v[0] = '-';
}

/* divide a plain decimal string by 10, in place: 4 -> 0.4 (千分之四 in %) */
static void
tenth_of(char *v, size_t cap)
{
	char	   *s = v + (v[0] == '-');
	char	   *dot = strchr(s, '.');
	size_t		ip = dot ? (size_t) (dot - s) : strlen(s),
				l = strlen(v);

	if (strcmp(s, "0") == 0 || l + 3 > cap)
		return;
	if (ip == 1)
	{
		/* d[.fff] -> 0.d[fff] */
		memmove(s + 2, s, strlen(s) + 1);
		s[0] = '0';
		s[1] = '.';
		if (dot)
			memmove(s + 3, s + 4, strlen(s + 4) + 1);	/* drop the old point */
	}
	else
	{
		/* dd[.fff] -> d.d[fff] */
		if (dot)
			memmove(dot, dot + 1, strlen(dot + 1) + 1);
		memmove(s + ip, s + ip - 1, strlen(s + ip - 1) + 1);
		s[ip - 1] = '.';
	}
	/* no trailing fractional zeros */
	l = strlen(v);
	while (l > 0 && v[l - 1] == '0' && strchr(v, '.'))
		v[--l] = '\0';
	if (l > 0 && v[l - 1] == '.')
		v[--l] = '\0';
}

/* a plain non-negative integer string of at most 18 digits: its value, or -1 */
static long long
small_integer(const char *s, size_t n)
{
	long long	v = 0;
	size_t		i;

	if (n == 0 || n > 18)
		return -1;
	for (i = 0; i < n; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* write a non-negative integer in decimal; returns its length */
static int
put_integer(char *out, long long v, int min_digits)
{
	char		tmp[24];
	int			n = 0,
				k;

	do
	{
		tmp[n++] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0 && n < (int) sizeof(tmp));
	while (n < min_digits && n < (int) sizeof(tmp))
		tmp[n++] = '0';
	for (k = 0; k < n; k++)
		out[k] = tmp[n - 1 - k];
	out[n] = '\0';
	return n;
}

/*
 * quotient_percent - N/M as a percentage with at most 6 decimals, rounded
 * half up (1/8 -> 12.5, 1/3 -> 33.333333), written over q.  Returns 0 for
 * what it cannot read.
 */
static int
quotient_percent(char *q, size_t cap)
{
	char	   *slash = strchr(q, '/');
	long long	n,
				m,
				whole,
				frac;
	char		buf[64];
	int			len,
				k;

	if (!slash || q[0] == '-' || strchr(q, '+') || cap < sizeof(buf))
		return 0;
	n = small_integer(q, (size_t) (slash - q));
	m = small_integer(slash + 1, strlen(slash + 1));
	if (n < 0 || m <= 0 || n > 1000000000LL || m > 1000000000LL)
		return 0;
	/* 100 n / m in millionths, rounded */
	frac = (n * 100 * 1000000 * 2 / m + 1) / 2;
	whole = frac / 1000000;
	frac %= 1000000;
	len = put_integer(buf, whole, 1);
	buf[len++] = '.';
	len += put_integer(buf + len, frac, 6);
	for (k = len - 1; k > 0 && buf[k] == '0'; k--)
		buf[k] = '\0';
	if (buf[k] == '.')
		buf[k] = '\0';
	memcpy(q, buf, strlen(buf) + 1);
	return 1;
}

/* add a small non-negative integer to an integer string (两成二: 20 + 2) */
static void
add_digit(char *v, size_t cap, int d)
{
	long long	x = small_integer(v, strlen(v));

	if (x >= 0 && cap > 24)
		put_integer(v, x + d, 1);
}

/* the numeral of c in w->numbuf (a bare 亿 as 一亿, 30余万 as 30万); its length */
static size_t
numeral_text(PdMetricWork *w, const Candidate *c)
{
	size_t		a = w->off[c->nstart],
				n = w->off[c->nend] - a;

	if (n + 8 > sizeof(w->numbuf))
		return 0;
	memcpy(w->numbuf, w->doc + a, n);
	/* 近百家, 超亿元: a bare scale word means one of it */
	if ((wcls(w, c->nstart) == PD_NC_UNIT || wcls(w, c->nstart) == PD_NC_MYRIAD) &&
		w->cp[c->nstart] != CP_SHI && w->cp[c->nstart] != CP_SHI_FIN)
	{
		memmove(w->numbuf + 3, w->numbuf, n);
		memcpy(w->numbuf, "一", 3);
		n += 3;
	}
	if (c->extra_scale >= 0)
	{
		size_t		sa = w->off[c->extra_scale],
					sl = w->off[c->extra_scale + (c->extra_scale_n > 1 ?
												  c->extra_scale_n : 1)] - sa;

		memcpy(w->numbuf + n, w->doc + sa, sl);
		n += sl;
	}
	w->numbuf[n] = '\0';
	return n;
}

/*
 * make_value - the exact value of the candidate as a decimal string
 *
 * Writes w->value.  The numeral is read by the numeral parser exactly as
 * cn_numeral_to_numeric reads it, then put in the figure's unit (percent
 * points for 成, 千分之 and fractions).  Returns 0 if the parser rejects
 * the span or gives a quotient where none is expected.
 */
int
make_value(PdMetricWork *w, const Candidate *c, int negative)
{
	size_t		n,
				errpos = 0;
	PdNumStatus st;

	if (c->fraction == FRACTION_HALF || c->fraction == FRACTION_HALF_TENTH)
	{
		/* 一半, 半数, 半成: a word, not a numeral */
		strcpy(w->value, c->fraction == FRACTION_HALF ? "50" : "5");
		if (negative != c->negative)
			negate(w->value, sizeof(w->value));
		return 1;
	}
	n = numeral_text(w, c);
	if (n == 0)
		return 0;
	st = pd_numeral_parse(w->numbuf, n, w->value, sizeof(w->value) - 4, &errpos);
	if (st != PD_NUM_OK)
		return 0;
	if (c->fraction)
	{
		/* 1/10, 十分之一: the parser gives a tenth exactly as 0.1 */
		if (!strchr(w->value, '/') && w->value[0] != '-' && !strchr(w->value, '+'))
		{
			times_ten(w->value, sizeof(w->value));
			times_ten(w->value, sizeof(w->value));
		}
		else if (!quotient_percent(w->value, sizeof(w->value)))
			return 0;
	}
	else if (strchr(w->value, '/') || strchr(w->value, '+'))
		return 0;
	if (c->half && !strchr(w->value, '.') && strlen(w->value) + 3 < sizeof(w->value))
		strcat(w->value, ".5");
	if (c->unit && (c->unit->flags & PU_TENTH))
		times_ten(w->value, sizeof(w->value));
	if (c->unit && (c->unit->flags & PU_KILO))
	{
		times_ten(w->value, sizeof(w->value));
		times_ten(w->value, sizeof(w->value));
		times_ten(w->value, sizeof(w->value));
	}
	if (c->tenth_digit >= 0)
		add_digit(w->value, sizeof(w->value), c->tenth_digit);
	if (c->months > 0)
	{
		/* 1年4个月: 16 months */
		long long	y = small_integer(w->value, strlen(w->value));

		if (y < 0 || y > 1000)
			return 0;
		put_integer(w->value, y * 12 + c->months, 1);
	}
	if (c->percent_of == 2 || (c->unit && (c->unit->flags & PU_PERMILLE)))
		tenth_of(w->value, sizeof(w->value));	/* 千分之四, 4‰: 0.4 % */
	if (negative != c->negative)
		negate(w->value, sizeof(w->value));
	return 1;
}
