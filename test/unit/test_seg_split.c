/*-------------------------------------------------------------------------
 *
 * test_seg_split.c
 *	  Unit tests of number tokens cut under the split convention
 *	  (pd_seg_split_number), without a server.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/unit/test_seg_split.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_seg_split.h"
#include "pd_test.h"

/* pieces_of - the pieces of w joined by '|', cut into at most max pieces */
static const char *
pieces_of(const char *w, int max)
{
	static char out[1024];
	int32_t		spans[PD_SPLIT_MAX][2];
	int			n = pd_seg_split_number(w, strlen(w), spans, max),
				i;
	size_t		o = 0,
				covered = 0;

	out[0] = '\0';
	for (i = 0; i < n; i++)
	{
		if ((size_t) spans[i][0] != covered)
			return "(gap or overlap)";
		covered += (size_t) spans[i][1];
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s", i ? "|" : "",
							   (int) spans[i][1], w + spans[i][0]);
	}
	if (covered != strlen(w))
		return "(not covered)";
	return out;
}

#define EXPECT(w, want) \
	PD_CHECK(strcmp(pieces_of(w, PD_SPLIT_MAX), want) == 0, "%s: got \"%s\", want \"%s\"", \
			 w, pieces_of(w, PD_SPLIT_MAX), want)

static void
test_arabic(void)
{
	EXPECT("2009年", "2009|年");
	EXPECT("2021年度", "2021|年度");
	EXPECT("3月份", "3|月份");
	EXPECT("16.7万", "16.7|万");
	EXPECT("1.56万亿", "1.56|万亿");
	EXPECT("405.9亿元", "405.9|亿|元");
	EXPECT("1兆5146億", "1|兆|5146|億");
	EXPECT("46.3%", "46.3|%");
	EXPECT("-3.5%", "-3.5|%");
	EXPECT("４６．３％", "４６．３|％");
	EXPECT("1,200家", "1,200|家");
	EXPECT("120多", "120|多");
	EXPECT("8000余", "8000|余");
	EXPECT("2024-09-06", "2024|-|09|-|06");
	EXPECT("9时", "9|时");
	EXPECT("30分", "30|分");
	EXPECT("第5", "第|5");
	EXPECT("2024", "2024");
	EXPECT("3.", "3|.");
}

static void
test_han(void)
{
	EXPECT("一万", "一万");
	EXPECT("三千二百", "三千二百");
	EXPECT("三千二百多万", "三千二百|多|万");
	EXPECT("二〇二〇年", "二〇二〇|年");
	EXPECT("十二月", "十二|月");
	EXPECT("第五", "第|五");
	EXPECT("十点四", "十点四");
	EXPECT("九点", "九|点");
	EXPECT("百分之十五", "百分之|十五");
	EXPECT("百分之十点四", "百分之|十点四");
	EXPECT("千分之三", "千分之|三");
	EXPECT("三分之一", "三分之一");
	EXPECT("十分之一", "十分之一");
	EXPECT("六成", "六|成");
	EXPECT("负三", "负三");
}

/* words of Han text: only 第 and 百分之 with a number are cut */
static void
test_words(void)
{
	int32_t		spans[PD_SPLIT_MAX][2];
	static const struct
	{
		const char *w;
		int			pieces;
	}			cases[] = {
		{"第五", 2}, {"第十二", 2}, {"第5", 2}, {"百分之十五", 2}, {"千分之三", 2},
		{"第", 1}, {"第一线", 1}, {"次第", 1}, {"一些", 1}, {"十分", 1}, {"万元", 1},
		{"一月", 1}, {"三分之一", 1}, {"百分之", 1}, {"高新区", 1}
	};
	size_t		i;

	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		PD_CHECK(pd_seg_split_word(cases[i].w, strlen(cases[i].w), spans, PD_SPLIT_MAX) == cases[i].pieces,
				 "%s: want %d pieces", cases[i].w, cases[i].pieces);
	PD_CHECK(pd_seg_split_word("第五", strlen("第五"), spans, 1) == 1, "第五 in one piece at most");
	PD_CHECK(pd_seg_split_word("", 0, spans, PD_SPLIT_MAX) == 0, "empty word");
}

static void
test_limits(void)
{
	int32_t		spans[PD_SPLIT_MAX][2];

	PD_CHECK(pd_seg_split_number("", 0, spans, PD_SPLIT_MAX) == 0, "empty");
	PD_CHECK(pd_seg_split_number("2009年", strlen("2009年"), spans, 0) == 0, "no room");
	PD_CHECK(strcmp(pieces_of("1兆5146億", 1), "1兆5146億") == 0, "one piece at most");
	PD_CHECK(strcmp(pieces_of("1兆5146億", 2), "1|兆5146億") == 0, "the rest in the last piece");
	PD_CHECK(strcmp(pieces_of("2\xe5\x8c", PD_SPLIT_MAX), "2|\xe5\x8c") == 0, "truncated UTF-8");
	PD_CHECK(strcmp(pieces_of("\xff\xfe年", PD_SPLIT_MAX), "\xff\xfe年") == 0, "invalid bytes");
	PD_CHECK(strcmp(pieces_of("百分之", PD_SPLIT_MAX), "百分之") == 0, "百分之 alone");
}

/* random bytes: every cut covers the input exactly, none empty */
static void
test_random(void)
{
	static const char *const alphabet[] = {
		"1", "9", ".", ",", "-", "+", "%", " ", "一", "十", "百", "万", "亿", "点", "分", "之",
		"年", "第", "多", "元", "\xe5", "\x80"
	};
	int32_t		spans[PD_SPLIT_MAX][2];
	char		w[64];
	int			round,
				bad = 0;

	srand(20261202);
	for (round = 0; round < 20000; round++)
	{
		size_t		len = 0,
					covered = 0;
		int			n,
					i,
					k = rand() % 10;

		while (k-- > 0)
		{
			const char *a = alphabet[rand() % (int) (sizeof(alphabet) / sizeof(*alphabet))];

			memcpy(w + len, a, strlen(a));
			len += strlen(a);
		}
		n = pd_seg_split_number(w, len, spans, 1 + rand() % PD_SPLIT_MAX);
		for (i = 0; i < n; i++)
		{
			if ((size_t) spans[i][0] != covered || spans[i][1] <= 0)
				bad++;
			covered += (size_t) spans[i][1];
		}
		if (covered != len || (len > 0) != (n > 0))
			bad++;
	}
	PD_CHECK(bad == 0, "random tokens: %d bad cuts", bad);
}

int
main(void)
{
	test_arabic();
	test_han();
	test_words();
	test_limits();
	test_random();
	return pd_test_summary("test_seg_split");
}
