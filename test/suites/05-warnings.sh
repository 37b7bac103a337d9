#!/usr/bin/env bash
# pd: standalone (no cluster: runs beside the cluster suites in make test)
# The module builds warning-free with gcc and with clang under
# -Wall -Wextra -Werror, and cppcheck finds nothing.  Builds happen in a
# scratch copy so the installed build is untouched.
# The server's headers are included as system headers (-isystem): warnings
# in PostgreSQL's own inline functions are not ours to fix.  gcc builds the
# module at -O2 (its flow-based warnings need the optimiser); clang checks
# the sources with -fsyntax-only.
set -u
cd "$PD_ROOT" || exit 1
pass=0 fail=0
check() {
	local name=$1 t0=$SECONDS; shift
	if "$@" >"$PD_ROOT/tmp/warn-$name.log" 2>&1; then
		echo "ok: $name ($((SECONDS - t0)) s)"; pass=$((pass + 1))
	else
		echo "FAILED: $name"; tail -30 "$PD_ROOT/tmp/warn-$name.log"; fail=$((fail + 1))
	fi
}
build() {
	local dir=$PD_ROOT/tmp/warn-build-$1; shift
	rm -rf "$dir" && mkdir -p "$dir" &&
	cp -r Makefile parkdata.control src sql "$dir"/ &&
	make -s -j2 -C "$dir" with_llvm=no "$@" parkdata.so	# the module only (not the word list)
}
flags="-O2 -g -fPIC -fno-strict-aliasing -fwrapv -Wall -Wextra -Werror -isystem $("$PG_CONFIG" --includedir-server)"
check gcc build gcc CC=gcc CFLAGS="$flags -Wmissing-prototypes -Wpointer-arith -Wdeclaration-after-statement -Werror=vla -Wformat-security"
# clang's warnings all come from its front end: -fsyntax-only gives the same
# warnings as a full build without the code generation (6 s instead of ~100 s
# at load 10)
clang_syntax() {
	ls src/*.c src/core/*.c | xargs -P2 -I{} clang $flags -Wmissing-prototypes -fsyntax-only -D_GNU_SOURCE \
		-isystem "$("$PG_CONFIG" --includedir)/internal" -Isrc -Isrc/core {}
}
check clang clang_syntax
if command -v cppcheck >/dev/null; then
	check cppcheck cppcheck -j2 --quiet --error-exitcode=1 --enable=warning,style,portability,performance \
		--std=c11 -I src -I src/core src
fi
# the unit tests' own code (suite 10 builds and runs them under sanitizers)
unit_syntax() {
	local cc
	for cc in gcc clang; do
		$cc -std=c11 -Wall -Wextra -Werror -fsyntax-only -Isrc/core test/unit/test_*.c || return 1
	done
}
check unit-code unit_syntax
rm -rf "$PD_ROOT"/tmp/warn-build-*
echo "$pass passed, $fail failed"
