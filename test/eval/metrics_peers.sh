#!/usr/bin/env bash
# Peers' extraction cases ($PD_SHARED/conformance/extraction/*.jsonl, see
# its README) through parkdata.extract_metrics: recall per file.
#
# An expected quantity counts as found when a row of extract_metrics
# overlaps its span and has its value (percent rows in percent points;
# ranges and rows without a value need the overlap only).  Peers label units
# in their own words (Chinese yuan, Kilogram), so units are not compared.
# Negative cases (no quantity expected) report how many texts yield a row.
# Output: one line per file, "file cases expected found recall negatives
# false_positive_texts".
set -eu
dir=${PD_SHARED:-$PD_ROOT/../shared}/conformance/extraction
out=${1:-/dev/stdout}
work=$PD_ROOT/tmp/peers
mkdir -p "$work"
if [ ! -d "$dir" ]; then
	echo "peers: $dir absent" >&2
	exit 2
fi
for f in "$dir"/*.jsonl; do
	awk -v F="$(basename "$f" .jsonl)" '{ print F "\t" NR "\t" $0 }' "$f"
done > "$work/cases.tsv"
chmod -R a+rX "$work"
db=pd_eval_peers
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
psql -X -q -v ON_ERROR_STOP=1 -d $db >"$out" <<SQL
SET client_min_messages = warning;
CREATE EXTENSION parkdata;
CREATE TEMP TABLE cases (file text, line int, j jsonb);
\copy cases FROM '$work/cases.tsv' WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01')
CREATE TEMP TABLE got AS
    SELECT c.file, c.line, m.start_pos - 1 AS s, m.start_pos - 1 + pg_catalog.char_length(m.raw) AS e, m.value
    FROM cases c CROSS JOIN LATERAL parkdata.extract_metrics(c.j ->> 'text') m;
CREATE TEMP TABLE exp AS
    SELECT c.file, c.line, (x ->> 'start')::int AS s, (x ->> 'end')::int AS e, x ->> 'value' AS v
    FROM cases c CROSS JOIN LATERAL pg_catalog.jsonb_array_elements(c.j -> 'expected') x;
\pset format unaligned
\pset fieldsep '\t'
\pset footer off
SELECT f.file,
       (SELECT count(*) FROM cases c WHERE c.file = f.file) AS cases,
       count(x.*) AS expected,
       count(x.*) FILTER (WHERE EXISTS (
           SELECT 1 FROM got g
           WHERE g.file = x.file AND g.line = x.line AND g.s < x.e AND x.s < g.e
             AND (x.v IS NULL OR x.v ~ '^[\[(]' OR g.value = x.v::numeric))) AS found,
       pg_catalog.round(count(x.*) FILTER (WHERE EXISTS (
           SELECT 1 FROM got g
           WHERE g.file = x.file AND g.line = x.line AND g.s < x.e AND x.s < g.e
             AND (x.v IS NULL OR x.v ~ '^[\[(]' OR g.value = x.v::numeric)))::numeric
             / GREATEST(count(x.*), 1), 3) AS recall,
       (SELECT count(*) FROM cases c WHERE c.file = f.file AND c.j -> 'expected' = '[]'::jsonb) AS negatives,
       (SELECT count(DISTINCT g.line) FROM got g JOIN cases c USING (file, line)
        WHERE g.file = f.file AND c.j -> 'expected' = '[]'::jsonb) AS false_positive_texts
FROM (SELECT DISTINCT file FROM cases) f
LEFT JOIN exp x ON x.file = f.file
GROUP BY f.file ORDER BY f.file;
SQL
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
