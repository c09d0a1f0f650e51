#!/usr/bin/env python3
"""Wall time of `driftalign compare` on N reports of about 30-40 sentences.

Report i joins two of the French seed stories (corpus/001-004, rotated), so
every report shares facts with the others (the matching does real work).
Prints one line per N: reports, sentences, claims, groups, seconds (best of
--repeat runs, model load included; N=2 shows the fixed cost).

    python3 scripts/compare_scale.py --binary build/driftalign 2 10 50 100
"""
import argparse
import json
import os
import subprocess
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SEEDS = ["001_b5b62dc4b4f44fa5.txt", "002_450d3b2fe5f1e130.txt", "003_a78af1fe0153eff0.txt",
         "004_31e8c4df6d115025.txt"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sizes", nargs="*", type=int, default=[2, 10, 50, 100])
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "driftalign"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    texts = [open(os.path.join(ROOT, "corpus", s), encoding="utf-8").read() for s in SEEDS]
    print("%8s %10s %8s %8s %9s" % ("reports", "sentences", "claims", "groups", "seconds"))
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            paths = []
            for i in range(n):
                p = os.path.join(tmp, "r%03d.txt" % i)
                with open(p, "w", encoding="utf-8") as f:
                    f.write(texts[i % 4] + "\n\n" + texts[(i + 1) % 4] + "\n")
                paths.append(p)
            best, out = None, None
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                run = subprocess.run([args.binary, "compare", "--lang", "fr", "--format", "json"] + paths,
                                     capture_output=True, text=True, check=True)
                dt = time.perf_counter() - t0
                best = dt if best is None else min(best, dt)
                out = run.stdout
            r = json.loads(out)
            sentences = sum(d["sentences"] for d in r["docs"])
            groups = sum(len(r[k]) for k in ("conflicts", "compatible", "agreements", "single_source"))
            claims = sum(len(g["values"]) for k in ("conflicts", "compatible", "agreements", "single_source")
                         for g in r[k])
            print("%8d %10d %8d %8d %9.3f" % (n, sentences, claims, groups, best))


if __name__ == "__main__":
    main()
