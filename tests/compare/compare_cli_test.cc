// driftalign compare end to end on the five seed stories (issue 17): every
// conflict of the hand-made gold (tests/data/compare/seed_gold.json) is found
// and no agreement is reported as a conflict, scored by
// scripts/compare_eval.py; the JSON contract; the text output's order; bad
// input (one file, an empty file, a binary file, a --lang list of the wrong
// length) gives a clear message and the documented exit code.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "../report/test_util.h"

namespace driftalign::compare {
namespace {

using Json = nlohmann::json;
using report::testing_util::ReadFile;
using report::testing_util::RunCommand;
using report::testing_util::WriteFile;

const std::string kSource = DRIFTALIGN_SOURCE_DIR;
const std::string kBinary = DRIFTALIGN_BINARY;

std::string Seeds() {
  std::string s;
  for (const char* f : {"000_cade94ca1d686b93.txt", "001_b5b62dc4b4f44fa5.txt", "002_450d3b2fe5f1e130.txt",
                        "003_a78af1fe0153eff0.txt", "004_31e8c4df6d115025.txt"}) {
    s += " " + kSource + "/corpus/" + f;
  }
  return s;
}

class CompareCliTest : public ::testing::Test {
 protected:
  std::string Compare(const std::string& args, int* status) {
    return RunCommand(kBinary + " compare " + args + " 2>" + dir_ + "/stderr.txt", status);
  }
  std::string Stderr() { return ReadFile(dir_ + "/stderr.txt"); }
  report::testing_util::ScratchDir scratch_{"compare_cli_test"};
  const std::string& dir_ = scratch_.path();
};

TEST_F(CompareCliTest, SeedStoriesEveryGoldConflictAndNoAgreementAsConflict) {
  int status = -1;
  const std::string out =
      RunCommand("python3 " + kSource + "/scripts/compare_eval.py --json --binary " + kBinary + " " + kSource +
                     "/tests/data/compare/seed_gold.json 2>" + dir_ + "/stderr.txt",
                 &status);
  ASSERT_EQ(status, 0) << Stderr();
  const Json total = Json::parse(out)["total"];
  EXPECT_EQ(total["gold_conflicts"], 3);
  EXPECT_EQ(total["found"], total["gold_conflicts"]) << out;  // 13/18 killed, 353/700/317 wounded, Sunday/Saturday
  EXPECT_EQ(total["agreements_as_conflicts"], 0) << out;
  EXPECT_EQ(total["true"], total["reported"]) << out;         // no other conflict either
}

// The dev set (tests/data/compare/dev, ten sets of three reports; two sides of
// each read from the shared newstest data, so the test skips without it):
// the figures of docs/compare.md stay (conflict recall 18/19, precision
// 19/19 in session 9; the targets are 0.9 and 0.8). The environment
// variable DRIFTALIGN_SHARED names another shared directory.
TEST_F(CompareCliTest, DevSetRecallAndPrecision) {
  const char* env = std::getenv("DRIFTALIGN_SHARED");
  const std::string shared = env != nullptr ? env : std::string(DRIFTALIGN_SHARED_DATA) + "/..";
  if (!std::filesystem::exists(shared + "/data/dev/newstest-fr-en")) {
    GTEST_SKIP() << "no newstest data under " << shared;
  }
  int status = -1;
  const std::string out = RunCommand("python3 " + kSource + "/scripts/compare_eval.py --json --binary " + kBinary +
                                         " --shared " + shared + " " + kSource + "/tests/data/compare/dev/*.json 2>" +
                                         dir_ + "/stderr.txt",
                                     &status);
  ASSERT_EQ(status, 0) << Stderr();
  const Json total = Json::parse(out)["total"];
  EXPECT_EQ(total["sets"], 10);
  EXPECT_EQ(total["gold_conflicts"], 19);
  EXPECT_GE(total["found"].get<int>(), 18) << out;  // recall >= 0.9
  EXPECT_GE(total["precision"].get<double>(), 0.9) << out;
  EXPECT_EQ(total["agreements_as_conflicts"], 0) << out;
}

// Whose figure: the player's five goals and the team's 14 are two facts even
// in matched sentences (the first sentence names the team's coach away from
// its figure); the player's five and six in two reports conflict.
TEST_F(CompareCliTest, FiguresOfTwoOwnersAreNotOneFact) {
  WriteFile(dir_ + "/a.txt", "Dan Rowe's side won the final, and Lena Kovac was the best of her team with five goals scored.\n");
  WriteFile(dir_ + "/b.txt", "Dan Rowe's side scored 14 goals in the final.\n");
  WriteFile(dir_ + "/c.txt", "In the final, Lena Kovac was the best of her team with six goals scored.\n");
  int status = -1;
  const Json team = Json::parse(Compare("--format json --lang en " + dir_ + "/a.txt " + dir_ + "/b.txt", &status));
  ASSERT_EQ(status, 0) << Stderr();
  EXPECT_TRUE(team["conflicts"].empty()) << team["conflicts"].dump();
  const Json player = Json::parse(Compare("--format json --lang en " + dir_ + "/a.txt " + dir_ + "/c.txt", &status));
  ASSERT_EQ(status, 0) << Stderr();
  ASSERT_EQ(player["conflicts"].size(), 1u) << player.dump();
  EXPECT_EQ(player["conflicts"][0]["values"][0]["value"], 5);
  EXPECT_EQ(player["conflicts"][0]["values"][1]["value"], 6);
}

TEST_F(CompareCliTest, JsonContractOffsetsPointAtTheValue) {
  int status = -1;
  const Json j = Json::parse(Compare("--format json" + Seeds(), &status));
  ASSERT_EQ(status, 0) << Stderr();
  EXPECT_EQ(j["schema"], "driftalign/compare/1");
  ASSERT_EQ(j["docs"].size(), 5u);
  EXPECT_EQ(j["docs"][0]["lang"], "en");  // guessed
  EXPECT_EQ(j["docs"][1]["lang"], "fr");
  EXPECT_EQ(j["docs"][0]["sha256"].get<std::string>().size(), 64u);
  for (const char* section : {"conflicts", "compatible", "agreements", "single_source"}) {
    ASSERT_TRUE(j.contains(section)) << section;
  }
  ASSERT_FALSE(j["conflicts"].empty());
  int values = 0;
  for (const char* section : {"conflicts", "compatible", "agreements"}) {
    for (const Json& group : j[section]) {
      EXPECT_FALSE(group["what"].get<std::string>().empty());
      for (const Json& v : group["values"]) {
        const std::string file = ReadFile(v["doc"].get<std::string>());
        const size_t begin = v["begin"], end = v["end"];
        ASSERT_LE(end, file.size());
        EXPECT_EQ(file.substr(begin, end - begin), v["evidence"].get<std::string>());
        EXPECT_NE(v["text"].get<std::string>().find(v["evidence"].get<std::string>()), std::string::npos);
        EXPECT_TRUE(v["attribution"].is_null() || v["attribution"].is_string());
        const std::string bound = v["bound"];
        EXPECT_TRUE(bound == "exact" || bound == "at_least" || bound == "at_most" || bound == "approx" ||
                    bound == "vague")
            << bound;
        ++values;
      }
    }
  }
  EXPECT_GT(values, 20);
}

TEST_F(CompareCliTest, TextListsConflictsFirst) {
  int status = -1;
  const std::string out = Compare(Seeds(), &status);
  ASSERT_EQ(status, 0) << Stderr();
  const size_t conflict = out.find("\nCONFLICT");
  const size_t agreement = out.find("\nAGREEMENT");
  ASSERT_NE(conflict, std::string::npos) << out;
  ASSERT_NE(agreement, std::string::npos) << out;
  EXPECT_LT(conflict, agreement);
  EXPECT_NE(out.find("according to television"), std::string::npos);  // attribution shown
}

TEST_F(CompareCliTest, BadInput) {
  const std::string seed = kSource + "/corpus/000_cade94ca1d686b93.txt";
  WriteFile(dir_ + "/empty.txt", "");
  WriteFile(dir_ + "/binary.txt", std::string("abc\0def \xff\xfe", 10));
  struct Case {
    std::string args;
    int status;
    std::string message;
  } cases[] = {
      {seed, 1, "at least two files, got 1"},
      {seed + " " + dir_ + "/empty.txt", 2, dir_ + "/empty.txt: no sentence to compare"},
      {seed + " " + dir_ + "/binary.txt", 2, dir_ + "/binary.txt: byte offset 3"},
      {"--lang en,fr,fr " + seed + " " + seed, 1, "--lang gives 3 languages for 2 files"},
      {"--lang de " + seed + " " + seed, 1, "'de' is not en, fr or auto"},
      {seed + " " + dir_ + "/missing.txt", 2, dir_ + "/missing.txt"},
  };
  for (const Case& c : cases) {
    int status = -1;
    const std::string out = Compare(c.args, &status);
    EXPECT_EQ(status, c.status) << c.args;
    EXPECT_NE(Stderr().find(c.message), std::string::npos) << c.args << "\n" << Stderr();
    EXPECT_TRUE(out.empty()) << c.args;
  }
}

}  // namespace
}  // namespace driftalign::compare
