#!/usr/bin/env bash
# 85-upgrade: ALTER EXTENSION parkdata UPDATE from every released version.
# Released versions are those with upgrade parts sql/update/A--B/; the
# install script of an old version A is test/upgrade/parkdata--A.sql (a
# frozen copy) or is rebuilt from the SQL parts at A's commit
# (test/upgrade/releases.tsv).  For each: install A, add user rows, UPDATE,
# then the extension must be at the default version, keep the user rows and
# have exactly the objects of a fresh install (pg_describe_object of every
# member, function definitions, column lists, COMMENTs).
# A harness self-test runs the same
# procedure on a synthetic release 0.0harness (1.0 without numeric_to_cn)
# and its upgrade script, so the procedure is known to work when the first
# real upgrade script appears.  pg_dump/pg_restore: see 61-model-dump.sh.
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
EXTDIR=$("${PG_CONFIG:-pg_config}" --sharedir)/extension
CUR=$(sed -n "s/^default_version = '\(.*\)'/\1/p" parkdata.control)
if [ ! -w "$EXTDIR" ]; then
	# installing old versions needs the same rights as make install
	echo "85-upgrade: skipped: $EXTDIR is not writable by $(id -un) (run as the user who ran make install)"
	echo "0 passed, 0 failed"
	exit 0
fi
rm -f "$EXTDIR"/parkdata--0.0harness*.sql

signature() {	# everything an update must reproduce, one line per object
	q "SELECT pg_describe_object(classid, objid, 0) FROM pg_depend
	   WHERE refobjid = (SELECT oid FROM pg_extension WHERE extname = 'parkdata') AND deptype = 'e'
	   ORDER BY 1;
	   SELECT p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid)) || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '-')
	   FROM pg_proc p WHERE p.pronamespace = 'parkdata'::regnamespace AND p.prokind <> 'a' ORDER BY 1;
	   SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull
	          || ' ' || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' ' || coalesce(col_description(c.oid, a.attnum), '-')
	   FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	   LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
	   WHERE c.relnamespace = 'parkdata'::regnamespace ORDER BY 1;
	   SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
	   WHERE connamespace = 'parkdata'::regnamespace ORDER BY 1;
	   SELECT count(*) FROM parkdata.lexicon WHERE builtin; SELECT count(*) FROM parkdata.region WHERE builtin"
}

# check_update FROM: install FROM, user rows, UPDATE, compare with a fresh install
check_update() {
	local from=$1 label=$2 fresh updated
	fresh_db pd_upgrade_fresh >/dev/null || { bad "$label: fresh install"; return; }
	DB=pd_upgrade_fresh; fresh=$(signature)
	DB=pd_upgrade_old
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
	if ! out=$(q "CREATE EXTENSION parkdata VERSION '$from'" 2>&1); then bad "$label: install $from: $out"; return; fi
	add_chk
	q "SELECT parkdata.ingest('升级前', '升级前的文档:溧阳高新区实现产值12.5亿元。', DATE '2024-01-01', 'upgrade');
	   INSERT INTO parkdata.lexicon (word, source) VALUES ('升级测试词', 'user')" >/dev/null 2>&1 ||
		bad "$label: user rows in $from"
	if out=$(q "ALTER EXTENSION parkdata UPDATE" 2>&1); then ok "$label: ALTER EXTENSION parkdata UPDATE from $from"
	else bad "$label: UPDATE from $from: $out"; return; fi
	expect "$label: now at $CUR" ok "SELECT chk(extversion = '$CUR') FROM pg_extension WHERE extname = 'parkdata'"
	expect "$label: user document and its indicators kept" ok \
		"SELECT chk(count(*) > 0) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.source = 'upgrade'"
	expect "$label: user lexicon word kept" ok "SELECT chk(count(*) = 1) FROM parkdata.lexicon WHERE word = '升级测试词'"
	updated=$(signature)
	if [ "$updated" = "$fresh" ] && [ -n "$fresh" ]; then
		ok "$label: same objects as a fresh $CUR install ($(wc -l <<<"$fresh") catalog lines)"
	else
		bad "$label: differs from a fresh install: $(diff <(echo "$fresh") <(echo "$updated") | head -8 | tr '\n' ' ')"
	fi
	expect "$label: functions work after the update" ok \
		"SELECT chk(parkdata.numeric_to_cn(parkdata.cn_numeral_to_numeric('一万二千')) = '一万二千')"
	if q "DROP EXTENSION parkdata" >/dev/null 2>&1 && [ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname = 'parkdata'")" = 0 ]; then
		ok "$label: DROP EXTENSION after the update leaves no schema parkdata"
	else bad "$label: DROP EXTENSION after the update left schema parkdata or failed"; fi
	drop_db pd_upgrade_fresh; drop_db pd_upgrade_old
}

# --- real releases
# release_script V OUT - the install script of released version V, rebuilt
# from the SQL parts listed in the Makefile at the release's commit
# (test/upgrade/releases.tsv; a frozen copy test/upgrade/parkdata--V.sql wins)
release_script() {
	local v=$1 out=$2 commit parts
	if [ -f "test/upgrade/parkdata--$v.sql" ]; then cp "test/upgrade/parkdata--$v.sql" "$out"; return; fi
	commit=$(awk -F'\t' -v v="$v" '$1 == v { print $2 }' test/upgrade/releases.tsv)
	[ -n "$commit" ] && git cat-file -e "$commit^{commit}" 2>/dev/null || return 1
	parts=$(git show "$commit:Makefile" | sed -n '/^SQL_PARTS/,/[^\\]$/p' | grep -o 'sql/[a-z_]*\.sql')
	[ -n "$parts" ] || return 1
	: >"$out"
	for f in $parts; do git show "$commit:$f" >>"$out" 2>/dev/null || true; done
	[ -s "$out" ]
}
# release_control V OUT - a secondary control file for version V carrying
# the schema V's own control file named (1.0 lived in schema parkdata; 1.1
# lives in pg_catalog and creates parkdata), so V installs as it did
release_control() {
	local v=$1 out=$2 commit schema
	commit=$(awk -F'\t' -v v="$v" '$1 == v { print $2 }' test/upgrade/releases.tsv)
	schema=$(git show "$commit:parkdata.control" 2>/dev/null | sed -n "s/^schema *= *//p")
	[ -n "$schema" ] && echo "schema = $schema" >"$out"
}
froms=$(ls sql/update/ 2>/dev/null | sed -nE 's/^([^-]+)--.*/\1/p' | sort -uV)
if [ -z "$froms" ]; then
	echo "# no earlier release: $CUR is the first (no sql/update/A--B); 0 update checks"
else
	for v in $froms; do
		if ! release_script "$v" "$TMPDIR_PD/parkdata--$v.sql"; then
			bad "release $v: upgrade script found but its install script cannot be rebuilt (test/upgrade/releases.tsv, or a full clone)"
			continue
		fi
		cp "$TMPDIR_PD/parkdata--$v.sql" "$EXTDIR/parkdata--$v.sql"
		release_control "$v" "$EXTDIR/parkdata--$v.control"
		check_update "$v" "release $v"
		rm -f "$EXTDIR/parkdata--$v.sql" "$EXTDIR/parkdata--$v.control"
	done
fi

# --- harness self-test: a synthetic 0.0harness = 1.0 without numeric_to_cn
python3 - "$EXTDIR/parkdata--$CUR.sql" "$EXTDIR/parkdata--0.0harness.sql" "$EXTDIR/parkdata--0.0harness--$CUR.sql" <<'PY'
import re, sys
src = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r"CREATE FUNCTION (?:@extschema@|parkdata)\.numeric_to_cn\(.*?\n(?=\n|CREATE)", src, re.S)
stmt = m.group(0)
open(sys.argv[2], 'w', encoding='utf-8').write(src.replace(stmt, ''))
open(sys.argv[3], 'w', encoding='utf-8').write(stmt)
PY
if [ -s "$EXTDIR/parkdata--0.0harness--$CUR.sql" ] && grep -q numeric_to_cn "$EXTDIR/parkdata--0.0harness--$CUR.sql"; then
	check_update 0.0harness "harness self-test"
	# and the harness sees a broken upgrade script: drop the COMMENT from it
	sed -i '/^COMMENT ON FUNCTION/,$d' "$EXTDIR/parkdata--0.0harness--$CUR.sql"
	out=$(check_update 0.0harness "broken" 2>&1)
	grep -q "FAIL broken: differs from a fresh install" <<<"$out" && ok "harness self-test: an upgrade script that forgets a COMMENT is caught" ||
		bad "harness self-test: a broken upgrade script went unnoticed: $(tail -3 <<<"$out")"
else
	bad "harness self-test: could not cut numeric_to_cn out of parkdata--$CUR.sql"
fi
rm -f "$EXTDIR"/parkdata--0.0harness*.sql
server_same
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
