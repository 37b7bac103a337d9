/*
 * test_metric_period.c - unit tests of the periods that frame a text
 * (src/core/pd_metric_time_frame.c) and the status rules of the sixth
 * session: 今（16）日 and 今（114）年, a budget bill's fiscal year and a year
 * ahead heading its sentence, asides (第二季 after 第三季), 今年累計 after
 * 截至, advance estimates, the month a forecast was made; look-back asides,
 * 今年 without a date, 當年 after a span since, the level a change starts
 * from.  One sentence of
 * our own for each rule, no server.
 */
#include "pd_test_rows.h"

static const PdRowCase cases[] = {
	/* 今（16）日: the document's day; 昨（13）日 the day before; 今（114）年 the Republic's year */
	{"市府今（16）日推出12處產業用地，總面積約180公頃。", 20191216,
	 "12處|actual|20191216|20191216|;約180公頃|actual|20191216|20191216|"},
	{"研究機構預測今（114）年經濟成長率為3.2%，主計總處8月預估則為3.5%。", 20251020,
	 "3.2%|estimate|20250101|20251231|;3.5%|estimate|20250101|20251231|台湾省"},
	/* 去（114）年12月 sets the year of the months after it */
	{"國發會今（27）日公布去（114）年12月景氣分數為35分。工業生產指數變動率由11月的10.2%增為12.5%。", 20260127,
	 "35分|actual|20251201|20251231|台湾省;10.2%|actual|20251101|20251130|台湾省;12.5%|actual|20251201|20251231|台湾省"},
	/* a budget bill's year: its figures are targets, in the sentences after it too */
	{"縣府115年度總預算案昨（13）日送交議會，歲入編列420億元。歲入歲出差短18億元，占歲出的4.1%。\n"
	 "截至今年9月底，縣庫債務為52億元。", 20251014,
	 "420億元|target|20260101|20261231|台湾省;18億元|target|20260101|20261231|台湾省;"
	 "4.1%|target|20260101|20261231|台湾省;52億元|actual|20250930|20250930|台湾省"},
	/* the current year's supplementary budget: targets of the year */
	{"行政院通過114年度追加預算案，追加歲出500億元。追加後114年度歲出為3兆元。", 20250814,
	 "500億元|target|20250101|20251231|台湾省;3兆元|target|20250101|20251231|台湾省"},
	/* a budget breakdown (按政事別概算) after a look back at the current year: the budget's year again */
	{"行政院今天審查116年度中央政府總預算案，歲出編列3兆1200億元。主計總處表示，今年度歲入已回到112年度的水準。\n"
	 "按政事別概算，社會福利支出8450億元，占27.1%。", 20260820,
	 "3兆1200億元|target|20270101|20271231|台湾省;8450億元|target|20270101|20271231|台湾省;"
	 "27.1%|target|20270101|20271231|台湾省"},
	/* ... not where the breakdown names a period of its own (今年度…已執行) */
	{"縣府提出117年度總預算案，歲出編列95億元。今年度稅收已少於113年度的水準。\n"
	 "歲出部分，按政事別分析，教育支出編列30億元，占31.6%；按政事別，今年度教育支出已執行22億元。", 20270910,
	 "95億元|target|20280101|20281231|台湾省;30億元|target|20280101|20281231|台湾省;"
	 "31.6%|target|20280101|20281231|台湾省;22億元|actual|20270101|20271231|台湾省"},
	/* a stock's past date (截至去年底) frames its paragraph only: the next paragraph's stocks are the document's */
	{"局長表示，截至2026年底，園區企業已超過300家。\n另一處新園區首批兩棟廠房已經完工，進駐率約六成。", 20270108,
	 "超過300家|actual|20261231|20261231|;兩棟|actual|20270108|20270108|;約六成|actual|20270108|20270108|"},
	/* a policy address for a fiscal year ahead */
	{"行政長官發表2027年財政年度施政報告，每名長者獲發敬老金9,000元。", 20261117,
	 "9,000元|target|20270101|20271231|"},
	/* a year ahead heading its sentence: the targets after it are that year's */
	{"2027年，全市力争工业增加值增长7%。单位能耗下降3%，数字经济占比达到45%。", 20261225,
	 "7%|target|20270101|20271231|;3%|target|20270101|20271231|;45%|target|20270101|20271231|"},
	/* an aside looking back: its own clause only; 連續第4季 counts quarters */
	{"2026年第三季出口按年上升8.1%，第二季的升幅為6.2%。進口上升5.4%，第二季為4.8%；服務輸出增長3.3%。", 20261031,
	 "8.1%|actual|20260701|20260930|;6.2%|actual|20260401|20260630|;5.4%|actual|20260701|20260930|;"
	 "4.8%|actual|20260401|20260630|;3.3%|actual|20260701|20260930|"},
	{"本澳第2季經濟收縮12.3%，是連續第4季負增長；上半年經濟收縮11.0%。\n投資增加2.5%。", 20260901,
	 "12.3%|actual|20260401|20260630|澳门特别行政区;11.0%|actual|20260101|20260630|澳门特别行政区;"
	 "2.5%|actual|20260401|20260630|澳门特别行政区"},
	/* 今年累計 after 截至今年十月底: the year to that day */
	{"截至今年十月底，園區員工達5萬人；今年累計營業額8,000億元。", 20261201,
	 "5萬人|actual|20261031|20261031|;8,000億元|actual|20260101|20261031|"},
	/* an advance estimate is a release of actuals; 高於市場預期 is no plan */
	{"統計處今日發表預先估計數字，第三季本地生產總值按年增長2.9%，高於市場預期的2.5%，第二季為2.2%。", 20261030,
	 "2.9%|actual|20260701|20260930|;2.5%|estimate|20260701|20260930|;2.2%|actual|20260401|20260630|"},
	/* a year looking back after a figure is an aside; a new item after ； is not */
	{"二零二六年第二季出口增長3.1%，全年計增長2.6%，而二零二五年則增長1.5%。\n第二季進口增長2.0%。", 20270301,
	 "3.1%|actual|20260401|20260630|;2.6%|actual|20260101|20261231|;1.5%|actual|20250101|20251231|;"
	 "2.0%|actual|20260401|20260630|"},
	{"甲園區去年營業額900億元，今年預估可達1000億元；乙園區去年營業額500億元，成長6.1%。", 20270215,
	 "900億元|actual|20260101|20261231|;1000億元|estimate|20270101|20271231|;"
	 "500億元|actual|20260101|20261231|;6.1%|actual|20260101|20261231|"},
	/* 今年 in a text without a date: the year its first line named */
	{"二零零五年十月旅客統計\n今年十月入境旅客達120萬人次。", 0,
	 "120萬人次|actual|20051001|20051031|"},
	/* 當年 after a span since a year */
	{"縣府自2019年度起編列專款，當年支出12億元。", 20251022, "12億元|actual|20190101|20191231|"},
	/* the level a change starts from: actual, after 將由原本的; after a base one step before, that base's */
	{"占比將由原本的5%提高至12%，另一項則由10%增至18%。", 20250310,
	 "5%|actual|0|0|;12%|target|0|0|;10%|actual|0|0|;18%|target|0|0|"},
	{"去（115）年12月分數為30分。出口變動率由11月的12.0%增為14.5%，進口變動率由下修後的8.1%增為9.3%。", 20270127,
	 "30分|actual|20261201|20261231|;12.0%|actual|20261101|20261130|;14.5%|actual|20261201|20261231|;"
	 "8.1%|actual|20261101|20261130|;9.3%|actual|20261201|20261231|"},
	/* a base's own amount after its period (較115年度預算數14.2億元) or inside 和…相比 */
	{"鄉公所116年度總預算案送交代表會，歲出編列15.6億元，較115年度預算數14.2億元，增加1.4億元。", 20261105,
	 "15.6億元|target|20270101|20271231|台湾省;14.2億元|actual|20260101|20261231|台湾省;1.4億元|target|20270101|20271231|台湾省"},
	{"縣府通過一一六年度總預算案。歲出為八十八億元，和一一五年度法定預算數八十億元相比，多出八億元，成長一成。", 0,
	 "八十八億元|target|20270101|20271231|台湾省;八十億元|actual|20260101|20261231|台湾省;八億元|target|20270101|20271231|台湾省;一成|target|20270101|20271231|台湾省"},
	/* 自…以来首次: a record since, no period for it or after it */
	{"今年1-2月，全县工业投资增长5.2%，自去年三季度转负以来首次回正，拉动投资增长2.1个百分点；技改投资3.3亿元。", 20270320,
	 "5.2%|actual|20270101|20270228|;2.1个百分点|actual|20270101|20270228|;3.3亿元|actual|20270101|20270228|"},
	/* （预计数，下同） after a figure and 上看 before one: estimates */
	{"2026年，全县生产总值增长5.1%（预计数，下同），规上工业增加值增长6%。", 20270110,
	 "5.1%|estimate|20260101|20261231|;6%|estimate|20260101|20261231|"},
	{"研究機構表示，今年全年出口上看5,200億美元，年增一成。", 20260915,
	 "上看5,200億美元|estimate|20260101|20261231|;一成|estimate|20260101|20261231|"},
	/* 目前 dates its stock but leaves the text's year: 全年 after it is still the year reviewed */
	{"2031年，全县工业园区共有企业200户。\n目前，园区已建成标准厂房30万平方米。\n分园区看，东园全年产值45亿元。", 20320115,
	 "200户|actual|20310101|20311231|;30万平方米|actual|20320115|20320115|;45亿元|actual|20310101|20311231|"},
	/* 今年 in a text without a date: the year its first sentence named, not a meeting's */
	{"統計處發布115年3月外銷訂單統計：3月接單520億美元。累計今年1至3月，接單1500億美元。", 0,
	 "520億美元|actual|20260301|20260331|台湾省;1500億美元|actual|20260101|20260331|台湾省"},
	{"開發區召開2030年度總結暨2031年工作會議。今年開發區將瞄準產值200億元。", 0,
	 "200億元|target|0|0|"},
	/* 去年同期…基數較高: a base, the change is the quarter's */
	{"本澳第三季固定資本形成總額減少10.0%。政府建築投資因去年同期基數較高而下跌20.5%；私人投資下跌8.2%。", 20261120,
	 "10.0%|actual|20260701|20260930|澳门特别行政区;20.5%|actual|20260701|20260930|澳门特别行政区;"
	 "8.2%|actual|20260701|20260930|澳门特别行政区"},
	/* 2021年至2024年，由A增加到B: the first year's level, the last's */
	{"2021年至2024年，全区工业产值由300亿元增加到420亿元。", 20250301,
	 "300亿元|actual|20210101|20211231|;420亿元|actual|20240101|20241231|"},
	/* 高于目标0.5个百分点: the target compared with is a noun, no plan */
	{"2026年上半年，全区生产总值增长5.5%，高于目标0.5个百分点；固定资产投资下降3.0%。", 20260820,
	 "5.5%|actual|20260101|20260630|;0.5个百分点|actual|20260101|20260630|;3.0%|actual|20260101|20260630|"},
	/* 編列的116年度總預算: 年度 after 的 is a fiscal year, not a duration */
	{"縣長說，縣府編列的116年度總預算為250億元，比115年度的240億元增加10億元。", 20261103,
	 "250億元|target|20270101|20271231|台湾省;240億元|actual|20260101|20261231|台湾省;"
	 "10億元|target|20270101|20271231|台湾省"},
	/* 分别 over a list of periods: the i-th figure is the i-th period's; not over a list of bases */
	{"2029年與2030年，全市出口分別增長5.2%和6.8%。", 20310310,
	 "5.2%|actual|20290101|20291231|;6.8%|actual|20300101|20301231|"},
	{"2030年全年增长6.6%，增速比一季度、上半年分别加快1.9个、0.7个百分点。", 20310120,
	 "6.6%|actual|20300101|20301231|;1.9个|actual|20300101|20301231|;0.7个百分点|actual|20300101|20301231|"},
	/* what a plant is estimated to save each year: a planned yield without a period */
	{"新建的再生中心預估每年可減少約8萬噸廢棄物。", 20261201, "約8萬噸|target|0|0|"},
	/* 明年度 in a text without a date after a budget bill: the bill's year, a target */
	{"鎮公所昨天向代表會提出一一七年度總預算案，歲出編列九十億元。主計主任說明，明年度歲出中教育支出二十一．五億元，占廿三．九％。", 0,
	 "九十億元|target|20280101|20281231|台湾省;二十一．五億元|target|20280101|20281231|台湾省;廿三．九％|target|20280101|20281231|台湾省"},
	/* a passing 今年 in a sentence without a figure: the text's past year stands */
	{"園區管理局公布2030年營運統計，營業額達8,000億元。園區今年也將迎來設立40周年。\n按產業別，光電產業成長6.5%；全年出口額減少2.1%。", 20310305,
	 "8,000億元|actual|20300101|20301231|;6.5%|actual|20300101|20301231|;2.1%|actual|20300101|20301231|"},
	/* a year at the head of its clause still frames the text after it */
	{"園區公布2030年營運統計，營業額達8,000億元。今年，園區將迎來設立40周年。\n光電產業預計成長6.5%。", 20310305,
	 "8,000億元|actual|20300101|20301231|;6.5%|estimate|20310101|20311231|"},
	/* 118年度 before a budget bill in a Simplified text: a year of the Republic */
	{"县府主计处今日报告118年度总预算案，岁出预算总额为512.3亿元，较117年度增加12.5亿元。", 20280830,
	 "512.3亿元|target|20290101|20291231|;12.5亿元|target|20290101|20291231|"},
	/* a budget ceiling set for a year (預算額度) frames like a bill; a base's 預算 is the base's year */
	{"科技會報確定118年度科技計畫預算額度為1,320億元，比117年核定的科技預算1,250億元增加5.6%。", 0,
	 "1,320億元|target|20290101|20291231|台湾省;1,250億元|actual|20280101|20281231|台湾省;5.6%|target|20290101|20291231|台湾省"},
	/* 每年 before a figure without a period of its own: a standing yearly amount, no period, no target */
	{"縣府提出118年度總預算案，歲出編列300億元。縣府每年約20億元的常態補助仍照列。", 20280901,
	 "300億元|target|20290101|20291231|台湾省;約20億元|actual|0|0|台湾省"},
	/* 可讓 before a figure: a planned outcome */
	{"新園區由縣府自行開發，可讓廠商進駐時程縮短2年。", 20280901, "2年|target|0|0|"},
	/* a forecast's 全年 is no frame: the figures after it are the half-year's again */
	{"管理局今天公布今年上半年營運數據，營業額1200億元。管理局預估，全年營業額可望達2500億元。\n各產業中，光電產業成長6.1%。", 20280812,
	 "1200億元|actual|20280101|20280630|;2500億元|estimate|20280101|20281231|;6.1%|actual|20280101|20280630|"},
	/* a fiscal year ahead heading its sentence before 的, after a paragraph's number, frames what follows */
	{"41. 2031/32年度的總收入預計為7,350億元。利得稅預計為2,600億元，較上年度修訂預算上升4.5%。", 20310226,
	 "7,350億元|target|20310401|20320331|;2,600億元|target|20310401|20320331|;4.5%|target|20310401|20320331|"},
	/* 今年…已 before a figure in a document dated before the year's end: the year so far; not a fiscal year */
	{"縣長在議會施政報告指出，縣府今年招商金額已達1850億元。", 20281020,
	 "1850億元|actual|20280101|20281020|"},
	{"中央補助款117年度比116年度已多出12億元。", 20281020, "12億元|actual|20280101|20281231|"},
	/* 过去一年 in a report dated January to March: the year it reviews; later in the year a relative frame */
	{"刚刚过去的一年，全县地区生产总值增长5.6%，新增市场主体3200户。", 20310226,
	 "5.6%|actual|20300101|20301231|;3200户|actual|20300101|20301231|"},
	{"過去一年園區企業共籌得約6.5億元資金。", 20310619, "約6.5億元|actual|0|0|"},
	/* 计划指标 is a quota, a noun: no target */
	{"2030年，全县获得土地计划指标奖励800亩。", 20310226, "800亩|actual|20300101|20301231|"},
	/* a range of years with 年 written once: from the first year to the last */
	{"2026-2030年，全区累计引进项目150个。2026—2030年地区生产总值年均增长5.8%。", 20310305,
	 "150个|actual|20260101|20301231|;5.8%|actual|20260101|20301231|"},
	{"縣府116至118年度共編列補助款9億元。", 20300301, "9億元|actual|20270101|20291231|台湾省"},
	/* an estimate word before a figure of a span ending after the document's year: a plan's target */
	{"方案期程自2030年至2033年，預期累計創造5萬個就業機會。", 20301009,
	 "5萬個|target|20300101|20331231|"},
	/* a part of a year right after a fiscal year counts from its April */
	{"2030-31財政年度首三季，政府收入為3,800億元。2030-31財政年度上半年，開支為2,900億元。", 20310130,
	 "3,800億元|actual|20300401|20301231|;2,900億元|actual|20300401|20300930|"},
	/* a day in a later clause after the bill: the statement's, not the figures' */
	{"全县118年度总预算完成编列，县府主计处今天表示，岁入岁出差短新台币8亿元。", 20280901,
	 "新台币8亿元|target|20290101|20291231|"},
};

int
main(void)
{
	return pd_rows_run("test_metric_period", cases, sizeof(cases) / sizeof(cases[0]), PD_ROWS_CONTEXT);
}
