#!/usr/bin/env bash
# 86-sqlsmith: a short run of random SQL (test/sqlsmith/run.sh): no server
# crash, every error a clean SQLSTATE.  PD_SQLSMITH_SECONDS (default 40) and
# PD_SQLSMITH_SEED (default 1); `make fuzz-sql` runs 300 s.
cd "$PD_ROOT" || exit 1
bash test/sqlsmith/run.sh "${PD_SQLSMITH_SECONDS:-40}" "${PD_SQLSMITH_SEED:-1}"
