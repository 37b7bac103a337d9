#!/usr/bin/env bash
# The module builds warning-free with gcc and with clang under
# -Wall -Wextra -Werror, and cppcheck finds nothing.  Builds happen in a
# scratch copy so the installed build is untouched.
# The server's headers are included as system headers (-isystem): warnings
# in PostgreSQL's own inline functions are not ours to fix.
set -u
cd "$PD_ROOT" || exit 1
pass=0 fail=0
check() {
	local name=$1; shift
	if "$@" >"$PD_ROOT/tmp/warn-$name.log" 2>&1; then
		echo "ok: $name"; pass=$((pass + 1))
	else
		echo "FAILED: $name"; tail -30 "$PD_ROOT/tmp/warn-$name.log"; fail=$((fail + 1))
	fi
}
build() {
	local dir=$PD_ROOT/tmp/warn-build-$1; shift
	rm -rf "$dir" && mkdir -p "$dir" &&
	cp -r Makefile parkdata.control src sql "$dir"/ &&
	make -s -C "$dir" with_llvm=no "$@"
}
flags="-O2 -g -fPIC -fno-strict-aliasing -fwrapv -Wall -Wextra -Werror -isystem $("$PG_CONFIG" --includedir-server)"
check gcc build gcc CC=gcc CFLAGS="$flags -Wmissing-prototypes -Wpointer-arith -Wdeclaration-after-statement -Werror=vla -Wformat-security"
check clang build clang CC=clang CFLAGS="$flags -Wmissing-prototypes"
if command -v cppcheck >/dev/null; then
	check cppcheck cppcheck --quiet --error-exitcode=1 --enable=warning,style,portability,performance \
		--std=c11 -I src -I src/core src
fi
check unit-clang make -s -C test/unit CC=clang check
rm -rf "$PD_ROOT"/tmp/warn-build-*
echo "$pass passed, $fail failed"
