#!/usr/bin/env bash
# ctest install_prefix: `cmake --install BUILD --prefix SCRATCH`, then from
# another directory the installed binary checks the seed pair (corpus/000 +
# 001) with the model it finds in SCRATCH/share/driftalign/models and prints
# the same JSON as the build's binary; moved to $XDG_DATA_HOME/driftalign/models
# the model is still found; with no model the error lists every place looked
# at (exit 2); the man page renders with man -l.
#
#   bash tests/install/install_test.sh BUILD_DIR SOURCE_DIR
source "$(dirname "$0")/scratch_prefix.sh" "$@"
for f in bin/driftalign share/driftalign/models/driftalign-enfr-v2.dam share/driftalign/models/MODEL.md \
         share/doc/driftalign/README.md share/doc/driftalign/docs/cli.md share/man/man1/driftalign.1 \
         include/driftalign/pipeline/pipeline.h; do
  [[ -f $prefix/$f ]] || fail "cmake --install did not install $f"
done
[[ -n $(find "$prefix" -path '*/cmake/driftalign/driftalignConfig.cmake') ]] || fail "no driftalignConfig.cmake"

# Another directory, no model variable, a scratch home: only the prefix has the model.
cd "$work/elsewhere"
en=$src/corpus/000_cade94ca1d686b93.txt
fr=$src/corpus/001_b5b62dc4b4f44fa5.txt
installed() { env -u DRIFTALIGN_MODEL HOME="$work/home" XDG_DATA_HOME="$work/xdg" "$prefix/bin/driftalign" "$@"; }
"$build/driftalign" check --format json "$en" "$fr" > "$work/build.json"
installed check --format json "$en" "$fr" > "$work/prefix.json" || fail "installed check failed (exit $?)"
cmp -s "$work/build.json" "$work/prefix.json" || fail "installed check differs from the build's"
grep -q '"kind": "omission"' "$work/prefix.json" || fail "no omission flag in the seed pair's check"
echo "installed check from $PWD: same JSON as the build ($(grep -c '"kind"' "$work/prefix.json") flags)"

# The model in $XDG_DATA_HOME only.
mkdir -p "$work/xdg/driftalign/models"
mv "$prefix/share/driftalign/models/driftalign-enfr-v2.dam" "$work/xdg/driftalign/models/"
installed check --format json "$en" "$fr" > "$work/xdg.json" || fail "check with the model in XDG_DATA_HOME failed"
cmp -s "$work/build.json" "$work/xdg.json" || fail "check with the model in XDG_DATA_HOME differs"
echo "model in \$XDG_DATA_HOME: found"

# No model anywhere: exit 2, every place named.
rm "$work/xdg/driftalign/models/driftalign-enfr-v2.dam"
set +e
installed check "$en" "$fr" > /dev/null 2> "$work/none.err"
rc=$?
set -e
if [[ $rc -eq 0 ]]; then
  echo "SKIP no-model case: a model is installed system-wide (the build's prefix)"
else
  [[ $rc -eq 2 ]] || fail "no model: exit $rc, expected 2"
  for place in "$prefix/models/driftalign-enfr-v2.dam (next to the binary)" \
               "$prefix/share/driftalign/models/driftalign-enfr-v2.dam (install prefix)" \
               "$work/xdg/driftalign/models/driftalign-enfr-v2.dam (\$XDG_DATA_HOME)"; do
    grep -qF "$place" "$work/none.err" || fail "the no-model message does not list $place: $(cat "$work/none.err")"
  done
  echo "no model: exit 2, $(cat "$work/none.err")"
fi

# The man page renders.
page=$prefix/share/man/man1/driftalign.1
if command -v man > /dev/null; then
  MANWIDTH=100 man -l "$page" 2> "$work/man.err" | col -b > "$work/man.txt"
elif command -v groff > /dev/null; then
  groff -man -Tutf8 "$page" 2> "$work/man.err" | col -b > "$work/man.txt"
else
  echo "SKIP man page rendering: neither man nor groff"; exit 0
fi
[[ ! -s $work/man.err ]] || fail "man page warnings: $(cat "$work/man.err")"
for heading in NAME SYNOPSIS VERBS "MODEL FILE" ENVIRONMENT "EXIT STATUS"; do
  grep -q "^$heading" "$work/man.txt" || fail "man page has no $heading section"
done
for verb in align batch check segment; do
  grep -q "^   $verb$" "$work/man.txt" || fail "man page has no verb $verb"
done
grep -q "Usage: driftalign check \[OPTIONS\]" "$work/man.txt" || fail "man page lacks check's --help"
echo "man page: $(wc -l < "$work/man.txt") lines rendered"
