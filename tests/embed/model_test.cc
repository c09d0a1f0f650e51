// The model format end to end on a tiny fastText model trained inside the
// test: convert, load, embed, and reject truncated or corrupt files cleanly.
#include "embed/model.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include <unistd.h>

#include "embed/convert.h"
#include "embed/document_vectors.h"
#include "embed/model_format.h"
#include "text/input.h"

namespace driftalign::embed {
namespace {

const std::pair<const char*, const char*> kLexicon[] = {
    {"president", "président"}, {"parliament", "parlement"}, {"tuesday", "mardi"},
    {"commission", "commission"}, {"report", "rapport"}, {"people", "personnes"},
    {"unemployment", "chômage"}, {"rose", "augmenté"}, {"green", "vert"}, {"apples", "pommes"},
    {"city", "ville"}, {"water", "eau"}, {"house", "maison"}, {"government", "gouvernement"},
    {"budget", "budget"}, {"vote", "vote"}, {"law", "loi"}, {"country", "pays"},
    {"the", "le"}, {"of", "de"}, {"and", "et"}, {"a", "un"}, {"to", "à"}, {"in", "en"},
    {"2021", "2021"}, {"annual", "annuel"}, {"spoke", "parlé"}, {"like", "aime"}};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

class ModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (std::system("command -v fasttext > /dev/null 2>&1") != 0) return;
    // One directory per process: ctest runs each case in its own process, maybe in parallel.
    dir_ = new std::string(::testing::TempDir() + "/embed_model_test." + std::to_string(getpid()));
    std::system(("mkdir -p " + *dir_).c_str());
    std::mt19937 rng(3);
    const int n = sizeof(kLexicon) / sizeof(kLexicon[0]);
    std::ofstream corpus(*dir_ + "/corpus.txt");
    std::ofstream sample(*dir_ + "/sample.tsv");
    for (int line = 0; line < 3000; ++line) {
      int len = 1 + rng() % 3;
      std::vector<std::string> tokens;
      std::string en, fr;
      for (int i = 0; i < len; ++i) {
        int w = rng() % n;
        tokens.push_back(kLexicon[w].first);
        tokens.push_back(kLexicon[w].second);
        en += std::string(i ? " " : "") + kLexicon[w].first;
        fr += std::string(i ? " " : "") + kLexicon[w].second;
      }
      std::shuffle(tokens.begin(), tokens.end(), rng);
      for (size_t i = 0; i < tokens.size(); ++i) corpus << (i ? " " : "") << tokens[i];
      corpus << "\n";
      if (line < 300) sample << en << "\t" << fr << "\n";
    }
    corpus.close();
    sample.close();
    std::string cmd = "fasttext skipgram -input " + *dir_ + "/corpus.txt -output " + *dir_ +
                      "/tiny -dim 16 -minn 3 -maxn 5 -epoch 10 -minCount 1 -bucket 2000 -thread 1 -verbose 0";
    if (std::system(cmd.c_str()) != 0) return;
    ConvertOptions o;
    o.name = "tiny-test";
    o.sample_pairs = *dir_ + "/sample.tsv";
    auto contents = ImportFastTextBin(*dir_ + "/tiny.bin", o);
    if (!contents.ok()) return;
    if (!BuildModel(std::move(contents).value(), o, *dir_ + "/tiny.dam").ok()) return;
    ready_ = true;
  }
  static void TearDownTestSuite() {
    if (dir_ != nullptr) std::system(("rm -rf " + *dir_).c_str());
  }
  void SetUp() override {
    if (!ready_) GTEST_SKIP() << "fasttext CLI not available or tiny model not built";
  }
  static std::string Path() { return *dir_ + "/tiny.dam"; }
  static std::string* dir_;
  static bool ready_;
};
std::string* ModelTest::dir_ = nullptr;
bool ModelTest::ready_ = false;

TEST_F(ModelTest, LoadsAndDescribesItself) {
  auto m = Model::Load(Path());
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ((*m)->dim(), 16);
  EXPECT_EQ((*m)->name(), "tiny-test");
  EXPECT_EQ((*m)->sha256(), text::Sha256Hex(ReadAll(Path())));
  EXPECT_EQ((*m)->self_tests().size(), 4u);
  LoadOptions verify;
  verify.verify_checksum = true;
  EXPECT_TRUE(Model::Load(Path(), verify).ok());
}

TEST_F(ModelTest, TranslationsAreCloserThanOtherWords) {
  auto m = Model::Load(Path());
  ASSERT_TRUE(m.ok());
  EXPECT_GT((*m)->PairCosine("the president of parliament", "le président de parlement"),
            (*m)->PairCosine("the president of parliament", "pommes et eau"));
}

TEST_F(ModelTest, UnknownWordsGetSubwordVectors) {
  auto m = Model::Load(Path());
  ASSERT_TRUE(m.ok());
  EXPECT_LT((*m)->FindWord("en", "parliamentary"), 0);
  std::vector<float> v(16, 0.0f);
  EXPECT_GT((*m)->AddWord("en", "parliamentary", v.data()), 0.0f);
  float norm = 0;
  for (float x : v) norm += x * x;
  EXPECT_GT(norm, 0.0f);
}

TEST_F(ModelTest, WordVectorAndWeightMatchWordVectorAndAddWord) {
  auto m = Model::Load(Path());
  ASSERT_TRUE(m.ok());
  for (const char* word : {"president", "parliamentary", "le", "zzzq"}) {
    std::vector<float> a(16), b(16), sum(16, 0.0f);
    const float w = (*m)->WordVectorAndWeight("en", word, a.data());
    (*m)->WordVector("en", word, b.data());
    EXPECT_EQ(a, b) << word;
    EXPECT_EQ(w, (*m)->AddWord("en", word, sum.data())) << word;
  }
}

TEST_F(ModelTest, ReorderedBucketsGiveFastTextsSubwordVectors) {
  // The converter stores the buckets most words use first (section
  // bucket_rows); an unknown word's vector must still be fastText's.
  ConvertOptions o;
  auto contents = ImportFastTextBin(*dir_ + "/tiny.bin", o);
  ASSERT_TRUE(contents.ok());
  const std::vector<uint32_t>& rows = contents->bucket_rows;
  ASSERT_EQ(rows.size(), 2000u);
  size_t moved = 0;
  for (size_t b = 0; b < rows.size(); ++b) moved += rows[b] != b;
  EXPECT_GT(moved, 1000u);  // a real permutation, not the identity
  auto m = Model::Load(Path());
  ASSERT_TRUE(m.ok());
  for (const char* word : {"parliamentary", "presidents", "governments", "waters"}) {
    ASSERT_LT((*m)->FindWord("en", word), 0) << word;
    // fastText's vector of an unknown word: the mean of its n-gram rows.
    Eigen::VectorXf want = Eigen::VectorXf::Zero(16);
    const std::string w = std::string("<") + word + ">";
    int count = 0;
    for (size_t i = 0; i < w.size(); ++i) {
      for (size_t n = 3; n <= 5 && i + n <= w.size(); ++n) {
        if (n == w.size()) continue;
        uint64_t b = format::FastTextHash(w.substr(i, n)) % 2000;
        want += contents->bucket_vectors.row(b).transpose();
        ++count;
      }
    }
    ASSERT_GT(count, 0);
    std::vector<float> got(16);
    (*m)->WordVector("en", word, got.data());
    Eigen::Map<Eigen::VectorXf> g(got.data(), 16);
    EXPECT_GT(g.dot(want) / (g.norm() * want.norm()), 0.999f) << word;  // int8 rows
  }
}

TEST_F(ModelTest, VectorsAreBitIdenticalAcrossLoadsAndThreads) {
  auto a = Model::Load(Path());
  auto b = Model::Load(Path());
  ASSERT_TRUE(a.ok() && b.ok());
  std::vector<std::string_view> s = {"The president spoke.", "Unemployment rose in 2021.", ""};
  auto da = DocumentVectors::Build(**a, "en", s);
  auto db = DocumentVectors::Build(**b, "en", s);
  ASSERT_EQ(da.Sentences().rows(), 3);
  EXPECT_EQ(0, std::memcmp(da.Sentences().data(), db.Sentences().data(), sizeof(float) * 3 * 16));
  for (int k = 0; k < 16; ++k) EXPECT_EQ(da.Sentences()(2, k), 0.0f);  // no word -> zero vector
}

TEST_F(ModelTest, TruncatedFilesAreErrorsNotCrashes) {
  const std::string bytes = ReadAll(Path());
  const size_t cuts[] = {0, 7, 100, 255, 256, 300, 1000, bytes.size() / 2, bytes.size() - 1};
  for (size_t cut : cuts) {
    const std::string p = *dir_ + "/truncated.dam";
    WriteAll(p, bytes.substr(0, cut));
    auto m = Model::Load(p);
    ASSERT_FALSE(m.ok()) << cut;
    EXPECT_EQ(m.status().code(), StatusCode::kModelError);
    EXPECT_NE(m.status().message().find(p), std::string::npos) << m.status().message();
  }
}

TEST_F(ModelTest, CorruptFilesAreErrors) {
  const std::string bytes = ReadAll(Path());
  struct Corruption {
    size_t offset;
    const char* expect;  // substring of the message
  };
  const Corruption kCases[] = {
      {0, "bad magic"},
      {8, "format version"},
      {16, "sanity block"},
      {60, "header checksum"},  // inside the parameters
      {300, "header checksum"},  // inside the section table
  };
  for (const Corruption& c : kCases) {
    std::string b = bytes;
    b[c.offset] ^= 0x5a;
    const std::string p = *dir_ + "/corrupt.dam";
    WriteAll(p, b);
    auto m = Model::Load(p);
    ASSERT_FALSE(m.ok()) << c.offset;
    EXPECT_NE(m.status().message().find(c.expect), std::string::npos) << m.status().message();
  }
  // A flipped byte in the vectors: caught by the payload checksum when asked;
  // without it, loading must not crash (the self-test may or may not notice).
  std::string b = bytes;
  b[bytes.size() / 2] ^= 0x5a;
  const std::string p = *dir_ + "/corrupt.dam";
  WriteAll(p, b);
  LoadOptions verify;
  verify.verify_checksum = true;
  auto m = Model::Load(p, verify);
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("payload checksum"), std::string::npos);
  (void)Model::Load(p);
}

TEST_F(ModelTest, MissingFileNamesIt) {
  auto m = Model::Load(*dir_ + "/does-not-exist.dam");
  ASSERT_FALSE(m.ok());
  EXPECT_NE(m.status().message().find("does-not-exist.dam"), std::string::npos);
}

TEST_F(ModelTest, EmbedVerbWritesNpy) {
  const std::string in = *dir_ + "/in.txt", out = *dir_ + "/out.npy";
  WriteAll(in, "The president spoke.\nThe law of the country.\n");
  std::string cmd = std::string(DRIFTALIGN_BINARY) + " embed --model " + Path() +
                    " --lang en --presegmented --format npy -o " + out + " " + in;
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  std::string npy = ReadAll(out);
  ASSERT_GE(npy.size(), 128u);
  EXPECT_EQ(npy.substr(0, 6), "\x93NUMPY");
  EXPECT_NE(npy.find("'shape': (2, 16)"), std::string::npos);
  const size_t header = 10 + (static_cast<unsigned char>(npy[8]) | static_cast<unsigned char>(npy[9]) << 8);
  EXPECT_EQ(header % 64, 0u);
  EXPECT_EQ(npy.size(), header + 2 * 16 * sizeof(float));
  // A missing model is exit code 2.
  cmd = std::string(DRIFTALIGN_BINARY) + " embed --model " + *dir_ + "/nope.dam " + in + " 2>/dev/null";
  EXPECT_EQ(WEXITSTATUS(std::system(cmd.c_str())), 2);
}

TEST_F(ModelTest, ConvertsAlignedVecFiles) {
  WriteAll(*dir_ + "/en.vec", "3 4\nthe 1 0 0 0\nhouse 0 1 0 0\nred 0 0 1 0\n");
  WriteAll(*dir_ + "/fr.vec", "3 4\nla 1 0 0 0\nmaison 0 1 0.1 0\nrouge 0 0 1 0\n");
  std::string cmd = std::string(DRIFTALIGN_BINARY) + " convert-model --vec-en " + *dir_ + "/en.vec --vec-fr " +
                    *dir_ + "/fr.vec --no-center --components 0 -o " + *dir_ + "/vec.dam > /dev/null";
  ASSERT_EQ(std::system(cmd.c_str()), 0);
  auto m = Model::Load(*dir_ + "/vec.dam");
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_GE((*m)->FindWord("en", "house"), 0);
  EXPECT_LT((*m)->FindWord("en", "maison"), 0);  // per-language vocabularies
  EXPECT_GT((*m)->PairCosine("house", "maison"), 0.9f);
  EXPECT_LT((*m)->PairCosine("house", "rouge"), 0.2f);
}

}  // namespace
}  // namespace driftalign::embed
