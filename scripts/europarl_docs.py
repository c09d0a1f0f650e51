#!/usr/bin/env python3
"""Write the Europarl sessions of ../shared/data/train/europarl-en-fr as document pairs.

    python3 scripts/europarl_docs.py [--data ../shared/data/train/europarl-en-fr]
                                     [--years 2005-2011] [--out out/europarl-docs]

For each session file (doc_id, e.g. ep-05-01-11) of the TSV.gz files of the
given years, writes OUT/YYYY/<doc_id>.en.txt and .fr.txt as running text: the
chunks of one speaker turn (consecutive rows with the same speaker) joined by
one space into a paragraph, paragraphs separated by a blank line, so that
`driftalign batch` segments them itself (rows with an empty side add nothing
to that side). Prints the number of documents and chunks. The texts are not
the project's to commit: OUT should stay out of git (out/ and /tmp are).
The workflow reads OUT as docs_dir (scripts/bench_workflow.sh).
"""
import argparse
import csv
import gzip
import os
import sys


def years_of(spec):
    first, _, last = spec.partition("-")
    return list(range(int(first), int(last or first) + 1))


def write_doc(out_dir, doc_id, turns):
    for lang, index in (("en", 0), ("fr", 1)):
        paragraphs = [" ".join(c for c in turn[index] if c) for turn in turns]
        text = "\n\n".join(p for p in paragraphs if p) + "\n"
        with open(os.path.join(out_dir, f"{doc_id}.{lang}.txt"), "w", encoding="utf-8") as f:
            f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data/train/europarl-en-fr")
    ap.add_argument("--years", default="2005-2011", help="a year or a range, e.g. 2005-2011")
    ap.add_argument("--out", default="out/europarl-docs")
    args = ap.parse_args()
    csv.field_size_limit(1 << 24)
    docs = chunks = 0
    for year in years_of(args.years):
        path = os.path.join(args.data, f"europarl-concodisco.en-fr.{year}.tsv.gz")
        if not os.path.exists(path):
            print(f"europarl_docs: {path} not found", file=sys.stderr)
            return 2
        out_dir = os.path.join(args.out, str(year))
        os.makedirs(out_dir, exist_ok=True)
        current, turns, speaker = None, [], None
        with gzip.open(path, "rt", encoding="utf-8", newline="") as f:
            rows = csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            next(rows)  # header
            for row in rows:
                doc_id, _, speaker_id, _, en, fr = row
                if doc_id != current:
                    if current is not None:
                        write_doc(out_dir, current, turns)
                        docs += 1
                    current, turns, speaker = doc_id, [], None
                if not turns or speaker_id != speaker:
                    turns.append(([], []))
                    speaker = speaker_id
                turns[-1][0].append(en.strip())
                turns[-1][1].append(fr.strip())
                chunks += 1
        if current is not None:
            write_doc(out_dir, current, turns)
            docs += 1
    print(f"europarl_docs: {docs} document pairs, {chunks} chunks -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
