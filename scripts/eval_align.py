#!/usr/bin/python3
"""Alignment quality of driftalign vs the Gale-Church BASELINE on the dev sets.

  scripts/eval_align.py [--build build] [--work /tmp/driftalign-eval] [--param NAME=VALUE ...]

Builds the dev sets with scripts/make_align_devsets.py (from ../shared, into
--work), aligns every document pair with `driftalign align --presegmented`
(method embedding, then gale-church), scores each set with `driftalign score`
(vecalign's strict/lax definitions, null beads per sentence) and prints one
table. The news-raw rows align the raw text (segmentation included) and map
our sentences to the gold sentences by byte offsets before scoring.
Only dev data is used; the same command reproduces docs/alignment.md.
"""
import argparse
import concurrent.futures
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise RuntimeError('%s failed (%d): %s' % (' '.join(cmd), p.returncode, p.stderr.decode()[-2000:]))
    return p.stdout


def align_one(binary, method, d, name, out, params, raw):
    cmd = [binary, 'align', os.path.join(d, name + '.en'), os.path.join(d, name + '.fr'),
           '--method', method, '-o', out]
    if raw:
        cmd += ['--format', 'json']
    else:
        cmd += ['--presegmented', '--format', 'vecalign']
    for p in params:
        cmd += ['--param', p]
    run(cmd)
    if raw:
        map_raw(d, name, out)


def map_spans(our, spans):
    """Index of the gold sentence holding the middle of each of our sentences."""
    out = []
    k = 0
    for s in our:
        mid = (s['begin'] + s['end']) // 2
        while k + 1 < len(spans) and spans[k][1] <= mid:
            k += 1
        out.append(k)
    return out


def map_raw(d, name, out):
    """Rewrites the json alignment `out` of raw text as vecalign beads over gold sentences."""
    with open(out) as f:
        j = json.load(f)
    maps = []
    for side, lang in (('src', 'en'), ('tgt', 'fr')):
        with open(os.path.join(d, name + '.' + lang + '.spans')) as f:
            spans = [tuple(map(int, l.split())) for l in f if l.strip()]
        maps.append(map_spans(j[side]['sentences'], spans))
    beads = []
    for b in j['beads']:
        src = sorted({maps[0][i] for i in b['src']})
        tgt = sorted({maps[1][i] for i in b['tgt']})
        # Two of our beads that share a gold sentence (our segmentation split it) become one.
        if beads and ((src and beads[-1][0] and src[0] == beads[-1][0][-1]) or
                      (tgt and beads[-1][1] and tgt[0] == beads[-1][1][-1])):
            beads[-1] = (sorted(set(beads[-1][0]) | set(src)), sorted(set(beads[-1][1]) | set(tgt)))
        else:
            beads.append((src, tgt))
    with open(out, 'w') as f:
        for src, tgt in beads:
            f.write('[%s]:[%s]\n' % (', '.join(map(str, src)), ', '.join(map(str, tgt))))


def score(binary, golds, preds):
    cmd = [binary, 'score', '--format', 'json']
    for g, p in zip(golds, preds):
        cmd += ['-g', g, '-p', p]
    return json.loads(run(cmd))


def evaluate(binary, work, set_name, method, params, jobs):
    d = os.path.join(work, 'dev', set_name)
    with open(os.path.join(d, 'LIST')) as f:
        names = [l.strip() for l in f if l.strip()]
    out_dir = os.path.join(work, 'pred', method, set_name)
    os.makedirs(out_dir, exist_ok=True)
    preds = [os.path.join(out_dir, n + '.vecalign') for n in names]
    raw = set_name.endswith('-raw')
    start = time.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as ex:
        list(ex.map(lambda np: align_one(binary, method, d, np[0], np[1], params, raw), zip(names, preds)))
    seconds = time.time() - start
    golds = [os.path.join(d, n + '.gold') for n in names]
    s = score(binary, golds, preds)
    s['seconds'] = seconds
    s['docs'] = len(names)
    return s


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'), help='build directory holding driftalign')
    ap.add_argument('--work', default='/tmp/driftalign-eval', help='scratch directory')
    ap.add_argument('--sets', default='transread,news,news-raw')
    ap.add_argument('--methods', default='embedding,gale-church')
    ap.add_argument('--param', action='append', default=[], help='passed to driftalign align (embedding only)')
    ap.add_argument('--jobs', type=int, default=2)
    ap.add_argument('--json', help='also write all scores to this file')
    ap.add_argument('--skip-build-sets', action='store_true', help='reuse the dev sets in --work')
    args = ap.parse_args()
    binary = os.path.join(args.build, 'driftalign')
    if not args.skip_build_sets:
        run([sys.executable, os.path.join(ROOT, 'scripts', 'make_align_devsets.py'),
             '--out', os.path.join(args.work, 'dev')])
    results = {}
    header = '%-10s %-24s %6s %6s %6s %6s %7s %7s %6s' % (
        'set', 'method', 'P', 'R', 'F1', 'laxF1', 'nullP', 'nullR', 'sec')
    print(header)
    print('-' * len(header))
    for set_name in args.sets.split(','):
        for method in args.methods.split(','):
            params = args.param if method == 'embedding' else []
            s = evaluate(binary, args.work, set_name, method, params, args.jobs)
            results['%s/%s' % (set_name, method)] = s
            label = 'driftalign' if method == 'embedding' else 'Gale-Church (baseline)'
            print('%-10s %-24s %6.4f %6.4f %6.4f %6.4f %7.4f %7.4f %6.1f' % (
                set_name, label, s['strict']['precision'], s['strict']['recall'], s['strict']['f1'],
                s['lax']['f1'], s['null']['precision'], s['null']['recall'], s['seconds']), flush=True)
    if args.json:
        with open(args.json, 'w') as f:
            json.dump(results, f, indent=1)


if __name__ == '__main__':
    main()
