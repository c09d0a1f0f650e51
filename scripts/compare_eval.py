#!/usr/bin/env python3
"""Conflict recall and precision of `driftalign compare` against hand-made gold.

Each gold file (tests/data/compare/seed_gold.json, tests/data/compare/dev/*.json)
names its documents and lists the facts they state, each with its relation
(conflict, compatible, agreement, single_source) and its values; a value's
"evidence" is a substring of its document that holds the value. A document is
either a path in the repository or a newstest document by set file and docid
(read from the shared data, --shared, never copied into the repository):
    "docs": {"en": {"sgm": "newstest2010-src.en.sgm", "docid": "..."},
             "fr": "tests/data/compare/dev/01_fr.txt"}

Scoring (per set, then summed):
  * a reported value maps to the gold values of the same document whose
    evidence overlaps it (byte offsets);
  * a gold conflict is FOUND when one reported conflict holds two values mapped
    to it that gold gives different values from different documents;
  * a reported conflict is TRUE when it does so for some gold conflict;
    otherwise it is false, and "an agreement reported as a conflict" when two
    of its values map to one gold fact that is not a conflict.
Recall = found / gold conflicts; precision = true / reported conflicts.

    python3 scripts/compare_eval.py --binary build/driftalign --shared /path/to/shared \
        tests/data/compare/seed_gold.json tests/data/compare/dev/*.json
    python3 scripts/compare_eval.py --json ...   # one JSON object with the totals and per set
Exit 0; 2 when a file or document cannot be read.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def read_sgm_doc(path, docid):
    """The segments of one <doc docid=...> of an SGM file, one per line."""
    with open(path, encoding="utf-8") as f:
        data = f.read()
    m = re.search(r'<doc[^>]*docid="%s"[^>]*>(.*?)</doc>' % re.escape(docid), data, re.S)
    if not m:
        raise ValueError("%s: no document %s" % (path, docid))
    segs = re.findall(r"<seg[^>]*>(.*?)</seg>", m.group(1), re.S)
    unescape = lambda s: (s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"')
                          .replace("&apos;", "'").replace("&amp;", "&"))
    return "\n".join(unescape(s.strip()) for s in segs) + "\n"


def materialise(gold, shared, tmpdir):
    """Doc key -> (path to pass to compare, bytes of the file)."""
    out = {}
    for key, spec in gold["docs"].items():
        if isinstance(spec, str):
            path = os.path.join(ROOT, spec)
        else:
            text = read_sgm_doc(os.path.join(shared, "data", "dev", "newstest-fr-en", spec["sgm"]),
                                spec["docid"])
            path = os.path.join(tmpdir, "%s_%s.txt" % (gold.get("id", "set"), key))
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        with open(path, "rb") as f:
            out[key] = (path, f.read())
    return out


def gold_spans(gold, docs):
    """(doc key, begin, end, fact index, value) for every gold value."""
    spans = []
    for fi, fact in enumerate(gold["facts"]):
        for v in fact["values"]:
            data = docs[v["doc"]][1]
            ev = v["evidence"].encode("utf-8")
            at = data.find(ev)
            if at < 0:
                raise ValueError("%s: evidence not found in %s: %r" % (gold.get("id"), v["doc"], v["evidence"]))
            spans.append((v["doc"], at, at + len(ev), fi, str(v["value"]).lower()))
    return spans


def score_set(gold, binary, shared, extra_args):
    with tempfile.TemporaryDirectory() as tmp:
        docs = materialise(gold, shared, tmp)
        keys = list(gold["docs"].keys())
        paths = [docs[k][0] for k in keys]
        cmd = [binary, "compare", "--format", "json"] + extra_args + paths
        run = subprocess.run(cmd, capture_output=True, text=True)
        if run.returncode != 0:
            raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), run.returncode, run.stderr))
        report = json.loads(run.stdout)
        spans = gold_spans(gold, docs)
    key_of_path = {docs[k][0]: k for k in keys}
    facts = gold["facts"]

    def mapped(group):
        """(fact index, gold value, doc key) of each reported value that maps."""
        out = []
        for v in group["values"]:
            k = key_of_path[v["doc"]]
            for (dk, b, e, fi, gv) in spans:
                if dk == k and v["begin"] < e and b < v["end"]:
                    out.append((fi, gv, k))
        return out

    def conflict_of(group):
        """The gold conflict facts this reported group shows, by index."""
        hits = set()
        m = mapped(group)
        for (fa, va, da) in m:
            for (fb, vb, db) in m:
                if fa == fb and da != db and va != vb and facts[fa]["relation"] == "conflict":
                    hits.add(fa)
        return hits

    gold_conflicts = {i for i, f in enumerate(facts) if f["relation"] == "conflict"}
    found, true_reported, agreements_as_conflicts, false_list = set(), 0, 0, []
    for group in report["conflicts"]:
        hits = conflict_of(group)
        found |= hits
        if hits:
            true_reported += 1
            continue
        m = mapped(group)
        same = any(fa == fb and da != db and facts[fa]["relation"] != "conflict"
                   for (fa, _, da) in m for (fb, _, db) in m)
        agreements_as_conflicts += same
        false_list.append({"what": group["what"],
                           "values": ["%s %s: %s" % (os.path.basename(v["doc"]), v["value"], v["evidence"])
                                      for v in group["values"]],
                           "gold": sorted({facts[fi]["id"] for (fi, _, _) in m})})
    return {
        "id": gold.get("id", ""),
        "gold_conflicts": len(gold_conflicts),
        "found": len(found & gold_conflicts),
        "missed": sorted(facts[i]["id"] for i in gold_conflicts - found),
        "reported": len(report["conflicts"]),
        "true": true_reported,
        "agreements_as_conflicts": agreements_as_conflicts,
        "false": false_list,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="+", help="gold JSON files")
    ap.add_argument("--binary", default=os.path.join(ROOT, "build", "driftalign"))
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"),
                    help="the shared data directory (default ../shared)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--arg", action="append", default=[], help="extra argument for compare (repeatable)")
    args = ap.parse_args()
    sets = []
    for path in args.gold:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
        gold.setdefault("id", os.path.splitext(os.path.basename(path))[0])
        try:
            sets.append(score_set(gold, args.binary, args.shared, args.arg))
        except (OSError, ValueError, RuntimeError) as e:
            print("compare_eval: %s: %s" % (path, e), file=sys.stderr)
            return 2
    g = sum(s["gold_conflicts"] for s in sets)
    found = sum(s["found"] for s in sets)
    reported = sum(s["reported"] for s in sets)
    true = sum(s["true"] for s in sets)
    total = {
        "sets": len(sets), "gold_conflicts": g, "found": found, "reported": reported, "true": true,
        "recall": found / g if g else 1.0, "precision": true / reported if reported else 1.0,
        "agreements_as_conflicts": sum(s["agreements_as_conflicts"] for s in sets),
    }
    if args.json:
        print(json.dumps({"total": total, "sets": sets}, indent=1, ensure_ascii=False))
        return 0
    print("%-28s %6s %6s %8s %6s" % ("set", "gold", "found", "reported", "true"))
    for s in sets:
        print("%-28s %6d %6d %8d %6d" % (s["id"], s["gold_conflicts"], s["found"], s["reported"], s["true"]))
        for m in s["missed"]:
            print("    missed: %s" % m)
        for fl in s["false"]:
            print("    false: %s %s (gold: %s)" % (fl["what"], " | ".join(fl["values"]), ", ".join(fl["gold"]) or "-"))
    print("total: %d sets, conflict recall %.3f (%d/%d), precision %.3f (%d/%d), agreements reported as conflicts: %d"
          % (len(sets), total["recall"], found, g, total["precision"], true, reported,
             total["agreements_as_conflicts"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
