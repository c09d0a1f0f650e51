#include "cli/pipeline.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <thread>

#include "embed/document_vectors.h"
#include "embed/tokenizer.h"

namespace driftalign::cli {

void PairFlags::RegisterPair(CLI::App* cmd) {
  cmd->add_option("src", src, "Source text ('-' = stdin)")->required();
  cmd->add_option("tgt", tgt, "Target text ('-' = stdin)")->required();
  cmd->add_option("--src-lang", src_lang, "Language of SRC")->check(CLI::IsMember({"en", "fr"}))->capture_default_str();
  cmd->add_option("--tgt-lang", tgt_lang, "Language of TGT")->check(CLI::IsMember({"en", "fr"}))->capture_default_str();
  cmd->add_option("--xliff-version", render.xliff_version, "xliff: 1 (XLIFF 1.2) or 2 (XLIFF 2.1)")
      ->check(CLI::IsMember({1, 2}))->capture_default_str();
  cmd->add_flag("--keep-null", render.keep_null_beads, "tmx, moses: also write null beads (empty side)");
  cmd->add_option("-o,--output", output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("--model", model,
                  "Model file (default: $DRIFTALIGN_MODEL, else models/" + std::string(embed::kDefaultModelFile) +
                      " next to the binary's directory)");
}

Status ReadPair(const PairFlags& pair, const InputFlags& in, SegmentedInput* src, SegmentedInput* tgt) {
  ASSIGN_OR_RETURN(*src, ReadAndSegment(pair.src, pair.src_lang, in));
  ASSIGN_OR_RETURN(*tgt, ReadAndSegment(pair.tgt, pair.tgt_lang, in));
  return Status::Ok();
}

report::AlignmentReport NewReport(const PairFlags& pair, const std::string& tool_version,
                                  const SegmentedInput& src, const SegmentedInput& tgt) {
  report::AlignmentReport report;
  report.tool_version = tool_version;
  report.src = {pair.src_lang, pair.src, src.doc.sha256, &src.sentences};
  report.tgt = {pair.tgt_lang, pair.tgt, tgt.doc.sha256, &tgt.sentences};
  return report;
}

std::string ModelPath(const std::string& flag) { return flag.empty() ? embed::DefaultModelPath() : flag; }

StatusOr<std::unique_ptr<embed::Model>> LoadModel(const std::string& path, const std::string& hint) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    return ModelError(path + ": model file not found; pass --model PATH or set DRIFTALIGN_MODEL" + hint);
  }
  return embed::Model::Load(path);
}

std::vector<std::string_view> Texts(const std::vector<segment::Sentence>& sentences) {
  std::vector<std::string_view> texts;
  texts.reserve(sentences.size());
  for (const segment::Sentence& s : sentences) texts.push_back(s.text);
  return texts;
}

namespace {

// The unit word vectors and SIF weights of every sentence, tokenised as the
// model was trained (for the coverage evidence, align/word_coverage.h).
StatusOr<align::SentenceWords> WordsOf(const embed::Model& model, const std::string& lang,
                                       const std::vector<segment::Sentence>& sentences) {
  embed::TokenizerOptions o;
  o.split_clitics = model.header().tokenizer_flags & 1u;
  o.normalize_numbers = model.header().tokenizer_flags & 2u;
  ASSIGN_OR_RETURN(embed::Tokenizer tokenizer, embed::Tokenizer::Create(lang, o));
  align::SentenceWords words;
  const int d = model.dim();
  words.dim = d;
  std::vector<std::string> tokens;
  std::vector<float> vectors, weights, v(d);
  for (const segment::Sentence& s : sentences) {
    tokens.clear();
    tokenizer.Tokenize(s.text, &tokens);
    vectors.clear();
    weights.clear();
    for (const std::string& t : tokens) {
      const float w = model.WordVectorAndWeight(lang, t, v.data());
      float norm = 0.0f;
      for (float x : v) norm += x * x;
      if (w <= 0.0f || norm <= 0.0f) continue;
      norm = 1.0f / std::sqrt(norm);
      for (float x : v) vectors.push_back(x * norm);
      weights.push_back(w);
    }
    words.AddSentence(vectors, weights);
  }
  return words;
}

}  // namespace

StatusOr<std::vector<align::Bead>> AlignSentences(const embed::Model& model,
                                                  const align::AlignerOptions& options,
                                                  const std::string& src_lang,
                                                  const std::vector<segment::Sentence>& src,
                                                  const std::string& tgt_lang,
                                                  const std::vector<segment::Sentence>& tgt) {
  const embed::DocumentVectors src_vecs = embed::DocumentVectors::Build(model, src_lang, Texts(src));
  const embed::DocumentVectors tgt_vecs = embed::DocumentVectors::Build(model, tgt_lang, Texts(tgt));
  align::Side src_side{&src, src_vecs.dim(), [&src_vecs](int b, int e, float* out) { src_vecs.Block(b, e, out); }};
  align::Side tgt_side{&tgt, tgt_vecs.dim(), [&tgt_vecs](int b, int e, float* out) { tgt_vecs.Block(b, e, out); }};
  align::SentenceWords src_words, tgt_words;
  const int longest = static_cast<int>(std::max(src.size(), tgt.size()));
  if (options.coverage_weight != 0 && longest <= options.coverage_max_sentences) {
    ASSIGN_OR_RETURN(src_words, WordsOf(model, src_lang, src));
    ASSIGN_OR_RETURN(tgt_words, WordsOf(model, tgt_lang, tgt));
    src_side.words = &src_words;
    tgt_side.words = &tgt_words;
  }
  return align::Aligner(options).Align(src_side, tgt_side);
}

void DriftFlags::Register(CLI::App* cmd) {
  cmd->add_option("--coverage", coverage_mode,
                  "Clause checks (partial_omission/addition, quote_mismatch): model (word vectors), "
                  "lexical (same words, figures and 5-letter cognates only: a baseline), off, or auto "
                  "(model when a model file is found, else off)")
      ->check(CLI::IsMember({"auto", "model", "lexical", "off"}))->capture_default_str();
  cmd->add_option("--quote-slack", check.quote_position_slack,
                  "Quotations further apart than this (relative position in the bead, 0..1) do not "
                  "pair; larger = fewer quote_missing flags")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--figure-pair-cost", check.figure_pair_max_cost,
                  "Leftover figures closer than this pair as number_mismatch, else missing + added")
      ->capture_default_str();
  cmd->add_option("--partial-min-words", check.partial_min_words,
                  "Smallest clause (content words) reported as partial omission/addition")
      ->check(CLI::Range(1, 100))->capture_default_str();
  cmd->add_option("--partial-max-coverage", check.partial_max_coverage,
                  "A clause whose covered share of words is below this is a partial omission/addition; "
                  "larger = more flags")
      ->check(CLI::Range(0.0, 1.0))->capture_default_str();
  cmd->add_option("--min-cosine", coverage.min_cosine,
                  "A word is covered by a word of the other side at this cosine or above")
      ->check(CLI::Range(-1.0, 1.0))->capture_default_str();
}

bool DriftNeedsModel(const DriftFlags& flags, const std::string& model_path) {
  std::error_code ec;
  return flags.coverage_mode == "model" ||
         (flags.coverage_mode == "auto" && std::filesystem::exists(model_path, ec));
}

namespace {

// The checker of `flags` for the languages of `pair`, and the coverage scorer
// it uses (null: none); *coverage_used is "model", "lexical" or "off".
StatusOr<drift::Checker> NewChecker(const DriftFlags& flags, const PairFlags& pair, const embed::Model* model,
                                    std::unique_ptr<drift::CoverageScorer>* coverage, std::string* coverage_used) {
  drift::CheckerOptions options = flags.check;
  ASSIGN_OR_RETURN(options.src_lang, drift::ParseLang(pair.src_lang));
  ASSIGN_OR_RETURN(options.tgt_lang, drift::ParseLang(pair.tgt_lang));
  ASSIGN_OR_RETURN(drift::Checker checker, drift::Checker::Create(options));
  if (flags.coverage_mode == "lexical") {
    *coverage = std::make_unique<drift::CoverageScorer>(0, drift::WordVectorFn(), flags.coverage);
  } else if (model != nullptr && flags.coverage_mode != "off") {
    *coverage = std::make_unique<drift::CoverageScorer>(model->dim(), ModelWordVectors(model), flags.coverage);
  }
  checker.SetCoverageScorer(coverage->get());
  *coverage_used = *coverage == nullptr ? "off" : flags.coverage_mode == "lexical" ? "lexical" : "model";
  return checker;
}

}  // namespace

StatusOr<std::vector<std::vector<drift::Flag>>> CheckDrift(const DriftFlags& flags, const PairFlags& pair,
                                                           const embed::Model* model,
                                                           const std::vector<segment::Sentence>& src,
                                                           const std::vector<segment::Sentence>& tgt,
                                                           const std::vector<align::Bead>& beads,
                                                           std::string* coverage_used) {
  std::unique_ptr<drift::CoverageScorer> coverage;
  ASSIGN_OR_RETURN(drift::Checker checker, NewChecker(flags, pair, model, &coverage, coverage_used));
  return checker.Check(src, tgt, beads);
}

StatusOr<std::unique_ptr<DriftCheck>> DriftCheck::Start(const DriftFlags& flags, const PairFlags& pair,
                                                        const embed::Model* model,
                                                        const std::vector<segment::Sentence>& src,
                                                        const std::vector<segment::Sentence>& tgt) {
  std::unique_ptr<drift::CoverageScorer> coverage;
  std::string coverage_used;
  ASSIGN_OR_RETURN(drift::Checker checker, NewChecker(flags, pair, model, &coverage, &coverage_used));
  std::unique_ptr<DriftCheck> check(new DriftCheck(std::move(checker), src, tgt));
  check->coverage_ = std::move(coverage);
  check->checker_.SetCoverageScorer(check->coverage_.get());
  check->coverage_used_ = coverage_used;
  // All the word vectors are looked up here: on the second core, that costs
  // less time than looking up only the needed ones after the alignment.
  // (Without a free thread, async|deferred runs it in Finish instead.)
  const DriftCheck* self = check.get();
  check->prepared_ = std::async(std::launch::async | std::launch::deferred, [self] {
    return self->checker_.Prepare(self->src_, self->tgt_, /*load_vectors=*/true);
  });
  return check;
}

DriftCheck::~DriftCheck() {
  if (prepared_.valid()) prepared_.wait();
}

Status DriftCheck::Finish(report::AlignmentReport* report) {
  drift::PreparedPair prepared = prepared_.get();
  // Both cores are free again: the bead checks of a long document are split.
  const int threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  report->flags = checker_.Check(src_, tgt_, report->beads, &prepared, threads);
  report->params["coverage_checks"] = coverage_used_;
  return Status::Ok();
}

drift::WordVectorFn ModelWordVectors(const embed::Model* model) {
  return [model](drift::Lang lang, std::string_view word, float* out) {
    model->WordVector(lang == drift::Lang::kEn ? "en" : "fr", word, out);
  };
}

bool FormatNamesModel(const std::string& format) {
  return format != "vecalign" && format != "tsv" && format != "moses" && format != "text";
}

}  // namespace driftalign::cli
