#!/usr/bin/env bash
# Conformance: every row of $PD_SHARED/conformance/numerals/*.tsv through
# parkdata.try_cn_numeral_to_numeric, scored by the rules of that folder's
# README (percent rows in percent points, exact=p/q rows to 1e-12, ERROR rows
# must be rejected).  Rows listed in test/data/numeral_exclusions.tsv are
# outside the issue's spec or contested upstream: they are reported apart
# with their reason, and an exclusion that no longer applies is a failure.
set -u
dir=$PD_SHARED/conformance/numerals
if [ ! -d "$dir" ]; then
	echo "conformance: $dir absent, skipped"
	echo "0 passed, 0 failed"
	exit 0
fi
work=$PD_ROOT/tmp/conformance
mkdir -p "$work"
for f in "$dir"/*.tsv; do
	awk -v F="$(basename "$f" .tsv)" 'NR > 1 { print F "\t" $0 }' "$f"
done > "$work/rows.tsv"
grep -v '^#' "$PD_ROOT/test/data/numeral_exclusions.tsv" > "$work/excl.tsv"
chmod -R a+rX "$work"

psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS pd_conformance' -c 'CREATE DATABASE pd_conformance'
psql -X -q -v ON_ERROR_STOP=1 -d pd_conformance <<SQL
SET client_min_messages = warning;
CREATE EXTENSION parkdata;
CREATE TEMP TABLE conf (file text, input text, expected text, note text);
\copy conf FROM '$work/rows.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')
CREATE TEMP TABLE excl (file text, input text, reason text);
\copy excl FROM '$work/excl.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')

CREATE TEMP TABLE scored AS
SELECT c.*, e.reason IS NOT NULL AS excluded, e.reason, got,
       CASE
         WHEN c.expected = 'ERROR' THEN got IS NULL
         WHEN got IS NULL THEN false
         WHEN c.note ~ 'exact=' THEN
           abs(got * CASE WHEN c.note ~ 'unit=%' THEN 100 ELSE 1 END
               - substring(c.note from 'exact=([0-9]+)/')::numeric
                 / substring(c.note from 'exact=[0-9]+/([0-9]+)')::numeric)
           <= 1e-12 * greatest(1, abs(c.expected::numeric))
         WHEN c.note ~ 'unit=%' THEN got * 100 = c.expected::numeric
         ELSE got = c.expected::numeric
       END AS ok
FROM conf c
LEFT JOIN excl e ON e.file = c.file AND e.input = c.input
CROSS JOIN LATERAL (SELECT parkdata.try_cn_numeral_to_numeric(c.input) AS got) g;

\pset footer off
\echo 'Per file: rows, in scope, passed in scope, pass rate in scope, pass rate of all rows'
SELECT file, count(*) AS rows, count(*) FILTER (WHERE NOT excluded) AS in_scope,
       count(*) FILTER (WHERE ok AND NOT excluded) AS passed,
       round(100.0 * count(*) FILTER (WHERE ok AND NOT excluded)
             / nullif(count(*) FILTER (WHERE NOT excluded), 0), 1) AS "in-scope %",
       round(100.0 * count(*) FILTER (WHERE ok) / count(*), 1) AS "all rows %"
FROM scored GROUP BY ROLLUP (file) ORDER BY file NULLS LAST;

\echo 'In-scope rows that fail:'
SELECT file, input, expected, got, note FROM scored WHERE NOT ok AND NOT excluded ORDER BY file, input;
\echo 'Exclusions that match no row, or whose row now passes (stale):'
SELECT e.file, e.input, e.reason FROM excl e
WHERE NOT EXISTS (SELECT 1 FROM scored s WHERE s.file = e.file AND s.input = e.input AND NOT s.ok);
\echo 'Excluded rows by reason:'
SELECT split_part(reason, ':', 1) AS reason, count(*) FROM scored WHERE excluded GROUP BY 1 ORDER BY 2 DESC;

\pset format unaligned
\t on
SELECT format('%s passed, %s failed',
              (SELECT count(*) FROM scored WHERE ok AND NOT excluded),
              (SELECT count(*) FROM scored WHERE NOT ok AND NOT excluded)
              + (SELECT count(*) FROM excl e WHERE NOT EXISTS
                   (SELECT 1 FROM scored s WHERE s.file = e.file AND s.input = e.input AND NOT s.ok)));
SQL
psql -X -q -d postgres -c 'DROP DATABASE IF EXISTS pd_conformance'
