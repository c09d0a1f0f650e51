#include "pipeline/pipeline.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <iostream>
#include <string>
#include <thread>

#include "align/bead_io.h"
#include "align/gale_church.h"
#include "embed/document_vectors.h"
#include "embed/tokenizer.h"
#include "pipeline/model_lookup.h"
#include "segment/segmenter.h"
#include "text/lang.h"
#include "text/parallel.h"

namespace driftalign::pipeline {

namespace {

// Segments `doc` with `segmenter`; the warnings about replaced bytes and
// about a document without any sentence are appended to *warnings. More
// sentences than `max_sentences` (0: no limit) is an InputError.
StatusOr<SegmentedInput> SegmentDocument(const segment::Segmenter& segmenter, text::Document doc,
                                         size_t max_sentences, std::string* warnings) {
  if (!doc.replaced_offsets.empty()) {
    *warnings += "driftalign: warning: " + doc.path + ": replaced " + std::to_string(doc.replaced_offsets.size()) +
                 " invalid UTF-8 byte(s) by '?', first at byte offset " +
                 std::to_string(doc.replaced_offsets.front()) + "\n";
  }
  SegmentedInput result;
  result.sentences = segmenter.Segment(doc.bytes, doc.content_begin);
  if (max_sentences > 0 && result.sentences.size() > max_sentences) {
    return InputError(doc.path + ": more than " + std::to_string(max_sentences) +
                      " sentences (the limit; --max-sentences changes it, 0 lifts it): sentence " +
                      std::to_string(max_sentences + 1) + " starts at byte offset " +
                      std::to_string(result.sentences[max_sentences].begin));
  }
  if (result.sentences.empty()) {
    *warnings += "driftalign: warning: " + doc.path + ": no sentences (empty or blank input)\n";
  }
  result.doc = std::move(doc);
  return result;
}

// The same, warning on stderr.
StatusOr<SegmentedInput> SegmentDocument(const segment::Segmenter& segmenter, text::Document doc,
                                         size_t max_sentences) {
  std::string warnings;
  StatusOr<SegmentedInput> result = SegmentDocument(segmenter, std::move(doc), max_sentences, &warnings);
  std::cerr << warnings;
  return result;
}

// ReadAndSegment with its warnings appended to *warnings instead of printed.
StatusOr<SegmentedInput> ReadAndSegmentQuietly(const std::string& path, const std::string& lang,
                                               const InputOptions& options, std::string* warnings) {
  ASSIGN_OR_RETURN(auto segmenter, segment::Segmenter::Create(lang, options.segmenter_options()));
  ASSIGN_OR_RETURN(text::Document doc, text::ReadInput(path, options.input_options()));
  return SegmentDocument(segmenter, std::move(doc), options.max_sentences, warnings);
}

}  // namespace

StatusOr<SegmentedInput> ReadAndSegment(const std::string& path, const std::string& lang,
                                        const InputOptions& options) {
  std::string warnings;
  StatusOr<SegmentedInput> result = ReadAndSegmentQuietly(path, lang, options, &warnings);
  std::cerr << warnings;
  return result;
}

StatusOr<SegmentedInput> SegmentText(const std::string& name, std::string bytes, const std::string& lang,
                                     const InputOptions& options) {
  ASSIGN_OR_RETURN(auto segmenter, segment::Segmenter::Create(lang, options.segmenter_options()));
  ASSIGN_OR_RETURN(text::Document doc, text::MakeDocument(name, std::move(bytes), options.input_options()));
  return SegmentDocument(segmenter, std::move(doc), options.max_sentences);
}

StatusOr<SegmentedPair> ReadPair(const PipelineOptions& options, const std::string& src_path,
                                 const std::string& tgt_path) {
  SegmentedPair pair;
  pair.src_path = src_path;
  pair.tgt_path = tgt_path;
  if (!options.use_second_thread || text::ResolveThreads(options.threads) < 2) {
    ASSIGN_OR_RETURN(pair.src, ReadAndSegment(src_path, options.src_lang, options.input));
    ASSIGN_OR_RETURN(pair.tgt, ReadAndSegment(tgt_path, options.tgt_lang, options.input));
    return pair;
  }
  // The target is read on a second thread while this one reads the source;
  // the warnings and the first error come out as in the sequential order
  // (the source's first; nothing of the target's when the source fails).
  std::string tgt_warnings;
  std::future<StatusOr<SegmentedInput>> tgt = std::async(std::launch::async, [&] {
    return ReadAndSegmentQuietly(tgt_path, options.tgt_lang, options.input, &tgt_warnings);
  });
  StatusOr<SegmentedInput> src = ReadAndSegment(src_path, options.src_lang, options.input);
  StatusOr<SegmentedInput> tgt_result = tgt.get();
  if (!src.ok()) return src.status();
  std::cerr << tgt_warnings;
  if (!tgt_result.ok()) return tgt_result.status();
  pair.src = std::move(*src);
  pair.tgt = std::move(*tgt_result);
  return pair;
}

std::vector<std::string_view> Texts(const std::vector<segment::Sentence>& sentences) {
  std::vector<std::string_view> texts;
  texts.reserve(sentences.size());
  for (const segment::Sentence& s : sentences) texts.push_back(s.text);
  return texts;
}

namespace {

// The unit word vectors and SIF weights of every sentence, tokenised as the
// model was trained (for the coverage evidence, align/word_coverage.h): the
// first `search.coverage_max_sentence_words` of each sentence. Empty (size 0)
// when the side has more than `search.coverage_max_words` such words.
StatusOr<align::SentenceWords> WordsOf(const embed::Model& model, const std::string& lang,
                                       const std::vector<segment::Sentence>& sentences,
                                       const align::SearchOptions& search) {
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
      if (static_cast<int>(weights.size()) >= search.coverage_max_sentence_words) break;
      const float w = model.WordVectorAndWeight(lang, t, v.data());
      float norm = 0.0f;
      for (float x : v) norm += x * x;
      if (w <= 0.0f || norm <= 0.0f) continue;
      norm = 1.0f / std::sqrt(norm);
      for (float x : v) vectors.push_back(x * norm);
      weights.push_back(w);
    }
    words.AddSentence(vectors, weights);
    if (words.offsets.back() > search.coverage_max_words) return align::SentenceWords();
  }
  return words;
}

}  // namespace

StatusOr<std::vector<align::Bead>> AlignSentences(const embed::Model& model,
                                                  const align::AlignerOptions& options,
                                                  const std::string& src_lang,
                                                  const std::vector<segment::Sentence>& src,
                                                  const std::string& tgt_lang,
                                                  const std::vector<segment::Sentence>& tgt,
                                                  int threads) {
  const embed::DocumentVectors src_vecs = embed::DocumentVectors::Build(model, src_lang, Texts(src), threads);
  const embed::DocumentVectors tgt_vecs = embed::DocumentVectors::Build(model, tgt_lang, Texts(tgt), threads);
  align::Side src_side{&src, src_vecs.dim(), [&src_vecs](int b, int e, float* out) { src_vecs.Block(b, e, out); }};
  align::Side tgt_side{&tgt, tgt_vecs.dim(), [&tgt_vecs](int b, int e, float* out) { tgt_vecs.Block(b, e, out); }};
  src_side.sentence_vectors = src_vecs.Sentences().data();
  tgt_side.sentence_vectors = tgt_vecs.Sentences().data();
  align::SentenceWords src_words, tgt_words;
  const int longest = static_cast<int>(std::max(src.size(), tgt.size()));
  if (options.reward.coverage_weight != 0 && longest <= options.search.coverage_max_sentences) {
    ASSIGN_OR_RETURN(src_words, WordsOf(model, src_lang, src, options.search));
    ASSIGN_OR_RETURN(tgt_words, WordsOf(model, tgt_lang, tgt, options.search));
    if (src_words.size() > 0 && tgt_words.size() > 0) {  // neither over coverage_max_words
      src_side.words = &src_words;
      tgt_side.words = &tgt_words;
    }
  }
  align::AlignerOptions aligner = options;
  aligner.search.threads = threads;  // the band DP's rewards on the same threads as the embedding
  return align::Aligner(aligner).Align(src_side, tgt_side);
}

drift::SentenceVectorFn ModelSentenceVectors(const embed::Model* model) {
  return [model](drift::Lang lang, std::string_view text, float* out) {
    embed::DocumentVectors::Build(*model, std::string(text::LangCode(lang)), {text}).Block(0, 1, out);
  };
}

drift::WordVectorFn ModelWordVectors(const embed::Model* model) {
  return [model](drift::Lang lang, std::string_view word, float* out) {
    model->WordVector(text::LangCode(lang), word, out);
  };
}

namespace {

// The checker of `options` for the two languages, and the coverage scorer it
// uses (null: none); *coverage_used is "model", "lexical" or "off".
StatusOr<drift::Checker> NewChecker(const DriftOptions& options, const std::string& src_lang,
                                    const std::string& tgt_lang, const embed::Model* model,
                                    std::unique_ptr<drift::CoverageScorer>* coverage, std::string* coverage_used) {
  drift::CheckerOptions checker_options = options.check;
  ASSIGN_OR_RETURN(checker_options.src_lang, ParseLanguage(src_lang));
  ASSIGN_OR_RETURN(checker_options.tgt_lang, ParseLanguage(tgt_lang));
  ASSIGN_OR_RETURN(drift::Checker checker, drift::Checker::Create(checker_options));
  const bool lexical = options.coverage_mode == CoverageMode::kLexical;
  if (lexical) {
    *coverage = std::make_unique<drift::CoverageScorer>(0, drift::WordVectorFn(), options.coverage);
  } else if (model != nullptr && options.coverage_mode != CoverageMode::kOff) {
    *coverage = std::make_unique<drift::CoverageScorer>(model->dim(), ModelWordVectors(model), options.coverage);
    (*coverage)->SetSentenceVectors(ModelSentenceVectors(model));
  }
  checker.SetCoverageScorer(coverage->get());
  *coverage_used = *coverage == nullptr ? "off" : lexical ? "lexical" : "model";
  return checker;
}

}  // namespace

StatusOr<std::unique_ptr<DriftCheck>> DriftCheck::Start(const DriftOptions& options, const std::string& src_lang,
                                                        const std::string& tgt_lang, const embed::Model* model,
                                                        const std::vector<segment::Sentence>& src,
                                                        const std::vector<segment::Sentence>& tgt,
                                                        bool second_thread, int threads) {
  std::unique_ptr<drift::CoverageScorer> coverage;
  std::string coverage_used;
  ASSIGN_OR_RETURN(drift::Checker checker, NewChecker(options, src_lang, tgt_lang, model, &coverage, &coverage_used));
  std::unique_ptr<DriftCheck> check(new DriftCheck(std::move(checker), src, tgt));
  check->coverage_ = std::move(coverage);
  check->checker_.SetCoverageScorer(check->coverage_.get());
  check->coverage_used_ = coverage_used;
  const DriftCheck* self = check.get();
  if (!second_thread) {
    // Everything on the caller's thread, in Finish: only the word vectors
    // the bead checks need are looked up.
    check->prepared_ = std::async(std::launch::deferred, [self] { return self->checker_.Prepare(self->src_, self->tgt_); });
    return check;
  }
  // All the word vectors are looked up here: on the second core, that costs
  // less time than looking up only the needed ones after the alignment.
  // (Without a free thread, async|deferred runs it in Finish instead.)
  // Both cores are free again in Finish: the bead checks of a long document
  // are split; the facts of the sentences are read on the same threads.
  check->threads_ = text::ResolveThreads(threads);
  check->prepared_ = std::async(std::launch::async | std::launch::deferred, [self] {
    return self->checker_.Prepare(self->src_, self->tgt_, /*load_vectors=*/true, self->threads_);
  });
  return check;
}

DriftCheck::~DriftCheck() {
  if (prepared_.valid()) prepared_.wait();
}

Status DriftCheck::Finish(report::AlignmentReport* report) {
  drift::PreparedPair prepared = prepared_.get();
  report->flags = checker_.Check(src_, tgt_, report->beads, &prepared, threads_, &report->divergence);
  report->params["coverage_checks"] = coverage_used_;
  return Status::Ok();
}

namespace {

// 1-1 beads of line i <-> line i; an extra line on one side is a null bead.
std::vector<align::Bead> ParallelBeads(size_t n_src, size_t n_tgt) {
  std::vector<align::Bead> beads;
  const size_t n = std::max(n_src, n_tgt);
  for (size_t i = 0; i < n; ++i) {
    align::Bead b;
    if (i < n_src) b.src = {static_cast<int>(i)};
    if (i < n_tgt) b.tgt = {static_cast<int>(i)};
    b.score = 1.0;
    beads.push_back(std::move(b));
  }
  return beads;
}

// The threads one pair may use: options.threads (0: one per core), or 1 for
// callers that keep every core busy themselves (use_second_thread off).
int ThreadsOf(const PipelineOptions& options) {
  return options.use_second_thread ? text::ResolveThreads(options.threads) : 1;
}

}  // namespace

StatusOr<std::vector<align::Bead>> FindBeads(const PipelineOptions& options, const embed::Model* model,
                                             const SegmentedPair& pair) {
  const std::vector<segment::Sentence>& src = pair.src.sentences;
  const std::vector<segment::Sentence>& tgt = pair.tgt.sentences;
  switch (options.method) {
    case Method::kParallel: return ParallelBeads(src.size(), tgt.size());
    case Method::kBeadsFile: {
      ASSIGN_OR_RETURN(std::vector<align::Bead> beads,
                       align::ReadBeadsFile(options.beads_path, align::SentenceCounts{src.size(), tgt.size()}));
      for (align::Bead& b : beads) b.score = 1.0;  // given beads are taken as certain; a score in the file is ignored
      return beads;
    }
    case Method::kGaleChurch: return align::GaleChurchAlign(src, tgt, {});
    case Method::kEmbedding: break;
  }
  if (model == nullptr) return InvalidArgument("the embedding aligner needs a model");
  return AlignSentences(*model, options.aligner, options.src_lang, src, options.tgt_lang, tgt, ThreadsOf(options));
}

StatusOr<report::AlignmentReport> AlignAndCheck(const PipelineOptions& options, const embed::Model* model,
                                                const SegmentedPair& pair) {
  report::AlignmentReport report;
  report.tool_version = options.tool_version;
  report.src = {options.src_lang, pair.src_path, pair.src.doc.sha256, &pair.src.sentences};
  report.tgt = {options.tgt_lang, pair.tgt_path, pair.tgt.doc.sha256, &pair.tgt.sentences};
  report.params = options.report_params;
  if (model != nullptr) report.model_name = model->name();
  // The drift check's sentence-level work runs on a second thread while this
  // one finds the beads.
  std::unique_ptr<DriftCheck> check;
  if (options.check) {
    const int threads = ThreadsOf(options);
    ASSIGN_OR_RETURN(check, DriftCheck::Start(options.drift, options.src_lang, options.tgt_lang, model,
                                              pair.src.sentences, pair.tgt.sentences, threads > 1, threads));
  }
  ASSIGN_OR_RETURN(report.beads, FindBeads(options, model, pair));
  if (check) {
    RETURN_IF_ERROR(check->Finish(&report));
  } else {
    report.params["coverage_checks"] = "not run";
  }
  if (model != nullptr && options.record_model_sha256) report.model_sha256 = model->sha256();
  return report;
}

StatusOr<std::unique_ptr<PairRun>> RunPair(const PipelineOptions& options, const std::string& src_path,
                                           const std::string& tgt_path, const std::string& model_hint) {
  auto run = std::make_unique<PairRun>();
  ASSIGN_OR_RETURN(run->pair, ReadPair(options, src_path, tgt_path));
  ASSIGN_OR_RETURN(run->model, LoadModelFor(options, model_hint));
  ASSIGN_OR_RETURN(run->report, AlignAndCheck(options, run->model.get(), run->pair));
  return run;
}

}  // namespace driftalign::pipeline
