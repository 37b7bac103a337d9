/*-------------------------------------------------------------------------
 *
 * test_parts.c
 *	  Unit tests of the parts of number tokens (pd_number_parts) and of
 *	  names before place suffixes (pd_seg_suffix_stem), without a server.
 *
 * Copyright (c) 2026, parkdata developers
 *
 * IDENTIFICATION
 *	  test/unit/test_parts.c
 *
 *-------------------------------------------------------------------------
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "pd_parts.h"
#include "pd_segment.h"
#include "pd_test.h"

/*
 * parts_of - the parts of w as one string: "a b c | d e" (the Arabic
 * spellings of a Han number after the bar)
 */
static const char *
parts_of(const char *w)
{
	static char out[1024];
	char		buf[PD_PARTS_BUF];
	PdPart		p[PD_PARTS_MAX];
	int			n = pd_number_parts(w, strlen(w), buf, sizeof(buf), p, PD_PARTS_MAX),
				i,
				bar = 0;
	size_t		o = 0;

	out[0] = '\0';
	for (i = 0; i < n && o + p[i].len + 4 < sizeof(out); i++)
	{
		if (p[i].alt && !bar)
		{
			o += (size_t) snprintf(out + o, sizeof(out) - o, "%s|", o ? " " : "");
			bar = 1;
		}
		o += (size_t) snprintf(out + o, sizeof(out) - o, "%s%.*s", o ? " " : "", (int) p[i].len, p[i].s);
	}
	return out;
}

#define EXPECT_PARTS(w, want) \
	PD_CHECK(strcmp(parts_of(w), want) == 0, "%s: got \"%s\", want \"%s\"", w, parts_of(w), want)

static void
test_arabic(void)
{
	EXPECT_PARTS("2009年", "2009 年");
	EXPECT_PARTS("16.7万元", "16.7 16.7万 167000 元 万元");
	EXPECT_PARTS("3.5万亿元", "3.5 3.5万亿 3500000000000 元 万亿元");
	EXPECT_PARTS("16.7万", "16.7 167000");
	EXPECT_PARTS("3月份", "3 月份 3月 月");
	EXPECT_PARTS("2021年度", "2021 年度 2021年 年");
	EXPECT_PARTS("1,200", "1200");
	EXPECT_PARTS("1,200万元", "1,200 1200 1,200万 12000000 元 万元");
	EXPECT_PARTS("46.3%", "46.3");
	EXPECT_PARTS("5‰", "5");
	EXPECT_PARTS("-5", "5");
	EXPECT_PARTS("8时", "8 时");
	/* nothing to add, or not a number */
	EXPECT_PARTS("2024", "");
	EXPECT_PARTS("3.14", "");
	EXPECT_PARTS("5G", "");
	EXPECT_PARTS("x86", "");
	EXPECT_PARTS("", "");
}

static void
test_han(void)
{
	EXPECT_PARTS("二〇〇一年", "二〇〇一 年 | 2001年 2001 年");
	EXPECT_PARTS("二○○一年", "二○○一 年 | 2001年 2001 年");
	EXPECT_PARTS("十二月", "十二 月 | 12月 12 月");
	EXPECT_PARTS("三十一日", "三十一 日 | 31日 31 日");
	EXPECT_PARTS("五十", "| 50");
	EXPECT_PARTS("三千万", "| 30000000");
	EXPECT_PARTS("百分之五十", "百分之 五十 | 50% 50");
	EXPECT_PARTS("百分之三", "百分之 三 | 3% 3");
	EXPECT_PARTS("千分之三", "千分之 三 | 3‰ 3");
	/* words that begin with a numeral but are not numbers */
	EXPECT_PARTS("一个", "");
	EXPECT_PARTS("千万", "");
	EXPECT_PARTS("三新一特", "");
	EXPECT_PARTS("百分之", "");
	EXPECT_PARTS("百分之好", "");
}

static void
test_limits(void)
{
	char		buf[PD_PARTS_BUF];
	PdPart		p[PD_PARTS_MAX];
	char		longnum[400];
	int			n;

	/* max is respected */
	n = pd_number_parts("16.7万元", strlen("16.7万元"), buf, sizeof(buf), p, 2);
	PD_CHECK(n == 2, "at most max parts (%d)", n);
	/* a buffer too small for made-up spellings keeps the spans only */
	n = pd_number_parts("16.7万元", strlen("16.7万元"), buf, 4, p, PD_PARTS_MAX);
	PD_CHECK(n == 4, "no made-up part without room (%d)", n);
	/* a huge value is not written out */
	memset(longnum, '9', 60);
	strcpy(longnum + 60, "万亿");
	n = pd_number_parts(longnum, strlen(longnum), buf, sizeof(buf), p, PD_PARTS_MAX);
	PD_CHECK(n == 1, "60-digit number: only its digits (%d)", n);
	/* every part points into the word or the buffer */
	n = pd_number_parts("二〇〇一年", strlen("二〇〇一年"), buf, sizeof(buf), p, PD_PARTS_MAX);
	while (n-- > 0)
		PD_CHECK(p[n].len > 0 && p[n].len < 64, "part %d has a sane length", n);
}

static void
test_suffix(void)
{
	PD_CHECK(pd_seg_suffix_stem("洞头区", strlen("洞头区")) == strlen("洞头"), "洞头区 -> 洞头");
	PD_CHECK(pd_seg_suffix_stem("温州市", strlen("温州市")) == strlen("温州"), "温州市 -> 温州");
	PD_CHECK(pd_seg_suffix_stem("科技园", strlen("科技园")) == strlen("科技"), "科技园 -> 科技");
	PD_CHECK(pd_seg_suffix_stem("园区", strlen("园区")) == strlen("园"), "园区 -> 园");
	PD_CHECK(pd_seg_suffix_stem("城区", strlen("城区")) == strlen("城"), "城区 -> 城");
	PD_CHECK(pd_seg_suffix_stem("社区", strlen("社区")) == 0, "社区: no name");
	PD_CHECK(pd_seg_suffix_stem("区", strlen("区")) == 0, "区 alone");
	PD_CHECK(pd_seg_suffix_stem("高新技术", strlen("高新技术")) == 0, "no suffix");
	PD_CHECK(pd_seg_suffix_stem("AB区", strlen("AB区")) == 0, "not a Han name");
	PD_CHECK(pd_seg_suffix_stem("\xe5\x8c", 2) == 0, "truncated");
}

int
main(void)
{
	test_arabic();
	test_han();
	test_limits();
	test_suffix();
	return pd_test_summary("test_parts");
}
