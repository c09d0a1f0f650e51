// The vecalign bead reader (align/bead_io.h) on well-formed files.
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

const BeadsCase kFiles[] = {
    {"[0]:[0]\n[1, 2]:[1]\n", {{0}, {1, 2}}, {{0}, {1}}},
    {"[0]:[0, 1]:0.931000\n[1]:[]:0.990000\n[]:[2]:0.5\n", {{0}, {1}, {}}, {{0, 1}, {}, {2}}},
    {"# comment\n\n[0]:[0]\n", {{0}}, {{0}}},
    {"[0,1]:[0,1,2]", {{0, 1}}, {{0, 1, 2}}},  // no spaces, no final newline
    {"", {}, {}},
};

TEST(ReadBeadsFileTest, GoodFiles) {
  ScratchDir dir("bead_io_good");
  for (const BeadsCase& c : kFiles) {
    SCOPED_TRACE(c.text);
    const std::string path = dir.path() + "/beads.txt";
    WriteFile(path, c.text);
    StatusOr<std::vector<Bead>> beads = ReadBeadsFile(path, 3, 3);
    ASSERT_TRUE(beads.ok()) << beads.status().message();
    ASSERT_EQ(beads->size(), c.src.size());
    for (size_t i = 0; i < beads->size(); ++i) {
      EXPECT_EQ((*beads)[i].src, c.src[i]);
      EXPECT_EQ((*beads)[i].tgt, c.tgt[i]);
      EXPECT_EQ((*beads)[i].score, 1.0);  // a score in the file is ignored
    }
  }
}

TEST(ReadBeadsFileTest, ReadsTheSeedGold) {
  StatusOr<std::vector<Bead>> beads =
      ReadBeadsFile(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/gold/000_001.vecalign", 1000, 1000);
  ASSERT_TRUE(beads.ok()) << beads.status().message();
  ASSERT_FALSE(beads->empty());
  EXPECT_EQ(beads->front().src.front(), 0);
}

TEST(ReadBeadsFileTest, IdOutOfRangeAndMissingFile) {
  ScratchDir dir("bead_io_range");
  const std::string path = dir.path() + "/beads.txt";
  WriteFile(path, "[0]:[0]\n[1]:[3]\n");
  StatusOr<std::vector<Bead>> beads = ReadBeadsFile(path, 2, 3);
  ASSERT_FALSE(beads.ok());
  EXPECT_EQ(beads.status().message(), path + ":2: target id 3 out of range (the target has 3 sentences)");
  EXPECT_EQ(ReadBeadsFile(dir.path() + "/none", 1, 1).status().message(),
            dir.path() + "/none: cannot open the beads file");
  WriteFile(path, "0:0\n");
  EXPECT_EQ(ReadBeadsFile(path, 1, 1).status().message(),
            path + ":1: expected a bead like [0, 1]:[2], got \"0:0\"");
}

}  // namespace
}  // namespace driftalign::align
