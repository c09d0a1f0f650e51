"""What the tests of the Python module share: the driftalign binary of the same
build, the seed pair and the default model (paths from the environment ctest
sets: DRIFTALIGN_BINARY, DRIFTALIGN_SOURCE_DIR), and a runner for the CLI."""
import os
import re
import subprocess
import unittest

import driftalign

SOURCE_DIR = os.environ.get(
    "DRIFTALIGN_SOURCE_DIR", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
BINARY = os.environ.get("DRIFTALIGN_BINARY", os.path.join(SOURCE_DIR, "build", "driftalign"))
MODEL = os.path.join(SOURCE_DIR, "models", "driftalign-enfr-v2.dam")
# The seed pair, as the CLI is given it (run from SOURCE_DIR: the reports record these paths).
SRC = "corpus/000_cade94ca1d686b93.txt"
TGT = "corpus/001_b5b62dc4b4f44fa5.txt"


def read(path):
    """The bytes of `path`, relative to the source directory."""
    with open(os.path.join(SOURCE_DIR, path), "rb") as f:
        return f.read()


def run_cli(*args):
    """Runs the driftalign binary in the source directory: (exit code, stdout bytes, stderr text)."""
    done = subprocess.run([BINARY, *args], cwd=SOURCE_DIR, capture_output=True, check=False)
    return done.returncode, done.stdout, done.stderr.decode("utf-8")


def cli_error(*args):
    """(exit code, message) of a failing run: its stderr's last line without "driftalign: " or
    "driftalign VERB: "."""
    code, _, err = run_cli(*args)
    assert code != 0, args
    line = err.strip().splitlines()[-1]
    return code, re.sub(r"^driftalign( [a-z-]+)?: ", "", line)


class ModelTestCase(unittest.TestCase):
    """A test case with the default model loaded once (skipped without the model file)."""

    model = None

    @classmethod
    def setUpClass(cls):
        if not os.path.exists(MODEL):
            raise unittest.SkipTest("no model file " + MODEL)
        cls.model = driftalign.Model(MODEL)
