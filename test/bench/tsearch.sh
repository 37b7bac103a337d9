#!/usr/bin/env bash
# make bench (tsearch): to_tsvector('parkdata.chinese') throughput over about
# $PD_BENCH_MB MB (default 50) of Chinese news-like text, next to
# to_tsvector('simple') on the same rows in the same run (the ratio is the
# figure to read on a shared machine), GIN index build time and size for
# both, and the latency of a few indexed searches.  Throughput: best of three
# runs of each configuration, interleaved.
#
# Text: the seed articles, plus the raw SIGHAN test texts from
# $PD_SHARED/conformance/segmentation when present (read, never copied),
# cut into documents of about 2 KB and repeated to the size asked for.
cd "$PD_ROOT" || exit 1
MB=${PD_BENCH_MB:-50}
DB=pd_bench_tsearch
SEGDIR=${PD_SHARED:-$PD_ROOT/../shared}/conformance/segmentation
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" || exit 1
P() { psql -X -q -At -v ON_ERROR_STOP=1 -d $DB "$@"; }
P -c "CREATE EXTENSION parkdata"
P -c "CREATE TABLE src (line text)"
for f in seeds/*.txt "$SEGDIR"/pku_test.utf8 "$SEGDIR"/msr_test.utf8; do
	[ -f "$f" ] || continue
	P -c "\\copy src FROM '$f' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')"
done
P <<SQL
DELETE FROM src WHERE line IS NULL OR btrim(line) = '';
-- documents of about 2 KB: consecutive lines grouped
CREATE TABLE base AS
SELECT g AS grp, string_agg(line, E'\n' ORDER BY n) AS body
FROM (SELECT line, n, (sum(octet_length(line)) OVER (ORDER BY n) / 2000)::int AS g
      FROM (SELECT line, row_number() OVER () AS n FROM src) s) t
GROUP BY g;
CREATE TABLE docs (id serial PRIMARY KEY, body text);
INSERT INTO docs (body)
SELECT body FROM base, generate_series(1, ceil($MB * 1e6 / (SELECT sum(octet_length(body)) FROM base))::int) r
ORDER BY r, grp;
ALTER TABLE docs SET (parallel_workers = 0);
VACUUM ANALYZE docs;
CREATE FUNCTION pg_temp.secs(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz := clock_timestamp();
BEGIN EXECUTE q; RETURN extract(epoch FROM clock_timestamp() - t0); END \$\$;
SET max_parallel_workers_per_gather = 0;
SET maintenance_work_mem = '256MB';
SET max_parallel_maintenance_workers = 0;
SELECT format('text: %s documents, %s MB', count(*), round(sum(octet_length(body)) / 1e6, 1)) FROM docs;

SELECT sum(octet_length(body)) / 1e6 AS mb FROM docs \gset
-- warm-up (first call in the backend opens ICU and loads the lexicon)
SELECT count(to_tsvector('parkdata.chinese', body)) FROM docs WHERE id <= 100 \g /dev/null
-- best of three, the two configurations interleaved (the machine is shared)
CREATE TEMP TABLE runs (cfg text, s float8);
INSERT INTO runs SELECT c, pg_temp.secs(format('SELECT sum(length(to_tsvector(%L, body))) FROM docs', c))
FROM generate_series(1, 3) r, unnest(ARRAY['simple', 'parkdata.chinese']) c;
SELECT min(s) AS simple_s FROM runs WHERE cfg = 'simple' \gset
SELECT min(s) AS chinese_s FROM runs WHERE cfg = 'parkdata.chinese' \gset
SELECT pg_temp.secs('SELECT count(*) FROM docs, ts_parse(''parkdata.icu_zh'', body)') AS parse_s \gset
SELECT format('to_tsvector simple            %s MB/s  (%s s)', round(:mb / :simple_s, 1), round(:simple_s::numeric, 2));
SELECT format('to_tsvector parkdata.chinese  %s MB/s  (%s s)  = %s x simple', round(:mb / :chinese_s, 1),
              round(:chinese_s::numeric, 2), round((:simple_s / :chinese_s)::numeric, 3));
SELECT format('ts_parse parkdata.icu_zh      %s MB/s  (%s s, tokens only)', round(:mb / :parse_s, 1), round(:parse_s::numeric, 2));
SELECT pg_temp.secs('CREATE INDEX docs_simple ON docs USING gin (to_tsvector(''simple'', body))') AS gin_simple_s \gset
SELECT pg_temp.secs('CREATE INDEX docs_chinese ON docs USING gin (to_tsvector(''parkdata.chinese'', body))') AS gin_chinese_s \gset
SELECT format('GIN build simple             %s s, %s', round(:gin_simple_s::numeric, 1), pg_size_pretty(pg_relation_size('docs_simple')));
SELECT format('GIN build parkdata.chinese   %s s, %s  = %s x simple''s time', round(:gin_chinese_s::numeric, 1),
              pg_size_pretty(pg_relation_size('docs_chinese')), round((:gin_chinese_s / :gin_simple_s)::numeric, 2));
DROP INDEX docs_simple;
ANALYZE docs;
SET enable_seqscan = off;
CREATE FUNCTION pg_temp.latency(q text, n int) RETURNS text LANGUAGE plpgsql AS \$\$
DECLARE t0 timestamptz; hits bigint; i int;
BEGIN
  EXECUTE 'SELECT count(*) FROM docs WHERE to_tsvector(''parkdata.chinese'', body) @@ ' || q INTO hits;
  t0 := clock_timestamp();
  FOR i IN 1..n LOOP
    EXECUTE 'SELECT count(*) FROM docs WHERE to_tsvector(''parkdata.chinese'', body) @@ ' || q INTO hits;
  END LOOP;
  RETURN format('search %s: %s ms  (%s rows)', q, round((extract(epoch FROM clock_timestamp() - t0) * 1000 / n)::numeric, 2), hits);
END \$\$;
SELECT pg_temp.latency(\$q\$to_tsquery('parkdata.chinese', '人才 & 高新区')\$q\$, 10);
SELECT pg_temp.latency(\$q\$phraseto_tsquery('parkdata.chinese', '科创平台建设')\$q\$, 10);
SELECT pg_temp.latency(\$q\$plainto_tsquery('parkdata.chinese', '华罗庚高新区')\$q\$, 10);
SELECT pg_temp.latency(\$q\$websearch_to_tsquery('parkdata.chinese', '"国际广播电台"')\$q\$, 10);
SQL
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
