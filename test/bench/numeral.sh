#!/usr/bin/env bash
# Numeral benchmark: cn_numeral_to_numeric over 1M mixed numerals in one
# query, next to text::numeric over the same values in Arabic digits, best
# of 5 runs each, taken in turn in the same session; then the C core alone.
set -euo pipefail
cd "$PD_ROOT"
psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS pd_bench' -c 'CREATE DATABASE pd_bench'
echo "load average before: $(cut -d" " -f1-3 /proc/loadavg)"
psql -X -q -v ON_ERROR_STOP=1 -d pd_bench <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION parkdata;
SELECT setseed(0.42);
-- Two mixes of 1M numerals, each with the same values in Arabic digits:
-- "news": as numerals occur in the seed documents, mostly Arabic (1030,
--   46.3%, 1,234.5), then Arabic with scale words (16.7万, 2.4亿), then
--   Chinese (一万二千, 壹佰贰拾叁);
-- "chinese": every numeral written out in Chinese characters.
CREATE TABLE nums AS
SELECT mix, cn, ar FROM (
  SELECT 'news' AS mix,
         CASE WHEN i % 20 < 9 THEN v::text
              WHEN i % 20 < 11 THEN (v / 100)::text || '%'
              WHEN i % 20 < 12 THEN to_char(v / 10, 'FM999,999,999,990.0')
              WHEN i % 20 < 17 THEN (v / 10000)::numeric(20,1)::text || '万'
              WHEN i % 20 < 19 THEN parkdata.numeric_to_cn(v)
              ELSE parkdata.numeric_to_cn(v, 'financial') END AS cn,
         CASE WHEN i % 20 < 9 THEN v::text
              WHEN i % 20 < 11 THEN (v / 10000)::text
              WHEN i % 20 < 12 THEN (v / 10)::text
              WHEN i % 20 < 17 THEN ((v / 10000)::numeric(20,1) * 10000)::text
              ELSE v::text END AS ar
  FROM (SELECT i, floor(random() * 1e7)::numeric AS v FROM generate_series(1, 1000000) i) s
  UNION ALL
  SELECT 'chinese',
         CASE i % 3 WHEN 0 THEN parkdata.numeric_to_cn(v)
                    WHEN 1 THEN parkdata.numeric_to_cn(v, 'financial')
                    ELSE parkdata.numeric_to_cn(v / 1000) END,
         CASE i % 3 WHEN 2 THEN (v / 1000)::text ELSE v::text END
  FROM (SELECT i, floor(random() * 1e9)::numeric AS v FROM generate_series(1, 1000000) i) s) u;
CREATE TABLE news AS SELECT cn, ar FROM nums WHERE mix = 'news';
CREATE TABLE chinese AS SELECT cn, ar FROM nums WHERE mix = 'chinese';
VACUUM ANALYZE news, chinese;
SELECT mix, count(*) AS numerals, count(*) FILTER (WHERE parkdata.cn_numeral_to_numeric(cn) <> ar::numeric) AS mismatches,
       round(avg(octet_length(cn)), 1) AS avg_bytes, round(avg(octet_length(ar)), 1) AS avg_bytes_arabic
FROM nums GROUP BY mix ORDER BY mix DESC;
SET max_parallel_workers_per_gather = 0;
SET jit = off;
-- best of 5 of each query, the two run in turn, so that both see the same load
CREATE FUNCTION pg_temp.best_ms(q1 text, q2 text, OUT ms1 numeric, OUT ms2 numeric)
LANGUAGE plpgsql AS $$
DECLARE t0 timestamptz; i int;
BEGIN
  ms1 := 1e9; ms2 := 1e9;
  FOR i IN 1..5 LOOP
    t0 := clock_timestamp();
    EXECUTE q1;
    ms1 := least(ms1, extract(epoch FROM clock_timestamp() - t0) * 1000);
    t0 := clock_timestamp();
    EXECUTE q2;
    ms2 := least(ms2, extract(epoch FROM clock_timestamp() - t0) * 1000);
  END LOOP;
  ms1 := round(ms1); ms2 := round(ms2);
END $$;
SELECT mix, b.ms1 AS "cn_numeral_to_numeric ms", b.ms2 AS "text::numeric ms",
       round(b.ms1 / b.ms2, 2) AS ratio, aim AS "aim (ratio <=)",
       round(1000000 / (b.ms1 / 1000.0)) AS "numerals/s"
FROM (VALUES (1, 'news', 1.5), (2, 'chinese', 2.0)) m(ord, mix, aim)
CROSS JOIN LATERAL pg_temp.best_ms(format('SELECT sum(parkdata.cn_numeral_to_numeric(cn)) FROM %I', mix),
                                   format('SELECT sum(ar::numeric) FROM %I', mix)) b
ORDER BY ord;
SQL
psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS pd_bench'
echo "load average after the SQL runs: $(cut -d" " -f1-3 /proc/loadavg)"
gcc -std=c11 -O2 -I src/core -o tmp/numeral_bench test/bench/numeral_bench.c src/core/pd_chars.c src/core/pd_numeral*.c
tmp/numeral_bench
