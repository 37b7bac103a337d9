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
