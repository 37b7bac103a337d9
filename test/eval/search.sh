#!/usr/bin/env bash
# make eval-search: recall of numeric queries (years, months, numbers with
# and without their scale word, percents) against LIKE, on the seed articles
# and the development set of test/data/seg (test/eval/search.py), for
# parkdata.chinese, simple and, where installed, zhparser and jieba.
cd "$PD_ROOT" || exit 1
PY=/usr/bin/python3
$PY -c 'import psycopg2' 2>/dev/null || { echo "eval-search: python3-psycopg2 missing; skipped"; exit 0; }
DB=pd_eval_search
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -X -q -d $DB -c "CREATE EXTENSION parkdata"
. test/peers.sh
pd_peers $DB >/dev/null
$PY test/eval/search.py $DB --config parkdata.chinese --config simple --config zh_all --config jiebacfg "$@"
PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
