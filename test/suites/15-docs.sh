#!/usr/bin/env bash
# 15-docs: the documentation is true.  Every SQL example of README.md and
# docs/*.md that shows its output is run and compared with the text
# (test/docs/examples.py; the convention is in docs/development.md), and
# every function, table and view of schema parkdata is named in the README.
cd "$PD_ROOT" || exit 1
export PGOPTIONS="-c client_min_messages=warning"
out=$(python3 test/docs/examples.py 2>&1)
rc=$?
echo "$out" | grep -v -E '^[0-9]+ passed, [0-9]+ failed$'
line=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' <<<"$out" | tail -1)
pass=${line%% passed*}; fail=${line#*passed, }; fail=${fail%% failed*}
if [ -z "$line" ]; then fail=1 pass=0; echo "FAIL test/docs/examples.py did not finish (rc $rc)"; fi

# every object of the extension is documented in the README
db=pd_docs_objects
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null &&
	psql -X -q -d $db -c "CREATE EXTENSION parkdata" >/dev/null || { echo "FAIL create $db"; fail=$((fail + 1)); }
missing=""
for name in $(psql -X -At -d $db -c "
	SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'parkdata'::regnamespace
	UNION SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'parkdata'::regnamespace AND c.relkind IN ('r', 'v', 'p', 'm')
	UNION SELECT cfgname FROM pg_ts_config WHERE cfgnamespace = 'parkdata'::regnamespace
	UNION SELECT prsname FROM pg_ts_parser WHERE prsnamespace = 'parkdata'::regnamespace
	UNION SELECT dictname FROM pg_ts_dict WHERE dictnamespace = 'parkdata'::regnamespace
	UNION SELECT tmplname FROM pg_ts_template WHERE tmplnamespace = 'parkdata'::regnamespace
	ORDER BY 1"); do
	grep -q -w -- "$name" README.md || missing="$missing $name"
done
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" >/dev/null
if [ -z "$missing" ]; then pass=$((pass + 1)); echo "ok   every function, table, view and text-search object of schema parkdata is named in README.md"
else fail=$((fail + 1)); echo "FAIL README.md does not name:$missing (add them to its Reference section)"; fi
echo "$pass passed, $fail failed"
