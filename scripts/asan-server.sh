#!/usr/bin/env bash
# scripts/asan-server.sh -- `make test-asan-server`: parkdata inside a
# PostgreSQL 15 server built with AddressSanitizer from Debian's own source
# package.
#
#   scripts/asan-server.sh build    build the server once into tmp/asan-server/postgresql
#   scripts/asan-server.sh planted  prove the build catches a one-byte overflow
#                                   and a use-after-free inside a memory context
#   scripts/asan-server.sh run      (default) build if needed, then: parkdata
#                                   built against it, pg_regress, the hostile
#                                   suite, random calls with oracles; fails on
#                                   any ASan report or crash
#
# The server:
#  * source: `apt-get source postgresql-15` after a deb-src line for the
#    archives the machine already uses (the newest source there may lag the
#    installed binary: the newest one that downloads is used);
#  * gcc -fsanitize=address, without NLS (Debian's binary hangs in
#    bindtextdomain under a preloaded libasan: docs/reliability.md);
#  * aset.c with allocChunkLimit = 0, so every palloc is its own malloc
#    (ASan's redzones and quarantine around each chunk), and PostgreSQL's
#    Valgrind annotations (utils/memdebug.h) mapped onto ASan's manual
#    poisoning, so the bytes between the requested size and the chunk's
#    MAXALIGN'ed size are poisoned too: a one-byte overflow is caught.
# It is built once (nice, 2 jobs) and cached in tmp/asan-server/postgresql; delete
# that directory to rebuild.  PD_ASAN_CALLS sets the number of random calls
# per function (default 2000).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
W=$ROOT/tmp/asan-server
# The prefix must contain "postgres": Debian's source package
# (50-per-version-dirs.patch) forces pkglibdir to the SYSTEM
# /usr/lib/postgresql/15/lib for any libdir without "pgsql" or "postgres" in
# it, and `make install` would then replace the installed server's libraries
# (and pg_config would send extensions there too).
PG=$W/postgresql
STAMP=$PG/.parkdata-asan-build
CLUSTER_USER=${PD_CLUSTER_USER:-postgres}
. "$ROOT/test/hostile/crash.sh"
say() { printf 'asan-server: %s\n' "$*"; }
die() { printf 'asan-server: %s\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" -eq 0 ]; }
as_owner() { if is_root; then runuser -u "$CLUSTER_USER" -- "$@"; else "$@"; fi; }

# deb-src lines for the archives the machine already uses (deb822 or one-line)
add_deb_src() {
	local out=/etc/apt/sources.list.d/parkdata-deb-src.sources
	has_src() { apt-cache showsrc postgresql-15 2>/dev/null | grep -c '^Version:' >/dev/null; }
	if has_src; then return 0; fi
	is_root || die "needs root to add a deb-src line (or add one yourself)"
	: >"$out"
	local f
	for f in /etc/apt/sources.list.d/*.sources; do
		[ "$f" = "$out" ] && continue
		awk 'BEGIN { RS = ""; ORS = "\n\n" }
		     /(^|\n)Types:[^\n]*deb([ \n]|$)/ && /debian/ { sub(/Types:[^\n]*/, "Types: deb-src"); print }' "$f" |
			grep -v '^#' >>"$out" || true
	done
	for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
		[ -f "$f" ] || continue
		sed -n 's/^deb \(.*debian.*\)$/deb-src \1/p' "$f"
	done >/etc/apt/sources.list.d/parkdata-deb-src.list
	say "added deb-src lines ($out); apt-get update"
	apt-get update -qq >/dev/null 2>&1 || true
	has_src || die "no source package postgresql-15 in the archives after adding deb-src"
}

# fetch_source - unpack the newest postgresql-15 source that downloads into $W/src
fetch_source() {
	if [ -d "$W/src/postgresql" ]; then return 0; fi
	add_deb_src
	rm -rf "$W/src" && mkdir -p "$W/src"
	local v
	for v in $(apt-cache showsrc postgresql-15 | sed -n 's/^Version: //p' | sort -urV); do
		say "apt-get source postgresql-15=$v"
		if (cd "$W/src" && apt-get source -qq "postgresql-15=$v" >fetch.log 2>&1); then
			mv "$W/src"/postgresql-15-*/ "$W/src/postgresql"
			echo "$v" >"$W/src/version"
			return 0
		fi
		say "  $v did not download ($(grep -m1 -oE '[0-9]{3} [A-Za-z ]+' "$W/src/fetch.log" || echo error)); trying an older one"
		rm -rf "$W/src"/postgresql-15* "$W/src"/*.dsc "$W/src"/*.tar.*
	done
	die "no postgresql-15 source version could be downloaded"
}

# patch_source - allocChunkLimit = 0 and ASan poisoning for the Valgrind hooks
patch_source() {
	local s=$W/src/postgresql aset=src/backend/utils/mmgr/aset.c md=src/include/utils/memdebug.h
	# code that declares what the Valgrind hooks use only under USE_VALGRIND
	sed -i 's/^#if defined(USE_VALGRIND) || defined(CLOBBER_FREED_MEMORY)$/#if defined(USE_VALGRIND) || defined(CLOBBER_FREED_MEMORY) || defined(__SANITIZE_ADDRESS__)/' \
		"$s/src/backend/utils/mmgr/generation.c"
	grep -q 'mcxt.c announces' "$s/src/include/utils/pd_asan_memdebug.h" 2>/dev/null && return 0
	# every request above the chunk limit (0) gets a block of its own;
	# palloc(0) too, so that no chunk comes from a free list
	if ! grep -q 'parkdata ASan build' "$s/$aset"; then
	sed -i 's|^\t/\* Finally, do the type-independent part of context creation \*/|\tset->allocChunkLimit = 0;\t/* parkdata ASan build: one malloc per palloc */\n&|' "$s/$aset"
	awk '/^AllocSetAlloc\(MemoryContext context, Size size\)/ { f = 1 }
	     f && /^\tif \(size > set->allocChunkLimit\)/ { print "\tif (size == 0)\t\t\t/* parkdata ASan build */\n\t\tsize = 1;"; f = 0 }
	     { print }' "$s/$aset" >"$s/$aset.new" && mv "$s/$aset.new" "$s/$aset"
	grep -c 'parkdata ASan build' "$s/$aset" | grep -qx 2 || die "aset.c did not take the patch"
	fi
	cat >"$s/src/include/utils/pd_asan_memdebug.h" <<'EOF'
/* parkdata ASan build: PostgreSQL's Valgrind memory annotations as ASan poisoning */
#include <sanitizer/asan_interface.h>
#define VALGRIND_CHECK_MEM_IS_DEFINED(addr, size)			do {} while (0)
#define VALGRIND_CREATE_MEMPOOL(context, redzones, zeroed)	do {} while (0)
#define VALGRIND_DESTROY_MEMPOOL(context)					do {} while (0)
#define VALGRIND_MAKE_MEM_DEFINED(addr, size)				ASAN_UNPOISON_MEMORY_REGION(addr, size)
#define VALGRIND_MAKE_MEM_NOACCESS(addr, size)				ASAN_POISON_MEMORY_REGION(addr, size)
#define VALGRIND_MAKE_MEM_UNDEFINED(addr, size)				ASAN_UNPOISON_MEMORY_REGION(addr, size)
/* mcxt.c announces each chunk it hands out (and its new place after repalloc) */
#define VALGRIND_MEMPOOL_ALLOC(context, addr, size)			ASAN_UNPOISON_MEMORY_REGION(addr, size)
#define VALGRIND_MEMPOOL_FREE(context, addr)				do {} while (0)
#define VALGRIND_MEMPOOL_CHANGE(context, optr, nptr, size)	ASAN_UNPOISON_MEMORY_REGION(nptr, size)
EOF
	# no header dependencies in a build without --enable-depend: rebuild what includes it
	grep -rl 'utils/memdebug.h' "$s/src" --include='*.c' | xargs -r touch
	rm -f "$STAMP"
	sed -i 's|^#ifdef USE_VALGRIND$|#if defined(__SANITIZE_ADDRESS__)\n#include "utils/pd_asan_memdebug.h"\n#elif defined(USE_VALGRIND)|' "$s/$md"
	grep -q pd_asan_memdebug "$s/$md" || die "memdebug.h did not take the patch"
}

cmd_build() {
	# a newer patch (this script changed) clears the stamp and rebuilds what it touches
	[ -d "$W/src/postgresql" ] && patch_source
	if [ -f "$STAMP" ] && [ -x "$PG/bin/postgres" ]; then
		say "server cached: $(cat "$STAMP")"; return 0
	fi
	fetch_source
	patch_source
	local s=$W/src/postgresql t0=$SECONDS
	# an interrupted build goes on where it stopped, if it was configured for this prefix
	if [ -f "$W/build/config.status" ] && ! grep -qF -- "--prefix=$PG" "$W/build/config.status"; then
		rm -rf "$W/build"
	fi
	if [ ! -f "$W/build/config.status" ]; then
		say "configuring PostgreSQL $(cat "$W/src/version") with -fsanitize=address (log: tmp/asan-server/build.log)"
		rm -rf "$W/build" && mkdir -p "$W/build"
		(cd "$W/build" && "$s/configure" --prefix="$PG" --with-icu --without-readline --without-zlib \
			--disable-nls --enable-debug \
			CC=gcc CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address" \
			LDFLAGS="-fsanitize=address") >"$W/build.log" 2>&1 || { tail -30 "$W/build.log"; rm -f "$W/build/config.status"; die "configure failed"; }
	fi
	say "building PostgreSQL with -fsanitize=address (nice, 2 jobs; about an hour on 2 loaded cores)"
	# progress: one line a minute while it compiles
	(while sleep 60; do say "  building ... $(find "$W/build" -name '*.o' | wc -l) objects"; done) &
	local ticker=$!
	# never install outside the prefix (see PG above)
	local libdir
	printf 'top_builddir = %s\ninclude %s/src/Makefile.global\npd-pkglibdir:\n\t@echo $(pkglibdir)\n' \
		"$W/build" "$W/build" >"$W/pkglibdir.mk"
	libdir=$(make -s -f "$W/pkglibdir.mk" pd-pkglibdir)
	case "$libdir" in "$PG"/*) ;; *) die "the build would install libraries into $libdir, outside $PG: refusing" ;; esac
	# a fresh make: under `make test-asan-server` MAKELEVEL is 1, and
	# PostgreSQL's Makefiles then skip generating their headers
	# (submake-generated-headers runs at MAKELEVEL 0 only)
	if ! env -u MAKELEVEL -u MAKEFLAGS -u MFLAGS nice -n 10 make -C "$W/build" -j2 -s install \
		>>"$W/build.log" 2>&1 </dev/null; then
		kill "$ticker" 2>/dev/null; tail -30 "$W/build.log"; die "build failed"
	fi
	kill "$ticker" 2>/dev/null || true
	echo "PostgreSQL $(cat "$W/src/version") -fsanitize=address, allocChunkLimit=0, built $(date -u +%F) in $((SECONDS - t0)) s" >"$STAMP"
	say "built: $(cat "$STAMP")"
}

USER_=$(is_root && echo "$CLUSTER_USER" || id -un)
# the build's own programs (pg_config, initdb, pg_regress) carry ASan too: no leak
# reports at their exit (the server gets ASAN_OPTS below)
export ASAN_OPTIONS=detect_leaks=0
RUN=$W/run
ASAN_OPTS="detect_leaks=0:halt_on_error=1:abort_on_error=0:print_stacktrace=1:allow_user_poisoning=1:log_path=$RUN/asan"

free_port() {
	local p
	for p in $(seq 56432 56532); do
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
	done
	die "no free port in 56432-56532"
}
# start_server - initdb (if needed) and start the ASan server in $RUN; sets PORT, SOCK, LOG
start_server() {
	SOCK=$RUN/sock LOG=$RUN/server.log
	mkdir -p "$RUN" "$SOCK"
	is_root && chown "$CLUSTER_USER" "$W" && chown -R "$CLUSTER_USER" "$RUN"
	if [ ! -s "$RUN/data/PG_VERSION" ]; then
		rm -rf "$RUN/data"; mkdir -p "$RUN/data"; is_root && chown "$CLUSTER_USER" "$RUN/data"
		as_owner env ASAN_OPTIONS="$ASAN_OPTS" "$PG/bin/initdb" -D "$RUN/data" -U "$USER_" \
			--auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$RUN/initdb.log" 2>&1 ||
			{ tail -20 "$RUN/initdb.log"; die "initdb failed"; }
	fi
	PORT=$(free_port)
	as_owner env ASAN_OPTIONS="$ASAN_OPTS" "$PG/bin/pg_ctl" -D "$RUN/data" -l "$LOG" -w -t 300 \
		-o "-c port=$PORT -c listen_addresses='' -c unix_socket_directories='$SOCK' -c fsync=off -c max_connections=20" \
		start >/dev/null || { tail -30 "$LOG"; die "the ASan server did not start"; }
}
stop_server() { as_owner "$PG/bin/pg_ctl" -D "$RUN/data" -m fast stop >/dev/null 2>&1 || true; }
# asan_reports - the first lines of the reports the server's processes wrote
asan_reports() { cat "$RUN"/asan.* 2>/dev/null | grep -E '^==[0-9]+==ERROR: AddressSanitizer' || true; }
# wait_up - until the server accepts connections again (after a crash)
wait_up() {
	local i
	for i in $(seq 1 120); do psql -X -At -h "$SOCK" -p "$PORT" -U "$USER_" -d postgres -c "SELECT 1" >/dev/null 2>&1 && return 0; sleep 1; done
	return 1
}

# cmd_planted - test/asan/planted.c, built into a throwaway module under
# /tmp (never shipped), writes one byte past a palloc'd chunk (of 13 bytes,
# whose padding aset.c would hide, and of 16) and reads a pfree'd chunk:
# each must give an ASan report and a crash the crash detector sees
cmd_planted() {
	local t=/tmp/parkdata-asan-planted f rc=0 off rep crash
	rm -rf "$t" && mkdir -p "$t"
	cp "$ROOT/test/asan/planted.c" "$t/"
	printf 'MODULES = planted\nPG_CONFIG = %s\nPGXS := $(shell $(PG_CONFIG) --pgxs)\ninclude $(PGXS)\n' "$PG/bin/pg_config" >"$t/Makefile"
	make -s -C "$t" with_llvm=no >"$t/build.log" 2>&1 || { cat "$t/build.log"; die "the planted module did not build"; }
	chmod -R a+rX "$t"
	start_server
	local P=(psql -X -At -h "$SOCK" -p "$PORT" -U "$USER_" -d postgres)
	"${P[@]}" -c "CREATE OR REPLACE FUNCTION planted_overflow(int) RETURNS int AS '$t/planted.so' LANGUAGE C STRICT" \
		-c "CREATE OR REPLACE FUNCTION planted_use_after_free() RETURNS int AS '$t/planted.so' LANGUAGE C" >/dev/null
	for f in "planted_overflow(13)" "planted_overflow(16)" "planted_use_after_free()"; do
		rm -f "$RUN"/asan.*; off=$(log_size "$LOG")
		"${P[@]}" -c "SELECT $f" >/dev/null 2>&1
		wait_up; sleep 1
		rep=$(asan_reports | head -1)
		crash=$(crash_lines "$LOG" "$off" | head -1)
		if [ -n "$rep" ] && [ -n "$crash" ]; then
			echo "ok   planted $f caught: $(sed 's/^==[0-9]*==ERROR: AddressSanitizer: //' <<<"$rep" | cut -c1-60); the crash is in the server log"
		else
			echo "FAIL planted $f not caught (ASan: '${rep:-none}', server log: '${crash:-none}')"; rc=1
		fi
	done
	"${P[@]}" -c "DROP FUNCTION planted_overflow(int)" -c "DROP FUNCTION planted_use_after_free()" >/dev/null 2>&1
	rm -f "$RUN"/asan.*
	stop_server
	rm -rf "$t"
	return $rc
}

# cmd_run - parkdata in the ASan server: pg_regress, 80-hostile, random calls
cmd_run() {
	local t0=$SECONDS pass=0 fail=0 out off rep crash
	cmd_build
	say "proving that the server catches planted errors"
	if cmd_planted; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
	say "building parkdata against it (tmp/asan-server/parkdata)"
	rm -rf "$W/parkdata" && mkdir -p "$W/parkdata"
	cp -r Makefile parkdata.control src sql "$W/parkdata"/
	nice -n 10 make -s -C "$W/parkdata" PG_CONFIG="$PG/bin/pg_config" with_llvm=no -j2 all install >"$W/parkdata.log" 2>&1 ||
		{ tail -20 "$W/parkdata.log"; die "parkdata did not build against the ASan server"; }
	rm -rf "$RUN/data"	# a fresh cluster for parkdata
	start_server
	rm -f "$RUN"/asan.*
	off=$(log_size "$LOG")
	export PGHOST=$SOCK PGPORT=$PORT PGUSER=$USER_ PGDATABASE=postgres PD_ROOT=$ROOT PD_SERVER_LOG=$LOG
	export PD_SHARED=${PD_SHARED:-$(cd "$ROOT/.." && pwd)/shared}
	say "pg_regress"
	rm -rf "$W/regress" && mkdir -p "$W/regress" && ln -s "$ROOT/expected" "$W/regress/expected"
	if make -s -C "$ROOT" PG_CONFIG="$PG/bin/pg_config" installcheck \
		REGRESS_OPTS="--inputdir=test --encoding=UTF8 --outputdir=$W/regress" >"$W/installcheck.log" 2>&1; then
		echo "ok   pg_regress: $(grep -cE '\.\.\. ok' "$W/installcheck.log") tests passed"; pass=$((pass + 1))
	else
		echo "FAIL pg_regress:"; grep -E '\.\.\. (FAILED|failed)' "$W/installcheck.log"
		head -60 "$W/regress/regression.diffs" 2>/dev/null; fail=$((fail + 1))
	fi
	say "hostile suite (test/suites/80-hostile.sh)"
	out=$(PG_CONFIG="$PG/bin/pg_config" PD_TIMEOUT=900 PD_RANDOM_CALLS=200 bash test/suites/80-hostile.sh 2>&1 |
		tee "$W/hostile.log" | tail -1)
	if [[ "$out" =~ ^[0-9]+\ passed,\ 0\ failed$ ]]; then echo "ok   hostile suite: $out"; pass=$((pass + 1))
	else echo "FAIL hostile suite: $out"; grep FAIL "$W/hostile.log" | head; fail=$((fail + 1)); fi
	say "random calls with oracles (${PD_ASAN_CALLS:-2000} rounds)"
	psql -X -q -d postgres -c "DROP DATABASE IF EXISTS pd_asan_random" -c "CREATE DATABASE pd_asan_random" >/dev/null
	psql -X -q -d pd_asan_random -c "SET client_min_messages = warning" -c "CREATE EXTENSION parkdata" >/dev/null
	if out=$(psql -X -q -At -d pd_asan_random -v calls="${PD_ASAN_CALLS:-2000}" -v seed=0.5 -f test/hostile/random_calls.sql 2>&1); then
		echo "ok   $(grep '^random calls' <<<"$out"), 0 oracle violations"; pass=$((pass + 1))
	else
		echo "FAIL random calls: $(tail -c 400 <<<"$out")"; fail=$((fail + 1))
	fi
	sleep 1
	rep=$(asan_reports)
	crash=$(crash_lines "$LOG" "$off")
	if [ -z "$rep" ]; then echo "ok   no AddressSanitizer report"; pass=$((pass + 1))
	else echo "FAIL AddressSanitizer reports:"; cat "$RUN"/asan.* | head -80; fail=$((fail + 1)); fi
	if [ -z "$crash" ]; then echo "ok   no backend crash in the server log"; pass=$((pass + 1))
	else echo "FAIL crashes:"; echo "$crash"; fail=$((fail + 1)); fi
	stop_server
	say "done in $((SECONDS - t0)) s"
	echo "$pass passed, $fail failed"
	[ "$fail" -eq 0 ]
}

case "${1:-run}" in
	build) cmd_build ;;
	planted) cmd_build; cmd_planted ;;
	run) cmd_run ;;
	*) die "usage: scripts/asan-server.sh [build|planted|run]" ;;
esac
