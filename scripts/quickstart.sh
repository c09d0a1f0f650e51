#!/usr/bin/env bash
# First run on a fresh machine: installs dependencies, builds driftalign and
# runs the main job on the bundled sample pair corpus/000 (English) <-> 001
# (French): align the two stories and report translation drift. Also writes
# the side-by-side HTML report and the alignment JSON to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDRIFTALIGN_BUILD_TESTS=OFF \
  -DDRIFTALIGN_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build -j"$(nproc)" --target driftalign >/dev/null
en=corpus/000_cade94ca1d686b93.txt
fr=corpus/001_b5b62dc4b4f44fa5.txt
mkdir -p out
./build/driftalign check --format html -o out/000_001.html "$en" "$fr"
./build/driftalign check --format json -o out/000_001.json "$en" "$fr"
echo "== driftalign check $en $fr"
./build/driftalign check "$en" "$fr"
echo
echo "Side-by-side report: out/000_001.html   alignment JSON with flags: out/000_001.json"
