#!/usr/bin/env python3
"""Write a batch manifest (docs/batch.md) for a directory of NAME.en.txt / NAME.fr.txt.

    docs_manifest.py DOCS_DIR [-o manifest.tsv]

Walks DOCS_DIR recursively. Each NAME (the path under DOCS_DIR without
.en.txt / .fr.txt) is one pair, id NAME, src DOCS_DIR/NAME.en.txt, tgt
DOCS_DIR/NAME.fr.txt, languages en -> fr; lines sorted by NAME (byte order).
A NAME with only one of the two files is listed all the same, so that the
batch run reports the missing file as an error record for that pair.
A line is tab-separated unless a field holds a tab or a line break or the id
starts with '#' or a space (batch would read it as a comment or a different
line): then it is the JSON form. Exit 2 when DOCS_DIR is not a directory.
"""
import argparse
import json
import os
import sys

SUFFIXES = (".en.txt", ".fr.txt")


def pair_names(docs_dir):
    """The sorted NAMEs of DOCS_DIR (relative paths with '/', suffix removed)."""
    names = set()
    for root, dirs, files in os.walk(docs_dir):
        dirs.sort()
        for f in files:
            for suffix in SUFFIXES:
                if f.endswith(suffix) and len(f) > len(suffix):
                    rel = os.path.relpath(os.path.join(root, f[: -len(suffix)]), docs_dir)
                    names.add(rel.replace(os.sep, "/"))
    return sorted(names, key=lambda n: n.encode("utf-8", "surrogateescape"))


def manifest_line(name, docs_dir):
    src = os.path.join(docs_dir, name + ".en.txt")
    tgt = os.path.join(docs_dir, name + ".fr.txt")
    fields = (name, src, tgt, "en", "fr")
    if any(c in f for f in fields for c in "\t\r\n") or name[:1] in ("#", " "):
        return json.dumps({"id": name, "src": src, "tgt": tgt, "src_lang": "en", "tgt_lang": "fr"},
                          ensure_ascii=False) + "\n"
    return "\t".join(fields) + "\n"


def manifest_text(docs_dir):
    return "".join(manifest_line(n, docs_dir) for n in pair_names(docs_dir))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("docs_dir")
    ap.add_argument("-o", "--output", default="-")
    args = ap.parse_args()
    if not os.path.isdir(args.docs_dir):
        print(f"docs_manifest: {args.docs_dir}: not a directory", file=sys.stderr)
        return 2
    text = manifest_text(args.docs_dir)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        with open(args.output, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
