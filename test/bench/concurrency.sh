#!/usr/bin/env bash
# make bench: the 83-concurrency pgbench mix for 60 s (8 clients) with all its
# checks; PD_PGBENCH_SECONDS / PD_PGBENCH_CLIENTS override.
cd "$PD_ROOT" || exit 1
PD_PGBENCH_SECONDS=${PD_PGBENCH_SECONDS:-60} bash test/suites/83-concurrency.sh
