#!/usr/bin/env bash
# 84-security: parkdata is usable by a non-superuser once installed, its
# scripts and functions are search_path-safe, no SECURITY DEFINER function
# without a pinned search_path, no dynamic SQL built from user text.
#  * roles: a plain role (USAGE only, which PUBLIC has) reads, extracts,
#    tokenizes and searches; ingest needs INSERT on document and indicator;
#    the lexicon and the reference tables stay with the owner.
#  * static: test/hostile/scan_sql.py finds no unqualified function or bare
#    operator outside bodies with a pinned search_path (accepted findings in
#    test/hostile/scan_sql.known); the scanner is shown to catch both.
#  * hostile schema: schema "evil", first in search_path, shadows every
#    built-in function the scripts name and the common operators on the
#    types they use with versions that raise; the extension installs and
#    every entry point runs with that search_path without calling any of
#    them.  The same with the shadows created in the target schema itself
#    before CREATE EXTENSION.
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh

# --- static scan
out=$(python3 test/hostile/scan_sql.py --known=test/hostile/scan_sql.known 2>&1)
if [ $? -eq 0 ]; then ok "scan_sql: $(tail -1 <<<"$out"), $(grep -c '^known' <<<"$out") accepted (scan_sql.known)"
else bad "scan_sql: $(grep -v '^known' <<<"$out" | head -10)"; fi
cat >"$TMPDIR_PD/bad.sql" <<'SQL'
CREATE FUNCTION @extschema@.f(t text) RETURNS text LANGUAGE sql AS $$SELECT md5(t) || 'x'$$;
CREATE FUNCTION @extschema@.g(t text) RETURNS text LANGUAGE sql SET search_path = pg_catalog AS $$SELECT md5(t) || 'x'$$;
SELECT pg_catalog.upper('a') WHERE 1 = 1;
SQL
out=$(python3 test/hostile/scan_sql.py "$TMPDIR_PD/bad.sql" 2>&1)
[ "$(grep -c 'unqualified function md5' <<<"$out")" = 1 ] && [ "$(grep -c 'bare operator ||' <<<"$out")" = 1 ] &&
	[ "$(grep -c 'bare operator =' <<<"$out")" = 1 ] && ok "scan_sql catches an unqualified call and bare operators (3 planted, pinned body skipped)" ||
	bad "scan_sql missed planted findings: $out"
# dynamic SQL: no EXECUTE of a string in the scripts; SPI only with constant text
# (refresh_vectors() runs UPDATE on tables found in the catalog: its two lines
# build names only, with regclass and %I, and say so)
n=$(grep -hiE '\bEXECUTE\b' sql/parkdata.sql sql/parkdata_*.sql $(ls sql/parkdata--*--*.sql 2>/dev/null) | grep -viE 'EXECUTE (FUNCTION|PROCEDURE)' | grep -vE -- "-- dynamic SQL: identifiers only \(regclass(, %I)?\)$" | grep -c .)
[ "$n" -eq 0 ] && ok "no dynamic EXECUTE in the SQL scripts" || bad "dynamic EXECUTE in the scripts: $n lines"
spi=$(grep -hoE 'SPI_(execute|exec|prepare|execute_with_args|cursor_open_with_args)\([^,]*' src/*.c | grep -vE '\("[^"]*"$' || true)
[ -z "$spi" ] && ok "SPI only with constant query strings ($(grep -hoE 'SPI_execute\("[^"]*"' src/*.c | tr '\n' ' '))" || bad "SPI with a built query string: $spi"

# --- roles
fresh_db pd_security || { bad "create database"; echo "$pass passed, $fail failed"; exit 0; }
"${PSQL[@]}" -d postgres >/dev/null 2>&1 <<'SQL'
DROP ROLE IF EXISTS pd_reader; DROP ROLE IF EXISTS pd_writer;
CREATE ROLE pd_reader LOGIN; CREATE ROLE pd_writer LOGIN;
SQL
q "GRANT INSERT ON parkdata.document, parkdata.indicator TO pd_writer" >/dev/null
as() { local r=$1; shift; expect "$r: $1" "$2" "SET ROLE $r; $3"; }
as pd_reader "cn_numeral_to_numeric"  ok "SELECT parkdata.cn_numeral_to_numeric('一千二百万')"
as pd_reader "numeric_to_cn"          ok "SELECT parkdata.numeric_to_cn(12000000)"
as pd_reader "extract_metrics"        ok "SELECT count(*) FROM parkdata.extract_metrics('溧阳高新区实现产值12.5亿元,同比增长8.3%。')"
as pd_reader "to_tsvector"            ok "SELECT to_tsvector('parkdata.chinese', '溧阳高新区人才')"
as pd_reader "search"                 ok "SELECT count(*) FROM parkdata.search('高新区')"
as pd_reader "views"                  ok "SELECT count(*) FROM parkdata.region_summary, parkdata.park_summary LIMIT 1"
as pd_reader "ingest refused"         42501 "SELECT parkdata.ingest('t', '普通用户的正文。')"
as pd_reader "lexicon insert refused" 42501 "INSERT INTO parkdata.lexicon (word) VALUES ('测试词语')"
as pd_reader "region insert refused"  42501 "INSERT INTO parkdata.region (code, name, level, parent_code) VALUES ('320498', '测试区', 'county', '320400')"
as pd_reader "reextract refused"      42501 "SELECT parkdata.reextract()"
as pd_writer "ingest with INSERT granted" ok "SELECT parkdata.ingest('t', '溧阳高新区今年新增企业25家,实现产值12.5亿元。')"
expect "the writer's document has its indicators" ok "SELECT chk(count(*) > 0) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.title = 't'"
as pd_writer "lexicon insert refused" 42501 "INSERT INTO parkdata.lexicon (word) VALUES ('测试词语')"
# --- builtin: only the extension's own scripts set it (a loader granted
# INSERT as the README says must not write builtin = true rows, which
# pg_dump ... WHERE NOT builtin would leave out)
"${PSQL[@]}" -d postgres >/dev/null 2>&1 <<'SQL'
DROP ROLE IF EXISTS pd_loader; CREATE ROLE pd_loader LOGIN;
SQL
q "GRANT INSERT ON parkdata.document, parkdata.indicator, parkdata.lexicon, parkdata.region, parkdata.park TO pd_loader;
   GRANT UPDATE ON parkdata.document, parkdata.lexicon, parkdata.region, parkdata.park TO pd_loader" >/dev/null
as pd_loader "document with builtin = true refused" 42501 "INSERT INTO parkdata.document (title, body, builtin) VALUES ('装载', '装载者的正文:产值12亿元。', true)"
as pd_loader "lexicon word with builtin = true refused" 42501 "INSERT INTO parkdata.lexicon (word, builtin) VALUES ('装载测试词', true)"
as pd_loader "region with builtin = true refused" 42501 "INSERT INTO parkdata.region (code, name, level, parent_code, builtin) VALUES ('320497', '装载区', 'county', '320400', true)"
as pd_loader "park with builtin = true refused" 42501 "INSERT INTO parkdata.park (name, kind, builtin) VALUES ('装载园区', 'other', true)"
as pd_loader "indicator with builtin = true for a user document refused" 42501 \
	"INSERT INTO parkdata.indicator (doc_id, metric_no, builtin) SELECT doc_id, 999, true FROM parkdata.document WHERE NOT builtin LIMIT 1"
as pd_loader "the same rows without builtin are accepted" ok \
	"INSERT INTO parkdata.document (title, body) VALUES ('装载', '装载者的正文:产值12亿元。');
	 INSERT INTO parkdata.lexicon (word) VALUES ('装载测试词');
	 INSERT INTO parkdata.region (code, name, level, parent_code) VALUES ('320497', '装载区', 'county', '320400');
	 INSERT INTO parkdata.park (name, kind) VALUES ('装载园区', 'other')"
as pd_loader "builtin = true on an existing user row refused" 42501 "UPDATE parkdata.lexicon SET builtin = true WHERE word = '装载测试词'"
as pd_loader "builtin = false on a shipped row refused" 42501 "UPDATE parkdata.region SET builtin = false WHERE code = '320481'"
expect "the owner cannot set builtin either (only the install and update scripts)" 42501 "UPDATE parkdata.document SET builtin = true WHERE title = '装载'"
expect "reextract() keeps the shipped documents' indicators builtin" ok \
	"SELECT parkdata.reextract(); SELECT chk(count(*) > 0 AND bool_and(i.builtin = d.builtin)) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id)"
expect "every table with a builtin column has both guard triggers" ok \
	"SELECT chk(count(*) = 0) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
	 WHERE c.relnamespace = 'parkdata'::regnamespace AND c.relkind = 'r' AND a.attname = 'builtin' AND NOT a.attisdropped
	   AND c.relname <> 'indicator'
	   AND (SELECT count(*) FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgfoid = 'parkdata.builtin_guard_trigger'::regproc) <> 2"
# the loader's rows survive pg_dump/pg_restore (WHERE NOT builtin)
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS pd_security_restore" -c "CREATE DATABASE pd_security_restore" >/dev/null
if "$BIN/pg_dump" -Fc -f "$TMPDIR_PD/sec.dump" "$DB" 2>"$TMPDIR_PD/dump.err" &&
	"$BIN/pg_restore" -d pd_security_restore "$TMPDIR_PD/sec.dump" 2>"$TMPDIR_PD/restore.err"; then
	got=$(psql -X -At -d pd_security_restore -c "SELECT (SELECT count(*) FROM parkdata.document WHERE title = '装载') || ' ' ||
		(SELECT count(*) FROM parkdata.lexicon WHERE word = '装载测试词') || ' ' || (SELECT count(*) FROM parkdata.region WHERE code = '320497') || ' ' ||
		(SELECT count(*) FROM parkdata.park WHERE name = '装载园区')")
	[ "$got" = "1 1 1 1" ] && ok "pg_dump + pg_restore keep the loader's document, word, region and park" || bad "loader's rows after restore: '$got' (want 1 1 1 1)"
else
	bad "dump/restore: $(head -3 "$TMPDIR_PD/dump.err" "$TMPDIR_PD/restore.err")"
fi
drop_db pd_security_restore

# --- trigger functions that run as the owner: not for other tables
expect "PUBLIC has no EXECUTE on SECURITY DEFINER trigger functions" ok \
	"SELECT chk(count(*) = 0) FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
	 JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'parkdata'
	 WHERE p.prosecdef AND p.prorettype = 'trigger'::regtype AND has_function_privilege('public', p.oid, 'EXECUTE')"
q "CREATE SCHEMA pd_writer_own AUTHORIZATION pd_writer" >/dev/null
as pd_writer "attaching refresh_place_names_trigger() to one's own table refused" 42501 \
	"CREATE TABLE pd_writer_own.mine (x int); CREATE TRIGGER t AFTER INSERT ON pd_writer_own.mine FOR EACH STATEMENT EXECUTE FUNCTION parkdata.refresh_place_names_trigger()"
expect "refresh_place_names_trigger() on another table refuses to run, even attached by the owner" 42501 \
	"CREATE TABLE public.other (x int); CREATE TRIGGER t AFTER INSERT ON public.other FOR EACH STATEMENT EXECUTE FUNCTION parkdata.refresh_place_names_trigger();
	 INSERT INTO public.other VALUES (1)"
expect "refresh_place_names_trigger() as a row trigger of region refuses to run" 42501 \
	"CREATE TRIGGER t AFTER UPDATE ON parkdata.region FOR EACH ROW EXECUTE FUNCTION parkdata.refresh_place_names_trigger();
	 UPDATE parkdata.region SET name = name WHERE code = '320481'"
expect "region and park still rebuild place_name" ok \
	"INSERT INTO parkdata.park (name, kind) VALUES ('触发器测试园', 'other'); SELECT chk(count(*) = 1) FROM parkdata.place_name WHERE surface = '触发器测试园'"
# SECURITY DEFINER: each must pin search_path
sd=$(q "SELECT string_agg(p.oid::regprocedure::text || CASE WHEN EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%') THEN ' (search_path pinned)' ELSE ' (NO pinned search_path)' END, ', ')
        FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
        JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'parkdata' WHERE p.prosecdef")
if [ -z "$sd" ] || ! grep -q 'NO pinned' <<<"$sd"; then ok "SECURITY DEFINER functions: ${sd:-none}"; else bad "SECURITY DEFINER without pinned search_path: $sd"; fi
expect "no C function is SECURITY DEFINER or leaks through a non-C language" ok \
	"SELECT chk(count(*) = 0) FROM pg_proc p JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
	 JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'parkdata'
	 WHERE p.prolang NOT IN (SELECT oid FROM pg_language WHERE lanname IN ('c', 'sql', 'plpgsql', 'internal'))"
drop_db pd_security

# --- hostile schema
# shadows: every pg_catalog function named in the scripts (and the common
# string functions) with the same argument types, and the common operators
# on text, integer, bigint, numeric, boolean, date, tsvector/tsquery, bit
names=$(grep -hoE 'pg_catalog\.[a-z_0-9]+\(' sql/parkdata.sql sql/parkdata_*.sql | sed 's/pg_catalog\.//;s/($//' | sort -u | tr '\n' ' ')
names="$names md5 left right length char_length lower upper substr replace regexp_replace regexp_match unnest to_tsvector to_tsquery websearch_to_tsquery ts_headline ts_rank_cd concat concat_ws format numeric_in textin"
cat >"$TMPDIR_PD/evil.sql" <<SQL
CREATE SCHEMA IF NOT EXISTS @EVIL@;
DO \$do\$
DECLARE r record; n int := 0; fname text;
BEGIN
  FOR r IN
    SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, p.prorettype::regtype AS ret,
           p.proretset, p.oid
    FROM pg_proc p
    WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind = 'f'
      AND p.proname = ANY (string_to_array('$names', ' '))
      AND NOT EXISTS (SELECT 1 FROM unnest(p.proargtypes::oid[] || p.prorettype) t(o)
                      JOIN pg_type ty ON ty.oid = t.o WHERE ty.typtype = 'p' AND ty.typname NOT IN ('record', 'void'))
      AND p.proallargtypes IS NULL
  LOOP
    BEGIN
      EXECUTE format('CREATE FUNCTION %I.%I(%s) RETURNS %s%s LANGUAGE plpgsql AS %L',
        '@EVIL@', r.proname, r.args, CASE WHEN r.proretset THEN 'SETOF ' ELSE '' END, r.ret,
        format('BEGIN RAISE EXCEPTION %L; END', 'evil function ' || r.proname || ' called'));
      n := n + 1;
    EXCEPTION WHEN OTHERS THEN NULL;
    END;
  END LOOP;
  FOR r IN
    SELECT o.oprname, o.oprleft::regtype AS l, o.oprright::regtype AS rt, o.oprresult::regtype AS res
    FROM pg_operator o
    WHERE o.oprnamespace = 'pg_catalog'::regnamespace AND o.oprleft <> 0
      AND o.oprname IN ('=', '<>', '<', '>', '<=', '>=', '||', '~', '@@', '&', '+', '-', '*', '/')
      AND o.oprleft IN ('text'::regtype, 'integer'::regtype, 'bigint'::regtype, 'numeric'::regtype,
                        'boolean'::regtype, 'date'::regtype, 'tsvector'::regtype, 'tsquery'::regtype, 'bit'::regtype, 'real'::regtype)
      AND o.oprright = o.oprleft
  LOOP
    fname := 'evil_op_' || n;
    EXECUTE format('CREATE FUNCTION %I.%I(%s, %s) RETURNS %s LANGUAGE plpgsql AS %L',
      '@EVIL@', fname, r.l, r.rt, r.res, format('BEGIN RAISE EXCEPTION %L; END', 'evil operator ' || r.oprname || ' called'));
    EXECUTE format('CREATE OPERATOR %I.%s (LEFTARG = %s, RIGHTARG = %s, FUNCTION = %I.%I)',
      '@EVIL@', r.oprname, r.l, r.rt, '@EVIL@', fname);
    n := n + 1;
  END LOOP;
  RAISE NOTICE 'evil objects: %', n;
END
\$do\$;
SQL
exercise="
SELECT parkdata.cn_numeral_to_numeric('一千二百万'), parkdata.try_cn_numeral_to_numeric('x'), parkdata.numeric_to_cn(12.5, 'rmb');
SELECT count(*) FROM parkdata.extract_metrics('溧阳高新区实现产值12.5亿元,同比增长8.3%。');
SELECT pg_catalog.to_tsvector('parkdata.chinese', '溧阳高新区人才'),
       pg_catalog.ts_headline('parkdata.chinese', '溧阳高新区人才', pg_catalog.to_tsquery('parkdata.chinese', '人才'));
SELECT parkdata.ingest('evil', '溧阳高新区今年新增企业25家,实现产值12.5亿元。', DATE '2024-01-01', 'evil');
SELECT count(*) FROM parkdata.search('高新区 人才');
INSERT INTO parkdata.lexicon (word) VALUES ('邪恶测试');
SELECT parkdata.lexicon_backend_words();
SELECT pg_catalog.to_tsvector('parkdata.chinese', '这是邪恶测试');
INSERT INTO parkdata.region (code, name, level, parent_code) VALUES ('320498', '测试区', 'county', '320400');
INSERT INTO parkdata.park (name, kind, region_code) VALUES ('测试园区', 'incubator', '320498');
SELECT parkdata.reextract((SELECT min(doc_id) FROM parkdata.document));
SELECT parkdata.reextract();
SELECT count(*) FROM parkdata.region_summary; SELECT count(*) FROM parkdata.park_summary;
SELECT count(*) FROM parkdata.indicator_facts; SELECT count(*) FROM parkdata.region_path;
"
for where in search_path target_schema; do
	DB=pd_security_evil
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
	if [ $where = search_path ]; then
		sed 's/@EVIL@/evil/g' "$TMPDIR_PD/evil.sql" | "${PSQL[@]}" -d $DB >/dev/null 2>"$TMPDIR_PD/evil.err" || bad "evil set-up: $(head -3 "$TMPDIR_PD/evil.err")"
		q "ALTER DATABASE $DB SET search_path = evil, pg_catalog, public" >/dev/null
	else
		sed 's/@EVIL@/parkdata/g' "$TMPDIR_PD/evil.sql" | "${PSQL[@]}" -d $DB >/dev/null 2>"$TMPDIR_PD/evil.err" || bad "evil set-up: $(head -3 "$TMPDIR_PD/evil.err")"
	fi
	nevil=$(psql -X -At -d $DB -c "SELECT count(*) FROM pg_proc WHERE proname LIKE 'evil_op_%' OR prosrc LIKE '%evil function%'")
	schema=$([ $where = search_path ] && echo evil || echo parkdata)
	live=$(psql -X -At -d $DB -c "SET search_path = $schema, pg_catalog" -c "SELECT md5('a')" 2>&1; psql -X -At -d $DB -c "SET search_path = $schema, pg_catalog" -c "SELECT 'a'::text = 'b'::text" 2>&1)
	[ "$nevil" -gt 100 ] && [ "$(grep -c 'evil .* called' <<<"$live")" = 2 ] && ok "$nevil shadows in schema $schema, live (md5() and text = text raise when first in search_path)" ||
		bad "shadows not live in $schema ($nevil): $live"
	out=$(psql -X -At -d $DB -v ON_ERROR_STOP=1 -v VERBOSITY=verbose -c "SET search_path = evil, pg_catalog, public" -c "CREATE EXTENSION parkdata" 2>&1)
	rc=$?
	if [ $where = target_schema ]; then
		# the extension creates and owns schema parkdata: one planted with
		# shadows beforehand is refused, so none of them can run as the owner
		grep -q '42P06' <<<"$out" && ok "CREATE EXTENSION refuses a schema parkdata planted with $nevil shadows (42P06)" ||
			bad "CREATE EXTENSION with a planted schema parkdata: $(head -c 300 <<<"$out")"
		drop_db $DB
		continue
	fi
	if [ $rc -eq 0 ]; then ok "CREATE EXTENSION with $nevil shadowing functions ($where) calls none of them"
	else bad "CREATE EXTENSION with shadows ($where): $(head -c 300 <<<"$out")"; fi
	out=$(psql -X -At -d $DB -v ON_ERROR_STOP=1 -c "SET search_path = evil, pg_catalog, public" -c "$exercise" 2>&1)
	if [ $? -eq 0 ]; then ok "every entry point with the shadows first in search_path ($where) calls none of them"
	else bad "entry points with shadows ($where): $(head -c 300 <<<"$out")"; fi
	drop_db $DB
done
"${PSQL[@]}" -d postgres -c "DROP ROLE IF EXISTS pd_reader" -c "DROP ROLE IF EXISTS pd_writer" -c "DROP ROLE IF EXISTS pd_loader" >/dev/null 2>&1
server_same
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
