#!/usr/bin/env bash
# test/citus/check.sh -- make citus-check (issue 11): parkdata on a Citus
# cluster of a coordinator and two workers on loopback, against one node.
#
# Runs the SQL of docs/citus.md's "Set-up" section verbatim (its four fenced
# sql blocks, in order; only the host names and ports are replaced by the
# loopback ones), checks that every sql block of the README's "Scaling out"
# is one of those lines, loads a few thousand documents, and compares documents,
# stored vectors, indicators, search results and the three views with a
# single node loaded the plain way (identical), checks that every node and
# every shard tokenizes alike after a lexicon change and that the documented
# refresh rewrites every shard's vectors, that a user's indicator code and
# synonym reach every shard's extraction after the refresh, that a node
# added later gets the user's words, that ingest() and reextract() work,
# shows with EXPLAIN that the extraction INSERT ... SELECT runs on the
# shards, and prints the extraction time with 1 and 2 workers beside the
# single node.
#
# Citus is not built here: the check uses an installed one, in the
# PostgreSQL whose pg_config is PD_CITUS_PG_CONFIG, or in
# $PD_CITUS_PGROOT/lib/postgresql/15/bin/pg_config (a copy made with
# scripts/pd private-pg), or in the build's own ($PG_CONFIG); parkdata is
# installed there first.  Without Citus it says so and passes nothing.
# PD_CITUS_DOCS (default 3000) documents.
set -u
ROOT=${PD_ROOT:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$ROOT" || exit 1
pass=0 fail=0
ok() { pass=$((pass + 1)); echo "ok   $*"; }
bad() { fail=$((fail + 1)); echo "FAIL $*"; }
finish() { echo "$pass passed, $fail failed"; exit 0; }

if [ -n "${PD_CITUS_PG_CONFIG:-}" ]; then CPG=$PD_CITUS_PG_CONFIG
elif [ -n "${PD_CITUS_PGROOT:-}" ]; then CPG=$PD_CITUS_PGROOT/lib/postgresql/15/bin/pg_config
else CPG=${PG_CONFIG:-pg_config}; fi
LIB=$("$CPG" --pkglibdir 2>/dev/null)
if [ -z "$LIB" ] || [ ! -f "$LIB/citus.so" ]; then
	echo "citus-check: skipped: Citus is not installed in ${LIB:-$CPG} (set PD_CITUS_PGROOT to a PostgreSQL copy that has it, or PD_CITUS_PG_CONFIG to its pg_config)"
	finish
fi
BIN=$("$CPG" --bindir)
make -s install PG_CONFIG="$CPG" >/dev/null 2>&1 || { bad "make install PG_CONFIG=$CPG"; finish; }

# --- three servers on loopback, as the unprivileged cluster user when root
OWNER=${PD_CLUSTER_USER:-postgres}
as_owner() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$OWNER" -- "$@"; else "$@"; fi; }
WORK=$(mktemp -d /tmp/parkdata-citus.XXXXXX)
chmod 755 "$WORK"; [ "$(id -u)" -eq 0 ] && chown "$OWNER" "$WORK"
PORTS=()
for p in $(seq 57300 57400); do
	(exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && continue
	PORTS+=("$p"); [ ${#PORTS[@]} -eq 3 ] && break
done
NAMES=(coordinator worker1 worker2)
cleanup() {
	for n in "${NAMES[@]}"; do
		[ -f "$WORK/$n/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$WORK/$n" -m immediate stop >/dev/null 2>&1
	done
	[ -n "${PD_KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT
for i in 0 1 2; do
	n=${NAMES[$i]}
	as_owner "$BIN/initdb" -D "$WORK/$n" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$WORK/$n.initdb" 2>&1 ||
		{ bad "initdb $n: $(tail -2 "$WORK/$n.initdb")"; finish; }
	as_owner "$BIN/pg_ctl" -D "$WORK/$n" -l "$WORK/$n.log" -w -t 120 -o "-c port=${PORTS[$i]} -c listen_addresses=127.0.0.1 \
		-c unix_socket_directories=$WORK -c shared_preload_libraries=citus -c max_prepared_transactions=100 \
		-c max_connections=100 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=128MB" \
		start >/dev/null 2>&1 || { bad "start $n: $(tail -3 "$WORK/$n.log")"; finish; }
done
ok "coordinator and two workers up on 127.0.0.1:${PORTS[0]}, ${PORTS[1]}, ${PORTS[2]} (Citus from $LIB)"
export PGOPTIONS="-c client_min_messages=warning"
psqlp() { local port=$1 db=$2; shift 2; "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$WORK" -p "$port" -U postgres -d "$db" "$@"; }
qc() { psqlp "${PORTS[0]}" "$1" -At -c "$2"; }	# query on the coordinator

# --- the commands: the fenced sql blocks of docs/citus.md's "## Set-up"; the
# README's "## Scaling out" blocks must be found there, line for line
sql_blocks() {	# FILE SECTION: the section's sql blocks, one per line, \n escaped
	python3 - "$1" "$2" <<'PY'
import re, sys
text = open(sys.argv[1], encoding='utf-8').read()
m = re.search(r'^## ' + re.escape(sys.argv[2]) + r'\n(.*?)(?=^## |\Z)', text, re.S | re.M)
for b in re.findall(r'^```sql\n(.*?)^```', m.group(1) if m else '', re.S | re.M):
    print(b.replace('\\', '\\\\').replace('\n', '\\n'))
PY
}
mapfile -t BLOCKS < <(sql_blocks docs/citus.md Set-up)
if [ ${#BLOCKS[@]} -lt 4 ]; then bad "docs/citus.md \"Set-up\" has ${#BLOCKS[@]} sql blocks, want 4 (every node, coordinator, load, refresh)"; finish; fi
mapfile -t README_BLOCKS < <(sql_blocks README.md "Scaling out")
[ ${#README_BLOCKS[@]} -gt 0 ] || bad "README.md \"Scaling out\" has no sql block"
for rb in "${README_BLOCKS[@]}"; do
	missing=$(printf '%b' "$rb" | grep -vxF -f <(printf '%b' "${BLOCKS[@]}") | head -1)
	[ -z "$missing" ] || bad "README.md \"Scaling out\": a line not in docs/citus.md's set-up: $missing"
done
block() { printf '%b' "${BLOCKS[$1]}"; }
# the set-up's host names and ports, replaced by the loopback ones
hosts() {
	sed -e "s/'coordinator', 5432/'127.0.0.1', ${PORTS[0]}/" -e "s/'worker-1', 5432/'127.0.0.1', ${PORTS[1]}/" \
		-e "s/'worker-2', 5432/'127.0.0.1', ${PORTS[2]}/" | if [ "$1" = 1 ]; then grep -v "'127.0.0.1', ${PORTS[2]}"; else cat; fi
}
ok "docs/citus.md \"Set-up\": ${#BLOCKS[@]} sql blocks read; README \"Scaling out\": ${#README_BLOCKS[@]} blocks, every line among them"

# --- documents: PD_CITUS_DOCS built from the seeds' paragraphs with figures
N=${PD_CITUS_DOCS:-3000}
STAGING="CREATE TABLE staging AS
SELECT '园区动态第' || g || '期' AS title,
       format('第%s期。截至%s月,溧阳高新区%s个科创平台已集聚人才%s人,其中硕士以上学历%s人,占人才总数的%s%%。',
              g, g % 12 + 1, g % 20 + 1, 500 + g % 1000, 100 + g % 500, g % 90 + 5) || p1.t || p2.t AS body,
       DATE '2020-01-01' + g % 1500 AS published, '集群测试' AS source
FROM generate_series(1, $N) g
JOIN (SELECT row_number() OVER (ORDER BY d.doc_id, p.ord) AS k, p.t
      FROM parkdata.document d, regexp_split_to_table(d.body, E'\n') WITH ORDINALITY AS p (t, ord)
      WHERE char_length(btrim(p.t)) BETWEEN 20 AND 400) p1 ON p1.k = g % 97 + 1
JOIN (SELECT row_number() OVER (ORDER BY d.doc_id, p.ord) AS k, p.t
      FROM parkdata.document d, regexp_split_to_table(d.body, E'\n') WITH ORDINALITY AS p (t, ord)
      WHERE char_length(btrim(p.t)) BETWEEN 20 AND 400) p2 ON p2.k = (g * 7) % 97 + 1;"
INGEST="SELECT parkdata.ingest('集群单篇' || g, '集群单篇第' || g || '篇:天宁经开区新增高新技术企业' || (g + 20) || '家,实现产值' || g || '.5亿元,同比增长' || (g + 3) || '%。', DATE '2024-03-01' + g, '单篇')
FROM generate_series(1, 5) g;"

# single node: a database with parkdata only, loaded the plain way
psqlp "${PORTS[0]}" postgres -c "CREATE DATABASE single" || { bad "create database single"; finish; }
psqlp "${PORTS[0]}" single -c "CREATE EXTENSION parkdata" -c "$STAGING" -c "$INGEST" >/dev/null ||
	{ bad "single node: set-up"; finish; }

# Citus: database c2 with two workers, c1 with one; "every node" block on all three
setup_citus() {	# setup_citus DB WORKERS
	local db=$1 w=$2 port out
	for port in "${PORTS[@]}"; do
		psqlp "$port" postgres -c "CREATE DATABASE $db" >/dev/null && block 0 | psqlp "$port" "$db" >/dev/null ||
			{ bad "$db: set-up block 1 (every node) on port $port"; return 1; }
	done
	if out=$(block 1 | hosts "$w" | psqlp "${PORTS[0]}" "$db" -At 2>&1); then
		ok "$db: set-up block 2 on the coordinator ($w worker(s)): $(tail -1 <<<"$out")"
	else bad "$db: set-up block 2: $(tail -3 <<<"$out")"; return 1; fi
}
setup_citus c2 2 || finish
setup_citus c1 1 || finish

# the same staging table on the coordinator (a local table), then the
# set-up's load (block 3) and ingest()
for db in c2 c1; do
	qc "$db" "$STAGING" >/dev/null || bad "$db: staging"
done
if out=$(block 2 | psqlp "${PORTS[0]}" c2 2>&1); then ok "c2: set-up block 3 (load and extract) ran"
else bad "c2: set-up block 3: $(tail -3 <<<"$out")"; fi
block 2 | psqlp "${PORTS[0]}" c1 >/dev/null 2>&1 || bad "c1: set-up block 3"
qc single "INSERT INTO parkdata.document (title, body, published, source) SELECT title, body, published, source FROM staging ON CONFLICT (doc_id) DO NOTHING" >/dev/null ||
	bad "single node: bulk load"
if out=$(qc c2 "$INGEST" 2>&1); then ok "ingest() on the cluster"; else bad "ingest() on the cluster: $out"; fi

# --- the cluster and the single node hold the same
same() {	# same NAME SQL: the answer in c2 equals the answer in single
	local a b
	a=$(qc c2 "$2" 2>&1); b=$(qc single "$2" 2>&1)
	if [ "$a" = "$b" ] && [ -n "$a" ] && ! grep -q ERROR <<<"$a"; then ok "identical: $1 ($(head -c 60 <<<"$a" | head -1))"
	else bad "$1: cluster '$(head -c 200 <<<"$a")' single '$(head -c 200 <<<"$b")'"; fi
}
compare_all() {	# compare_all LABEL
	same "$1documents" "SELECT count(*) || ' ' || md5(string_agg(concat_ws('|', doc_id, title, published, source, source_file, body, builtin), '#' ORDER BY doc_id)) FROM parkdata.document"
	same "$1stored vectors" "SELECT md5(string_agg(doc_id || ':' || tsv::text, '#' ORDER BY doc_id)) FROM parkdata.document"
	same "$1indicators" "SELECT count(*) || ' ' || md5(string_agg(i::text, '#' ORDER BY doc_id, metric_no)) FROM parkdata.indicator i"
	local q
	for q in '溧阳高新区 人才' '"科创平台"' '硕士 OR 博士' '产值 -人才' '集群单篇'; do
		same "$1search('$q')" "SELECT count(*) || ' ' || md5(string_agg(s::text, '#')) FROM parkdata.search('$q', 50) s"
	done
	same "$1indicator_facts" "SELECT count(*) || ' ' || md5(string_agg(f::text, '#' ORDER BY doc_id, metric_no)) FROM parkdata.indicator_facts f"
	same "$1park_summary" "SELECT count(*) || ' ' || md5(string_agg(p::text, '#' ORDER BY park_id)) FROM parkdata.park_summary p"
	same "$1region_summary" "SELECT count(*) || ' ' || md5(string_agg(r::text, '#' ORDER BY region_code)) FROM parkdata.region_summary r"
}
[ "$(qc c2 "SELECT count(*) >= $N FROM parkdata.document")" = t ] && ok "c2 holds $(qc c2 "SELECT count(*) FROM parkdata.document") documents, $(qc c2 "SELECT count(*) FROM parkdata.indicator") indicators ($(qc c2 "SELECT count(*) FROM parkdata.indicator WHERE metric IS NOT NULL") with a catalog code)" ||
	bad "c2 document count"
compare_all ""

# --- the extraction runs on the shards
plan=$(block 2 | python3 -c "import sys,re; s=sys.stdin.read(); print('EXPLAIN (COSTS OFF) ' + re.search(r'(INSERT INTO parkdata\.indicator.*?;)', s, re.S).group(1))" |
	psqlp "${PORTS[0]}" c2 -At 2>&1)
if grep -q 'Task Count: [0-9]' <<<"$plan" && grep -qE 'Insert on indicator_[0-9]+' <<<"$plan" && grep -q 'extract_metrics' <<<"$plan"; then
	ok "EXPLAIN: the README's extraction INSERT ... SELECT runs on the shards ($(grep -oE 'Task Count: [0-9]+' <<<"$plan"), each an Insert on its indicator shard with extract_metrics below it)"
	sed -n '1,12p' <<<"$plan" | sed 's/^/#   /'
else bad "EXPLAIN of the extraction: $(head -20 <<<"$plan")"; fi

# --- a lexicon change: every node and every shard tokenizes alike, the
# refresh (block 4) rewrites every shard's vectors
WORD=已集聚人才		# in every generated document, cut into several tokens until it is a lexicon word
# warm the worker backends Citus keeps open, with the old lexicon
WHOLE="to_tsvector('parkdata.chinese', '$WORD' || left(d.title, 0)) @@ '$WORD'::tsquery"
before=$(qc c2 "SELECT count(*) FILTER (WHERE $WHOLE) FROM parkdata.document d")
[ "$before" = 0 ] && ok "before the change no shard keeps $WORD whole" || bad "before the change: $before rows keep $WORD whole"
# and an indicator catalog change (a user's code and synonym; the figure of
# 已集聚人才N人 has the indicator 人才 and no code before)
CODE=platform_talent
for db in c2 single; do
	qc "$db" "INSERT INTO parkdata.lexicon (word, source) VALUES ('$WORD', 'user')" >/dev/null || bad "$db: lexicon word"
	qc "$db" "INSERT INTO parkdata.metric (code, name, unit_dimension) VALUES ('$CODE', '科创平台集聚人才', 'count_people');
		INSERT INTO parkdata.lexicon (word, source, metric) VALUES ('人才', 'user', '$CODE')" >/dev/null || bad "$db: catalog code and synonym"
done
nodes=$(qc c2 "SELECT string_agg(node || ' ' || checksum || ' ' || same_as_here, ', ') FROM parkdata.lexicon_nodes()")
[ "$(qc c2 "SELECT bool_and(same_as_here) AND count(*) = 3 FROM parkdata.lexicon_nodes()")" = t ] &&
	ok "every node has the same lexicon and indicator catalog: $nodes" || bad "lexicon checksums: $nodes"
shards=$(qc c2 "SELECT count(*) FILTER (WHERE $WHOLE) || ' of ' || count(*) FROM parkdata.document d")
[ "${shards%% of*}" = "${shards##*of }" ] && ok "every shard task tokenizes the new word whole ($shards rows, in the workers' pooled backends)" ||
	bad "shard tasks with the new word whole: $shards"
coded0=$(qc c2 "SELECT count(*) FROM parkdata.indicator WHERE metric = '$CODE'")
if out=$(block 3 | psqlp "${PORTS[0]}" c2 2>&1) && block 3 | psqlp "${PORTS[0]}" single >/dev/null 2>&1; then ok "set-up block 4 (refresh_vectors(), reextract()) ran"
else bad "set-up block 4: $out"; fi
coded=$(qc c2 "SELECT count(*) FROM parkdata.indicator WHERE metric = '$CODE'")
[ "$coded0" = 0 ] && [ "$coded" -ge "$N" ] && [ "$coded" = "$(qc single "SELECT count(*) FROM parkdata.indicator WHERE metric = '$CODE'")" ] &&
	ok "the user's catalog code reaches every shard: after reextract() $coded indicators have $CODE, as on the single node ($(qc c2 "SELECT count(*) FILTER (WHERE metric IS NOT NULL) FROM parkdata.indicator") of $(qc c2 "SELECT count(*) FROM parkdata.indicator") with a code)" ||
	bad "indicators with the user's code $CODE: before the refresh $coded0 (want 0); after: cluster $coded, single $(qc single "SELECT count(*) FROM parkdata.indicator WHERE metric = '$CODE'"), want the same, at least $N"
id=$(qc c2 "SELECT min(doc_id) FROM parkdata.document WHERE source = '单篇'")
n=$(qc c2 "SELECT parkdata.reextract($id)")
[ -n "$n" ] && [ "$n" = "$(qc c2 "SELECT count(*) FROM parkdata.indicator WHERE doc_id = $id")" ] &&
	ok "reextract(doc_id) on the cluster" || bad "reextract(doc_id) on the cluster"
compare_all "after the lexicon change and the refresh: "

# --- extraction time: single node, 1 worker (c1), 2 workers (c2), twice,
# alternating
EXTRACT="DELETE FROM parkdata.indicator; SELECT clock_timestamp() AS t0 \\gset
INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction;
SELECT round(extract(epoch FROM clock_timestamp() - :'t0')::numeric, 2);"
timed() { printf '%s\n' "$EXTRACT" | PGOPTIONS="$PGOPTIONS ${2:-}" psqlp "${PORTS[0]}" "$1" -At | tail -1; }
t_single=$(timed single); t_c1=$(timed c1); t_c2=$(timed c2)
t_single="$t_single, $(timed single)"; t_c1="$t_c1, $(timed c1)"; t_c2="$t_c2, $(timed c2)"
# the same with one backend per worker (Citus's executor otherwise opens up
# to 16 per worker, which on a busy shared machine also buys CPU share)
ONE="-c citus.max_adaptive_executor_pool_size=1"
t_c1_one="$(timed c1 "$ONE"), $(timed c1 "$ONE")"; t_c2_one="$(timed c2 "$ONE"), $(timed c2 "$ONE")"
ndocs=$(qc single "SELECT count(*) FROM parkdata.document")
if [[ "$t_single, $t_c1, $t_c2, $t_c1_one, $t_c2_one" =~ ^[0-9.]+(,\ [0-9.]+){9}$ ]]; then
	ok "extraction of $ndocs documents (INSERT INTO parkdata.indicator SELECT * FROM parkdata.extraction), two runs each: single node ${t_single} s; Citus 1 worker ${t_c1} s, 2 workers ${t_c2} s; with one backend per worker: 1 worker ${t_c1_one} s, 2 workers ${t_c2_one} s (load average $(cut -d' ' -f1-3 /proc/loadavg); every node on this machine's $(nproc) cores)"
else bad "extraction timings: '$t_single' '$t_c1' '$t_c2' '$t_c1_one' '$t_c2_one'"; fi
same "indicators after the timed full extraction" "SELECT count(*) || ' ' || md5(string_agg(i::text, '#' ORDER BY doc_id, metric_no)) FROM parkdata.indicator i"

# --- a node added later gets the user's words (c1 had one worker)
qc c1 "INSERT INTO parkdata.lexicon (word, source) VALUES ('$WORD', 'user')" >/dev/null
if out=$(qc c1 "SELECT citus_add_node('127.0.0.1', ${PORTS[2]})" 2>&1) &&
	out=$(qc c1 "SELECT replicate_reference_tables('block_writes')" 2>&1); then
	nodes=$(qc c1 "SELECT string_agg(node || ' ' || same_as_here, ', ') FROM parkdata.lexicon_nodes()")
	[ "$(qc c1 "SELECT bool_and(same_as_here) AND count(*) = 3 FROM parkdata.lexicon_nodes()")" = t ] &&
		ok "a worker added after distribute() gets the lexicon with the user's word: $nodes" || bad "new node's lexicon: $nodes"
else bad "a node added later: $out"; fi

# --- distribute() refuses clearly where it cannot work
qc c2 "SELECT parkdata.distribute()" >/dev/null 2>"$WORK/err" ; grep -q 'already distributed' "$WORK/err" &&
	ok "distribute() again: $(grep -o 'ERROR: .*' "$WORK/err" | head -1)" || bad "distribute() twice: $(cat "$WORK/err")"
psqlp "${PORTS[1]}" c2 -c "SELECT parkdata.distribute()" >/dev/null 2>"$WORK/err"; grep -q 'must run on the Citus coordinator' "$WORK/err" &&
	ok "distribute() on a worker: $(grep -o 'ERROR: .*' "$WORK/err" | head -1)" || bad "distribute() on a worker: $(cat "$WORK/err")"
psqlp "${PORTS[0]}" postgres -c "CREATE DATABASE nocoord" >/dev/null
psqlp "${PORTS[0]}" nocoord -c "CREATE EXTENSION citus" -c "CREATE EXTENSION parkdata" >/dev/null 2>&1
psqlp "${PORTS[0]}" nocoord -c "SELECT parkdata.distribute()" >/dev/null 2>"$WORK/err"; grep -q 'coordinator is not in the Citus metadata' "$WORK/err" &&
	ok "distribute() before citus_set_coordinator_host: $(grep -o 'ERROR: .*' "$WORK/err" | head -1)" || bad "distribute() without coordinator: $(cat "$WORK/err")"
for port in "${PORTS[0]}" "${PORTS[1]}"; do psqlp "$port" postgres -c "CREATE DATABASE lacking" >/dev/null && psqlp "$port" lacking -c "CREATE EXTENSION citus" >/dev/null; done
psqlp "${PORTS[0]}" lacking -c "SELECT citus_set_coordinator_host('127.0.0.1', ${PORTS[0]})" -c "SELECT citus_add_node('127.0.0.1', ${PORTS[1]})" \
	-c "SET citus.enable_ddl_propagation = off" -c "CREATE EXTENSION parkdata" >/dev/null 2>&1
psqlp "${PORTS[0]}" lacking -c "SELECT parkdata.distribute()" >/dev/null 2>"$WORK/err"; grep -q 'does not have parkdata' "$WORK/err" &&
	ok "distribute() with a worker lacking parkdata: $(grep -o 'ERROR: .*' "$WORK/err" | head -1)" || bad "distribute() with a worker lacking parkdata: $(cat "$WORK/err")"

# no server crashed
for n in "${NAMES[@]}"; do
	if grep -qE 'terminated by signal|was terminated' "$WORK/$n.log"; then bad "$n: a backend crashed: $(grep -m1 -E 'terminated by signal|was terminated' "$WORK/$n.log")"
	else ok "$n: no backend crashed"; fi
done
finish
