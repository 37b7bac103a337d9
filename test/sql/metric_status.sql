-- status: actual, target, estimate (docs/extraction.md, Status), third round:
-- sentences written for these tests in the genre of county work reports,
-- forecast releases and project news
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SET search_path = parkdata, public;

-- 预测 is an estimate word and reaches the items after ；
SELECT raw, status, period_start, period_end
FROM extract_metrics('回顾了2023年的工作。据统计预测，全年全县地区生产总值达到88.5亿元，增长7.2%；'
    || '一般公共预算收入6.1亿元，增长4.4%。', '2024-01-22')
ORDER BY metric_no;

-- a ； cuts a target word's reach only before a period already over
SELECT raw, status, period_start, period_end
FROM extract_metrics('全市将确保下半年完成生产总值3100亿元；全年固定资产投资完成2600亿元以上；'
    || '去年全市固定资产投资2350亿元。', '2019-07-20')
ORDER BY metric_no;

-- a forecast release: 优于预期 is no plan, 将…下修至 revises, 5月时预测的 dates the forecast
SELECT raw, status, period_start, period_end
FROM extract_metrics('主計總處將今年經濟成長率由5月時預測的1.9%下修至1.56%，並預估明年經濟成長率為2.7%；'
    || '估計出口表現優於預期，今年出口值可達2900億美元。', '2015-08-14')
ORDER BY metric_no;

-- what a project will yield once built or as an effect: a target without a period
SELECT raw, status, period_start, period_end
FROM extract_metrics('2023年新签约项目12个。该项目全部达产后，预计年可实现销售收入1.5亿元，'
    || '安置就业120余人。新厂区完工後預計共可創造1,200個就業機會。', '2023-05-10')
ORDER BY metric_no;

-- the level a planned change starts from is an actual; 提高到2022年的 is no deadline
SELECT raw, status, period_start, period_end
FROM extract_metrics('力争到2025年，研发投入强度由2.1%提高到3%。'
    || '劳动生产率从2015年的每人11.79万元提高到2022年的每人21.92万元。', '2023-12-25')
ORDER BY metric_no;

-- periods (third round): the year's change against 上年末, a flow after a
-- year-end stock, a record since a year, 到 a past month's end, months in words
SELECT raw, period, period_start, period_end
FROM extract_metrics('2021年统计公报。年末全县常住人口城镇化率为58.3%，比上年末提高1.2个百分点。'
    || '年末企业总数达到3.4万户。全年新增企业3100户。', '2022-04-10')
ORDER BY metric_no;
SELECT raw, period, period_start, period_end
FROM extract_metrics('2023年前三季度本地生產總值為3200億澳門元，也是2019年以來再度突破3000億澳門元。'
    || '到2023年9月，累計設立企業1.9萬家。', '2023-11-15')
ORDER BY metric_no;
SELECT raw, period, period_start, period_end
FROM extract_metrics('十一月製造業生產指數一一二點三三，低於十月的一一四點○五，年增○點八五%。'
    || '全市10 月份规模以上工业增加值增长5.2%。', '2012-12-24')
ORDER BY metric_no;
-- 年均 after a base year: the years after it; 为2015年的1.6倍 is this year's ratio;
-- a year inside a quote sets no period for the text after it
SELECT raw, period, period_start, period_end
FROM extract_metrics('2016年，城镇居民人均可支配收入33616元，比2012年增加9489元，年均实际增长6.5%。'
    || '2022年全区生产总值4.1万亿元，为2015年的1.6倍。'
    || '“到2025年研发投入强度达到3%以上”的目标已提前实现。当年新增发明专利2.1万件。')
ORDER BY metric_no;
