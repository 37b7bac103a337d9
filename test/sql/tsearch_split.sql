--
-- tsearch_split: parser parkdata.icu_zh_split, icu_zh with a number written
-- with Arabic digits apart from its scale word, unit or percent sign (the
-- split convention of test/data/seg/README.md).  Sentences written for this
-- test.  The pieces rebuild the text; each piece has the type its
-- characters give; a number in Han numerals stays one value.
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif

CREATE FUNCTION pg_temp.typed(prs text, t text) RETURNS text LANGUAGE sql AS
$$ SELECT string_agg(token || '/' || alias, ' ' ORDER BY n)
   FROM ts_parse(prs, t) WITH ORDINALITY AS p(tokid, token, n)
   JOIN ts_token_type(prs) y ON y.tokid = p.tokid WHERE p.tokid <> 12 $$;

-- numbers, dates, percents, scale words and currencies
SELECT pg_temp.typed('parkdata.icu_zh_split', '2009年3月，全区营业收入16.7万元，增长46.3%，总额1.56万亿元。');
SELECT pg_temp.typed('parkdata.icu_zh', '2009年3月，全区营业收入16.7万元，增长46.3%，总额1.56万亿元。');
SELECT pg_temp.typed('parkdata.icu_zh_split', '二〇二〇年十二月，企业达到三千二百多家，占百分之十五，约三分之一。');
SELECT pg_temp.typed('parkdata.icu_zh_split', '出口1兆5146億元，較去年同期增加120多家，2024-09-06公布。');
-- the pieces rebuild the text, and a configuration on it indexes them
SELECT string_agg(token, '' ORDER BY n) = '园区产值增长12.5%，达8000余亿元'
FROM ts_parse('parkdata.icu_zh_split', '园区产值增长12.5%，达8000余亿元') WITH ORDINALITY AS p(tokid, token, n);
CREATE TEXT SEARCH CONFIGURATION pg_temp.split_cfg (PARSER = parkdata.icu_zh_split);
ALTER TEXT SEARCH CONFIGURATION pg_temp.split_cfg ADD MAPPING FOR cjk, cjknum, uint, float WITH simple;
SELECT to_tsvector('pg_temp.split_cfg', '2009年营收增长46.3%');
