// End-to-end: `driftalign check` on the seed pair corpus/000 (EN) <-> 001 (FR)
// with the hand-made gold beads (issue 6 acceptance: no figure or date flag
// where figures agree but are written differently; the English-only lead
// paragraph and the English-only clause about the rotating EU presidency are
// reported), exit codes and the JSON flags.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

namespace {

std::string Corpus(const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return e.path().string();
  }
  return "";
}

int RunCli(const std::string& args, std::string* out) {
  std::string cmd = std::string(DRIFTALIGN_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) out->append(buf, n);
  int status = pclose(p);
  return WEXITSTATUS(status);
}

std::string SeedArgs() {
  return Corpus("000_") + " " + Corpus("001_") + " --beads " + DRIFTALIGN_SOURCE_DIR +
         "/corpus/gold/000_001.vecalign --coverage lexical";
}

TEST(CheckCliTest, SeedPairFlagsOnlyRealDrift) {
  std::string gold = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/gold/000_001.vecalign";
  if (!std::filesystem::exists(gold)) GTEST_SKIP() << "no gold alignment";
  std::string out;
  ASSERT_EQ(RunCli("check " + SeedArgs() + " --format json", &out), 0);
  nlohmann::json j = nlohmann::json::parse(out);
  std::map<std::string, int> kinds;
  bool lead = false, presidency = false;
  for (const auto& b : j["beads"]) {
    for (const auto& f : b["flags"]) {
      std::string k = f["kind"];
      kinds[k]++;
      // Figures written differently (2,000/2.000, Thirteen/Treize, a thousand/un millier,
      // dozens/des dizaines, Thursday/jeudi) must not be flagged.
      EXPECT_NE(k, "number_mismatch") << f.dump();
      EXPECT_NE(k, "number_missing") << f.dump();
      EXPECT_NE(k, "number_added") << f.dump();
      if (k == "omission" && b["src"] == nlohmann::json::array({1})) lead = true;
      if (f.contains("src") && f["src"]["text"].get<std::string>().find("January 1") != std::string::npos)
        presidency = true;
      if (k == "date_mismatch")
        EXPECT_EQ(f["src"]["text"], "January 1") << "only the EU-presidency date is English-only";
    }
  }
  EXPECT_TRUE(lead) << "the English-only lead paragraph (EN 1-2) is reported";
  EXPECT_TRUE(presidency) << "the English-only clause about the rotating EU presidency is reported";
  EXPECT_EQ(kinds["omission"], 3);  // EN 0 (dateline, info), EN 1, EN 2
  EXPECT_EQ(kinds["addition"], 1);  // FR 0 "date 2022-01" (info)
  EXPECT_EQ(kinds["entity_mismatch"], 1);  // CTSC vs OTSC
}

TEST(CheckCliTest, FailOnDriftExitsThree) {
  std::string out;
  EXPECT_EQ(RunCli("check " + SeedArgs() + " --fail-on-drift", &out), 3);
  EXPECT_NE(out.find("error(s)"), std::string::npos);
  out.clear();
  EXPECT_EQ(RunCli("check " + SeedArgs(), &out), 0);
}

TEST(CheckCliTest, BadBeadsFileIsAnInputError) {
  std::string out;
  EXPECT_EQ(RunCli("check " + Corpus("000_") + " " + Corpus("001_") + " --beads /nonexistent/beads", &out), 2);
  EXPECT_EQ(RunCli("check " + Corpus("000_") + " " + Corpus("001_") + " --format xml", &out), 1);
}

}  // namespace
