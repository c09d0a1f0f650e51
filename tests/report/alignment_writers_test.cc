// The json, jsonl, vecalign and tsv writers of an alignment (issue 5):
// exact bytes where the format is line-based, the contract's fields for json.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <sstream>

#include "align/alignment_metrics.h"
#include "align/bead_io.h"
#include "report/json_writer.h"
#include "report/jsonl_writer.h"
#include "report/tsv_writer.h"
#include "report/vecalign_writer.h"

namespace driftalign::report {
namespace {

segment::Sentence S(int id, std::string text, size_t begin, int paragraph,
                    segment::SentenceKind kind = segment::SentenceKind::kBody) {
  segment::Sentence s;
  s.id = id;
  s.text = std::move(text);
  s.begin = begin;
  s.end = begin + s.text.size();
  s.paragraph = paragraph;
  s.kind = kind;
  return s;
}

struct Fixture {
  std::vector<segment::Sentence> en = {S(0, "Title", 0, 0, segment::SentenceKind::kHeadline),
                                       S(1, "One.", 7, 1), S(2, "Two\tthree.", 12, 1)};
  std::vector<segment::Sentence> fr = {S(0, "Titre", 0, 0, segment::SentenceKind::kHeadline),
                                       S(1, "Un, deux\\trois.", 7, 1), S(2, "Ajout.", 24, 1)};
  AlignmentReport report;
  Fixture() {
    report.tool_version = "0.1.0";
    report.model_name = "test-model";
    report.model_sha256 = "abc";
    report.params["method"] = "embedding";
    report.src = {"en", "a.en", "sha-en", &en};
    report.tgt = {"fr", "a.fr", "sha-fr", &fr};
    align::Bead b0 = align::MakeBead(0, 1, 0, 1);
    b0.score = 0.9;
    align::Bead b1 = align::MakeBead(1, 3, 1, 2);
    b1.score = 1.0 / 3.0;
    align::Bead b2 = align::MakeBead(3, 3, 2, 3);
    b2.score = 0.75;
    report.beads = {b0, b1, b2};
  }
};

TEST(AlignmentWritersTest, VecalignLinesRoundTrip) {
  Fixture f;
  std::ostringstream out;
  WriteVecalign(f.report.beads, out);
  EXPECT_EQ(out.str(), "[0]:[0]:0.900000\n[1, 2]:[1]:0.333333\n[]:[2]:0.750000\n");
  StatusOr<std::vector<align::Bead>> back = align::ParseBeads(out.str(), "out", std::nullopt);
  ASSERT_TRUE(back.ok());
  ASSERT_EQ(back->size(), 3u);
  EXPECT_EQ((*back)[1].src, (std::vector<int>{1, 2}));
  EXPECT_TRUE((*back)[2].src.empty());
}

TEST(AlignmentWritersTest, TsvEscapesAndHasHeader) {
  Fixture f;
  std::ostringstream out;
  WriteTsv(f.report, out);
  EXPECT_EQ(out.str(),
            "src_ids\ttgt_ids\tscore\tsrc_text\ttgt_text\n"
            "0\t0\t0.900000\tTitle\tTitre\n"
            "1,2\t1\t0.333333\tOne. Two\\tthree.\tUn, deux\\\\trois.\n"
            "\t2\t0.750000\t\tAjout.\n");
}

TEST(AlignmentWritersTest, JsonFollowsTheContract) {
  Fixture f;
  nlohmann::ordered_json j = AlignmentToJson(f.report);
  EXPECT_EQ(j["schema"], "driftalign/alignment/1");
  EXPECT_EQ(j["tool"]["name"], "driftalign");
  EXPECT_EQ(j["model"]["sha256"], "abc");
  EXPECT_EQ(j["params"]["method"], "embedding");
  EXPECT_EQ(j["src"]["lang"], "en");
  EXPECT_EQ(j["src"]["sha256"], "sha-en");
  ASSERT_EQ(j["src"]["sentences"].size(), 3u);
  const auto& s2 = j["src"]["sentences"][2];
  EXPECT_EQ(s2["id"], 2);
  EXPECT_EQ(s2["text"], "Two\tthree.");
  EXPECT_EQ(s2["begin"], 12);
  EXPECT_EQ(s2["end"], 22);
  EXPECT_EQ(s2["paragraph"], 1);
  EXPECT_EQ(j["src"]["sentences"][0]["kind"], "headline");
  ASSERT_EQ(j["beads"].size(), 3u);
  EXPECT_EQ(j["beads"][1]["src"], nlohmann::ordered_json::array({1, 2}));
  EXPECT_EQ(j["beads"][1]["score"], 0.333333);
  EXPECT_TRUE(j["beads"][2]["src"].empty());
  EXPECT_TRUE(j["beads"][0]["flags"].is_array());
  EXPECT_TRUE(j["beads"][0]["flags"].empty());
  // Key order is part of the contract's readability: schema first, beads last.
  EXPECT_EQ(j.begin().key(), "schema");
  std::ostringstream a, b;
  WriteJson(f.report, a);
  WriteJson(f.report, b);
  EXPECT_EQ(a.str(), b.str());
}

// The lines of WriteJsonl(report), each parsed.
std::vector<nlohmann::json> JsonlLines(const AlignmentReport& report) {
  std::ostringstream out;
  WriteJsonl(report, out);
  std::istringstream in(out.str());
  std::string line;
  std::vector<nlohmann::json> lines;
  while (std::getline(in, line)) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(AlignmentWritersTest, JsonlHasHeaderThenOneBeadPerLine) {
  Fixture f;
  const std::vector<nlohmann::json> lines = JsonlLines(f.report);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0]["schema"], "driftalign/alignment-jsonl/1");
  EXPECT_EQ(lines[0]["src"]["sentences"], 3);
  EXPECT_EQ(lines[2]["src_text"], "One. Two\tthree.");
  EXPECT_EQ(lines[3]["src_text"], "");
  EXPECT_EQ(lines[3]["tgt"], nlohmann::json::array({2}));
}

TEST(AlignmentWritersTest, BeadDivergenceFieldsOnlyWhenMeasured) {
  Fixture f;
  f.report.divergence.resize(3);
  f.report.divergence[0] = {true, 0.12345, false, {}};
  f.report.divergence[1] = {true, 0.6789, true, std::vector<double>(drift::kDivergenceFeatureCount, 0.25)};
  // divergence[2] not measured: no fields.
  nlohmann::ordered_json j = AlignmentToJson(f.report);
  EXPECT_EQ(j["beads"][0]["divergence"], 0.123);  // 3 decimals
  EXPECT_EQ(j["beads"][0]["divergent"], false);
  EXPECT_FALSE(j["beads"][0].contains("divergence_features"));
  EXPECT_EQ(j["beads"][1]["divergence"], 0.679);
  EXPECT_EQ(j["beads"][1]["divergent"], true);
  ASSERT_EQ(j["beads"][1]["divergence_features"].size(), static_cast<size_t>(drift::kDivergenceFeatureCount));
  EXPECT_EQ(j["beads"][1]["divergence_features"]["uncovered_src"], 0.25);
  EXPECT_FALSE(j["beads"][2].contains("divergence"));
  EXPECT_FALSE(j["beads"][2].contains("divergent"));
  // The same fields in jsonl.
  const std::vector<nlohmann::json> lines = JsonlLines(f.report);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[1]["divergence"], 0.123);
  EXPECT_EQ(lines[2]["divergent"], true);
  EXPECT_FALSE(lines[3].contains("divergence"));
}

// WriteJson streams the long arrays (sentences, beads) element by element:
// the same bytes as the whole tree dumped, for empty and non-empty sides,
// texts with escapes, flags, divergence fields, and params whose keys and
// values look like the arrays it looks for.
TEST(AlignmentWritersTest, WriteJsonIsTheTreeDumped) {
  struct Case {
    const char* name;
    std::function<void(Fixture*)> edit;
  };
  const Case cases[] = {
      {"fixture", [](Fixture*) {}},
      {"empty source", [](Fixture* f) {
         f->en.clear();
         for (align::Bead& b : f->report.beads) b.src.clear();
       }},
      {"both sides and beads empty", [](Fixture* f) {
         f->en.clear();
         f->fr.clear();
         f->report.beads.clear();
       }},
      {"escapes and a newline in texts", [](Fixture* f) {
         f->en[1].text = "Line\none \"quoted\" \\ back\u00e9";
         f->fr[2].text = "\n    \"sentences\": []";
       }},
      {"params like the arrays", [](Fixture* f) {
         f->report.params["sentences"] = nlohmann::ordered_json::array();
         f->report.params["beads"] = nlohmann::ordered_json::array();
         f->report.params["nested"] = {{"sentences", nlohmann::ordered_json::array()}};
         f->report.model_name = "\n  \"beads\": []";
       }},
      {"flags and divergence", [](Fixture* f) {
         drift::Flag flag;
         flag.kind = drift::FlagKind::kNumberMismatch;
         flag.severity = drift::Severity::kError;
         flag.message = "12 vs \"13\"\n";
         flag.score = 0.5;
         flag.src = {1, 0, 2, "12"};
         f->report.flags = {{}, {flag, flag}, {}};
         f->report.divergence.resize(3);
         f->report.divergence[1] = {true, 0.6789, true, std::vector<double>(drift::kDivergenceFeatureCount, 0.25)};
       }},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    Fixture f;
    c.edit(&f);
    std::ostringstream streamed;
    WriteJson(f.report, streamed);
    EXPECT_EQ(streamed.str(), AlignmentToJson(f.report).dump(2) + "\n");
  }
}

}  // namespace
}  // namespace driftalign::report
