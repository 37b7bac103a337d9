#!/usr/bin/env bash
# 85-upgrade: ALTER EXTENSION parkdata UPDATE from every released version.
# Released versions are listed in test/upgrade/releases.tsv with their
# commits (tags v1.0, v1.1; a tag may not travel with a clone).  The install
# script of an old version A is test/upgrade/parkdata--A.sql (a frozen copy)
# or is rebuilt from the SQL parts at A's commit as A's Makefile built it,
# installed with the schema A's own control file named, and served by the
# current module (which must take every released version's declarations).
# First, each released upgrade script (sql/parkdata--A--B.sql, committed as
# one file) must be byte for byte what release B's commit built from its
# parts, and installed as it is.  Then for each A (1.0 goes 1.0 -> 1.1 ->
# current, 1.1 goes 1.1 -> current): install A and add a user's rows (a
# region, a park, a lexicon word, a document), dump it, UPDATE, and require
# - the default version, and the user's rows kept with their indicators;
# - the catalog of a fresh install given the same rows: every member object,
#   the extension row (schema, configuration tables), function definitions,
#   columns, constraints, indexes, triggers, views, text-search mappings,
#   sequences, comments of every member and column, owners, privileges and
#   initial privileges;
# - the same data: every row shipped with the extension (and what is
#   derived from them: the seeds' vectors and indicators), the place names,
#   the user's rows of the reference tables;
# - the dump made under A restores into the new version by the README's
#   procedure, and DROP EXTENSION then leaves no schema parkdata.
# A harness self-test updates a synthetic release 0.0harness (the current
# script without numeric_to_cn) with an upgrade script that forgets the
# function's COMMENT: that, and nothing else, must be reported.  pg_dump/pg_restore of the
# current version: 61-model-dump.sh.
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
rm -f "$EXTDIR"/parkdata--0.0harness*

# a user's rows, added to the old version before the update and to the
# fresh install alike
USER_ROWS="
INSERT INTO parkdata.region (code, name, short_name, level, parent_code)
VALUES ('320497', '升级测试区', '升级测试', 'county', '320400');
-- (with its id: 1.0 numbered user parks from 100001, 1.1 derives the id from
-- the name; an updated database keeps the 1.0 ids)
INSERT INTO parkdata.park (park_id, name, short_name, kind, level, region_code)
VALUES (100001, '升级测试科技产业园', '升级测试科技园', 'industrial_park', 'municipal', '320497');
INSERT INTO parkdata.lexicon (word, source) VALUES ('升级测试词', 'user');
SELECT parkdata.ingest('升级前', '升级测试科技园今年新增企业25家,实现产值12.5亿元,同比增长8.3%。',
                       DATE '2024-01-01', 'upgrade');"

catalog_signature() {	# the schema an update must reproduce, one line per fact
	q "WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'parkdata'),
	   member AS (SELECT classid, objid FROM pg_depend, ext WHERE refobjid = ext.oid AND deptype = 'e')
	   SELECT 'member ' || pg_describe_object(m.classid, m.objid, 0) || ' | '
	          || coalesce(d.description, '-') FROM member m
	   LEFT JOIN pg_description d ON d.objoid = m.objid AND d.classoid = m.classid AND d.objsubid = 0
	   UNION ALL
	   SELECT 'extension schema ' || extnamespace::regnamespace || ' relocatable ' || extrelocatable
	          || ' version ' || extversion || ' config '
	          || coalesce((SELECT string_agg(c::regclass || ' ' || coalesce(w, ''), ', ' ORDER BY c::regclass::text)
	                       FROM unnest(extconfig, extcondition) AS u(c, w)), '-')
	   FROM pg_extension WHERE extname = 'parkdata'
	   UNION ALL
	   SELECT 'initprivs ' || pg_describe_object(i.classoid, i.objoid, i.objsubid) || ' ' || i.privtype::text || ' '
	          || i.initprivs::text
	   FROM pg_init_privs i JOIN member m ON m.classid = i.classoid AND m.objid = i.objoid
	   UNION ALL
	   SELECT 'function ' || p.oid::regprocedure || ' ' || md5(pg_get_functiondef(p.oid)) || ' owner '
	          || p.proowner::regrole || ' acl ' || coalesce(p.proacl::text, '-')
	   FROM pg_proc p WHERE p.pronamespace = 'parkdata'::regnamespace AND p.prokind <> 'a'
	   UNION ALL
	   SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' owner ' || c.relowner::regrole || ' acl '
	          || coalesce(c.relacl::text, '-')
	   FROM pg_class c WHERE c.relnamespace = 'parkdata'::regnamespace
	   UNION ALL
	   SELECT 'schema ' || nspname || ' owner ' || nspowner::regrole || ' acl ' || coalesce(nspacl::text, '-')
	          || ' | ' || coalesce(obj_description(oid, 'pg_namespace'), '-')
	   FROM pg_namespace WHERE nspname = 'parkdata'
	   UNION ALL
	   SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod) || ' '
	          || a.attnotnull || ' ' || a.attidentity::text || a.attgenerated::text || ' '
	          || coalesce(pg_get_expr(d.adbin, d.adrelid), '') || ' | ' || coalesce(col_description(c.oid, a.attnum), '-')
	   FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
	   LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
	   WHERE c.relnamespace = 'parkdata'::regnamespace AND c.relkind IN ('r', 'v', 'p', 'm', 'f')
	   UNION ALL
	   SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
	   FROM pg_constraint WHERE connamespace = 'parkdata'::regnamespace
	   UNION ALL
	   SELECT 'index ' || pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
	   WHERE c.relnamespace = 'parkdata'::regnamespace
	   UNION ALL
	   SELECT 'trigger ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text || ' | '
	          || coalesce(obj_description(t.oid, 'pg_trigger'), '-')
	   FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
	   WHERE c.relnamespace = 'parkdata'::regnamespace AND NOT t.tgisinternal
	   UNION ALL
	   SELECT 'view ' || c.relname || ' ' || md5(pg_get_viewdef(c.oid)) FROM pg_class c
	   WHERE c.relnamespace = 'parkdata'::regnamespace AND c.relkind IN ('v', 'm')
	   UNION ALL
	   SELECT 'sequence ' || s.seqrelid::regclass || ' ' || s.seqtypid::regtype || ' ' || s.seqstart || ' '
	          || s.seqincrement || ' ' || s.seqmin || ' ' || s.seqmax || ' ' || s.seqcache || ' ' || s.seqcycle
	   FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid WHERE c.relnamespace = 'parkdata'::regnamespace
	   UNION ALL
	   SELECT 'ts mapping ' || m.mapcfg::regconfig || ' ' || t.alias || ' ' || m.mapseqno || ' ' || m.mapdict::regdictionary
	   FROM pg_ts_config_map m JOIN pg_ts_config c ON c.oid = m.mapcfg
	   CROSS JOIN LATERAL ts_token_type(c.cfgparser) t WHERE t.tokid = m.maptokentype
	     AND c.cfgnamespace = 'parkdata'::regnamespace
	   UNION ALL
	   SELECT 'ts dictionary ' || d.oid::regdictionary || ' template ' || t.tmplnamespace::regnamespace || '.'
	          || t.tmplname || ' ' || coalesce(d.dictinitoption, '-')
	   FROM pg_ts_dict d JOIN pg_ts_template t ON t.oid = d.dicttemplate
	   WHERE d.dictnamespace = 'parkdata'::regnamespace
	   ORDER BY 1"
}

data_signature() {	# rows that must be the same: one line per table
	local t skip rows
	for t in $(q "SELECT c.relname FROM pg_class c WHERE c.relnamespace = 'parkdata'::regnamespace
	              AND c.relkind = 'r' ORDER BY 1"); do
		# columns whose values differ by nature: load times, identity numbers,
		# the stamp of the lexicon's certificate (catalog rows' xmin)
		skip=$(q "SELECT coalesce(string_agg(' - ' || quote_literal(attname), ''), '') FROM pg_attribute
		          WHERE attrelid = 'parkdata.$t'::regclass AND attnum > 0 AND NOT attisdropped
		            AND (atttypid = 'timestamptz'::regtype OR attidentity <> ''
		                 OR ('$t' = 'lexicon_state' AND attname = 'stamp'))")
		# tables of documents and what is extracted from them: the shipped rows
		# (derived again by the update where the code changed); the user's
		# document was derived by the old code, and is checked separately
		rows=$(q "SELECT CASE WHEN EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'parkdata.$t'::regclass
		                                    AND attname = 'doc_id' AND NOT attisdropped)
		                 THEN 'WHERE builtin' ELSE '' END")
		q "SELECT '$t $rows: ' || count(*) || ' rows ' || md5(coalesce(string_agg(x, E'\n' ORDER BY x), ''))
		   FROM (SELECT (to_jsonb(r) $skip)::text AS x FROM parkdata.$t r $rows) s"
	done
}

# hold_xid / release_xid: a transaction of another database holds an
# XID in between, as a suite in a lane beside may (a long ingest, CREATE
# DATABASE): the update's snapshot counts it as running, so the rows
# changed meanwhile stay recently dead, and CREATE INDEX over their HOT
# chains sets pg_index.indcheckxmin (a new version of the index's row)
hold_xid() {
	local i
	HOLD_FIFO=$TMPDIR_PD/hold.fifo
	rm -f "$HOLD_FIFO" && mkfifo "$HOLD_FIFO" || return 1
	PGAPPNAME=pd_hold "${PSQL[@]}" -At -d postgres <"$HOLD_FIFO" >"$TMPDIR_PD/hold.out" 2>&1 &
	HOLD_PID=$!
	exec 7>"$HOLD_FIFO"
	echo "BEGIN; SELECT txid_current();" >&7
	# (a bound on polls, not on time: a loaded machine only takes longer)
	for i in $(seq 2000); do
		[ "$(q "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pd_hold'
		        AND state = 'idle in transaction' AND backend_xid IS NOT NULL")" = 1 ] && return 0
		kill -0 "$HOLD_PID" 2>/dev/null || break
		sleep 0.1
	done
	release_xid
	return 1
}
release_xid() {
	[ -n "${HOLD_PID:-}" ] || return 0
	echo "COMMIT;" >&7
	exec 7>&-
	wait "$HOLD_PID"
	HOLD_PID=
}

# check_update FROM LABEL: install FROM with the user's rows, dump, UPDATE,
# compare with a fresh install given the same rows
check_update() {
	local from=$1 label=$2 updated out
	DB=pd_upgrade_old
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
	if ! out=$(q "CREATE EXTENSION parkdata VERSION '$from'" 2>&1); then bad "$label: install $from: $out"; return; fi
	add_chk
	out=$(q "$USER_ROWS" 2>&1) || bad "$label: user rows in $from: $(head -c 200 <<<"$out")"
	"$BIN/pg_dump" -Fc -f "$TMPDIR_PD/old.dump" $DB 2>/dev/null || bad "$label: pg_dump of $from"
	case $label in "release 1.0")
		# the README (Upgrading) says: drop your own views over parkdata's
		# views first; the update stops, naming them, otherwise
		q "CREATE VIEW public.my_facts AS SELECT doc_id, indicator FROM parkdata.indicator_facts" >/dev/null
		if out=$(q "ALTER EXTENSION parkdata UPDATE" 2>&1); then
			bad "$label: UPDATE went through over a user's view of indicator_facts"
		elif grep -q 'my_facts' <<<"$out"; then
			ok "$label: UPDATE stops, naming it, while a view of the user's uses indicator_facts (README, Upgrading)"
		else bad "$label: UPDATE over a user's view failed without naming it: $(head -c 300 <<<"$out")"; fi
		q "DROP VIEW public.my_facts" >/dev/null ;;
	esac
	if [ "$from" = "$LATEST" ]; then
		# The newest release's upgrade brings the shipped rows to the new
		# install's (sql/update/shipped_rows.sh).  Make the old release look as if
		# it had shipped other rows (replica mode passes the builtin guard):
		# a shipped word missing, a metric's description and a park's name as
		# they were, a metric and its synonym the new release no longer ships,
		# named by an indicator of the user's and by a synonym the new release
		# gives another code (GDP), a code renamed keeping its unique name.  The data check below then
		# fails unless the update adds, changes and deletes them.  A
		# transaction elsewhere, open until the update is done, keeps the old
		# versions of the rows changed here: the update's CREATE INDEX
		# lexicon_users meets their HOT chains (indcheckxmin), as it did now
		# and then in make test with the lanes beside.
		hold_xid || bad "$label: a transaction of database postgres holding an XID: $(head -c 200 "$TMPDIR_PD/hold.out")"
		if out=$(q "SET session_replication_role = replica;
		      DELETE FROM parkdata.lexicon WHERE word = '高新区' AND builtin;
		      UPDATE parkdata.metric SET description = 'as the old release had it' WHERE code = 'gdp';
		      UPDATE parkdata.park SET name = name || '旧' WHERE park_id = (SELECT min(park_id) FROM parkdata.park WHERE builtin);
		      INSERT INTO parkdata.metric (code, name, unit_dimension, description, builtin)
		      VALUES ('upgrade_dropped', '升级删除指标', 'money', 'a code the new release no longer ships', true);
		      INSERT INTO parkdata.lexicon (word, source, builtin, metric) VALUES ('升级删除指标', 'metric', true, 'upgrade_dropped');
		      UPDATE parkdata.indicator SET metric = 'upgrade_dropped'
		      WHERE (doc_id, metric_no) = (SELECT i.doc_id, min(i.metric_no) FROM parkdata.indicator i
		                                   JOIN parkdata.document d USING (doc_id) WHERE d.source = 'upgrade' GROUP BY 1);
		      UPDATE parkdata.lexicon SET metric = 'upgrade_dropped' WHERE word = 'GDP';
		      UPDATE parkdata.metric SET code = 'upgrade_renamed' WHERE code = 'unemployment_rate';
		      UPDATE parkdata.lexicon SET metric = 'upgrade_renamed' WHERE metric = 'unemployment_rate';
		      UPDATE parkdata.indicator SET metric = 'upgrade_renamed' WHERE metric = 'unemployment_rate'" 2>&1); then
			ok "$label: the old release made to ship other rows (a word missing, a description and a park name changed, a metric dropped in $CUR with its synonym, a shipped synonym naming it, a code renamed keeping its name)"
		else bad "$label: changing the shipped rows: $(head -c 300 <<<"$out")"; fi
	fi
	if out=$(q "ALTER EXTENSION parkdata UPDATE" 2>&1); then ok "$label: ALTER EXTENSION parkdata UPDATE from $from"
	else release_xid; bad "$label: UPDATE from $from: $out"; return; fi
	if [ -n "${HOLD_PID:-}" ]; then
		release_xid
		# the scenario the certificate check below guards (a stale pg_index
		# ctid) arises when CREATE INDEX meets the HOT chains; if pruning
		# removed them first, say so: the certificate check runs either way
		if [ "$(q "SELECT indcheckxmin FROM pg_index WHERE indexrelid = 'parkdata.lexicon_users'::regclass" 2>&1)" = t ]; then
			ok "$label: with a transaction of another database open, the update built lexicon_users over HOT chains of the changed rows (pg_index.indcheckxmin)"
		else echo "# $label: indcheckxmin not set in this run (the chains were pruned first); the certificate is checked below all the same"; fi
	fi
	expect "$label: now at $CUR" ok "SELECT chk(extversion = '$CUR') FROM pg_extension WHERE extname = 'parkdata'"
	expect "$label: the user's document kept, with its indicators" ok \
		"SELECT chk(count(*) > 0) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id)
		 WHERE d.source = 'upgrade' AND d.title = '升级前'"
	expect "$label: the user's region, park (id 100001) and lexicon word kept" ok \
		"SELECT chk((SELECT count(*) FROM parkdata.region WHERE code = '320497' AND NOT builtin) = 1
		        AND (SELECT park_id FROM parkdata.park WHERE name = '升级测试科技产业园') = 100001
		        AND (SELECT count(*) FROM parkdata.lexicon WHERE word = '升级测试词' AND NOT builtin) = 1)"
	[ "$from" = "$LATEST" ] && expect "$label: the user's indicator that named a metric no longer shipped names none" ok \
		"SELECT chk(count(*) = 0) FROM parkdata.indicator WHERE metric IN ('upgrade_dropped', 'upgrade_renamed')"
	updated=$(catalog_signature)
	LAST_DIFF=$(diff <(echo "$FRESH") <(echo "$updated") | grep '^[<>]')
	if [ "$updated" = "$FRESH" ] && [ -n "$FRESH" ]; then
		ok "$label: the catalog of a fresh $CUR install ($(wc -l <<<"$FRESH") facts: objects, definitions, comments, owners, privileges)"
	else
		bad "$label: the catalog differs from a fresh install (< fresh, > updated): $(diff <(echo "$FRESH") <(echo "$updated") | grep '^[<>]' | head -8 | cut -c1-240 | tr '\n' ' ')"
	fi
	[ "$label" = broken ] && { drop_db pd_upgrade_old; return; }
	updated=$(data_signature)
	if [ "$updated" = "$FRESH_DATA" ] && [ -n "$FRESH_DATA" ]; then
		ok "$label: the data of a fresh $CUR install ($(tr '\n' ';' <<<"$FRESH_DATA" | sed 's/ [0-9a-f]\{32\}//g'))"
	else
		bad "$label: the data differ from a fresh install (< fresh, > updated): $(diff <(echo "$FRESH_DATA") <(echo "$updated") | grep '^[<>]' | head -8 | tr '\n' ' ')"
	fi
	out=$(PGOPTIONS="-c client_min_messages=debug1" q "SELECT parkdata.lexicon_backend_words()" 2>&1)
	if grep -q 'certified by lexicon_state' <<<"$out"; then
		ok "$label: a new backend trusts the certificate of the shipped lexicon rows (lexicon_state) and reads only the users'"
	else bad "$label: the lexicon's certificate after the update: $(grep -i 'parkdata' <<<"$out" | head -c 300)"; fi
	expect "$label: functions work after the update" ok \
		"SELECT chk(parkdata.numeric_to_cn(parkdata.cn_numeral_to_numeric('一万二千')) = '一万二千'
		        AND (SELECT count(*) FROM parkdata.search('升级测试科技园')) = 1)"
	if q "DROP EXTENSION parkdata" >/dev/null 2>&1 && [ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname = 'parkdata'")" = 0 ]; then
		ok "$label: DROP EXTENSION after the update leaves no schema parkdata"
	else bad "$label: DROP EXTENSION after the update left schema parkdata or failed"; fi
	drop_db pd_upgrade_old
	case $label in release*) ;; *) return ;; esac
	# a dump made under FROM, restored into the current version as the README says
	DB=pd_upgrade_restore
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
	q "CREATE EXTENSION parkdata" >/dev/null
	"$BIN/pg_restore" -d $DB "$TMPDIR_PD/old.dump" >/dev/null 2>"$TMPDIR_PD/restore.err"   # brings chk() back too
	out=$(grep -E 'ERROR' "$TMPDIR_PD/restore.err" | grep -v 'schema "parkdata" already exists' |
		grep -v 'relation "parkdata.park_park_id_seq" does not exist')
	[ -z "$out" ] || bad "$label: restoring the $from dump: $(head -c 300 <<<"$out")"
	expect "$label: a $from dump restores after CREATE EXTENSION (the user's rows back; only CREATE SCHEMA parkdata and the setval of 1.0's park id sequence fail)" ok \
		"SELECT chk((SELECT count(*) FROM parkdata.document WHERE source = 'upgrade') = 1
		        AND (SELECT count(*) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.source = 'upgrade') > 0
		        AND (SELECT count(*) FROM parkdata.park WHERE name = '升级测试科技产业园') = 1
		        AND (SELECT count(*) FROM parkdata.lexicon WHERE word = '升级测试词') = 1)"
	drop_db pd_upgrade_restore
}

# the fresh install every update is compared with, given the same user rows
if fresh_db pd_upgrade_fresh >/dev/null && q "$USER_ROWS" >/dev/null 2>&1; then
	FRESH=$(catalog_signature); FRESH_DATA=$(data_signature)
else
	bad "a fresh $CUR install with the user's rows"
fi
drop_db pd_upgrade_fresh

# --- real releases
# release_commit V - the commit of released version V (test/upgrade/releases.tsv)
release_commit() {
	local commit
	commit=$(awk -F'\t' -v v="$1" '$1 == v { print $2 }' test/upgrade/releases.tsv)
	[ -n "$commit" ] && git cat-file -e "$commit^{commit}" 2>/dev/null && echo "$commit"
}
# release_script V OUT - the install script of released version V, rebuilt
# from the SQL parts listed in the Makefile at the release's commit, with
# @extschema@ written in as that Makefile did from 1.1 on (for 1.0, whose
# schema was parkdata, PostgreSQL's substitution gave the same); a frozen
# copy test/upgrade/parkdata--V.sql wins
release_script() {
	local v=$1 out=$2 commit parts
	if [ -f "test/upgrade/parkdata--$v.sql" ]; then cp "test/upgrade/parkdata--$v.sql" "$out"; return; fi
	commit=$(release_commit "$v") || return 1
	parts=$(git show "$commit:Makefile" | sed -n '/^SQL_PARTS/,/[^\\]$/p' | grep -o 'sql/[a-z_]*\.sql')
	[ -n "$parts" ] || return 1
	for f in $parts; do git show "$commit:$f" 2>/dev/null || true; done | sed 's/@extschema@/parkdata/g' >"$out"
	[ -s "$out" ]
}
# release_control V OUT - a secondary control file for version V carrying
# the schema V's own control file named (1.0 lived in schema parkdata; 1.1
# lives in pg_catalog and creates parkdata), so V installs as it did
release_control() {
	local v=$1 out=$2 commit schema
	commit=$(release_commit "$v")
	schema=$(git show "$commit:parkdata.control" 2>/dev/null | sed -n "s/^schema *= *//p")
	[ -n "$schema" ] && echo "schema = $schema" >"$out"
}
# --- released upgrade scripts: frozen, byte for byte what their release built
# (release B's commit concatenated sql/update/A--B/* in name order and wrote
# @extschema@ in), and installed unchanged
for v in $(awk -F'\t' '!/^#/ { print $1 }' test/upgrade/releases.tsv); do
	commit=$(release_commit "$v") || { bad "release $v: commit not in this clone (test/upgrade/releases.tsv; a full clone is needed)"; continue; }
	for dir in $(git ls-tree -d --name-only "$commit" sql/update/ 2>/dev/null); do
		step=${dir##*/}
		[ "${step#*--}" = "$v" ] || continue
		for f in $(git ls-tree --name-only "$commit" "$dir/" | LC_ALL=C sort); do git show "$commit:$f"; done |
			sed 's/@extschema@/parkdata/g' >"$TMPDIR_PD/released.sql"
		if cmp -s "$TMPDIR_PD/released.sql" "sql/parkdata--$step.sql" && cmp -s "$TMPDIR_PD/released.sql" "$EXTDIR/parkdata--$step.sql"; then
			ok "parkdata--$step.sql (committed and installed) is byte for byte what release $v built at ${commit:0:7} ($(wc -c <"$TMPDIR_PD/released.sql") bytes, sha256 $(sha256sum <"$TMPDIR_PD/released.sql" | cut -c1-16))"
		else
			bad "parkdata--$step.sql differs from what release $v built at ${commit:0:7} (released upgrade scripts are frozen: restore it with git show; committed: $(cmp "$TMPDIR_PD/released.sql" "sql/parkdata--$step.sql" 2>&1 | head -1), installed: $(cmp "$TMPDIR_PD/released.sql" "$EXTDIR/parkdata--$step.sql" 2>&1 | head -1))"
		fi
	done
done

# --- real releases: every released version but the current one
froms=$(awk -F'\t' -v cur="$CUR" '!/^#/ && $1 != cur { print $1 }' test/upgrade/releases.tsv | sort -uV)
LATEST=$(tail -1 <<<"$froms")
if [ -z "$froms" ]; then
	echo "# no earlier release: $CUR is the first (test/upgrade/releases.tsv); 0 update checks"
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
	# its upgrade script forgets the function's COMMENT: the comparison must
	# find that, and nothing else
	sed -i '/^COMMENT ON FUNCTION/,$d' "$EXTDIR/parkdata--0.0harness--$CUR.sql"
	p0=$pass f0=$fail
	check_update 0.0harness "broken" >"$TMPDIR_PD/broken.out" 2>&1
	pass=$p0 fail=$f0 out=$(cat "$TMPDIR_PD/broken.out")
	if grep -q "FAIL broken: the catalog differs from a fresh install" <<<"$out" &&
		[ "$(grep -c . <<<"$LAST_DIFF")" = 2 ] && ! grep -qv 'numeric_to_cn' <<<"$LAST_DIFF"; then
		ok "harness self-test: an upgrade script that forgets a COMMENT is caught, and nothing else differs"
	else
		bad "harness self-test: a broken upgrade script: $(grep -E '^(ok|FAIL)' <<<"$out" | tr '\n' ' ' | head -c 400) diff: $(head -c 300 <<<"$LAST_DIFF")"
	fi
else
	bad "harness self-test: could not cut numeric_to_cn out of parkdata--$CUR.sql"
fi
rm -f "$EXTDIR"/parkdata--0.0harness*.sql
server_same
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
