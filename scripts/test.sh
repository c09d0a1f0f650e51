#!/usr/bin/env bash
# Installs missing dependencies (quietly), builds driftalign with its tests and
# runs the default (fast) test suite with ctest. Tests labelled "slow" run with
#   DRIFTALIGN_TEST_LABELS=slow scripts/test.sh     (or "." for everything)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
build=${DRIFTALIGN_BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DDRIFTALIGN_BUILD_TESTS=ON >/dev/null
cmake --build "$build" -j"$(nproc)"
labels=${DRIFTALIGN_TEST_LABELS:-fast}
ctest --test-dir "$build" -L "$labels" --output-on-failure -j"$(nproc)"
