#!/usr/bin/env bash
# make eval-seg: word segmentation through ts_parse('parkdata.icu_zh', ...)
# on the project's hand-segmented development set (test/data/seg/dev.txt,
# two conventions), its first held-out set (test/data/seg/heldout.txt, open
# for development since 2026-12-02; EVAL_SEG_ERRORS lists its errors only
# with EVAL_SEG_HELDOUT_ERRORS=1) and the SIGHAN 2005 test sets (PKU, MSR, CityU; read from
# $PD_SHARED/conformance/segmentation, never copied; skipped where absent),
# next to jieba on the same sets (and pg_jieba's and zhparser's parsers where
# those extensions are installed); then without the lexicon and with ICU's
# dictionary.  EVAL_SEG_ERRORS=N also lists the commonest errors per set.
cd "$PD_ROOT" || exit 1
SEGDIR=${PD_SHARED:-$PD_ROOT/../shared}/conformance/segmentation
PY=/usr/bin/python3
$PY -c 'import psycopg2' 2>/dev/null || { echo "eval-seg: python3-psycopg2 missing; skipped"; exit 0; }
DB=pd_eval_seg
ERR="${EVAL_SEG_ERRORS:+--errors $EVAL_SEG_ERRORS}${EVAL_SEG_HELDOUT_ERRORS:+ --errors-heldout}"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -X -q -d $DB -c "CREATE EXTENSION parkdata"
$PY test/eval/seg.py "$SEGDIR" $DB --peers $ERR
# the peers' own parsers, where installed: pg_jieba's jieba, zhparser's zhparser
. test/peers.sh
pd_peers $DB >/dev/null
for p in $(psql -X -q -At -d $DB -c "SELECT prsname FROM pg_ts_parser WHERE prsname IN ('jieba', 'zhparser') ORDER BY prsname DESC"); do
	echo
	$PY test/eval/seg.py "$SEGDIR" $DB --parser $p
done
echo
$PY test/eval/seg.py "$SEGDIR" $DB --raw
echo
$PY test/eval/seg.py "$SEGDIR" $DB --parser parkdata.icu_zh_split
echo
$PY test/eval/seg.py "$SEGDIR" $DB --parser parkdata.icu_zh_icudict
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
