#!/usr/bin/env bash
# Records the outputs of a driftalign binary on fixed inputs, so that a refactor
# can be checked byte for byte (issue 14's guard rail):
#
#   scripts/snapshot_outputs.sh [--binary build/driftalign] [--data DIR] OUT      # record
#   diff -r OUT_BEFORE OUT_AFTER && echo identical                               # compare
#
# Inputs (DIR, default /tmp/driftalign-snapshot-data, made on first use from ../shared):
#   seed      corpus/000 + 001 (the translation) and 000 + 002 (another outlet):
#             align in every --format, check as json/text/html, segment, batch
#   novels    the 6 TransRead dev novels, presegmented: align json, check json
#   news      the 554 WMT newstest dev documents, presegmented (scripts/make_align_devsets.py)
#             and raw (scripts/newstest_docs.py): batch (align + check) jsonl
#   synth     the unedited and edited synthetic newstest pairs (scripts/drift_synthetic.py):
#             check --parallel json
# The git commit stamped into outputs is replaced by "COMMIT" so two builds of
# different commits compare equal when they behave the same. Takes ~5 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
binary=build/driftalign
data=/tmp/driftalign-snapshot-data
while [[ $# -gt 1 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --data) data=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
done
[[ $# -eq 1 ]] || { echo "usage: $0 [--binary B] [--data DIR] OUT" >&2; exit 1; }
out=$1
binary=$(realpath "$binary")
shared=../shared/data/dev
mkdir -p "$out" "$data"

if [[ ! -f $data/devsets/news/LIST ]]; then
  [[ -d $shared ]] || { echo "no $shared: the snapshot needs the shared dev data" >&2; exit 2; }
  python3 scripts/make_align_devsets.py --out "$data/devsets" >&2
  python3 scripts/newstest_docs.py --out "$data/newstest-docs" >&2
  # Writes en.txt, fr.txt, fr.edited.txt into --work (its report goes to the log).
  python3 scripts/drift_synthetic.py --binary "$binary" --work "$data/synth" > "$data/synth.log"
fi

normalise() {  # stdin -> stdout: the build's git commit becomes COMMIT
  sed -E 's/("git_commit": ?")[0-9a-f]*"/\1COMMIT"/g; s/(&quot;git_commit&quot;: &quot;)[0-9a-f]*/\1COMMIT/g;
          s/(git-commit">)[0-9a-f]*</\1COMMIT</g; s/(commit )[0-9a-f]{7,40}/\1COMMIT/g'
}
run() {  # run NAME CMD...: stdout (normalised) to OUT/NAME, exit code to OUT/NAME.rc
  local name=$1; shift
  mkdir -p "$(dirname "$out/$name")"
  set +e
  "$@" 2> "$out/$name.stderr" | normalise > "$out/$name"
  echo "${PIPESTATUS[0]}" > "$out/$name.rc"
  set -e
}

en=corpus/000_cade94ca1d686b93.txt
fr=corpus/001_b5b62dc4b4f44fa5.txt
other=corpus/002_*.txt
for f in json jsonl vecalign tsv tmx xliff moses html; do
  run seed/align.$f "$binary" align --format "$f" "$en" "$fr"
done
for f in json text html; do
  run seed/check.$f "$binary" check --format "$f" --color never "$en" "$fr"
  run seed/check-002.$f "$binary" check --format "$f" --color never "$en" $other
done
run seed/check-beads.json "$binary" check --beads corpus/gold/000_001.vecalign --format json "$en" "$fr"
run seed/check-gc.json "$binary" check --method gale-church --format json "$en" "$fr"
run seed/segment-en.jsonl "$binary" segment --lang en --format jsonl "$en"
run seed/segment-fr.jsonl "$binary" segment --lang fr --format jsonl "$fr"
printf 'seed\t%s\t%s\nother\t%s\t%s\nmissing\t%s\tnone.txt\n' "$en" "$fr" "$en" $other "$en" > "$out/seed/manifest.tsv"
run seed/batch.jsonl "$binary" batch --threads 2 "$out/seed/manifest.tsv"
run seed/batch-gc.jsonl "$binary" batch --method gale-church --threads 2 "$out/seed/manifest.tsv"

while read -r name; do
  d=$data/devsets/transread
  run novels/$name.align.json "$binary" align --presegmented --format json "$d/$name.en" "$d/$name.fr"
  run novels/$name.check.json "$binary" check --presegmented --format json "$d/$name.en" "$d/$name.fr"
done < "$data/devsets/transread/LIST"

for set in news news-raw; do
  d=$data/devsets/$set
  seg=""; [[ $set == news ]] && seg=--presegmented
  sed "s|.*|&\t$d/&.en\t$d/&.fr|" "$d/LIST" > "$out/$set.manifest.tsv"
  run news/$set.batch.jsonl "$binary" batch $seg --threads 2 "$out/$set.manifest.tsv"
done
run news/newstest-docs.batch.jsonl "$binary" batch --threads 2 "$data/newstest-docs/manifest.tsv"

s=$data/synth
run synth/unedited.check.json "$binary" check "$s/en.txt" "$s/fr.txt" --parallel --format json
run synth/edited.check.json "$binary" check "$s/en.txt" "$s/fr.edited.txt" --parallel --format json
echo "snapshot in $out ($(find "$out" -type f | wc -l) files)" >&2
