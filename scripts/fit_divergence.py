#!/usr/bin/env python3
"""Fits the weights of the bead divergence score (src/drift/divergence.cc) on
SYNTHETIC divergences, so that REFreSD stays an evaluation set (issue 15).

Equivalent pairs: sentence pairs of Europarl (one year file) and Tatoeba, as
they are. Divergent pairs: the same kind of pairs with one side edited, in the
spirit of Briakou & Carpuat (2020), "Detecting Fine-Grained Cross-Lingual
Semantic Divergences without Supervision by Learning to Rank" (EMNLP):
  delete    a clause (between , ; : or parentheses) or a span of 25-50% of the
            words of one side is removed
  add       a span of 4-12 words of another sentence of the same language is
            inserted into one side at a clause boundary
  replace   a span of 3-8 words of one side is replaced by a span of another
            sentence of the same language
  words     2-3 words of 5+ letters of one side are replaced by words of
            another sentence (a lexical substitution)
  unrelated the partner is another pair's sentence of similar length
Each source pair gives either itself (equivalent, half of them) or one
divergent variant (the kinds in equal shares). The pairs go through
`driftalign check --parallel --divergence-features`; a logistic regression
(Newton steps, L2 penalty) is fitted on 80% of them and measured on the other
20% (ROC-AUC, F1 of the divergent class); the threshold that maximises F1 on
the held-out part becomes the default. The script prints the weight table to
paste into divergence.cc.

Usage (from the project root):
  /usr/bin/python3 scripts/fit_divergence.py [--binary build/driftalign]
      [--shared ../shared] [--pairs 8000] [--seed 15] [--work /tmp/fit-divergence]
      [--drop FEATURE ...]
"""
import argparse
import gzip
import json
import math
import os
import random
import re
import subprocess
import sys

import numpy as np

KINDS = ["delete", "add", "replace", "words", "unrelated"]
CLAUSE = re.compile(r"(?<=[,;:])\s+|\s+(?=\()")


def read_europarl(path, n, rng):
    rows = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 6:
                continue
            en, fr = p[4].strip(), p[5].strip()
            if 8 <= len(en.split()) <= 45 and 8 <= len(fr.split()) <= 55:
                rows.append((en, fr))
    rng.shuffle(rows)
    return rows[:n]


def read_tatoeba(path, n, rng):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 2 and len(p[0].split()) >= 7:
                rows.append((p[0].strip(), p[1].strip()))
    rng.shuffle(rows)
    return rows[:n]


def span_of(words, lo, hi, rng):
    """A random span [b, e) of lo..hi words inside `words` (not all of them)."""
    k = min(rng.randint(lo, hi), max(1, len(words) - 2))
    b = rng.randint(0, len(words) - k)
    return b, b + k


def delete(text, rng, _other):
    parts = CLAUSE.split(text)
    if len(parts) >= 3 and rng.random() < 0.6:
        i = rng.randrange(1, len(parts))  # keep the first clause (the sentence's head)
        return " ".join(parts[:i] + parts[i + 1:])
    w = text.split()
    b, e = span_of(w, max(2, len(w) // 4), max(3, len(w) // 2), rng)
    return " ".join(w[:b] + w[e:])


def add(text, rng, other):
    ow = other.split()
    b, e = span_of(ow, 4, 12, rng)
    insert = " ".join(ow[b:e]).strip(",.;:")
    w = text.split()
    cuts = [i + 1 for i, x in enumerate(w[:-1]) if x.endswith(",")] or [len(w) - 1]
    at = rng.choice(cuts)
    return " ".join(w[:at] + [insert + ","] + w[at:])


def replace(text, rng, other):
    w, ow = text.split(), other.split()
    b, e = span_of(w, 3, 8, rng)
    ob, oe = span_of(ow, e - b, e - b, rng)
    return " ".join(w[:b] + ow[ob:oe] + w[e:])


def words(text, rng, other):
    w = text.split()
    long_w = [i for i, x in enumerate(w) if len(x.strip(".,;:!?")) >= 5]
    pool = [x.strip(".,;:!?") for x in other.split() if len(x.strip(".,;:!?")) >= 5]
    if not long_w or not pool:
        return replace(text, rng, other)
    for i in rng.sample(long_w, min(len(long_w), rng.randint(2, 3))):
        w[i] = rng.choice(pool)
    return " ".join(w)


def make_pairs(rows, rng):
    """(en, fr, label, kind) for each row: equivalent or one divergent variant."""
    out = []
    by_len = sorted(range(len(rows)), key=lambda i: len(rows[i][0]))
    pos = {r: k for k, r in enumerate(by_len)}
    for i, (en, fr) in enumerate(rows):
        if rng.random() < 0.5:
            out.append((en, fr, 0, "equivalent"))
            continue
        kind = rng.choice(KINDS)
        j = rng.randrange(len(rows))
        while j == i:
            j = rng.randrange(len(rows))
        if kind == "unrelated":  # a partner of similar length
            k = pos[i] + rng.choice([-3, -2, -1, 1, 2, 3])
            k = min(max(k, 0), len(rows) - 1)
            k = by_len[k] if by_len[k] != i else j
            out.append((en, rows[k][1], 1, kind))
            continue
        edit = {"delete": delete, "add": add, "replace": replace, "words": words}[kind]
        if rng.random() < 0.5:
            out.append((edit(en, rng, rows[j][0]), fr, 1, kind))
        else:
            out.append((en, edit(fr, rng, rows[j][1]), 1, kind))
    return out


def run_check(binary, pairs, work):
    os.makedirs(work, exist_ok=True)
    en_p, fr_p = os.path.join(work, "en.txt"), os.path.join(work, "fr.txt")
    with open(en_p, "w", encoding="utf-8") as f:
        f.write("\n".join(p[0] or "." for p in pairs) + "\n")
    with open(fr_p, "w", encoding="utf-8") as f:
        f.write("\n".join(p[1] or "." for p in pairs) + "\n")
    cmd = [binary, "check", en_p, fr_p, "--parallel", "--format", "json", "--coverage", "model",
           "--divergence-features"]
    doc = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    feats, names = {}, None
    for b in doc["beads"]:
        if b["src"] and b["tgt"] and "divergence_features" in b:
            names = list(b["divergence_features"])
            feats[b["src"][0]] = [b["divergence_features"][k] for k in names]
    return feats, names


def roc_auc(scores, labels):
    order = np.argsort(scores, kind="mergesort")
    s = np.asarray(scores)[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        ranks[i:j] = (i + j + 1) / 2.0
        i = j
    lab = np.asarray(labels)[order].astype(bool)
    n_pos, n_neg = lab.sum(), (~lab).sum()
    return (ranks[lab].sum() - n_pos * (n_pos + 1) / 2.0) / (n_pos * n_neg)


def f1_at(scores, labels, t):
    pred = np.asarray(scores) >= t
    lab = np.asarray(labels).astype(bool)
    tp, fp, fn = (pred & lab).sum(), (pred & ~lab).sum(), (~pred & lab).sum()
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def fit_logistic(x, y, l2=1e-2, steps=50):
    """Weights (bias first) of a logistic regression by Newton's method; the
    bias is not penalised."""
    xb = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(xb.shape[1])
    pen = np.full(xb.shape[1], l2)
    pen[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(xb @ w)))
        grad = xb.T @ (p - y) + pen * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(pen)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default="build/driftalign")
    ap.add_argument("--shared", default="../shared")
    ap.add_argument("--pairs", type=int, default=8000, help="Europarl pairs (Tatoeba: a quarter of this)")
    ap.add_argument("--europarl-year", default="2011")
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--l2", type=float, default=1e-2)
    ap.add_argument("--work", default="/tmp/fit-divergence")
    ap.add_argument("--drop", action="append", default=[],
                    help="leave this feature out of the fit (weight 0; repeatable): an ablation")
    args = ap.parse_args()
    train = os.path.join(args.shared, "data", "train")
    ep = os.path.join(train, "europarl-en-fr", "europarl-concodisco.en-fr.%s.tsv.gz" % args.europarl_year)
    tt = os.path.join(train, "tatoeba-en-fr", "fra.txt")
    if not os.path.exists(ep) or not os.path.exists(tt):
        sys.exit("no training data under %s (the ../shared checkout is needed; --shared)" % train)
    rng = random.Random(args.seed)
    rows = read_europarl(ep, args.pairs, rng) + read_tatoeba(tt, args.pairs // 4, rng)
    pairs = make_pairs(rows, rng)
    feats, names = run_check(args.binary, pairs, args.work)
    keep = [i for i in range(len(pairs)) if i in feats]
    x = np.array([feats[i] for i in keep])
    y = np.array([pairs[i][2] for i in keep], dtype=float)
    kinds = [pairs[i][3] for i in keep]
    split = np.array([rng.random() < 0.8 for _ in keep])
    print("synthetic pairs: %d (divergent %d; train %d, held out %d)" % (
        len(keep), int(y.sum()), int(split.sum()), int((~split).sum())))
    print("\n| feature | ROC-AUC (held out, alone) |")
    print("|---|---:|")
    for k, n in enumerate(names):
        print("| %s | %.3f |" % (n, roc_auc(x[~split, k], y[~split])))
    unknown = set(args.drop) - set(names)
    if unknown:
        sys.exit("--drop: no feature %s (features: %s)" % (", ".join(sorted(unknown)), ", ".join(names)))
    used = [k for k, n in enumerate(names) if n not in args.drop]
    w = np.zeros(len(names) + 1)
    w[[0] + [k + 1 for k in used]] = fit_logistic(x[split][:, used], y[split], args.l2)
    score = 1.0 / (1.0 + np.exp(-(np.hstack([np.ones((len(x), 1)), x]) @ w)))
    s_test, y_test = score[~split], y[~split]
    best = max((f1_at(s_test, y_test, t) + (t,) for t in np.arange(0.05, 0.96, 0.01)), key=lambda r: r[0])
    print("\nheld out: ROC-AUC %.3f; best F1 %.3f (P %.3f, R %.3f) at threshold %.2f; F1 at 0.5: %.3f" % (
        roc_auc(s_test, y_test), best[0], best[1], best[2], best[3], f1_at(s_test, y_test, 0.5)[0]))
    print("\n| kind (held out) | pairs | mean score | share >= threshold |")
    print("|---|---:|---:|---:|")
    for kind in ["equivalent"] + KINDS:
        m = np.array([k == kind for k in kinds]) & ~split
        if m.any():
            print("| %s | %d | %.3f | %.3f |" % (kind, m.sum(), score[m].mean(), (score[m] >= best[3]).mean()))
    print("\nWeights for src/drift/divergence.cc (kBias, then kWeights in order); default threshold %.2f:" % best[3])
    print("constexpr double kBias = %.3f;" % w[0])
    for n, v in zip(names, w[1:]):
        print("    {\"%s\", %.3f}," % (n, v))


if __name__ == "__main__":
    main()
