// Hostile inputs through the real binary (issue 20): bead files that used to
// crash or be read silently wrong, directories and a closed stdin where a
// file or text is expected, score's checks, --model DIR. Each case gives the
// exit code of docs/cli.md and a message naming the file (and offset).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

struct Result {
  int exit_code = -1;
  std::string out, err;
};

class BadInputsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = (fs::path(::testing::TempDir()) / ("driftalign-bad-inputs." + std::to_string(::getpid()))).string();
    fs::create_directories(dir_ + "/a-directory");
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  // figures.txt: one sentence of 3 MB of figures, more than a 200-250 MB
  // address space allows to check (the out-of-memory tests).
  std::string WriteFiguresSentence() {
    std::string figures = "They counted ";
    while (figures.size() < 3000000) figures += "12 wounded, 3,500 people, 7% and 2.6 million, ";
    return Write("figures.txt", figures + "in all.\n");
  }

  // Runs `driftalign ARGS` through /bin/sh (so ARGS may redirect).
  Result Run(const std::string& args) {
    const std::string out = dir_ + "/stdout", err = dir_ + "/stderr";
    // Model stamps go to a cache of this test (embed/verified_stamp.h).
    const std::string cmd = "cd " + dir_ + " && DRIFTALIGN_CACHE_DIR=" + dir_ + "/cache " + DRIFTALIGN_BINARY + " " +
                            args + " >" + out + " 2>" + err;
    const int status = std::system(cmd.c_str());
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    std::stringstream so, se;
    so << std::ifstream(out).rdbuf();
    se << std::ifstream(err).rdbuf();
    r.out = so.str();
    r.err = se.str();
    return r;
  }

  std::string dir_;
};

const std::string kEn = DRIFTALIGN_SOURCE_DIR "/corpus/000_cade94ca1d686b93.txt";  // 26 sentences
const std::string kFr = DRIFTALIGN_SOURCE_DIR "/corpus/001_b5b62dc4b4f44fa5.txt";  // 23 sentences

struct Case {
  std::string beads;
  std::string message;  // on stderr, after "driftalign: <path>"
};

TEST_F(BadInputsCliTest, CheckBeadsRejectsBadFiles) {
  const std::vector<Case> cases = {
      // std::stoi threw std::out_of_range here: exit 134.
      {"[99999999999999999999]:[0]\n", ":1 (byte offset 1): source id 99999999999999999999 is too large"},
      // Read as [1]:[0] and [1,2]:[0].
      {"[-1]:[0]\n", ":1 (byte offset 0): expected a bead like"},
      {"[x1y2]:[0]\n", ":1 (byte offset 0): expected a bead like"},
      // Out of order, duplicated, partial: all accepted before.
      {"[1]:[0]\n[0]:[1]\n", ":1 (byte offset 1): source sentence 0 is in no bead"},
      {"[0]:[0]\n[0]:[1]\n", ":2 (byte offset 9): source id 0 is already in the bead on line 1"},
      {"[0]:[0]\n[1]:[1]\n", ": end of file (byte offset 16): the source has 26 sentences, the beads cover only 0 to 1"},
      // "0 error(s) in 0 beads" before.
      {"", ": end of file (byte offset 0): the source has 26 sentences, the beads cover none of them (no beads)"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.beads);
    const std::string beads = Write("b.va", c.beads);
    Result r = Run("check --coverage lexical --beads " + beads + " " + kEn + " " + kFr);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("driftalign: " + beads + c.message), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
  Result r = Run("check --coverage lexical --beads a-directory " + kEn + " " + kFr);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "driftalign: a-directory: is a directory, not a file\n");
}

TEST_F(BadInputsCliTest, DirectoryWhereAFileIsExpected) {
  const std::string d = "a-directory";
  const std::vector<std::string> commands = {
      "segment " + d,
      "align --method gale-church " + d + " " + kFr,
      "check --method gale-church --coverage lexical " + kEn + " " + d,
      "batch --method gale-church " + d,
      "score -g " + d + " -p " + d,
      "embed " + d,
      "tokenize " + d,
  };
  for (const std::string& c : commands) {
    Result r = Run(c);
    EXPECT_EQ(r.exit_code, 2) << c << "\n" << r.err;
    EXPECT_EQ(r.err, "driftalign: a-directory: is a directory, not a file\n") << c;
    EXPECT_EQ(r.out, "") << c;
  }
  Result r = Run("align --model " + d + " " + kEn + " " + kFr);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("a-directory: is a directory, not a file (--model takes the model file"), std::string::npos)
      << r.err;
}

TEST_F(BadInputsCliTest, ClosedStdinIsAnError) {
  const std::string closed = "driftalign: <stdin>: standard input is closed; give a file name or pipe the input in\n";
  const std::vector<std::string> commands = {"check --method gale-church --coverage lexical - " + kFr + " <&-",
                                             "check --method gale-church --coverage lexical " + kEn + " - <&-",
                                             "segment - <&-", "batch --method gale-church - <&-",
                                             "batch --method gale-church <&-"};
  for (const std::string& c : commands) {
    Result r = Run(c);
    EXPECT_EQ(r.exit_code, 2) << c << "\n" << r.err;
    EXPECT_EQ(r.err, closed) << c;
    EXPECT_EQ(r.out, "") << c;
  }
}

// --max-sentences (issue 20: an input of millions of tiny sentences would
// cost ~1.7 KB a sentence through align): over the limit is exit 2 naming the
// file and the byte offset where the limit was passed; at the limit, a run.
TEST_F(BadInputsCliTest, MoreSentencesThanTheLimitIsRefused) {
  const std::string five = Write("five.txt", "Yes.\nNo.\nMaybe.\nWhy?\nBecause.\n");     // sentence 5 at byte 21
  const std::string one_line = Write("line.txt", "It rained. We left. They stayed. He slept.\n");  // sentence 4 at byte 33
  const std::vector<std::pair<std::string, std::string>> refused = {
      {"segment --max-sentences 4 five.txt", "five.txt: more than 4 sentences"},
      {"segment --max-sentences 3 line.txt", "line.txt: more than 3 sentences"},
      {"align --method gale-church --max-sentences 4 five.txt " + kFr, "five.txt: more than 4 sentences"},
      {"check --method gale-church --coverage lexical --max-sentences 20 " + kEn + " " + kFr,
       "000_cade94ca1d686b93.txt: more than 20 sentences"},
      {"compare --max-sentences 4 five.txt five.txt", "five.txt: more than 4 sentences"},
  };
  for (const auto& [c, message] : refused) {
    Result r = Run(c);
    EXPECT_EQ(r.exit_code, 2) << c << "\n" << r.err;
    EXPECT_NE(r.err.find(message + " (the limit; --max-sentences changes it, 0 lifts it): sentence "),
              std::string::npos)
        << c << "\n" << r.err;
    EXPECT_EQ(r.out, "") << c;
  }
  EXPECT_NE(Run("segment --max-sentences 4 five.txt").err.find("sentence 5 starts at byte offset 21\n"),
            std::string::npos);
  EXPECT_NE(Run("segment --max-sentences 3 line.txt").err.find("sentence 4 starts at byte offset 33\n"),
            std::string::npos);
  const std::vector<std::string> accepted = {"segment --max-sentences 5 five.txt", "segment --max-sentences 0 five.txt",
                                             "segment five.txt",
                                             "align --method gale-church --max-sentences 23 " + kFr + " " + kFr};
  for (const std::string& c : accepted) {
    Result r = Run(c);
    EXPECT_EQ(r.exit_code, 0) << c << "\n" << r.err;
  }
}

// An input that needs more memory than the process may have is a message
// and exit 2, not an uncaught std::bad_alloc (exit 134): 3 MB of figures in
// one sentence under a 200 MB address-space limit (ulimit -v).
TEST_F(BadInputsCliTest, OutOfMemoryIsAMessageNotACrash) {
#ifdef DRIFTALIGN_SANITIZED
  GTEST_SKIP() << "ulimit -v leaves no room for the sanitizer's shadow memory";
#endif
  WriteFiguresSentence();
  // Run() appends the output redirections to the subshell that sets the limit.
  const Result r = Run("--version >/dev/null; (ulimit -v 200000; " + std::string(DRIFTALIGN_BINARY) +
                       " check --method gale-church --coverage lexical figures.txt " + kFr + ")");
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("driftalign: out of memory: the input needs more memory than this process may use"),
            std::string::npos)
      << r.err;
}

// In batch, a pair that needs more memory than the process may use is an
// error record and the next pair still completes (the allocation fails on a
// worker thread, where an uncaught exception would end the process).
TEST_F(BadInputsCliTest, OutOfMemoryInBatchIsAnErrorRecord) {
#ifdef DRIFTALIGN_SANITIZED
  GTEST_SKIP() << "ulimit -v leaves no room for the sanitizer's shadow memory";
#endif
  const std::string big = WriteFiguresSentence();
  const std::string manifest = Write("pairs.tsv", "big\t" + big + "\t" + kFr + "\nseed\t" + kEn + "\t" + kFr + "\n");
  const Result r = Run("--version >/dev/null; (ulimit -v 250000; " + std::string(DRIFTALIGN_BINARY) +
                       " batch --threads 1 --method gale-church " + manifest + ")");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines;
  std::stringstream out(r.out);
  for (std::string line; std::getline(out, line);) lines.push_back(line);
  ASSERT_EQ(lines.size(), 2u) << r.out << r.err;
  EXPECT_NE(lines[0].find("\"id\":\"big\",\"status\":\"error\""), std::string::npos) << lines[0].substr(0, 300);
  EXPECT_NE(lines[0].find("not enough memory to align and check this pair"), std::string::npos) << lines[0].substr(0, 300);
  EXPECT_NE(lines[1].find("\"id\":\"seed\",\"status\":\"ok\""), std::string::npos) << lines[1].substr(0, 300);
}

TEST_F(BadInputsCliTest, ScoreChecksItsBeadFiles) {
  const std::string gold = Write("gold.va", "[0]:[0]\n[1]:[1]\n");
  struct ScoreCase {
    std::string pred, message;
  };
  const std::vector<ScoreCase> cases = {
      {"[0]:[0]:nan\n[1]:[1]\n", ":1 (byte offset 8): the score \"nan\" is not a finite number"},
      {"[0]:[0]:inf\n[1]:[1]\n", ":1 (byte offset 8): the score \"inf\" is not a finite number"},
      {"[0]:[0]\n[0]:[1]\n", ":2 (byte offset 9): source id 0 is already in the bead on line 1"},
      {"[99999999999999999999]:[0]\n", ":1 (byte offset 1): source id 99999999999999999999 is too large"},
      {"", ": no beads (the file is empty or holds only comments)"},
      // No "--replace-invalid" advice: score has no such flag.
      {"[0]:[0]:0.5 \xE9\n", ": byte offset 12: invalid UTF-8 (byte 0xE9); convert the file to UTF-8 (e.g. iconv -f "
                             "LATIN1 -t UTF-8)\n"},
  };
  for (const ScoreCase& c : cases) {
    SCOPED_TRACE(c.pred);
    const std::string pred = Write("pred.va", c.pred);
    Result r = Run("score -g " + gold + " -p " + pred);
    EXPECT_EQ(r.exit_code, 2) << r.err;
    EXPECT_NE(r.err.find("driftalign: " + pred + c.message), std::string::npos) << r.err;
  }
  Result ok = Run("score -g " + gold + " -p " + gold);
  EXPECT_EQ(ok.exit_code, 0) << ok.err;
}

const std::string kModel = DRIFTALIGN_SOURCE_DIR "/models/driftalign-enfr-v2.dam";

// Rewrites the byte at `offset` of `path` in place (xor 0x5a).
void FlipByte(const std::string& path, size_t offset) {
  std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
  f.seekg(static_cast<std::streamoff>(offset));
  const char c = static_cast<char>(f.get());
  f.seekp(static_cast<std::streamoff>(offset));
  f.put(static_cast<char>(c ^ 0x5a));
}

// The payload checksum was verified only by `embed --verify-model`: 20 of 20
// flipped body bytes went through check/align/batch, 8 changing bead scores.
TEST_F(BadInputsCliTest, EveryVerbRefusesAModelWithAFlippedBodyByte) {
  if (!fs::exists(kModel)) GTEST_SKIP() << "no shipped model at " << kModel;
  const std::string model = dir_ + "/corrupt.dam";
  fs::copy_file(kModel, model);
  FlipByte(model, fs::file_size(model) / 2);
  const std::string manifest = Write("manifest.tsv", "a\t" + kEn + "\t" + kFr + "\n");
  const std::string mismatch = "driftalign: " + model + ": payload checksum mismatch (bytes ";
  const std::vector<std::string> commands = {"check --model " + model + " " + kEn + " " + kFr,
                                             "align --model " + model + " " + kEn + " " + kFr,
                                             "batch --model " + model + " " + manifest,
                                             "embed --model " + model + " " + kEn};
  for (const std::string& c : commands) {
    Result r = Run(c);
    EXPECT_EQ(r.exit_code, 2) << c << "\n" << r.err;
    EXPECT_EQ(r.err.rfind(mismatch, 0), 0u) << c << "\n" << r.err;
    EXPECT_NE(r.err.find("the model file is corrupt; re-copy or rebuild it"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "") << c;
  }
}

// Verified once per model file: the stamp of a good file is written on the
// first load; a write to the file afterwards makes the next load verify again.
TEST_F(BadInputsCliTest, AStampedModelChangedInPlaceIsVerifiedAgain) {
  if (!fs::exists(kModel)) GTEST_SKIP() << "no shipped model at " << kModel;
  const std::string model = dir_ + "/good.dam";
  fs::copy_file(kModel, model);
  Result first = Run("embed --model " + model + " " + kEn);
  ASSERT_EQ(first.exit_code, 0) << first.err;
  size_t stamps = 0;
  for (const auto& e : fs::directory_iterator(dir_ + "/cache")) {
    stamps += e.path().filename().string().rfind("verified-model-", 0) == 0;
  }
  EXPECT_EQ(stamps, 1u);
  EXPECT_EQ(Run("embed --model " + model + " " + kEn).exit_code, 0);
  FlipByte(model, fs::file_size(model) - 100);
  Result changed = Run("embed --model " + model + " " + kEn);
  EXPECT_EQ(changed.exit_code, 2);
  EXPECT_NE(changed.err.find(model + ": payload checksum mismatch"), std::string::npos) << changed.err;
}

}  // namespace
