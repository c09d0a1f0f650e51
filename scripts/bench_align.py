#!/usr/bin/python3
"""Speed and memory of `driftalign align`, end to end (process start to exit,
model load, segmentation or presegmented reading, embedding, search, output).

  scripts/bench_align.py [--build build] [--work /tmp/driftalign-bench] [--sizes 10000,...]
                         [--shared ../shared] [--threads 1,2] [--europarl-runs 3] [--skip-wire]

1. Wire story: corpus/000 (en) <-> corpus/001 (fr), raw text, json output;
   median and min wall time of --runs runs (after one warm-up run).
2. Long documents: the first N chunks of the Europarl sessions of 2005-2006
   in ../shared/data/train/europarl-en-fr (empty chunks dropped), one chunk per
   line (--presegmented); every 40th French line is dropped and every 50th
   pair of French lines merged so that the path is not a pure diagonal.
   Wall time, CPU time, the main thread's CPU time (the least wall time any
   number of free cores could give) and peak RSS for each N: the median of
   --europarl-runs runs, for each value of --threads (align --threads N; empty: the
   binary's default); then the growth exponent of the wall time over the sizes
   (slope of log time against log size; 1.0 = linear), of the CPU time too
   (user + sys: what to compare on a shared machine).
3. The drift check on long documents (--check-sizes): the same Europarl input
   with the default `align` (JSON with the drift check, whose sentence-level
   work runs on a second thread while the aligner runs) against
   `align --no-check` (the same JSON without flags) and `align --format
   vecalign`, --check-runs runs each, alternated, with the first --threads
   value; the time the check adds to the JSON and the default's time over
   vecalign output, in % (issues 6 and 18: <= 20%), wall and CPU.
Prints a markdown table (docs/alignment.md keeps the figures, with date and machine).
"""
import argparse
import gzip
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EUROPARL = os.path.join(ROOT, '..', 'shared', 'data', 'train', 'europarl-en-fr')  # --shared changes it


def europarl_rows(europarl_dir, n, first_year=2005):
    """The English and French sides of the first n Europarl rows with both sides, from first_year on."""
    en, fr = [], []
    for year in range(first_year, 2012):
        with gzip.open(os.path.join(europarl_dir, 'europarl-concodisco.en-fr.%d.tsv.gz' % year), 'rt',
                       encoding='utf-8') as f:
            next(f)
            for line in f:
                cols = line.rstrip('\n').split('\t')
                if len(cols) < 6 or not cols[4].strip() or not cols[5].strip():
                    continue
                en.append(cols[4].strip())
                fr.append(cols[5].strip())
                if len(en) >= n:
                    break
        if len(en) >= n:
            break
    return en, fr


def make_europarl(work, n):
    en_path = os.path.join(work, 'ep.%d.en' % n)
    fr_path = os.path.join(work, 'ep.%d.fr' % n)
    if os.path.exists(en_path) and os.path.exists(fr_path):
        return en_path, fr_path
    en, fr = europarl_rows(EUROPARL, n)
    fr_out = []
    k = 0
    while k < len(fr):
        if k % 40 == 39:
            k += 1
            continue
        if k % 50 == 49 and k + 1 < len(fr):
            fr_out.append(fr[k] + ' ' + fr[k + 1])
            k += 2
            continue
        fr_out.append(fr[k])
        k += 1
    with open(en_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(en) + '\n')
    with open(fr_path, 'w', encoding='utf-8') as f:
        f.write('\n'.join(fr_out) + '\n')
    return en_path, fr_path


def main_thread_cpu(pid):
    """CPU seconds (user + sys) of the main thread of process pid so far, or None once it is gone."""
    try:
        with open('/proc/%d/task/%d/stat' % (pid, pid)) as f:
            fields = f.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf('SC_CLK_TCK')
    except (OSError, IndexError, ValueError):
        return None


def timed_cpu(cmd, main_thread=None):
    """(wall seconds, peak RSS in MB, CPU seconds user + system) of cmd. With a
    list main_thread, also appends the CPU seconds of the process's main thread
    (read from /proc every 10 ms until it exits, so up to 10 ms short): what the
    wall time cannot go below on any number of free cores, since the main thread
    runs the serial parts and its share of the parallel ones."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
        main = 0.0
        while True:
            pid, status, usage = os.wait4(p.pid, 0 if main_thread is None else os.WNOHANG)
            if pid == p.pid:
                break
            t = main_thread_cpu(p.pid)
            main = t if t is not None else main
            time.sleep(0.01)
        wall = time.perf_counter() - start
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            err.seek(0)
            raise RuntimeError('%s failed: %s' % (' '.join(cmd), err.read().decode()[-1000:]))
    if main_thread is not None:
        main_thread.append(main)
    return wall, usage.ru_maxrss / 1024.0, usage.ru_utime + usage.ru_stime


def timed(cmd):
    """(wall seconds, peak RSS in MB) of cmd, via /usr/bin/time."""
    wall, rss, _ = timed_cpu(cmd)
    return wall, rss


def growth_exponent(points):
    """Least-squares slope of log(wall) against log(size): 1.0 = linear."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--build', default=os.path.join(ROOT, 'build'))
    ap.add_argument('--work', default='/tmp/driftalign-bench')
    ap.add_argument('--sizes', default='10000,25000,50000,100000,200000')
    ap.add_argument('--runs', type=int, default=20)
    ap.add_argument('--check-sizes', default='', help='e.g. 100000 (empty: skip part 3)')
    ap.add_argument('--check-runs', type=int, default=3)
    ap.add_argument('--shared', default=os.path.join(ROOT, '..', 'shared'),
                    help='the shared data directory (data/train/europarl-en-fr below it)')
    ap.add_argument('--threads', default='',
                    help='e.g. 1,2: time the Europarl sizes with each --threads value (empty: the default)')
    ap.add_argument('--europarl-runs', type=int, default=1,
                    help='runs per Europarl size (and thread count); the median wall time is printed')
    ap.add_argument('--skip-wire', action='store_true', help='skip part 1 (the wire story)')
    args = ap.parse_args()
    global EUROPARL
    EUROPARL = os.path.join(args.shared, 'data', 'train', 'europarl-en-fr')
    binary = os.path.join(args.build, 'driftalign')
    os.makedirs(args.work, exist_ok=True)

    en = os.path.join(ROOT, 'corpus', '000_cade94ca1d686b93.txt')
    fr = os.path.join(ROOT, 'corpus', '001_b5b62dc4b4f44fa5.txt')
    if not args.skip_wire:
        print('| input | sentences (en x fr) | wall | peak RSS |')
        print('|---|---|---|---|')
    for label, verb in () if args.skip_wire else (('align --format vecalign', ['align', '--format', 'vecalign']),
                        ('check (text report)', ['check']),
                        ('align (JSON + drift check, the default)', ['align'])):
        cmd = [binary] + verb + [en, fr, '-o', os.devnull]
        subprocess.run(cmd, check=True)
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            subprocess.run(cmd, check=True)
            times.append((time.perf_counter() - start) * 1000)
        _, rss = timed(cmd)
        print('| wire story 000 <-> 001, raw text, %s | 26 x 23 | median %.1f ms, min %.1f ms (%d runs) | %.0f MB |'
              % (label, statistics.median(times), min(times), args.runs, rss), flush=True)

    sizes = [int(x) for x in args.sizes.split(',') if x]
    thread_counts = [t for t in args.threads.split(',') if t] or ['']
    walls = {t: [] for t in thread_counts}  # (size, median wall) per --threads value
    cpus = {t: [] for t in thread_counts}  # (size, median CPU time)
    if sizes:
        print()
        print('| input | sentences (en x fr) | wall | CPU (user + sys) | main thread CPU | peak RSS |')
        print('|---|---|---|---|---|---|')
    for n in sizes:
        en_path, fr_path = make_europarl(args.work, n)
        with open(fr_path, encoding='utf-8') as f:
            m = sum(1 for _ in f)
        for threads in thread_counts:
            extra = ['--threads', threads] if threads else []
            mains = []
            runs = [timed_cpu([binary, 'align', en_path, fr_path, '--presegmented', '--format', 'vecalign',
                               '-o', os.path.join(args.work, 'ep.%d.vecalign' % n)] + extra, mains)
                    for _ in range(args.europarl_runs)]
            wall = statistics.median(w for w, _, _ in runs)
            cpu = statistics.median(c for _, _, c in runs)
            rss = max(r for _, r, _ in runs)
            walls[threads].append((n, wall))
            cpus[threads].append((n, cpu))
            label = 'Europarl, presegmented' + (', --threads ' + threads if threads else '')
            print('| %s | %d x %d | %.2f s (median of %d) | %.2f s | %.2f s | %.0f MB |'
                  % (label, n, m, wall, len(runs), cpu, statistics.median(mains), rss), flush=True)
    for threads in thread_counts:
        for what, points in (('wall time', walls[threads]), ('CPU time', cpus[threads])):
            if len(points) < 2:
                continue
            print('growth exponent of the %s%s, %d to %d sentences: %.3f (least squares over %d sizes; '
                  'end points only: %.3f; last two sizes: %.3f)'
                  % (what, ' with --threads ' + threads if threads else '', points[0][0], points[-1][0],
                     growth_exponent(points), len(points), growth_exponent([points[0], points[-1]]),
                     growth_exponent(points[-2:])), flush=True)

    for n in [int(x) for x in args.check_sizes.split(',') if x]:
        en_path, fr_path = make_europarl(args.work, n)
        out = os.path.join(args.work, 'ep.%d.out' % n)
        variants = (('vecalign', ['--format', 'vecalign']), ('--no-check', ['--no-check']), ('check', []))
        runs = {label: [] for label, _ in variants}
        extra = ['--threads', thread_counts[0]] if thread_counts[0] else []
        for _ in range(args.check_runs):
            for label, flags in variants:
                runs[label].append(timed_cpu([binary, 'align', en_path, fr_path, '--presegmented', '-o', out]
                                             + flags + extra))
        wall = {label: statistics.median(w for w, _, _ in r) for label, r in runs.items()}
        cpu = {label: statistics.median(c for _, _, c in r) for label, r in runs.items()}
        rss = {label: max(m for _, m, _ in r) for label, r in runs.items()}
        print('| Europarl %d%s, median of %d: align --format vecalign / align --no-check (JSON) / align (JSON + '
              'drift check, the default) | wall %.2f / %.2f / %.2f s: the check adds %+.1f%% to the JSON, the '
              'default is %+.1f%% over vecalign | CPU %.2f / %.2f / %.2f s (%+.1f%% over vecalign) | '
              '%.0f / %.0f / %.0f MB |'
              % (n, ', --threads ' + extra[1] if extra else '', args.check_runs,
                 wall['vecalign'], wall['--no-check'], wall['check'],
                 100 * (wall['check'] / wall['--no-check'] - 1), 100 * (wall['check'] / wall['vecalign'] - 1),
                 cpu['vecalign'], cpu['--no-check'], cpu['check'], 100 * (cpu['check'] / cpu['vecalign'] - 1),
                 rss['vecalign'], rss['--no-check'], rss['check']), flush=True)


if __name__ == '__main__':
    main()
