/*
 * test_metric_subject.c - unit tests of a figure's subject: the place (a
 * region or park of the gazetteer, or an organisation) the figure is about,
 * one sentence written for each rule (src/core/pd_metric_place.c,
 * pd_metric_place_role.c, pd_metric_subject.c), no server.  Rows are
 * "raw|subject" joined by ";".
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
} Sink;

static int
emit(void *arg, const PdMetric *m)
{
	Sink	   *k = (Sink *) arg;

	if (k->n++ < MAXROWS && k->o < sizeof(k->buf))
		k->o += snprintf(k->buf + k->o, sizeof(k->buf) - k->o, "%s%.*s|%s",
						 k->n > 1 ? ";" : "", (int) m->raw.len, k->doc + m->raw.off,
						 m->subject ? m->subject : "");
	return 0;
}

typedef struct Case
{
	const char *doc;
	PdDate		published;
	const char *rows;
} Case;

static const Case cases[] = {
	/* short names of autonomous regions written without 族: 新疆, 伊犁 */
	{"据自治区发改委介绍，今年前三季度新疆新开工项目3200个。", 20231020,
	 "3200个|新疆维吾尔自治区"},
	{"伊犁州全年接待游客4500万人次。", 20240110, "4500万人次|伊犁哈萨克自治州"},
	/* 新疆生产建设兵团 is a body of its own, not the region */
	{"新疆生产建设兵团今年引进项目85个。", 20240110, "85个|"},
	/* a dateline's place is no subject, whatever the agency */
	{"光明网合肥3月2日电 安徽省去年新增高新技术企业4100家。", 20240302,
	 "4100家|安徽省"},
	{"央广网南宁6日电 广西全年外贸进出口增长8.1%。", 20240106,
	 "8.1%|广西壮族自治区"},
	/* where visitors come from is no subject: the reporting place is */
	{"統計暨普查局公布，上月入境旅客有260萬人次。香港及台灣地區旅客分別增加12%及9%。", 20240220,
	 "260萬人次|澳门特别行政区;12%|澳门特别行政区;9%|澳门特别行政区"},
	{"统计暨普查局资料显示，香港（51万人次）及台湾（6万人次）旅客按年减少3%及5%。", 20130520,
	 "51万人次|澳门特别行政区;6万人次|澳门特别行政区;3%|澳门特别行政区;5%|澳门特别行政区"},
	/* a part named after 分园区看 is no antecedent of 园区 in the next paragraph */
	{"國科會公布，三大科學園區去年營業額3兆元。分園區看，竹科1.2兆元；南科1.1兆元。\n"
	 "去年園區就業人數為31萬人。", 20240220,
	 "3兆元|台湾省;1.2兆元|新竹科学园区;1.1兆元|南部科学园区;31萬人|台湾省"},
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
	}
	free(work);
	return pd_test_summary("test_metric_subject");
}
