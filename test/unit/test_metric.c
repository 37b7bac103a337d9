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

#include "pd_fold_data.h"
#include "pd_metric.h"
#include "pd_metric_int.h"
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
	char		status[16];
	PdDate		start;
	PdDate		end;
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
		(m->status == PD_STATUS_TARGET) != (m->is_target != 0) ||
		m->period_start > m->period_end ||
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
		snprintf(r->status, sizeof(r->status), "%s", pd_metric_status_name(m->status));
		r->start = m->period_start;
		r->end = m->period_end;
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
run_dated(Sink *k, const char *doc, size_t len, PdDate published)
{
	PdMetricOptions opt;

	memset(&opt, 0, sizeof(opt));
	opt.published = published;
	memset(k->rows, 0, sizeof(k->rows));
	k->doc = doc;
	k->len = len;
	k->n = 0;
	k->bad = 0;
	k->progress_calls = 0;
	pd_metric_extract_opt(doc, len, &opt, work, emit, progress, k);
}

static void
run(Sink *k, const char *doc, size_t len)
{
	run_dated(k, doc, len, 0);
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
	{"百分之五十", "50|%|百分之五十||share"},
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
	/* issue 10: what cn_numeral_to_numeric reads, lists, Traditional */
	{"营收 1115.2 亿元", "111520000000|元|1115.2 亿元||level"},
	{"新增 219 个", "219|个|219 个||change"},
	{"占比一成", "10|%|一成||share"},
	{"约占两成二", "22|%|两成二|approx|share"},
	{"比重为百分之十點四", "10.4|%|百分之十點四||share"},
	{"不到千分之四", "0.4|%|不到千分之四|less_than|share"},
	{"超过1/4", "25|%|超过1/4|more_than|share"},
	{"三分之一", "33.333333|%|三分之一||share"},
	{"投资百亿元", "10000000000|元|百亿元||level"},
	{"营收破兆元", "1000000000000|元|破兆元|more_than|level"},
	{"用电量6.42亿度", "642000000|千瓦时|6.42亿度||level"},
	{"分别高出2.1、1.3、1.9个百分点",
	 "2.1|百分点|2.1||change;1.3|百分点|1.3||change;1.9|百分点|1.9个百分点||change"},
	{"增速分别下降8.6%及2.4%", "-8.6|%|8.6%||growth_rate;-2.4|%|2.4%||growth_rate"},
	{"分别增长4%和6.5%左右", "4|%|4%|approx|growth_rate;6.5|%|6.5%左右|approx|growth_rate"},
	{"分别不少于3家、2家和5家",
	 "3|家|不少于3家|at_least|level;2|家|2家|at_least|level;5|家|5家|at_least|level"},
	{"同比增长5%-7%", "5|%|5%|at_least|growth_rate;7|%|7%|at_most|growth_rate"},
	{"投资50亿至60亿元",
	 "5000000000|元|50亿|at_least|level;6000000000|元|60亿元|at_most|level"},
	{"營業額衰退12.5％，新引進廠商8家，約占兩成",
	 "-12.5|%|12.5％||growth_rate;8|家|8家||change;20|%|兩成|approx|share"},
	{"連續四個月增長", "4|月|四個月||level"},
	/* Traditional releases: numerals with a middle dot or full-width point */
	{"全年接單六二八一·五億美元，年增卅二·四%", "628150000000|美元|六二八一·五億美元||level;"
	 "32.4|%|卅二·四%||growth_rate"},
	{"較上年增加九○三‧六億美元，占四十・二%", "90360000000|美元|九○三‧六億美元||change;"
	 "40.2|%|四十・二%||share"},
	{"年減二十．五％", "-20.5|%|二十．五％||growth_rate"},
	/* a currency declared once holds for every bare 元 from its sentence on */
	{"貨物出口總值為1.9億元及8.7億元（澳門元，下同），進口96.4億元。另有人民幣5億元、2.1億美元",
	 "190000000|澳门元|1.9億元||level;870000000|澳门元|8.7億元||level;"
	 "9640000000|澳门元|96.4億元||level;500000000|元|人民幣5億元||level;"
	 "210000000|美元|2.1億美元||level"},
	{"進出口額5981.9億元（人民幣，下同），約合819億美元", "598190000000|元|5981.9億元||level;"
	 "81900000000|美元|約合819億美元|approx|level"},
	/* per mille in percent points, as 千分之 */
	{"平均人口比上年增加0.42‰", "0.042|%|0.42‰||growth_rate"},
	/* the level a change reached is no range's upper end */
	{"失業人數減少約2 100人至118 600人", "-2100|人|約2 100人|approx|change;118600|人|118 600人||level"},
	{"企業增加2000家至3000家", "2000|家|2000家|at_least|change;3000|家|3000家|at_most|change"},
	/* spaces (and thin or no-break spaces) between groups of three digits */
	{"就業人數升至3 702 400人", "3702400|人|3 702 400人||level"},
	{"失業人數約128\u2009300人，增加約4\u00a0500人", "128300|人|約128\u2009300人|approx|level;"
	 "4500|人|約4\u00a0500人|approx|change"},
	/* one-character rises and falls of price and trade releases */
	{"本季出口貨量跌12.4%，批發物價月跌0.3%",
	 "-12.4|%|12.4%||growth_rate;-0.3|%|0.3%||growth_rate"},
	{"菜价月涨1.5%，订单月增2.2%，指数回升0.8%",
	 "1.5|%|1.5%||growth_rate;2.2|%|2.2%||growth_rate;0.8|%|0.8%||growth_rate"},
	{"金价涨至500元，运价跌破20%", "500|元|500元||level;20|%|跌破20%|less_than|share"},
	/* FORMAL characters read inside a numeral */
	{"注册资本叁亿元", "300000000|元|叁亿元||level"},
	{"伍佰家", "500|家|伍佰家||level"},
	/* a dot between Chinese digits is a decimal point, as 点 */
	{"全市生产总值比上年增长九.四%", "9.4|%|九.四%||growth_rate"},
	{"出口總值達二．二六兆元", "2260000000000|元|二．二六兆元||level"},
	{"园区面积一二三．七三平方公里", "123.73|平方公里|一二三．七三平方公里||level"},
	/* a currency written before the number names what 元 is */
	{"營業額約為新台幣368.2億元，出口逾新臺幣1200億元",
	 "36820000000|新台币|新台幣368.2億元||level;120000000000|新台币|逾新臺幣1200億元|more_than|level"},
	{"营业额为新台币1兆8000亿元，另捐港币3亿元", "1800000000000|新台币|新台币1兆8000亿元||level;300000000|港元|港币3亿元||level"},
	/* scores after Arabic digits; 十分, clock minutes and 分之 are none */
	{"景氣綜合判斷分數為22分，較上月減少3分", "22|分|22分||level;-3|分|3分||change"},
	{"考核得分95.5分以上", "95.5|分|95.5分以上|at_least|level"},
	/* rates of change named so, and the new value of a figure that moves */
	{"股价指数变动率由上月28.1%减至24.3%", "28.1|%|28.1%||growth_rate;24.3|%|24.3%||growth_rate"},
	{"經濟成長率由先前預估的3.2%調高至4.1%", "3.2|%|3.2%||growth_rate;4.1|%|4.1%||growth_rate"},
	{"出口變動率由下修後的12.5%增為15.2%", "12.5|%|12.5%||growth_rate;15.2|%|15.2%||growth_rate"},
	{"第三季的升幅為2.6%，較上年同期高出逾兩成", "2.6|%|2.6%||growth_rate;20|%|逾兩成|more_than|growth_rate"},
	{"出口值上修350億美元", "35000000000|美元|350億美元||change"},
	{"占比由2020年的30%提高到45%", "30|%|30%||share;45|%|45%||share"},
	/* thresholds that classify what a later number counts */
	{"营业收入超过50亿元的企业达到3家，产值在5亿元以上的有12个，工业5亿以上企业9家",
	 "3|家|3家||level;12|个|12个||level;9|家|9家||level"},
	{"贡献全市超过六成的专利和七成的产值", "60|%|超过六成|more_than|share;70|%|七成||share"},
	/* time frames are no durations; 连续 and 经过 count years */
	{"三年内建成，两年前签约，十年间投资50亿元，五年累计引进项目9个，已连续三年增长，经过8年建设",
	 "5000000000|元|50亿元||level;9|个|9个||level;3|年|三年||level;8|年|8年||level"},
	/* flows of their own are levels; things built or set up are changes */
	{"全省城鎮新增就業98萬人，引进各类人才2.1万人，并增加3000個就業機會",
	 "980000|人|98萬人||level;21000|人|2.1万人||level;3000|个|3000個||level"},
	{"新增省级人才项目12个，新建研发平台5个，新设企业1.2万家",
	 "12|个|12个||change;5|个|5个||change;12000|家|1.2万家||level"},
	/* tenths as fractions, and halves as words */
	{"占全省近1/10，相当于全部企业的十分之一", "10|%|近1/10|approx|share;10|%|十分之一||share"},
	{"近一半外资企业集中于此，汇聚全市半数以上的企业", "50|%|近一半|approx|share;50|%|半数以上|at_least|share"},
	/* a series of one growth rate over periods; multiples; a fall named after */
	{"工业增速5月份为15.2%，6月份回落至13.9%，城镇化率为60.2%",
	 "15.2|%|15.2%||growth_rate;13.9|%|13.9%||growth_rate;60.2|%|60.2%||share"},
	{"业务总收入是2007年的4.6倍", "4.6|倍|4.6倍||growth_rate"},
	{"全年錄得2.3%的實質跌幅，上年則錄得3.1%的升幅",
	 "-2.3|%|2.3%||growth_rate;3.1|%|3.1%||growth_rate"},
	/* units of ports and power; a blocker that hides no unit; 备案 counts */
	{"吞吐量92万标箱，航线超过650班次，光伏装机32MW", "920000|标准箱|92万标箱||level;650|班次|超过650班次|more_than|level;32000|千瓦|32MW||level"},
	{"航线共开行1020艘次，中欧班列累计开行18000列，3个项目列入省重点",
	 "1020|艘次|1020艘次||level;18000|列|18000列||level;3|个|3个||level"},
	{"安县工业园等5家园区获批，累计备案科技型企业10462家", "5|家|5家||level;10462|家|10462家||level"},
	{"自2015年2月成立服务中心至今，已引进225家企业", "225|家|225家||level"},
	/* falls named by a cut or a comparison (少, 低, 短 only after 比 较 则 却) */
	{"審定後經費比草案刪減3.6億元，辦理期程縮短2年", "-360000000|元|3.6億元||change;-2|年|2年||change"},
	{"青年失業率按季微降0.3個百分點，比去年同期低0.5個百分點",
	 "-0.3|百分点|0.3個百分點||change;-0.5|百分点|0.5個百分點||change"},
	{"中央補助卻少18億元、專案補助少6億元，外籍員工則少了200人",
	 "-1800000000|元|18億元||change;-600000000|元|6億元||change;-200|人|200人||change"},
	{"專案經費較上年多9億元，比全市高0.6個百分點，最多40家，较去年多达3家",
	 "900000000|元|9億元||change;0.6|百分点|0.6個百分點||change;40|家|最多40家|at_most|level;3|家|3家||level"},
	{"招商至少5家，最低3%，不少200人，低碳投资8亿元",
	 "5|家|至少5家|at_least|level;3|%|3%||share;200|人|200人||level;800000000|元|8亿元||level"},
	/* a digit after 成; 县市 counts places, 县市长 is an office */
	{"外銷訂單約7成4來自美國，全台22縣市參加，2026縣市長選舉",
	 "74|%|約7成4|approx|share;22|个|22縣市||level"},
	/* a cut after a long object; the whole before 中的 and its part cut */
	{"市議會刪除市府赴海外參加城市論壇的差旅費382萬元",
	 "-3820000|元|382萬元||change"},
	{"協商後僅刪去900多萬元規費收入中的600萬元",
	 "9000000|元|900多萬元|more_than|level;-6000000|元|600萬元||change"},
	/* a fall said first in a clause, its base written once before it */
	{"歲入為2,150億元，比上年少120億元；歲出為2,300億元，少85億元",
	 "215000000000|元|2,150億元||level;-12000000000|元|120億元||change;"
	 "230000000000|元|2,300億元||level;-8500000000|元|85億元||change"},
	{"營收去年少了約1,500億元", "-150000000000|元|約1,500億元|approx|change"},
	/* a decline that narrows rises, one that widens falls */
	{"出口降幅较一季度收窄2.5个百分点，進口跌幅比上月的8.1%擴大1.2個百分點",
	 "2.5|百分点|2.5个百分点||change;-8.1|%|8.1%||growth_rate;"
	 "-1.2|百分点|1.2個百分點||change"},
	/* cuts said with 刪 or 砍 alone, and after a list of items cut */
	{"市議會二讀砍4億元，歲出另遭刪2億元", "-400000000|元|4億元||change;-200000000|元|2億元||change"},
	{"大會刪減秘書處機要費、工務處國外旅費、文化局設備費等共312萬元",
	 "-3120000|元|312萬元||change"},
	/* a run's length is a duration; a release's window and a record's frame are none */
	{"出口連跌7個月，投資连续两个季度回升", "7|月|7個月||level;2|季度|两个季度||level"},
	{"截至今年5月底的三個月，零售額錄得4.2%之按年增幅，創下12年新高",
	 "4.2|%|4.2%||growth_rate"},
	/* a range's lower end shares the scale words written once at the upper end */
	{"預計帶動4至6萬人就業，成本約2.5至3百萬元，另需500至2萬元",
	 "40000|人|4|at_least|level;60000|人|6萬人|at_most|level;"
	 "2500000|元|約2.5|approx|level;3000000|元|3百萬元|at_most|level;"
	 "500|元|500|at_least|level;20000|元|2萬元|at_most|level"},
	/* a bare scale word with 余 before a scale word; vague amounts are none */
	{"园区集聚百余亿元投资，数十亿元项目，十几亿元订单，几百亿元产值，人数十万人次",
	 "10000000000|元|百余亿元|more_than|level;100000|人次|十万人次||level"},
	{"全年經濟負成長0.8%", "-0.8|%|0.8%||growth_rate"},
	/* 岁入 is revenue, not an age; 人民币 after a scale word; an indicator's acronym */
	{"罰款廿三億歲入，虧損35億人民幣，完成GDP612.5亿元",
	 "2300000000||廿三億||level;3500000000|元|35億人民幣||level;61250000000|元|612.5亿元||level"},
	/* kilovolt-amperes of transformers */
	{"变压器产量1520.6万千伏安", "15206000|千伏安|1520.6万千伏安||level"},
	/* Republic years: a base after 由 despite 的, a range of years */
	{"園區營收由112年的45億元增至58億元，110至113年累計投入80億元",
	 "4500000000|元|45億元||level;5800000000|元|58億元||level;8000000000|元|80億元||level"},
	/* a supplementary amount is a level; a drag on growth is negative */
	{"降低管損及治水等計畫追加12.4億元，淨出口拉低經濟成長0.3個百分點",
	 "1240000000|元|12.4億元||level;-0.3|百分点|0.3個百分點||change"},
	/* 增 or 减 alone right before the number */
	{"本季獲利增逾三成，出口減4%", "30|%|逾三成|more_than|growth_rate;-4|%|4%||growth_rate"},
	/* 备 alone is no code word: reserves and equipment are counted */
	{"外汇储备2.9万亿美元，新增设备350台", "2900000000000|美元|2.9万亿美元||level;350|台|350台||change"},
	/* 半成 is 5 % (not 半成品); 台套 counts sets */
	{"台灣旅客佔半成，半成品庫存，平台连接设备2600万台套",
	 "5|%|半成||share;26000000|套|2600万台套||level"},
	/* days after one decimal digit are a duration, not a date */
	{"旅客平均逗留1.4日，較上年減少0.2日", "1.4|天|1.4日||level;-0.2|天|0.2日||change"},
	/* a tenth digit before an ASCII comma; a threshold crossed before 大关 */
	{"福利開支五年間大增七成一,今年度達", "71|%|七成一||growth_rate"},
	{"营收冲破3万亿元大关", "3000000000000|元|冲破3万亿元|more_than|level"},
	/* two scale words before 餘; 約莫 is about */
	{"補助千萬餘元，投入約莫250億元", "10000000|元|千萬餘元|more_than|level;25000000000|元|約莫250億元|approx|level"},
	/* a signed percentage is a rate; a decimal score before a verb; 人口 counts people */
	{"创科行业（+12.6%）领跑，地产较上年-0.7%，深圳以81.4分居次，覆盖约7300万人口",
	 "12.6|%|12.6%||growth_rate;-0.7|%|-0.7%||growth_rate;81.4|分|81.4分||level;"
	 "73000000|人|约7300万人|approx|level"},
	/* a joint short name counting its places */
	{"长株潭三市技术合同占比最高", "3|个|三市||level"},
	/* capacities in the names of the projects of a list */
	{"5万吨锂电隔膜、8吉瓦光伏组件等12个项目开工", "12|个|12个||level"},
	/* Taiwan's names of metric units */
	{"釋出4.2萬平方公尺廠房，道路2500公尺", "42000|平方米|4.2萬平方公尺||level;2500|米|2500公尺||level"},
};

static const char *const nothing[] = {
	"2021年", "12月中旬", "3月8日", "2024-09-06", "10:30", "电话13391219793",
	"400 0123 021", "400-0123-021", "邮编:213200", "苏ICP备05003616号", "第03版",
	"第2453期", "第三", "第一方阵", "全省第二", "前三", "“十三五”期间", "十四五规划",
	"“532”发展战略", "“2+2+X”产业集群", "“三新一特”产业", "5G基站", "世界500强",
	"1号楼", "每万人", "每2个月举办一期", "二十届三中全会", "新一代信息技术",
	"统一规划", "千方百计", "《2023年工作报告》", "十几年来", "一大批企业",
	"晨风路61号", "进军全国一百强", "2023中国年度最佳雇主", "新的一年", "",
	/* digits on one side of a dot are never read alone */
	"增长九..四%", "利润十.五亿元", "税收九.4亿元", "支出3.五亿元", "投资1..5亿元",
	"没有数字。", "万万亿亿元",
	/* a middle dot that is no point: date-events, Arabic digits */
	"九·一八事變紀念", "3·15晚會", "投資2·5億元",
	/* digits side by side that are no groups of three */
	"表列數字19 436 11 341人", "2023 100家企業", "電話2345 6789",
	/* the year of a quarter, a process node, the first months of a year */
	"依經濟部公布的113年第3季資料", "興建1.4奈米晶圓廠", "累計首8個月", "首兩個月",
	"县十七届人大三次会议", "三次产业协调发展", "增速保持两位数", "新中国成立75周年",
	"增速位次前移7位、8位和7位", "入库税收超过500万元的企业", "打造千亿级产业集群",
	"十分重要", "9时30分开幕", "10:30分", "三分之", "设立2分局", "一半导体企业", "上半年",
	"三类500强企业", "国产1类新药",
	"十三届八次全体会议", "两年平均增长", "500千伏输变电工程", "民國112年12月",
	"京津冀协同发展",
	/* versions, specifications in names of a list, 一度 (once), Republic budget years */
	"推動前瞻基礎建設計畫3.0", "產業園區在前瞻2.0持續編列",
	"6000米钻井平台、2.5微米铜箔等一批产品",
	"出口一度創下新高", "國科會提出的116年科技預算", "陳、林兩人指出",
	"投入数亿元", "几十家企业", "搭载A17晶片与RTX4090显卡", "比分为3+2", "每10万人口",
	"出口兩度創下新高", "今年剩下的两个月", "建成28纳米产线", "14纳米及以下工艺",
	/* a FORMAL character alone is a word */
	"企业陆续参加了伍家岗区的活动", "他俩人都到了",
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

typedef struct Dated
{
	const char *doc;
	PdDate		published;
	const char *rows;			/* "raw|status|start|end;..." */
} Dated;

static const Dated dated[] = {
	{"2022年，开发区营业收入860亿元；2023年上半年新增企业45家。", 20231012,
	 "860亿元|actual|20220101|20221231;45家|actual|20230101|20230630"},
	{"截至9月末，市场主体20510户。1至8月，投资37.2亿元。", 20231012,
	 "20510户|actual|20230930|20230930;37.2亿元|actual|20230101|20230831"},
	{"今年前三季度增长9.1%，去年同期为6.7%。", 20231102,
	 "9.1%|actual|20230101|20230930;6.7%|actual|20220101|20220930"},
	{"今年一季度营业收入120亿元。", 0, "120亿元|actual|0|0"},
	{"2023年，税收28.6亿元，较2020年增长31%。", 20240201,
	 "28.6亿元|actual|20230101|20231231;31%|actual|20230101|20231231"},
	{"2023年营业收入1250亿元。其中工业企业980亿元。", 20240305,
	 "1250亿元|actual|20230101|20231231;980亿元|actual|20230101|20231231"},
	{"力争到2025年，高新技术企业达到500家。预计全年完成215亿元。", 20241220,
	 "500家|target|20250101|20251231;215亿元|estimate|20240101|20241231"},
	{"“十四五”期间，累计引进项目320个。", 20231012, "320个|actual|20210101|20251231"},
	{"民國111年營業額達4.26兆元，較110年成長14.75％。", 20230315,
	 "4.26兆元|actual|20220101|20221231;14.75％|actual|20220101|20221231"},
	{"工信部规划司介绍，新注册企业12.6万家。", 20241220, "12.6万家|actual|0|0"},
	/* an aside in parentheses sets no period for what follows it */
	{"一○九年十月工業生產指數122(一○九年九月為123.73)，年增率7.06%。", 20201123,
	 "122|actual|20201001|20201031;123.73|actual|20200901|20200930;"
	 "7.06%|actual|20201001|20201031"},
	/* a change from a base date, a cumulative total, a running duration */
	{"截至9月末，市场主体较2023年末净增11152户。", 20241020,
	 "11152户|actual|20240101|20240930"},
	{"2024年工作回顾。全市累计引进回归项目559个。", 20250110,
	 "559个|actual|20241231|20241231"},
	{"前三季度，园区已连续四个月保持增长。", 20231020, "四个月|actual|20230601|20230930"},
	/* 到年末 for a flow is the year; 去年同期 follows the period of the text */
	{"预计到年末，全县地区生产总值完成115亿元。", 20181222,
	 "115亿元|estimate|20180101|20181231"},
	/* the figure of a base period itself: 比前年的 */
	{"去年营业额1兆9664億元，比前年的1兆7510億元增加2153億元。", 20080130,
	 "1兆9664億元|actual|20070101|20071231;1兆7510億元|actual|20060101|20061231;"
	 "2153億元|actual|20070101|20071231"},
	/* a range of years runs from the first to the last */
	{"2019年至2023年，全区累计引进外资52亿元，年均增长8.5%。", 20240301,
	 "52亿元|actual|20190101|20231231;8.5%|actual|20190101|20231231"},
	/* 首3季 is 前三季度; 2019年同期 and 由2021年的 are bases */
	{"2023年首3季本地生產總值實質增長5.1%。", 20231115, "5.1%|actual|20230101|20230930"},
	{"第三季入境旅客420萬人次，相當於2019年同期的75.2%。", 20231110,
	 "420萬人次|actual|20230701|20230930;75.2%|actual|20230701|20230930"},
	{"2022年，园区营业收入占全市的比重由2021年的12.5%提高到13.1%。", 20230210,
	 "12.5%|actual|20210101|20211231;13.1%|actual|20220101|20221231"},
	/* since a year or a date: a count is a stock at the document's date */
	{"2018年以来，新区累计引进项目860个、总投资4200亿元。", 20241010,
	 "860个|actual|20241010|20241010;4200亿元|actual|20241010|20241010"},
	{"自2015年5月园区挂牌运行以来，已落户企业1200家。", 20230601,
	 "1200家|actual|20230601|20230601"},
	/* 累计 after another figure's period is a stock; opening its clause, a flow */
	{"1—6月新增企业320家，累计达到4100家。", 20230720,
	 "320家|actual|20230101|20230630;4100家|actual|20230630|20230630"},
	{"1—5月，全区累计完成工业投资34亿元。", 20230620, "34亿元|actual|20230101|20230531"},
	/* a deadline recalled and an event's year set no period for what follows */
	{"2016年，全县围绕到2018年全面建成小康社会的目标推进工作。全年地区生产总值26.4亿元。",
	 20240301, "26.4亿元|actual|20160101|20161231"},
	{"园区于2006年获批。企业总数达到2300家。", 20230601, "2300家|actual|0|0"},
	/* months not yet over at the document's date are last year's */
	{"1-11月，规上服务业营业收入784.8亿元。", 20220120, "784.8亿元|actual|20210101|20211130"},
	/* 近日, 日前: the news of the day */
	{"近日，总投资260亿元的33个项目在园区集中开工。", 20220901,
	 "260亿元|actual|20220901|20220901;33个|actual|20220901|20220901"},
	/* status: a ； ends an estimate word's reach when a period follows it */
	{"竹科今年營業額預估達1.2兆元；中科去年營業額3233億元。", 20130220,
	 "1.2兆元|estimate|20130101|20131231;3233億元|actual|20120101|20121231"},
	{"2023年重庆将实施制造业提质增效行动。全市拥有制造业31个大类行业。", 20230116,
	 "31个|actual|20230116|20230116"},
	{"科技进步贡献率有望在今年实现60%的目标。", 20200520, "60%|target|20200101|20201231"},
	{"我會預留五十億元發展數碼港第五期。", 20190227, "五十億元|target|0|0"},
	{"我在去年的預算案中預留了三十億元。", 20190227, "三十億元|actual|20180101|20181231"},
	{"園區營業額可望挑戰99年創下的2.15兆元歷史高點。", 20130220,
	 "2.15兆元|actual|20100101|20101231"},
};

typedef struct Subjected
{
	const char *doc;
	const char *rows;			/* "raw|subject;..." */
} Subjected;

static const Subjected subjected[] = {
	/* 和县 and 范县 inside words are no places; the report's county is */
	{"在长沙县第十八届人民代表大会上。在市委、市政府和县委的领导下，全年地区生产总值增长4.5%。"
	 "获评国家示范县。全县荣获提名奖2个。",
	 "4.5%|长沙县;2个|长沙县"},
	/* a dateline and a province named in passing are not subjects */
	{"新华社北京8月2日电 浮山县全县地区生产总值完成46.1亿元。", "46.1亿元|浮山县"},
	{"深入贯彻视察山西重要讲话精神，浮山县一般公共预算收入0.86亿元。", "0.86亿元|浮山县"},
	/* 全省, 全市 resolve to the place named in passing (四川省科技厅) */
	{"记者从四川省科技厅了解到，上半年全省高新区营业收入13977.46亿元。",
	 "13977.46亿元|四川省"},
	/* a list of places distributed over a list of figures by 分别 */
	/* 三市 counts the three cities listed (a figure of its own, no one city's) */
	{"常州、无锡和苏州三市地区生产总值分别增长5.1%、6.2%和7.3%。",
	 "三市|;5.1%|常州市;6.2%|无锡市;7.3%|苏州市"},
	/* the parts of a province after 其中 do not become the topic */
	{"浙江省高新技术产业产值增长6.15%，其中舟山市产值277.85亿元。医药制造业增长11.38%。",
	 "6.15%|浙江省;277.85亿元|舟山市;11.38%|浙江省"},
	/* sibling parts named as subjects in one sentence leave the topic */
	{"江苏省高新区营收增长7%，苏州工业园区增长8%，南京高新区增长6%。全省出口增长3%。",
	 "7%|江苏省;8%|苏州工业园区;6%|南京高新技术产业开发区;3%|江苏省"},
	/* Taiwan: its institutions, 中科/南科 where science parks are named */
	{"國科會表示，三大科學園區營業額合計3.1兆元。竹科營收1.2兆元；中科0.6兆元，南科1.3兆元。"
	 "光電產業成長5.2%。",
	 "3.1兆元|台湾省;1.2兆元|新竹科学园区;0.6兆元|中部科学园区;1.3兆元|南部科学园区;"
	 "5.2%|台湾省"},
	{"中科園區營業額成長4.1%。", "4.1%|中部科学园区"},
	{"國防部表示，中科院研發經費增加12億元。", "12億元|"},
	{"中科营业收入增长5%，科学园区建设加快。", "5%|"},
	{"國科會統計，企業研發經費8,986億元，其中科學園區廠商貢獻4,268.4億元。",
	 "8,986億元|台湾省;4,268.4億元|台湾省"},
	/* a zone the gazetteer lacks, named by its region and kind */
	{"如皋市高新区工作要点。全年新增企业12家。中共如皋市委提出目标，园区税收增长9%。",
	 "12家|如皋高新技术产业开发区;9%|如皋高新技术产业开发区"},
	{"曾都經濟開發區規模工業產值達到162億元。", "162億元|曾都经济开发区"},
	/* sibling zones with no topic yet: their region becomes the topic */
	{"玉林高新区产值突破100亿元，玉林经济开发区产值达到280亿元。全市新增项目40个。",
	 "突破100亿元|玉林高新技术产业开发区;280亿元|玉林经济开发区;40个|玉林市"},
	/* a province's zones are not one zone */
	{"江苏省高新区营收增长7%。", "7%|江苏省"},
	/* the Republic calendar in a Traditional text is Taiwan's */
	{"113年8月工業生產較上年同月增加9.5%。", "9.5%|台湾省"},
	{"2024年8月工業生產較上年同月增加9.5%。", "9.5%|"},
	/* Hong Kong and Macau: their words for themselves, their bodies, a passing name */
	{"統計暨普查局公布，第3季本澳失業率為2.1%。", "2.1%|澳门特别行政区"},
	{"政府統計處表示，本港出口貨值按年增長8.2%。", "8.2%|香港特别行政区"},
	{"擴大研究資助。設立創科基金。吸引初創企業落戶香港：政府將撥款5億元。",
	 "5億元|香港特别行政区"},
	{"吸引初创企业落户香港，政府将拨款5亿元。", "5亿元|"},
	/* places governed by 新增, 居, 领跑, or the bases of a 分别 list */
	{"济南高新区一般公共预算收入增长9%，居济南市第一位；新增山东省技术创新中心3家。",
	 "9%|济南高新技术产业开发区;3家|济南高新技术产业开发区"},
	{"西安高新区经济总量在陕西省和西安市的占比分别为9.9%和27.7%。",
	 "9.9%|西安高新技术产业开发区;27.7%|西安高新技术产业开发区"},
	/* a list of places each with its own figure; a place + 级 is a level */
	{"國科會表示，三大科學園區今年將新增職缺1.1萬個，其中竹科3600人、中科2000人、南科6000人。",
	 "1.1萬個|台湾省;3600人|新竹科学园区;2000人|中部科学园区;6000人|南部科学园区"},
	{"苏州工业园区总部212家，其中苏州市级总部149家。", "212家|苏州工业园区;149家|苏州工业园区"},
};

static void
check_subjects(void)
{
	size_t		d;

	for (d = 0; d < sizeof(subjected) / sizeof(subjected[0]); d++)
	{
		Sink		k;
		char		buf[1024];
		size_t		o = 0;
		int			i;

		memset(&k, 0, sizeof(k));
		run(&k, subjected[d].doc, strlen(subjected[d].doc));
		buf[0] = '\0';
		for (i = 0; i < k.n && i < MAXROWS; i++)
			o += snprintf(buf + o, sizeof(buf) - o, "%s%s|%s", i ? ";" : "",
						  k.rows[i].raw, k.rows[i].subject);
		PD_CHECK(strcmp(buf, subjected[d].rows) == 0, "%s: got \"%s\", want \"%s\"",
				 subjected[d].doc, buf, subjected[d].rows);
	}
}

/* indicators as written: "raw|indicator;..." */
static const Subjected indicated[] = {
	/* a list of indicators read across 、 and 和, after the last 的 */
	{"全年园区企业实现的营业收入、净利润和出口总额分别为120亿元、9亿元和30亿元。",
	 "120亿元|营业收入;9亿元|净利润;30亿元|出口总额"},
	/*
	 * short items sharing the last one's head are not distributed: no span
	 * of the text says 第一产业增加值, so both take the phrase as written
	 */
	{"第一、第二产业增加值分别为3亿元和8亿元。",
	 "3亿元|第二产业增加值;8亿元|第二产业增加值"},
	/* no lead or verb is cut out of 有效, 就业, 投资总额, 签约项目 */
	{"全区有效发明专利达到350件，就业人数攀升至2.1万人。",
	 "350件|有效发明专利;2.1万人|就业人数"},
	{"全年签约项目52个，投资总额超120亿元。", "52个|签约项目;超120亿元|投资总额"},
	/* places before 分别, the indicator after it */
	{"东区和西区分别实现营业收入50亿元和40亿元。", "50亿元|营业收入;40亿元|营业收入"},
	/* an aside after the unit is no noun; a base after the indicator is cut */
	{"园区生产总值达到3.2万亿元（人民币，下同），同比增长6%。", "3.2万亿元|生产总值;6%|生产总值"},
	{"8月工業生產較上年同月增加2.5%。", "2.5%|工業生產"},
	/* a share's word is read with what it is a share of */
	{"第一產業佔生產總值的比重為9.6%。", "9.6%|第一產業佔生產總值的比重"},
	/* 总投资 before the number names the measure, not the project after it */
	{"总投资35亿元的物流园项目加快建设。", "35亿元|总投资"},
	{"新区投资2亿元建设物流园。", "2亿元|建设物流园"},
};

static void
check_indicated(void)
{
	size_t		d;

	for (d = 0; d < sizeof(indicated) / sizeof(indicated[0]); d++)
	{
		Sink		k;
		char		buf[1024];
		size_t		o = 0;
		int			i;

		memset(&k, 0, sizeof(k));
		run(&k, indicated[d].doc, strlen(indicated[d].doc));
		buf[0] = '\0';
		for (i = 0; i < k.n && i < MAXROWS; i++)
			o += snprintf(buf + o, sizeof(buf) - o, "%s%s|%s", i ? ";" : "",
						  k.rows[i].raw, k.rows[i].indicator);
		PD_CHECK(strcmp(buf, indicated[d].rows) == 0, "%s: got \"%s\", want \"%s\"",
				 indicated[d].doc, buf, indicated[d].rows);
	}
}

static void
check_dated(void)
{
	size_t		d;

	for (d = 0; d < sizeof(dated) / sizeof(dated[0]); d++)
	{
		Sink		k;
		char		buf[1024];
		size_t		o = 0;
		int			i;

		memset(&k, 0, sizeof(k));
		run_dated(&k, dated[d].doc, strlen(dated[d].doc), dated[d].published);
		buf[0] = '\0';
		for (i = 0; i < k.n && i < MAXROWS; i++)
			o += snprintf(buf + o, sizeof(buf) - o, "%s%s|%s|%d|%d", i ? ";" : "",
						  k.rows[i].raw, k.rows[i].status, (int) k.rows[i].start,
						  (int) k.rows[i].end);
		PD_CHECK(strcmp(buf, dated[d].rows) == 0, "%s: got \"%s\", want \"%s\"",
				 dated[d].doc, buf, dated[d].rows);
		PD_CHECK(k.bad == 0, "%s: inconsistent metric", dated[d].doc);
	}
}

/* a stand-in catalog: 营业额 (in either script) is "operating_revenue"; a
 * figure whose indicator names no measure takes the code of the one before */
static const char *
toy_classify(void *arg, const char *ind, size_t len, size_t before,
			 PdMetricKind kind, const char *unit, const char *prev)
{
	(void) before;
	(void) kind;
	(void) unit;
	++*(int *) arg;
	if (len >= strlen("营业额") && memcmp(ind + len - strlen("营业额"), "营业额",
										  strlen("营业额")) == 0)
		return "operating_revenue";
	return prev;
}

static int
metric_row(void *arg, const PdMetric *m)
{
	char	   *out = (char *) arg;
	size_t		o = strlen(out);

	snprintf(out + o, 256 - o, "%s%s", o ? ";" : "", m->metric ? m->metric : "-");
	return 0;
}

/* the catalog's hook sees the folded indicator and the code before */
static void
check_classify(void)
{
	const char *doc = "竹科營業額1.7兆元，南科2.97兆元。出口3千億元。";
	PdMetricOptions opt;
	char		out[256] = "";
	int			calls = 0;

	memset(&opt, 0, sizeof(opt));
	opt.classify = toy_classify;
	opt.classify_arg = &calls;
	pd_metric_extract_opt(doc, strlen(doc), &opt, work, metric_row, NULL, out);
	PD_CHECK(strcmp(out, "operating_revenue;operating_revenue;-") == 0, "classify: %s", out);
	PD_CHECK(calls == 3, "classify called %d times", calls);
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
			uint32_t	cp;

			b += pd_utf8_next((const unsigned char *) doc + b, strlen(doc) - b, &cp);
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
	check_dated();
	check_subjects();
	check_indicated();
	check_classify();
	/* every keyword fits the word index */
	PD_CHECK(pd_metric_words_indexed() > 0, "word index full: %d", pd_metric_words_indexed());
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

	/*
	 * The extractor folds with pd_fold.c's table: every pair of
	 * pd_fold_data.h keeps its UTF-8 length, so the extractor folds them
	 * all, and 營業額 reads as 营业额
	 */
	{
		size_t		bad = 0;
		const char *doc = "營業額達1.2兆元。";

		pd_fold_init();
		for (i = 0; i < PD_T2S_COUNT; i++)
			if (fold_cp(pd_t2s_table[i][0]) != pd_t2s_table[i][1])
				bad++;
		PD_CHECK(bad == 0, "fold: %zu of %d pairs not folded", bad, (int) PD_T2S_COUNT);
		run(&k, doc, strlen(doc));
		PD_CHECK(k.n == 1 && strcmp(k.rows[0].indicator, "營業額") == 0 &&
				 strcmp(k.rows[0].value, "1200000000000") == 0,
				 "fold: %d rows, indicator %s", k.n, k.n ? k.rows[0].indicator : "");
	}

	free(work);
	return pd_test_summary("test_metric");
}
