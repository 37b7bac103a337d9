#!/usr/bin/env bash
# 83-concurrency: pgbench, 8 clients, mixing ingest, search, extract_metrics
# and lexicon changes (test/bench/pgbench/*.sql).  Zero errors (pgbench
# aborts a client on any error, deadlocks included), exact final row counts
# (documents, indicators, lexicon words against the logs the scripts keep),
# and no session ever tokenizes with a half-reloaded lexicon: every search and
# extract transaction checks that the 20 probe words, which the lexicon
# script adds or removes together in one transaction, are all whole or none.
# PD_PGBENCH_SECONDS (default 15; `make bench` runs 60), PD_PGBENCH_CLIENTS (8).
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
SECS=${PD_PGBENCH_SECONDS:-15}
CLIENTS=${PD_PGBENCH_CLIENTS:-8}
PB=test/bench/pgbench
fresh_db pd_concurrency || { bad "create database"; echo "$pass passed, $fail failed"; exit 0; }
"${PSQL[@]}" -d "$DB" -f $PB/setup.sql >/dev/null || bad "pgbench set-up"
docs0=$(q "SELECT count(*) FROM parkdata.document")
lex0=$(q "SELECT count(*) FROM parkdata.lexicon")

"$BIN/pgbench" -n -c "$CLIENTS" -j 2 -T "$SECS" -d "$DB" \
	-f $PB/ingest.sql@3 -f $PB/search.sql@3 -f $PB/extract.sql@3 -f $PB/lexicon.sql@1 \
	>"$TMPDIR_PD/pgbench.out" 2>"$TMPDIR_PD/pgbench.err"
rc=$?
grep -E '^(tps|number of (transactions|failed)|latency average)' "$TMPDIR_PD/pgbench.out" | sed 's/^/# /'
# per-script transaction counts, in -f order
mapfile -t per < <(grep -E '^ - [0-9]+ transactions' "$TMPDIR_PD/pgbench.out" | grep -oE '[0-9]+ transactions' | grep -oE '^[0-9]+')
errors=$(grep -cE 'aborted|ERROR|deadlock' "$TMPDIR_PD/pgbench.err")
if [ $rc -eq 0 ] && [ "$errors" -eq 0 ]; then
	ok "pgbench $CLIENTS clients, $SECS s: $(grep -oE 'number of transactions actually processed: [0-9]+' "$TMPDIR_PD/pgbench.out" | grep -oE '[0-9]+$') transactions, $(grep -oE '^tps = [0-9.]+' "$TMPDIR_PD/pgbench.out" | head -1 | grep -oE '[0-9.]+$') tps, 0 errors"
else
	bad "pgbench exit $rc, $errors error lines: $(grep -m3 -E 'aborted|ERROR|deadlock' "$TMPDIR_PD/pgbench.err")"
fi
[ "${#per[@]}" -eq 4 ] && [ "${per[0]}" -gt 0 ] && [ "${per[1]}" -gt 0 ] && [ "${per[2]}" -gt 0 ] && [ "${per[3]}" -gt 1 ] \
	&& ok "every script ran: ingest ${per[0]}, search ${per[1]}, extract ${per[2]}, lexicon ${per[3]}" \
	|| bad "per-script counts: '${per[*]}'"

# exact row counts
# pgbench -T ends by closing its connections: an ingest statement still running
# then commits on the server without being counted, so the log may hold up to
# one row more per client than pgbench reports (never fewer)
expect "one log row per ingest transaction (${per[0]:-?}, plus at most $CLIENTS cut off at the end)" ok \
	"SELECT chk(count(*) BETWEEN ${per[0]:-0} AND ${per[0]:-0} + $CLIENTS) FROM bench_ingest_log"
expect "documents = seeds + distinct ingested ids" ok \
	"SELECT chk((SELECT count(*) FROM parkdata.document) = $docs0 + (SELECT count(DISTINCT doc_id) FROM bench_ingest_log))"
expect "every ingested document stored with its body" ok \
	"SELECT chk(count(*) = (SELECT count(DISTINCT doc_id) FROM bench_ingest_log)) FROM parkdata.document d WHERE d.source = 'pgbench' AND d.doc_id IN (SELECT doc_id FROM bench_ingest_log) AND d.doc_id = parkdata.document_id(d.body)"
expect "indicators of the ingested documents = extract_metrics over their bodies" ok \
	"SELECT chk((SELECT count(*) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.source = 'pgbench')
	          = (SELECT count(*) FROM parkdata.document d, parkdata.extract_metrics(d.body) WHERE d.source = 'pgbench'))"
expect "lexicon = shipped + distinct new words + probe words (0 or 20)" ok \
	"SELECT chk((SELECT count(*) FROM parkdata.lexicon) = $lex0 + (SELECT count(DISTINCT word) FROM bench_lexicon_log)
	          + (SELECT count(*) FROM parkdata.lexicon WHERE source = 'probe')
	          AND (SELECT count(*) FROM parkdata.lexicon WHERE source = 'probe') IN (0, 20))"
expect "a new session sees the final lexicon state" ok "SELECT chk(bench_probe_ok() = (SELECT count(*) FROM parkdata.lexicon WHERE source = 'probe'))"
expect "the ingested documents are found by search" ok "SELECT chk(count(*) > 0) FROM parkdata.search('高新区', 5)"
# parallel workers (each loads ICU, the word list and the lexicon on its own)
# compute what the leader alone computes
par="SET parallel_setup_cost = 0; SET parallel_tuple_cost = 0; SET min_parallel_table_scan_size = 0; SET max_parallel_workers_per_gather = 2; SET force_parallel_mode = on;"
ser="SET max_parallel_workers_per_gather = 0;"
pq="SELECT sum(length(to_tsvector('parkdata.chinese', body))) || ' ' || (SELECT count(*) FROM parkdata.document d2, parkdata.extract_metrics(d2.body)) || ' ' || sum(parkdata.try_cn_numeral_to_numeric(length(body) || '万')) FROM parkdata.document"
a=$(psql -X -At -d "$DB" -c "$par" -c "EXPLAIN (COSTS OFF) $pq" -c "$pq" 2>&1)
b=$(psql -X -At -q -d "$DB" -c "$ser" -c "$pq" 2>&1)
if grep -q 'Workers Planned' <<<"$a" && [ "$(tail -1 <<<"$a")" = "$b" ] && [[ "$b" =~ ^[0-9]+\ [0-9]+\ [0-9]+$ ]]; then
	ok "parallel workers give the leader's results ($b)"
else
	bad "parallel vs serial: '$(tail -1 <<<"$a")' vs '$b'"
fi
server_same
drop_db pd_concurrency
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
