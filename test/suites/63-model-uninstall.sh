#!/usr/bin/env bash
# 63-model-uninstall: the extension owns schema parkdata, so DROP EXTENSION
# parkdata leaves the database as it was before CREATE EXTENSION (no schema,
# no comment, no catalog row); objects of the user's that need parkdata stop
# the drop unless CASCADE; an existing schema parkdata is never taken over.
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
DB=pd_uninstall
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null

# rows per catalog that an extension can touch: equal before and after
snapshot() {
	q "SELECT string_agg(c || '=' || n, ' ' ORDER BY c) FROM (
	     SELECT 'class' c, count(*) n FROM pg_class UNION ALL SELECT 'proc', count(*) FROM pg_proc
	     UNION ALL SELECT 'type', count(*) FROM pg_type UNION ALL SELECT 'namespace', count(*) FROM pg_namespace WHERE nspname !~ '^pg_(toast_)?temp_'
	     UNION ALL SELECT 'description', count(*) FROM pg_description UNION ALL SELECT 'depend', count(*) FROM pg_depend
	     UNION ALL SELECT 'init_privs', count(*) FROM pg_init_privs UNION ALL SELECT 'constraint', count(*) FROM pg_constraint
	     UNION ALL SELECT 'trigger', count(*) FROM pg_trigger UNION ALL SELECT 'attrdef', count(*) FROM pg_attrdef
	     UNION ALL SELECT 'ts', (SELECT count(*) FROM pg_ts_config) + (SELECT count(*) FROM pg_ts_dict)
	                            + (SELECT count(*) FROM pg_ts_parser) + (SELECT count(*) FROM pg_ts_template)
	     UNION ALL SELECT 'extension', count(*) FROM pg_extension) s"
}
before=$(snapshot)
q "CREATE EXTENSION parkdata" >/dev/null && ok "CREATE EXTENSION parkdata" || bad "CREATE EXTENSION parkdata"
expect "schema parkdata is a member of the extension, the extension lives in pg_catalog" ok \
	"DO \$\$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid
	     WHERE e.extname = 'parkdata' AND d.classid = 'pg_namespace'::regclass AND d.objid = 'parkdata'::regnamespace
	       AND d.deptype = 'e' AND e.extnamespace = 'pg_catalog'::regnamespace) THEN RAISE EXCEPTION 'no'; END IF; END \$\$"
q "DROP EXTENSION parkdata" >/dev/null && ok "DROP EXTENSION parkdata" || bad "DROP EXTENSION parkdata"
after=$(snapshot)
[ "$before" = "$after" ] && ok "nothing left behind: no schema, comment or object ($after)" ||
	bad "DROP EXTENSION left something: before $before, after $after"
[ "$(q "SELECT count(*) FROM pg_namespace WHERE nspname = 'parkdata'")" = 0 ] && ok "no schema parkdata after DROP EXTENSION" ||
	bad "schema parkdata still exists after DROP EXTENSION"

# objects of the user's are never dropped silently
q "CREATE EXTENSION parkdata" >/dev/null
q "CREATE TABLE parkdata.my_notes (id int); CREATE TABLE public.news (body text);
   CREATE INDEX news_body_idx ON public.news USING gin (to_tsvector('parkdata.chinese', body))" >/dev/null
expect "DROP EXTENSION refuses while a table of the user's is in schema parkdata" 2BP01 "DROP EXTENSION parkdata"
q "DROP TABLE parkdata.my_notes" >/dev/null
expect "DROP EXTENSION refuses while a user index needs parkdata.chinese" 2BP01 "DROP EXTENSION parkdata"
expect "the user's table survives the refused drops" ok "SELECT count(*) FROM public.news"
q "DROP EXTENSION parkdata CASCADE" >/dev/null 2>&1 && ok "DROP EXTENSION parkdata CASCADE drops them with it" || bad "DROP EXTENSION CASCADE"
expect "CASCADE dropped the index, not the table" ok \
	"SELECT 1/(count(*) = 1 AND NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'news_body_idx'))::int FROM pg_class WHERE relname = 'news'"
q "DROP TABLE public.news" >/dev/null

# an existing schema parkdata is not taken over
q "CREATE SCHEMA parkdata" >/dev/null
out=$(psql -X -d "$DB" -v VERBOSITY=verbose -c "CREATE EXTENSION parkdata" 2>&1)
grep -q '42P06' <<<"$out" && grep -q 'HINT' <<<"$out" && ok "CREATE EXTENSION refuses an existing schema parkdata (42P06, with a hint)" ||
	bad "CREATE EXTENSION with an existing schema parkdata: $(head -c 300 <<<"$out")"
q "DROP SCHEMA parkdata" >/dev/null
[ "$(snapshot)" = "$before" ] && ok "the refused CREATE EXTENSION left nothing" || bad "the refused CREATE EXTENSION left something"
q "CREATE EXTENSION parkdata" >/dev/null && ok "CREATE EXTENSION again after DROP" || bad "CREATE EXTENSION again after DROP"
drop_db $DB
server_same
rm -rf "$TMPDIR_PD"
echo "$pass passed, $fail failed"
