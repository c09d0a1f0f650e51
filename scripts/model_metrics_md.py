#!/usr/bin/python3
"""Formats the JSON of scripts/eval_model.sh as Markdown tables (for docs/).

usage: model_metrics_md.py metrics.json
"""
import json
import sys


def p(x):
    return f"{x['mean']:.3f} ({x['en_fr']:.3f} / {x['fr_en']:.3f})"


def hist(r):
    bins = r["histogram_bins"]
    t, n = r["true_hist"], r["random_hist"]
    tt, nn = sum(t), sum(n)
    lines = ["| cosine | true pairs | random pairs |", "|---|---|---|"]
    for i in range(len(t)):
        bar_t = "█" * round(40 * t[i] / tt)
        bar_n = "█" * round(40 * n[i] / nn)
        lines.append(f"| {bins[i]:+.1f} … {bins[i+1]:+.1f} | {bar_t} {100*t[i]/tt:.1f}% | {bar_n} {100*n[i]/nn:.1f}% |")
    return "\n".join(lines)


def main():
    r = json.load(open(sys.argv[1]))
    out = []
    out.append("Retrieval P@1, mean (EN→FR / FR→EN):\n")
    out.append("| set | pairs | cosine | CSLS k=4 | margin k=4 |")
    out.append("|---|---|---|---|---|")
    pud = r["ud_pud"]
    out.append(f"| UD-PUD | {pud['pairs']} | {p(pud['cosine'])} | {p(pud['csls'])} | {p(pud['margin'])} |")
    for name, v in r.get("newstest", {}).items():
        out.append(f"| {name} | {v['pairs']} | {p(v['cosine'])} | {p(v['csls'])} | {p(v['margin'])} |")
    if "newstest_mean_cosine" in r:
        out.append(f"| newstest mean of 6 sets | | {r['newstest_mean_cosine']:.3f} | {r['newstest_mean_csls']:.3f} | "
                   f"{r['newstest_mean_margin']:.3f} |")
    if "word_translation" in r:
        w = r["word_translation"]
        out.append(f"\nWord translation P@1 (held-out dictionary split, {w['queries']} English queries, "
                   f"{w['candidates']} French candidates): cosine {w['p1_cosine']:.3f}, CSLS {w['p1_csls']:.3f}.")
    out.append(f"\nUD-PUD cosine of true pairs: mean {pud['true_pairs']['mean']:.3f}, sd {pud['true_pairs']['sd']:.3f}, "
               f"quantiles 5/25/50/75/95% {pud['true_pairs']['quantiles']}; random pairs: mean "
               f"{pud['random_pairs']['mean']:.3f}, sd {pud['random_pairs']['sd']:.3f}, quantiles {pud['random_pairs']['quantiles']}.\n")
    out.append(hist(pud))
    print("\n".join(out))


if __name__ == "__main__":
    main()
