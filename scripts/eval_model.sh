#!/usr/bin/env bash
# Scores an embedding model on the dev sets of ../shared/data (retrieval P@1
# with cosine/CSLS/margin on UD-PUD and the newstest sets, similarity
# distributions, word translation P@1 on the held-out dictionary split).
#
#   scripts/eval_model.sh [MODEL] > metrics.json
# Env: DRIFTALIGN (default build/driftalign), SHARED (../shared/data),
#      WORK (scratch, default /tmp/driftalign-eval), HELDOUT (held-out lexicon
#      TSV written by scripts/train_model.sh; default $WORK/../driftalign-model/lex.heldout.tsv
#      or rebuilt with scripts/model_lexicon.py).
set -euo pipefail
cd "$(dirname "$0")/.."
MODEL=${1:-models/driftalign-enfr-v2.dam}
DRIFTALIGN=${DRIFTALIGN:-build/driftalign}
SHARED=${SHARED:-../shared/data}
WORK=${WORK:-/tmp/driftalign-eval}
mkdir -p "$WORK"
HELDOUT=${HELDOUT:-$WORK/lex.heldout.tsv}
if [ ! -s "$HELDOUT" ]; then
  /usr/bin/python3 scripts/model_lexicon.py "$SHARED/lexicon" "$WORK/lex.train.tsv" "$HELDOUT"
fi
/usr/bin/python3 scripts/eval_model.py "$DRIFTALIGN" "$MODEL" "$SHARED" "$WORK" "$HELDOUT"
