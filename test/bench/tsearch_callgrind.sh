#!/usr/bin/env bash
# make bench (tsearch, instructions): what to_tsvector costs in instructions,
# counted by callgrind, for parkdata.chinese and simple over the bench's
# 1.1 MB of documents (the seeds and the SIGHAN PKU/MSR test texts read from
# $PD_SHARED, cut into documents of about 2 KB as test/bench/tsearch.sh
# cuts them).  Instruction counts hardly move with the machine's load, unlike
# the CPU time tsearch.sh prints: they are the figure to guide and report
# speed work by (docs/search.md, "Speed").
#
# A throwaway cluster (initdb in tmp/callgrind, its own, so the test cluster
# keeps running), parkdata installed, then one single-user backend under
# `valgrind --tool=callgrind --toggle-collect=to_tsvector_byid`: three passes
# of parkdata.chinese then two of simple, with a dump between passes
# (--dump-before=pg_sleep, a `SELECT pg_sleep(0)` between them), so each
# pass is counted on its own.  The first pass of parkdata.chinese fills its
# caches (the sub-word cache, the parser's buffers); the third is the warm
# pass, as in the bench's 45 copies of the same documents.  Prints
# instructions per pass and per byte and the ratio simple / parkdata.chinese
# of the warm passes (higher is faster; the aim of issue 14 is 0.5).
#
# Skipped, with a line saying so, where valgrind is not installed.  Takes a
# few minutes (about 3 G instructions under valgrind).  PD_CALLGRIND_KEEP=1
# keeps the dumps (tmp/callgrind/out.*) for callgrind_annotate;
# PD_CALLGRIND_CACHE=1 adds callgrind's cache and branch models (slower) and
# prints the warm passes' data-read misses and mispredicted branches.
cd "${PD_ROOT:-$(dirname "$0")/../..}" || exit 1
ROOT=$PWD
if ! command -v valgrind >/dev/null; then
	echo "tsearch_callgrind: valgrind not installed, skipped"
	exit 0
fi
PG_CONFIG=${PG_CONFIG:-pg_config}
BIN=$("$PG_CONFIG" --bindir) || exit 1
SEGDIR=${PD_SHARED:-$ROOT/../shared}/conformance/segmentation
USER_=${PD_CLUSTER_USER:-postgres}
run() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$USER_" -- "$@"; else "$@"; fi; }
W=$ROOT/tmp/callgrind
rm -rf "$W"
mkdir -p "$W"
[ "$(id -u)" -eq 0 ] && chown "$USER_" "$W"
run "$BIN/initdb" -D "$W/data" -U postgres --auth=trust --encoding=UTF8 \
	--locale=C.UTF-8 >"$W/initdb.log" 2>&1 || { cat "$W/initdb.log"; exit 1; }
# the documents, one a line with each newline as \n (COPY's text format)
DOCS=$W/docs.txt
python3 - "$DOCS" seeds/*.txt "$SEGDIR"/pku_test.utf8 "$SEGDIR"/msr_test.utf8 <<'PY' || exit 1
import os, sys
lines = []
for path in sys.argv[2:]:
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        lines += [l.rstrip("\n") for l in f if l.strip()]
# as tsearch.sh: consecutive lines grouped while their running byte count
# stays in the same 2,000-byte step
docs, total = {}, 0
for l in lines:
    total += len(l.encode("utf-8"))
    docs.setdefault(total // 2000, []).append(l)
esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r")
with open(sys.argv[1], "w", encoding="utf-8") as out:
    for g in sorted(docs):
        out.write("\\n".join(esc(l) for l in docs[g]) + "\n")
PY
chmod 644 "$DOCS"
# single-user mode: one statement a line (-j would end them at ";\n\n")
single() { run "$BIN/postgres" --single -D "$W/data" -c client_min_messages=warning "$@" postgres; }
printf '%s\n' "CREATE EXTENSION parkdata" \
	"CREATE TABLE base (body text)" \
	"COPY base FROM '$DOCS'" \
	"VACUUM ANALYZE base" | single >"$W/setup.log" 2>&1
grep -q ERROR "$W/setup.log" && { cat "$W/setup.log"; exit 1; }
BYTES=$(echo "SELECT sum(octet_length(body)) || ' ' || count(*) FROM base" | single 2>/dev/null |
	sed -n 's/.*= "\([0-9]* [0-9]*\)".*/\1/p')
set -- $BYTES
BYTES=$1 NDOCS=$2
[ -n "$BYTES" ] || { echo "tsearch_callgrind: could not read the documents"; exit 1; }
Q() { echo "SELECT count(to_tsvector('$1', body)) FROM base"; echo "SELECT pg_sleep(0)"; }
CACHE=()
# the last level modelled as a per-core second-level cache of 512 kB (this
# machine's; its shared third level is left out: other processes use it),
# and the branch predictor's model (--branch-sim=yes)
[ -n "${PD_CALLGRIND_CACHE:-}" ] &&
	CACHE=(--cache-sim=yes --D1=32768,8,64 --LL=524288,8,64 --branch-sim=yes)
{ Q parkdata.chinese; Q parkdata.chinese; Q parkdata.chinese; Q simple; Q simple; } |
	(cd "$W" && run valgrind --tool=callgrind --toggle-collect=to_tsvector_byid "${CACHE[@]}" \
		--dump-before=pg_sleep --compress-strings=no --callgrind-out-file="$W/out.%p" \
		"$BIN/postgres" --single -D "$W/data" postgres) >"$W/run.log" 2>&1
# one dump per pass (out.PID.1 to .5, before each pg_sleep); out.PID is
# what is left at exit (nothing)
mapfile -t IR < <(cd "$W" && for f in $(ls out.*.* | sort -t. -k3 -n); do
	sed -n 's/^summary: \([0-9]*\).*/\1/p' "$f"; done)
if [ "${#IR[@]}" -lt 5 ]; then
	echo "tsearch_callgrind: callgrind gave ${#IR[@]} dumps, not 5 or more (see $W/run.log)"
	exit 1
fi
awk -v b="$BYTES" -v n="$NDOCS" -v c1="${IR[0]}" -v c2="${IR[1]}" -v c3="${IR[2]}" \
	-v s1="${IR[3]}" -v s2="${IR[4]}" 'BEGIN {
	printf "text: %d documents, %.2f MB; instructions in to_tsvector_byid (callgrind)\n", n, b / 1e6
	printf "parkdata.chinese  pass 1 %8.2f M   pass 2 %8.2f M   pass 3 (warm) %8.2f M = %6.1f per byte\n",
		c1 / 1e6, c2 / 1e6, c3 / 1e6, c3 / b
	printf "simple            pass 1 %8.2f M   pass 2 %8.2f M                         = %6.1f per byte\n",
		s1 / 1e6, s2 / 1e6, s2 / b
	printf "to_tsvector instructions: parkdata.chinese = %.3f x simple (warm passes; aim >= 0.5)\n", s2 / c3
}'
# PD_CALLGRIND_CACHE=1: callgrind's cache model too (--cache-sim=yes: a
# first level of 32 kB, a last level of 512 kB), the data reads that miss
# each, per warm pass: memory waits the instruction counts do not show (the
# word list's trie cells, the lexeme sort)
if [ ${#CACHE[@]} -gt 0 ]; then
	for k in 3 5; do
		f=$(cd "$W" && ls out.*.$k)
		awk -v name="$([ $k = 3 ] && echo parkdata.chinese || echo simple)" -v b="$BYTES" '
			/^events:/ { for (i = 2; i <= NF; i++) ev[$i] = i - 1 }
			/^summary:/ { printf "%-17s warm pass: data reads %.1f M, first-level misses %.2f M, last-level misses %.3f M (%.2f per kB)\n",
				name, $(ev["Dr"] + 1) / 1e6, $(ev["D1mr"] + 1) / 1e6, $(ev["DLmr"] + 1) / 1e6, $(ev["DLmr"] + 1) / b * 1000
				printf "%-17s warm pass: conditional branches %.1f M, mispredicted %.2f M; indirect %.2f M, mispredicted %.3f M\n",
					name, $(ev["Bc"] + 1) / 1e6, $(ev["Bcm"] + 1) / 1e6, $(ev["Bi"] + 1) / 1e6, $(ev["Bim"] + 1) / 1e6 }' "$W/$f"
	done
fi
[ -n "${PD_CALLGRIND_KEEP:-}" ] || rm -rf "$W"
