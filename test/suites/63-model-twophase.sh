#!/usr/bin/env bash
# 63-model-twophase: parkdata inside a two-phase commit, as Citus runs it
# (CREATE EXTENSION on every worker, every coordinated transaction).  The
# install script and the extraction paths use no temporary objects:
# PREPARE TRANSACTION refuses a transaction that touched one.
cd "$PD_ROOT" || exit 1
. test/hostile/lib.sh
DB=pd_twophase
mpt=$(psql -X -At -d postgres -c "SHOW max_prepared_transactions")
if [ "${mpt:-0}" -eq 0 ]; then
	bad "max_prepared_transactions is 0 on the test cluster (scripts/pd starts it with 10: make stop, then rerun)"
	echo "$pass passed, $fail failed"; exit 0
fi
"${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" >/dev/null
twophase() {	# twophase NAME SQL END: BEGIN; SQL; PREPARE; END PREPARED
	local out
	out=$(psql -X -q -At -d "$DB" -v ON_ERROR_STOP=1 2>&1 <<SQL
BEGIN;
$2
PREPARE TRANSACTION 'pd_twophase';
$3 PREPARED 'pd_twophase';
SQL
	)
	if [ $? -eq 0 ]; then ok "$1"; else
		bad "$1: $(head -c 300 <<<"$out")"
		psql -X -q -d "$DB" -c "ROLLBACK PREPARED 'pd_twophase'" >/dev/null 2>&1
	fi
}
twophase "BEGIN; CREATE EXTENSION parkdata; PREPARE TRANSACTION; ROLLBACK PREPARED" "CREATE EXTENSION parkdata;" ROLLBACK
expect "nothing left after ROLLBACK PREPARED" ok \
	"DO \$\$BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'parkdata') OR to_regnamespace('parkdata') IS NOT NULL THEN RAISE EXCEPTION 'left over'; END IF; END\$\$"
twophase "BEGIN; CREATE EXTENSION parkdata; PREPARE TRANSACTION; COMMIT PREPARED" "CREATE EXTENSION parkdata;" COMMIT
add_chk
expect "the seeds' indicators were extracted inside the prepared transaction" ok \
	"SELECT chk(count(*) > 0 AND count(*) = (SELECT count(*) FROM parkdata.extraction)) FROM parkdata.indicator"
twophase "ingest() in a prepared transaction" \
	"SELECT parkdata.ingest('两阶段', '两阶段提交中,溧阳高新区新增企业25家,实现产值12.5亿元。');" COMMIT
expect "its indicators are there" ok \
	"SELECT chk(count(*) > 0) FROM parkdata.indicator i JOIN parkdata.document d USING (doc_id) WHERE d.title = '两阶段'"
twophase "reextract() of every document in a prepared transaction" "SELECT parkdata.reextract();" COMMIT
twophase "reextract(doc_id) in a prepared transaction" \
	"SELECT parkdata.reextract(doc_id) FROM parkdata.document WHERE title = '两阶段';" COMMIT
twophase "a lexicon change in a prepared transaction" \
	"INSERT INTO parkdata.lexicon (word, source) VALUES ('两阶段提交', 'test');" COMMIT
expect "the committed lexicon word is used" ok \
	"SELECT chk(count(*) = 1) FROM ts_parse('parkdata.icu_zh', '两阶段提交')"
drop_db $DB
server_same
echo "$pass passed, $fail failed"
