/*
 * test_metric.c - unit tests of the metric extractor (src/core/pd_metric*.c), no server.
 *
 * 1. A table of sentences with the quantities (value, unit, raw,
 *    qualifier, kind) the extractor must return, in order.
 * 2. Sentences that must yield nothing (dates, codes, ordinals, slogans).
 * 3. Invariants on odd input: positions point at raw, no read past the
 *    buffer, invalid UTF-8, windows longer than a sentence, early stop.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pd_metric.h"
#include "pd_numeral.h"
#include "pd_test.h"

#define MAXROWS 64

typedef struct Row
{
	char		value[128];
	char		unit[32];
	char		raw[128];
	char		qual[16];
	char		kind[16];
	char		indicator[128];
	char		period[64];
	char		subject[128];
	int			year;
	int			target;
	size_t		raw_char;
} Row;

typedef struct Sink
{
	const char *doc;
	size_t		len;
	Row			rows[MAXROWS];
	int			n;
	int			stop_after;		/* 0: never */
	int			bad;			/* callback saw an inconsistent metric */
	size_t		progress_calls;
} Sink;

static void
copy_span(char *dst, size_t cap, const char *doc, PdSpan s)
{
	size_t		l = s.len < cap - 1 ? s.len : cap - 1;

	memcpy(dst, doc + s.off, l);
	dst[l] = '\0';
}

static int
emit(void *arg, const PdMetric *m)
{
	Sink	   *k = (Sink *) arg;
	const char *q = pd_metric_qualifier_name(m->qualifier);

	if (m->raw.off + m->raw.len > k->len || m->sentence.off > m->raw.off ||
		m->sentence.off + m->sentence.len < m->raw.off + m->raw.len ||
		m->metric_no != k->n + 1)
		k->bad++;
	if (k->n < MAXROWS)
	{
		Row		   *r = &k->rows[k->n];

		snprintf(r->value, sizeof(r->value), "%s", m->value);
		snprintf(r->unit, sizeof(r->unit), "%s", m->unit ? m->unit : "");
		copy_span(r->raw, sizeof(r->raw), k->doc, m->raw);
		snprintf(r->qual, sizeof(r->qual), "%s", q ? q : "");
		snprintf(r->kind, sizeof(r->kind), "%s", pd_metric_kind_name(m->kind));
		copy_span(r->indicator, sizeof(r->indicator), k->doc, m->indicator);
		copy_span(r->period, sizeof(r->period), k->doc, m->period);
		snprintf(r->subject, sizeof(r->subject), "%s", m->subject ? m->subject : "");
		r->year = m->year;
		r->target = m->is_target;
		r->raw_char = m->raw_char;
	}
	k->n++;
	return k->stop_after && k->n >= k->stop_after;
}

static void
progress(void *arg, size_t done)
{
	((Sink *) arg)->progress_calls++;
	(void) done;
}

static PdMetricWork *work;

static void
run(Sink *k, const char *doc, size_t len)
{
	memset(k->rows, 0, sizeof(k->rows));
	k->doc = doc;
	k->len = len;
	k->n = 0;
	k->bad = 0;
	k->progress_calls = 0;
	pd_metric_extract(doc, len, work, emit, progress, k);
}

typedef struct Expect
{
	const char *doc;
	const char *rows;			/* "value|unit|raw|qual|kind;..." */
} Expect;

static const Expect expects[] = {
	{"全区人才资源总量16.7万人", "167000|人|16.7万人||level"},
	{"营业收入2.4亿元", "240000000|元|2.4亿元||level"},
	{"一万二千余人", "12000|人|一万二千余人|more_than|level"},
	{"同比下降3.1%", "-3.1|%|3.1%||growth_rate"},
	{"减少3家", "-3|家|3家||change"},
	{"常住人口约58万", "580000||约58万|approx|level"},
	{"超50万人", "500000|人|超50万人|more_than|level"},
	{"1.6万余家", "16000|家|1.6万余家|more_than|level"},
	{"突破1000亿元", "100000000000|元|突破1000亿元|more_than|level"},
	{"600个以上", "600|个|600个以上|at_least|level"},
	{"不足30人", "30|人|不足30人|less_than|level"},
	{"不超过10项", "10|项|不超过10项|at_most|level"},
	{"1200人左右", "1200|人|1200人左右|approx|level"},
	{"增长1.3倍", "1.3|倍|1.3倍||growth_rate"},
	{"提高10.1个百分点", "10.1|百分点|10.1个百分点||change"},
	{"占人才总数的52%", "52|%|52%||share"},
	{"四成", "40|%|四成||share"},
	{"百分之五十", "50|%|百分之五十||level"},
	{"近百家", "100|家|近百家|approx|level"},
	{"超亿元", "100000000|元|超亿元|more_than|level"},
	{"30余万元", "300000|元|30余万元|more_than|level"},
	{"3.5万千瓦", "35000|千瓦|3.5万千瓦||level"},
	{"43.3万亿元", "43300000000000|元|43.3万亿元||level"},
	{"新增上市企业15家，累计新增科技型项目90个",
	 "15|家|15家||change;90|个|90个||change"},
	{"中国化妆品市场规模由2017年的6305亿元增至2021年的9468亿元",
	 "630500000000|元|6305亿元||level;946800000000|元|9468亿元||level"},
	{"82,225.00元", "82225|元|82,225.00元||level"},
	{"负0.2千米", "-0.2|公里|负0.2千米||level"},
	{"￥300", "300|元|￥300||level"},
};

static const char *const nothing[] = {
	"2021年", "12月中旬", "3月8日", "2024-09-06", "10:30", "电话13391219793",
	"400 0123 021", "400-0123-021", "邮编:213200", "苏ICP备05003616号", "第03版",
	"第2453期", "第三", "第一方阵", "全省第二", "前三", "“十三五”期间", "十四五规划",
	"“532”发展战略", "“2+2+X”产业集群", "“三新一特”产业", "5G基站", "世界500强",
	"1号楼", "每万人", "每2个月举办一期", "二十届三中全会", "新一代信息技术",
	"统一规划", "千方百计", "《2023年工作报告》", "十几年来", "一大批企业",
	"晨风路61号", "进军全国一百强", "2023中国年度最佳雇主", "新的一年", "",
	"没有数字。", "万万亿亿元",
};

static void
check_expect(const Expect *e)
{
	Sink		k;
	char		buf[2048];
	size_t		o = 0;
	int			i;

	memset(&k, 0, sizeof(k));
	run(&k, e->doc, strlen(e->doc));
	buf[0] = '\0';
	for (i = 0; i < k.n && i < MAXROWS; i++)
		o += snprintf(buf + o, sizeof(buf) - o, "%s%s|%s|%s|%s|%s", i ? ";" : "",
					  k.rows[i].value, k.rows[i].unit, k.rows[i].raw,
					  k.rows[i].qual, k.rows[i].kind);
	PD_CHECK(strcmp(buf, e->rows) == 0, "%s: got \"%s\", want \"%s\"", e->doc, buf, e->rows);
	PD_CHECK(k.bad == 0, "%s: inconsistent metric", e->doc);
}

/* the character position of every raw really is where raw is */
static void
check_positions(const char *doc)
{
	Sink		k;
	int			i;

	memset(&k, 0, sizeof(k));
	run(&k, doc, strlen(doc));
	PD_CHECK(k.n > 0, "positions: nothing found");
	for (i = 0; i < k.n && i < MAXROWS; i++)
	{
		/* walk raw_char code points from the start */
		size_t		b = 0,
					c = 0;

		while (c < k.rows[i].raw_char && b < strlen(doc))
		{
			int			cl;

			pd_utf8_decode((const unsigned char *) doc + b, strlen(doc) - b, &cl);
			b += cl;
			c++;
		}
		PD_CHECK(strncmp(doc + b, k.rows[i].raw, strlen(k.rows[i].raw)) == 0,
				 "positions: row %d (%s) not at character %zu", i + 1,
				 k.rows[i].raw, k.rows[i].raw_char);
	}
}

int
main(void)
{
	size_t		i;
	Sink		k;

	work = malloc(pd_metric_work_size());
	if (!work)
		return 2;
	memset(&k, 0, sizeof(k));

	for (i = 0; i < sizeof(expects) / sizeof(expects[0]); i++)
		check_expect(&expects[i]);

	for (i = 0; i < sizeof(nothing) / sizeof(nothing[0]); i++)
	{
		run(&k, nothing[i], strlen(nothing[i]));
		PD_CHECK(k.n == 0, "\"%s\" is no quantity, got %d (first: %s)",
				 nothing[i], k.n, k.rows[0].raw);
	}

	/* context columns */
	{
		const char *doc = "本期出版日期:2021-03-11\n截至“十三五”末，全区人才资源总量16.7万人，较“十二五”末增长46.3%。"
			"力争到2023年累计新增优质科技型项目600个以上。";

		run(&k, doc, strlen(doc));
		PD_CHECK(k.n == 3, "context: %d rows", k.n);
		PD_CHECK(strcmp(k.rows[0].indicator, "人才资源总量") == 0, "indicator %s", k.rows[0].indicator);
		PD_CHECK(strcmp(k.rows[1].indicator, "人才资源总量") == 0, "indicator %s", k.rows[1].indicator);
		PD_CHECK(strcmp(k.rows[1].period, "截至“十三五”末") == 0 && k.rows[1].year == 2020,
				 "period %s %d", k.rows[1].period, k.rows[1].year);
		PD_CHECK(k.rows[0].target == 0 && k.rows[2].target == 1, "targets");
		PD_CHECK(strcmp(k.rows[2].period, "到2023年") == 0 && k.rows[2].year == 2023,
				 "period %s", k.rows[2].period);
		PD_CHECK(strcmp(k.rows[2].indicator, "优质科技型项目") == 0, "indicator %s", k.rows[2].indicator);
	}
	{
		const char *doc = "溧阳高新区加快建设。园区现有高新技术企业51家。武进区新增上市企业15家。";

		run(&k, doc, strlen(doc));
		PD_CHECK(k.n == 2, "subject: %d rows", k.n);
		PD_CHECK(strcmp(k.rows[0].subject, "江苏省溧阳高新技术产业开发区") == 0, "subject %s", k.rows[0].subject);
		PD_CHECK(strcmp(k.rows[1].subject, "武进区") == 0, "subject %s", k.rows[1].subject);
	}

	check_positions("截至11月，该高新区10个科创平台已集聚人才1030人，其中硕士以上学历537人，"
					"占人才总数的52%。😀𠀀约60亩；超六成，１２３家企业。");

	/* early stop through the callback */
	{
		const char *doc = "1家，2家，3家，4家。";

		memset(&k, 0, sizeof(k));
		k.stop_after = 2;
		k.doc = doc;
		k.len = strlen(doc);
		pd_metric_extract(doc, strlen(doc), work, emit, NULL, &k);
		PD_CHECK(k.n == 2, "stop: %d rows", k.n);
	}

	/* invalid UTF-8, NUL bytes, a buffer not NUL-terminated */
	{
		char		doc[64];
		size_t		l;

		memcpy(doc, "\xff\xfe" "12家\xe4\xb8" "3家\0" "4家\xe4", 18);
		l = 18;
		run(&k, doc, l);
		PD_CHECK(k.bad == 0 && k.n >= 1, "invalid utf-8: %d rows", k.n);
		/* a number right at the end of an unterminated buffer */
		memcpy(doc, "有12家XXXX", 12);
		run(&k, doc, 8);
		PD_CHECK(k.n == 1 && strcmp(k.rows[0].raw, "12家") == 0, "unterminated: %d", k.n);
	}

	/* sentences longer than the window, progress reports */
	{
		size_t		reps = 3000,
					len,
					o = 0;
		const char *unit = "园区现有高新技术企业51家，";
		char	   *doc = malloc(strlen(unit) * reps + 1);

		for (i = 0; i < reps; i++)
		{
			memcpy(doc + o, unit, strlen(unit));
			o += strlen(unit);
		}
		doc[o] = '\0';
		len = o;
		memset(&k, 0, sizeof(k));
		k.doc = doc;
		k.len = len;
		pd_metric_extract(doc, len, work, emit, progress, &k);
		PD_CHECK(k.n >= (int) reps - 10 && k.bad == 0, "long: %d rows", k.n);
		PD_CHECK(k.progress_calls >= len / (3 * PD_METRIC_SENTENCE_MAX),
				 "progress called %zu times", k.progress_calls);
		/* a digit run longer than the window */
		memset(doc, '9', len);
		run(&k, doc, len);
		PD_CHECK(k.bad == 0, "digits: inconsistent");
		free(doc);
	}

	free(work);
	return pd_test_summary("test_metric");
}
