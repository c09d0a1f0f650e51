#!/usr/bin/env bash
# Batch benchmark over the WMT newstest dev documents (~554 pairs):
# wall time, throughput and peak RSS of `driftalign batch` with 1 and 2
# threads, plus a check that both outputs are byte-identical and that the two
# deliberately broken pairs (missing file, invalid UTF-8) are error records.
#
#   scripts/bench_batch.sh [BUILD_DIR] [OUT_DIR]      (defaults: build, out/bench-batch)
#   METHOD=gale-church scripts/bench_batch.sh ...     (no model needed)
#   THREADS="1 2" EXTRA="--no-coverage" scripts/bench_batch.sh ...
#
# Prints a markdown table (docs/batch.md keeps the results). Needs
# ../shared/data/dev/newstest-fr-en (not in the repository) and GNU time
# (/usr/bin/time) for the peak RSS. Run from the project root.
set -euo pipefail
BUILD=${1:-build}
OUT=${2:-out/bench-batch}
METHOD=${METHOD:-embedding}
THREADS=${THREADS:-"1 2"}
EXTRA=${EXTRA:-}
BIN=$BUILD/driftalign
DATA=../shared/data/dev/newstest-fr-en

[ -x "$BIN" ] || { echo "bench_batch: $BIN not found (build first)" >&2; exit 2; }
[ -d "$DATA" ] || { echo "bench_batch: $DATA not found" >&2; exit 2; }
mkdir -p "$OUT"
python3 scripts/newstest_docs.py --data "$DATA" --out "$OUT/docs"

# Two pairs that must fail without stopping the run.
printf 'Une phrase. \xc3\x28 invalide.\n' > "$OUT/docs/broken.fr.txt"
first_en=$(head -1 "$OUT/docs/manifest.tsv" | cut -f2)
{
  cat "$OUT/docs/manifest.tsv"
  printf 'broken/missing-file\t%s\t%s\n' "$OUT/docs/does-not-exist.en.txt" "$OUT/docs/broken.fr.txt"
  printf 'broken/invalid-utf8\t%s\t%s\n' "$first_en" "$OUT/docs/broken.fr.txt"
} > "$OUT/manifest.tsv"
pairs=$(grep -c . "$OUT/manifest.tsv")

echo "| threads | pairs | ok | errors | wall s | CPU s (user+sys) | pairs/s | sentences/s | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|"
prev=""
for t in $THREADS; do
  res="$OUT/batch-t$t.jsonl"
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/time-t$t.txt" \
    "$BIN" batch "$OUT/manifest.tsv" --method "$METHOD" --threads "$t" --progress never $EXTRA -o "$res" \
    2> "$OUT/stderr-t$t.txt" || true
  read -r wall user sys rss_kb < "$OUT/time-t$t.txt"
  ok=$(grep -c '"status":"ok"' "$res" || true)
  err=$(grep -c '"status":"error"' "$res" || true)
  sents=$(python3 -c '
import json, sys
n = 0
for line in open(sys.argv[1]):
    r = json.loads(line)
    if r["status"] == "ok":
        n += r["summary"]["src_sentences"] + r["summary"]["tgt_sentences"]
print(n)' "$res")
  python3 - "$t" "$pairs" "$ok" "$err" "$wall" "$sents" "$rss_kb" "$user" "$sys" <<'PY'
import sys
t, pairs, ok, err, wall, sents, rss, user, sys_ = sys.argv[1:]
wall = float(wall)
cpu = float(user) + float(sys_)
print(f"| {t} | {pairs} | {ok} | {err} | {wall:.1f} | {cpu:.1f} | {int(pairs) / wall:.1f} | {int(sents) / wall:.0f} | {int(rss) / 1024:.0f} |")
PY
  if [ -n "$prev" ]; then
    if cmp -s "$prev" "$res"; then echo "(output with $t threads byte-identical to $prev)" >&2
    else echo "bench_batch: $res differs from $prev" >&2; exit 1; fi
  fi
  prev=$res
done
grep '"status":"error"' "$prev" | python3 -c '
import json, sys
for line in sys.stdin:
    r = json.loads(line)
    print("error record:", r["id"], "-", r["error"]["message"], file=sys.stderr)'
