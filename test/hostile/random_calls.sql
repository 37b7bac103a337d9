-- test/hostile/random_calls.sql - random calls of every parkdata function with
-- the oracles the README promises.  psql variables: calls (per function
-- family), seed (0..1).  Run by suite 80-hostile (few calls) and by
-- `make test-asan-server` (many, in a server built with AddressSanitizer).
--
-- Inputs are random strings over an alphabet weighted toward what the
-- functions parse (Han numerals and scale words, digits, units, punctuation,
-- sentence ends, lexicon words, Traditional forms, full-width digits,
-- combining marks, zero-width and astral characters), 0 to 200 characters.
-- Oracles:
--   numerals   try_cn_numeral_to_numeric(s) IS NULL exactly when
--              cn_numeral_to_numeric(s) raises (22P02 or 22003), and the
--              same value otherwise; numeric_to_cn(v, style) reads back as
--              v for plain, financial and rmb (two decimals at most)
--   metrics    substr(s, start_pos, char_length(raw)) = raw for every row
--   parser     the tokens of ts_parse('parkdata.icu_zh' and '…_icudict')
--              concatenated rebuild s byte for byte
--   the rest   to_tsvector, ts_headline, ts_lexize, search, ingest run or
--              raise a documented SQLSTATE (22P02, 22003, 22023, 54000)
-- Prints "random calls: N, oracle checks: M"; any violation raises.
\set ON_ERROR_STOP 1
SET client_min_messages = warning;
SELECT pg_catalog.setseed(:seed) \g /dev/null
SET rc.calls = :calls;
CREATE TEMP TABLE rc_alphabet AS
SELECT pg_catalog.unnest(pg_catalog.string_to_array(
    '一|二|三|四|五|六|七|八|九|十|百|千|万|亿|零|〇|两|廿|壹|贰|叁|仟|佰|萬|億|点|點|負|负|分之|百分之|成|'
    '0|1|2|3|4|5|6|7|8|9|.|,|%|‰|-|+|e|１|２|．|'
    '元|亿元|万元|人|家|个|項|平方公里|美元|倍|个百分点|吨|'
    '增长|下降|同比|约|超|近|以上|左右|达到|力争|到2025年|截至|全年|十四五|前三季度|'
    '溧阳高新区|天目湖|常州市|江苏省|企业|人才|产值|营业收入|高新技术企业|研发投入|'
    '。|，|、|；|：|“|”|（|）|\n| |　|!|?|' || U&'\0301|\200B|\FEFF|\+01F600|\+020000|\00AD', '|')) AS piece;
CREATE TEMP TABLE rc_pieces AS SELECT pg_catalog.array_agg(piece) AS p FROM rc_alphabet;
CREATE FUNCTION pg_temp.rc_string(n integer) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT pg_catalog.string_agg(p[1 + pg_catalog.floor(pg_catalog.random() * pg_catalog.cardinality(p))::int], '')
    FROM rc_pieces, pg_catalog.generate_series(1, $1)
$$;
DO $$
DECLARE
    calls int := pg_catalog.current_setting('rc.calls')::int;
    i int; s text; v numeric; t numeric; err text; st text; back numeric;
    r record; tok text; n_calls bigint := 0; n_checks bigint := 0;
BEGIN
    FOR i IN 1 .. calls LOOP
        s := coalesce(pg_temp.rc_string((pg_catalog.random() * pg_catalog.random() * 60)::int), '');
        -- numerals: strict and try_ agree
        t := parkdata.try_cn_numeral_to_numeric(s);
        BEGIN
            v := parkdata.cn_numeral_to_numeric(s); err := NULL;
        EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range THEN
            v := NULL; err := SQLSTATE;
        END;
        n_calls := n_calls + 2; n_checks := n_checks + 1;
        IF (err IS NULL) <> (t IS NOT NULL) OR v IS DISTINCT FROM t THEN
            RAISE EXCEPTION 'oracle: try_ and strict disagree on %: strict % (%), try_ %', pg_catalog.quote_literal(s), v, err, t;
        END IF;
        IF v IS NOT NULL THEN
            FOREACH st IN ARRAY ARRAY['plain', 'financial', 'rmb'] LOOP
                CONTINUE WHEN st = 'rmb' AND pg_catalog.scale(v) > 2;
                back := parkdata.cn_numeral_to_numeric(parkdata.numeric_to_cn(v, st));
                n_calls := n_calls + 2; n_checks := n_checks + 1;
                IF back IS DISTINCT FROM v THEN
                    RAISE EXCEPTION 'oracle: numeric_to_cn(%, %) reads back as %', v, st, back;
                END IF;
            END LOOP;
        END IF;
        -- metrics: every row's raw is at its position
        FOR r IN SELECT m.raw, m.start_pos FROM parkdata.extract_metrics(s) m LOOP
            n_checks := n_checks + 1;
            IF pg_catalog.substr(s, r.start_pos, pg_catalog.char_length(r.raw)) IS DISTINCT FROM r.raw THEN
                RAISE EXCEPTION 'oracle: extract_metrics(%) raw % not at %', pg_catalog.quote_literal(s), r.raw, r.start_pos;
            END IF;
        END LOOP;
        n_calls := n_calls + 1;
        -- parsers: the tokens rebuild the input
        SELECT pg_catalog.string_agg(p.token, '' ORDER BY o) INTO tok
        FROM pg_catalog.ts_parse('parkdata.icu_zh', s) WITH ORDINALITY AS p (tokid, token, o);
        n_calls := n_calls + 1; n_checks := n_checks + 1;
        IF coalesce(tok, '') IS DISTINCT FROM s THEN
            RAISE EXCEPTION 'oracle: ts_parse(icu_zh) tokens of % rebuild %', pg_catalog.quote_literal(s), pg_catalog.quote_literal(tok);
        END IF;
        SELECT pg_catalog.string_agg(p.token, '' ORDER BY o) INTO tok
        FROM pg_catalog.ts_parse('parkdata.icu_zh_split', s) WITH ORDINALITY AS p (tokid, token, o);
        n_calls := n_calls + 1; n_checks := n_checks + 1;
        IF coalesce(tok, '') IS DISTINCT FROM s THEN
            RAISE EXCEPTION 'oracle: ts_parse(icu_zh_split) tokens of % rebuild %', pg_catalog.quote_literal(s), pg_catalog.quote_literal(tok);
        END IF;
        SELECT pg_catalog.string_agg(p.token, '' ORDER BY o) INTO tok
        FROM pg_catalog.ts_parse('parkdata.icu_zh_icudict', s) WITH ORDINALITY AS p (tokid, token, o);
        n_calls := n_calls + 1; n_checks := n_checks + 1;
        IF coalesce(tok, '') IS DISTINCT FROM s THEN
            RAISE EXCEPTION 'oracle: ts_parse(icu_zh_icudict) tokens of % rebuild %', pg_catalog.quote_literal(s), pg_catalog.quote_literal(tok);
        END IF;
        -- the rest: a result or a documented error
        BEGIN
            PERFORM pg_catalog.to_tsvector('parkdata.chinese', s),
                    pg_catalog.ts_headline('parkdata.chinese', s, pg_catalog.websearch_to_tsquery('parkdata.chinese', pg_catalog.left(s, 20))),
                    pg_catalog.ts_lexize('parkdata.zh_compound', pg_catalog.left(s, 30)),
                    parkdata.document_id(s);
            PERFORM pg_catalog.count(*) FROM parkdata.search(pg_catalog.left(s, 30), 3);
            n_calls := n_calls + 6;
            IF i % 10 = 0 THEN
                PERFORM parkdata.ingest('random ' || i, s || i);
                n_calls := n_calls + 1;
            END IF;
        EXCEPTION WHEN invalid_text_representation OR numeric_value_out_of_range
                    OR invalid_parameter_value OR program_limit_exceeded OR syntax_error THEN
            n_calls := n_calls + 1;
        END;
    END LOOP;
    PERFORM pg_catalog.set_config('rc.result', pg_catalog.format('random calls: %s, oracle checks: %s', n_calls, n_checks), false);
END
$$;
SELECT pg_catalog.current_setting('rc.result');
