// The align and score verbs as a user runs them: exit codes, messages that
// name the file, every sentence in exactly one bead, same bytes twice.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <sys/wait.h>

#include "align/alignment_metrics.h"
#include "align/bead_io.h"
#include "text/input.h"

namespace driftalign::align {
namespace {

struct Result {
  int code = -1;
  std::string out;  // stdout and stderr
};

Result Driftalign(const std::string& args) {
  Result r;
  const std::string cmd = std::string(DRIFTALIGN_BINARY) + " " + args + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 4096> buf;
  size_t got;
  while ((got = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), got);
  const int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

const std::string kEn = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/000_cade94ca1d686b93.txt";
const std::string kFr = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/001_b5b62dc4b4f44fa5.txt";

TEST(AlignCliTest, ExitCodes) {
  struct Case { std::string args; int code; const char* message; };
  const Case cases[] = {
      {"align " + kEn + " " + kFr + " --model /nonexistent/m.dam", 2, "/nonexistent/m.dam"},
      {"align " + kEn + " /nonexistent/x.txt --method gale-church", 2, "/nonexistent/x.txt"},
      {"align " + kEn + " " + kFr + " --max-block 9", 1, "max-block"},
      {"align " + kEn + " " + kFr + " --format xml", 1, "format"},
      {"align " + kEn + " " + kFr + " --method gale-church --param nonsense=1", 1, "nonsense"},
      {"align - -", 1, "stdin"},
      {"score -g /nonexistent/g -p /nonexistent/p", 2, "/nonexistent/g"},
      {"score -g a -g b -p c", 1, "pairs"},
  };
  for (const Case& c : cases) {
    Result r = Driftalign(c.args);
    EXPECT_EQ(r.code, c.code) << c.args << "\n" << r.out;
    EXPECT_NE(r.out.find(c.message), std::string::npos) << c.args << "\n" << r.out;
  }
}

TEST(AlignCliTest, BaselineCoversEverySentenceAndIsDeterministic) {
  Result a = Driftalign("align --method gale-church --format vecalign " + kEn + " " + kFr);
  Result b = Driftalign("align --method gale-church --format vecalign " + kEn + " " + kFr);
  ASSERT_EQ(a.code, 0) << a.out;
  EXPECT_EQ(a.out, b.out);
  StatusOr<std::vector<Bead>> beads = ParseBeads(a.out, "out", SentenceCounts{26, 23});
  ASSERT_TRUE(beads.ok());
  int i = 0, j = 0;
  for (const Bead& bead : *beads) {
    for (int s : bead.src) EXPECT_EQ(s, i++);
    for (int t : bead.tgt) EXPECT_EQ(t, j++);
  }
  EXPECT_EQ(i, 26);
  EXPECT_EQ(j, 23);
}

TEST(AlignCliTest, JsonNamesTheModelBySha256) {
  // The model's hash is computed on another thread while the aligner runs;
  // it must still be the file's sha256 in every format that names the model.
  const std::string model = std::string(DRIFTALIGN_SOURCE_DIR) + "/models/driftalign-enfr-v2.dam";
  std::ifstream in(model, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_GT(bytes.size(), 1000u);
  const std::string want = text::Sha256Hex(bytes);
  for (const char* format : {"json", "jsonl", "html", "tmx", "xliff"}) {
    Result r = Driftalign(std::string("align --format ") + format + " --model " + model + " " + kEn + " " + kFr);
    ASSERT_EQ(r.code, 0) << r.out;
    EXPECT_NE(r.out.find(want), std::string::npos) << format;
  }
}

TEST(AlignCliTest, StdinAndEmptySide) {
  Result r = Driftalign("align --method gale-church --format vecalign --presegmented - " + kFr +
                        " < /dev/null");
  ASSERT_EQ(r.code, 0) << r.out;
  EXPECT_NE(r.out.find("no sentences"), std::string::npos) << r.out;  // the warning
  EXPECT_NE(r.out.find("[]:[0]:"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("[0]:["), std::string::npos) << r.out;
}

}  // namespace
}  // namespace driftalign::align
