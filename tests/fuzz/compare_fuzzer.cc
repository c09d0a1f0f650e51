// libFuzzer target: `driftalign compare`'s input, from the bytes of the
// reports to the groups and the three outputs. The input is split at each
// 0xFF byte (never valid UTF-8) into 2 to 4 reports; the first byte picks
// each report's language (bit k set: report k is French, unless bit 4 says
// "guess it as --lang auto does") and the segmenter mode. Each report is
// checked as text (text::MakeDocument), segmented and, when every report has
// a sentence, compared with a small bilingual model written at start-up by
// the project's own writer (embed::WriteModel: a few news words, subword
// buckets, so every word has a vector).
// Invariants: every claim is in exactly one group (the group sizes add up to
// CompareResult::claims); a value names a report and a sentence that exist,
// and its spans lie inside that sentence on code point boundaries; a group
// of one report is "single_source", a group of several is not; groups come
// ordered by relation; the JSON, text and HTML writers finish (the JSON dump
// throws on invalid UTF-8, so a span cut inside a character aborts).
//
//   CXX=clang++ cmake -S . -B build-fuzz -DDRIFTALIGN_BUILD_FUZZERS=ON -DDRIFTALIGN_BUILD_TESTS=OFF
//   cmake --build build-fuzz --target compare_fuzzer
//   build-fuzz/tests/fuzz/compare_fuzzer tests/fuzz/corpus/compare -max_total_time=60
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "compare/compare_report.h"
#include "compare/comparer.h"
#include "compare/guess_lang.h"
#include "embed/model.h"
#include "embed/model_writer.h"
#include "segment/segmenter.h"
#include "text/input.h"

namespace {

using namespace driftalign;

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "compare_fuzzer: %s\n", what.c_str());
  std::abort();
}

// A model of the words news reports of one event share, in both languages,
// with random unit vectors (the same on every run) and subword buckets.
std::unique_ptr<embed::Model> SmallModel() {
  std::mt19937 rng(20);
  std::normal_distribution<float> normal(0.0f, 1.0f);
  embed::ModelContents c;
  c.name = "compare-fuzz";
  c.dim = 8;
  c.words = {"the",       "police",  "said",    "people",   "killed", "wounded", "at",       "least",
             "on",        "monday",  "tuesday", "thousand", "le",     "la",      "police",   "a",
             "dit",       "morts",   "blessés", "personnes", "au",    "moins",   "lundi",    "mardi",
             "president", "président", "army",  "armée",    "three",  "trois"};
  auto rows = [&](int n) {
    embed::RowMatrix m(n, c.dim);
    for (int r = 0; r < n; ++r) {
      for (int d = 0; d < c.dim; ++d) m(r, d) = normal(rng);
      m.row(r).normalize();
    }
    return m;
  };
  c.word_vectors = rows(static_cast<int>(c.words.size()));
  for (size_t i = 0; i < c.words.size(); ++i) c.word_weights.push_back(0.2f + 0.1f * static_cast<float>(i % 5));
  c.minn = 3;
  c.maxn = 5;
  c.bucket_vectors = rows(64);
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("driftalign-compare-fuzz-" + std::to_string(getpid()) + ".dam")).string();
  Status st = embed::WriteModel(c, path);
  embed::LoadOptions options;
  options.run_self_test = false;
  auto model = st.ok() ? embed::Model::Load(path, options) : StatusOr<std::unique_ptr<embed::Model>>(st);
  std::filesystem::remove(path);
  if (!model.ok()) Fail("cannot write or load the model: " + model.status().message());
  return std::move(model).value();
}

bool OnBoundary(std::string_view s, size_t at) {
  return at == s.size() || (at < s.size() && (static_cast<unsigned char>(s[at]) & 0xC0) != 0x80);
}

void CheckSpan(const compare::Span& span, std::string_view sentence, const char* name) {
  if (span.empty()) return;
  if (span.end > sentence.size()) Fail(std::string(name) + " span ends after its sentence");
  if (!OnBoundary(sentence, span.begin) || !OnBoundary(sentence, span.end)) {
    Fail(std::string(name) + " span not on a code point boundary");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 2) return 0;
  static const std::unique_ptr<embed::Model> model = SmallModel();
  static const compare::Comparer* comparer =
      new compare::Comparer(std::move(compare::Comparer::Create(model.get(), {})).value());
  const uint8_t mode = data[0];
  std::vector<std::string> parts(1);
  for (size_t k = 1; k < size; ++k) {
    if (data[k] == 0xFF) {
      if (parts.size() == 4) break;
      parts.emplace_back();
    } else {
      parts.back().push_back(static_cast<char>(data[k]));
    }
  }
  if (parts.size() < 2) return 0;
  segment::SegmenterOptions seg_options;
  seg_options.presegmented = (mode & 0x20) != 0;
  std::vector<compare::CompareDoc> docs;
  for (size_t k = 0; k < parts.size(); ++k) {
    StatusOr<text::Document> doc = text::MakeDocument("r" + std::to_string(k), std::move(parts[k]), {});
    if (!doc.ok()) return 0;
    compare::CompareDoc d;
    d.path = doc->path;
    d.lang = (mode & 0x10) ? compare::GuessLang(doc->content())
                           : ((mode >> k) & 1) ? text::Lang::kFr : text::Lang::kEn;
    StatusOr<segment::Segmenter> segmenter = segment::Segmenter::Create(std::string(text::LangCode(d.lang)), seg_options);
    if (!segmenter.ok()) Fail("no segmenter: " + segmenter.status().message());
    d.doc = std::move(doc).value();
    d.sentences = segmenter->Segment(d.doc.bytes, d.doc.content_begin);
    if (d.sentences.empty()) return 0;  // the verb refuses a report without a sentence
    docs.push_back(std::move(d));
  }
  StatusOr<compare::CompareResult> result = comparer->Compare(docs);
  if (!result.ok()) Fail("Compare failed: " + result.status().message());
  size_t values = 0;
  for (size_t g = 0; g < result->groups.size(); ++g) {
    const compare::FactGroup& group = result->groups[g];
    if (group.values.empty()) Fail("empty group");
    if (g > 0 && group.relation < result->groups[g - 1].relation) Fail("groups not ordered by relation");
    values += group.values.size();
    bool several = false;
    for (const compare::SourcedClaim& v : group.values) {
      if (v.doc < 0 || v.doc >= static_cast<int>(docs.size())) Fail("value of a report that does not exist");
      const auto& sentences = docs[static_cast<size_t>(v.doc)].sentences;
      if (v.sentence < 0 || v.sentence >= static_cast<int>(sentences.size())) {
        Fail("value of a sentence that does not exist");
      }
      several = several || v.doc != group.values.front().doc;
      const std::string_view text = sentences[static_cast<size_t>(v.sentence)].text;
      CheckSpan(v.claim.span, text, "value");
      CheckSpan(v.claim.predicate_span, text, "predicate");
      CheckSpan(v.claim.subject_span, text, "subject");
      CheckSpan(v.claim.attribution_span, text, "attribution");
    }
    if (several == (group.relation == compare::Relation::kSingleSource)) {
      Fail("a group of " + std::string(several ? "several reports" : "one report") + " is " +
           std::string(compare::RelationName(group.relation)));
    }
  }
  if (values != static_cast<size_t>(result->claims)) {
    Fail(std::to_string(result->claims) + " claims but " + std::to_string(values) + " values in the groups");
  }
  std::ostringstream out;
  out << compare::CompareToJson(docs, *result).dump(2);
  compare::WriteCompareText(docs, *result, out);
  compare::WriteCompareHtml(docs, *result, out);
  return 0;
}
