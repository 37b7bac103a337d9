#!/usr/bin/env bash
# pd: standalone (no cluster: runs beside the cluster suites in make test)
# Every libFuzzer target in test/fuzz for a short, bounded time
# (PD_FUZZ_SECONDS, default 15 s each); `make fuzz FUZZ_SECONDS=N` runs longer.
cd "$PD_ROOT/test/fuzz" || exit 1
secs=${PD_FUZZ_SECONDS:-15}
pass=0 fail=0
echo "# building the fuzz targets (clang, ASan + UBSan + libFuzzer)"
make -s -j2 all >build.log 2>&1 || { cat build.log; echo "0 passed, 1 failed"; exit 0; }
# the targets run at the same time (each for $secs s of wall clock)
for t in $(ls *_fuzzer.c | sed 's/\.c$//'); do
	(make -s run TARGETS="$t" FUZZ_SECONDS="$secs" >"$t.run" 2>&1; echo $? >"$t.rc") &
done
wait
for t in $(ls *_fuzzer.c | sed 's/\.c$//'); do
	cat "$t.run"
	if [ "$(cat "$t.rc")" = 0 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
	rm -f "$t.run" "$t.rc"
done
echo "$pass passed, $fail failed"
