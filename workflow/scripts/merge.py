#!/usr/bin/env python3
"""Merge the shard outputs of `driftalign batch --shard I/N` (workflow/Snakefile).

    merge.py --out results.jsonl --summary summary.json --index index.html \\
             [--reports-dir reports] shards/00000.jsonl shards/00001.jsonl ...

- results.jsonl: the shard files concatenated byte for byte, in the order
  given (shard 0 first). batch writes each shard's records in manifest order
  and shard I holds the I-th slice of the manifest, so this is the output of
  one `batch` run over the whole manifest. A shard file whose last line has
  no newline (a truncated write) stops the merge with exit 2.
- summary.json: pairs, ok, errors, sentences, beads, null beads, flags by
  severity and by kind, and the failed pairs (id, exit code, message).
- index.html: one self-contained page with the summary and one row per pair
  (flags by severity, the kinds found, the error message of a failed pair),
  each ok pair linking its report REPORTS_DIR/<shard>/<file>, where <shard>
  is the shard file's name without .jsonl and <file> is batch's
  ReportFileName(id) (src/pipeline/batch_runner.h). Without --reports-dir
  the rows have no links.

Exit codes: 0 (also when pairs failed: their error records are the result),
2 when a shard file is missing, truncated or not batch output.
"""
import argparse
import collections
import hashlib
import html
import json
import os
import sys
import urllib.parse

SEVERITIES = ("error", "warning", "info")


def report_file_name(record_id):
    """Mirror of pipeline::ReportFileName (batch_runner.h)."""
    raw = record_id.encode("utf-8", "surrogateescape")
    out = []
    for i, b in enumerate(raw):
        c = chr(b)
        keep = (c.isascii() and c.isalnum()) or c in "-_" or (c == "." and i > 0)
        out.append(c if keep else "%%%02X" % b)
    name = "".join(out)
    if len(name) > 200:
        name = name[:180] + "~" + hashlib.sha256(raw).hexdigest()[:16]
    return name + ".html"


class Summary:
    """Counts over the batch records, in the order they are added."""

    def __init__(self):
        self.pairs = self.ok = 0
        self.src_sentences = self.tgt_sentences = self.beads = self.null_beads = 0
        self.severity = collections.Counter({s: 0 for s in SEVERITIES})
        self.kinds = collections.Counter()
        self.failed = []

    def add(self, record):
        """Counts `record`; returns the kinds of its flags (a Counter)."""
        self.pairs += 1
        kinds = collections.Counter()
        if record["status"] != "ok":
            err = record.get("error", {})
            self.failed.append({"id": record["id"], "exit_code": err.get("exit_code"),
                                "message": err.get("message", "")})
            return kinds
        self.ok += 1
        s = record["summary"]
        self.src_sentences += s["src_sentences"]
        self.tgt_sentences += s["tgt_sentences"]
        self.beads += s["beads"]
        self.null_beads += s["null_beads"]
        for sev in SEVERITIES:
            self.severity[sev] += s["flags"][sev]
        for bead in record["alignment"]["beads"]:
            for flag in bead["flags"]:
                kinds[flag["kind"]] += 1
        self.kinds.update(kinds)
        return kinds

    def to_json(self, shards):
        return {
            "pairs": self.pairs, "ok": self.ok, "errors": len(self.failed), "shards": shards,
            "src_sentences": self.src_sentences, "tgt_sentences": self.tgt_sentences,
            "beads": self.beads, "null_beads": self.null_beads,
            "flags_by_severity": dict(self.severity),
            "flags_by_kind": dict(sorted(self.kinds.items())),
            "failed": self.failed,
        }


PAGE_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>driftalign: {title}</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; }}
table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #ccc; padding: 2px 6px; text-align: left; vertical-align: top; }}
td.n {{ text-align: right; }}
tr.error td {{ background: #fde8e8; }}
.kinds {{ color: #555; font-size: 90%; }}
</style></head><body>
<h1>driftalign batch: {title}</h1>
"""


def write_index(path, summary_json, rows):
    """rows: (record, kinds Counter, report href or None) in manifest order."""
    e = html.escape
    title = f"{summary_json['pairs']} document pairs"
    with open(path, "w", encoding="utf-8") as f:
        f.write(PAGE_HEAD.format(title=e(title)))
        sev = summary_json["flags_by_severity"]
        f.write(f"<p>{summary_json['ok']} aligned, {summary_json['errors']} failed; "
                f"{summary_json['src_sentences']} + {summary_json['tgt_sentences']} sentences, "
                f"{summary_json['beads']} beads ({summary_json['null_beads']} null); flags: "
                f"{sev['error']} error, {sev['warning']} warning, {sev['info']} info.</p>\n")
        if summary_json["flags_by_kind"]:
            f.write("<table><tr><th>flag kind</th><th>count</th></tr>\n")
            for kind, n in summary_json["flags_by_kind"].items():
                f.write(f"<tr><td>{e(kind)}</td><td class=n>{n}</td></tr>\n")
            f.write("</table>\n")
        f.write("<h2>Pairs (manifest order)</h2>\n<table><tr><th>#</th><th>id</th><th>sentences</th>"
                "<th>beads</th><th>error</th><th>warning</th><th>info</th><th>flag kinds / failure</th></tr>\n")
        for n, (record, kinds, href) in enumerate(rows, 1):
            rid = e(record["id"])
            if record["status"] != "ok":
                msg = e(record.get("error", {}).get("message", ""))
                f.write(f"<tr class=error><td class=n>{n}</td><td>{rid}</td><td colspan=5>failed</td>"
                        f"<td>{msg}</td></tr>\n")
                continue
            s = record["summary"]
            link = f'<a href="{e(href)}">{rid}</a>' if href else rid
            kind_text = e(", ".join(f"{k} {c}" for k, c in sorted(kinds.items())))
            f.write(f"<tr><td class=n>{n}</td><td>{link}</td>"
                    f"<td class=n>{s['src_sentences']} / {s['tgt_sentences']}</td><td class=n>{s['beads']}</td>"
                    + "".join(f"<td class=n>{s['flags'][sv]}</td>" for sv in SEVERITIES)
                    + f"<td class=kinds>{kind_text}</td></tr>\n")
        f.write("</table>\n</body></html>\n")


def fail(message):
    print(f"merge: {message}", file=sys.stderr)
    sys.exit(2)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", required=True, help="merged JSONL")
    ap.add_argument("--summary", required=True, help="summary JSON")
    ap.add_argument("--index", required=True, help="HTML index page")
    ap.add_argument("--reports-dir", default="",
                    help="directory of the per-shard report directories, as linked from the index page "
                         "(relative to the index page's directory)")
    ap.add_argument("shards", nargs="*", help="shard outputs, in shard order")
    args = ap.parse_args()

    summary = Summary()
    rows = []
    tmp = args.out + ".tmp"
    with open(tmp, "wb") as out:
        for shard in args.shards:
            try:
                with open(shard, "rb") as f:
                    data = f.read()
            except OSError as err:
                fail(f"{shard}: {err.strerror}")
            if data and not data.endswith(b"\n"):
                cut = data.rfind(b"\n") + 1
                fail(f"{shard}: byte offset {cut}: the last record has no newline "
                     "(the shard's batch run was cut off); delete the file and rerun")
            out.write(data)
            shard_name = os.path.basename(shard).removesuffix(".jsonl")
            offset = 0
            for line in data.splitlines(keepends=True):
                try:
                    record = json.loads(line)
                    kinds = summary.add(record)
                except (ValueError, KeyError, TypeError) as err:
                    fail(f"{shard}: byte offset {offset}: not a batch record ({err})")
                href = None
                if args.reports_dir and record["status"] == "ok":
                    href = "/".join((args.reports_dir, shard_name,
                                     urllib.parse.quote(report_file_name(record["id"]), safe="~")))
                rows.append((record, kinds, href))
                offset += len(line)
    os.replace(tmp, args.out)
    summary_json = summary.to_json(len(args.shards))
    with open(args.summary, "w", encoding="utf-8") as f:
        json.dump(summary_json, f, indent=1, ensure_ascii=False)
        f.write("\n")
    write_index(args.index, summary_json, rows)
    print(f"merge: {summary_json['pairs']} pairs ({summary_json['errors']} failed), "
          f"{summary_json['beads']} beads, flags {dict(summary.severity)} -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
