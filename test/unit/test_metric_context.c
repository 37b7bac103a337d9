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
	/* fourth round: a forecast as the base of a comparison; a single quarter; a record since a quarter */
	{"主計總處今日公布，今年第3季經濟成長率為6.2%，比5月時預測的3.1%高出3.1個百分點；"
	 "當季平均每人GDP達28萬元，首次在單一季度突破28萬元。國外淨需求貢獻經濟成長6個百分點，"
	 "為2010年第2季以來最高。內需貢獻0.5個百分點。", 20251031,
	 "6.2%|actual|20250701|20250930|台湾省;3.1%|estimate|20250701|20250930|台湾省"
	 ";3.1個百分點|actual|20250701|20250930|台湾省"
	 ";28萬元|actual|20250701|20250930|台湾省;突破28萬元|actual|20250701|20250930|台湾省"
	 ";6個百分點|actual|20250701|20250930|台湾省"
	 ";0.5個百分點|actual|20250701|20250930|台湾省"},
	/* the first months as Macau writes them */
	{"統計局公布，今年1至8月對外商品貿易總額為980億元。8月份貨物出口9億元。累計首8個月，總出口貨值80億元，按年減少7%。",
	 20230930, "980億元|actual|20230101|20230831|;9億元|actual|20230801|20230831|"
	 ";80億元|actual|20230101|20230831|;7%|actual|20230101|20230831|"},
	/* 去年, 明年 set the year of bare months only where they are not over in the document's year */
	{"去年合作區澳資企業營業收入超過200億元。截至3月，合作區實有企業16000戶。", 20240611, "超過200億元|actual|20230101|20231231|;16000戶|actual|20240331|20240331|"},
	{"明年將評估新園區的開發。截至11月底，已核准30家企業回流。", 20191216, "30家|actual|20191130|20191130|"},
	{"去年全區生产总值增长6%。全年新增企业3000家。12月份规上工业增加值增长5%。", 20240120, "6%|actual|20230101|20231231|;3000家|actual|20230101|20231231|"
	 ";5%|actual|20231201|20231231|"},
	/* an estimate word after what it estimates covers its own clause only */
	{"去年澳資產業增加值預計約20億元；規模以上企業營業收入超過200億元，同比增長35%。", 20240611, "約20億元|estimate|20230101|20231231|;超過200億元|actual|20230101|20231231|"
	 ";35%|actual|20230101|20231231|"},
	/* a Republic year before a quarter after 的; an example year is no base */
	{"依經濟部公布的114年第4季資料，台中市拿下5項第一。", 20260128, "5項|actual|20251001|20251231|台湾省"},
	{"以二零二零年為例，金融服務業佔本地生產總值的百分之二十三。", 20220223, "百分之二十三|actual|20200101|20201231|"},
	/* a span since a date in a text without a date: to the end of the text's period */
	{"經濟部統計，100年1至9月核准僑外投資1,500件。自98年6月30日開放陸資來臺以來，累計核准180件。前9月申報對外投資230件。",
	 0, "1,500件|actual|20110101|20110930|台湾省;180件|actual|20090630|20110930|台湾省"
	 ";230件|actual|20110101|20110930|台湾省"},
	/* Hong Kong's fiscal years: written out, the current one and its first months, 本年度 after one */
	{"本港二〇二四至二五財政年度的綜合赤字為870億元。2023-24財政年度，政府研發開支達到300億元。"
	 "預計2025/26年度經濟增長2.5%。", 20240815, "870億元|actual|20240401|20250331|香港特别行政区"
	 ";300億元|actual|20230401|20240331|香港特别行政区"
	 ";2.5%|target|20250401|20260331|香港特别行政区"},
	{"政府公布，本財政年度首9個月錄得705億元赤字。政府首9個月整體開支5200億元。", 20250227, "705億元|actual|20240401|20241231|;5200億元|actual|20240401|20241231|"},
	{"政府公布二〇二四至二五年度的臨時數字。本年度綜合赤字為800億元。", 20250430, "800億元|actual|20240401|20250331|"},
	/* 上半年度; 明年 is ahead and sets no year for what follows; 自…起 is a span since */
	{"公司上半年度營業額為50億元。政府擬於明年撥款20億元。財政司司長預測全年經濟增長3%。", 20240815, "50億元|actual|20240101|20240630|;20億元|target|20250101|20251231|"
	 ";3%|estimate|20240101|20241231|香港特别行政区"},
	{"自2021年第2季起，全市每一季都有4項指標居首。", 20260128, "4項|actual|20210401|20260128|"},
	/* what an investment can yield without 预计; allocations announced with 会 */
	{"2019年全市民間投資新增4,000億元，約可創造7,000個就業機會。", 20200107, "4,000億元|actual|20190101|20191231|;7,000個|target|0|0|"},
	{"科技園會另撥30億元作資助，合資格公司最多可獲3個月免租。園區去年引進企業120間。", 20230601, "30億元|target|0|0|;3個月|target|0|0|;120間|actual|20220101|20221231|"},
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
