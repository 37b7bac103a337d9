#!/usr/bin/env bash
# pg_regress and pg_isolation_regress (make installcheck: test/sql, test/specs)
# against the throwaway cluster.
cd "$PD_ROOT" || exit 1
rm -rf results regression.diffs regression.out output_iso
make -s installcheck >"$PD_ROOT/tmp/installcheck.log" 2>&1
rc=$?
cat "$PD_ROOT/tmp/installcheck.log"
ok=$(grep -cE '\.\.\. ok' "$PD_ROOT/tmp/installcheck.log")
bad=$(grep -cE '\.\.\. (FAILED|failed)' "$PD_ROOT/tmp/installcheck.log")
if [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
[ -f regression.diffs ] && head -200 regression.diffs
[ -f output_iso/regression.diffs ] && head -200 output_iso/regression.diffs
echo "$ok passed, $bad failed"
