// Retrieval quality of the shipped model on UD-PUD (issue 4 acceptance):
// P@1 in both directions among all 1,000 pairs with plain cosine. Skips when
// ../shared or the model is absent. Labelled slow.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "embed/document_vectors.h"
#include "embed/model.h"

namespace driftalign::embed {
namespace {

TEST(QualityTest, UdPudRetrieval) {
  const std::string model_path = std::string(DRIFTALIGN_SOURCE_DIR) + "/models/" + kDefaultModelFile;
  const std::string pud = std::string(DRIFTALIGN_SHARED_DATA) + "/dev/ud-pud-en-fr/pud.en-fr.tsv";
  if (!std::filesystem::exists(pud)) GTEST_SKIP() << "no " << pud;
  if (!std::filesystem::exists(model_path)) GTEST_SKIP() << "no " << model_path;
  auto model = Model::Load(model_path);
  ASSERT_TRUE(model.ok()) << model.status().message();
  std::ifstream in(pud);
  std::string line;
  std::getline(in, line);
  std::vector<std::string> en, fr;
  while (std::getline(in, line)) {
    size_t a = line.find('\t'), b = line.find('\t', a + 1);
    en.push_back(line.substr(a + 1, b - a - 1));
    fr.push_back(line.substr(b + 1));
  }
  ASSERT_EQ(en.size(), 1000u);
  std::vector<std::string_view> ve(en.begin(), en.end()), vf(fr.begin(), fr.end());
  auto de = DocumentVectors::Build(**model, "en", ve);
  auto df = DocumentVectors::Build(**model, "fr", vf);
  RowMatrix s = de.Sentences() * df.Sentences().transpose();
  int ef = 0, fe = 0;
  for (int i = 0; i < 1000; ++i) {
    Eigen::Index j;
    s.row(i).maxCoeff(&j);
    ef += j == i;
    s.col(i).maxCoeff(&j);
    fe += j == i;
  }
  const double p1 = (ef + fe) / 2000.0;
  RecordProperty("p_at_1_cosine", std::to_string(p1));
  EXPECT_GE(p1, 0.92) << "en->fr " << ef << " fr->en " << fe;
}

}  // namespace
}  // namespace driftalign::embed
