#!/usr/bin/env bash
# test/hostile/known_failures.sh - checks that fail today because of bugs in
# code outside the hardening work; NOT part of `make test` (test/suites).
# Run against the cluster:  eval $(scripts/pd env); PD_ROOT=$PWD bash test/hostile/known_failures.sh
# When a bug is fixed, move its check into its suite (see the comments there).
#
# 1. extract_metrics leaks ~0.9 kB of per-query memory per call: 100k
#    documents in one query grow the backend by ~86 MB (RssAnon).
#    Fault: src/pd_metric_fmgr.c, pd_extract_metrics(): InitMaterializedSRF(fcinfo, 0)
#    calls get_call_result_type() in the per-query context on every call
#    (14 OUT columns: the catalog arrays it deconstructs stay behind until the
#    query ends).  Fix: InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC)
#    (verified: growth +0 kB in all three query shapes), then drop the
#    PD_KNOWN_FAILURES condition in test/suites/82-memory.sh.
#
# 2. Bare operators in three CHECK constraints of sql/parkdata_model.sql
#    (region.code ~, region level = ... = ..., park.nbs_code ~): against the
#    rule "operators as OPERATOR(pg_catalog.op)".  Not exploitable today (the
#    expressions are bound at CREATE EXTENSION, where pg_catalog is searched
#    first), but the scan reports them.  Fix: OPERATOR(pg_catalog.~) and
#    OPERATOR(pg_catalog.=), then empty test/hostile/scan_sql.known.
cd "${PD_ROOT:-$(dirname "$0")/../..}" || exit 1
export PD_ROOT=$PWD
PD_KNOWN_FAILURES=1 bash test/suites/82-memory.sh
echo "=== scan_sql.py without the accepted list"
python3 test/hostile/scan_sql.py
