#!/usr/bin/env bash
# test/sqlsmith/run.sh SECONDS SEED - random SQL against parkdata.
#
# Debian's sqlsmith generates random queries and data-modifying statements
# from the catalog of a fresh database with parkdata, steered toward
# parkdata's functions (test/sqlsmith/setup.sql), for SECONDS with a fixed
# SEED.  Findings, each a failure:
#  * a server crash: a backend killed by a signal or the postmaster
#    reinitialising (the server log over the run, test/hostile/crash.sh);
#  * an error that is not a clean SQLSTATE.  Clean: any SQLSTATE outside
#    class XX (internal error: XX000 is an elog(ERROR) of a can't-happen
#    case, or an allocation PostgreSQL refuses) and class 58 (system error);
#    and no PANIC, and no FATAL but those of an administrator's
#    termination (57P01-3) or of the client going away (08xxx: the run ends
#    by interrupting sqlsmith mid-statement).
# Prints the number of statements, how many named a parkdata function, and
# the errors by SQLSTATE.  Used by `make fuzz-sql` (300 s) and by suite
# 86-sqlsmith in `make test` (a short run).  Needs the cluster's environment
# (scripts/pd suite sqlsmith, or scripts/pd fuzz-sql).
set -u
cd "$PD_ROOT" || exit 1
. test/hostile/crash.sh
SECS=${1:-300}
SEED=${2:-1}
DB=${PD_SQLSMITH_DB:-pd_sqlsmith}
W=$PD_ROOT/tmp/sqlsmith-$DB
mkdir -p "$W"
if ! command -v sqlsmith >/dev/null; then
	echo "sqlsmith is not installed (apt-get install sqlsmith; scripts/pd deps installs it)"
	echo "0 passed, 1 failed"; exit 0
fi
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null &&
	psql -X -q -v ON_ERROR_STOP=1 -d $DB -c "CREATE EXTENSION parkdata" -f test/sqlsmith/setup.sql >/dev/null ||
	{ echo "FAIL set-up of $DB"; echo "0 passed, 1 failed"; exit 0; }
unset PGOPTIONS

off=$(log_size "$PD_SERVER_LOG")
echo "# sqlsmith: seed $SEED, $SECS s, database $DB (search_path smith, pg_catalog)"
# the errors' SQLSTATEs reach the server log with log_error_verbosity = verbose
(cd "$W" && timeout -s INT "$SECS" sqlsmith --seed="$SEED" --exclude-catalog --verbose --dump-all-queries \
	--target="host=$PGHOST port=$PGPORT user=$PGUSER dbname=$DB options='-csearch_path=smith,pg_catalog -clog_error_verbosity=verbose -cstatement_timeout=10s'" \
	>"$W/queries.sql" 2>"$W/sqlsmith.err") &
smith=$!
# the backends sqlsmith uses (it reconnects after an error that ends its
# session): only their log lines are its errors, whatever else the cluster runs
: >"$W/pids"
while kill -0 "$smith" 2>/dev/null; do
	psql -X -At -d postgres -c "SELECT pid FROM pg_stat_activity WHERE datname = '$DB'" >>"$W/pids" 2>/dev/null
	sleep 1
done
wait "$smith"
rc=$?
sleep 1
pass=0 fail=0
n=$(sed -n 's/^queries: \([0-9]*\).*/\1/p' "$W/sqlsmith.err" | tail -1)
pd=$(awk 'BEGIN { RS = ";\n" } /(parkdata|smith)\.[a-z_0-9]+\(/ { k++ } END { print k + 0 }' "$W/queries.sql")
pids=$(sort -u "$W/pids" | grep -E '^[0-9]+$' | sed 's/.*/\\[&\\]/' | paste -sd'|')
span=$(tail -c +"$((off + 1))" "$PD_SERVER_LOG" | grep -aE "${pids:-no-backend-seen}")
states=$(grep -aoE '(ERROR|FATAL|PANIC):  [0-9A-Z]{5}:' <<<"$span" | sort | uniq -c | sort -rn)
echo "# statements: ${n:-?} (${pd} naming a parkdata function or wrapper); sqlsmith exit $rc"
echo "# errors by SQLSTATE: $(awk '{ printf "%s%s %s", (NR > 1 ? ", " : ""), $3, $1 }' <<<"$states" | tr -d ':')"
if [ -n "$n" ] && [ "$n" -gt 0 ]; then pass=$((pass + 1)); echo "ok   sqlsmith ran $n statements"
else fail=$((fail + 1)); echo "FAIL sqlsmith ran no statement: $(tail -5 "$W/sqlsmith.err")"; fi
crashes=$(crash_lines "$PD_SERVER_LOG" "$off")
if [ -z "$crashes" ]; then pass=$((pass + 1)); echo "ok   no server crash (server log read over the run)"
else fail=$((fail + 1)); echo "FAIL server crash:"; sed 's/^/    /' <<<"$crashes"; fi
unclean=$(grep -aE '(ERROR|FATAL):  (XX|58)[0-9A-Z]{3}:|PANIC:|FATAL:  ' <<<"$span" | grep -vE 'FATAL:  (57P0[1-3]|08006|08003|08P01):' | head -5)
if [ -z "$unclean" ]; then pass=$((pass + 1)); echo "ok   every error a clean SQLSTATE (none in classes XX, 58; no FATAL or PANIC)"
else
	fail=$((fail + 1)); echo "FAIL errors that are not clean:"
	while IFS= read -r l; do
		echo "    $l"
		grep -aF -A2 "$l" <<<"$span" | grep -a 'STATEMENT:' | head -1 | cut -c1-400 | sed 's/^/      /'
	done <<<"$unclean"
fi
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
echo "$pass passed, $fail failed"
