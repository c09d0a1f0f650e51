# Sourced by the install tests (BUILD_DIR SOURCE_DIR as $1 $2): sets build,
# src, work (a scratch directory removed on exit), fail, and installs the
# build into prefix=$work/prefix with cmake --install.
set -euo pipefail
build=$(realpath "$1")
src=$(realpath "$2")
work=$(mktemp -d "${TMPDIR:-/tmp}/driftalign-install-test.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" > "$work/install.log"
mkdir -p "$work/elsewhere" "$work/home"
