#!/usr/bin/env python3
"""Split the WMT newstest SGM files (../shared/data/dev/newstest-fr-en) into one
English and one French text file per document, and write a batch manifest.

    python3 scripts/newstest_docs.py [--data ../shared/data/dev/newstest-fr-en] [--out out/newstest-docs]

For each set (news-test2008, newssyscomb2009, newstest2009..2012) and each
<doc docid=...> present on both sides, writes
    OUT/<set>/<docid with / replaced by _>.en.txt and .fr.txt
as a news story: each <hl> segment on a line of its own, each <p> paragraph
as its segments joined by one space, blocks separated by a blank line
(segments outside any <p> are a paragraph each). Entities (&amp; ...) are
decoded. Then OUT/manifest.tsv lists "id<TAB>src<TAB>tgt<TAB>en<TAB>fr" per
document, paths as written (relative to the current directory when OUT is),
ready for `driftalign batch`. The texts are not the project's to commit: OUT
should stay out of git (out/ and /tmp are).
"""
import argparse
import html
import os
import re
import sys

SETS = ["news-test2008", "newssyscomb2009", "newstest2009", "newstest2010", "newstest2011", "newstest2012"]
DOC_RE = re.compile(r'<doc\s[^>]*docid="([^"]+)"[^>]*>(.*?)</doc>', re.S | re.I)
BLOCK_RE = re.compile(r"<(hl|p)>(.*?)</\1>|<seg[^>]*>(.*?)</seg>", re.S | re.I)
SEG_RE = re.compile(r"<seg[^>]*>(.*?)</seg>", re.S | re.I)


def clean(seg):
    return " ".join(html.unescape(seg).split())


def read_docs(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    docs = {}
    for docid, body in DOC_RE.findall(data):
        blocks = []
        for m in BLOCK_RE.finditer(body):
            if m.group(1):
                segs = [clean(s) for s in SEG_RE.findall(m.group(2))]
                segs = [s for s in segs if s]
                if not segs:
                    continue
                if m.group(1).lower() == "hl":
                    blocks.extend(segs)          # a headline per line
                else:
                    blocks.append(" ".join(segs))
            elif clean(m.group(3)):
                blocks.append(clean(m.group(3)))
        docs[docid] = "\n\n".join(blocks) + "\n"
    return docs


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default="../shared/data/dev/newstest-fr-en")
    ap.add_argument("--out", default="out/newstest-docs")
    args = ap.parse_args()
    rows = []
    for name in SETS:
        en_path = os.path.join(args.data, name + "-src.en.sgm")
        fr_path = os.path.join(args.data, name + "-src.fr.sgm")
        if not (os.path.exists(en_path) and os.path.exists(fr_path)):
            print(f"newstest_docs: {en_path} or {fr_path} missing, set skipped", file=sys.stderr)
            continue
        en, fr = read_docs(en_path), read_docs(fr_path)
        os.makedirs(os.path.join(args.out, name), exist_ok=True)
        for docid in en:
            if docid not in fr:
                continue
            base = os.path.join(args.out, name, docid.replace("/", "_"))
            for lang, text in (("en", en[docid]), ("fr", fr[docid])):
                with open(f"{base}.{lang}.txt", "w", encoding="utf-8") as f:
                    f.write(text)
            rows.append((f"{name}/{docid}", f"{base}.en.txt", f"{base}.fr.txt"))
    with open(os.path.join(args.out, "manifest.tsv"), "w", encoding="utf-8") as f:
        for doc_id, src, tgt in rows:
            f.write(f"{doc_id}\t{src}\t{tgt}\ten\tfr\n")
    print(f"newstest_docs: {len(rows)} document pairs, manifest {os.path.join(args.out, 'manifest.tsv')}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
