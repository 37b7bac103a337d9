#!/usr/bin/env bash
# pd: standalone
# 16-dist: the PGXN distribution.  META.json is valid against the PGXN Meta
# Spec 1.0.0 and agrees with the control file (test/dist/check_meta.py, which
# is shown to refuse broken copies), and `make dist` builds the archive PGXN
# takes: parkdata-VERSION/ with META.json at its top and the sources, without
# build output.
cd "$PD_ROOT" || exit 1
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
work=$(mktemp -d)

out=$(python3 test/dist/check_meta.py META.json)
echo "$out"
pass=$((pass + $(grep -c '^ok' <<<"$out"))); fail=$((fail + $(grep -c '^FAIL' <<<"$out")))

# the checker refuses what the spec refuses
cp parkdata.control LICENSE README.md "$work"/ && mkdir -p "$work/sql" && cp sql/parkdata.sql "$work/sql/"
broken() {	# broken NAME PYTHON-EXPRESSION-ON-m
	python3 - "$work/META.json" "$2" <<'PY'
import json, sys
m = json.load(open('META.json'))
exec(sys.argv[2])
json.dump(m, open(sys.argv[1], 'w'))
PY
	# (read all of its output: grep -q closing the pipe early made it print a BrokenPipeError)
	if grep -q '^FAIL' <<<"$(python3 test/dist/check_meta.py "$work/META.json")"; then ok "the checker refuses $1"
	else bad "the checker accepts $1"; fi
}
broken "a version that is not x.y.z" "m['version'] = '1.1'"
broken "a licence name the spec does not know" "m['license'] = 'PostgreSQL'"
broken "a missing provides" "del m['provides']"
broken "an extension file that does not exist" "m['provides']['parkdata']['file'] = 'sql/nothing.sql'"
broken "a bad version range" "m['prereqs']['runtime']['requires']['PostgreSQL'] = '15+'"
broken "an unknown top-level field" "m['homepage'] = 'x'"

if git rev-parse --git-dir >/dev/null 2>&1; then
	if zip=$(make -s dist 2>"$work/dist.err" | tail -1) && [ -s "$zip" ]; then
		ok "make dist: $zip ($(stat -c %s "$zip") bytes)"
		ver=$(python3 -c 'import json; print(json.load(open("META.json"))["version"])')
		problems=$(python3 - "$zip" "parkdata-$ver/" <<'PY'
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
top = sys.argv[2]
bad = [n for n in names if not n.startswith(top)]
need = ['META.json', 'Makefile', 'parkdata.control', 'LICENSE', 'README.md', 'CHANGELOG.md', 'sql/parkdata.sql']
bad += ['missing ' + n for n in need if top + n not in names]
bad += [n for n in names if n.endswith(('.o', '.so', '.bc', '.words')) or '/tmp/' in n]
print(' '.join(bad))
PY
)
		[ -z "$problems" ] && ok "the archive holds parkdata-$ver/ with META.json, the sources and no build output" ||
			bad "the archive: $problems"
	else
		bad "make dist failed: $(head -3 "$work/dist.err")"
	fi
else
	echo "# not a git checkout: make dist (git archive) skipped"
fi
rm -rf "$work"
echo "$pass passed, $fail failed"
