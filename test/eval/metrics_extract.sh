#!/usr/bin/env bash
# Run parkdata.extract_metrics over every seed document and write its rows as
# TSV (doc, start_pos, raw, value, unit, qualifier, indicator, kind,
# is_target, period, year, subject) to the file named by $1.  Needs
# PGHOST/PGPORT/PGUSER (scripts/pd sets them) and the extension installed.
set -eu
out=$1
db=pd_eval_metrics
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d $db -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION parkdata' >/dev/null
: > "$out"
for f in "$PD_ROOT"/seeds/*.txt; do
	d=$(basename "$f" .txt)
	psql -X -q -v ON_ERROR_STOP=1 -d $db -v doc="$(cat "$f")" -v name="$d" >>"$out" <<'SQL'
COPY (SELECT :'name', start_pos, raw, value, unit, qualifier, indicator, kind,
             CASE WHEN is_target THEN 't' ELSE 'f' END, period, year, subject
      FROM parkdata.extract_metrics(:'doc') ORDER BY metric_no)
TO STDOUT WITH (FORMAT csv, DELIMITER E'\t', QUOTE E'\x01', NULL '');
SQL
done
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null
