# test/hostile/lib.sh - helpers shared by the hardening suites (test/suites/8x-*.sh)
# and test/hostile/known_failures.sh.  Source it; it sets $DB (a fresh
# database with the extension) and counts results in $pass/$fail.
export PGOPTIONS="${PGOPTIONS:-} -c client_min_messages=warning"
BIN=$("${PG_CONFIG:-pg_config}" --bindir)
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
q() { "${PSQL[@]}" -At -d "$DB" -c "$1"; }

# fresh_db NAME: (re)create database NAME with the extension; sets DB
fresh_db() {
	DB=$1
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null &&
		"${PSQL[@]}" -d "$DB" -c "CREATE EXTENSION parkdata" >/dev/null && add_chk
}
# add_chk: chk(boolean) in $DB raises unless its argument is true
add_chk() {
	"${PSQL[@]}" -d "$DB" -c "CREATE FUNCTION public.chk(boolean) RETURNS boolean LANGUAGE plpgsql AS
			    \$\$BEGIN IF \$1 IS NOT TRUE THEN RAISE EXCEPTION 'check failed'; END IF; RETURN true; END\$\$" >/dev/null
}
TMPDIR_PD=$(mktemp -d)
drop_db() { [ -n "${PD_KEEP:-}" ] && return 0; "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" >/dev/null 2>&1; }

# the server must never restart, and no backend may crash: remember when it
# started and how long its log was (a backend crash leaves the start time as
# it was: test/hostile/crash.sh)
. "${PD_ROOT:-.}/test/hostile/crash.sh"
STARTED=$(psql -X -At -d postgres -c "SELECT pg_postmaster_start_time()")
LOG_OFF=$(log_size "${PD_SERVER_LOG:-}")
server_same() {
	local now crashes
	now=$(psql -X -At -d postgres -c "SELECT pg_postmaster_start_time()" 2>&1)
	crashes=$(crash_lines "${PD_SERVER_LOG:-}" "$LOG_OFF")
	if [ -z "${PD_SERVER_LOG:-}" ] || [ ! -f "$PD_SERVER_LOG" ]; then
		bad "server log not found (PD_SERVER_LOG='${PD_SERVER_LOG:-}'): crashes cannot be seen"
	elif [ -n "$crashes" ]; then bad "a backend crashed: $(head -3 <<<"$crashes" | tr '\n' ' ')"
	elif [ "$now" = "$STARTED" ]; then ok "server did not restart and no backend crashed (up since $STARTED; server log read)"
	else bad "server restarted or unreachable: was up since '$STARTED', now '$now'"; fi
}

# expect NAME WANT SQL: run SQL (a file on stdin-free psql -c); WANT is "ok"
# (no error) or a five-character SQLSTATE the statement must fail with.
# PD_TIMEOUT (default 60 s) bounds every statement: a hang is a failure.
expect() {
	local name=$1 want=$2 sql=$3 out rc state
	out=$(psql -X -At -d "$DB" -v ON_ERROR_STOP=1 -v VERBOSITY=verbose \
		-c "SET statement_timeout = '${PD_TIMEOUT:-60}s'" -c "$sql" 2>&1)
	rc=$?
	state=$(grep -oE '^(psql:[^ ]* )?ERROR:  [0-9A-Z]{5}' <<<"$out" | grep -oE '[0-9A-Z]{5}$' | head -1)
	if [ "$want" = ok ]; then
		if [ $rc -eq 0 ]; then ok "$name"; else bad "$name: $(head -c 300 <<<"$out")"; fi
	elif [ "$state" = "$want" ]; then
		ok "$name (ERROR $want: $(grep -m1 -oE 'ERROR:  [0-9A-Z]{5}: .{0,80}' <<<"$out" | cut -c16-))"
	else
		bad "$name: want ERROR $want, got rc=$rc $(head -c 300 <<<"$out")"
	fi
}
