#!/usr/bin/env python3
"""REFreSD (EN-FR semantic divergences, 1,039 pairs) scored with the clause
coverage signal of `driftalign check` (partial omission / addition), issue 6.

Each pair is checked as a 1-1 bead with every clause reported (--partial-min-words 1,
--partial-max-coverage 1): a flag's score is 1 - the share of the clause's content
words covered by the other side. The divergence score of a pair is the largest
such score (0 when every clause is fully covered). Reported:
  ROC-AUC of the score for the divergent class (some_meaning_difference + unrelated);
  F1 of the divergent class at the checker's DEFAULT decision (a partial_omission/addition
    flag with the default options, from a second run) and at the best threshold on this
    set (optimistic: tuned on the evaluation data itself);
  the all-divergent baseline F1 (0.784 on this set).
  With --rationales, token-level agreement: share of the English/French tokens inside
    flagged clauses that at least 2 of 3 annotators highlighted (precision) and of those
    highlighted tokens that fall inside flagged clauses (recall).

Also the bead divergence score of the default run (json "divergence" and
"divergent", src/drift/divergence.h): its ROC-AUC, F1 at the default
--divergence-threshold, and the best F1 over thresholds (tuned here, reference only).

Usage (from the project root):
  python3 scripts/drift_refresd.py [--binary build/driftalign] [--coverage model|lexical]
      [--data ../shared/data/dev/refresd] [--work /tmp/drift-refresd] [-- extra check flags]
"""
import argparse
import json
import os
import re
import subprocess
import sys


def roc_auc(scores, labels):
    pos = [s for s, l in zip(scores, labels) if l]
    neg = [s for s, l in zip(scores, labels) if not l]
    if not pos or not neg:
        return float("nan")
    # Mann-Whitney U with ties counted half.
    allv = sorted((s, l) for s, l in zip(scores, labels))
    ranks = {}
    i = 0
    while i < len(allv):
        j = i
        while j < len(allv) and allv[j][0] == allv[i][0]:
            j += 1
        ranks[allv[i][0]] = (i + j + 1) / 2.0
        i = j
    r_pos = sum(ranks[s] for s in pos)
    return (r_pos - len(pos) * (len(pos) + 1) / 2.0) / (len(pos) * len(neg))


def f1(pred, labels):
    tp = sum(1 for p, l in zip(pred, labels) if p and l)
    fp = sum(1 for p, l in zip(pred, labels) if p and not l)
    fn = sum(1 for p, l in zip(pred, labels) if not p and l)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return (2 * prec * rec / (prec + rec) if prec + rec else 0.0), prec, rec


def run(binary, en_p, fr_p, args, divergence=None):
    """Flags of each 1-1 bead by source line; with a dict `divergence`, also
    its (score, divergent) from the bead's "divergence" fields."""
    cmd = [binary, "check", en_p, fr_p, "--parallel", "--format", "json"] + args
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    doc = json.loads(out)
    beads = {}
    for b in doc["beads"]:
        if b["src"] and b["tgt"]:
            beads[b["src"][0]] = b["flags"]
            if divergence is not None and "divergence" in b:
                divergence[b["src"][0]] = (b["divergence"], b["divergent"])
    return beads, doc


def read_rows(path):
    """The pairs of REFreSD_sentence_labels: (divergent, 3-way label, en, fr), spaces normalised."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) >= 4:
                rows.append((p[0] == "divergent", p[1], " ".join(p[2].split()), " ".join(p[3].split())))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default="build/driftalign")
    ap.add_argument("--data", default="../shared/data/dev/refresd")
    ap.add_argument("--work", default="/tmp/drift-refresd")
    ap.add_argument("--coverage", default="model", choices=["model", "lexical"])
    ap.add_argument("--rationales", action="store_true",
                    help="also measure token-level agreement of the flagged clauses with the rationales")
    ap.add_argument("extra", nargs="*", help="extra flags for driftalign check (after --)")
    args = ap.parse_args()
    path = os.path.join(args.data, "REFreSD_sentence_labels")
    if not os.path.exists(path):
        sys.exit("no data at %s (the ../shared checkout is needed)" % path)
    rows = read_rows(path)
    os.makedirs(args.work, exist_ok=True)
    en_p, fr_p = os.path.join(args.work, "en.txt"), os.path.join(args.work, "fr.txt")
    with open(en_p, "w", encoding="utf-8") as f:
        f.write("\n".join(r[2] or "." for r in rows) + "\n")
    with open(fr_p, "w", encoding="utf-8") as f:
        f.write("\n".join(r[3] or "." for r in rows) + "\n")
    labels = [r[0] for r in rows]
    partial = {"partial_omission", "partial_addition"}

    # The scoring run reports every clause: drop the user's clause thresholds there.
    keep, skip = [], False
    for a in args.extra:
        if skip:
            skip = False
            continue
        if a in ("--partial-min-words", "--partial-max-coverage"):
            skip = True
            continue
        keep.append(a)
    every, doc = run(args.binary, en_p, fr_p, ["--coverage", args.coverage, "--partial-min-words", "1",
                                               "--partial-max-coverage", "1"] + keep)
    scores = [max([f["score"] for f in every.get(i, []) if f["kind"] in partial] or [0.0])
              for i in range(len(rows))]
    divergence = {}
    default, _ = run(args.binary, en_p, fr_p, ["--coverage", args.coverage] + args.extra, divergence)
    pred = [any(f["kind"] in partial for f in default.get(i, [])) for i in range(len(rows))]

    auc = roc_auc(scores, labels)
    f_def, p_def, r_def = f1(pred, labels)
    best = (0, 0, 0, 0)
    for t in sorted(set(scores)):
        fb = f1([s >= t for s in scores], labels)
        if fb[0] > best[0]:
            best = (fb[0], fb[1], fb[2], t)
    base = f1([True] * len(labels), labels)
    print("pairs: %d (divergent %d), coverage: %s, model: %s" % (
        len(rows), sum(labels), doc["params"].get("coverage_checks"), doc["model"]["name"] or "-"))
    print("\n| signal | ROC-AUC | F1 (divergent) | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    print("| all-divergent baseline | 0.500 | %.3f | %.3f | %.3f |" % base)
    print("| partial flag, default options | – | %.3f | %.3f | %.3f |" % (f_def, p_def, r_def))
    print("| max clause uncovered share, best threshold %.2f (tuned on this set) | %.3f | %.3f | %.3f | %.3f |"
          % (best[3], auc, best[0], best[1], best[2]))
    if divergence:
        bead_divergence(rows, labels, divergence)
    sentence_level_scores(args, rows, labels, every, partial, en_p, fr_p)
    by3 = {}
    for r, s in zip(rows, scores):
        by3.setdefault(r[1], []).append(s)
    print("\n| 3-way label | pairs | mean score |")
    print("|---|---:|---:|")
    for k in sorted(by3):
        print("| %s | %d | %.3f |" % (k, len(by3[k]), sum(by3[k]) / len(by3[k])))

    if args.rationales:
        rationale_agreement(args)


WORD = re.compile(r"[^\W\d_]{2,}")


def best_f1(scores, labels):
    best = (0, 0, 0, 0)
    for t in sorted(set(scores)):
        fb = f1([s >= t for s in scores], labels)
        if fb[0] > best[0]:
            best = (fb[0], fb[1], fb[2], t)
    return best


def bead_divergence(rows, labels, divergence):
    """The bead divergence score the check writes into each bead (json
    "divergence", "divergent" at --divergence-threshold; weights and default
    threshold fitted on synthetic pairs by scripts/fit_divergence.py)."""
    scores = [divergence.get(i, (1.0, True))[0] for i in range(len(rows))]
    pred = [divergence.get(i, (1.0, True))[1] for i in range(len(rows))]
    f_def = f1(pred, labels)
    b = best_f1(scores, labels)
    print("\n| bead divergence score (json \"divergence\") | ROC-AUC | F1 (divergent) | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    print("| \"divergent\" at the default threshold | %.3f | %.3f | %.3f | %.3f |" % ((roc_auc(scores, labels),) + f_def))
    print("| best threshold %.3f (tuned on this set, for reference only) | – | %.3f | %.3f | %.3f |" % (b[3], b[0], b[1], b[2]))
    by3 = {}
    for r, s in zip(rows, scores):
        by3.setdefault(r[1], []).append(s)
    print("mean divergence by 3-way label: " + ", ".join(
        "%s %.3f" % (k, sum(v) / len(v)) for k, v in sorted(by3.items())))


def sentence_level_scores(args, rows, labels, every, partial, en_p, fr_p):
    """Sentence-level divergence scores built from the same clause coverage:
      uncovered share  words of the clauses weighted by their uncovered share, over the
                       words of the sentence, the larger of the two sides
      1 - cosine       of the two sentence vectors (`driftalign embed`)
      combined         uncovered share + w * (1 - cosine), w on a grid (tuned here)"""
    import numpy as np
    uncov = []
    for i, r in enumerate(rows):
        side = {"src": 0.0, "tgt": 0.0}
        for fl in every.get(i, []):
            if fl["kind"] not in partial:
                continue
            k = "src" if fl["kind"] == "partial_omission" else "tgt"
            side[k] += fl["score"] * len(WORD.findall(fl[k]["text"]))
        n_en, n_fr = len(WORD.findall(r[2])) or 1, len(WORD.findall(r[3])) or 1
        uncov.append(max(min(1.0, side["src"] / n_en), min(1.0, side["tgt"] / n_fr)))
    vecs = []
    for lang, path in (("en", en_p), ("fr", fr_p)):
        out = os.path.join(args.work, lang + ".npy")
        subprocess.run([args.binary, "embed", "--lang", lang, "--presegmented", "--format", "npy",
                        "-o", out, path], check=True)
        vecs.append(np.load(out))
    cos = (vecs[0] * vecs[1]).sum(axis=1)
    dist = [1.0 - float(c) for c in cos]
    print("\n| sentence-level score | ROC-AUC | best F1 (tuned on this set) | precision | recall | threshold |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, sc in (("uncovered share (larger side)", uncov), ("1 - sentence cosine", dist)):
        b = best_f1(sc, labels)
        print("| %s | %.3f | %.3f | %.3f | %.3f | %.2f |" % (name, roc_auc(sc, labels), b[0], b[1], b[2], b[3]))
    for t in (0.25, 0.5, 0.75):  # fixed thresholds, not tuned
        fb = f1([u >= t for u in uncov], labels)
        print("| uncovered share >= %.2f (fixed) | – | %.3f | %.3f | %.3f | %.2f |" % (t, fb[0], fb[1], fb[2], t))
    results = []
    for w in (0.25, 0.5, 1.0, 2.0, 4.0):
        sc = [u + w * d for u, d in zip(uncov, dist)]
        results.append((roc_auc(sc, labels), w, best_f1(sc, labels)))
    for auc, w, b in results:
        print("| uncovered share + %.2f x (1 - cosine) | %.3f | %.3f | %.3f | %.3f | %.2f |" % (w, auc, b[0], b[1], b[2], b[3]))


def rationale_agreement(args):
    """Checks the TOKENIZED sentences of REFreSD_rationale (default options) and compares
    the tokens inside partial_omission/partial_addition spans with the tokens that at
    least 2 of 3 annotators highlighted, over the divergent pairs."""
    rows = []
    with open(os.path.join(args.data, "REFreSD_rationale"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            p = line.rstrip("\n").split("\t")
            if len(p) >= 6 and p[0] == "divergent":
                rows.append((p[2], p[3], [int(x) for x in p[4].split()], [int(x) for x in p[5].split()]))
    en_p, fr_p = os.path.join(args.work, "en.tok.txt"), os.path.join(args.work, "fr.tok.txt")
    with open(en_p, "w", encoding="utf-8") as f:
        f.write("\n".join(r[0] for r in rows) + "\n")
    with open(fr_p, "w", encoding="utf-8") as f:
        f.write("\n".join(r[1] for r in rows) + "\n")
    beads, doc = run(args.binary, en_p, fr_p, ["--coverage", args.coverage] + args.extra)
    starts = {"src": [], "tgt": []}
    for side in ("src", "tgt"):
        starts[side] = [s["begin"] for s in doc[side]["sentences"]]
    tp = flagged = gold = 0
    for i, (en, fr, ren, rfr) in enumerate(rows):
        spans = {"src": [], "tgt": []}
        for fl in beads.get(i, []):
            if fl["kind"] not in ("partial_omission", "partial_addition"):
                continue
            side = "src" if fl["kind"] == "partial_omission" else "tgt"
            base = starts[side][i]
            spans[side].append((fl[side]["begin"] - base, fl[side]["end"] - base))
        for side, text, rat in (("src", en, ren), ("tgt", fr, rfr)):
            pos = 0
            for tok, r in zip(text.split(" "), rat):
                b, e = pos, pos + len(tok.encode("utf-8"))
                pos = e + 1
                inside = any(b >= sb and e <= se for sb, se in spans[side])
                flagged += inside
                gold += r >= 2
                tp += inside and r >= 2
    print("\nRationale agreement (divergent pairs, tokens highlighted by >= 2 of 3 annotators):")
    print("| tokens in flagged clauses | of them highlighted (precision) | highlighted tokens | inside flagged clauses (recall) |")
    print("|---:|---:|---:|---:|")
    print("| %d | %.3f | %d | %.3f |" % (flagged, tp / flagged if flagged else 0, gold, tp / gold if gold else 0))


if __name__ == "__main__":
    main()
