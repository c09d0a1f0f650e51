#!/usr/bin/env bash
# Installs missing dependencies (quietly), builds driftalign with its tests and
# runs the default (fast) test suite with ctest (with the hostile-input script,
# test hostile_inputs), then the fuzz smoke run below. Tests labelled "slow" run with
#   DRIFTALIGN_TEST_LABELS=slow scripts/test.sh     (or "." for everything)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
build=${DRIFTALIGN_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DDRIFTALIGN_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
labels=${DRIFTALIGN_TEST_LABELS:-fast}
ctest --test-dir "$build" -L "$labels" --output-on-failure -j"$(nproc)"
# Then the libFuzzer smoke run (scripts/fuzz_smoke.sh: a clang build of the
# libraries with ASan, UBSan and coverage, then each of the six fuzzers for N
# seconds on its committed seed corpus): DRIFTALIGN_FUZZ_SECONDS (default 30;
# 0 skips it). On an idle 2-core machine it took 6 min 26 s with a cold build,
# the whole .ci/run about 15 minutes (docs/reliability-cost.md).
fuzz_seconds=${DRIFTALIGN_FUZZ_SECONDS:-30}
if [[ $fuzz_seconds -gt 0 ]]; then
  bash scripts/fuzz_smoke.sh "$fuzz_seconds"
fi
