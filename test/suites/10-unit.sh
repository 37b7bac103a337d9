#!/usr/bin/env bash
# C unit tests of src/core (no server).
cd "$PD_ROOT" || exit 1
make -s -C test/unit check
