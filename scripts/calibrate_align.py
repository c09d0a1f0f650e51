#!/usr/bin/python3
"""Fits the score calibration of the aligner on the DEV sets (Platt scaling).

  scripts/calibrate_align.py [--build build] [--work /tmp/driftalign-eval] [--param NAME=VALUE ...]

Runs `driftalign align` on the dev sets made by scripts/eval_align.py with the
calibration set to a near-identity (so the printed score reveals the raw
reward R of each bead, or the best nearby similarity of a null bead), labels
each predicted bead right (exactly in gold; for a null bead: its sentence is
unaligned in gold) or wrong, and fits
  non-null: P(right) = sigmoid(calib_slope * R + calib_offset)
  null:     P(right) = sigmoid(null_calib_slope * (null_calib_sim - best_sim))
by logistic regression (Newton's method, numpy). Prints the four values and
a reliability table (predicted vs observed) for docs/alignment.md.
"""
import argparse
import math
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import eval_align  # noqa: E402

PROBE = ['calib_slope=0.01', 'calib_offset=0', 'null_calib_slope=0.01', 'null_calib_sim=0']


def read_beads(path):
    out = []
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line:
                continue
            parts = line.split(':')
            src = tuple(int(x) for x in parts[0].strip('[]').split(',') if x.strip())
            tgt = tuple(int(x) for x in parts[1].strip('[]').split(',') if x.strip())
            score = float(parts[2]) if len(parts) > 2 else 0.0
            out.append((src, tgt, score))
    return out


def logit(p):
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def fit(x, y, iters=50):
    """Logistic regression y ~ sigmoid(a x + b); returns (a, b)."""
    X = np.stack([x, np.ones_like(x)], axis=1)
    w = np.zeros(2)
    for _ in range(iters):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (y - p)
        h = (X * (p * (1 - p))[:, None]).T @ X + 1e-6 * np.eye(2)
        w += np.linalg.solve(h, g)
    return w[0], w[1]


def reliability(p, y, title):
    print('\n%s: %d beads' % (title, len(y)))
    print('| predicted score | beads | mean predicted | observed right |')
    print('|---|---|---|---|')
    edges = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001]
    for lo, hi in zip(edges[:-1], edges[1:]):
        m = (p >= lo) & (p < hi)
        if m.sum() == 0:
            continue
        print('| [%.2f, %.2f) | %d | %.3f | %.3f |' % (lo, min(hi, 1), m.sum(), p[m].mean(), y[m].mean()))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build', default=os.path.join(eval_align.ROOT, 'build'))
    ap.add_argument('--work', default='/tmp/driftalign-eval')
    ap.add_argument('--sets', default='transread,news')
    ap.add_argument('--param', action='append', default=[])
    ap.add_argument('--jobs', type=int, default=2)
    args = ap.parse_args()
    binary = os.path.join(args.build, 'driftalign')
    r_x, r_y, n_x, n_y = [], [], [], []
    for set_name in args.sets.split(','):
        eval_align.evaluate(binary, args.work, set_name, 'embedding', args.param + PROBE, args.jobs)
        d = os.path.join(args.work, 'dev', set_name)
        with open(os.path.join(d, 'LIST')) as f:
            names = [l.strip() for l in f if l.strip()]
        for name in names:
            gold = read_beads(os.path.join(d, name + '.gold'))
            pred = read_beads(os.path.join(args.work, 'pred', 'embedding', set_name, name + '.vecalign'))
            gold_set = {(s, t) for s, t, _ in gold}
            gold_null = {('s', i) for s, t, _ in gold if not t for i in s} | \
                        {('t', j) for s, t, _ in gold if not s for j in t}
            for s, t, score in pred:
                if s and t:
                    r_x.append(100 * logit(score))
                    r_y.append(1.0 if (s, t) in gold_set else 0.0)
                else:
                    n_x.append(-100 * logit(score))  # best nearby similarity
                    key = ('s', s[0]) if s else ('t', t[0])
                    n_y.append(1.0 if key in gold_null else 0.0)
    r_x, r_y, n_x, n_y = map(np.array, (r_x, r_y, n_x, n_y))
    a, b = fit(r_x, r_y)
    print('non-null: calib_slope=%.4f calib_offset=%.4f' % (a, b))
    reliability(1 / (1 + np.exp(-(a * r_x + b))), r_y, 'non-null beads')
    if len(n_y) and 0 < n_y.sum() < len(n_y):
        c, d = fit(n_x, n_y)  # P = sigmoid(c * best + d) = sigmoid(-c * (-d / c - best))
        slope, sim = -c, -d / c
        print('\nnull: null_calib_slope=%.4f null_calib_sim=%.4f' % (slope, sim))
        reliability(1 / (1 + np.exp(-(c * n_x + d))), n_y, 'null beads')
    else:
        print('\nnull: not enough null beads of both kinds to fit (%d, %d right)' % (len(n_y), n_y.sum()))


if __name__ == '__main__':
    main()
