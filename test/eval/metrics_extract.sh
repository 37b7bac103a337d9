#!/usr/bin/env bash
# metrics_extract.sh OUT.csv [GOLD_DIR] [SETS]
#
# Run parkdata.extract_metrics over the seed documents (as CREATE EXTENSION
# loads them, with their publication dates) and, where GOLD_DIR has a
# docs.tsv (test/data/gold/README.md), over the gold documents, and write
# every row as CSV with a header: set, doc, script, then every column
# extract_metrics returns (whatever this build's version returns: the
# scorer reads the columns by name).  The document's date is passed where
# extract_metrics takes one.  Also writes OUT.csv.places: the canonical name
# of every region and park, for the scorer.  Needs PGHOST/PGPORT/PGUSER
# (scripts/pd sets them) and the extension installed.  SETS (comma-
# separated, default seeds,dev,test,test2,test3,test4,test5: the development
# sets) limits the gold documents read: a held-out set (test6) is extracted only when SETS
# names it, so its text never reaches OUT.csv in a development run.
set -eu
out=$1
gold=${2:-}
sets=${3:-seeds,dev,test,test2,test3,test4,test5}
db=pd_eval_metrics
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 755 "$work"
if [ -n "$gold" ] && [ -f "$gold/docs.tsv" ]; then
	# docs.tsv: doc set script genre published place source_url text, one
	# line per document, no tabs or newlines inside a field; the extractor
	# gets the text with its paragraph breaks
	python3 - "$gold/docs.tsv" "$work/gold.csv" "$sets" <<'PY'
import csv, sys
keep = set(sys.argv[3].split(','))
with open(sys.argv[1], encoding='utf-8', newline='') as f, \
        open(sys.argv[2], 'w', encoding='utf-8', newline='') as o:
    w = csv.writer(o)
    lines = f.read().split('\n')
    cols = lines[0].split('\t')
    for line in lines[1:]:
        if line:
            r = dict(zip(cols, line.split('\t')))
            if r['set'] not in keep:
                continue
            # paragraphs are the two characters \n in the file
            w.writerow([r['set'], r['doc'], r['script'], r['published'],
                        r['text'].replace('\\n', '\n')])
PY
else
	: >"$work/gold.csv"
fi
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null 2>&1
psql -X -q -v ON_ERROR_STOP=1 -d $db -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION parkdata' >/dev/null
dated=$(psql -X -At -d $db -c "SELECT to_regprocedure('parkdata.extract_metrics(text,date)') IS NOT NULL")
if [ "$dated" = t ]; then call='parkdata.extract_metrics(d.body, d.published)'
else call='parkdata.extract_metrics(d.body)'; fi
psql -X -q -v ON_ERROR_STOP=1 -d $db <<SQL
CREATE TEMP TABLE docs (set text, doc text, script text, published date, body text);
\copy docs FROM '$work/gold.csv' WITH (FORMAT csv)
INSERT INTO docs
SELECT 'seeds', pg_catalog.regexp_replace(source_file, '\.txt\$', ''), 's', published, body
FROM parkdata.document WHERE builtin;
\copy (SELECT d.set, d.doc, d.script, m.* FROM docs d CROSS JOIN LATERAL $call m ORDER BY d.set, d.doc, m.metric_no) TO '$out' WITH (FORMAT csv, HEADER)
\copy (SELECT name, 'park', NULL FROM parkdata.park UNION ALL SELECT name, 'region', code FROM parkdata.region) TO '$out.places' WITH (FORMAT csv)
SQL
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1
