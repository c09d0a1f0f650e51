#!/usr/bin/env bash
# Builds the Google Benchmark binaries (Release) and runs them; results go to
# stdout and, as JSON, to out/bench/<name>.json. Usage:
#   scripts/bench.sh [FILTER]        e.g. scripts/bench.sh segment
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDRIFTALIGN_BUILD_BENCHMARKS=ON >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
mkdir -p out/bench
for bin in build/tests/bench/*_bench; do
  name=$(basename "$bin")
  [[ -n "${1:-}" && "$name" != *"$1"* ]] && continue
  echo "== $name"
  "$bin" --benchmark_out="out/bench/$name.json" --benchmark_out_format=json
done
