#!/usr/bin/env bash
# Corpus throughput of the workflow (workflow/Snakefile): the Europarl 2005-2011 sessions of
# ../shared/data/train/europarl-en-fr as document pairs (scripts/europarl_docs.py: one pair per
# session, ~8,870 pairs, ~950k chunks), run locally with --cores 1 and then --cores 2 (one batch
# thread per shard job, so N cores = N shard jobs at once). Each shard's batch runs under GNU
# time (/usr/bin/time, the `time` package), which gives exact CPU seconds and the peak RSS of
# the process. Prints a markdown table: pairs, sentences (both sides), wall s of the whole run,
# CPU s (user+sys) of all batch processes, pairs/s and sentences/s (wall), pairs and sentences
# per CPU-second, the largest peak RSS of one worker, the mean 1-minute load average during the
# run (sampled every 10 s); checks that the outputs of all runs are byte-identical.
#
#   scripts/bench_workflow.sh [--shared ../shared] [--binary build/driftalign] [--out out/bench-workflow]
#                             [--years 2005-2011] [--cores "1 2"] [--pairs-per-shard 200]
# docs/scale.md keeps the results. Needs snakemake (scripts/install_deps.sh --slurm).
set -euo pipefail
SHARED=../shared BINARY=build/driftalign OUT=out/bench-workflow YEARS=2005-2011 CORES="1 2" PPS=200
while [[ $# -gt 0 ]]; do
  case "$1" in
    --shared) SHARED=$2 ;; --binary) BINARY=$2 ;; --out) OUT=$2 ;; --years) YEARS=$2 ;;
    --cores) CORES=$2 ;; --pairs-per-shard) PPS=$2 ;;
    *) echo "bench_workflow: unknown argument $1" >&2; exit 1 ;;
  esac
  shift 2
done
ROOT=$(cd "$(dirname "$0")/.." && pwd)
command -v snakemake >/dev/null || { echo "bench_workflow: snakemake not installed" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench_workflow: /usr/bin/time not found (apt-get install time)" >&2; exit 2; }
[[ -x $BINARY ]] || { echo "bench_workflow: $BINARY not found (build first)" >&2; exit 2; }
BINARY=$(cd "$(dirname "$BINARY")" && pwd)/$(basename "$BINARY")
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
if [[ ! -f $OUT/docs/.done-$YEARS ]]; then
  python3 "$ROOT/scripts/europarl_docs.py" --data "$SHARED/data/train/europarl-en-fr" --years "$YEARS" \
    --out "$OUT/docs"
  touch "$OUT/docs/.done-$YEARS"
fi

echo "| cores | pairs | sentences | wall s | CPU s | pairs/s | sentences/s | pairs / CPU-s | sentences / CPU-s | peak RSS MB / worker | load (1 min, mean) |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
prev=""
for c in $CORES; do
  run=$OUT/cores-$c
  rm -rf "$run"
  mkdir -p "$run"
  ( while true; do cut -d' ' -f1 /proc/loadavg; sleep 10; done ) > "$run/load.txt" &
  sampler=$!
  t0=$(date +%s.%N)
  snakemake -s "$ROOT/workflow/Snakefile" --directory "$run" --cores "$c" --quiet \
    --config docs_dir="$OUT/docs" out=out threads=1 pairs_per_shard="$PPS" \
    driftalign="/usr/bin/time -a -o $run/time.txt -f '%e %U %S %M' $BINARY" \
    > "$run/snakemake.log" 2>&1 || { kill "$sampler"; tail -30 "$run/snakemake.log" >&2; exit 1; }
  t1=$(date +%s.%N)
  kill "$sampler"; wait "$sampler" 2>/dev/null || true
  python3 - "$c" "$t0" "$t1" "$run" <<'PY'
import glob, json, sys
c, t0, t1, run = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
s = json.load(open(f"{run}/out/summary.json"))
wall = t1 - t0
sents = s["src_sentences"] + s["tgt_sentences"]
rss, cpu = 0.0, 0.0
for line in open(f"{run}/time.txt"):  # one line per shard: wall user sys maxrss_kb
    _, user, sys_, rss_kb = line.split()
    cpu += float(user) + float(sys_)
    rss = max(rss, int(rss_kb) / 1024)
load = [float(x) for x in open(f"{run}/load.txt").read().split()]
print(f"| {c} | {s['pairs']} | {sents} | {wall:.0f} | {cpu:.0f} | {s['pairs'] / wall:.2f} | {sents / wall:.0f} "
      f"| {s['pairs'] / cpu:.2f} | {sents / cpu:.0f} | {rss:.0f} | {sum(load) / max(1, len(load)):.1f} |")
print(f"bench_workflow: {c} core(s): {s['ok']} ok, {s['errors']} failed, {s['beads']} beads, "
      f"flags {s['flags_by_severity']}; CPU {cpu / wall:.2f} cores busy on average", file=sys.stderr)
PY
  if [[ -n $prev ]]; then
    cmp "$prev/out/results.jsonl" "$run/out/results.jsonl" \
      && echo "bench_workflow: results.jsonl of $c cores byte-identical to $(basename "$prev")" >&2
  fi
  prev=$run
done
