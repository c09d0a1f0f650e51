// Acceptance of issue 7 on the seed pair corpus/000 (en) <-> corpus/001 (fr):
// `driftalign check --format html|tmx|xliff|moses` end to end, each output
// checked the way its users will read it (xmllint with the shipped TMX DTD,
// translate-toolkit, line counts). Needs the shipped model (skipped without);
// labelled slow (several seconds): ctest -L slow -R FormatsCli
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "test_util.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;
using testing_util::ReadFile;
using testing_util::RunCommand;

class FormatsCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(std::string(DRIFTALIGN_SOURCE_DIR) + "/models/driftalign-enfr-v2.dam"))
      GTEST_SKIP() << "models/driftalign-enfr-v2.dam not present";
    json_ = Json::parse(Check("json", dir_ + "/seed.json"));
  }
  // Runs check on the seed pair; returns what was written to `out`.
  std::string Check(const std::string& format, const std::string& out, const std::string& extra = "") {
    int status = -1;
    RunCommand(std::string("cd ") + DRIFTALIGN_SOURCE_DIR + " && SOURCE_DATE_EPOCH= " + DRIFTALIGN_BINARY +
                   " check corpus/000_cade94ca1d686b93.txt corpus/001_b5b62dc4b4f44fa5.txt --format " + format +
                   " " + extra + " -o " + out + " 2>/dev/null",
               &status);
    EXPECT_EQ(status, 0) << format;
    return ReadFile(out);
  }
  size_t Beads(bool aligned_only) const {
    size_t n = 0;
    for (const Json& b : json_["beads"]) n += !aligned_only || (!b["src"].empty() && !b["tgt"].empty());
    return n;
  }
  testing_util::ScratchDir scratch_{"formats_cli"};
  const std::string& dir_ = scratch_.path();
  Json json_;
};

size_t Lines(const std::string& s) {
  size_t n = 0;
  for (char c : s) n += c == '\n';
  return n;
}

// translate-toolkit reads `file` back as `kind` (tmx, xliff): one line per
// unit, `units` of them (the check runs where ttk_readback.py runs).
void ExpectReadBack(const std::string& kind, const std::string& file, size_t units) {
  int status = -1;
  std::string out = RunCommand(std::string("/usr/bin/python3 ") + DRIFTALIGN_SOURCE_DIR +
                                   "/tests/report/ttk_readback.py " + kind + " " + file,
                               &status);
  if (status == 0) {
    EXPECT_EQ(Lines(out), units) << kind;
  }
}

TEST_F(FormatsCliTest, TmxIsValidAndReadBack) {
  Check("tmx", dir_ + "/seed.tmx");
  int status = -1;
  std::string out = RunCommand("xmllint --noout --valid --path " + std::string(DRIFTALIGN_TEST_DATA) + "/report " +
                                   dir_ + "/seed.tmx 2>&1",
                               &status);
  EXPECT_EQ(status, 0) << out;
  ExpectReadBack("tmx", dir_ + "/seed.tmx", Beads(/*aligned_only=*/true));
}

TEST_F(FormatsCliTest, XliffBothVersions) {
  Check("xliff", dir_ + "/seed.xlf");
  Check("xliff", dir_ + "/seed2.xlf", "--xliff-version 2");
  int status = -1;
  std::string out = RunCommand("xmllint --noout " + dir_ + "/seed.xlf " + dir_ + "/seed2.xlf 2>&1", &status);
  EXPECT_EQ(status, 0) << out;
  ExpectReadBack("xliff", dir_ + "/seed.xlf", Beads(/*aligned_only=*/false));
}

TEST_F(FormatsCliTest, HtmlAndMoses) {
  std::string html = Check("html", dir_ + "/seed.html");
  size_t rows = 0;
  for (size_t at = html.find("<tr id=\"b"); at != std::string::npos; at = html.find("<tr id=\"b", at + 1)) ++rows;
  EXPECT_EQ(rows, Beads(false));
  std::string tsv = Check("moses", dir_ + "/seed");
  EXPECT_EQ(Lines(tsv), Beads(true));
  EXPECT_EQ(Lines(ReadFile(dir_ + "/seed.en")), Beads(true));
  EXPECT_EQ(Lines(ReadFile(dir_ + "/seed.fr")), Beads(true));
  Json manifest = Json::parse(ReadFile(dir_ + "/seed.manifest.json"));
  EXPECT_EQ(manifest["inputs"][0]["sha256"], json_["src"]["sha256"]);
  EXPECT_FALSE(manifest["icu_version"].get<std::string>().empty());
  EXPECT_FALSE(manifest["tool"]["git_commit"].get<std::string>().empty());
  EXPECT_EQ(Check("moses", dir_ + "/seed-keep", "--keep-null"), Check("moses", dir_ + "/seed-keep2", "--keep-null"));
  EXPECT_EQ(Lines(Check("moses", dir_ + "/seed-keep", "--keep-null")), Beads(false));
}

}  // namespace
}  // namespace driftalign::report
