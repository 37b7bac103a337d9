-- number forms of Traditional releases (issue 10, fourth round): numerals
-- in Chinese characters with a middle dot or full-width point, ○ for zero,
-- 卅 for thirty; spaces between groups of three digits.  Sentences written
-- for these tests in the genre.
SET search_path = parkdata, public;

-- a middle dot is the decimal point between Chinese numerals, and
-- cn_numeral_to_numeric reads what the extractor reads
SELECT raw, value, unit, kind, value = cn_numeral_to_numeric(
         regexp_replace(raw, '(億美元|%|％)$', '')) *
         CASE WHEN raw LIKE '%億%' THEN 100000000 ELSE 1 END AS agrees
FROM extract_metrics('經濟部統計處公布，去年外銷訂單六二八一·五億美元，較前年增加九○三‧六億美元，年增卅二·四%；美國下單占四十・二%，東協增幅十六．八％，日本僅年增廿·五%。')
ORDER BY metric_no;

-- a middle dot that is no point: date-events and Arabic digits give no figure
SELECT count(*) AS none
FROM extract_metrics('九·一八事變紀念日當天，3·15晚會播出，另一項目投資2·5億元。');
SELECT cn_numeral_to_numeric('3·15');

-- groups of three digits separated by spaces, thin or no-break spaces
SELECT raw, value, unit, qualifier, kind
FROM extract_metrics(E'總就業人數由3 689 100人升至3 702 400人，增加約13 300人；失業人數約128\u2009300人，就業不足人數約4\u00a0500人。')
ORDER BY metric_no;
SELECT cn_numeral_to_numeric('3 702 400') AS grouped,
       cn_numeral_to_numeric(E'128\u2009300') AS thin;

-- digits side by side that are no groups of three are never glued
SELECT count(*) AS none
FROM extract_metrics('附表數字19 436 11 341人，2023 100家企業，查詢電話2345 6789。');
SELECT cn_numeral_to_numeric('2023 100');

-- a currency declared once, in parentheses after the first figure, holds for
-- every bare 元 from its sentence on; a currency written at a figure wins
SELECT raw, value, unit
FROM extract_metrics('統計暨普查局資料顯示，今年首季貨物出口總值為36.2億元及進口總值為401.5億元（澳門元，下同）。3月貨物貿易逆差為118.9億元，輸往香港(9.8億元)；另以人民幣計價約合350億元人民幣，折合52億美元。')
ORDER BY metric_no;

-- per mille in percent points, as 千分之
SELECT raw, value, unit FROM extract_metrics('年末常住人口比上年增加0.42‰，千分之四點二的出生率。') ORDER BY metric_no;

-- the level a change reached after 至 is no upper end of a range
SELECT raw, value, kind, qualifier
FROM extract_metrics('失業人數減少約2 100人至118 600人；總就業人數增加4 800人至3 712 300人；新設企業增加2000家至3000家。')
ORDER BY metric_no;

-- no figures: the Republic year of a quarter, a process node, the first months
SELECT raw FROM extract_metrics('依經濟部公布的113年第3季資料，興建1.4奈米晶圓廠，累計首8個月出口81.2億元。') ORDER BY metric_no;
