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
-- (a place no table row holds, named as the gold sets write it)
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

-- an aside on the place before it names it again (乌鲁木齐经开区（头屯河区）)
SELECT raw, subject
FROM extract_metrics('乌鲁木齐经济技术开发区工作报告
2023年，乌鲁木齐经开区（头屯河区）地区生产总值增长4.5%。全年新引进企业120家。', '2024-01-10')
ORDER BY metric_no;

-- trade partners after 接单地区 are no subjects; Taiwan's own ministries
SELECT raw, subject
FROM extract_metrics('經濟部統計處今日發布，上月外銷訂單為600億美元。接單地區以美國200億美元最多；中國大陸及香港110億美元，年增5%。
內政部統計，今年首季新增住宅8,500戶。', '2025-10-20')
ORDER BY metric_no;

-- a list of places and a count of zones: each place's zone for 分别, the
-- zones together the region's; 三大科学园区 after parks likewise
SELECT raw, subject
FROM extract_metrics('今年上半年，河北省高新区营业收入增长12%。石家庄、保定、承德3家国家高新区营业收入占全省高新区的35%。石家庄、保定、承德三个高新区的税收增速分别为8%、9%和10%。', '2024-07-20')
ORDER BY metric_no;
SELECT raw, subject
FROM extract_metrics('國科會統計，竹科、中科、南科三大科學園區去年營業額4.7兆元。其中南科2.2兆元，竹科1.5兆元。
園區全年出口額3.4兆元。', '2025-03-13')
ORDER BY metric_no;

-- 自贸区 means the free trade zone named last as a subject, not the new
-- area named after it, nor a zone named before 中国自贸试验区 (the kind in
-- general); 广州开发区 is the zone's short name
SELECT raw, subject
FROM extract_metrics('上海自贸区扩区一年。浦东新区生产总值增长9.1%。
自贸区全年新设企业1.8万家。
全年广州开发区实现生产总值3104亿元。', '2016-02-18')
ORDER BY metric_no;
SELECT raw, subject
FROM extract_metrics('自2013年上海自贸试验区挂牌起，中国自贸试验区已有十年。
自贸试验区实际使用外资增长21.2%。', '2023-08-03')
ORDER BY metric_no;

-- Taiwan's counties and cities are subjects by their Simplified name, with
-- Taiwan's code; 臺中園區 is a part of the science park, not the city
SELECT raw, subject, subject_code
FROM extract_metrics('彰化縣政府公布，去年全縣招商金額達320億元，較前年成長15%。
中部科學園區臺中園區去年營業額6,800億元。', '2025-03-05')
ORDER BY metric_no;

-- macro-regions are the subjects of their own sentence, with no code, and
-- never the topic; 财政部 is Taiwan's in a Traditional text unless marked
-- the mainland's
SELECT raw, subject, subject_code
FROM extract_metrics('今年前三季度全国实际使用外资8000亿元。分区域看，东部地区6500亿元，中部地区800亿元。全年新设外资企业4.2万家。', '2024-10-20')
ORDER BY metric_no;
SELECT raw, subject
FROM extract_metrics('財政部統計處今日發布，上月出口450億美元，年增20%。', '2025-10-09')
ORDER BY metric_no;
SELECT raw, subject
FROM extract_metrics('大陸財政部公布，前10月全國一般公共預算收入18兆元。', '2025-11-20')
ORDER BY metric_no;

-- a region and the kind of a park no national list holds: the park named as
-- written (综保区 written out), in the region; not a city's parks together
SELECT raw, subject, subject_code
FROM extract_metrics('去年，江西万年县工业园区完成工业总产值120亿元，园区新入驻企业15家。
南宁综保区前三季度进出口额80亿元。绵阳市产业园区去年完成投资50亿元。', '2024-01-15')
ORDER BY metric_no;

-- 全省 in a bulletin that never writes its province: the province all the
-- places it names lie in (none when they lie in several); 临夏州, the short
-- form of an autonomous prefecture
SELECT raw, subject, subject_code
FROM extract_metrics('上半年全省农产品加工业营业收入增长8.2%。分市州看，酒泉市增长11.5%，临夏州增长10.7%，庆阳市增长9.9%。', '2024-07-25')
ORDER BY metric_no;
SELECT raw, subject, subject_code
FROM extract_metrics('全省外贸进出口增长6%。厦门市、深圳市位列前两位。', '2024-07-25')
ORDER BY metric_no;

-- a prefecture's 工业园区 are the city's parks together (the city), a
-- county's one park; 依次 gives each listed place its figure, as 分别 does
SELECT raw, subject
FROM extract_metrics('曲靖市工业园区1—5月工业总产值增长9%。陆良县工业园区产值15亿元。全省技术合同成交额以昆明居首，玉溪、曲靖依次为20亿元和18亿元。', '2024-06-20')
ORDER BY metric_no;

-- places listed with their own figure in brackets are no topic; customs
-- areas are named by region, own name and kind (a municipality's too), and
-- one in the topic park's region is a part of it, named in passing
SELECT raw, subject
FROM extract_metrics('江西省前三季度技术合同成交额增长20%。买方省份中，浙江（30亿元）、福建（21亿元）居前。电子信息领域成交额98亿元。天津港保税区一季度规上工业产值增长12%。', '2024-10-20')
ORDER BY metric_no;
SELECT raw, subject
FROM extract_metrics('西安高新区前三季度营业收入增长9%，西安高新综合保税区进出口继续居全省首位。全区新增高新技术企业300家。', '2024-10-20')
ORDER BY metric_no;

-- a zone list with an item the gazetteer lacks, then the zones' count; places
-- counted after their list and what they sum to: the region around them
SELECT raw, subject
FROM extract_metrics('河北省高新区营业收入增长12%。廊坊、燕郊、邯郸3家高新区营业收入占全省高新区的30%。', '2024-04-20')
ORDER BY metric_no;
SELECT raw, subject
FROM extract_metrics('安徽省技术合同成交额500亿元。合肥居首，为120亿元；前3市合计200亿元。淮南、宣城2市合计仅9亿元，占全省的1.8%。', '2024-07-20')
ORDER BY metric_no;

-- a part of a park named right after it is its own subject, not the topic
SELECT raw, subject
FROM extract_metrics('达州市产业园区全年完成基础设施投资3亿元。达州高新区金垭园累计完成投资8000万元。入园企业实现产值120亿元。', '2024-01-20')
ORDER BY metric_no;
