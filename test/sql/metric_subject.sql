--
-- metric_subject: the place each figure is about (issue 10, sixth session)
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SET search_path = parkdata, public;

-- short names of autonomous regions written without 族 (新疆, 伊犁)
SELECT raw, subject, subject_code
FROM extract_metrics('据自治区发改委介绍，今年前三季度新疆新开工项目3200个。伊犁州全年接待游客4500万人次。')
ORDER BY metric_no;

-- the Production and Construction Corps is a body of its own, not the region
SELECT raw, subject
FROM extract_metrics('新疆生产建设兵团今年引进项目85个。')
ORDER BY metric_no;

-- a dateline's place (any agency: 光明网合肥3月2日电) is no subject; the
-- place after 电 opens the story
SELECT raw, subject
FROM extract_metrics('光明网合肥3月2日电 安徽省去年新增高新技术企业4100家。
央广网南宁6日电 广西全年外贸进出口增长8.1%。', '2024-03-02')
ORDER BY metric_no;

-- where visitors come from (香港旅客, 台湾地区旅客, an aside between) is
-- no subject: the reporting place is
SELECT raw, subject
FROM extract_metrics('統計暨普查局公布，上月入境旅客有260萬人次。香港及台灣地區旅客分別增加12%及9%。香港（51萬人次）及台灣（6萬人次）旅客按年減少3%及5%。', '2024-02-20')
ORDER BY metric_no;

-- parts named after 分园区看 are no antecedent of 园区 after them
SELECT raw, subject
FROM extract_metrics('國科會公布，三大科學園區去年營業額3兆元。分園區看，竹科1.2兆元；南科1.1兆元。
去年園區就業人數為31萬人。', '2024-02-20')
ORDER BY metric_no;
