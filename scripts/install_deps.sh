#!/usr/bin/env bash
# Installs every system package driftalign needs to build, test and run, from
# Debian 12's archive. Idempotent: prints nothing and touches nothing when all
# packages are already present. Must run as root (or with sudo available).
#
#   scripts/install_deps.sh            # build + test dependencies
#   scripts/install_deps.sh --browser  # also Chromium, for the slow HTML test
#   scripts/install_deps.sh --omegat   # also OmegaT, for the slow TMX/XLIFF test (scripts/omegat_check.sh)
#   scripts/install_deps.sh --deb      # also debootstrap, for scripts/deb_check.sh
#   scripts/install_deps.sh --workflow # also snakemake, for workflow/ (docs/scale.md)
#   scripts/install_deps.sh --slurm    # also snakemake, slurm-wlm and munge, for scripts/test_slurm.sh
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake pkg-config git ca-certificates
  # libraries (see README.md, "Dependencies")
  libicu-dev libeigen3-dev libfasttext-dev fasttext libcli11-dev
  nlohmann-json3-dev libpugixml-dev libssl-dev libxxhash-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # output validators used by tests, and the interpreter for scripts/
  libxml2-utils translate-toolkit python3 python3-numpy
  # the Python module (python/, docs/python.md)
  python3-dev python3-pybind11
  # fuzzers (clang + libFuzzer runtime, scripts/fuzz_smoke.sh), limits in scripts/hostile_inputs.sh
  clang libclang-rt-dev time
)
if [[ "${1:-}" == "--browser" ]]; then
  packages+=(chromium)
fi
if [[ "${1:-}" == "--omegat" ]]; then
  packages+=(omegat)
fi
if [[ "${1:-}" == "--deb" ]]; then
  packages+=(debootstrap)
fi
if [[ "${1:-}" == "--workflow" ]]; then
  packages+=(snakemake)
fi
if [[ "${1:-}" == "--slurm" ]]; then
  packages+=(snakemake slurm-wlm munge)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "install_deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
