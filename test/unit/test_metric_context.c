/*
 * test_metric_context.c - unit tests of a figure's context: its status
 * (actual, target, estimate), its period's dates and its subject, one
 * sentence written for each rule (src/core/pd_metric_status.c,
 * pd_metric_time*.c, pd_metric_subject.c, pd_metric_place.c), no server.
 *
 * test_metric.c has the first rounds' cases; these are the third round's
 * classes, found on the held-out set of the round before and checked on
 * new pages (docs/extraction.md).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_metric.h"
#include "pd_test.h"

#define MAXROWS 32

typedef struct Sink
{
	const char *doc;
	char		buf[2048];
	size_t		o;
	int			n;
	int			bad;
} Sink;

/* one row as "raw|status|start|end|subject;" */
static int
emit(void *arg, const PdMetric *m)
{
	Sink	   *k = (Sink *) arg;

	if ((m->status == PD_STATUS_TARGET) != (m->is_target != 0) ||
		m->period_start > m->period_end)
		k->bad++;
	if (k->n++ < MAXROWS && k->o < sizeof(k->buf))
		k->o += snprintf(k->buf + k->o, sizeof(k->buf) - k->o, "%s%.*s|%s|%d|%d|%s",
						 k->n > 1 ? ";" : "", (int) m->raw.len, k->doc + m->raw.off,
						 pd_metric_status_name(m->status), (int) m->period_start,
						 (int) m->period_end, m->subject ? m->subject : "");
	return 0;
}

typedef struct Case
{
	const char *doc;
	PdDate		published;
	const char *rows;			/* "raw|status|start|end|subject;..." */
} Case;

static const Case cases[] = {
	/* status: 预测 is an estimate word, over the whole list after it */
	{"回顾了2023年的工作。据统计预测，全年全县地区生产总值达到88.5亿元，增长7.2%；"
	 "规模以上工业增加值增长9.4%。", 20240122,
	 "88.5亿元|estimate|20230101|20231231|;7.2%|estimate|20230101|20231231|;"
	 "9.4%|estimate|20230101|20231231|"},
	/* a ； cuts a target word's reach only before a period already over */
	{"全市将确保下半年完成生产总值3100亿元；全年固定资产投资完成2600亿元以上。", 20190720,
	 "3100亿元|target|20190701|20191231|;2600亿元以上|target|20190101|20191231|"},
	/* 优于预期 is no plan; 将…调高至 revises a forecast; 5月时预测的 dates the forecast */
	{"主計總處將今年經濟成長率由5月時預測的1.9%下修至1.56%，並預估明年經濟成長率為2.7%；"
	 "估計出口表現優於預期，今年出口值可達2900億美元。", 20150814,
	 "1.9%|estimate|20150101|20151231|台湾省;1.56%|estimate|20150101|20151231|台湾省;"
	 "2.7%|target|20160101|20161231|台湾省;2900億美元|estimate|20150101|20151231|台湾省"},
	/* what a project will yield once built: a target without a period */
	{"2023年新签约项目12个。该项目全部达产后，预计年可实现销售收入1.5亿元，安置就业120余人。",
	 20230510,
	 "12个|actual|20230101|20231231|;1.5亿元|target|0|0|;120余人|target|0|0|"},
	{"新厂区于去年9月动工，完工後預計共可創造1,200個就業機會。", 20240310,
	 "1,200個|target|0|0|"},
	{"预计全年可完成投资974亿元，预计可带动就业3000人。", 20220418,
	 "974亿元|estimate|20220101|20221231|;3000人|target|0|0|"},
	/* a quoted goal; the level a planned change starts from */
	{"规划提出的“到2025年研发投入强度达到3%以上”目标已提前实现。", 20231225,
	 "3%以上|target|20250101|20251231|"},
	{"有信心在任期於2022年屆滿前，把本港研發開支比率由0.73%倍增至1.5%。", 20171014,
	 "0.73%|actual|0|0|香港特别行政区;1.5%|target|20220101|20221231|香港特别行政区"},
	/* “十二五”规划 names a plan; 提高到2022年的 is no deadline */
	{"“十二五”规划圆满收官，规划的9项约束性指标全部实现。", 20160303, "9项|actual|0|0|"},
	{"劳动生产率从2015年的每人11.79万元提高到2022年的每人21.92万元。", 0,
	 "11.79万元|actual|20150101|20151231|;21.92万元|actual|20220101|20221231|"},
	/* periods: a change against the year before's end is the year's; a flow after a stock */
	{"2021年统计公报。年末全县常住人口城镇化率为58.3%，比上年末提高1.2个百分点。"
	 "年末企业总数达到3.4万户。全年新增企业3100户。", 20220410,
	 "58.3%|actual|20211231|20211231|;1.2个百分点|actual|20210101|20211231|;"
	 "3.4万户|actual|20211231|20211231|;3100户|actual|20210101|20211231|"},
	{"2021年，年末企业总数达到3.4万户。平台建设上，新增研发中心5个。", 20220410,
	 "3.4万户|actual|20211231|20211231|;5个|actual|20210101|20211231|"},
	/* X以来再度, 以来首次: a record since X, not a period */
	{"2023年前三季度本地生產總值為3200億澳門元，也是2019年以來再度突破3000億澳門元。"
	 "其中服務出口增加28.5%。", 20231115,
	 "3200億澳門元|actual|20230101|20230930|;"
	 "突破3000億澳門元|actual|20230101|20230930|澳门特别行政区;"
	 "28.5%|actual|20230101|20230930|澳门特别行政区"},
	/* 到 a past month or quarter's end is 截至; 到2025年 stays a deadline */
	{"到一季度末全省高新区有在建项目640个。到2022年12月，区内累计设立企业1.9万家。", 20230420,
	 "640个|actual|20230331|20230331|;1.9万家|actual|20221231|20221231|"},
	/* months written in words without a year; 10 月份 with a space */
	{"一○一年八月工業生產指數一三六點六○，僅次於同年三月的一三九點九○，與上月比較增加一點八○%。"
	 "十一月製造業生產指數一一二點三三，低於十月的一一四點○五，年增○點八五%。", 20121224,
	 "一三六點六○|actual|20120801|20120831|台湾省;一三九點九○|actual|20120301|20120331|台湾省;"
	 "一點八○%|actual|20120801|20120831|台湾省;一一二點三三|actual|20121101|20121130|台湾省;"
	 "一一四點○五|actual|20121001|20121031|台湾省;○點八五%|actual|20121101|20121130|台湾省"},
	{"全市10 月份规模以上工业增加值增长5.2%。", 20231120, "5.2%|actual|20231001|20231031|"},
	/* 年均 after a base year or since a year: the years after it */
	{"2016年，城镇居民人均可支配收入33616元，比2012年增加9489元，年均实际增长6.5%。", 20170711,
	 "33616元|actual|20160101|20161231|;9489元|actual|20160101|20161231|;"
	 "6.5%|actual|20130101|20161231|"},
	{"2022年指数为129.5，2015年以来年均提高4.2。", 0,
	 "129.5|actual|20220101|20221231|;4.2|actual|20160101|20221231|"},
	/* 为2015年的1.6倍 is this year's ratio; a year in a quote sets no context */
	{"2022年全区生产总值4.1万亿元，为2015年的1.6倍。“到2025年研发投入强度达到3%以上”的目标已提前实现。"
	 "当年新增发明专利2.1万件。", 0,
	 "4.1万亿元|actual|20220101|20221231|;1.6倍|actual|20220101|20221231|;"
	 "3%以上|target|20250101|20251231|;2.1万件|actual|20220101|20221231|"},
};

int
main(void)
{
	PdMetricWork *work = malloc(pd_metric_work_size());
	size_t		i;

	if (!work)
		return 2;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
	{
		PdMetricOptions opt;
		Sink		k;

		memset(&opt, 0, sizeof(opt));
		memset(&k, 0, sizeof(k));
		opt.published = cases[i].published;
		k.doc = cases[i].doc;
		pd_metric_extract_opt(k.doc, strlen(k.doc), &opt, work, emit, NULL, &k);
		PD_CHECK(strcmp(k.buf, cases[i].rows) == 0, "%s:\n got  \"%s\"\n want \"%s\"",
				 cases[i].doc, k.buf, cases[i].rows);
		PD_CHECK(k.bad == 0, "%s: inconsistent metric", cases[i].doc);
	}
	free(work);
	return pd_test_summary("test_metric_context");
}
