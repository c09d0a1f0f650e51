"""Errors raise Python exceptions with the CLI's messages (what it prints after
"driftalign: ") and carry its exit code: a missing model, invalid UTF-8, a bad
language, bad option values."""
import os
import tempfile
import unittest

import driftalign
from cli_util import MODEL, SRC, TGT, ModelTestCase, cli_error, read


class ErrorTest(ModelTestCase):

    def assertRaisesLikeCli(self, exception, cli_args, call):
        code, message = cli_error(*cli_args)
        with self.assertRaises(exception) as raised:
            call()
        self.assertEqual(str(raised.exception), message)
        self.assertEqual(raised.exception.exit_code, code)

    def test_missing_model(self):
        missing = "models/none.dam"
        self.assertRaisesLikeCli(driftalign.ModelError, ("align", "--model", missing, SRC, TGT),
                                 lambda: driftalign.Model(missing))

    def test_default_model(self):
        saved = os.environ.pop("DRIFTALIGN_MODEL", None)
        try:
            # Found from the module's build folder, whatever the working directory.
            self.assertEqual(os.path.realpath(driftalign.Model().path), os.path.realpath(MODEL))
            os.environ["DRIFTALIGN_MODEL"] = "models/elsewhere.dam"
            self.assertRaisesLikeCli(driftalign.ModelError, ("align", SRC, TGT), driftalign.Model)
        finally:
            os.environ.pop("DRIFTALIGN_MODEL", None)
            if saved is not None:
                os.environ["DRIFTALIGN_MODEL"] = saved

    def test_corrupt_model(self):
        with tempfile.NamedTemporaryFile(suffix=".dam") as f:
            f.write(read("models/driftalign-enfr-v2.dam")[:5000])
            f.flush()
            self.assertRaisesLikeCli(driftalign.ModelError, ("align", "--model", f.name, SRC, TGT),
                                     lambda: driftalign.Model(f.name))

    def test_invalid_utf8(self):
        with tempfile.TemporaryDirectory() as tmp:
            bad = os.path.join(tmp, "bad.fr.txt")
            data = read(TGT).replace(b"Kazakhstan", b"Kaz\xe9khstan", 1)
            with open(bad, "wb") as f:
                f.write(data)
            self.assertRaisesLikeCli(
                driftalign.InputError, ("check", "--format", "json", "--model", MODEL, SRC, bad),
                lambda: self.model.check(read(SRC), data, src_name=SRC, tgt_name=bad))
            self.assertRaisesLikeCli(
                driftalign.InputError, ("align", "--model", MODEL, SRC, bad),
                lambda: self.model.align(read(SRC), data, src_name=SRC, tgt_name=bad))
            self.assertRaisesLikeCli(driftalign.InputError, ("segment", "--lang", "fr", bad),
                                     lambda: driftalign.segment(data, "fr", name=bad))
            self.assertIn("byte offset", str(self.catch(lambda: driftalign.segment(data, "fr"))))

    def test_bad_language(self):
        # The CLI's flag parser rejects --lang de before the library sees it; the
        # module's message is the segmenter's, the one the pipeline gives.
        for call in (lambda: driftalign.segment("Hallo.", "de"),
                     lambda: self.model.align("Hello.", "Hallo.", tgt_lang="de"),
                     lambda: self.model.check("Hello.", "Hallo.", tgt_lang="de")):
            error = self.catch(call)
            self.assertIsInstance(error, ValueError)
            self.assertEqual(str(error), "unsupported language 'de' (expected en or fr)")
            self.assertEqual(error.exit_code, 1)
        error = self.catch(lambda: self.model.embed(["Hallo."], "de"))
        self.assertIsInstance(error, ValueError)
        self.assertEqual(str(error), "unknown language 'de': expected en or fr")

    def test_bad_values(self):
        cases = [
            (lambda: self.model.align("A.", "B.", max_block=9), "max_block must be in 2..8, got 9"),
            (lambda: self.model.align("A.", "B.", params=["nothing=1"]), None),
            (lambda: self.model.align("A.", "B.", method="hunalign"),
             "unknown method 'hunalign': expected embedding or gale-church"),
            (lambda: self.model.check("A.", "B.", coverage="on"),
             "unknown coverage mode 'on': expected auto, model, lexical or off"),
            (lambda: self.model.check("A.", "B.", partial_min_words=0),
             "partial_min_words must be in 1..100, got 0"),
            (lambda: self.model.check("A.", "B.", quote_slack=2),
             "quote_position_slack must be in [0, 1], got 2"),
            (lambda: self.model.check("A.", "B.", parallel=True, beads="x"),
             "parallel and beads exclude each other"),
        ]
        for call, message in cases:
            error = self.catch(call)
            self.assertIsInstance(error, ValueError)
            if message is not None:
                self.assertEqual(str(error), message)
        code, message = cli_error("align", "--model", MODEL, "--param", "nothing=1", SRC, TGT)
        self.assertEqual(str(self.catch(cases[1][0])), message)

    def test_missing_beads_file(self):
        self.assertRaisesLikeCli(
            driftalign.InputError, ("check", "--model", MODEL, "--beads", "none.vecalign", SRC, TGT),
            lambda: self.model.check(read(SRC), read(TGT), beads="none.vecalign"))

    def test_wrong_types(self):
        with self.assertRaises(TypeError):
            self.model.align(1, "B.")
        with self.assertRaises(TypeError):
            self.model.embed([b"ok", 3], "en")
        with self.assertRaises(UnicodeEncodeError):  # a lone surrogate is no text
            driftalign.segment("A \ud800 B.", "en")
        self.assertTrue(issubclass(driftalign.InputError, driftalign.Error))
        self.assertTrue(issubclass(driftalign.ModelError, driftalign.Error))

    @staticmethod
    def catch(call):
        try:
            call()
        except Exception as error:  # pylint: disable=broad-except
            return error
        raise AssertionError("no exception")


if __name__ == "__main__":
    unittest.main()
