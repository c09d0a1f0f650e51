"""model.align and model.check give the dicts of `driftalign align/check --format
json` (parsed with json.loads) on the seed pair, for several option sets."""
import json
import os
import unittest

import driftalign
from cli_util import MODEL, SOURCE_DIR, SRC, TGT, ModelTestCase, read, run_cli


class AlignCheckTest(ModelTestCase):

    def cli_json(self, verb, *flags):
        code, out, err = run_cli(verb, "--format", "json", "--model", MODEL, *flags, SRC, TGT)
        self.assertEqual(code, 0, err)
        return json.loads(out)

    def test_align_equals_the_cli(self):
        cases = [
            ((), {}),
            (("--max-block", "6"), {"max_block": 6}),
            (("--presegmented",), {"presegmented": True}),
            (("--method", "gale-church"), {"method": "gale-church"}),
            (("--no-check",), {"check": False}),
            (("--param", "null_reward=-1.5", "--coverage", "lexical"),
             {"params": ["null_reward=-1.5"], "coverage": "lexical"}),
        ]
        for flags, kwargs in cases:
            with self.subTest(flags=flags):
                got = self.model.align(read(SRC), read(TGT), src_name=SRC, tgt_name=TGT, **kwargs)
                self.assertEqual(got, self.cli_json("align", *flags))

    def test_check_equals_the_cli(self):
        cases = [
            ((), {}),
            (("--coverage", "off", "--method", "gale-church"), {"coverage": "off", "method": "gale-church"}),
            (("--parallel", "--coverage", "lexical"), {"parallel": True, "coverage": "lexical"}),
            (("--beads", "corpus/gold/000_001.vecalign"), {"beads": "corpus/gold/000_001.vecalign"}),
            (("--quote-slack", "0.5", "--figure-pair-cost", "3", "--partial-min-words", "2",
              "--partial-max-coverage", "0.6", "--link-min-cosine", "0.3", "--partial-min-gain", "0.05",
              "--divergence-threshold", "0.9"),
             {"quote_slack": 0.5, "figure_pair_cost": 3, "partial_min_words": 2,
              "partial_max_coverage": 0.6, "link_min_cosine": 0.3, "partial_min_gain": 0.05,
              "divergence_threshold": 0.9}),
        ]
        for flags, kwargs in cases:
            with self.subTest(flags=flags):
                expected = self.cli_json("check", *flags)
                if "beads" in kwargs:  # read relative to the working directory, as the CLI reads it
                    kwargs["beads"] = os.path.join(SOURCE_DIR, kwargs["beads"])
                got = self.model.check(read(SRC), read(TGT), src_name=SRC, tgt_name=TGT, **kwargs)
                self.assertEqual(got, expected)

    def test_report_content(self):
        report = self.model.check(read(SRC), read(TGT))
        self.assertEqual(report["schema"], "driftalign/alignment/1")
        self.assertEqual(report["tool"], {"name": "driftalign", "version": driftalign.__version__})
        self.assertEqual(report["model"], {"name": self.model.name, "sha256": self.model.sha256})
        self.assertEqual(report["src"]["path"], "<src>")
        self.assertEqual(report["tgt"]["path"], "<tgt>")
        self.assertEqual(report["params"]["coverage_checks"], "model")
        # Every sentence in exactly one bead, in order; the seed pair has drift (docs: corpus/README.md).
        for side in ("src", "tgt"):
            ids = [i for bead in report["beads"] for i in bead[side]]
            self.assertEqual(ids, list(range(len(report[side]["sentences"]))))
        kinds = {flag["kind"] for bead in report["beads"] for flag in bead["flags"]}
        self.assertIn("omission", kinds)
        # Every bead has a divergence score in [0, 1]; a null bead is divergent (score 1),
        # and a higher threshold makes no more beads divergent.
        for bead in report["beads"]:
            self.assertGreaterEqual(bead["divergence"], 0.0)
            self.assertLessEqual(bead["divergence"], 1.0)
            if not bead["src"] or not bead["tgt"]:
                self.assertEqual((bead["divergence"], bead["divergent"]), (1.0, True))
        strict = self.model.check(read(SRC), read(TGT), divergence_threshold=0.99)
        self.assertLessEqual(sum(b["divergent"] for b in strict["beads"]),
                             sum(b["divergent"] for b in report["beads"]))
        # A str gives the same report as its UTF-8 bytes.
        as_str = self.model.check(read(SRC).decode("utf-8"), read(TGT).decode("utf-8"))
        self.assertEqual(as_str, report)

    def test_languages_swap(self):
        code, out, err = run_cli("align", "--format", "json", "--model", MODEL, "--src-lang", "fr",
                                 "--tgt-lang", "en", TGT, SRC)
        self.assertEqual(code, 0, err)
        got = self.model.align(read(TGT), read(SRC), src_lang="fr", tgt_lang="en", src_name=TGT, tgt_name=SRC)
        self.assertEqual(got, json.loads(out))


if __name__ == "__main__":
    unittest.main()
