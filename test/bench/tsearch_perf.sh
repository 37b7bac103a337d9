#!/usr/bin/env bash
# make bench (tsearch, where the CPU time goes): `perf record` (its default
# event; where the hardware counters are not available, as on this virtual
# machine, the kernel's cpu-clock timer) on one backend running to_tsvector over the
# bench's documents (the seeds and the SIGHAN PKU/MSR test texts read from
# $PD_SHARED, cut into documents of about 2 KB as test/bench/tsearch.sh cuts
# them), PD_BENCH_PERF_PASSES passes (default 20) of `simple` then of
# parkdata.chinese, and one GIN build of each over 10 copies of them.  Each
# sample is put in one part by its call stack:
#
#   to_tsvector: the parser (the parser's gettoken, under parsetext), the
#   dictionaries (their lexize, under parsetext), PostgreSQL's work per token
#   (parsetext and LexizeExec themselves, palloc/pfree), PostgreSQL's sort of
#   the lexemes and building of the tsvector (make_tsvector), the rest
#   (reading and detoasting rows, the executor);
#   GIN build: to_tsvector, extracting and accumulating the keys in memory
#   (ginExtractEntries, ginInsertBAEntries: one red-black tree insertion per
#   (document, lexeme) pair), writing the index (ginEntryInsert), the rest.
#
# The call stacks are unwound from a copy of 32 kB of stack taken with each
# sample (--call-graph dwarf: libc's functions keep no frame pointer, so a
# sample in memcmp or strncmp would otherwise lose its caller).  Then the
# bound that follows from the samples: simple's samples against
# parkdata.chinese's without its parser and dictionary, the CPU-time ratio
# to_tsvector would reach if both cost nothing.  Sample counts are CPU time,
# not wall clock (a waiting backend takes no sample), but shared caches make
# them move with the load, which is printed.  Skipped, with a line saying so,
# where perf is not installed or may not profile the backend (not root and
# kernel.perf_event_paranoid > 1).  Against the cluster of `scripts/pd env`;
# about half a minute, and some 150 MB in a temporary directory while it runs.
# PD_PERF_KEEP=1 keeps that directory (perf.data files, their stacks).
cd "${PD_ROOT:-$(dirname "$0")/../..}" || exit 1
PASSES=${PD_BENCH_PERF_PASSES:-20}
DB=pd_bench_perf
SEGDIR=${PD_SHARED:-$PWD/../shared}/conformance/segmentation
if ! command -v perf >/dev/null; then
	echo "tsearch_perf: perf not installed, skipped"
	exit 0
fi
if [ "$(id -u)" -ne 0 ] && [ "$(cat /proc/sys/kernel/perf_event_paranoid 2>/dev/null || echo 3)" -gt 1 ]; then
	echo "tsearch_perf: perf may not profile the server's processes (kernel.perf_event_paranoid > 1, not root), skipped"
	exit 0
fi
W=$(mktemp -d /tmp/pd_bench_perf.XXXXXX)
chmod 755 "$W"
trap '[ -n "${PD_PERF_KEEP:-}" ] || rm -rf "$W"' EXIT
export PGOPTIONS="-c client_min_messages=warning"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB" || exit 1
P() { psql -X -q -At -v ON_ERROR_STOP=1 -d $DB "$@"; }
P -c "CREATE EXTENSION parkdata" -c "CREATE TABLE src (line text)" || exit 1
for f in seeds/*.txt "$SEGDIR"/pku_test.utf8 "$SEGDIR"/msr_test.utf8; do
	[ -f "$f" ] || continue
	P -c "\\copy src FROM '$f' WITH (FORMAT csv, DELIMITER E'\\x01', QUOTE E'\\x02')"
done
P <<'SQL' || exit 1
DELETE FROM src WHERE line IS NULL OR btrim(line) = '';
CREATE TABLE base AS
SELECT g AS grp, string_agg(line, E'\n' ORDER BY n) AS body
FROM (SELECT line, n, (sum(octet_length(line)) OVER (ORDER BY n) / 2000)::int AS g
      FROM (SELECT line, row_number() OVER () AS n FROM src) s) t
GROUP BY g;
CREATE TABLE docs10 AS SELECT body FROM base, generate_series(1, 10) r ORDER BY r, grp;
VACUUM ANALYZE base;
VACUUM ANALYZE docs10;
SQL

# profile NAME SQL - run SQL in a backend (after a pass that loads the
# dictionaries and fills the caches) under perf record; the samples' call
# stacks go to $W/NAME.txt
profile() {
	local name=$1 sql=$2 cfg=$3
	P >/dev/null <<SQL
SET maintenance_work_mem = '256MB';
SET max_parallel_maintenance_workers = 0;
SET max_parallel_workers_per_gather = 0;
SELECT count(to_tsvector('$cfg', body)) FROM base;
SELECT pg_backend_pid() AS pid \gset
\setenv PD_PERF_PID :pid
\! perf record -F 997 --call-graph dwarf,32768 -p "\$PD_PERF_PID" -o "$W/$name.data" >"$W/$name.log" 2>&1 & echo \$! >"$W/$name.pid"; sleep 1
$sql;
\! kill -INT "\$(cat "$W/$name.pid")"; while kill -0 "\$(cat "$W/$name.pid")" 2>/dev/null; do sleep 0.2; done
SQL
	perf script -i "$W/$name.data" -F ip,sym 2>/dev/null >"$W/$name.txt"
}
load0=$(cut -d' ' -f1 /proc/loadavg)
for cfg in simple parkdata.chinese; do
	profile "tsv-$cfg" "SELECT count(to_tsvector('$cfg', body)) FROM base, generate_series(1, $PASSES)" "$cfg"
	profile "gin-$cfg" "CREATE INDEX docs10_gin ON docs10 USING gin (to_tsvector('$cfg', body)); DROP INDEX docs10_gin" "$cfg"
done
load1=$(cut -d' ' -f1 /proc/loadavg)
for f in tsv-simple tsv-parkdata.chinese gin-simple gin-parkdata.chinese; do
	if [ ! -s "$W/$f.txt" ]; then
		echo "tsearch_perf: perf recorded nothing for $f:"
		cat "$W/$f.log"
		exit 1
	fi
done
echo "text: $(P -c "SELECT count(*) || ' documents, ' || round(sum(octet_length(body)) / 1e6, 2) || ' MB' FROM base"), $PASSES passes each; GIN builds over 10 copies; load average $load0 -> $load1"
python3 - "$W" <<'PY'
import sys

w = sys.argv[1]


def stacks(name):
    """each sample's call stack, leaf first, as a list of symbols (lines
    of perf script -F ip,sym: an address, a symbol, its object)"""
    out, cur = [], []
    for line in open("%s/%s.txt" % (w, name), encoding="utf-8", errors="replace"):
        f = line.split(None, 1)
        if len(f) == 2:
            cur.append(f[1].strip().rsplit(" (", 1)[0])
        elif cur:
            out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


def whole(st):
    """does the stack reach the backend's main loop?  (perf copies 32 kB
    of stack per sample and unwinds it with the objects' unwind tables; a
    deeper stack loses its outer callers.)"""
    return "PostgresMain" in st


def tsv_part(st):
    """the part of to_tsvector a sample belongs to (st: leaf first)"""
    if not whole(st):
        return "lost"
    if "make_tsvector" in st:
        return "sort"
    if "parsetext" not in st:
        return "rest"
    inner = st[:st.index("parsetext")]     # what parsetext called
    if "FunctionCall3Coll" in inner:
        return "parser"
    if "FunctionCall4Coll" in inner:
        return "dictionary"
    return "per token"


def gin_part(st):
    if not whole(st):
        return "lost"
    if "to_tsvector_byid" in st:
        return "to_tsvector"
    if "ginExtractEntries" in st or "ginInsertBAEntries" in st:
        return "accumulate"
    if "ginEntryInsert" in st:
        return "write"
    return "rest"


tsv_names = [("parser", "the parser"), ("dictionary", "the dictionaries"),
             ("per token", "PostgreSQL per token (parsetext, LexizeExec, memory)"),
             ("sort", "PostgreSQL: sort of the lexemes, the tsvector (make_tsvector)"),
             ("rest", "reading rows, the executor"),
             ("lost", "callers unknown (stack not unwound to the main loop)")]
gin_names = [("to_tsvector", "to_tsvector"),
             ("accumulate", "extracting and accumulating keys (one tree insertion per pair)"),
             ("write", "writing the index (ginEntryInsert)"), ("rest", "the rest"),
             ("lost", "callers unknown (stack not unwound to the main loop)")]


def table(kind, parts, names):
    res = {}
    for cfg in ("simple", "parkdata.chinese"):
        c = {}
        for st in stacks("%s-%s" % (kind, cfg)):
            p = parts(st)
            c[p] = c.get(p, 0) + 1
        res[cfg] = c
    tot = {cfg: sum(c.values()) for cfg, c in res.items()}
    print("%-66s %16s %16s" % ("samples (1/997 s of CPU)", "simple", "parkdata.chinese"))
    for key, label in names:
        print("  %-64s %7d %6.1f %%  %7d %6.1f %%" % (
            label, res["simple"].get(key, 0), 100.0 * res["simple"].get(key, 0) / tot["simple"],
            res["parkdata.chinese"].get(key, 0),
            100.0 * res["parkdata.chinese"].get(key, 0) / tot["parkdata.chinese"]))
    print("  %-64s %7d %8s  %7d %8s" % ("all", tot["simple"], "", tot["parkdata.chinese"], ""))
    return res, tot


print("to_tsvector:")
r, t = table("tsv", tsv_part, tsv_names)
pk = r["parkdata.chinese"]
pg_only = t["parkdata.chinese"] - pk.get("parser", 0) - pk.get("dictionary", 0)
print("ratio in CPU samples: %.3f x simple; with parser and dictionary costing nothing: %.3f x "
      "(PostgreSQL's own work on parkdata.chinese's tokens and lexemes is %.2f x simple's whole pass)"
      % (t["simple"] / t["parkdata.chinese"], t["simple"] / max(pg_only, 1), pg_only / t["simple"]))
print("GIN build:")
r, t = table("gin", gin_part, gin_names)
pk = r["parkdata.chinese"]
print("ratio in CPU samples: %.2f x simple's; with parkdata.chinese's to_tsvector costing what simple's does: %.2f x"
      % (t["parkdata.chinese"] / t["simple"],
         (t["parkdata.chinese"] - pk.get("to_tsvector", 0) + r["simple"].get("to_tsvector", 0)) / t["simple"]))
PY
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB"
