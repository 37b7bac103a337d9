--
-- metric_extract: values, units, raw, positions, qualifiers and kinds
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif
SET search_path = parkdata, public;

-- the issue's examples: scale words multiplied out, units normalised
SELECT value, unit, raw, qualifier, kind
FROM unnest(ARRAY['全区人才资源总量16.7万人', '营业收入2.4亿元', '总额43.3万亿元',
                  '一万二千余人', '占比四成', '同比下降3.1%', '减少3家',
                  '常住人口约58万', '超50万人', '1.6万余家', '8900余人',
                  '突破1000亿元', '600个以上', '不少于5家', '不足30人',
                  '以内', '不超过10项', '1200人左右', '增长1.3倍',
                  '提高10.1个百分点', '百分之五十', '超六成', '近百家', '超亿元',
                  '30余万元', '60多家', '123亩', '13.8万平方米', '4423.34亩',
                  '1467平方千米', '5GWh', '3.5万千瓦', '100美元', '25481港元',
                  '82,225.00元', '2803家', '13年时间', '8个月', '1234567元',
                  '三成半', '近一吨', '负0.2千米', '￥300', '两个亿卢布', '两米半',
                  '房价2.5万元/平方米', 'PM2.5浓度为30微克/立方米'
                  ]) AS d,
     extract_metrics(d) e
ORDER BY d, metric_no;

-- ranges: the lower end at_least (with the upper end's unit), the upper at_most
SELECT raw, value, unit, qualifier
FROM extract_metrics('每年培育2-3家企业，引进10至15家，增长6%-8%，两到三个月，3-5年，温度-5度。不是范围：400-0123-021，2024-09-06，1至10月，第2-3名，2021-2025年。')
ORDER BY metric_no;

-- exact: no floating point anywhere
SELECT value, value = 12345678901234567.89012 AS exact
FROM extract_metrics('收入1234567890123.456789012万元');
SELECT value FROM extract_metrics('规模达9007199254740993元');

-- not quantities: dates, clock times, phones, postal codes, ICP numbers,
-- pages and issues, ordinals and rankings, plan names, quoted slogans and
-- codes, names with digits, per-unit phrases
SELECT d AS not_a_metric, count(e.*) AS found
FROM unnest(ARRAY[
    '2021年', '12月中旬', '3月8日', '2024-09-06', '10:30', '下午3时',
    '电话13391219793', '400 0123 021', '400-0123-021', '邮编:213200',
    '苏ICP备05003616号', '苏公网安备32041102000483号', '第03版', '第2453期',
    '第三', '第一方阵', '全省第二', '前三', '“十三五”期间', '十四五规划',
    '“532”发展战略', '“2+2+X”产业集群', '“三新一特”产业', '5G基站',
    '世界500强', '1号楼', '每万人', '亩均税收', '每平方公里', '每2个月举办一期',
    '二十届三中全会', '第九届', '新一代信息技术', '统一规划', '千方百计',
    '两项重点任务之一', '《2023年工作报告》', '十几年来', '一大批企业',
    '晨风路61号', '进军全国一百强', '2023中国年度最佳雇主', '新的一年',
    '一批企业', '之一', '5G', 'admin8个月前 (09-24)'
    ]) AS d
LEFT JOIN LATERAL extract_metrics(d) e ON true
GROUP BY d
HAVING count(e.*) <> 0 AND d <> '两项重点任务之一'
ORDER BY d;
-- 两项 is a quantity, 之一 is not
SELECT raw FROM extract_metrics('两项重点任务之一');

-- start_pos is 1-based in characters: substr(doc, start_pos, length(raw)) = raw
SELECT bool_and(substr(d, start_pos, char_length(raw)) = raw) AS positions_ok,
       count(*) AS n
FROM (SELECT pg_catalog.repeat('截至11月，该高新区10个科创平台已集聚人才1030人，其中硕士以上学历537人，占人才总数的52%。𠀀😀约60亩；', 50) AS d) s,
     extract_metrics(d);

-- numbering follows text order
SELECT array_agg(metric_no ORDER BY start_pos) = array_agg(metric_no ORDER BY metric_no) AS ordered
FROM extract_metrics('新增上市企业15家，累计新增科技型项目90个，促成以色列技术合作项目20个。');

-- empty input, text without numbers, NULL (STRICT)
SELECT count(*) FROM extract_metrics('');
SELECT count(*) FROM extract_metrics('没有数字的句子。');
SELECT count(*) FROM extract_metrics(NULL);

-- odd input never breaks: lone scale words, huge numerals, long digit runs
SELECT count(*) FROM extract_metrics('万万亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿亿元');
SELECT count(*) FROM extract_metrics(pg_catalog.repeat('9', 100000) || '元');
SELECT count(*) FROM extract_metrics(pg_catalog.repeat('一', 5000) || '人');
SELECT count(*) FROM extract_metrics(pg_catalog.repeat('，', 5000));
-- sentences longer than the extractor's window (1024 characters)
SELECT count(*) FROM extract_metrics(pg_catalog.repeat('园区企业', 2000) || '51家');
SELECT count(*) FROM extract_metrics(pg_catalog.repeat('园区现有高新技术企业51家，', 3000));

-- a long document: every copy yields the same rows
SELECT count(*) AS n, count(DISTINCT (value, unit, raw)) AS distinct_rows
FROM extract_metrics(pg_catalog.repeat('园区现有高新技术企业51家，累计引进38个领军人才创业团队。', 2000));

-- volatility and shape as the issue asks
SELECT provolatile, proisstrict, proparallel, prorows
FROM pg_proc WHERE oid = 'parkdata.extract_metrics(text, date)'::regprocedure;
