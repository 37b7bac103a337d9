/*
 * test_numeral.c - unit tests of src/core/pd_numeral*.c, no server.
 *
 * 1. A table of numerals with their exact values or error positions.
 * 2. Round trip against ICU's own Chinese spellout (RBNF, "zh"): for 100k
 *    pseudo-random integers and decimals, parsing ICU's words gives back the
 *    number.
 * 3. Round trip of pd_numeral_format in every style.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <string.h>

#include <unicode/unum.h>
#include <unicode/ustring.h>

#include "pd_numeral.h"
#include "pd_numeral_int.h"
#include "pd_test.h"

typedef struct Case
{
	const char *in;
	const char *want;			/* NULL: an error */
	int			status;			/* expected status when want is NULL */
	long		errpos;			/* expected byte offset, -1: any */
} Case;

static const Case cases[] = {
	{"一万二", "12000", 0, 0},
	{"16.7万", "167000", 0, 0},
	{"2.4亿", "240000000", 0, 0},
	{"百分之五十", "0.5", 0, 0},
	{"壹佰贰拾叁", "123", 0, 0},
	{"0.1亿", "10000000", 0, 0},
	{"九千九百九十九万亿零一", "9999000000000001", 0, 0},
	{"三万五千亿", "3500000000000", 0, 0},
	{"二十万亿", "20000000000000", 0, 0},
	{"两千万亿", "2000000000000000", 0, 0},
	{"十五", "15", 0, 0},
	{"千亿", "100000000000", 0, 0},
	{"百万", "1000000", 0, 0},
	{"一千零五", "1005", 0, 0},
	{"十万零五", "100005", 0, 0},
	{"三千五", "3500", 0, 0},
	{"两百五", "250", 0, 0},
	{"一亿二", "120000000", 0, 0},
	{"二〇二一", "2021", 0, 0},
	{"二○二一", "2021", 0, 0},	/* ○ written for 〇 */
	{"兩萬參仟", "23000", 0, 0},
	{"三点一四", "3.14", 0, 0},
	{"十六点七万", "167000", 0, 0},
	{"1.2万亿", "1200000000000", 0, 0},
	{"3000亿", "300000000000", 0, 0},
	{"1,234.56", "1234.56", 0, 0},
	{"12,345万", "123450000", 0, 0},
	{"１２.５万", "125000", 0, 0},
	{"负五", "-5", 0, 0},
	{"−4", "-4", 0, 0},
	{"50%", "0.5", 0, 0},
	{"千分之三", "0.003", 0, 0},
	{"3‰", "0.003", 0, 0},
	{"四分之三", "3/4", 0, 0},
	{"三分之一", "1/3", 0, 0},
	{"三又五分之一", "3+1/5", 0, 0},
	{"负一又二分之一", "-1+1/2", 0, 0},
	{"负３分之负一百五十七", "157/3", 0, 0},
	{" \t十\n", "10", 0, 0},
	{"壹万贰仟叁佰肆拾伍元陆角柒分", "12345.67", 0, 0},
	{"壹佰元整", "100", 0, 0},
	{"人民币负零元", "0", 0, 0},
	{"-0", "0", 0, 0},
	{"廿二", "22", 0, 0},
	{"卅三", "33", 0, 0},
	{"一萬零卌", "10040", 0, 0},
	{"一十万万零一百一十万亿", "100110000000000000", 0, 0},
	{"一亿零一亿", "10000000100000000", 0, 0},
	{"五兆六十二亿四万五千二", "5006200045200", 0, 0},
	{"一千九百九十九万九千九百九十九亿九千九百九十九万九千亿亿亿零七百三十八亿六千七百二十一万四千二百五十五亿三千八百六十七万八千七百八十一",
	"19999999999990000000000000000000000007386721425538678781", 0, 0},	/* found by fuzzing */
	{"两千三点一", "2300.1", 0, 0},
	{"1.5千万", "15000000", 0, 0},
	{"2e5", "200000", 0, 0},
	{"-12e-1", "-1.2", 0, 0},
	{".5", "0.5", 0, 0},
	{"01.10", "1.1", 0, 0},
	{"零点零零一", "0.001", 0, 0},
	{"一百点123", "100.123", 0, 0},
	{"三成", "0.3", 0, 0},
	{"第三", "3", 0, 0},
	{"第十一", "11", 0, 0},
	{"壹拾元零角零分", "10", 0, 0},
	/* a dot after Chinese digits is a decimal point, read as 点 */
	{"九.四", "9.4", 0, 0},
	{"二．二六兆", "2260000000000", 0, 0},
	{"一二三．七三", "123.73", 0, 0},
	{"两千三.一", "2300.1", 0, 0},
	{"零.零五", "0.05", 0, 0},
	{"一百.五", "100.5", 0, 0},
	{"十六.七万", "167000", 0, 0},
	{"负九.四%", "-0.094", 0, 0},
	{"一二三.五百", "12350", 0, 0},	/* as 一二三点五百 */
	{"一二三点五百", "12350", 0, 0},
	/* errors: status and byte offset of the offending character */
	/* Traditional releases: a middle dot between Chinese numerals is their point */
	{"七四三七·三億", "743730000000", 0, 0},
	{"八○○·七億", "80070000000", 0, 0},
	{"卅七·九", "37.9", 0, 0},
	{"廿六‧五", "26.5", 0, 0},
	{"四十一・二", "41.2", 0, 0},
	{"十·五", "10.5", 0, 0},
	{"3·15", NULL, PD_NUM_SYNTAX, 1},
	{"三·", NULL, PD_NUM_SYNTAX, 3},
	{"·五", NULL, PD_NUM_SYNTAX, 0},
	/* spaces between groups of three digits: 3 662 200 */
	{"3 662 200", "3662200", 0, 0},
	{"12 000", "12000", 0, 0},
	{"12\u00a0000", "12000", 0, 0},
	{"115\u2009700", "115700", 0, 0},
	{"2\u202f700.5", "2700.5", 0, 0},
	{"3 662 200万", "36622000000", 0, 0},
	{"2023 100", NULL, PD_NUM_SYNTAX, 5},
	{"3 662 20", NULL, PD_NUM_SYNTAX, -1},
	{"1 234,567", NULL, PD_NUM_SYNTAX, -1},
	{"1,234 567", NULL, PD_NUM_SYNTAX, -1},
	{"19 436 11 341", NULL, PD_NUM_SYNTAX, -1},
	{"十三五", NULL, PD_NUM_SYNTAX, 6},
	/* four-digit groups after a myriad, as budgets write them */
	{"四二七億〇八一五萬三千", "42708153000", 0, 0},
	{"三兆一二〇〇億", "3120000000000", 0, 0},
	{"二十七萬三〇五八", "273058", 0, 0},
	{"三億二三四五", NULL, PD_NUM_SYNTAX, 6},
	{"三億二三四五億", NULL, PD_NUM_SYNTAX, 18},
	{"五兆一二三四萬", NULL, PD_NUM_SYNTAX, 18},
	{"一萬二三四五點五", NULL, PD_NUM_SYNTAX, 18},
	{"一萬二三", NULL, PD_NUM_SYNTAX, -1},
	{"一億二三萬", NULL, PD_NUM_SYNTAX, -1},
	{"三萬一二三四五", NULL, PD_NUM_SYNTAX, -1},
	{"点五", NULL, PD_NUM_SYNTAX, 0},
	{"一点", NULL, PD_NUM_SYNTAX, 6},
	{"九..四", NULL, PD_NUM_SYNTAX, 4},
	{"九.", NULL, PD_NUM_SYNTAX, 4},
	{"九．", NULL, PD_NUM_SYNTAX, 6},
	{".四", NULL, PD_NUM_SYNTAX, 1},
	{"一千零.五", NULL, PD_NUM_SYNTAX, 9},
	{"九.四.五", NULL, PD_NUM_SYNTAX, 7},
	{"九.四五六.七", NULL, PD_NUM_SYNTAX, 13},
	{"百百", NULL, PD_NUM_SYNTAX, 3},
	{"abc", NULL, PD_NUM_SYNTAX, 0},
	{"", NULL, PD_NUM_EMPTY, 0},
	{"  ", NULL, PD_NUM_EMPTY, 0},
	{"十一十二", NULL, PD_NUM_SYNTAX, 6},
	{"一百一二三", NULL, PD_NUM_SYNTAX, 9},
	{"10.1万零100", NULL, PD_NUM_SYNTAX, 7},
	{"10..1万", NULL, PD_NUM_SYNTAX, 3},
	{"7 2", NULL, PD_NUM_SYNTAX, 2},
	{"一万二万", NULL, PD_NUM_SYNTAX, 9},
	{"一千零", NULL, PD_NUM_SYNTAX, 9},
	{"元整", NULL, PD_NUM_SYNTAX, 0},
	{"第", NULL, PD_NUM_SYNTAX, 3},
	{"第-3", NULL, PD_NUM_SYNTAX, 3},
	{"四两", NULL, PD_NUM_SYNTAX, 3},
	{"两四", NULL, PD_NUM_SYNTAX, 3},
	{"三第", NULL, PD_NUM_SYNTAX, 3},
	{"零分之一", NULL, PD_NUM_DIVZERO, -1},
	{"1e200000", NULL, PD_NUM_RANGE, -1},
	{"1e131071/0.0001", NULL, PD_NUM_RANGE, -1},
	{"0.0001分之1e131071", NULL, PD_NUM_RANGE, -1},
	{"\xe4\xb8", NULL, PD_NUM_SYNTAX, 0},	/* truncated UTF-8 */
	{"\xff", NULL, PD_NUM_SYNTAX, 0},
	{"一\xc0\x80", NULL, PD_NUM_SYNTAX, 3},	/* overlong NUL */
	{"十六点3\xe0\x80\xb0", NULL, PD_NUM_SYNTAX, 10},	/* overlong "0", found by fuzzing */
	{"十六点\xe0\x80\xb1", NULL, PD_NUM_SYNTAX, 9},
};

static void
test_cases(void)
{
	char		out[256];
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		const Case *c = &cases[i];
		size_t		ep = 0;
		PdNumStatus st = pd_numeral_parse(c->in, strlen(c->in), out, sizeof(out), &ep);

		if (c->want)
			PD_CHECK(st == PD_NUM_OK && strcmp(out, c->want) == 0,
					 "%s: want %s, got status %d '%s'", c->in, c->want, st,
					 st == PD_NUM_OK ? out : "");
		else
			PD_CHECK(st == (PdNumStatus) c->status &&
					 (c->errpos < 0 || ep == (size_t) c->errpos),
					 "%s: want status %d at %ld, got %d at %zu", c->in, c->status,
					 c->errpos, st, ep);
	}
}

/* a small output buffer: PD_NUM_BUFFER reports the size needed */
static void
test_buffer(void)
{
	char		small[4],
				big[64];
	size_t		need = 0;
	PdNumStatus st = pd_numeral_parse("一亿", 6, small, sizeof(small), &need);

	PD_CHECK(st == PD_NUM_BUFFER && need > sizeof(small), "buffer: status %d need %zu", st, need);
	st = pd_numeral_parse("一亿", 6, big, need, &need);
	PD_CHECK(st == PD_NUM_OK && strcmp(big, "100000000") == 0, "buffer retry: %d", st);
}

/* xorshift64*: reproducible pseudo-random numbers */
static uint64_t rng = 88172645463325252ULL;
static uint64_t
next_rand(void)
{
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

/* random_decimal - a canonical decimal string of varied magnitude */
static void
random_decimal(char *buf, size_t cap)
{
	uint64_t	r = next_rand();
	int			kind = (int) (r % 4);
	uint64_t	mag = 1;
	int			digits = 1 + (int) ((r >> 8) % 16);
	int			k;
	uint64_t	v;

	for (k = 0; k < digits; k++)
		mag *= 10;
	v = next_rand() % mag;
	if (kind == 3)
	{
		/* a decimal with 1-4 fractional digits, no trailing zero */
		int			frac = 1 + (int) ((r >> 20) % 4);
		uint64_t	f = next_rand() % 10000;
		char		fb[8];
		int			n;

		snprintf(fb, sizeof(fb), "%04llu", (unsigned long long) f);
		fb[frac] = '\0';
		n = frac;
		while (n > 0 && fb[n - 1] == '0')
			fb[--n] = '\0';
		if (n == 0)
			snprintf(buf, cap, "%llu", (unsigned long long) v);
		else
			snprintf(buf, cap, "%llu.%s", (unsigned long long) v, fb);
	}
	else
		snprintf(buf, cap, "%s%llu", kind == 2 && v ? "-" : "", (unsigned long long) v);
}

static void
test_icu_spellout(void)
{
	UErrorCode	err = U_ZERO_ERROR;
	UNumberFormat *fmt = unum_open(UNUM_SPELLOUT, NULL, 0, "zh", NULL, &err);
	int			i,
				bad = 0,
				n = 100000;

	PD_CHECK(U_SUCCESS(err), "unum_open: %s", u_errorName(err));
	if (U_FAILURE(err))
		return;
	for (i = 0; i < n; i++)
	{
		char		dec[64],
					words[1024],
					out[256];
		UChar		u[512];
		int32_t		ulen,
					blen;
		size_t		ep;
		PdNumStatus st;

		random_decimal(dec, sizeof(dec));
		if (strlen(dec) > 14)
		{
			/*
			 * ICU's RBNF formats through a double: beyond ~15 significant
			 * digits its words are rounded (76480024894674.85 comes out as
			 * ...点八四), so compare only where ICU itself is exact.
			 */
			i--;
			continue;
		}
		err = U_ZERO_ERROR;
		ulen = unum_formatDecimal(fmt, dec, (int32_t) strlen(dec), u, 512, NULL, &err);
		u_strToUTF8(words, sizeof(words), &blen, u, ulen, &err);
		if (U_FAILURE(err))
		{
			bad++;
			continue;
		}
		st = pd_numeral_parse(words, (size_t) blen, out, sizeof(out), &ep);
		if (st != PD_NUM_OK || strcmp(out, dec) != 0)
		{
			if (bad < 10)
				fprintf(stderr, "ICU %s -> %s -> status %d %s\n", dec, words, st,
						st == PD_NUM_OK ? out : "");
			bad++;
		}
	}
	unum_close(fmt);
	PD_CHECK(bad == 0, "ICU spellout round trip: %d of %d wrong", bad, n);
	printf("ICU spellout (zh) round trip: %d of %d parsed back exactly\n", n - bad, n);
}

static void
test_format_roundtrip(void)
{
	int			i,
				bad = 0,
				n = 100000;
	PdNumStyle	styles[3] = {PD_STYLE_PLAIN, PD_STYLE_FINANCIAL, PD_STYLE_RMB};

	for (i = 0; i < n; i++)
	{
		char		dec[64],
					words[1024],
					out[256];
		size_t		need,
					ep;
		PdNumStyle	style = styles[i % 3];
		PdFmtStatus fs;
		PdNumStatus st;

		random_decimal(dec, sizeof(dec));
		fs = pd_numeral_format(dec, strlen(dec), style, words, sizeof(words), &need);
		if (fs == PD_FMT_PRECISION && style == PD_STYLE_RMB)
			continue;			/* more than two decimals: not an amount */
		st = pd_numeral_parse(words, strlen(words), out, sizeof(out), &ep);
		if (fs != PD_FMT_OK || st != PD_NUM_OK || strcmp(out, dec) != 0)
		{
			if (bad < 10)
				fprintf(stderr, "format %s style %d -> %s -> %s\n", dec, style,
						words, st == PD_NUM_OK ? out : "error");
			bad++;
		}
	}
	PD_CHECK(bad == 0, "format round trip: %d of %d wrong", bad, n);
}

static void
test_format_cases(void)
{
	struct
	{
		const char *dec;
		PdNumStyle	style;
		const char *want;
	}			f[] = {
		{"12345", PD_STYLE_PLAIN, "一万二千三百四十五"},
		{"12345", PD_STYLE_FINANCIAL, "壹万贰仟叁佰肆拾伍"},
		{"12345.67", PD_STYLE_RMB, "壹万贰仟叁佰肆拾伍元陆角柒分"},
		{"100", PD_STYLE_RMB, "壹佰元整"},
		{"1409.50", PD_STYLE_RMB, "壹仟肆佰零玖元伍角"},
		{"6007.14", PD_STYLE_RMB, "陆仟零柒元壹角肆分"},
		{"16409.02", PD_STYLE_RMB, "壹万陆仟肆佰零玖元零贰分"},
		{"325.04", PD_STYLE_RMB, "叁佰贰拾伍元零肆分"},
		{"0.05", PD_STYLE_RMB, "伍分"},
		{"100000", PD_STYLE_PLAIN, "十万"},
		{"100010", PD_STYLE_PLAIN, "十万零一十"},
		{"100000005", PD_STYLE_PLAIN, "一亿零五"},
		{"1000000000000", PD_STYLE_PLAIN, "一万亿"},
		{"-0.5", PD_STYLE_PLAIN, "负零点五"},
	};
	size_t		i;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
	{
		char		out[256];
		size_t		need;
		PdFmtStatus st = pd_numeral_format(f[i].dec, strlen(f[i].dec), f[i].style,
										   out, sizeof(out), &need);

		PD_CHECK(st == PD_FMT_OK && strcmp(out, f[i].want) == 0,
				 "format %s: want %s got %s", f[i].dec, f[i].want,
				 st == PD_FMT_OK ? out : "error");
	}
	{
		char		out[64];
		size_t		need;

		PD_CHECK(pd_numeral_format("1.234", 5, PD_STYLE_RMB, out, sizeof(out), &need) ==
				 PD_FMT_PRECISION, "rmb precision");
		PD_CHECK(pd_numeral_format("1x", 2, PD_STYLE_PLAIN, out, sizeof(out), &need) ==
				 PD_FMT_SYNTAX, "format syntax");
	}
}

/*
 * The fast path for Arabic mantissas (16.7万, 46.3%) must agree with the full
 * grammar on every input: random strings over the characters it looks at.
 */
static void
test_fast_path(void)
{
	static const char *const pieces[] = {
		"0", "1", "2", "5", "9", "0", "0", ".", "-", "万", "亿", "%", "‰", "十", " ", ",",
		"123", ",456", ",78", "1,000"
	};
	int			i,
				bad = 0,
				n = 200000;

	for (i = 0; i < n; i++)
	{
		char		in[128] = "",
					a[256],
					b[256];
		size_t		ea = 0,
					eb = 0;
		int			k,
					parts = 1 + (int) (next_rand() % 9);
		PdNumStatus sa,
					sb;

		for (k = 0; k < parts; k++)
			strcat(in, pieces[next_rand() % (sizeof(pieces) / sizeof(pieces[0]))]);
		sa = pd_numeral_parse(in, strlen(in), a, sizeof(a), &ea);
		sb = pd_numeral_parse_full(in, strlen(in), b, sizeof(b), &eb, NULL);
		if (sa != sb || (sa == PD_NUM_OK && strcmp(a, b) != 0) ||
			(sa != PD_NUM_OK && ea != eb))
		{
			if (bad < 10)
				fprintf(stderr, "fast/full disagree on '%s': %d '%s' vs %d '%s'\n", in,
						sa, sa == PD_NUM_OK ? a : "", sb, sb == PD_NUM_OK ? b : "");
			bad++;
		}
	}
	PD_CHECK(bad == 0, "fast path: %d of %d disagree with the full grammar", bad, n);
}

/*
 * compare_with_full - pd_numeral_parse and the full grammar agree on s (same
 * status, output or error offset); *fast gets whether a fast path took s.
 */
static int
compare_with_full(const char *s, int *fast)
{
	char		a[256],
				b[256],
				f[256];
	size_t		ea = 0,
				eb = 0,
				len = strlen(s);
	PdNumStatus sa = pd_numeral_parse(s, len, a, sizeof(a), &ea),
				sb = pd_numeral_parse_full(s, len, b, sizeof(b), &eb, NULL);

	*fast = pd_num_parse_fast(s, len, f, sizeof(f));
	if (sa != sb || (sa == PD_NUM_OK && strcmp(a, b) != 0) ||
		(sa != PD_NUM_OK && ea != eb) ||
		(*fast && (sb != PD_NUM_OK || strcmp(f, b) != 0)))
	{
		fprintf(stderr, "fast/full disagree on '%s': %d '%s' at %zu vs %d '%s' at %zu\n", s,
				sa, sa == PD_NUM_OK ? a : "", ea, sb, sb == PD_NUM_OK ? b : "", eb);
		return 0;
	}
	return 1;
}

/*
 * The fast path for numbers written in Chinese must agree with the full
 * grammar too: random strings over the characters it reads, and numerals
 * written by pd_numeral_format with random edits (a character dropped,
 * inserted, replaced or two swapped).
 */
static void
test_fast_chinese(void)
{
	static const char *const pieces[] = {
		"零", "〇", "○", "一", "二", "三", "五", "九", "两", "兩", "壹", "貳", "參", "玖",
		"十", "百", "千", "拾", "佰", "仟", "万", "萬", "亿", "億", "兆", "廿", "点", "點",
		"．", "负", "-", "−", "+", "1", "0", "５", ".", " ", "元", "分之", "%", "第", "十", "万", "一",
		"\xe0\x80\xb0", "\xc0\xb0", "\xed\xa0\x80", "\xff", "\xe4\xb8"	/* not UTF-8 */
	};
	int			i,
				bad = 0,
				fast = 0,
				n = 400000;

	for (i = 0; i < n; i++)
	{
		char		in[1200] = "";
		int			took;

		if (i % 2 == 0)
		{
			int			k,
						parts = 1 + (int) (next_rand() % 10);

			for (k = 0; k < parts; k++)
				strcat(in, pieces[next_rand() % (sizeof(pieces) / sizeof(pieces[0]))]);
		}
		else
		{
			char		dec[64],
						words[1024];
			size_t		need,
						wl;
			int			edits = (int) (next_rand() % 3),
						k;

			random_decimal(dec, sizeof(dec));
			pd_numeral_format(dec, strlen(dec), next_rand() % 2 ? PD_STYLE_FINANCIAL : PD_STYLE_PLAIN,
							  words, sizeof(words), &need);
			for (k = 0; k < edits; k++)
			{
				/* characters are three bytes here, but for a '-' or digits */
				size_t		nch = (wl = strlen(words)) / 3,
							at = nch ? (size_t) (next_rand() % nch) * 3 : 0;
				const char *pc = pieces[next_rand() % (sizeof(pieces) / sizeof(pieces[0]))];
				int			op = (int) (next_rand() % 4);

				if (nch < 2 || wl % 3 != 0)
					break;
				if (op == 0)
					memmove(words + at, words + at + 3, wl - at - 2);
				else if (op == 1 || op == 2)
				{
					size_t		pl = strlen(pc);

					if (op == 2)
						memmove(words + at, words + at + 3, wl - at - 2), wl -= 3;
					memmove(words + at + pl, words + at, wl - at + 1);
					memcpy(words + at, pc, pl);
				}
				else if (at + 6 <= wl)
				{
					char		t[3];

					memcpy(t, words + at, 3);
					memcpy(words + at, words + at + 3, 3);
					memcpy(words + at + 3, t, 3);
				}
			}
			snprintf(in, sizeof(in), "%s", words);
		}
		if (!compare_with_full(in, &took) && ++bad > 10)
			break;
		fast += took;
	}
	PD_CHECK(bad == 0, "Chinese fast path: %d inputs disagree with the full grammar", bad);
	PD_CHECK(fast > n / 5, "Chinese fast path took only %d of %d inputs", fast, n);
	printf("fast paths: %d of %d random inputs taken, all as the full grammar reads them\n", fast, n);
}

/* malloc behind the parser's allocator */
static void *
test_resize(void *arg, void *ptr, size_t size)
{
	(void) arg;
	return realloc(ptr, size);
}

static void
test_free(void *arg, void *ptr)
{
	(void) arg;
	free(ptr);
}

static const PdNumAlloc test_alloc = {test_resize, test_free, NULL, NULL};

/* parse_big - s through pd_numeral_parse_alloc into a buffer of the size asked */
static PdNumStatus
parse_big(const char *s, char **out, size_t *ep)
{
	size_t		cap = 64;
	PdNumStatus st;

	*out = malloc(cap);
	st = pd_numeral_parse_alloc(s, strlen(s), *out, cap, ep, &test_alloc);
	if (st == PD_NUM_BUFFER)
	{
		cap = *ep;
		*out = realloc(*out, cap);
		st = pd_numeral_parse_alloc(s, strlen(s), *out, cap, ep, &test_alloc);
	}
	return st;
}

/* repeat - n copies of piece, then tail; malloc'd */
static char *
repeat(const char *head, const char *piece, size_t n, const char *tail)
{
	size_t		hl = strlen(head),
				pl = strlen(piece),
				tl = strlen(tail),
				i;
	char	   *s = malloc(hl + pl * n + tl + 1);

	memcpy(s, head, hl);
	for (i = 0; i < n; i++)
		memcpy(s + hl + i * pl, piece, pl);
	memcpy(s + hl + n * pl, tail, tl + 1);
	return s;
}

/*
 * Leading zeros do not count against numeric's 131,072 digits (numeric_in
 * reads 000…01 as 1), digits after the point do (numeric_in refuses a scale
 * above 16,383), as in issue 13.
 */
static void
test_leading_zeros(void)
{
	struct
	{
		const char *head,
				   *piece;
		size_t		n;
		const char *tail;
		size_t		outlen;		/* 0: PD_NUM_RANGE */
		const char *want;		/* the output's first characters */
	}			c[] = {
		{"", "0", 131072, "1", 1, "1"},
		{"", "0", 1000000, "1", 1, "1"},
		{"-", "0", 200000, "12.5", 5, "-12.5"},
		{"", "零", 349525, "", 1, "0"},	/* 1 MB of 零 */
		{"", "〇", 100000, "一二", 2, "12"},
		{"零", "亿", 20000, "", 1, "0"},	/* 0 times 10^160000 */
		{"", "0", 131072, "1e131070", 131071, "10"},
		{"", "0", 131072, "1e131072", 0, ""},
		{"1", "0", 131071, "", 131072, "10"},	/* numeric's 131,072 digits */
		{"1", "0", 131072, "", 0, ""},
		{"1.5", "0", 16382, "", 3, "1.5"},	/* a scale of 16,383 */
		{"1.5", "0", 16383, "", 0, ""},
		{"0.", "0", 16382, "1", 16385, "0.00"},
		{"0.", "0", 16383, "1", 0, ""},
	};
	size_t		i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		char	   *s = repeat(c[i].head, c[i].piece, c[i].n, c[i].tail),
				   *out;
		size_t		ep;
		PdNumStatus st = parse_big(s, &out, &ep);

		if (c[i].outlen == 0)
			PD_CHECK(st == PD_NUM_RANGE, "zeros %zu: want RANGE, got %d", i, st);
		else
			PD_CHECK(st == PD_NUM_OK && strlen(out) == c[i].outlen &&
					 strncmp(out, c[i].want, strlen(c[i].want)) == 0,
					 "zeros %zu: status %d, %zu bytes '%.20s'", i, st,
					 st == PD_NUM_OK ? strlen(out) : 0, st == PD_NUM_OK ? out : "");
		free(s);
		free(out);
	}
}

/* count_check - the check callback of a parse: counts its calls in *arg */
static void
count_check(void *arg)
{
	(*(int *) arg)++;
}

/*
 * A long numeral calls alloc->check once every PD_NUM_CHECK_EVERY characters
 * read (the server checks for interrupts there), whether it parses or not.
 */
static void
test_check_callback(void)
{
	struct
	{
		const char *piece;
		size_t		n;
		int			calls;		/* at least */
	}			c[] = {
		{"9", 16 * PD_NUM_CHECK_EVERY, 16},	/* RANGE after reading it all */
		{"九", 4 * PD_NUM_CHECK_EVERY, 4},
		{"0", 4 * PD_NUM_CHECK_EVERY, 4},	/* zeros: 0 */
		{"9", 100, 0},
	};
	size_t		i;

	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++)
	{
		int			calls = 0;
		PdNumAlloc	a = {test_resize, test_free, &calls, count_check};
		char	   *s = repeat("", c[i].piece, c[i].n, ""),
				   *out = malloc(64);
		size_t		ep;

		(void) pd_numeral_parse_alloc(s, strlen(s), out, 64, &ep, &a);
		PD_CHECK(calls >= c[i].calls && calls <= c[i].calls + 4,
				 "check %zu: %d calls, want %d", i, calls, c[i].calls);
		free(s);
		free(out);
	}
}

/* random_digits - n decimal digits, the first non-zero, one in five zero */
static char *
random_digits(size_t n, const char *suffix)
{
	char	   *d = malloc(n + strlen(suffix) + 1);
	size_t		i;

	for (i = 0; i < n; i++)
	{
		uint64_t	r = next_rand();

		d[i] = (char) (r % 5 == 0 ? '0' : '1' + (r >> 8) % 9);
	}
	d[0] = (char) ('1' + next_rand() % 9);
	strcpy(d + n, suffix);
	return d;
}

/*
 * numeric_to_cn's promise holds to numeric's own 131,072 digits in every
 * style (issue 13: the financial style stopped at 1,024 digit groups), in
 * time linear in the length; beyond PD_NUM_MAX_TERMS groups a clean
 * PD_NUM_TOO_LONG, and without an allocator at PD_NUM_STACK_TERMS.
 */
static void
test_many_groups(void)
{
	PdNumStyle	styles[3] = {PD_STYLE_PLAIN, PD_STYLE_FINANCIAL, PD_STYLE_RMB};
	const char *suffix[3] = {"", ".5", ".25"};
	int			i;
	clock_t		t0 = clock();

	for (i = 0; i < 3; i++)
	{
		char	   *dec = random_digits(131072, suffix[i]),
				   *words,
				   *out = NULL;
		size_t		need = pd_numeral_format_size(strlen(dec)),
					ep;
		PdFmtStatus fs;
		PdNumStatus st;

		words = malloc(need);
		fs = pd_numeral_format(dec, strlen(dec), styles[i], words, need, &need);
		st = parse_big(words, &out, &ep);
		PD_CHECK(fs == PD_FMT_OK && st == PD_NUM_OK && strcmp(out, dec) == 0,
				 "131,072 digits, style %d: format %d, parse %d (%zu bytes of words)",
				 styles[i], fs, st, strlen(words));
		if (i == 1)
		{
			char		small[16];

			st = pd_numeral_parse(words, strlen(words), small, sizeof(small), &ep);
			PD_CHECK(st == PD_NUM_TOO_LONG, "no allocator: want TOO_LONG, got %d", st);
		}
		free(dec);
		free(words);
		free(out);
	}
	{
		/* 十百十百…: every character a group; group 262,145 is too many */
		char	   *s = repeat("", "十百", PD_NUM_MAX_TERMS / 2 + 1, ""),
				   *out;
		size_t		ep;
		PdNumStatus st = parse_big(s, &out, &ep);

		PD_CHECK(st == PD_NUM_TOO_LONG && ep == (size_t) PD_NUM_MAX_TERMS * 3,
				 "too many groups: status %d at %zu", st, ep);
		free(s);
		free(out);
	}
	{
		/*
		 * 一亿一亿…一: each 亿 multiplies all before it, in one step, not one
		 * per term: 16,000 of them are 128,001 digits, 100,000 too many
		 */
		char	   *s = repeat("", "一亿", 16000, "一"),
				   *out;
		size_t		ep;
		PdNumStatus st = parse_big(s, &out, &ep);

		PD_CHECK(st == PD_NUM_OK && strlen(out) == 128001 &&
				 strncmp(out, "100000001000", 12) == 0, "nested 亿: status %d", st);
		free(s);
		free(out);
		s = repeat("", "一亿", 100000, "一");
		st = parse_big(s, &out, &ep);
		PD_CHECK(st == PD_NUM_RANGE, "100,000 nested 亿: status %d", st);
		free(s);
		free(out);
	}
	printf("131,072-digit numerals in every style, 262,145 groups, 100,000 nested 亿: %.1f s\n",
		   (double) (clock() - t0) / CLOCKS_PER_SEC);
}

int
main(void)
{
	test_fast_path();
	test_fast_chinese();
	test_leading_zeros();
	test_check_callback();
	test_many_groups();
	test_cases();
	test_buffer();
	test_format_cases();
	test_format_roundtrip();
	test_icu_spellout();
	return pd_test_summary("test_numeral");
}
