#!/usr/bin/env bash
# test/bench/model.sh -- bulk ingest rate of parkdata.document.
#
# Builds PD_BENCH_DOCS (default 100000) distinct documents from the seeds'
# paragraphs with figures, then measures in one run:
#   baseline  INSERT ... SELECT of the same rows into a plain table
#   bulk      INSERT ... SELECT into parkdata.document (doc_id from the body,
#             tsvector with parkdata.chinese, indicators extracted and linked
#             by the statement trigger)
#   ingest    parkdata.ingest() once per document, for PD_BENCH_INGEST rows
#             (default 5000), in a server-side loop (no client round trips)
#   reextract parkdata.reextract() over the whole table (serial INSERT ... SELECT)
# and prints documents per second and the ratios.
cd "${PD_ROOT:-$(dirname "$0")/../..}" || exit 1
export PGOPTIONS="-c client_min_messages=warning"
N=${PD_BENCH_DOCS:-100000}
M=${PD_BENCH_INGEST:-5000}
DB=pd_model_bench
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION parkdata"

psql -X -q -v ON_ERROR_STOP=1 -d $DB -v n="$N" -v m="$M" <<'SQL'
\set QUIET on
-- paragraphs of the seeds (20 to 400 characters), numbered
CREATE TEMP TABLE para AS
SELECT row_number() OVER (ORDER BY d.doc_id, p.ord) AS k, p.t
FROM parkdata.document d,
     regexp_split_to_table(d.body, E'\n') WITH ORDINALITY AS p (t, ord)
WHERE char_length(btrim(p.t)) BETWEEN 20 AND 400;
SELECT count(*) AS paragraphs FROM para \gset
CREATE TEMP TABLE staging AS
SELECT '园区动态第' || g || '期' AS title,
       format('第%s期。截至%s月,溧阳高新区%s个科创平台已集聚人才%s人,其中硕士以上学历%s人,占人才总数的%s%%。',
              g, g % 12 + 1, g % 20 + 1, 500 + g % 1000, 100 + g % 500, g % 90 + 5)
       || p1.t || p2.t AS body,
       DATE '2020-01-01' + g % 1500 AS published,
       'bench' AS source
FROM generate_series(1, :n) g
JOIN para p1 ON p1.k = g % :paragraphs + 1
JOIN para p2 ON p2.k = (g * 7) % :paragraphs + 1;
SELECT count(*) AS docs, round(avg(octet_length(body))) AS avg_bytes,
       round(sum(octet_length(body)) / 1048576.0, 1) AS mib
FROM staging \gset
\echo documents: :docs, average :avg_bytes bytes, :mib MiB
CREATE TEMP TABLE plain (LIKE staging);
CHECKPOINT;

SELECT clock_timestamp() AS t0 \gset
INSERT INTO plain SELECT * FROM staging;
SELECT extract(epoch FROM clock_timestamp() - :'t0') AS base_s \gset

SELECT clock_timestamp() AS t0 \gset
INSERT INTO parkdata.document (title, body, published, source)
SELECT title, body, published, source FROM staging;
SELECT extract(epoch FROM clock_timestamp() - :'t0') AS bulk_s \gset
SELECT count(*) AS ind FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.source = 'bench' \gset

-- ingest one document at a time (server-side loop: no round trips counted)
CREATE TEMP TABLE staging2 AS
SELECT '单篇' || title AS title, '单篇' || body AS body, published, source FROM staging LIMIT :m;
SELECT clock_timestamp() AS t0 \gset
DO $$
DECLARE r record;
BEGIN
    FOR r IN SELECT * FROM staging2 LOOP
        PERFORM parkdata.ingest(r.title, r.body, r.published, r.source);
    END LOOP;
END $$;
SELECT extract(epoch FROM clock_timestamp() - :'t0') AS ingest_s \gset

-- a full-table SELECT of extract_metrics, on parallel workers? (reextract()
-- itself runs INSERT ... SELECT FROM parkdata.extraction, which PostgreSQL 15
-- runs serially; no temporary table, so that it works inside two-phase commits)
CREATE TEMP TABLE plan_out (line text);
DO $$
DECLARE l text;
BEGIN
    FOR l IN EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF)
        SELECT d.doc_id, parkdata.extract_metrics(d.body) AS m FROM parkdata.document d
    LOOP
        INSERT INTO plan_out VALUES (l);
    END LOOP;
END $$;
SELECT coalesce(string_agg(btrim(line), '; '), 'no parallel workers') AS workers
FROM plan_out WHERE line ~ 'Workers (Planned|Launched)' \gset
\echo full-table SELECT of extract_metrics, plan: :workers

SELECT clock_timestamp() AS t0 \gset
SELECT parkdata.reextract() AS reextracted \gset
SELECT extract(epoch FROM clock_timestamp() - :'t0') AS re_s \gset
SELECT count(*) AS alldocs FROM parkdata.document \gset

\echo
\echo baseline   plain INSERT ... SELECT:        :base_s s
\echo bulk       INSERT ... SELECT into document: :bulk_s s, :ind indicators
\echo ingest()   :m calls, one per document:     :ingest_s s
\echo reextract  all :alldocs documents:           :re_s s, :reextracted indicators
SELECT round(:docs / :base_s) AS baseline_docs_per_s,
       round(:docs / :bulk_s) AS bulk_docs_per_s,
       round(:docs * :avg_bytes / :bulk_s / 1048576.0, 2) AS bulk_mib_per_s,
       round(:m / :ingest_s) AS ingest_docs_per_s,
       round(:alldocs / :re_s) AS reextract_docs_per_s,
       round((:bulk_s / :base_s)::numeric, 1) AS bulk_cost_vs_baseline,
       round(((:docs / :bulk_s) / (:m / :ingest_s))::numeric, 2) AS bulk_vs_ingest_speedup;
SQL
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
