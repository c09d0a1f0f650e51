// Segmentation goldens (tests/data/segment/*.golden, seed stories in
// tests/data/segment/seeds/). Related to issue #3.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "golden.h"
#include "segment/segmenter.h"

namespace driftalign::segment {
namespace {

std::vector<std::string> Texts(const std::vector<Sentence>& sentences) {
  std::vector<std::string> out;
  for (const Sentence& s : sentences) out.push_back(s.text);
  return out;
}

std::string Join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += "•" + s;
  return out + "•";
}

void CheckGoldenFile(const std::string& lang) {
  const std::string path = std::string(DRIFTALIGN_TEST_DATA) + "/segment/" + lang + ".golden";
  std::vector<GoldenCase> cases = ReadGoldenFile(path);
  ASSERT_GE(cases.size(), 30u) << path;
  StatusOr<Segmenter> seg = Segmenter::Create(lang, {});
  ASSERT_TRUE(seg.ok());
  for (const GoldenCase& c : cases) {
    std::vector<Sentence> got = seg->Segment(c.input);
    EXPECT_EQ(Join(Texts(got)), Join(c.sentences)) << path << ":" << c.line;
    for (const Sentence& s : got) {
      EXPECT_EQ(c.input.substr(s.begin, s.end - s.begin), s.text) << path << ":" << c.line;
    }
  }
}

TEST(SegmenterGoldenTest, English) { CheckGoldenFile("en"); }
TEST(SegmenterGoldenTest, French) { CheckGoldenFile("fr"); }

// Each seed story in corpus/ against its inline golden in tests/data/segment/seeds/.
struct SeedCase {
  const char* file;
  const char* lang;
};
constexpr SeedCase kSeeds[] = {
    {"000_cade94ca1d686b93", "en"}, {"001_b5b62dc4b4f44fa5", "fr"}, {"002_450d3b2fe5f1e130", "fr"},
    {"003_a78af1fe0153eff0", "fr"}, {"004_31e8c4df6d115025", "fr"},
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SegmenterGoldenTest, SeedStories) {
  for (const SeedCase& seed : kSeeds) {
    const std::string text = ReadAll(std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/" + seed.file + ".txt");
    const std::string golden = ReadAll(std::string(DRIFTALIGN_TEST_DATA) + "/segment/seeds/" + seed.file + ".golden");
    ASSERT_FALSE(text.empty()) << seed.file;
    ASSERT_FALSE(golden.empty()) << seed.file;
    StatusOr<Segmenter> seg = Segmenter::Create(seed.lang, {});
    ASSERT_TRUE(seg.ok());
    std::vector<Sentence> got = seg->Segment(text);
    EXPECT_EQ(Join(Texts(got)), Join(SplitAtBullets(golden))) << seed.file;
    // The golden is the story itself with bullets added.
    std::string stripped = golden;
    for (size_t at; (at = stripped.find("•")) != std::string::npos;) stripped.erase(at, 3);
    EXPECT_EQ(stripped, text) << seed.file;
  }
}

}  // namespace
}  // namespace driftalign::segment
