#!/usr/bin/env bash
# make eval-seg: SIGHAN 2005 word segmentation (PKU, MSR, CityU) through
# ts_parse('parkdata.icu_zh', ...), scored by the shared score.py: precision,
# recall and F1 per set, with the lexicon as installed and without it (raw).
# The data stay in $PD_SHARED/conformance/segmentation; absent -> skipped.
cd "$PD_ROOT" || exit 1
SEGDIR=${PD_SHARED:-$PD_ROOT/../shared}/conformance/segmentation
if [ ! -d "$SEGDIR" ]; then
	echo "eval-seg: $SEGDIR is absent; skipped"
	exit 0
fi
PY=/usr/bin/python3
$PY -c 'import psycopg2' 2>/dev/null || { echo "eval-seg: python3-psycopg2 missing; skipped"; exit 0; }
DB=pd_eval_seg
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -X -q -d $DB -c "CREATE EXTENSION parkdata"
$PY test/eval/seg.py "$SEGDIR" $DB
echo
$PY test/eval/seg.py "$SEGDIR" $DB --raw
echo
$PY test/eval/seg.py "$SEGDIR" $DB --parser parkdata.icu_zh_icudict
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
