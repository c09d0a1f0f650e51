#!/usr/bin/env bash
# Builds the driftalign Debian packages (cpack -G DEB, prefix /usr), installs
# the driftalign package with apt-get in a fresh minimal Debian 12 root file
# system (debootstrap --variant=minbase bookworm: no compiler, no -dev
# packages), then runs `driftalign check` on the seed pair (corpus/000 + 001)
# from /tmp inside it and compares its JSON with the build's. Slow (a build,
# a debootstrap and an apt-get install: minutes); needs root and the Debian
# mirror of /etc/apt/sources.list[.d]. Everything it mounts is unmounted on exit.
#
#   sudo bash scripts/deb_check.sh [--build-dir build-deb] [--root DIR] [--mirror URL] [--keep]
#
# Exit 0 when the package installs and check works; prints the package's
# Depends, its file list and the check's output.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
build_dir=build-deb
root=""
mirror=""
keep=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --root) root=$2; shift 2 ;;
    --mirror) mirror=$2; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--build-dir DIR] [--root DIR] [--mirror URL] [--keep]" >&2; exit 1 ;;
  esac
done
[[ $(id -u) -eq 0 ]] || { echo "deb_check: needs root (debootstrap, chroot, mount)" >&2; exit 1; }
for tool in debootstrap dpkg-shlibdeps cpack; do
  command -v "$tool" > /dev/null || { echo "deb_check: $tool missing (apt-get install debootstrap dpkg-dev cmake)" >&2; exit 1; }
done
if [[ -z $mirror ]]; then  # the first Debian archive URL apt is configured with
  mirror=$( (cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null || true) |
           grep -v '^ *#' | grep -oE 'https?://[^ ]*/debian/?( |$)' | head -1 | tr -d ' ' || true)
  [[ -n $mirror ]] || { echo "deb_check: no Debian mirror in /etc/apt/sources.list[.d]; pass --mirror" >&2; exit 1; }
fi
[[ -n $root ]] || root=$(mktemp -d "${TMPDIR:-/tmp}/driftalign-deb-root.XXXXXX")
[[ -z $(ls -A "$root" 2>/dev/null) ]] || { echo "deb_check: $root is not empty" >&2; exit 1; }

mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do umount -l "${mounted[i]}" 2> /dev/null || true; done
  if [[ $keep -eq 0 ]]; then rm -rf --one-file-system "$root"; else echo "deb_check: kept $root" >&2; fi
}
trap cleanup EXIT

step() { echo "== $* ($(date -u +%H:%M:%S))"; }

step "build with CMAKE_INSTALL_PREFIX=/usr in $build_dir"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
      -DDRIFTALIGN_BUILD_TESTS=OFF -DDRIFTALIGN_BUILD_BENCHMARKS=OFF > /dev/null
cmake --build "$build_dir" -j"$(nproc)" > "$build_dir/deb_check_build.log" 2>&1 ||
  { tail -30 "$build_dir/deb_check_build.log"; exit 1; }
rm -f "$build_dir"/driftalign*.deb
(cd "$build_dir" && cpack -G DEB > deb_check_cpack.log 2>&1) || { cat "$build_dir/deb_check_cpack.log"; exit 1; }
deb=$(ls "$build_dir"/driftalign_*.deb)
dev_deb=$(ls "$build_dir"/driftalign-dev_*.deb)
echo "packages: $(basename "$deb") ($(du -h "$deb" | cut -f1)), $(basename "$dev_deb") ($(du -h "$dev_deb" | cut -f1))"
dpkg-deb -f "$deb" Package Version Depends
dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '/$'

step "debootstrap --variant=minbase bookworm $root $mirror"
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$root.debootstrap.log" 2>&1 ||
  { tail -20 "$root.debootstrap.log"; exit 1; }
rm -f "$root.debootstrap.log"
mount -t proc proc "$root/proc"; mounted+=("$root/proc")
mount --bind /dev "$root/dev"; mounted+=("$root/dev")
cp /etc/resolv.conf "$root/etc/resolv.conf"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
                   DEBIAN_FRONTEND=noninteractive "$@"; }

step "apt-get install ./$(basename "$deb") in the fresh root"
mkdir -p "$root/tmp/seed"
cp "$deb" "$root/tmp/"
cp corpus/000_cade94ca1d686b93.txt corpus/001_b5b62dc4b4f44fa5.txt "$root/tmp/seed/"
in_root apt-get update -qq
in_root sh -c "cd /tmp && apt-get install -y -q ./$(basename "$deb")" > "$build_dir/deb_check_apt.log" 2>&1 ||
  { tail -30 "$build_dir/deb_check_apt.log"; exit 1; }
grep -E '^(The following NEW packages|  )' "$build_dir/deb_check_apt.log" | head -20
in_root sh -c 'command -v driftalign && ls -l /usr/share/driftalign/models /usr/share/man/man1/driftalign.1'

step "driftalign check on the seed pair from /tmp in the fresh root"
in_root sh -c 'cd /tmp && driftalign check seed/000_cade94ca1d686b93.txt seed/001_b5b62dc4b4f44fa5.txt'
in_root sh -c 'cd /tmp && driftalign check --format json seed/000_cade94ca1d686b93.txt seed/001_b5b62dc4b4f44fa5.txt' \
  > "$build_dir/deb_check_root.json"
mkdir -p "$build_dir/deb_check_seed/seed"
cp corpus/000_cade94ca1d686b93.txt corpus/001_b5b62dc4b4f44fa5.txt "$build_dir/deb_check_seed/seed/"
build_bin=$(cd "$build_dir" && pwd)/driftalign  # --build-dir may be relative or absolute
# The build's model is the repository's (a build folder outside the clone
# does not find it next to the binary).
(cd "$build_dir/deb_check_seed" &&
 DRIFTALIGN_MODEL="$src/models/driftalign-enfr-v2.dam" "$build_bin" check --format json seed/000_cade94ca1d686b93.txt seed/001_b5b62dc4b4f44fa5.txt) \
  > "$build_dir/deb_check_build.json"
if cmp -s "$build_dir/deb_check_root.json" "$build_dir/deb_check_build.json"; then
  echo "deb_check: OK — the installed package's check JSON equals the build's ($(grep -c '"kind"' "$build_dir/deb_check_root.json") flags)"
else
  echo "deb_check: FAIL — the installed package's check JSON differs from the build's" >&2
  diff "$build_dir/deb_check_build.json" "$build_dir/deb_check_root.json" | head -20 >&2
  exit 1
fi
