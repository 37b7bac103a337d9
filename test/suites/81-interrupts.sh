#!/usr/bin/env bash
# 81-interrupts: extract_metrics, to_tsvector('parkdata.chinese') and ingest on
# a 100 MB text stop within a second of statement_timeout and of
# pg_cancel_backend from another session.  Prints the measured latency (time
# from the timeout or the cancel to the error reaching the client).
# PD_INTERRUPT_MB sets the size (default 100).  Also the numeral parser on
# 300 MB of digits (statement_timeout only).
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
MB=${PD_INTERRUPT_MB:-100}
LIMIT_MS=${PD_INTERRUPT_LIMIT_MS:-1000}
fresh_db pd_interrupts || { bad "create database"; echo "$pass passed, $fail failed"; exit 0; }
q "CREATE TABLE seed AS SELECT string_agg(body, E'\n') AS b FROM parkdata.document WHERE builtin" >/dev/null
REPS=$(q "SELECT ($MB * 1048576 / octet_length(b))::int + 1 FROM seed")
TEXT="(SELECT repeat(b, $REPS) FROM seed)"
declare -A SQL=(
	[extract_metrics]="SELECT count(*) FROM parkdata.extract_metrics($TEXT)"
	[to_tsvector]="SELECT length(to_tsvector('parkdata.chinese', $TEXT))"
	[ingest]="SELECT parkdata.ingest('big', $TEXT)"
)
now_ms() { date +%s%3N; }

for f in extract_metrics to_tsvector ingest; do
	# statement_timeout = 1 s: the error must come before 1 s + LIMIT
	t0=$(now_ms)
	out=$(psql -X -At -d "$DB" -v VERBOSITY=verbose -c "SET statement_timeout = '1s'" -c "${SQL[$f]}" 2>&1)
	t1=$(now_ms)
	lat=$((t1 - t0 - 1000))
	if grep -q "ERROR:  57014" <<<"$out" && [ $lat -lt "$LIMIT_MS" ]; then
		ok "$f on $MB MB: statement_timeout 1 s, error $lat ms after the timeout"
	else
		bad "$f on $MB MB: statement_timeout 1 s: ${lat} ms after the timeout: $(head -c 200 <<<"$out")"
	fi
	# pg_cancel_backend from another session once it has run 1.5 s
	app=pd_cancel_$f
	PGAPPNAME=$app psql -X -At -d "$DB" -v VERBOSITY=verbose -c "${SQL[$f]}" >"$TMPDIR_PD/$f.out" 2>&1 &
	bg=$!
	sleep 1.5
	pid=$(q "SELECT pid FROM pg_stat_activity WHERE application_name = '$app' AND state = 'active'")
	t0=$(now_ms)
	if [ -z "$pid" ]; then
		wait $bg; bad "$f on $MB MB: finished before it could be cancelled (make it bigger)"; continue
	fi
	q "SELECT pg_cancel_backend($pid)" >/dev/null
	wait $bg
	t1=$(now_ms)
	lat=$((t1 - t0))
	if grep -q "ERROR:  57014" "$TMPDIR_PD/$f.out" && [ $lat -lt "$LIMIT_MS" ]; then
		ok "$f on $MB MB: pg_cancel_backend, error after $lat ms"
	else
		bad "$f on $MB MB: pg_cancel_backend: ${lat} ms: $(head -c 200 "$TMPDIR_PD/$f.out")"
	fi
done
# the numeral parser on 300 MB of digits (about 3 s of work)
t0=$(now_ms)
out=$(psql -X -At -d "$DB" -v VERBOSITY=verbose -c "SET statement_timeout = '1s'" \
	-c "SELECT parkdata.try_cn_numeral_to_numeric(repeat('9', 300 * 1048576)) IS NULL" 2>&1)
t1=$(now_ms); lat=$((t1 - t0 - 1000))
if grep -q "ERROR:  57014" <<<"$out" && [ $lat -lt "$LIMIT_MS" ]; then
	ok "try_cn_numeral_to_numeric on 300 MB: statement_timeout 1 s, error $lat ms after the timeout"
else
	bad "try_cn_numeral_to_numeric on 300 MB: ${lat} ms after the timeout: $(head -c 200 <<<"$out")"
fi
expect "nothing of the cancelled ingest stored" ok "SELECT chk(count(*) = 0) FROM parkdata.document WHERE title = 'big'"
server_same
drop_db pd_interrupts
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
