#!/usr/bin/env bash
# make bench (tsearch): to_tsvector('parkdata.chinese') throughput over about
# $PD_BENCH_MB MB (default 50) of Chinese news-like text, next to
# to_tsvector('simple') on the same rows in the same run (the ratio is the
# figure to read on a shared machine), GIN index build time and size for
# both, and the latency of a few indexed searches.  Throughput: best of three
# runs of each configuration, interleaved.  Where pg_jieba or zhparser is
# installed, its configuration is measured the same way beside them.
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
# the peers, where installed (never on CI): pg_jieba's jiebacfg, and zhparser
# with every token type mapped (as make eval-search configures it)
for e in zhparser pg_jieba; do P -c "CREATE EXTENSION IF NOT EXISTS $e" 2>/dev/null; done
P -c "DO \$\$ BEGIN IF EXISTS (SELECT 1 FROM pg_ts_parser WHERE prsname = 'zhparser') THEN
  CREATE TEXT SEARCH CONFIGURATION zh_all (PARSER = zhparser);
  ALTER TEXT SEARCH CONFIGURATION zh_all ADD MAPPING FOR a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z WITH simple;
END IF; END \$\$" 2>/dev/null
PEERS=$(P -c "SELECT string_agg(cfgname, ' ' ORDER BY cfgname) FROM pg_ts_config WHERE cfgname IN ('jiebacfg', 'zh_all')")
PEER_LIST=$(for c in $PEERS; do printf ", '%s'" "$c"; done)
[ -n "$PEERS" ] && echo "peers installed: $PEERS"
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
-- this backend's CPU seconds so far (utime + stime of /proc/self/stat, in
-- ticks of 1/100 s; NULL where unreadable): on a loaded machine the CPU
-- time is the figure to trust, wall clock includes waiting for a core
CREATE FUNCTION pg_temp.cpu() RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE f text[];
BEGIN
  f := regexp_split_to_array(split_part(pg_read_file('/proc/self/stat'), ') ', 2), ' ');
  RETURN (f[12]::float8 + f[13]::float8) / 100;
EXCEPTION WHEN OTHERS THEN RETURN NULL;
END \$\$;
CREATE FUNCTION pg_temp.cpusecs(q text) RETURNS float8 LANGUAGE plpgsql AS \$\$
DECLARE c0 float8 := pg_temp.cpu();
BEGIN EXECUTE q; RETURN pg_temp.cpu() - c0; END \$\$;
SET max_parallel_workers_per_gather = 0;
SET maintenance_work_mem = '256MB';
SET max_parallel_maintenance_workers = 0;
SELECT format('text: %s documents, %s MB', count(*), round(sum(octet_length(body)) / 1e6, 1)) FROM docs;

SELECT sum(octet_length(body)) / 1e6 AS mb FROM docs \gset
-- warm-up (first call in the backend opens ICU and loads the lexicon)
SELECT count(to_tsvector('parkdata.chinese', body)) FROM docs WHERE id <= 100 \g /dev/null
-- best of three, the two configurations interleaved (the machine is shared)
CREATE TEMP TABLE runs (cfg text, s float8, c float8);
DO \$\$
DECLARE r int; c text; t0 timestamptz; c0 float8;
BEGIN
  FOR r IN 1..3 LOOP
    FOREACH c IN ARRAY ARRAY['simple', 'parkdata.chinese'$PEER_LIST] LOOP
      t0 := clock_timestamp(); c0 := pg_temp.cpu();
      EXECUTE format('SELECT sum(length(to_tsvector(%L, body))) FROM docs', c);
      INSERT INTO runs VALUES (c, extract(epoch FROM clock_timestamp() - t0), pg_temp.cpu() - c0);
    END LOOP;
  END LOOP;
END \$\$;
SELECT min(s) AS simple_s, min(c) AS simple_c FROM runs WHERE cfg = 'simple' \gset
SELECT min(s) AS chinese_s, min(c) AS chinese_c FROM runs WHERE cfg = 'parkdata.chinese' \gset
SELECT pg_temp.secs('SELECT count(*) FROM docs, ts_parse(''parkdata.icu_zh'', body)') AS parse_s \gset
SELECT format('to_tsvector simple            %s MB/s  (%s s)', round(:mb / :simple_s, 1), round(:simple_s::numeric, 2));
SELECT format('to_tsvector parkdata.chinese  %s MB/s  (%s s)  = %s x simple', round(:mb / :chinese_s, 1),
              round(:chinese_s::numeric, 2), round((:simple_s / :chinese_s)::numeric, 3));
SELECT format('to_tsvector CPU time in the backend: simple %s s, parkdata.chinese %s s  = %s x simple  (best of 3 each)',
              round(:'simple_c'::numeric, 2), round(:'chinese_c'::numeric, 2),
              round((:'simple_c'::float8 / nullif(:'chinese_c'::float8, 0))::numeric, 3))
WHERE :'simple_c' <> '';
SELECT format('to_tsvector %s CPU time in the backend: %s s  = %s x simple; parkdata.chinese = %s x %s  (best of 3 each)',
              cfg, round(min(c)::numeric, 2), round((:'simple_c'::float8 / nullif(min(c), 0))::numeric, 3),
              round((min(c) / nullif(:'chinese_c'::float8, 0))::numeric, 2), cfg)
FROM runs WHERE cfg NOT IN ('simple', 'parkdata.chinese') AND :'simple_c' <> '' GROUP BY cfg ORDER BY cfg;
SELECT format('ts_parse parkdata.icu_zh      %s MB/s  (%s s, tokens only)', round(:mb / :parse_s, 1), round(:parse_s::numeric, 2));
-- what the sub-words and number parts cost (backend CPU time, one run):
-- parkdata's dictionary with Compounds = false, which emits the token alone
CREATE TEXT SEARCH DICTIONARY bench_noparts (TEMPLATE = parkdata.zh_compound_template, Compounds = false);
CREATE TEXT SEARCH CONFIGURATION bench_noparts (COPY = parkdata.chinese);
ALTER TEXT SEARCH CONFIGURATION bench_noparts ALTER MAPPING REPLACE parkdata.zh_compound WITH bench_noparts;
SELECT pg_temp.cpusecs('SELECT sum(length(to_tsvector(''bench_noparts'', body))) FROM docs') AS np_c \gset
SELECT format('to_tsvector without sub-words and number parts (Compounds = false): CPU %s s  = %s x simple  (with them %s s)',
              round(:'np_c'::numeric, 2), round((:'simple_c'::float8 / nullif(:'np_c'::float8, 0))::numeric, 3),
              round(:'chinese_c'::numeric, 2))
WHERE :'simple_c' <> '';
DROP TEXT SEARCH CONFIGURATION bench_noparts;
DROP TEXT SEARCH DICTIONARY bench_noparts;
SELECT pg_temp.cpu() AS g0 \gset
SELECT pg_temp.secs('CREATE INDEX docs_simple ON docs USING gin (to_tsvector(''simple'', body))') AS gin_simple_s \gset
SELECT pg_temp.cpu() AS g1 \gset
SELECT pg_temp.secs('CREATE INDEX docs_chinese ON docs USING gin (to_tsvector(''parkdata.chinese'', body))') AS gin_chinese_s \gset
SELECT pg_temp.cpu() AS g2 \gset
SELECT format('GIN build simple             %s s, %s', round(:gin_simple_s::numeric, 1), pg_size_pretty(pg_relation_size('docs_simple')));
SELECT format('GIN build parkdata.chinese   %s s, %s  = %s x simple''s time', round(:gin_chinese_s::numeric, 1),
              pg_size_pretty(pg_relation_size('docs_chinese')), round((:gin_chinese_s / :gin_simple_s)::numeric, 2));
SELECT format('GIN build CPU time: simple %s s, parkdata.chinese %s s  = %s x simple''s; size %s x simple''s',
              round((:'g1'::float8 - :'g0'::float8)::numeric, 2), round((:'g2'::float8 - :'g1'::float8)::numeric, 2),
              round(((:'g2'::float8 - :'g1'::float8) / nullif(:'g1'::float8 - :'g0'::float8, 0))::numeric, 2),
              round(pg_relation_size('docs_chinese')::numeric / pg_relation_size('docs_simple'), 2))
WHERE :'g0' <> '';
-- the peers' GIN builds, where installed
CREATE TEMP TABLE peer_gin (cfg text, s float8, c float8, bytes bigint);
DO \$\$
DECLARE c text; t0 timestamptz; c0 float8;
BEGIN
  FOREACH c IN ARRAY ARRAY[NULL$PEER_LIST]::text[] LOOP
    CONTINUE WHEN c IS NULL;
    t0 := clock_timestamp(); c0 := pg_temp.cpu();
    EXECUTE format('CREATE INDEX docs_peer ON docs USING gin (to_tsvector(%L, body))', c);
    INSERT INTO peer_gin VALUES (c, extract(epoch FROM clock_timestamp() - t0), pg_temp.cpu() - c0,
                                 pg_relation_size('docs_peer'));
    DROP INDEX docs_peer;
  END LOOP;
END \$\$;
SELECT format('GIN build %s: CPU %s s, %s  = %s x simple''s CPU, %s x its size; parkdata.chinese = %s x %s''s CPU, %s x its size',
              cfg, round(c::numeric, 2), pg_size_pretty(bytes),
              round((c / nullif(:'g1'::float8 - :'g0'::float8, 0))::numeric, 2),
              round(bytes::numeric / pg_relation_size('docs_simple'), 2),
              round(((:'g2'::float8 - :'g1'::float8) / nullif(c, 0))::numeric, 2), cfg,
              round(pg_relation_size('docs_chinese')::numeric / bytes, 2), cfg)
FROM peer_gin ORDER BY cfg;
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

# The first call in a new connection (peers too): test/bench/first_call.sh.
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
