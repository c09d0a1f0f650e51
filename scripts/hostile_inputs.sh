#!/usr/bin/env bash
# Runs driftalign on hostile inputs (scripts/hostile_inputs.py: unclosed and
# nested quotation marks, one huge line, one huge word, thousands of figures
# or names in one sentence, very many tiny sentences, plain news, invalid
# UTF-8, one enormous vecalign bead, many sentences of figures) through
# segment, align, check, score and compare, each under a time and memory
# limit, and fails when a run exceeds a limit or exits with another code than
# the documented one (0; 2 for invalid input and for an input over a
# documented limit: --max-sentences, a clear refusal).
#
#   scripts/hostile_inputs.sh                    # CI size: 1 MB inputs (about 2-3 minutes on 2 cores)
#   scripts/hostile_inputs.sh --full             # 50 MB inputs: the issue-20 target (much longer)
#   scripts/hostile_inputs.sh --binary B --size BYTES --seconds S --max-rss-mb M --work DIR
#   scripts/hostile_inputs.sh --double --size 2000000   # also at 2x the size: time and RSS ratios
#
# Every case is one input of SIZE bytes: alone (segment), as one side of a
# pair whose other side is a sample story (align, check), and, for the kinds
# that exist in both languages, against its other-language twin (check).
# Limits: wall time <= --seconds (default 60, through `timeout`) and peak RSS
# <= --max-rss-mb (default 1024, from /usr/bin/time); `ulimit -v` (virtual
# memory, 4x the RSS limit) stops a runaway before it hurts the machine.
# Prints one line per run (wall and CPU time, peak RSS, exit code) and a summary.
set -uo pipefail
cd "$(dirname "$0")/.."
binary=build/driftalign
size=1000000
seconds=60
max_rss_mb=1024
work=${TMPDIR:-/tmp}/driftalign-hostile
double=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --binary) binary=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --full) size=50000000; shift ;;
    --double) double=1; shift ;;
    --seconds) seconds=$2; shift 2 ;;
    --max-rss-mb) max_rss_mb=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "hostile_inputs.sh: unknown option $1" >&2; exit 1 ;;
  esac
done
if [[ ! -x $binary ]]; then
  echo "== building $binary" >&2
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null && cmake --build build -j"$(nproc)" --target driftalign >/dev/null ||
    { echo "hostile_inputs.sh: build failed" >&2; exit 1; }
  binary=build/driftalign
fi
[[ -x /usr/bin/time ]] || { echo "hostile_inputs.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
export DRIFTALIGN_MODEL=${DRIFTALIGN_MODEL:-$PWD/models/driftalign-enfr-v2.dam}
mkdir -p "$work"
en_story=corpus/000_cade94ca1d686b93.txt
fr_story=corpus/001_b5b62dc4b4f44fa5.txt

failures=0
runs=0
max_sentences=500000        # the default --max-sentences (pipeline::InputOptions)
compare_max_sentences=5000  # compare's default --max-sentences (compare::CompareOptions)
# run NAME EXPECTED_EXIT ARGS...: one limited run of the binary.
run() {
  local name=$1 expected=$2; shift 2
  local log=$dir/$name.time
  runs=$((runs + 1))
  ( ulimit -v $((max_rss_mb * 4 * 1024)); /usr/bin/time -o "$log" -f '%e %M %U %S' \
      timeout --signal=KILL "$seconds" "$binary" "$@" > /dev/null 2> "$dir/$name.stderr" )
  local rc=$?
  local wall rss user sys cpu
  read -r wall rss user sys < <(grep -E '^[0-9.]+ [0-9]+ [0-9.]+ [0-9.]+$' "$log" | tail -1)
  wall=${wall:-?}; rss=${rss:-0}
  cpu=$(awk -v u="${user:-0}" -v s="${sys:-0}" 'BEGIN { printf "%.2f", u + s }')
  local verdict=ok
  if [[ $rc -ne $expected ]]; then verdict="FAIL exit $rc, expected $expected"; fi
  if (( rss > max_rss_mb * 1024 )); then verdict="FAIL peak RSS over $max_rss_mb MB"; fi
  if [[ $rc -eq 137 || $rc -eq 124 ]]; then verdict="FAIL killed (over $seconds s or memory)"; fi
  [[ $verdict == ok ]] || failures=$((failures + 1))
  printf '%-44s %7s s (CPU %6s s) %7d MB  exit %3d  %s\n' "$name" "$wall" "$cpu" $((rss / 1024)) "$rc" "$verdict"
  echo "$name $wall $rss $cpu" >> "$results"
}

# all_cases N DIR: generates the inputs of N bytes in DIR and runs every case.
all_cases() {
  local n=$1 dir=$2
  mkdir -p "$dir"
  results=$dir/results
  : > "$results"
  echo "== hostile inputs of $n bytes; limits $seconds s, $max_rss_mb MB peak RSS; binary $binary"
  kinds=$(python3 scripts/hostile_inputs.py --list)
  for kind in $kinds; do
    python3 scripts/hostile_inputs.py "$kind" "$n" "$dir/$kind.txt" || { echo "cannot generate $kind" >&2; exit 1; }
  done
  for kind in $kinds; do
    [[ $kind == bead || $kind == figure_sentences_* ]] && continue  # (compare's kind)
    lang=fr; story=$en_story
    [[ $kind == *_en ]] && { lang=en; story=$fr_story; }
    expected=0
    [[ $kind == invalid_utf8 ]] && expected=2
    # One sentence per line: over the default --max-sentences, a refusal.
    [[ $kind == tiny_sentences_* ]] && (( $(wc -l < "$dir/$kind.txt") > max_sentences )) && expected=2
    f=$dir/$kind.txt
    run "segment.$kind" "$expected" segment --lang "$lang" "$f"
    if [[ $lang == en ]]; then
      run "align.$kind+story" "$expected" align "$f" "$story"
      run "check.$kind+story" "$expected" check --format json "$f" "$story"
    else
      run "align.story+$kind" "$expected" align "$story" "$f"
      run "check.story+$kind" "$expected" check --format json "$story" "$f"
    fi
  done
  # Both sides hostile: each English kind against its French twin.
  for kind in $kinds; do
    [[ $kind == *_en && $kind != figure_sentences_en ]] || continue
    twin=${kind%_en}_fr
    [[ $kind == unclosed_quotes_en ]] && twin=unclosed_guillemets_fr
    [[ -f $dir/$twin.txt ]] || continue
    expected=0
    [[ $kind == tiny_sentences_* ]] && (( $(wc -l < "$dir/$kind.txt") > max_sentences )) && expected=2
    run "check.$kind+$twin" "$expected" check --format json "$dir/$kind.txt" "$dir/$twin.txt"
  done
  # compare, each English kind of one sentence per line (or one sentence in
  # all) against its French twin: exit 0, or 2 (a clear refusal) when a report
  # has more sentences than compare's default --max-sentences.
  for kind in figures_en figure_sentences_en names_en long_line_en unclosed_quotes_en tiny_sentences_en; do
    twin=${kind%_en}_fr
    [[ $kind == unclosed_quotes_en ]] && twin=unclosed_guillemets_fr
    expected=0
    for f in "$dir/$kind.txt" "$dir/$twin.txt"; do
      (( $(wc -l < "$f") > compare_max_sentences )) && expected=2
    done
    run "compare.$kind+$twin" "$expected" compare --format json "$dir/$kind.txt" "$dir/$twin.txt"
  done
  run "score.bead" 0 score --gold "$dir/bead.txt" --pred "$dir/bead.txt"
  printf '1\t%s\t%s\n' "$dir/long_line_en.txt" "$dir/unclosed_guillemets_fr.txt" > "$dir/manifest.tsv"
  run "batch.long_line+unclosed" 0 batch "$dir/manifest.tsv"
}

all_cases "$size" "$work/$size"
if [[ $double -eq 1 ]]; then
  all_cases $((2 * size)) "$work/$((2 * size))"
  echo "== ratios at 2x the input size (wall time, CPU time, peak RSS); load disturbs wall time most"
  python3 - "$work/$size/results" "$work/$((2 * size))/results" <<'PY'
import sys
def read(p):
    out = {}
    for line in open(p):
        name, wall, rss, cpu = line.split()
        out[name] = (float(wall) if wall != "?" else float("nan"), int(rss), float(cpu))
    return out
a, b = read(sys.argv[1]), read(sys.argv[2])
worst_t = worst_c = worst_m = 0.0
for name in a:
    if name not in b:
        continue
    (t1, m1, c1), (t2, m2, c2) = a[name], b[name]
    rt = t2 / t1 if t1 >= 0.05 else float("nan")  # below 50 ms the ratio is noise
    rc = c2 / c1 if c1 >= 0.05 else float("nan")
    rm = m2 / m1 if m1 else float("nan")
    print(f"{name:44s} {t1:7.2f} -> {t2:7.2f} s x{rt:5.2f}  CPU {c1:6.2f} -> {c2:6.2f} s x{rc:5.2f}"
          f"  {m1/1024:6.0f} -> {m2/1024:6.0f} MB x{rm:5.2f}")
    if rt == rt: worst_t = max(worst_t, rt)
    if rc == rc: worst_c = max(worst_c, rc)
    if rm == rm: worst_m = max(worst_m, rm)
print(f"largest ratio: wall time x{worst_t:.2f}, CPU time x{worst_c:.2f}, peak RSS x{worst_m:.2f}")
PY
fi
echo "== $runs runs, $failures failed"
[[ $failures -eq 0 ]]
