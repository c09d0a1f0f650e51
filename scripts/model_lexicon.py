#!/usr/bin/python3
"""Builds the EN-FR dictionary pairs used by scripts/train_model.sh.

Reads FreeDict eng-fra, fra-eng and the French Wiktionary FR->EN table from
../shared/data/lexicon, cleans entries ("..." placeholders, empty sides) and
writes "en<TAB>fr" rows, deduplicated and sorted, split deterministically by
English headword: crc32(en) % 10 == 0 goes to the held-out file (never used for
training; scored by scripts/eval_model.sh as word translation P@1).

usage: model_lexicon.py LEXICON_DIR TRAIN_OUT HELDOUT_OUT
"""
import sys
import zlib


def clean(s):
    s = s.replace("...", " ").replace("\u2026", " ").strip()
    return " ".join(s.split())


def main():
    lexdir, train_out, held_out = sys.argv[1:4]
    pairs = set()
    with open(f"{lexdir}/freedict-en-fr/freedict-eng-fra.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2:
                pairs.add((clean(cols[0]), clean(cols[1])))
    with open(f"{lexdir}/freedict-en-fr/freedict-fra-eng.tsv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) == 2:
                pairs.add((clean(cols[1]), clean(cols[0])))
    with open(f"{lexdir}/wiktionary-fr-en/frwiktionary-20140612-euradicfmt.csv", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split(";")
            if len(cols) >= 4 and cols[2] == "TR-FR-EN":
                pairs.add((clean(cols[3]), clean(cols[0])))
    train, held = [], []
    for en, fr in sorted(pairs):
        if not en or not fr or "\t" in en or "\t" in fr:
            continue
        key = zlib.crc32(en.lower().encode("utf-8")) % 10
        (held if key == 0 else train).append(f"{en}\t{fr}\n")
    with open(train_out, "w", encoding="utf-8") as f:
        f.writelines(train)
    with open(held_out, "w", encoding="utf-8") as f:
        f.writelines(held)
    print(f"lexicon: {len(train)} training pairs, {len(held)} held-out pairs", file=sys.stderr)


if __name__ == "__main__":
    main()
