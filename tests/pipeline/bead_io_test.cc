// The vecalign bead reader (align/bead_io.h), the one reader of `check
// --beads` and `score`: good files, and every kind of bad file with the exact
// message (file, line, byte offset, what is wrong). Issue 20.
#include "align/bead_io.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "../report/test_util.h"

namespace driftalign::align {
namespace {

using report::testing_util::ScratchDir;
using report::testing_util::WriteFile;

struct BeadsCase {
  const char* text;
  std::vector<std::vector<int>> src, tgt;  // per bead
};

// Each covers 3 source and 3 target sentences.
const BeadsCase kFiles[] = {
    {"[0]:[0]\n[1, 2]:[1, 2]\n", {{0}, {1, 2}}, {{0}, {1, 2}}},
    {"[0]:[0, 1]:0.931000\n[1]:[]:0.990000\n[2]:[2]:0.5\n", {{0}, {1}, {2}}, {{0, 1}, {}, {2}}},
    {"# comment\n\n[0, 1, 2]:[0]\n  # indented comment\n[]:[1]\r\n[]:[2]", {{0, 1, 2}, {}, {}}, {{0}, {1}, {2}}},
    {"[0,1]:[0,1,2]\n[2]:[]", {{0, 1}, {2}}, {{0, 1, 2}, {}}},  // no spaces, no final newline
    {"\xEF\xBB\xBF[0 , 1 ,2]:[ 0,1, 2 ]:1e-3 \n", {{0, 1, 2}}, {{0, 1, 2}}},  // BOM, spaces
};

TEST(ReadBeadsFileTest, GoodFiles) {
  ScratchDir dir("bead_io_good");
  for (const BeadsCase& c : kFiles) {
    SCOPED_TRACE(c.text);
    const std::string path = dir.path() + "/beads.txt";
    WriteFile(path, c.text);
    for (const std::optional<SentenceCounts>& counts : {std::optional<SentenceCounts>(SentenceCounts{3, 3}),
                                                        std::optional<SentenceCounts>()}) {
      StatusOr<std::vector<Bead>> beads = ReadBeadsFile(path, counts);
      ASSERT_TRUE(beads.ok()) << beads.status().message();
      ASSERT_EQ(beads->size(), c.src.size());
      for (size_t i = 0; i < beads->size(); ++i) {
        EXPECT_EQ((*beads)[i].src, c.src[i]);
        EXPECT_EQ((*beads)[i].tgt, c.tgt[i]);
      }
    }
  }
}

TEST(ReadBeadsFileTest, KeepsTheScore) {
  StatusOr<std::vector<Bead>> beads = ParseBeads("[0]:[0]:0.25\n[1]:[1]\n", "b", SentenceCounts{2, 2});
  ASSERT_TRUE(beads.ok()) << beads.status().message();
  EXPECT_EQ((*beads)[0].score, 0.25);
  EXPECT_EQ((*beads)[1].score, Bead().score);
}

TEST(ReadBeadsFileTest, ReadsTheSeedGold) {
  // The seed pair has 26 English and 23 French sentences; the gold covers them all.
  StatusOr<std::vector<Bead>> beads =
      ReadBeadsFile(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/gold/000_001.vecalign", SentenceCounts{26, 23});
  ASSERT_TRUE(beads.ok()) << beads.status().message();
  ASSERT_FALSE(beads->empty());
  EXPECT_EQ(beads->front().src.front(), 0);
}

struct BadCase {
  const char* text;
  std::optional<SentenceCounts> counts;
  const char* message;  // after "<path>"
};

const BadCase kBad[] = {
    // Ids: no sign, no garbage, no overflow (std::stoi aborted on this one).
    {"[99999999999999999999]:[0]\n", SentenceCounts{1, 1},
     ":1 (byte offset 1): source id 99999999999999999999 is too large (ids are at most 1000000000)"},
    {"[99999999999999999999]:[0]\n", std::nullopt,
     ":1 (byte offset 1): source id 99999999999999999999 is too large (ids are at most 1000000000)"},
    {"[-1]:[0]\n", SentenceCounts{2, 1},
     ":1 (byte offset 0): expected a bead like \"[0, 1]:[2]\" or \"[0]:[1, 2]:0.9\", got \"[-1]:[0]\""},
    {"[x1y2]:[0]\n", std::nullopt,
     ":1 (byte offset 0): expected a bead like \"[0, 1]:[2]\" or \"[0]:[1, 2]:0.9\", got \"[x1y2]:[0]\""},
    {"[0]:[0]\n[1,,2]:[1]\n", std::nullopt,
     ":2 (byte offset 8): expected a bead like \"[0, 1]:[2]\" or \"[0]:[1, 2]:0.9\", got \"[1,,2]:[1]\""},
    {"[0]:[0]\n[1]:[1]:0.5x\n", std::nullopt,
     ":2 (byte offset 8): expected a bead like \"[0, 1]:[2]\" or \"[0]:[1, 2]:0.9\", got \"[1]:[1]:0.5x\""},
    {"0:0\n", SentenceCounts{1, 1},
     ":1 (byte offset 0): expected a bead like \"[0, 1]:[2]\" or \"[0]:[1, 2]:0.9\", got \"0:0\""},
    // Scores must be finite.
    {"[0]:[0]:nan\n", std::nullopt, ":1 (byte offset 8): the score \"nan\" is not a finite number"},
    {"[0]:[0]:-inf\n", std::nullopt, ":1 (byte offset 8): the score \"-inf\" is not a finite number"},
    // Range.
    {"[0]:[0]\n[1]:[3]\n", SentenceCounts{2, 3},
     ":2 (byte offset 13): target id 3 out of range (the target has 3 sentences)"},
    // Order and duplicates (with and without counts).
    {"[0]:[0]\n[0]:[1]\n", SentenceCounts{1, 2},
     ":2 (byte offset 9): source id 0 is already in the bead on line 1 (a sentence belongs to one bead)"},
    {"[0]:[0]\n[0]:[0]\n", std::nullopt,
     ":2 (byte offset 9): source id 0 is already in the bead on line 1 (a sentence belongs to one bead)"},
    {"[0, 0]:[0]\n", std::nullopt,
     ":1 (byte offset 4): source id 0 is already in the bead on line 1 (a sentence belongs to one bead)"},
    {"[1]:[0]\n[0]:[1]\n", std::nullopt, ":2 (byte offset 9): source id 0 comes after id 1 (beads must follow the text order)"},
    {"[2, 1]:[0]\n", std::nullopt, ":1 (byte offset 4): source id 1 comes after id 2 (beads must follow the text order)"},
    // Coverage, with counts: consecutive ids, no gap, nothing left over.
    {"[0, 2]:[0]\n", SentenceCounts{3, 1},
     ":1 (byte offset 4): source id 2 does not follow id 0 (the ids of a bead must be consecutive)"},
    {"[0]:[0]\n[3]:[1]\n", SentenceCounts{4, 2},
     ":2 (byte offset 9): source sentences 1 to 2 are in no bead (every sentence must be in one bead)"},
    {"[0]:[1]\n", SentenceCounts{1, 2},
     ":1 (byte offset 5): target sentence 0 is in no bead (every sentence must be in one bead)"},
    {"[0]:[0]\n", SentenceCounts{3, 1},
     ": end of file (byte offset 8): the source has 3 sentences, the beads cover only 0 to 0"},
    {"", SentenceCounts{3, 1}, ": end of file (byte offset 0): the source has 3 sentences, the beads cover none of them (no beads)"},
    {"# nothing\n", std::nullopt, ": no beads (the file is empty or holds only comments)"},
    {"[]:[]\n", std::nullopt, ":1 (byte offset 0): a bead with no sentence ([]:[])"},
};

TEST(ReadBeadsFileTest, BadFilesSayWhereAndWhat) {
  ScratchDir dir("bead_io_bad");
  const std::string path = dir.path() + "/beads.va";
  for (const BadCase& c : kBad) {
    SCOPED_TRACE(c.text);
    WriteFile(path, c.text);
    StatusOr<std::vector<Bead>> beads = ReadBeadsFile(path, c.counts);
    ASSERT_FALSE(beads.ok());
    EXPECT_EQ(beads.status().code(), StatusCode::kInputError);
    EXPECT_EQ(beads.status().message(), path + c.message);
  }
}

TEST(ReadBeadsFileTest, EmptyTextsTakeAnEmptyFile) {
  StatusOr<std::vector<Bead>> beads = ParseBeads("", "b", SentenceCounts{0, 0});
  ASSERT_TRUE(beads.ok()) << beads.status().message();
  EXPECT_TRUE(beads->empty());
}

TEST(ReadBeadsFileTest, MissingFileAndDirectory) {
  ScratchDir dir("bead_io_files");
  StatusOr<std::vector<Bead>> none = ReadBeadsFile(dir.path() + "/none", SentenceCounts{1, 1});
  ASSERT_FALSE(none.ok());
  EXPECT_EQ(none.status().message(), dir.path() + "/none: cannot open: No such file or directory");
  StatusOr<std::vector<Bead>> directory = ReadBeadsFile(dir.path(), std::nullopt);
  ASSERT_FALSE(directory.ok());
  EXPECT_EQ(directory.status().message(), dir.path() + ": is a directory, not a file");
}

}  // namespace
}  // namespace driftalign::align
