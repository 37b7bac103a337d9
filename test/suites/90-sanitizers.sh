#!/usr/bin/env bash
# pd: standalone (no cluster: runs beside the cluster suites in make test)
# make test-asan inside make test: pg_regress against the module built with
# UBSan in a private server (the C unit tests under ASan and UBSan are suite
# 10; see scripts/pd asan for why ASan cannot go into Debian's postgres).
cd "$PD_ROOT" || exit 1
PD_ASAN_NO_UNIT=1 scripts/pd asan 2>&1
