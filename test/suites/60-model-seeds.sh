#!/usr/bin/env bash
# 60-model-seeds: the seed documents CREATE EXTENSION loads equal seeds/*.txt
# byte for byte.  The bodies are fetched as hex over the client connection and
# compared here, on the client side (the server may not be able to read the
# checkout).  Also checks ../shared/seeds and the generated SQL is up to date.
cd "$PD_ROOT" || exit 1
export PGOPTIONS="-c client_min_messages=warning"
DB=pd_model_seeds
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
PSQL=(psql -X -q -v ON_ERROR_STOP=1)

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null \
	&& "${PSQL[@]}" -d $DB -c "CREATE EXTENSION parkdata" >/dev/null \
	|| { bad "create extension"; echo "$pass passed, $fail failed"; exit 0; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
for f in seeds/*.txt; do
	name=$(basename "$f")
	n=$((n + 1))
	"${PSQL[@]}" -At -d $DB -c "SELECT pg_catalog.encode(pg_catalog.convert_to(body, 'UTF8'), 'hex') FROM parkdata.document WHERE source_file = '$name' AND builtin" \
		| python3 -c 'import sys; sys.stdout.buffer.write(bytes.fromhex(sys.stdin.read().strip()))' >"$work/$name"
	if cmp -s "$f" "$work/$name"; then ok "$name loaded byte for byte ($(wc -c <"$f") bytes)"
	else bad "$name differs from the loaded body: $(cmp "$f" "$work/$name" 2>&1 | head -1)"; fi
	if [ -f "$PD_SHARED/seeds/$name" ]; then
		cmp -s "$f" "$PD_SHARED/seeds/$name" && ok "$name equals ../shared/seeds" || bad "$name differs from ../shared/seeds"
	fi
	# the text read back as text (client encoding UTF8) is the same too
	PGCLIENTENCODING=UTF8 "${PSQL[@]}" -At -d $DB -c "COPY (SELECT body FROM parkdata.document WHERE source_file = '$name') TO STDOUT (FORMAT csv, QUOTE '\"')" >"$work/$name.csv"
	python3 - "$f" "$work/$name.csv" <<'PY' && ok "$name round-trips through COPY csv" || bad "$name COPY csv differs"
import csv, sys
want = open(sys.argv[1], 'rb').read().decode('utf-8')
with open(sys.argv[2], newline='', encoding='utf-8') as fh:
    got = next(csv.reader(fh))[0]
sys.exit(0 if got == want else 1)
PY
done
count=$("${PSQL[@]}" -At -d $DB -c "SELECT count(*) FROM parkdata.document WHERE builtin")
[ "$count" = "$n" ] && ok "$n builtin documents, one per seed file" || bad "builtin documents: $count, seed files: $n"
ids=$("${PSQL[@]}" -At -d $DB -c "SELECT count(*) FROM parkdata.document WHERE doc_id = parkdata.document_id(body)")
[ "$ids" = "$n" ] && ok "doc_id = document_id(body) for every seed" || bad "doc_id mismatch ($ids of $n)"

if [ ! -f "$PD_SHARED/gazetteer/divisions.csv" ]; then
	echo "skip generated-files check: $PD_SHARED/gazetteer is absent (the generator reads it)"
elif python3 scripts/build_reference.py --check --gazetteer "$PD_SHARED/gazetteer" 2>&1; then
	ok "generated files are up to date (scripts/build_reference.py --check)"
else
	bad "generated files are stale: run python3 scripts/build_reference.py"
fi

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" >/dev/null
echo "$pass passed, $fail failed"
