#!/usr/bin/env bash
# Trains the default EN-FR embedding model from ../shared/data and writes it in
# driftalign's model format (models/MODEL.md) plus a metrics report.
#
#   scripts/train_model.sh                 # full recipe (see models/MODEL.md)
#   EUROPARL_PAIRS=300000 THREADS=2 scripts/train_model.sh   # the v1 recipe (faster, not bit-reproducible)
#
# Stages (each skipped when its output exists in $WORK; delete $WORK to redo):
#   1. lexicon: dictionaries -> training pairs + held-out pairs (scripts/model_lexicon.py)
#   2. tokenise: `driftalign tokenize --pairs` (the run-time tokeniser) turns each
#      EN-FR pair into one line of merged, shuffled EN+FR tokens
#   3. fastText skipgram on the concatenation (Debian's fasttext CLI)
#   4. `driftalign convert-model` -> $OUT (SIF weights, common components,
#      optional Procrustes refinement with the training dictionary, self-tests)
#   5. scripts/eval_model.sh -> metrics
# Every input, parameter and the resulting sha256 go to $WORK/train_record.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

SHARED=${SHARED:-../shared/data}
WORK=${WORK:-/tmp/driftalign-model}
DRIFTALIGN=${DRIFTALIGN:-build/driftalign}
OUT=${OUT:-models/driftalign-enfr-v2.dam}
NAME=${NAME:-driftalign-enfr-v2}
EUROPARL_PAIRS=${EUROPARL_PAIRS:-all}   # number of filtered Europarl pairs, or "all"
LEX_REPEAT=${LEX_REPEAT:-3}             # copies of the dictionary lines (reshuffled each time)
DIM=${DIM:-100}
MINN=${MINN:-3}
MAXN=${MAXN:-6}
WS=${WS:-5}
EPOCH=${EPOCH:-3}
MINCOUNT=${MINCOUNT:-3}
BUCKET=${BUCKET:-50000}
NEG=${NEG:-5}
LR=${LR:-0.05}
THREADS=${THREADS:-1}                  # 1 thread: no Hogwild races between threads: deterministic
MAX_WORDS=${MAX_WORDS:-60000}           # vocabulary rows kept in the shipped model
CONVERT_FLAGS=${CONVERT_FLAGS:---no-center --sif-a 3e-3}  # chosen on UD-PUD, see docs/embedding.md

[ -x "$DRIFTALIGN" ] || { echo "build driftalign first (cmake --build build)" >&2; exit 1; }
[ -d "$SHARED/train" ] || { echo "missing $SHARED (see ../shared/README.md)" >&2; exit 1; }
mkdir -p "$WORK"
start=$(date +%s)

# Deterministic shuffle: GNU shuf fed with a fixed pseudo-random byte stream.
det_shuf() { shuf --random-source=<(openssl enc -aes-256-ctr -pass pass:driftalign -nosalt -pbkdf2 </dev/zero 2>/dev/null); }

# 1. Dictionaries.
if [ ! -s "$WORK/lex.train.tsv" ]; then
  /usr/bin/python3 scripts/model_lexicon.py "$SHARED/lexicon" "$WORK/lex.train.tsv" "$WORK/lex.heldout.tsv"
fi

# 2. Tokenised, merged, shuffled pair lines.
if [ ! -s "$WORK/europarl.tok" ]; then
  for f in "$SHARED"/train/europarl-en-fr/europarl-concodisco.en-fr.20*.tsv.gz; do
    zcat "$f" | tail -n +2
  done | "$DRIFTALIGN" tokenize --pairs --en-column 5 --fr-column 6 --seed 1 > "$WORK/europarl.tok"
fi
if [ ! -s "$WORK/tatoeba.tok" ]; then
  "$DRIFTALIGN" tokenize --pairs --seed 2 "$SHARED/train/tatoeba-en-fr/fra.txt" > "$WORK/tatoeba.tok"
fi
if [ ! -s "$WORK/lexicon.tok" ]; then
  for i in $(seq 1 "$LEX_REPEAT"); do
    "$DRIFTALIGN" tokenize --pairs --min-ratio 0 --max-ratio 1e9 --seed $((10 + i)) "$WORK/lex.train.tsv"
  done > "$WORK/lexicon.tok"
fi
# Every 50th Europarl pair (raw text): sentences for the common components
# removed from sentence vectors (and the self-test pairs) at conversion.
if [ ! -s "$WORK/sample.tsv" ]; then
  for f in "$SHARED"/train/europarl-en-fr/europarl-concodisco.en-fr.20*.tsv.gz; do
    zcat "$f" | tail -n +2
  done | awk -F'\t' 'NR % 50 == 0 && $5 != "" && $6 != "" { print $5 "\t" $6 }' > "$WORK/sample.tsv"
fi
corpus="$WORK/train.${EUROPARL_PAIRS}.txt"
if [ ! -s "$corpus" ]; then
  if [ "$EUROPARL_PAIRS" = all ]; then
    cat "$WORK/europarl.tok"
  else
    [ -s "$WORK/europarl.shuf" ] || det_shuf < "$WORK/europarl.tok" > "$WORK/europarl.shuf"
    head -n "$EUROPARL_PAIRS" "$WORK/europarl.shuf"
  fi > "$WORK/europarl.sample"
  cat "$WORK/europarl.sample" "$WORK/tatoeba.tok" "$WORK/lexicon.tok" | det_shuf > "$corpus"
  rm -f "$WORK/europarl.sample"
fi
prep_done=$(date +%s)
[ "${STOP_AFTER:-}" = prepare ] && exit 0

# 3. fastText skipgram.
ft="$WORK/ft.${EUROPARL_PAIRS}.d${DIM}.ws${WS}.e${EPOCH}.b${BUCKET}"
if [ ! -s "$ft.bin" ]; then
  fasttext skipgram -input "$corpus" -output "$ft" -dim "$DIM" -minn "$MINN" -maxn "$MAXN" \
    -ws "$WS" -epoch "$EPOCH" -minCount "$MINCOUNT" -bucket "$BUCKET" -neg "$NEG" -lr "$LR" \
    -thread "$THREADS" -verbose 1
  rm -f "$ft.vec"
fi
train_done=$(date +%s)
[ "${STOP_AFTER:-}" = fasttext ] && exit 0

# 4. Convert to the shipped format.
# shellcheck disable=SC2086
"$DRIFTALIGN" convert-model --fasttext-bin "$ft.bin" --name "$NAME" --max-words "$MAX_WORDS" \
  --sample-pairs "$WORK/sample.tsv" \
  --dictionary "$WORK/lex.train.tsv" $CONVERT_FLAGS -o "$OUT" > "$WORK/model_info.json"
end=$(date +%s)

{
  echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "machine: $(nproc) cores, $(uname -m)"
  echo "fasttext: $(dpkg-query -W -f='${Version}' fasttext 2>/dev/null || echo unknown)"
  echo "inputs:"
  for f in "$SHARED"/train/europarl-en-fr/*.tsv.gz "$SHARED/train/tatoeba-en-fr/fra.txt" \
           "$SHARED"/lexicon/freedict-en-fr/*.tsv "$SHARED"/lexicon/wiktionary-fr-en/*.csv; do
    echo "  $(sha256sum "$f" | cut -c1-16)  $f"
  done
  echo "params: EUROPARL_PAIRS=$EUROPARL_PAIRS LEX_REPEAT=$LEX_REPEAT DIM=$DIM MINN=$MINN MAXN=$MAXN WS=$WS EPOCH=$EPOCH MINCOUNT=$MINCOUNT BUCKET=$BUCKET NEG=$NEG LR=$LR THREADS=$THREADS MAX_WORDS=$MAX_WORDS CONVERT_FLAGS=$CONVERT_FLAGS"
  echo "corpus lines: $(wc -l < "$corpus")"
  echo "time: prepare $((prep_done - start)) s, fasttext $((train_done - prep_done)) s, convert $((end - train_done)) s"
  echo "model: $OUT $(stat -c %s "$OUT") bytes sha256 $(sha256sum "$OUT" | cut -d' ' -f1)"
} | tee "$WORK/train_record.txt"

# 5. Metrics.
if [ "${SKIP_EVAL:-}" != 1 ]; then
  HELDOUT="$WORK/lex.heldout.tsv" DRIFTALIGN="$DRIFTALIGN" SHARED="$SHARED" WORK="$WORK/eval" \
    scripts/eval_model.sh "$OUT" > "$WORK/metrics.json"
  echo "metrics: $WORK/metrics.json"
fi
