# test/pysuite.sh - sourced by the suites written in Python with psycopg2
# (40-tsearch, 42-lexstate).  pysuite_db SUITE DB checks that psycopg2 is
# there and makes a fresh database DB with the extension; where it cannot,
# it prints the suite's failure line and returns 1.  The suites' Python reads
# test/pdcheck.py (on PYTHONPATH from here).
PY=/usr/bin/python3
export PYTHONPATH=$PD_ROOT/test${PYTHONPATH:+:$PYTHONPATH}
pysuite_db() {
	if ! $PY -c 'import psycopg2' 2>/dev/null; then
		echo "$1: python3-psycopg2 missing"; echo "0 passed, 1 failed"; return 1
	fi
	PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres \
		-c "DROP DATABASE IF EXISTS $2" -c "CREATE DATABASE $2" &&
		psql -X -q -d "$2" -c "CREATE EXTENSION parkdata" ||
		{ echo "0 passed, 1 failed"; return 1; }
}
