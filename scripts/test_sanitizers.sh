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
# The build is -O1 -g1: line tables only, so stack traces name file:line (-O2
# and full debug info cost build time the test run does not win back). The Python
# module is left out: an ASan-built extension cannot be loaded into the
# system's python without preloading the runtime (the C++ it wraps is
# covered by the C++ tests). Figures: docs/reliability-cost.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
build=${DRIFTALIGN_BUILD_DIR:-build-asan}
sanitizers=${DRIFTALIGN_SANITIZE:-address,undefined}
labels=${DRIFTALIGN_TEST_LABELS:-fast}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -g1" \
  -DDRIFTALIGN_BUILD_TESTS=ON -DDRIFTALIGN_BUILD_BENCHMARKS=OFF -DDRIFTALIGN_PYTHON=OFF \
  -DDRIFTALIGN_SANITIZE="$sanitizers" >/dev/null
cmake --build "$build" -j"$(nproc)"
# detect_leaks: LeakSanitizer on; abort_on_error: a finding is a failed test.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:check_initialization_order=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --test-dir "$build" -L "$labels" --output-on-failure -j"$(nproc)" --timeout 1800
