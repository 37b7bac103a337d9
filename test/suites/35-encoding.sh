#!/usr/bin/env bash
# parkdata needs a UTF8 database: elsewhere CREATE EXTENSION refuses with
# FEATURE_NOT_SUPPORTED (0A000), and the C functions check too.
set -u
pass=0 fail=0
expect() {	# name, expected SQLSTATE, database, SQL
	local out
	out=$(psql -X -q -d "$3" -v VERBOSITY=verbose -c "$4" 2>&1)
	if grep -q "ERROR:  $2" <<<"$out"; then
		echo "ok: $1"; pass=$((pass + 1))
	else
		echo "FAILED: $1: $out"; fail=$((fail + 1))
	fi
}
for enc in LATIN1 SQL_ASCII; do
	db=pd_enc_$(tr 'A-Z' 'a-z' <<<"$enc")
	psql -X -q -d postgres -c "SET client_min_messages = warning" -c "DROP DATABASE IF EXISTS $db" \
		-c "CREATE DATABASE $db ENCODING '$enc' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
	expect "CREATE EXTENSION in $enc" 0A000 "$db" "CREATE EXTENSION parkdata"
	expect "nothing left behind in $enc" 3F000 "$db" "SELECT parkdata.cn_numeral_to_numeric('1')"
done
# the C functions refuse on their own (SQL_ASCII: bypass the install check)
db=pd_enc_sql_ascii
psql -X -q -d "$db" -c "CREATE SCHEMA parkdata" \
	-c "CREATE FUNCTION parkdata.n(text) RETURNS numeric AS '\$libdir/parkdata', 'pd_cn_numeral_to_numeric' LANGUAGE C STRICT" >/dev/null
expect "cn_numeral_to_numeric in SQL_ASCII" 0A000 "$db" "SELECT parkdata.n('16.7万')"
for enc in latin1 sql_ascii; do psql -X -q -d postgres -c "DROP DATABASE IF EXISTS pd_enc_$enc"; done
echo "$pass passed, $fail failed"
