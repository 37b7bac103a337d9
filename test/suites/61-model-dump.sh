#!/usr/bin/env bash
# 61-model-dump: pg_dump / pg_restore round trip.  Rows users add (regions,
# parks, documents, lexicon words) survive; the shipped rows are not
# duplicated; indicators are derived again on restore; user parks keep their
# ids; stored vectors (parkdata's and a user table's in a schema that sorts
# before parkdata) are the dump's, with the user's lexicon words, also with
# pg_restore -j.
cd "$PD_ROOT" || exit 1
export PGOPTIONS="-c client_min_messages=warning"
BIN=$("${PG_CONFIG:-pg_config}" --bindir)
A=pd_model_dump_a B=pd_model_dump_b
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
PSQL=(psql -X -q -v ON_ERROR_STOP=1)
q() { "${PSQL[@]}" -At -d "$1" -c "$2"; }
same() {	# same <description> <query>: the query gives the same answer in A and B
	local a b
	a=$(q $A "$2" 2>&1); b=$(q $B "$2" 2>&1)
	if [ "$a" = "$b" ] && [ -n "$a" ] && [ "${a#ERROR}" = "$a" ]; then ok "$1 ($a)"; else bad "$1: before '$a', after '$b'"; fi
}
expect() {	# expect <db> <description> <query> <answer>
	local got
	got=$(q "$1" "$3" 2>&1)
	[ "$got" = "$4" ] && ok "$2" || bad "$2: got '$got', want '$4'"
}
finish() {
	"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $A" -c "DROP DATABASE IF EXISTS $B" >/dev/null 2>&1
	rm -rf "$work"
	echo "$pass passed, $fail failed"
	exit 0
}
work=$(mktemp -d)

"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $A" -c "DROP DATABASE IF EXISTS $B" \
	-c "CREATE DATABASE $A" -c "CREATE DATABASE $B" >/dev/null || { bad "create databases"; finish; }
"${PSQL[@]}" -d $A >/dev/null <<'SQL' || { bad "set up the source database"; finish; }
CREATE EXTENSION parkdata;
INSERT INTO parkdata.region (code, name, short_name, level, parent_code)
VALUES ('320499', '测试新区', '测试', 'county', '320400');
INSERT INTO parkdata.park (name, short_name, kind, level, region_code)
VALUES ('溧阳测试科技产业园', '测试科技园', 'industrial_park', 'municipal', '320481');
SELECT parkdata.ingest('溧阳高新区人才', '截至11月,溧阳高新区10个科创平台已集聚人才1030人,其中硕士以上学历537人。',
                       DATE '2023-12-20', '测试');
SELECT parkdata.ingest('测试科技园', '测试科技园今年新增企业25家,实现产值12.5亿元,同比增长8.3%。',
                       DATE '2024-01-02', '测试');
-- a lexicon word of the user's, used by a document and by a user table in a
-- schema that sorts before parkdata (its rows are restored before the
-- lexicon's); the source's vectors are brought up to date with it
INSERT INTO parkdata.lexicon (word, source) VALUES ('罗庚湾科技城', 'user');
SELECT parkdata.ingest('罗庚湾', '罗庚湾科技城今年引进企业12家,新增就业岗位800个。', DATE '2024-02-01', '测试');
-- an indicator of the user's and its synonym (catalog rows WHERE NOT builtin)
INSERT INTO parkdata.metric (code, name, unit_dimension, description)
VALUES ('charging_piles', '充电桩', 'count_platforms', 'charging points for electric vehicles');
INSERT INTO parkdata.lexicon (word, source, metric) VALUES ('充电桩', 'user', 'charging_piles');
SELECT parkdata.ingest('充电桩', '溧阳市今年新建充电桩1200个。', DATE '2024-03-01', '测试');
CREATE SCHEMA app;
CREATE TABLE app.notes (id int PRIMARY KEY, body text,
                        tsv tsvector GENERATED ALWAYS AS (to_tsvector('parkdata.chinese', body)) STORED);
INSERT INTO app.notes VALUES (1, '罗庚湾科技城的新闻'), (2, '溧阳高新区的新闻');
SELECT parkdata.refresh_vectors();
SQL

"$BIN/pg_dump" -Fc -f "$work/a.dump" $A 2>"$work/dump.err" && ok "pg_dump -Fc" || { bad "pg_dump: $(head -3 "$work/dump.err")"; finish; }
"$BIN/pg_restore" -d $B "$work/a.dump" 2>"$work/restore.err" && ok "pg_restore without errors" \
	|| bad "pg_restore: $(head -5 "$work/restore.err")"

same "regions" "SELECT count(*) FROM parkdata.region"
same "user region kept" "SELECT code || ' ' || name || ' ' || builtin FROM parkdata.region WHERE NOT builtin"
same "parks" "SELECT count(*) FROM parkdata.park"
same "user indicator of the catalog kept" "SELECT code || ' ' || unit_dimension || ' ' || builtin FROM parkdata.metric WHERE NOT builtin"
same "user synonym kept with its code" "SELECT word || ' ' || metric || ' ' || builtin FROM parkdata.lexicon WHERE metric = 'charging_piles'"

same "user park kept with its id" "SELECT park_id || ' ' || name || ' ' || builtin FROM parkdata.park WHERE NOT builtin"
same "documents" "SELECT count(*) || ' (' || count(*) FILTER (WHERE builtin) || ' builtin)' FROM parkdata.document"
same "document contents" "SELECT md5(string_agg(doc_id || title || coalesce(published::text, '') || coalesce(source, '') || body, '|' ORDER BY doc_id)) FROM parkdata.document"
expect $B "no seed loaded twice" "SELECT count(*) FROM (SELECT body FROM parkdata.document GROUP BY body HAVING count(*) > 1) d" 0
same "full-text vectors: the dump's, with the user's lexicon word (restored after the documents)" "SELECT md5(string_agg(tsv::text, '|' ORDER BY doc_id)) FROM parkdata.document"
same "a user table's stored vectors (schema app, restored before the lexicon)" "SELECT md5(string_agg(tsv::text, '|' ORDER BY id)) FROM app.notes"
same "search for the user's word" "SELECT count(*) || ' ' || string_agg(title, ',') FROM parkdata.search('罗庚湾科技城')"
expect $B "the user's word is one token in the restored vectors" \
	"SELECT count(*) FROM parkdata.document WHERE tsv @@ '罗庚湾科技城'::tsquery" 1
# a parallel restore (-j 2): tables load concurrently; the refresh waits for them
C=pd_model_dump_c
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $C" -c "CREATE DATABASE $C" >/dev/null
"$BIN/pg_restore" -j 2 -d $C "$work/a.dump" 2>"$work/restore-j.err" && ok "pg_restore -j 2 without errors" \
	|| bad "pg_restore -j 2: $(head -5 "$work/restore-j.err")"
for qry in "SELECT md5(string_agg(tsv::text, '|' ORDER BY doc_id)) FROM parkdata.document" \
	"SELECT md5(string_agg(tsv::text, '|' ORDER BY id)) FROM app.notes"; do
	a=$(q $A "$qry" 2>&1); c=$(q $C "$qry" 2>&1)
	[ "$a" = "$c" ] && [ -n "$a" ] && ok "pg_restore -j 2: the same vectors (${qry##* FROM })" || bad "pg_restore -j 2, ${qry##* FROM }: '$a' vs '$c'"
done
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $C" >/dev/null 2>&1
# indicators are derived again by the extraction trigger while the documents load
same "indicators of the user documents" "SELECT md5(string_agg(concat_ws(',', doc_id, metric_no, region_code, indicator, metric, value, unit, status, period_start, period_end), '|' ORDER BY doc_id, metric_no)) FROM parkdata.indicator WHERE NOT builtin AND park_id IS NOT DISTINCT FROM (SELECT park_id FROM parkdata.park WHERE name = '江苏省溧阳高新技术产业开发区')"
same "indicators of the seeds" "SELECT count(*) FROM parkdata.indicator WHERE builtin"
# links to parks the user added: exact after reextract
"${PSQL[@]}" -d $A -c "SELECT parkdata.reextract()" >/dev/null
"${PSQL[@]}" -d $B -c "SELECT parkdata.reextract()" >/dev/null
expect $B "the user's synonym gives its code after reextract (documents load before the catalog's user rows)" \
	"SELECT metric FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.title = '充电桩'" charging_piles
same "all indicators after reextract" "SELECT md5(string_agg(concat_ws(',', doc_id, metric_no, region_code, park_id, indicator, metric, value, unit, qualifier, kind, status, period, period_start, period_end, year), '|' ORDER BY doc_id, metric_no)) FROM parkdata.indicator"
# identity and constraints work after the restore
expect $B "a park added after the restore gets the id its name gives (no sequence to restore)" \
	"INSERT INTO parkdata.park (name, kind) VALUES ('恢复后新增园区', 'incubator') RETURNING park_id = parkdata.park_id(name) AND park_id > 100000" t
expect $B "ingest after restore returns the existing id for a known body" \
	"SELECT parkdata.ingest('x', body) = doc_id FROM parkdata.document WHERE source = '测试' ORDER BY doc_id LIMIT 1" t
expect $B "the extension's objects belong to it after restore" \
	"SELECT count(*) FROM pg_depend WHERE refobjid = (SELECT oid FROM pg_extension WHERE extname = 'parkdata') AND classid = 'pg_class'::regclass AND objid IN ('parkdata.document'::regclass, 'parkdata.indicator'::regclass, 'parkdata.region'::regclass, 'parkdata.park'::regclass)" 4
finish
