#!/usr/bin/env bash
# make bench (first call): what the first to_tsvector costs a new connection
# (loading the module, opening ICU and the word list, the lexicon: the
# prebuilt image, its certificate and the users' rows), wall clock in the
# backend and the growth of its memory (from /proc/self/smaps_rollup; needs a
# superuser and Linux): anonymous (heap) and private dirty pages are the
# backend's own; private clean pages are mapped files (ICU's data, the word
# list, the lexicon image) read from the page cache, shared as soon as
# another backend maps them.  PD_BENCH_FIRST_ROUNDS (default 7) rounds, each a
# new backend for 'simple' (the baseline) then one for parkdata.chinese (and
# for zhparser's and pg_jieba's configurations where installed), so all see
# the same load; best and median of each, and the load average
# (1 minute) before and after.  Each round also takes parkdata.chinese in a
# second database whose lexicon has PD_BENCH_FIRST_USER_WORDS (default 100;
# 0: none) rows of users' words, some ending shipped words (their names are
# derived again: src/core/pd_seg_lexicon_names.c).
cd "$PD_ROOT" || exit 1
ROUNDS=${PD_BENCH_FIRST_ROUNDS:-7}
USERW=${PD_BENCH_FIRST_USER_WORDS:-100}
DB=pd_bench_first
DBU=pd_bench_first_users
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" \
	-c "DROP DATABASE IF EXISTS $DBU" || exit 1
P() { psql -X -q -At -v ON_ERROR_STOP=1 -d ${PDB:-$DB} "$@"; }
P -c "CREATE EXTENSION parkdata" || exit 1
. test/peers.sh
PEERS=$(pd_peers $DB)
# users' words: every tenth ends shipped words (科技园区, 技术开发区, ...)
if [ "$USERW" -gt 0 ]; then
	psql -X -q -d postgres -c "CREATE DATABASE $DBU" || exit 1
	PDB=$DBU P -c "CREATE EXTENSION parkdata" -c "INSERT INTO parkdata.lexicon (word, source)
		SELECT CASE WHEN g % 10 = 0 THEN (ARRAY['科技园区', '技术开发区', '产业开发区', '业开发区',
			'工业园区', '技园区', '济开发区', '业园区', '经开区', '科学城'])[g / 10 % 10 + 1]
			ELSE '测试园区' || g END, 'bench'
		FROM generate_series(1, $USERW) g ON CONFLICT DO NOTHING" || exit 1
	PDB=$DBU P -c "VACUUM ANALYZE parkdata.lexicon" -c "SELECT count(*) FROM parkdata.lexicon" >/dev/null
fi
# hint bits set and the table's pages read once, as in a database in use
P -c "VACUUM ANALYZE parkdata.lexicon" -c "SELECT count(*) FROM parkdata.lexicon" >/dev/null
first_call() {
	P <<SQL
CREATE FUNCTION pg_temp.mem(f text) RETURNS bigint LANGUAGE sql AS \$\$
  SELECT sum(m[1]::bigint) FROM regexp_matches(pg_read_file('/proc/self/smaps_rollup'), '^' || f || ':\s+(\d+) kB', 'gn') m \$\$;
CREATE FUNCTION pg_temp.first(cfg regconfig) RETURNS text LANGUAGE plpgsql AS \$\$
DECLARE a0 bigint := pg_temp.mem('Anonymous'); d0 bigint := pg_temp.mem('Private_Dirty'); c0 bigint := pg_temp.mem('Private_Clean');
        t0 timestamptz := clock_timestamp(); v tsvector; ms float8;
BEGIN
  v := to_tsvector(cfg, '溧阳高新区2023年新增高新技术企业21家。');
  ms := extract(epoch FROM clock_timestamp() - t0) * 1000;
  RETURN format('%s %s %s %s', round(ms::numeric, 2), pg_temp.mem('Anonymous') - a0, pg_temp.mem('Private_Dirty') - d0, pg_temp.mem('Private_Clean') - c0);
END \$\$;
SELECT pg_temp.first('$1');
SQL
}
load0=$(cut -d' ' -f1 /proc/loadavg)
declare -A runs
USERS_CASE=
[ "$USERW" -gt 0 ] && USERS_CASE=users
for ((i = 1; i <= ROUNDS; i++)); do
	for cfg in simple parkdata.chinese $USERS_CASE $PEERS; do
		if [ "$cfg" = users ]; then
			r=$(PDB=$DBU first_call parkdata.chinese 2>/dev/null)
		else
			r=$(first_call $cfg 2>/dev/null)
		fi || { echo "first call: not measured ($cfg)"; exit 0; }
		runs[$cfg]+="$r"$'\n'
	done
done
load1=$(cut -d' ' -f1 /proc/loadavg)
for cfg in simple parkdata.chinese $USERS_CASE $PEERS; do
	# best run (with its memory) and the median time
	best=$(printf '%s' "${runs[$cfg]}" | sort -n -k1,1 | head -1)
	med=$(printf '%s' "${runs[$cfg]}" | sort -n -k1,1 | awk '{t[NR] = $1} END {print t[int((NR + 1) / 2)]}')
	set -- $best
	label=$cfg
	[ "$cfg" = users ] && label="parkdata.chinese, $USERW users' words"
	printf 'first call %-17s %s ms (median %s); memory: anonymous +%s kB, private dirty +%s kB, private clean (file pages) +%s kB  (best of %s new backends)\n' \
		"$label" "$1" "$med" "$2" "$3" "$4" "$ROUNDS"
	[ "$cfg" = simple ] && best_simple=$1
	[ "$cfg" = parkdata.chinese ] && best_parkdata_chinese=$1
	[ "$cfg" = users ] && best_users=$1
done
awk -v a="$best_parkdata_chinese" -v b="$best_simple" -v l0="$load0" -v l1="$load1" \
	'BEGIN { printf "first call parkdata.chinese beyond simple: %.2f ms (best against best; no users'"'"' words; load %s before, %s after)\n", a - b, l0, l1 }'
[ -n "$USERS_CASE" ] && awk -v a="$best_users" -v b="$best_simple" -v u="$USERW" \
	'BEGIN { printf "first call parkdata.chinese beyond simple with %d users'"'"' words: %.2f ms (best against best)\n", u, a - b }'
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "DROP DATABASE IF EXISTS $DBU"
