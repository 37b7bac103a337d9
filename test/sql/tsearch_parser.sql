--
-- tsearch_parser: invariants of parkdata.icu_zh that hold whatever ICU
-- version segments: every byte exactly once and in order, token types,
-- limits, nested and interrupted parses.
--
SELECT getdatabaseencoding() <> 'UTF8' AS skip_test \gset
\if :skip_test
\quit
\endif

-- the token types
SELECT * FROM ts_token_type('parkdata.icu_zh');

-- concatenated tokens give the input back; no empty token
CREATE FUNCTION pg_temp.roundtrip(t text) RETURNS boolean LANGUAGE sql AS
$$ SELECT coalesce(string_agg(token, '' ORDER BY n), '') = t AND bool_and(token <> '') IS NOT FALSE
   FROM ts_parse('parkdata.icu_zh', t) WITH ORDINALITY AS p(tokid, token, n) $$;

SELECT left(t, 24) AS input, pg_temp.roundtrip(t) FROM (VALUES
    (''), (' '), ('   '), (E'\n\t '), ('a'), ('高'), ('。'), ('，，，'),
    ('ＡＢＣ１２３'), ('國家高新區'), ('𠀀𪚥𠮷野家'), ('e' || chr(769) || 'te'),
    ('👩‍💻 emoji 😀😀'), (E'tab\tand\r\nnewline'), ('١٢٣ arabic العربية'),
    ('16.7万元46.3%二〇〇一年'), ('a.b.c 1.2.3 -5 +6 1e10'), ('〇〇〇〇〇〇〇〇〇〇年'),
    ('x' || repeat('高', 100) || 'y')) AS v(t);

-- the seed articles
SELECT pg_temp.roundtrip(pg_catalog.repeat('华罗庚高新区集聚了以信维通信、飞荣达为龙头的新一代信息技术产业企业22家。', 50));

-- no token crosses a character boundary: every token is valid text on its own
SELECT count(*) AS tokens_not_utf8
FROM ts_parse('parkdata.icu_zh', '國家高新區 ＧＤＰ 𠀀𪚥 16.7万元 Zürich') p
WHERE NOT convert_to(p.token, 'UTF8') IS NOT NULL;

-- a word longer than PostgreSQL indexes (2047 bytes) comes out as blank
-- pieces of at most 2046 bytes: no notice, no error, nothing lost
SELECT count(*) AS pieces, max(octet_length(token)) AS longest, bool_and(tokid = 12) AS all_blank
FROM ts_parse('parkdata.icu_zh', repeat('a', 5000));
SELECT pg_temp.roundtrip(repeat('a', 5000)), pg_temp.roundtrip(repeat(' ', 5000)),
       pg_temp.roundtrip(repeat('高新区', 3000));
SELECT to_tsvector('parkdata.chinese', repeat('a', 5000) || ' 高新区');
SELECT length(ts_headline('parkdata.chinese', repeat('a', 3000) || ' 高新区', to_tsquery('parkdata.chinese', '高新区')));

-- large input: several chunks, same tokens as the pieces parsed one by one
WITH big AS (SELECT repeat('营收16.7万元,增长46.3%。華羅庚高新區 ICU ', 20000) AS t)
SELECT octet_length(t) AS bytes, pg_temp.roundtrip(t),
       (SELECT count(*) FROM ts_parse('parkdata.icu_zh', t)) =
       20000 * (SELECT count(*) FROM ts_parse('parkdata.icu_zh', '营收16.7万元,增长46.3%。華羅庚高新區 ICU ')) AS same_tokens
FROM big;
-- a run without any natural cut
SELECT pg_temp.roundtrip(repeat('中华人民共和国', 20000));

-- a parse of each token of a parse, and a parse cut short by LIMIT
SELECT token FROM ts_parse('parkdata.icu_zh', '科创平台') p,
       LATERAL (SELECT count(*) AS n FROM ts_parse('parkdata.icu_zh', p.token)) q
WHERE q.n >= 1 ORDER BY 1;
SELECT count(*) FROM (SELECT * FROM ts_parse('parkdata.icu_zh', repeat('人才资源总量 ', 1000)) LIMIT 3) s;
-- an error in the middle of a statement leaves the backend able to parse
DO $$
BEGIN
    PERFORM to_tsvector('parkdata.chinese', t) FROM (VALUES ('高新区'), (NULL)) v(t)
    WHERE 1 / (CASE WHEN t IS NULL THEN 0 ELSE 1 END) = 1;
EXCEPTION WHEN division_by_zero THEN RAISE NOTICE 'caught';
END $$;
SELECT pg_temp.roundtrip('科创平台');
-- a parse cancelled half-way (statement_timeout) gives its ICU objects back
CREATE TEMP TABLE big AS SELECT repeat('溧阳高新区加快服务科创平台建设,带来聚才效应。', 200000) AS t;
SET statement_timeout = '100ms';
SELECT length(to_tsvector('parkdata.chinese', t)) FROM big;
RESET statement_timeout;
SELECT pg_temp.roundtrip('科创平台'), pg_temp.roundtrip(repeat('科创平台', 10000));

-- deterministic: the same text gives the same vector in one statement
SELECT count(DISTINCT to_tsvector('parkdata.chinese', '华罗庚高新区集聚了以信维通信'))
FROM generate_series(1, 100);

-- ICU version is reported
SELECT parkdata.icu_version() ~ '^[0-9]+\.[0-9]+' AS icu_version_ok;
