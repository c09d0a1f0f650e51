"""The workflow's shard and merge logic (workflow/, docs/scale.md), fast: no model, no ../shared.

`driftalign batch --shard I/N` over a manifest with failing pairs, a malformed line and a
duplicate id, merged with workflow/scripts/merge.py, must give the bytes of one batch run for
any N (more shards than pairs included); the summary counts and the index page's report links
must match the records; a cut-off shard stops the merge. docs_manifest.py lists a directory of
NAME.en.txt / NAME.fr.txt. When snakemake is installed, the Snakefile itself runs locally.

    DRIFTALIGN_BINARY=build/driftalign python3 -m unittest -v test_workflow   (from tests/workflow)
"""
import html.parser
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import urllib.parse

SOURCE = os.environ.get("DRIFTALIGN_SOURCE_DIR",
                        os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
BINARY = os.environ.get("DRIFTALIGN_BINARY", os.path.join(SOURCE, "build", "driftalign"))
SCRIPTS = os.path.join(SOURCE, "workflow", "scripts")
sys.path.insert(0, SCRIPTS)
import docs_manifest  # noqa: E402
import merge  # noqa: E402

CORPUS = os.path.join(SOURCE, "corpus")
SAMPLE = os.path.join(SOURCE, "tests", "data", "report")
FAST = ["--method", "gale-church", "--no-coverage", "--progress", "never"]


def run(args, **kw):
    env = dict(os.environ, SOURCE_DATE_EPOCH="")
    return subprocess.run(args, capture_output=True, env=env, **kw)


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.links.append(dict(attrs)["href"])


class ShardMergeTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="workflow_test.")
        self.addCleanup(shutil.rmtree, self.dir)
        with open(os.path.join(self.dir, "bad.fr.txt"), "wb") as f:
            f.write(b"Une phrase. \xc3\x28 invalide.\n")
        c = lambda name: os.path.join(CORPUS, name)  # noqa: E731
        lines = [
            "# a comment, then a blank line",
            "",
            f"seed/000-001\t{c('000_cade94ca1d686b93.txt')}\t{c('001_b5b62dc4b4f44fa5.txt')}\ten\tfr",
            f"missing file\t{self.dir}/nope.en.txt\t{c('001_b5b62dc4b4f44fa5.txt')}",
            json.dumps({"id": "sample", "src": f"{SAMPLE}/sample.en.txt", "tgt": f"{SAMPLE}/sample.fr.txt"}),
            f"bad-utf8\t{SAMPLE}/sample.en.txt\t{self.dir}/bad.fr.txt",
            "\tno-id-here",
            f"seed-002-003\t{c('002_450d3b2fe5f1e130.txt')}\t{c('003_a78af1fe0153eff0.txt')}",
            f"sample\t{SAMPLE}/sample.en.txt\t{SAMPLE}/sample.fr.txt",  # duplicate of line 5's id
            f"seed-004-001\t{c('004_31e8c4df6d115025.txt')}\t{c('001_b5b62dc4b4f44fa5.txt')}\ten\tfr",
        ]
        self.manifest = os.path.join(self.dir, "manifest.tsv")
        with open(self.manifest, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        res = run([BINARY, "batch", self.manifest, *FAST, "-o", os.path.join(self.dir, "single.jsonl")])
        self.assertEqual(res.returncode, 0, res.stderr)
        with open(os.path.join(self.dir, "single.jsonl"), "rb") as f:
            self.single = f.read()

    def shard_and_merge(self, n, threads=1):
        """Runs the n shards (with HTML reports) and merges them; returns the output directory."""
        out = os.path.join(self.dir, f"n{n}")
        shards = []
        for i in range(n):
            shard = os.path.join(out, "shards", f"{i:05d}.jsonl")
            os.makedirs(os.path.dirname(shard), exist_ok=True)
            res = run([BINARY, "batch", self.manifest, *FAST, "--shard", f"{i}/{n}", "--threads", str(threads),
                       "--html-dir", os.path.join(out, "reports", f"{i:05d}"), "-o", shard])
            self.assertEqual(res.returncode, 0, res.stderr)
            shards.append(shard)
        res = run([sys.executable, os.path.join(SCRIPTS, "merge.py"), "--out", f"{out}/results.jsonl",
                   "--summary", f"{out}/summary.json", "--index", f"{out}/index.html",
                   "--reports-dir", "reports", *shards])
        self.assertEqual(res.returncode, 0, res.stderr)
        return out

    def test_the_records_as_expected(self):
        recs = [json.loads(line) for line in self.single.splitlines()]
        self.assertEqual([r["id"] for r in recs],
                         ["seed/000-001", "missing file", "sample", "bad-utf8", "line:7", "seed-002-003",
                          "sample", "seed-004-001"])
        self.assertEqual([r["status"] for r in recs], ["ok", "error", "ok", "error", "error", "ok", "error", "ok"])
        self.assertIn("manifest line 9: duplicate id", recs[6]["error"]["message"])
        self.assertIn("manifest line 7", recs[4]["error"]["message"])

    def test_any_shard_count_merges_to_the_bytes_of_one_run(self):
        for n, threads in ((1, 1), (2, 2), (3, 1), (5, 2), (11, 1)):  # 11 > 8 pairs: empty shards
            with self.subTest(shards=n):
                out = self.shard_and_merge(n, threads)
                with open(f"{out}/results.jsonl", "rb") as f:
                    self.assertEqual(f.read(), self.single)
                sizes = [os.path.getsize(f"{out}/shards/{i:05d}.jsonl") for i in range(n)]
                self.assertEqual(sum(1 for s in sizes if s > 0), min(n, 8))

    def test_summary_and_index_match_the_records(self):
        out = self.shard_and_merge(3)
        with open(f"{out}/summary.json", encoding="utf-8") as f:
            s = json.load(f)
        recs = [json.loads(line) for line in self.single.splitlines()]
        ok = [r for r in recs if r["status"] == "ok"]
        self.assertEqual((s["pairs"], s["ok"], s["errors"], s["shards"]), (8, 4, 4, 3))
        self.assertEqual(s["beads"], sum(r["summary"]["beads"] for r in ok))
        self.assertEqual(s["src_sentences"], sum(r["summary"]["src_sentences"] for r in ok))
        kinds = {}
        for r in ok:
            for b in r["alignment"]["beads"]:
                for fl in b["flags"]:
                    kinds[fl["kind"]] = kinds.get(fl["kind"], 0) + 1
        self.assertEqual(s["flags_by_kind"], kinds)
        self.assertGreater(sum(kinds.values()), 0, "the seed pairs have flags")
        self.assertEqual(sum(s["flags_by_severity"].values()), sum(kinds.values()))
        self.assertEqual([e["id"] for e in s["failed"]], ["missing file", "bad-utf8", "line:7", "sample"])
        self.assertIn("byte offset 12", s["failed"][1]["message"])

        parser = LinkParser()
        with open(f"{out}/index.html", encoding="utf-8") as f:
            parser.feed(f.read())
        self.assertEqual(len(parser.links), 4)  # one per ok pair, in manifest order
        for link, rec in zip(parser.links, ok):
            path = os.path.join(out, urllib.parse.unquote(link))
            self.assertTrue(os.path.isfile(path), link)
            self.assertEqual(os.path.basename(path), merge.report_file_name(rec["id"]))
            with open(path, encoding="utf-8") as f:
                self.assertIn("<html", f.read(2000))
        self.assertTrue(parser.links[0].endswith("/seed%252F000-001.html"), parser.links[0])
        # Exactly the ok pairs have reports.
        reports = sorted(f for _, _, files in os.walk(f"{out}/reports") for f in files)
        self.assertEqual(reports, sorted(merge.report_file_name(r["id"]) for r in ok))

    def test_a_cut_off_shard_stops_the_merge(self):
        out = self.shard_and_merge(2)
        cut = os.path.join(self.dir, "cut.jsonl")
        with open(f"{out}/shards/00001.jsonl", "rb") as f:
            data = f.read()
        with open(cut, "wb") as f:
            f.write(data[:-10])
        res = run([sys.executable, os.path.join(SCRIPTS, "merge.py"), "--out", f"{self.dir}/m.jsonl",
                   "--summary", f"{self.dir}/m.json", "--index", f"{self.dir}/m.html",
                   f"{out}/shards/00000.jsonl", cut])
        self.assertEqual(res.returncode, 2)
        self.assertIn(b"cut.jsonl: byte offset", res.stderr)
        self.assertFalse(os.path.exists(f"{self.dir}/m.jsonl"))

    def test_bad_flags(self):
        for flag in ("2/2", "1/0", "a/3", "-1/3", "1", "1/2/3"):
            with self.subTest(flag=flag):
                res = run([BINARY, "batch", self.manifest, *FAST, "--shard", flag])
                self.assertEqual(res.returncode, 1, res.stderr)
                self.assertIn(b"--shard", res.stderr)
        res = run([BINARY, "batch", "-", *FAST, "--shard", "0/2"], input=b"")
        self.assertEqual(res.returncode, 1)
        self.assertIn(b"shards need a manifest file", res.stderr)
        res = run([BINARY, "batch", self.manifest, *FAST, "--html-dir", self.manifest])  # a file, not a dir
        self.assertEqual(res.returncode, 2)
        self.assertIn(b"manifest.tsv: cannot create the HTML report directory", res.stderr)
        self.assertEqual(res.stdout, b"")

    def test_report_file_names_of_the_binary_and_merge_agree(self):
        ids = [".hidden", "x" * 300, "x" * 301, "é t/é%", "a-b_c.d"]
        manifest = os.path.join(self.dir, "names.tsv")
        with open(manifest, "w", encoding="utf-8") as f:
            for rid in ids:
                f.write(f"{rid}\t{SAMPLE}/sample.en.txt\t{SAMPLE}/sample.fr.txt\n")
        reports = os.path.join(self.dir, "names")
        res = run([BINARY, "batch", manifest, *FAST, "--html-dir", reports])
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertEqual(sorted(os.listdir(reports)), sorted(merge.report_file_name(r) for r in ids))

    def test_report_file_names(self):
        self.assertEqual(merge.report_file_name("a/b c"), "a%2Fb%20c.html")
        self.assertEqual(merge.report_file_name(".x.y"), "%2Ex.y.html")
        self.assertEqual(merge.report_file_name("été"), "%C3%A9t%C3%A9.html")
        long_name = merge.report_file_name("x" * 300)
        self.assertEqual(len(long_name), 180 + 1 + 16 + 5)
        self.assertNotEqual(long_name, merge.report_file_name("x" * 301))


class DocsDirTest(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix="workflow_docs.")
        self.addCleanup(shutil.rmtree, self.dir)
        docs = os.path.join(self.dir, "docs")
        os.makedirs(os.path.join(docs, "sub"))
        for name, src in (("b", "000_cade94ca1d686b93.txt"), ("sub/a", "002_450d3b2fe5f1e130.txt"),
                          ("#hash", "003_a78af1fe0153eff0.txt"), ("only-en", "004_31e8c4df6d115025.txt")):
            shutil.copy(os.path.join(CORPUS, src), os.path.join(docs, name + ".en.txt"))
            if name != "only-en":
                shutil.copy(os.path.join(CORPUS, "001_b5b62dc4b4f44fa5.txt"), os.path.join(docs, name + ".fr.txt"))
        open(os.path.join(docs, "notes.txt"), "w").close()
        self.docs = docs

    def test_manifest_of_a_directory(self):
        text = docs_manifest.manifest_text(self.docs)
        lines = text.splitlines()
        self.assertEqual(len(lines), 4)
        self.assertEqual(json.loads(lines[0])["id"], "#hash")  # JSON form: '#' starts a comment in TSV
        self.assertEqual([line.split("\t")[0] for line in lines[1:]], ["b", "only-en", "sub/a"])
        manifest = os.path.join(self.dir, "m.tsv")
        with open(manifest, "w", encoding="utf-8") as f:
            f.write(text)
        res = run([BINARY, "batch", manifest, *FAST])
        self.assertEqual(res.returncode, 0, res.stderr)
        recs = [json.loads(line) for line in res.stdout.splitlines()]
        self.assertEqual([(r["id"], r["status"]) for r in recs],
                         [("#hash", "ok"), ("b", "ok"), ("only-en", "error"), ("sub/a", "ok")])
        self.assertIn("only-en.fr.txt", recs[2]["error"]["message"])

    @unittest.skipUnless(shutil.which("snakemake"), "snakemake not installed (scripts/install_deps.sh --slurm)")
    def test_snakefile_locally(self):
        work = os.path.join(self.dir, "run")
        os.makedirs(work)
        res = run(["snakemake", "-s", os.path.join(SOURCE, "workflow", "Snakefile"), "--directory", work,
                   "--cores", "2", "--quiet", "--config", f"docs_dir={self.docs}", f"driftalign={BINARY}",
                   "out=out", "shards=3", "batch_args=" + " ".join(FAST[:3])])
        self.assertEqual(res.returncode, 0, res.stdout[-3000:] + res.stderr[-3000:])
        one = run([BINARY, "batch", os.path.join(work, "out", "manifest.tsv"), *FAST], cwd=work)
        with open(os.path.join(work, "out", "results.jsonl"), "rb") as f:
            self.assertEqual(f.read(), one.stdout)
        with open(os.path.join(work, "out", "summary.json"), encoding="utf-8") as f:
            self.assertEqual(json.load(f)["errors"], 1)


if __name__ == "__main__":
    unittest.main()
