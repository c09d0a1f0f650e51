#!/usr/bin/env python3
"""Document-level synthetic drift from WMT newstest (EN/FR) and what `driftalign
batch` finds when the ALIGNER decides the beads (no --parallel), issue 6.

Document pairs are built as scripts/newstest_docs.py builds them (its read_docs:
one EN and one FR story per newstest document, headlines on their own line,
paragraphs kept). `driftalign batch` runs once on every unedited pair; its
segmentation gives the sentences to edit, and a sentence pair counts as gold
when the EN and the FR sentence are each exactly the newstest segment of the
same index (segments are sentence-parallel). At most one edit per document, on a
fixed-seed sample of documents (--per-type per kind):
  sentence_deleted    delete one French body sentence (of a gold pair) from a
                      paragraph that keeps at least one other sentence, so the
                      paragraph structure alone cannot make it a clean 1-0 bead
  sentence_shortened  cut one French body sentence (of a gold pair) of >= 12 words
                      at a comma or semicolon, keeping the first part (>= 3 words,
                      quotes and brackets balanced) and dropping >= 40% of its words;
                      the last such boundary, so the largest part that qualifies is kept
Then `driftalign batch` runs on the edited pairs. Beads are compared through the
English sentence ids, which the edit leaves unchanged (French ids shift after a
deletion): a bead's flags (severity --min-severity or above, warning by default)
are keyed by its first English sentence, a 0-1 bead by the English sentence
before it; the NEW flags of a key are its edited count minus its unedited count,
per kind. The beads "at the edit" are the edited beads holding the English
sentence of the edited pair plus the 0-1 beads next to them.

  recall(edit type)  = edits with a new flag of a counted kind at the edit / edits
                       (sentence_deleted: omission or partial_omission;
                        sentence_shortened: partial_omission); the rows "any fitting
                       flag" count every kind the edit may produce (EXPECTED: also a
                       figure, date or quotation of the dropped part)
  precision(kind)    = new flags of that kind at an edit that expects it / new flags
  split              = shortened edits whose English sentence ends up in a 1-0 bead
                       while the shortened French is in a 0-1 bead (the aligner
                       splits the pair: omission + addition instead of a partial
                       omission), with the error-severity omission/addition flags
                       those beads carry
  unedited flag rate = beads with a flag at --min-severity or above / beads, over
                       all unedited documents

Usage (from the project root; ~1 min):
  python3 scripts/drift_synthetic_docs.py [--binary build/driftalign] [--per-type 80] [--seed 1]
      [--min-severity warning] [--data ../shared/data/dev/newstest-fr-en]
      [--work /tmp/drift-synthetic-docs] [--threads 1] [-- extra batch flags]
"""
import argparse
import collections
import json
import os
import random
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import drift_synthetic  # noqa: E402  (the result tables, SEVERITY_RANK)
import newstest_docs  # noqa: E402  (read_docs, SETS, DOC_RE, SEG_RE, clean)

SEVERITY_RANK = drift_synthetic.SEVERITY_RANK

# Flag kinds an edit may legitimately produce at the edit (precision), and the kinds that
# count as detecting it (recall).
EXPECTED = {
    "sentence_deleted": {"omission", "partial_omission", "number_missing", "date_mismatch",
                         "quote_missing", "entity_mismatch"},
    "sentence_shortened": {"partial_omission", "number_missing", "date_mismatch", "quote_missing",
                           "quote_mismatch", "entity_mismatch"},
}
RECALL_KINDS = {
    "sentence_deleted": {"omission", "partial_omission"},
    "sentence_shortened": {"partial_omission"},
}


def load_documents(data):
    """[(id, en text, fr text, en segments, fr segments)] for the documents on both sides."""
    docs = []
    for name in newstest_docs.SETS:
        paths = [os.path.join(data, name + "-src.%s.sgm" % lang) for lang in ("en", "fr")]
        if not all(os.path.exists(p) for p in paths):
            continue
        texts = [newstest_docs.read_docs(p) for p in paths]
        segs = []
        for p in paths:
            with open(p, encoding="utf-8") as f:
                raw = f.read()
            segs.append({docid: [newstest_docs.clean(s) for s in newstest_docs.SEG_RE.findall(body)]
                         for docid, body in newstest_docs.DOC_RE.findall(raw)})
        for docid in texts[0]:
            if docid in texts[1]:
                docs.append(("%s/%s" % (name, docid), texts[0][docid], texts[1][docid],
                             segs[0].get(docid, []), segs[1].get(docid, [])))
    return docs


def run_batch(binary, rows, work, name, threads, extra):
    """Write the pairs ROWS = [(id, en, fr)] under WORK/NAME, run batch, return {id: alignment}."""
    root = os.path.join(work, name)
    os.makedirs(root, exist_ok=True)
    manifest = os.path.join(root, "manifest.jsonl")
    with open(manifest, "w", encoding="utf-8") as m:
        for k, (doc_id, en, fr) in enumerate(rows):
            base = os.path.join(root, "%04d" % k)
            with open(base + ".en.txt", "w", encoding="utf-8") as f:
                f.write(en)
            with open(base + ".fr.txt", "w", encoding="utf-8") as f:
                f.write(fr)
            m.write(json.dumps({"id": doc_id, "src": base + ".en.txt", "tgt": base + ".fr.txt",
                                "src_lang": "en", "tgt_lang": "fr"}) + "\n")
    out = os.path.join(root, "out.jsonl")
    subprocess.run([binary, "batch", manifest, "-o", out, "--threads", str(threads), "--progress", "never"]
                   + extra, check=True)
    result = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["status"] != "ok":
                sys.exit("batch failed on %s: %s" % (r["id"], r["error"]))
            result[r["id"]] = r["alignment"]
    return result


def gold_pairs(al, en_segs, fr_segs):
    """(en id, fr id) of the sentences that are exactly the newstest segments of one index."""
    if len(en_segs) != len(fr_segs):
        return []
    def ids(side):
        by_text = collections.defaultdict(list)
        for s in al[side]["sentences"]:
            by_text[s["text"]].append(s["id"])
        return by_text
    en_ids, fr_ids = ids("src"), ids("tgt")
    pairs = []
    for e, f in zip(en_segs, fr_segs):
        if len(en_ids.get(e, [])) == 1 and len(fr_ids.get(f, [])) == 1:
            pairs.append((en_ids[e][0], fr_ids[f][0]))
    return pairs


def body_pairs(al, pairs):
    src, tgt = al["src"]["sentences"], al["tgt"]["sentences"]
    return [(e, f) for e, f in pairs if src[e]["kind"] == "body" and tgt[f]["kind"] == "body"]


def edit_deleted(al, fr, pairs, rng):
    """Delete a French body sentence whose paragraph keeps another sentence."""
    tgt = al["tgt"]["sentences"]
    para = collections.Counter(s["paragraph"] for s in tgt)
    cands = [(e, f) for e, f in body_pairs(al, pairs) if para[tgt[f]["paragraph"]] >= 2]
    if not cands:
        return None
    e, f = rng.choice(cands)
    s = tgt[f]
    nxt = tgt[f + 1] if f + 1 < len(tgt) and tgt[f + 1]["paragraph"] == s["paragraph"] else None
    if nxt:
        cut = (s["begin"], nxt["begin"])            # the sentence and the space after it
    else:
        cut = (tgt[f - 1]["end"], s["end"])         # the space before it and the sentence
    data = fr.encode("utf-8")
    return (data[:cut[0]] + data[cut[1]:]).decode("utf-8"), e, f, "deleted: " + s["text"][:60]


def cut_points(sentence):
    """Character positions of the commas/semicolons where the sentence may be cut: not a
    decimal mark, the kept part >= 3 words and <= 60% of the words, quotes and brackets balanced."""
    n = len(sentence.split())
    for m in re.finditer(r"[,;]", sentence):
        i = m.start()
        if sentence[i] == "," and 0 < i < len(sentence) - 1 and sentence[i - 1].isdigit() \
                and sentence[i + 1].isdigit():
            continue
        kept = sentence[:i]
        k = len(kept.split())
        if k < 3 or k > 0.6 * n:
            continue
        if kept.count("«") != kept.count("»") or kept.count("“") != kept.count("”") \
                or kept.count('"') % 2 or kept.count("(") != kept.count(")"):
            continue
        yield i


def edit_shortened(al, fr, pairs, rng):
    """Cut a French body sentence of >= 12 words at a clause boundary, keeping the first part."""
    tgt = al["tgt"]["sentences"]
    cands = [(e, f) for e, f in body_pairs(al, pairs)
             if len(tgt[f]["text"].split()) >= 12 and any(True for _ in cut_points(tgt[f]["text"]))]
    if not cands:
        return None
    e, f = rng.choice(cands)
    s = tgt[f]
    i = list(cut_points(s["text"]))[-1]     # the last boundary: the largest first part that drops >= 40%
    short = s["text"][:i].rstrip() + "."
    data = fr.encode("utf-8")
    new = (data[:s["begin"]] + short.encode("utf-8") + data[s["end"]:]).decode("utf-8")
    dropped = len(s["text"].split()) - len(short.split())
    return new, e, f, "kept %d of %d words: %s" % (len(short.split()), len(s["text"].split()), short[:60]), dropped


EDITORS = {
    "sentence_deleted": edit_deleted,
    "sentence_shortened": edit_shortened,
}


def keyed_flags(al, rank):
    """{key: Counter(kind)} of the flags at severity rank >= RANK; key = ("s", first English id)
    for a bead with English sentences, ("after", previous English id) for a 0-1 bead."""
    out = collections.defaultdict(collections.Counter)
    last = -1
    for b in al["beads"]:
        key = ("s", b["src"][0]) if b["src"] else ("after", last)
        if b["src"]:
            last = b["src"][-1]
        out[key].update(f["kind"] for f in b["flags"] if SEVERITY_RANK[f["severity"]] >= rank)
    return out


def beads_at(al, en_id):
    """Indices of the beads holding English sentence EN_ID and of the 0-1 beads next to them."""
    beads = al["beads"]
    idx = [k for k, b in enumerate(beads) if en_id in b["src"]]
    lo, hi = idx[0], idx[-1]
    while lo > 0 and not beads[lo - 1]["src"]:
        lo -= 1
    while hi + 1 < len(beads) and not beads[hi + 1]["src"]:
        hi += 1
    return list(range(lo, hi + 1))


def bead_key(beads, k):
    last = -1
    for b in beads[:k]:
        if b["src"]:
            last = b["src"][-1]
    return ("s", beads[k]["src"][0]) if beads[k]["src"] else ("after", last)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", default="build/driftalign")
    ap.add_argument("--data", default="../shared/data/dev/newstest-fr-en")
    ap.add_argument("--work", default="/tmp/drift-synthetic-docs")
    ap.add_argument("--per-type", type=int, default=80)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=1, help="batch --threads (default 1)")
    ap.add_argument("--min-severity", choices=["info", "warning", "error"], default="warning",
                    help="count only flags of this severity or above (default warning)")
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("extra", nargs="*", help="extra flags for driftalign batch (after --)")
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        sys.exit("no data at %s (the ../shared checkout is needed)" % args.data)
    rank = SEVERITY_RANK[args.min_severity]
    docs = load_documents(args.data)
    base = run_batch(args.binary, [(d[0], d[1], d[2]) for d in docs], args.work, "unedited",
                     args.threads, args.extra)

    rng = random.Random(args.seed)
    order = list(range(len(docs)))
    rng.shuffle(order)
    edits = {}   # doc id -> (type, en id, fr id, description, edited fr text)
    counts = collections.Counter()
    for t in EDITORS:
        for i in order:
            if counts[t] >= args.per_type:
                break
            doc_id, _, fr, en_segs, fr_segs = docs[i]
            if doc_id in edits:
                continue
            al = base[doc_id]
            r = EDITORS[t](al, fr, gold_pairs(al, en_segs, fr_segs), rng)
            if r:
                edits[doc_id] = (t, r[1], r[2], r[3], r[0])
                counts[t] += 1
    by_id = {d[0]: d for d in docs}
    edited = run_batch(args.binary, [(doc_id, by_id[doc_id][1], e[4]) for doc_id, e in edits.items()],
                       args.work, "edited", args.threads, args.extra)

    new_flags, correct, hit = collections.Counter(), collections.Counter(), collections.Counter()
    outcome = collections.Counter()
    misses, false_pos = [], []
    for doc_id, (t, en_id, fr_id, desc, fr_new) in edits.items():
        b_al, e_al = base[doc_id], edited[doc_id]
        b_flags, e_flags = keyed_flags(b_al, rank), keyed_flags(e_al, rank)
        at = beads_at(e_al, en_id)
        at_keys = {bead_key(e_al["beads"], k) for k in at}
        found = found_any = False
        for key in set(b_flags) | set(e_flags):
            diff = e_flags.get(key, collections.Counter()) - b_flags.get(key, collections.Counter())
            for kind, n in diff.items():
                new_flags[kind] += n
                if key in at_keys and kind in EXPECTED[t]:
                    correct[kind] += n
                else:
                    false_pos.append((kind, t, desc, doc_id))
                if key in at_keys and kind in RECALL_KINDS[t]:
                    found = True
                if key in at_keys and kind in EXPECTED[t]:
                    found_any = True
        if found:
            hit[t] += 1
        if found_any:
            hit[t + ", any fitting flag"] += 1
        else:
            misses.append((t, desc, doc_id, b_al["src"]["sentences"][en_id]["text"]))
        # where the English sentence of the edited pair ended up
        beads = e_al["beads"]
        home = [beads[k] for k in at if en_id in beads[k]["src"]][0]
        shape = "%d-%d" % (len(home["src"]), len(home["tgt"]))
        outcome[t, "English sentence in a %s bead" % (shape if shape in ("1-0", "1-1") else "larger")] += 1
        if t == "sentence_shortened":
            begin = b_al["tgt"]["sentences"][fr_id]["begin"]
            short_ids = [s["id"] for s in e_al["tgt"]["sentences"] if s["begin"] == begin]
            fr_null = [b for b in beads if not b["src"] and short_ids and short_ids[0] in b["tgt"]]
            if shape == "1-0" and fr_null:
                outcome[t, "split"] += 1
                outcome[t, "split errors"] += sum(1 for b in (home, fr_null[0]) for f in b["flags"]
                                                  if f["kind"] in ("omission", "addition")
                                                  and f["severity"] == "error")

    n_beads = sum(len(al["beads"]) for al in base.values())
    flagged = sum(1 for al in base.values() for b in al["beads"]
                  if any(SEVERITY_RANK[f["severity"]] >= rank for f in b["flags"]))
    print("documents: %d, edits: %d, flags counted: severity >= %s" % (len(docs), len(edits), args.min_severity))
    print("unedited flag rate: %d of %d beads flagged (%.3f)" % (flagged, n_beads, flagged / n_beads))
    drift_synthetic.print_recall(EDITORS, counts, hit, RECALL_KINDS)
    for t in EDITORS:
        # The dropped part may show as another fitting flag (a figure, date or
        # quotation it held): what a reviewer sees at the edit.
        n = counts[t]
        print("| %s, any fitting flag | %d | %d | %.3f | %s |" % (
            t, n, hit[t + ", any fitting flag"], hit[t + ", any fitting flag"] / n if n else 0,
            ", ".join(sorted(EXPECTED[t]))))
    drift_synthetic.print_precision(new_flags, correct, "at an edit expecting it")
    print("\n| edit type | English sentence in a 1-1 bead | in a 1-0 bead | in a larger bead |"
          " split (EN 1-0 + shortened FR 0-1) | error omission/addition flags of the splits |")
    print("|---|---:|---:|---:|---:|---:|")
    for t in EDITORS:
        print("| %s | %d | %d | %d | %s | %s |" % (
            t, outcome[t, "English sentence in a 1-1 bead"], outcome[t, "English sentence in a 1-0 bead"],
            outcome[t, "English sentence in a larger bead"],
            outcome[t, "split"] if t == "sentence_shortened" else "–",
            outcome[t, "split errors"] if t == "sentence_shortened" else "–"))
    for m in misses[:args.show_misses]:
        print("\nMISS %s (%s) in %s\n  EN: %s" % m)
    for m in false_pos[:args.show_misses]:
        print("\nFALSE %s on edit %s (%s) in %s" % m)


if __name__ == "__main__":
    main()
