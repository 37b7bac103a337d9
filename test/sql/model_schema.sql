--
-- model_schema: regions, parks and place names as CREATE EXTENSION ships
-- them; comments, privileges, function markings, pg_dump registration.
--
SET search_path = pg_catalog;

-- the whole mainland list: 31 provinces, 333 prefectures, 2,842 counties;
-- and Hong Kong, Macau, Taiwan as provinces
SELECT level, count(*) FROM parkdata.region GROUP BY level ORDER BY min(code);
SELECT count(*) AS regions, count(short_name) AS with_short_name,
       count(*) FILTER (WHERE short_name_ambiguous) AS ambiguous,
       bool_and(builtin) AS all_builtin
FROM parkdata.region;

-- short names news uses; autonomous areas lose suffix and nationality
SELECT code, name, short_name, level, parent_code, short_name_ambiguous
FROM parkdata.region
WHERE code IN ('320000', '320400', '320413', '320481', '320412', '110105', '450000',
               '222400', '222426', '429021', '150724', '140302', '540622')
ORDER BY code;

-- the gazetteer README's county short names that collide with ordinary words
SELECT short_name, bool_and(short_name_ambiguous) AS ambiguous, count(*) AS divisions
FROM parkdata.region
WHERE short_name IN ('合作', '资源', '新兴', '东方', '通道', '龙城', '三台', '平原', '市中', '长白')
GROUP BY short_name ORDER BY short_name;

-- the hierarchy is consistent: parents one level up, in the same province
SELECT count(*) AS bad_parents
FROM parkdata.region c JOIN parkdata.region p ON p.code = c.parent_code
WHERE NOT ((c.level = 'prefecture' AND p.level = 'province')
           OR (c.level = 'county' AND p.level IN ('prefecture', 'province')))
   OR left(c.code, 2) <> left(p.code, 2);
SELECT count(*) AS orphans FROM parkdata.region WHERE level <> 'province' AND parent_code IS NULL;

-- parks: every national high-tech zone, every seed zone/park/institute/platform
SELECT kind, count(*) FROM parkdata.park GROUP BY kind ORDER BY kind;
SELECT count(*) AS parks, count(region_code) AS with_region, bool_and(builtin) AS all_builtin,
       max(park_id) < 100001 AS ids_below_user_range
FROM parkdata.park;
SELECT name, short_name, aliases, kind, level, region_code
FROM parkdata.park
WHERE name IN ('江苏省溧阳高新技术产业开发区', '江苏省金坛华罗庚高新技术产业开发区',
               '天目湖先进储能技术研究院', '长三角物理研究中心', '中国(常州)德国中心',
               '江苏中关村科技产业城', '济南高新技术产业开发区', '中关村科技园区',
               '中国科学院物理研究所', '江苏智能无人装备产业创新中心')
ORDER BY name COLLATE "C";

-- every surface form resolves to one place, parks first, then larger regions
SELECT n.surface, n.region_code, p.name AS park, n.ambiguous
FROM parkdata.place_name n LEFT JOIN parkdata.park p USING (park_id)
WHERE surface IN ('溧阳', '溧阳市', '溧阳高新区', '江苏溧阳高新区', '金坛', '金坛区', '华罗庚高新区',
                  '常州', '吉林', '朝阳', '鼓楼', '中科院物理所', '天目湖先进储能研究院', '济南高新区')
ORDER BY n.surface COLLATE "C";
SELECT count(*) = count(DISTINCT surface) AS unique_surfaces FROM parkdata.place_name;

-- Hong Kong, Macau, Taiwan: province-level, with Traditional and common aliases
SELECT code, name, short_name, level, parent_code, aliases
FROM parkdata.region WHERE code IN ('710000', '810000', '820000') ORDER BY code;
-- the lists 1.1 adds: ETDZs, new areas, free trade zones and areas, science parks
SELECT kind, level, count(*), min(park_id) AS first_id, count(approved_year) AS with_year
FROM parkdata.park
WHERE kind IN ('economic_development_zone', 'national_new_area', 'free_trade_zone', 'science_park')
GROUP BY kind, level ORDER BY kind, level;
SELECT name, short_name, aliases, kind, region_code, approved_year
FROM parkdata.park
WHERE name IN ('上海浦东新区', '陕西西咸新区', '中国(上海)自由贸易试验区', '中国(湖南)自由贸易试验区长沙片区',
               '中国(新疆)自由贸易试验区乌鲁木齐片区', '扬州经济技术开发区', '苏州工业园区',
               '新竹科学园区', '香港科学园', '北京经济技术开发区')
ORDER BY name COLLATE "C";
-- their names resolve: a park's short name before a district's name, aliases
-- of all kinds, Traditional forms; colliding short aliases are not kept
SELECT n.surface, n.region_code, p.name AS park, n.ambiguous
FROM parkdata.place_name n LEFT JOIN parkdata.park p USING (park_id)
WHERE surface IN ('浦东新区', '香港', '香港特別行政區', '中国香港', '臺灣', '台湾地区', '澳門',
                  '竹科', '新竹科學園區', '中科', '南科', '上海自贸区', '长沙片区', '北京经开区',
                  '中国（上海）自由贸易试验区')
ORDER BY n.surface COLLATE "C";
-- a zone is in its region's province
SELECT count(*) AS parks_outside_their_province
FROM parkdata.park p JOIN parkdata.region_path rp ON rp.region_code = p.region_code
WHERE p.builtin AND p.kind IN ('economic_development_zone', 'national_new_area', 'free_trade_zone')
  AND rp.province_code IS NULL;

-- comments on every table, view and column of the model
SELECT c.relname, a.attname
FROM pg_class c
JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'parkdata'::regnamespace
  AND c.relname IN ('region', 'park', 'document', 'indicator', 'place_name', 'extraction', 'region_path',
                    'indicator_facts', 'park_summary', 'region_summary')
  AND (col_description(c.oid, a.attnum) IS NULL OR obj_description(c.oid, 'pg_class') IS NULL)
ORDER BY 1, 2;

-- reference data and documents are readable by PUBLIC; writes stay with the owner
SELECT c.relname, string_agg(x.privilege_type, ',' ORDER BY x.privilege_type) AS public_privileges
FROM pg_class c CROSS JOIN LATERAL aclexplode(c.relacl) x
WHERE c.relnamespace = 'parkdata'::regnamespace AND x.grantee = 0
  AND c.relname IN ('region', 'park', 'document', 'indicator', 'place_name', 'extraction', 'region_path',
                    'indicator_facts', 'park_summary', 'region_summary')
GROUP BY c.relname ORDER BY c.relname;

-- pg_dump keeps the rows users add (and only those)
SELECT t.cfg::regclass AS config_table, t.cond
FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS t (cfg, cond)
WHERE e.extname = 'parkdata'
  AND t.cfg::regclass::text IN ('parkdata.region', 'parkdata.park', 'parkdata.document',
                                'parkdata.indicator', 'parkdata.park_park_id_seq')
ORDER BY t.cfg::regclass::text;

-- function markings
SELECT p.oid::regprocedure AS function, p.provolatile, p.proisstrict, p.proparallel, p.prorows
FROM pg_proc p
WHERE p.pronamespace = 'parkdata'::regnamespace
  AND p.proname IN ('document_id', 'ingest', 'reextract', 'search',
                    'document_extract_trigger', 'document_id_trigger')
ORDER BY p.oid::regprocedure::text;

-- document_id is the first 63 bits of the MD5, never negative
SELECT parkdata.document_id('') AS empty, parkdata.document_id('溧阳') AS liyang,
       parkdata.document_id('溧阳') = parkdata.document_id('溧阳') AS stable,
       parkdata.document_id(NULL) IS NULL AS strict;
SELECT count(*) AS negative_ids
FROM generate_series(1, 2000) g WHERE parkdata.document_id(g::text) < 0;
