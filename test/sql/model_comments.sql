--
-- model_comments: every column of parkdata's tables and views has a comment,
-- written once: a view column that passes a column on has exactly that
-- column's comment (sql/parkdata_comments.sql copies it), and a column
-- whose CHECK constraint closes its vocabulary names every value.
-- Each query lists offenders; an empty result is a pass.
--
CREATE FUNCTION pg_temp.view_column_sources(regclass)
    RETURNS TABLE (attnum smallint, source regclass, source_attnum smallint)
    AS '$libdir/parkdata', 'pd_view_column_sources' LANGUAGE C STRICT;
-- columns without a comment
SELECT c.relname || '.' || a.attname AS column_without_comment
FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
WHERE c.relnamespace = 'parkdata'::regnamespace AND c.relkind IN ('r', 'v', 'p', 'm')
  AND coalesce(col_description(c.oid, a.attnum), '') = ''
ORDER BY 1;
-- view columns that pass a column on but say something else than it
SELECT v.relname || '.' || a.attname AS view_column,
       s.source::text || '.' || sa.attname AS comment_differs_from
FROM pg_class v
CROSS JOIN LATERAL pg_temp.view_column_sources(v.oid) s
JOIN pg_attribute a ON a.attrelid = v.oid AND a.attnum = s.attnum
JOIN pg_attribute sa ON sa.attrelid = s.source AND sa.attnum = s.source_attnum
WHERE v.relnamespace = 'parkdata'::regnamespace AND v.relkind = 'v'
  AND col_description(v.oid, s.attnum) IS DISTINCT FROM col_description(s.source, s.source_attnum)
ORDER BY 1;
-- the mechanism sees plain references (a sample of what it found)
SELECT a.attname AS indicator_facts_column, s.source, sa.attname AS source_column
FROM pg_temp.view_column_sources('parkdata.indicator_facts') s
JOIN pg_attribute a ON a.attrelid = 'parkdata.indicator_facts'::regclass AND a.attnum = s.attnum
LEFT JOIN pg_attribute sa ON sa.attrelid = s.source AND sa.attnum = s.source_attnum
WHERE a.attname IN ('qualifier', 'province', 'park', 'value')
ORDER BY 1;
SELECT pg_temp.view_column_sources('parkdata.region');   -- not a view
-- closed vocabularies: every value a CHECK (col IN (...)) allows is named in the column's comment
SELECT con.conrelid::regclass AS "table", a.attname AS "column", vv.value AS value_missing_from_comment
FROM pg_constraint con
JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = con.conkey[1]
CROSS JOIN LATERAL regexp_matches(pg_get_constraintdef(con.oid), '''([^'']+)''::text', 'g') AS v(m)
CROSS JOIN LATERAL (SELECT v.m[1] AS value) AS vv
WHERE con.connamespace = 'parkdata'::regnamespace AND con.contype = 'c'
  AND cardinality(con.conkey) = 1
  AND pg_get_constraintdef(con.oid) ~ '= ANY \(ARRAY\['
  AND strpos(coalesce(col_description(con.conrelid, con.conkey[1]), ''), vv.value) = 0
ORDER BY 1, 2, 3;
