#!/usr/bin/python3
"""Scores a driftalign embedding model (called by scripts/eval_model.sh).

usage: eval_model.py DRIFTALIGN MODEL SHARED_DATA WORK_DIR HELDOUT_LEXICON|-

Prints JSON with, for each dev set:
  - retrieval P@1 in both directions among all pairs of the set, with plain
    cosine, CSLS (k=4; Conneau et al. 2018) and ratio margin (k=4; Artetxe &
    Schwenk 2019);
  - true-pair vs random-pair cosine distribution (mean, sd, quantiles);
and word translation P@1 (EN->FR, candidates = all French targets of the
held-out dictionary split) when a held-out lexicon is given.
Needs numpy (Debian's /usr/bin/python3).
"""
import html
import json
import os
import re
import subprocess
import sys

import numpy as np

K = 4


def embed(driftalign, model, lang, lines, path):
    with open(path + ".txt", "w", encoding="utf-8") as f:
        for line in lines:
            f.write(line + "\n")
    subprocess.run([driftalign, "embed", "--model", model, "--lang", lang, "--presegmented",
                    "--no-structure", "--format", "npy", "-o", path + ".npy", path + ".txt"], check=True)
    m = np.load(path + ".npy")
    assert m.shape[0] == len(lines), (path, m.shape, len(lines))
    return m


def topk_mean(s, k, axis):
    k = min(k, s.shape[axis])
    part = -np.partition(-s, k - 1, axis=axis)
    return part.take(range(k), axis=axis).mean(axis=axis)


def retrieval(e, f):
    s = e @ f.T
    n = s.shape[0]
    gold = np.arange(n)
    out = {"pairs": n}
    r_f = topk_mean(s, K, 1)  # each en row: mean of its K best fr
    r_e = topk_mean(s, K, 0)  # each fr column: mean of its K best en
    scores = {
        "cosine": s,
        "csls": 2 * s - r_f[:, None] - r_e[None, :],
        "margin": s / ((r_f[:, None] + r_e[None, :]) / 2 + 1e-9),
    }
    for name, m in scores.items():
        p_ef = float((m.argmax(1) == gold).mean())
        p_fe = float((m.argmax(0) == gold).mean())
        out[name] = {"en_fr": round(p_ef, 4), "fr_en": round(p_fe, 4), "mean": round((p_ef + p_fe) / 2, 4)}
    true = np.diag(s)
    rng = np.random.default_rng(0)
    i = rng.integers(0, n, 20000)
    j = rng.integers(0, n, 20000)
    keep = i != j
    rand = s[i[keep], j[keep]]
    q = [0.05, 0.25, 0.5, 0.75, 0.95]
    out["true_pairs"] = {"mean": round(float(true.mean()), 4), "sd": round(float(true.std()), 4),
                         "quantiles": [round(float(x), 4) for x in np.quantile(true, q)]}
    out["random_pairs"] = {"mean": round(float(rand.mean()), 4), "sd": round(float(rand.std()), 4),
                           "quantiles": [round(float(x), 4) for x in np.quantile(rand, q)]}
    hist_bins = np.linspace(-0.5, 1.0, 16)
    out["histogram_bins"] = [round(float(x), 2) for x in hist_bins]
    out["true_hist"] = np.histogram(true, hist_bins)[0].tolist()
    out["random_hist"] = np.histogram(rand, hist_bins)[0].tolist()
    return out


SEG = re.compile(r'<seg id="?(\d+)"?>(.*)</seg>')


def read_sgm(path):
    segs = []
    with open(path, encoding="utf-8", newline="") as f:
        for line in f:
            m = SEG.search(line)
            if m:
                segs.append(" ".join(html.unescape(m.group(2).replace("&amp;", "&")).split()))
    return segs


def main():
    driftalign, model, shared, work, heldout = sys.argv[1:6]
    os.makedirs(work, exist_ok=True)
    result = {"model": model}
    en, fr = [], []
    with open(f"{shared}/dev/ud-pud-en-fr/pud.en-fr.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            _, e, r = line.rstrip("\n").split("\t")
            en.append(" ".join(e.split()))
            fr.append(" ".join(r.split()))
    result["ud_pud"] = retrieval(embed(driftalign, model, "en", en, f"{work}/pud.en"),
                                 embed(driftalign, model, "fr", fr, f"{work}/pud.fr"))
    if os.environ.get("EVAL_PUD_ONLY"):
        print(json.dumps(result, indent=1))
        return
    news = {}
    for name in ["news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011",
                 "newstest2012"]:
        e = read_sgm(f"{shared}/dev/newstest-fr-en/{name}-src.en.sgm")
        r = read_sgm(f"{shared}/dev/newstest-fr-en/{name}-src.fr.sgm")
        assert len(e) == len(r), name
        pairs = [(a, b) for a, b in zip(e, r) if a and b]
        news[name] = retrieval(embed(driftalign, model, "en", [p[0] for p in pairs], f"{work}/{name}.en"),
                               embed(driftalign, model, "fr", [p[1] for p in pairs], f"{work}/{name}.fr"))
    result["newstest"] = {k: {m: v[m] for m in ("pairs", "cosine", "csls", "margin")} for k, v in news.items()}
    for m in ("cosine", "csls", "margin"):
        result["newstest_mean_" + m] = round(float(np.mean([v[m]["mean"] for v in news.values()])), 4)
    if heldout != "-":
        pairs = []
        with open(heldout, encoding="utf-8") as f:
            for line in f:
                e, r = line.rstrip("\n").split("\t")
                if re.fullmatch(r"[^\W\d_]+", e) and re.fullmatch(r"[^\W\d_]+", r):
                    pairs.append((e.lower(), r.lower()))
        ens = sorted({p[0] for p in pairs})
        frs = sorted({p[1] for p in pairs})
        gold = {}
        for e, r in pairs:
            gold.setdefault(e, set()).add(r)
        ve = embed(driftalign, model, "en", ens, f"{work}/bli.en")
        vf = embed(driftalign, model, "fr", frs, f"{work}/bli.fr")
        s = ve @ vf.T
        r_f = topk_mean(s, K, 1)
        r_e = topk_mean(s, K, 0)
        csls = 2 * s - r_f[:, None] - r_e[None, :]
        hit = [frs[j] in gold[e] for e, j in zip(ens, s.argmax(1))]
        hit_csls = [frs[j] in gold[e] for e, j in zip(ens, csls.argmax(1))]
        result["word_translation"] = {"queries": len(ens), "candidates": len(frs),
                                      "p1_cosine": round(float(np.mean(hit)), 4),
                                      "p1_csls": round(float(np.mean(hit_csls)), 4)}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
