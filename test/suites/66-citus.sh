#!/usr/bin/env bash
# 66-citus: make citus-check (test/citus/check.sh) when Citus is installed;
# it skips with a message otherwise.
cd "$PD_ROOT" || exit 1
bash test/citus/check.sh
