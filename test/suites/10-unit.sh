#!/usr/bin/env bash
# pd: standalone (no cluster: runs beside the cluster suites in make test)
# C unit tests of src/core (no server).
cd "$PD_ROOT" || exit 1
make -s -j2 -C test/unit check
