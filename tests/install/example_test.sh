#!/usr/bin/env bash
# ctest install_example: installs BUILD into a scratch prefix, builds
# examples/ (find_package(driftalign) -> driftalign::driftalign) against it
# with CMAKE_PREFIX_PATH, and runs it from another directory: the built-in
# story (353 wounded -> 335 blessés) gives 3 one-to-one beads and a
# number_mismatch flag.
#
#   bash tests/install/example_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/scratch_prefix.sh" "$@"
cmake -S "$src/examples" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="$prefix" \
      > "$work/configure.log" || { cat "$work/configure.log"; fail "configuring examples/"; }
cmake --build "$work/build" > "$work/build.log" 2>&1 || { cat "$work/build.log"; fail "building examples/"; }
# The headers came from the prefix, not from the source tree.
if grep -rq -- "$src/src" "$work/build/CMakeFiles/check_pair.dir/flags.make"; then
  fail "examples/ compiled against the source tree"
fi
grep -q -- "$prefix/include/driftalign" "$work/build/CMakeFiles/check_pair.dir/flags.make" ||
  fail "examples/ did not take the installed headers"

cd "$work/elsewhere"
env -u DRIFTALIGN_MODEL HOME="$work/home" XDG_DATA_HOME="$work/xdg" "$work/build/check_pair" > "$work/out.txt" ||
  fail "check_pair failed: $(cat "$work/out.txt")"
cat "$work/out.txt"
head -1 "$work/out.txt" | grep -Eq '^beads 3 flags [1-9]' || fail "expected 3 beads and some flags"
grep -Eq '^0 0 0\.[0-9]{6}$' "$work/out.txt" || fail "expected bead 0-0"
grep -Eq '^2 2 0\.[0-9]{6}$' "$work/out.txt" || fail "expected bead 2-2"
grep -q 'number_mismatch: 353' "$work/out.txt" || fail "expected the number_mismatch 353 -> 335"
