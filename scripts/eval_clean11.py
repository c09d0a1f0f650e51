#!/usr/bin/python3
"""Strict F1 of `driftalign align` on clean 1-1 text (issue 18: easy text).

  scripts/eval_clean11.py [--build build] [--shared ../shared] [--work /tmp/driftalign-clean11]
                          [--europarl 10000,30000] [--year 2005] [--threads 2] [--param NAME=VALUE ...]

Groups of document pairs, every gold bead 1-1, aligned with
`align --presegmented --format vecalign` and scored with `driftalign score`
(vecalign's strict and lax F1):

- newstest-docs: each document of the WMT newstest sets in
  ../shared/data/dev/newstest-fr-en (the dev news of scripts/eval_align.py
  WITHOUT its synthetic merges and deletions): a segment per line, a blank
  line between paragraphs. Each French segment is the translation of one
  English segment, so the 1-1 gold is exact (exact search with word coverage:
  short documents);
- newstest-long: all those documents one after another as one document
  (about 13,500 lines: the coarse-to-fine search without word coverage, as on
  the speed set of scripts/bench_align.py);
- europarl-N: the first N chunk pairs of the Europarl rows of ../shared/data/train
  (from --year on), the speed set's text without its dropped and merged lines.
  The gold is the row pairing, and it is NOT clean: where the French cuts a
  speech into chunks differently from the English, a row's two sides are
  not translations of each other (docs/benchmarks.md, issue 18), so part of
  what counts as errors there are right merges.

Prints one row per group with the merge beads (more than one sentence on a
side) and null beads the aligner made: each is at least one error against the
gold. For accuracy only: the texts stay in --work.
"""
import argparse
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, 'scripts'))
import bench_align  # noqa: E402  (europarl_rows)
import make_align_devsets  # noqa: E402  (read_sgm, write_doc, write_gold, NEWS_SETS)


def identity_gold(path, n):
    make_align_devsets.write_gold(path, [([k], [k]) for k in range(n)])


def newstest_sets(shared, work):
    """(newstest-docs names, newstest-long name), written into `work`."""
    names, all_en, all_fr, all_paras = [], [], [], []
    for set_name in make_align_devsets.NEWS_SETS:
        base = os.path.join(shared, 'data', 'dev', 'newstest-fr-en', set_name + '-src.')
        order, en_docs = make_align_devsets.read_sgm(base + 'en.sgm')
        _, fr_docs = make_align_devsets.read_sgm(base + 'fr.sgm')
        for docid in order:
            en, fr = en_docs[docid], fr_docs.get(docid, [])
            if len(en) != len(fr) or not en:
                continue
            name = 'news_%s_%s' % (set_name, re.sub(r'[^A-Za-z0-9]+', '_', docid).strip('_'))
            paras = [b for _, b in en]  # the English markup is complete in every set
            for lang, segs in (('en', en), ('fr', fr)):
                make_align_devsets.write_doc(os.path.join(work, name + '.' + lang), [t for t, _ in segs], paras)
            identity_gold(os.path.join(work, name + '.gold'), len(en))
            names.append(name)
            base_para = (all_paras[-1] + 1) if all_paras else 0
            all_en += [t for t, _ in en]
            all_fr += [t for t, _ in fr]
            all_paras += [base_para + b for b in paras]
    for lang, lines in (('en', all_en), ('fr', all_fr)):
        make_align_devsets.write_doc(os.path.join(work, 'newstest_long.' + lang), lines, all_paras)
    identity_gold(os.path.join(work, 'newstest_long.gold'), len(all_en))
    return names, 'newstest_long'


def europarl_set(shared, work, first_year, n):
    """The first n Europarl rows with both sides, from first_year on, as one document."""
    en, fr = bench_align.europarl_rows(os.path.join(shared, 'data', 'train', 'europarl-en-fr'), n, first_year)
    name = 'europarl_%d' % n
    for lang, lines in (('en', en), ('fr', fr)):
        with open(os.path.join(work, name + '.' + lang), 'w', encoding='utf-8') as f:
            f.write('\n'.join(lines) + '\n')
    identity_gold(os.path.join(work, name + '.gold'), len(en))
    return name


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise RuntimeError('%s failed (%d): %s' % (' '.join(cmd), p.returncode, p.stderr.decode()[-2000:]))
    return p.stdout


def bead_kinds(path):
    """(merge beads, null beads) of a vecalign file."""
    merges = nulls = 0
    with open(path) as f:
        for line in f:
            src, tgt = line.strip().split(':')[:2]
            if src == '[]' or tgt == '[]':
                nulls += 1
            elif ',' in src or ',' in tgt:
                merges += 1
    return merges, nulls


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'))
    ap.add_argument('--work', default='/tmp/driftalign-clean11')
    ap.add_argument('--europarl', default='10000,30000', help='sizes of the Europarl documents (empty: none)')
    ap.add_argument('--year', type=int, default=2005, help='first Europarl year (the speed set starts at 2005)')
    ap.add_argument('--threads', default='2')
    ap.add_argument('--param', action='append', default=[], help='passed to driftalign align')
    args = ap.parse_args()
    binary = os.path.join(args.build, 'driftalign')
    sets = os.path.join(args.work, 'sets')
    pred = os.path.join(args.work, 'pred')
    os.makedirs(sets, exist_ok=True)
    os.makedirs(pred, exist_ok=True)
    docs, long_name = newstest_sets(args.shared, sets)
    groups = [('newstest-docs', docs), ('newstest-long', [long_name])]
    for n in [int(x) for x in args.europarl.split(',') if x]:
        groups.append(('europarl-%d (row gold, not clean)' % n, [europarl_set(args.shared, sets, args.year, n)]))
    print('| group | documents | gold beads | strict P | strict R | strict F1 | lax F1 | merge beads | null beads |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|')
    for group, names in groups:
        golds, preds, gold_beads, merges, nulls = [], [], 0, 0, 0
        for name in names:
            out = os.path.join(pred, name + '.vecalign')
            cmd = [binary, 'align', os.path.join(sets, name + '.en'), os.path.join(sets, name + '.fr'),
                   '--presegmented', '--format', 'vecalign', '--threads', args.threads, '-o', out]
            for p in args.param:
                cmd += ['--param', p]
            run(cmd)
            golds.append(os.path.join(sets, name + '.gold'))
            preds.append(out)
            with open(golds[-1]) as f:
                gold_beads += sum(1 for _ in f)
            m, z = bead_kinds(out)
            merges += m
            nulls += z
        cmd = [binary, 'score', '--format', 'json']
        for g, p in zip(golds, preds):
            cmd += ['-g', g, '-p', p]
        s = json.loads(run(cmd))
        print('| %s | %d | %d | %.4f | %.4f | %.4f | %.4f | %d | %d |'
              % (group, len(names), gold_beads, s['strict']['precision'], s['strict']['recall'],
                 s['strict']['f1'], s['lax']['f1'], merges, nulls), flush=True)


if __name__ == '__main__':
    main()
