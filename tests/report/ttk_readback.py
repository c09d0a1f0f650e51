#!/usr/bin/python3
"""Reads a TMX or XLIFF 1.2 file with translate-toolkit and prints its units as
JSON lines {"id", "source", "target", "notes"}, for the report tests.

Usage: /usr/bin/python3 ttk_readback.py tmx|xliff FILE
Needs Debian's translate-toolkit (python3-translate-toolkit), hence Debian's python3.
"""
import json
import sys

from translate.storage import tmx, xliff


def main():
    kind, path = sys.argv[1], sys.argv[2]
    with open(path, "rb") as f:
        data = f.read()
    store = (tmx.tmxfile if kind == "tmx" else xliff.xlifffile).parsestring(data)
    for unit in store.units:
        if kind == "xliff" and unit.isheader():
            continue
        print(json.dumps({"id": unit.getid().split("\x04")[-1], "source": str(unit.source or ""),
                          "target": str(unit.target or ""), "notes": unit.getnotes()},
                         ensure_ascii=False))


if __name__ == "__main__":
    main()
