#!/usr/bin/env bash
# Builds driftalign and its tests with AddressSanitizer + UBSan into their own
# folder and runs the default (fast) test suite there. Any sanitizer finding
# aborts the test that hit it (-fno-sanitize-recover=all), so a clean run means
# no memory error, leak or undefined behaviour on the paths the suite covers.
# Tests with memory limits allow for the sanitizer (DRIFTALIGN_SANITIZED).
#
#   scripts/test_sanitizers.sh                          # build-asan/, labels "fast"
#   DRIFTALIGN_SANITIZE=address scripts/test_sanitizers.sh
#   DRIFTALIGN_TEST_LABELS=. DRIFTALIGN_BUILD_DIR=build-asan scripts/test_sanitizers.sh
# A Release (-O2) sanitizer build of the whole suite takes long: on 2 cores
# count 30-60 minutes for the build and about as long for the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
build=${DRIFTALIGN_BUILD_DIR:-build-asan}
sanitizers=${DRIFTALIGN_SANITIZE:-address,undefined}
labels=${DRIFTALIGN_TEST_LABELS:-fast}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDRIFTALIGN_BUILD_TESTS=ON \
  -DDRIFTALIGN_BUILD_BENCHMARKS=OFF -DDRIFTALIGN_SANITIZE="$sanitizers" >/dev/null
cmake --build "$build" -j"$(nproc)"
# detect_leaks: LeakSanitizer on; abort_on_error: a finding is a failed test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" -L "$labels" --output-on-failure -j"$(nproc)" --timeout 1800
