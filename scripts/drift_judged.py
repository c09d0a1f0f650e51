#!/usr/bin/env python3
"""The judged drift set: warning/error flags of `driftalign check` on real, unedited
translations, each labelled by a person after careful reading (issue 15).

Two sets, both checked as sentence-parallel 1-1 beads (`check --parallel`):
  newstest  the 13,573 unedited WMT newstest 2008-2012 EN/FR pairs of ../shared/data/dev
            (the same pairs and order as scripts/drift_synthetic.py)
  refresd   the 1,039 REFreSD pairs (../shared/data/dev/refresd/REFreSD_sentence_labels)

A flag's id is SET:PAIR:KIND:HASH, PAIR the 0-based pair index and HASH the first 8 hex
digits of the SHA-1 of "src evidence|tgt evidence", so a label stays attached to the same
finding while messages, scores or severities change. The labels (corpus/judged/*.tsv:
id, label, note; no third-party text) follow corpus/judged/README.md:
  real      the two sides really differ in meaning where the flag points
  harmless  a difference a reviewer may glance at, but the meaning is the same
            (legitimate restructuring, paraphrase, rounding a reviewer accepts)
  error     the checker is wrong: both sides say the same thing there

  python3 scripts/drift_judged.py report [--binary build/driftalign] [--set newstest|refresd|all]
      [--unlabelled FILE]        precision per kind against the labels; the flags without a
                                 label are written to FILE as a worksheet, to label next
  python3 scripts/drift_judged.py sample --set newstest --per-kind 40 --out FILE
                                 a stratified sample of the flags as a labelling worksheet
  (-- extra flags after the arguments go to `driftalign check`)
"""
import argparse
import collections
import hashlib
import json
import os
import random
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "scripts"))
SHARED = os.path.join(ROOT, "..", "shared", "data", "dev")
LABELS = os.path.join(ROOT, "corpus", "judged")
SEVERE = ("warning", "error")
KINDS_OF_LABEL = ("real", "harmless", "error")


def load_set(name):
    """[(en, fr)] of a set, in a fixed order."""
    if name == "newstest":
        import drift_synthetic
        return drift_synthetic.load_pairs(os.path.join(SHARED, "newstest-fr-en"))
    import drift_refresd
    rows = drift_refresd.read_rows(os.path.join(SHARED, "refresd", "REFreSD_sentence_labels"))
    return [(en or ".", fr or ".") for _, _, en, fr in rows]


def check(binary, pairs, work, extra):
    os.makedirs(work, exist_ok=True)
    en_p, fr_p = os.path.join(work, "en.txt"), os.path.join(work, "fr.txt")
    for path, k in ((en_p, 0), (fr_p, 1)):
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(p[k] for p in pairs) + "\n")
    out = subprocess.run([binary, "check", en_p, fr_p, "--parallel", "--format", "json"] + extra,
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def flags_of(set_name, doc):
    """[(id, pair, flag)] of the warning/error flags of a checked set."""
    out = []
    for b in doc["beads"]:
        if not b["src"] or not b["tgt"]:
            continue
        pair = b["src"][0]
        for f in b["flags"]:
            if f["severity"] not in SEVERE:
                continue
            ev = (f.get("src") or {}).get("text", "") + "|" + (f.get("tgt") or {}).get("text", "")
            h = hashlib.sha1(ev.encode("utf-8")).hexdigest()[:8]
            out.append(("%s:%d:%s:%s" % (set_name, pair, f["kind"], h), pair, f))
    return out


def marked(text, span):
    """The sentence with the evidence between ⟦ ⟧ (span offsets are in the input file)."""
    if not span or not span.get("text"):
        return text
    t = span["text"]
    at = text.find(t)
    if at < 0 or t == text:
        return text
    # Prefer an occurrence that is a whole word ("ten", not the one in "threatened").
    whole = [m.start() for m in re.finditer(re.escape(t), text)
             if not (m.start() > 0 and text[m.start() - 1].isalnum() and t[:1].isalnum())
             and not (m.end() < len(text) and text[m.end()].isalnum() and t[-1:].isalnum())]
    if whole:
        at = whole[0]
    return text[:at] + "⟦" + t + "⟧" + text[at + len(t):]


WORKSHEET_HEAD = ("# Labelling worksheet: write one line per item to your TSV: id<TAB>label<TAB>note\n"
                  "# label: real | harmless | error (corpus/judged/README.md)\n\n")


def write_items(f, items):
    """Worksheet entries of (id, pair, flag, (en, fr)) items to the open file f."""
    for fid, _, fl, (en, fr) in items:
        f.write("### %s\n%s (%s): %s\n" % (fid, fl["kind"], fl["severity"], fl["message"]))
        f.write("EN: %s\nFR: %s\n\n" % (marked(en, fl.get("src")), marked(fr, fl.get("tgt"))))


def read_labels():
    labels = {}
    if not os.path.isdir(LABELS):
        return labels
    for name in sorted(os.listdir(LABELS)):
        if not name.endswith(".tsv"):
            continue
        with open(os.path.join(LABELS, name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.startswith("#") or not line.strip():
                    continue
                p = line.rstrip("\n").split("\t")
                if len(p) < 2 or p[1] not in KINDS_OF_LABEL:
                    sys.exit("%s:%d: expected id<TAB>real|harmless|error[<TAB>note]" % (name, n))
                labels[p[0]] = p[1]
    return labels


def report(args, extra):
    labels = read_labels()
    sets = ["newstest", "refresd"] if args.set == "all" else [args.set]
    unlabelled = []
    for s in sets:
        pairs = load_set(s)
        doc = check(args.binary, pairs, os.path.join(args.work, s), extra)
        items = flags_of(s, doc)
        beads = sum(1 for b in doc["beads"] if b["src"] and b["tgt"])
        flagged = len({pair for _, pair, _ in items})
        by_kind = collections.defaultdict(collections.Counter)
        for fid, pair, fl in items:
            by_kind[fl["kind"]][labels.get(fid, "unlabelled")] += 1
            if fid not in labels:
                unlabelled.append((fid, pair, fl, pairs[pair]))
        print("\n%s: %d pairs, %d flagged at warning or above (%.1f%%), %d warning/error flags" % (
            s, beads, flagged, 100.0 * flagged / max(1, beads), len(items)))
        print("\n| kind | flags | labelled | real | harmless | error | real or harmless | real |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        tot = collections.Counter()
        est_ok = est_real = 0.0
        for kind in sorted(by_kind):
            c = by_kind[kind]
            n = sum(c.values())
            lab = n - c["unlabelled"]
            tot.update(c)
            ok = (c["real"] + c["harmless"]) / lab if lab else float("nan")
            real = c["real"] / lab if lab else float("nan")
            if lab:
                est_ok += n * ok
                est_real += n * real
            print("| %s | %d | %d | %d | %d | %d | %.2f | %.2f |" % (
                kind, n, lab, c["real"], c["harmless"], c["error"], ok, real))
        n = sum(tot.values())
        lab = n - tot["unlabelled"]
        print("| all (labelled flags) | %d | %d | %d | %d | %d | %.2f | %.2f |" % (
            n, lab, tot["real"], tot["harmless"], tot["error"],
            (tot["real"] + tot["harmless"]) / lab if lab else float("nan"),
            tot["real"] / lab if lab else float("nan")))
        covered = sum(sum(c.values()) for c in by_kind.values() if sum(c.values()) > c["unlabelled"])
        if covered:
            print("| all (each kind weighted by its flag count) | %d | | | | | %.2f | %.2f |" % (
                n, est_ok / covered, est_real / covered))
        errs = [(fid, fl) for fid, _, fl in items if fl["severity"] == "error"]
        lab_err = [labels[fid] for fid, _ in errs if fid in labels]
        if lab_err:
            print("error-severity flags: %d, labelled %d, real %.2f" % (
                len(errs), len(lab_err), sum(1 for l in lab_err if l == "real") / len(lab_err)))
    print("\nunlabelled flags: %d" % len(unlabelled))
    if args.unlabelled and unlabelled:
        with open(args.unlabelled, "w", encoding="utf-8") as f:
            f.write(WORKSHEET_HEAD)
            write_items(f, unlabelled)
        print("worksheet of the unlabelled flags: %s" % args.unlabelled)


def sample(args, extra):
    pairs = load_set(args.set)
    doc = check(args.binary, pairs, os.path.join(args.work, args.set), extra)
    items = flags_of(args.set, doc)
    labels = read_labels()
    rng = random.Random(args.seed)
    by_kind = collections.defaultdict(list)
    for it in items:
        if it[0] not in labels:
            by_kind[it[2]["kind"]].append(it)
    chosen = []
    for kind in sorted(by_kind):
        group = by_kind[kind]
        rng.shuffle(group)
        n = args.per_kind * (2 if kind.startswith("partial_") else 1)
        chosen.extend(group[:n])
    chosen.sort(key=lambda it: (it[1], it[0]))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(WORKSHEET_HEAD)
        write_items(f, [(fid, pair, fl, pairs[pair]) for fid, pair, fl in chosen])
    print("%d flags of %d (%s) -> %s" % (len(chosen), len(items), ", ".join(
        "%s %d" % (k, min(len(v), args.per_kind * (2 if k.startswith("partial_") else 1)))
        for k, v in sorted(by_kind.items())), args.out))


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        extra = argv[argv.index("--") + 1:]
        argv = argv[:argv.index("--")]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["report", "sample"])
    ap.add_argument("--binary", default="build/driftalign")
    ap.add_argument("--shared", default="", help="the shared data checkout (default ../shared)")
    ap.add_argument("--set", default="all", choices=["newstest", "refresd", "all"])
    ap.add_argument("--work", default="/tmp/drift-judged")
    ap.add_argument("--unlabelled", default="")
    ap.add_argument("--per-kind", type=int, default=40, help="sample: flags per kind (twice that for partial_*)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", default="/tmp/drift-judged/worksheet.md")
    args = ap.parse_args(argv)
    if args.shared:
        global SHARED
        SHARED = os.path.join(os.path.abspath(args.shared), "data", "dev")
    if not os.path.isdir(SHARED):
        sys.exit("no data at %s (the ../shared checkout is needed)" % SHARED)
    if args.mode == "sample":
        if args.set == "all":
            sys.exit("sample: choose --set newstest or --set refresd")
        sample(args, extra)
    else:
        report(args, extra)


if __name__ == "__main__":
    main()
