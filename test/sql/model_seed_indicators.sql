--
-- model_seed_indicators: right after CREATE EXTENSION the seeds' indicators
-- are extracted and linked (issue 5): the 溧阳高新区 rows show 1030 人
-- (科创平台集聚人才), 537 人 (硕士以上学历), 52 % and 19 个 (科学家工作室);
-- 金坛区 shows 167000 人 (人才资源总量) and 46.3 % growth.  Each expectation is
-- a row that must exist in indicator_facts; the indicator name must contain
-- the key word given.
--
SET search_path = pg_catalog;

SELECT e.place, e.value, e.unit, e.name_has, e.kind,
       EXISTS (SELECT 1 FROM parkdata.indicator_facts f
               WHERE (f.park = e.place OR (f.park IS NULL AND f.county = e.place))
                 AND f.value = e.value AND f.unit = e.unit
                 AND strpos(coalesce(f.indicator, ''), e.name_has) > 0
                 AND (e.kind IS NULL OR f.kind = e.kind)
                 AND NOT f.is_target) AS found
FROM (VALUES ('江苏省溧阳高新技术产业开发区', 1030::numeric, '人', '人才', NULL::text),
             ('江苏省溧阳高新技术产业开发区', 537, '人', '硕士以上学历', NULL),
             ('江苏省溧阳高新技术产业开发区', 52, '%', '', 'share'),
             ('江苏省溧阳高新技术产业开发区', 19, '个', '科学家工作室', NULL),
             ('金坛区', 167000, '人', '人才资源总量', NULL),
             ('金坛区', 46.3, '%', '', 'growth_rate')) AS e (place, value, unit, name_has, kind)
ORDER BY e.place COLLATE "C", e.value;

-- the 溧阳高新区 figures come from the 科技日报 article and carry its date
SELECT DISTINCT f.document_title, f.published, f.province, f.city, f.county, f.park_kind
FROM parkdata.indicator_facts f
WHERE f.park = '江苏省溧阳高新技术产业开发区' AND f.value IN (1030, 537);

-- every seed yields indicators, all stored as builtin; links follow place_name
SELECT count(DISTINCT doc_id) AS seeds_with_indicators, bool_and(builtin) AS all_builtin
FROM parkdata.indicator;
SELECT count(*) AS links_differ
FROM parkdata.indicator i LEFT JOIN parkdata.place_name n ON n.surface = i.subject
WHERE (i.region_code, i.park_id) IS DISTINCT FROM (n.region_code, n.park_id);
SELECT count(*) = (SELECT count(*) FROM parkdata.document d, parkdata.extract_metrics(d.body))
       AS one_row_per_metric
FROM parkdata.indicator;

-- the summaries agree with the facts
SELECT s.indicators = (SELECT count(*) FROM parkdata.indicator_facts f
                       WHERE f.park = '江苏省溧阳高新技术产业开发区') AS park_summary_agrees,
       s.documents >= 2 AS in_several_documents
FROM parkdata.park_summary s WHERE s.short_name = '溧阳高新区';
SELECT r.indicators_total = (SELECT count(*) FROM parkdata.indicator_facts f WHERE f.province = '江苏省')
       AS province_total_agrees
FROM parkdata.region_summary r WHERE r.region = '江苏省';
SELECT r.indicators_total >= r.indicators AS total_includes_direct, r.level
FROM parkdata.region_summary r WHERE r.region_code = '320400';
