#!/usr/bin/env bash
# extract_metrics throughput: the five seeds repeated to about 50 MB, one
# document, one query.  Baseline in the same run: a regular-expression scan
# for digit runs over the same text (regexp_count), so the ratio says how
# far the extractor is from a plain pass over the bytes.
set -eu
MB=${PD_BENCH_MB:-50}
db=pd_bench_metrics
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
seeds=$(cat "$PD_ROOT"/seeds/*.txt)
psql -X -q -v ON_ERROR_STOP=1 -d $db -v seeds="$seeds" -v mb="$MB" <<'SQL'
SET client_min_messages = warning;
CREATE EXTENSION parkdata;
CREATE TEMP TABLE bench AS
    SELECT pg_catalog.repeat(:'seeds', (:mb * 1048576 / pg_catalog.octet_length(:'seeds'))::int) AS doc;
SELECT pg_catalog.round(pg_catalog.octet_length(doc) / 1048576.0, 1) AS mb FROM bench \gset
SET work_mem = '256MB';
-- warm up: detoast once
SELECT pg_catalog.length(doc) > 0 AS ok FROM bench \gset
SELECT pg_catalog.clock_timestamp() AS t0 \gset
SELECT pg_catalog.regexp_count(doc, '[0-9]+') AS digit_runs FROM bench \gset
SELECT pg_catalog.clock_timestamp() AS t1 \gset
SELECT count(*) AS metrics FROM bench, parkdata.extract_metrics(bench.doc) \gset
SELECT pg_catalog.clock_timestamp() AS t2 \gset
SELECT pg_catalog.round(:mb / EXTRACT(epoch FROM (:'t2'::timestamptz - :'t1'::timestamptz)), 1) AS metrics_mbs,
       pg_catalog.round(:mb / EXTRACT(epoch FROM (:'t1'::timestamptz - :'t0'::timestamptz)), 1) AS base_mbs \gset
\echo 'extract_metrics: ' :mb 'MB, ' :metrics 'rows, ' :metrics_mbs 'MB/s (aim >= 20)'
\echo 'baseline regexp_count digits: ' :digit_runs 'runs, ' :base_mbs 'MB/s'
SELECT pg_catalog.round(:metrics_mbs / :base_mbs, 2) AS ratio \gset
\echo 'ratio extract_metrics / baseline: ' :ratio
SQL
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
