#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) into
# their own folder and runs each for SECONDS (default 30) on its committed
# seed corpus (tests/fuzz/corpus/<name>/; new inputs go to a scratch copy, the
# committed corpus is not changed). Fails on the first crash, leak, timeout
# or broken invariant; the reproducer is left in the work folder.
#
#   scripts/fuzz_smoke.sh                 # 30 s per fuzzer
#   scripts/fuzz_smoke.sh 600             # 10 minutes per fuzzer
#   DRIFTALIGN_FUZZ_BUILD_DIR=build-fuzz DRIFTALIGN_FUZZ_WORK=/tmp/fuzz scripts/fuzz_smoke.sh
# A fuzzer's inputs can be replayed with: build-fuzz/tests/fuzz/NAME_fuzzer FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
build=${DRIFTALIGN_FUZZ_BUILD_DIR:-build-fuzz}
work=${DRIFTALIGN_FUZZ_WORK:-${TMPDIR:-/tmp}/driftalign-fuzz}
command -v clang++ >/dev/null || { echo "fuzz_smoke.sh: needs clang++ (scripts/install_deps.sh installs it)" >&2; exit 1; }
# One instrumented build of the libraries all fuzzers share, at -O1 with line
# tables only (stack traces name file:line; -O2 and full debug info cost
# build time the short runs do not win back); only the fuzzer targets.
CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
  -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF -DDRIFTALIGN_BUILD_BENCHMARKS=OFF \
  -DDRIFTALIGN_PYTHON=OFF >/dev/null
targets=()
for src in tests/fuzz/*_fuzzer.cc; do targets+=("$(basename "$src" .cc)"); done
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
status=0
for name in "${targets[@]}"; do
  corpus=tests/fuzz/corpus/${name%_fuzzer}
  scratch=$work/$name
  rm -rf "$scratch"
  mkdir -p "$scratch/corpus" "$scratch/artifacts"
  [[ -d $corpus ]] && cp -r "$corpus/." "$scratch/corpus/"
  echo "== $name: $seconds s on $(ls "$scratch/corpus" | wc -l) seed(s)"
  # -rss_limit_mb: a leak or runaway allocation is a failure; -timeout: a hang is one.
  if ! "$build/tests/fuzz/$name" "$scratch/corpus" -max_total_time="$seconds" -rss_limit_mb=2048 \
      -timeout=25 -max_len=65536 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/" \
      > "$scratch/log" 2>&1; then
    echo "   FAILED: see $scratch/log and $scratch/artifacts/" >&2
    tail -30 "$scratch/log" >&2
    status=1
  fi
  grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$scratch/log" | sed 's/^/   /'
done
exit $status
