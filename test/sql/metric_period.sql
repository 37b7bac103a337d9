--
-- metric_period: the document's date, periods as dates, status, lists,
-- Traditional Chinese (issue 10).  Sentences written for these tests.
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SET search_path = parkdata, public;

-- periods as dates: a year, its parts, months, a stock at a date, a plan
SELECT raw, period, period_start, period_end, year, status
FROM extract_metrics('2022年，开发区实现营业收入860亿元。2023年上半年，园区新增企业45家。'
    || '2023年1至8月，完成固定资产投资37.2亿元。截至9月末，市场主体存量为20510户。'
    || '“十四五”期间，全区累计引进项目320个。2021年四季度，出口额增长6.5%。', '2023-10-12')
ORDER BY metric_no;

-- 今年 and 去年 from the published date; 全年 from the year written before it
SELECT raw, period, period_start, period_end, status
FROM extract_metrics('今年前三季度，高新区规上工业总产值增长9.1%；去年同期为6.7%。'
    || '2022年，全区地区生产总值达到512亿元，全年新增高新技术企业38家。', '2023-11-02')
ORDER BY metric_no;

-- without a date: 今年 gives no dates, an explicit year still does
SELECT raw, period, period_start, period_end, year
FROM extract_metrics('今年一季度，园区营业收入120亿元。2021年，园区营业收入410亿元。')
ORDER BY metric_no;

-- bases are not periods; figures after them keep their own
SELECT raw, period, period_start, period_end
FROM extract_metrics('2023年，全区实现税收收入28.6亿元，较2020年增长31%，在2022年的基础上再增4.2亿元。', '2024-02-01')
ORDER BY metric_no;

-- a figure without time words takes the period the text set before it
SELECT raw, period, period_start, period_end
FROM extract_metrics('2023年，开发区实现营业收入1250亿元。其中，工业企业营业收入980亿元，增长7.2%。', '2024-03-05')
ORDER BY metric_no;

-- status: targets, estimates, plans as nouns
SELECT raw, status, is_target
FROM extract_metrics('力争到2025年，全区高新技术企业达到500家。预计全年完成地区生产总值215亿元，增长6%。'
    || '工信部规划司副司长介绍，国家高新区新注册企业12.6万家。园区完成年度目标任务的112%。', '2024-12-20')
ORDER BY metric_no;

-- lists: a unit written once, the sign of a decline and a qualifier carry over
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics('第一、第二产业比重分别下降0.6、1.2个百分点；出口和进口分别下降12.4%及3.8%；'
    || '三个园区分别新增企业不少于2家、5家和9家；营业收入分别增长6%和8.5%左右；同比增长7%-9%。')
ORDER BY metric_no;

-- numbers read as cn_numeral_to_numeric reads them
SELECT raw, value, unit, kind
FROM extract_metrics('实现生产总值 1115.2 亿元，新增企业 219 个，占比一成，约占两成二，'
    || '比重为百分之十點四，占比不到1/4，投资百亿元，营收破兆元，三分之一来自外资。')
ORDER BY metric_no;

-- not quantities: sessions, 三次产业, 两位数, Republic years, anniversaries, ranks
SELECT count(*) AS found
FROM extract_metrics('县十七届人大三次会议召开。三次产业协调发展。增速保持两位数。'
    || '民國112年12月，園區營收創新高。新中国成立75周年。增速位次前移3位。');

-- Traditional Chinese reads like Simplified; raw keeps the text as written
SELECT raw, value, unit, qualifier, kind, period_start, period_end, status
FROM extract_metrics('科學園區111年營業額達4.26兆元，較110年成長14.75％；就業人數約30萬人，'
    || '電腦周邊產業衰退3.2％，新引進廠商22家，預估全年營收將超過4.5兆元。', '2023-03-15')
ORDER BY metric_no;

-- the same text in Simplified gives the same figures
SELECT a.value = b.value AND a.unit IS NOT DISTINCT FROM b.unit AND a.kind = b.kind
       AND a.status = b.status AND a.period_start IS NOT DISTINCT FROM b.period_start AS same,
       count(*)
FROM extract_metrics('全區營業收入增長8.5％，新增企業約1200家，預計年底超過3萬家。', '2024-06-30') a
JOIN extract_metrics('全区营业收入增长8.5％，新增企业约1200家，预计年底超过3万家。', '2024-06-30') b
  USING (metric_no)
GROUP BY 1;

-- a NULL document gives no rows; a NULL date is allowed; a date must be finite
SELECT count(*) FROM extract_metrics(NULL);
SELECT count(*) FROM extract_metrics('园区新增企业12家。', NULL);
SELECT count(*) FROM extract_metrics('园区新增企业12家。', 'infinity');
SELECT count(*) FROM extract_metrics('园区新增企业12家。', '-infinity');

-- Hong Kong's fiscal years (1 April to 31 March): written out, the current one and its first months;
-- the same in Simplified
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('二〇二四至二五財政年度綜合赤字為870億元。本財政年度首9個月錄得705億元赤字。'
    || '預計2025/26年度經濟增長2.5%。', '2025-02-27')
ORDER BY metric_no;
SELECT raw, period_start, period_end
FROM extract_metrics('本财政年度首9个月录得705亿元赤字。', '2025-02-27');

-- sixth session: 今（16）日 and 今（114）年; a budget bill's year frames the sentences after it
-- (targets, the vote's day is no period of the figures); a year ahead heading its sentence;
-- an aside looking back governs its own clause only; 今年累計 after 截至 runs to that day
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('市府今（16）日推出12處產業用地。研究機構預測今（114）年經濟成長率為3.2%。', '2025-10-16')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('縣府115年度總預算案昨（13）日送交議會，歲入編列420億元。歲入歲出差短18億元。'
    || E'\n截至今年9月底，縣庫債務為52億元。', '2025-10-14')
ORDER BY metric_no;
-- a budget breakdown (按政事別概算) after a look back at the current year: the budget's year again, unless it
-- names a period of its own
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('縣府提出117年度總預算案，歲出編列95億元。今年度稅收已少於113年度的水準。'
    || E'\n按政事別概算，教育支出30億元，占31.6%；按政事別，今年度教育支出已執行22億元。', '2027-09-10')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('2027年，全市力争工业增加值增长7%。单位能耗下降3%。', '2026-12-25')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('2026年第三季出口按年上升8.1%，第二季的升幅為6.2%。進口上升5.4%，第二季為4.8%；'
    || '服務輸出增長3.3%。截至今年十月底，園區員工達5萬人；今年累計營業額8,000億元。', '2026-12-01')
ORDER BY metric_no;

-- a year looking back after a figure is an aside (the next sentence keeps the quarter); the level a
-- change starts from after a base one step before the text's period takes that base's period
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('二零二六年第二季出口增長3.1%，而二零二五年則增長1.5%。第二季進口增長2.0%。'
    || '6月出口變動率由5月的12.0%增為14.5%，進口變動率由下修後的8.1%增為9.3%。', '2026-08-15')
ORDER BY metric_no;

-- a base's own amount (較115年度預算數14.2億元, 和…相比) keeps the base's year, the change after it the
-- budget's; a record since (自…以来首次) sets no period; an estimate note or 上看 makes an estimate
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('鄉公所116年度總預算案送交代表會，歲出編列15.6億元，較115年度預算數14.2億元，增加1.4億元。'
    || '歲入為15億元，和115年度法定預算數13.5億元相比，多出1.5億元。', '2026-11-05')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('今年1-2月，全县工业投资增长5.2%，自去年三季度转负以来首次回正，拉动投资增长2.1个百分点。'
    || '2026年，全县生产总值增长5.1%（预计数，下同），规上工业增加值增长6%。', '2027-03-20')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('研究機構表示，今年全年出口上看5,200億美元，年增一成。', '2026-09-15')
ORDER BY metric_no;

-- 目前 dates its stock and leaves the text's year (全年 after it is the year reviewed); a span of years
-- X年至Y年 gives 由A增加到B the first and the last year; 高于目标 compares with a plan, no target
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics(E'2031年，全县工业园区共有企业200户。\n目前，园区已建成标准厂房30万平方米。\n'
    || '分园区看，东园全年产值45亿元。2021年至2024年，全区工业产值由300亿元增加到420亿元。', '2032-01-15')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('2026年上半年，全区生产总值增长5.5%，高于目标0.5个百分点；固定资产投资下降3.0%。', '2026-08-20')
ORDER BY metric_no;

-- 今年 in a text without a date takes the year its first sentence named; 去年同期…基數較高 is a base
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('統計處發布115年3月外銷訂單統計：3月接單520億美元。累計今年1至3月，接單1500億美元。')
ORDER BY metric_no;
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('本澳第三季固定資本形成總額減少10.0%。政府建築投資因去年同期基數較高而下跌20.5%。', '2026-11-20')
ORDER BY metric_no;

-- 年度 after 的 is a fiscal year (編列的116年度總預算), not a duration
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('縣長說，縣府編列的116年度總預算為250億元，比115年度的240億元增加10億元。', '2026-11-03')
ORDER BY metric_no;

-- 分别 over a list of periods gives the i-th figure the i-th period (not over a list of bases: 比一季度、上半年)
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('2029年與2030年，全市出口分別增長5.2%和6.8%。2030年全年增长6.6%，'
    || '增速比一季度、上半年分别加快1.9个、0.7个百分点。', '2031-03-10')
ORDER BY metric_no;

-- a budget bill in a text without a date: its 明年度 is the bill's year, a target; 約增 is about, and a rise
SELECT raw, qualifier, kind, status, period, period_start, period_end, year
FROM extract_metrics('鎮公所昨天向代表會提出一一七年度總預算案，歲出編列九十億元；與今年相比，歲出約增四億元，'
    || '歲入約減一億元。主計主任說明，明年度教育支出二十一．五億元。')
ORDER BY metric_no;

-- a passing 今年 in a sentence without a figure leaves the past year the release reports
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics(E'園區管理局公布2030年營運統計，營業額達8,000億元。園區今年也將迎來設立40周年。\n'
    || '按產業別，光電產業成長6.5%；全年出口額減少2.1%。', '2031-03-05')
ORDER BY metric_no;

-- 118年度 before a budget bill in a Simplified text is a year of the Republic; 今天 later in the sentence is no period
SELECT raw, status, period, period_start, period_end, year
FROM extract_metrics('全县118年度总预算完成编列，县府主计处今天表示，岁出预算总额为512.3亿元，较117年度增加12.5亿元。',
    '2028-09-01')
ORDER BY metric_no;
