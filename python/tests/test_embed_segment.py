"""driftalign.segment gives the lines of `driftalign segment --format jsonl`;
model.embed gives the array of `driftalign embed --format npy` (numpy.load)."""
import io
import json
import unittest

import numpy

import driftalign
from cli_util import MODEL, SRC, TGT, ModelTestCase, read, run_cli


class SegmentTest(unittest.TestCase):

    def test_segment_equals_the_cli(self):
        cases = [(SRC, "en", ()), (TGT, "fr", ()), (SRC, "en", ("--no-structure",)),
                 (TGT, "fr", ("--presegmented",))]
        for path, lang, flags in cases:
            with self.subTest(path=path, flags=flags):
                code, out, err = run_cli("segment", "--format", "jsonl", "--lang", lang, *flags, path)
                self.assertEqual(code, 0, err)
                expected = [json.loads(line) for line in out.decode("utf-8").splitlines()]
                got = driftalign.segment(read(path), lang, presegmented="--presegmented" in flags,
                                         no_structure="--no-structure" in flags)
                self.assertEqual(got, expected)

    def test_offsets_are_utf8_bytes(self):
        text = "Le président a parlé. « Il part », dit-il.\n"
        sentences = driftalign.segment(text, "fr")
        data = text.encode("utf-8")
        self.assertEqual(len(sentences), 2)
        for s in sentences:
            self.assertEqual(data[s["begin"]:s["end"]].decode("utf-8"), s["text"])
        self.assertEqual(sentences[0]["end"], len("Le président a parlé.".encode("utf-8")))

    def test_replace_invalid(self):
        sentences = driftalign.segment(b"One \xff two. Three.", "en", replace_invalid=True)
        self.assertEqual([s["text"] for s in sentences], ["One ? two.", "Three."])
        # A str read with errors="surrogateescape" gives back the file's bytes.
        escaped = b"One \xff two.".decode("utf-8", "surrogateescape")
        self.assertEqual(driftalign.segment(escaped, "en", replace_invalid=True)[0]["text"], "One ? two.")


class EmbedTest(ModelTestCase):

    def test_embed_equals_the_cli(self):
        for path, lang in ((SRC, "en"), (TGT, "fr")):
            with self.subTest(path=path):
                code, out, err = run_cli("embed", "--format", "npy", "--model", MODEL, "--lang", lang, path)
                self.assertEqual(code, 0, err)
                expected = numpy.load(io.BytesIO(out))
                sentences = [s["text"] for s in driftalign.segment(read(path), lang)]
                got = self.model.embed(sentences, lang)
                self.assertEqual(got.dtype, numpy.float32)
                self.assertEqual(got.shape, (len(sentences), self.model.dim))
                self.assertTrue(got.flags["C_CONTIGUOUS"])
                numpy.testing.assert_array_equal(got, expected)

    def test_embed_shapes(self):
        self.assertEqual(self.model.embed([], "en").shape, (0, self.model.dim))
        v = self.model.embed(["The president spoke.", "Hello."], "en")
        self.assertEqual(v.shape, (2, self.model.dim))
        numpy.testing.assert_allclose(numpy.linalg.norm(v, axis=1), 1.0, rtol=1e-5)
        en = self.model.embed(["The police arrested 2,000 people."], "en")[0]
        fr = self.model.embed(["La police a arrêté 2.000 personnes."], "fr")[0]
        other = self.model.embed(["Le ministre a parlé du budget de l'école."], "fr")[0]
        self.assertGreater(float(en @ fr), float(en @ other))


if __name__ == "__main__":
    unittest.main()
