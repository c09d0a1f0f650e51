#!/usr/bin/env bash
# First run on a fresh machine: installs dependencies, builds driftalign and
# runs it on the bundled sample pair corpus/000 (English) <-> corpus/001 (French).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install_deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DDRIFTALIGN_BUILD_TESTS=OFF >/dev/null
cmake --build build -j"$(nproc)" >/dev/null
en=corpus/000_cade94ca1d686b93.txt
fr=corpus/001_b5b62dc4b4f44fa5.txt
echo "== $en (English), one sentence per line"
./build/driftalign segment --lang en "$en"
echo
echo "== $fr (French), one sentence per line"
./build/driftalign segment --lang fr "$fr"
