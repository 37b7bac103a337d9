#!/usr/bin/env bash
# pd: standalone (no cluster: runs beside the cluster suites in make test)
# C unit tests of src/core (no server), built once with clang under
# AddressSanitizer and UBSan (any report fails a test program).  Their code's
# warnings are checked by 05-warnings; `make unitcheck` builds them plainly.
cd "$PD_ROOT" || exit 1
make -s -j2 -C test/unit B=build-san CC=clang \
	CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined" check
