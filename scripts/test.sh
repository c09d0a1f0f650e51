#!/usr/bin/env bash
# Installs missing dependencies (quietly), builds driftalign with its tests and
# runs the default (fast) test suite with ctest (with the hostile-input script,
# test hostile_inputs). Tests labelled "slow" run with
#   DRIFTALIGN_TEST_LABELS=slow scripts/test.sh     (or "." for everything)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
build=${DRIFTALIGN_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DDRIFTALIGN_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
labels=${DRIFTALIGN_TEST_LABELS:-fast}
ctest --test-dir "$build" -L "$labels" --output-on-failure -j"$(nproc)"
# The libFuzzer smoke run (scripts/fuzz_smoke.sh: a clang build of the
# libraries with ASan, UBSan and coverage, then each fuzzer for N seconds on
# its seed corpus) is opt-in: DRIFTALIGN_FUZZ_SECONDS=30 scripts/test.sh. Its
# build alone costs about 9 CPU-minutes, which the 20-minute budget of the
# default run does not hold (docs/reliability-cost.md).
if [[ ${DRIFTALIGN_FUZZ_SECONDS:-0} -gt 0 ]]; then
  bash scripts/fuzz_smoke.sh "$DRIFTALIGN_FUZZ_SECONDS"
fi
