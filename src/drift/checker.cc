#include "drift/checker.h"

#include <algorithm>
#include <string_view>
#include <thread>

#include "drift/checks/bead_view.h"
#include "drift/checks/clauses.h"
#include "drift/checks/entities.h"
#include "drift/checks/figures.h"
#include "drift/checks/omissions.h"
#include "drift/checks/quotes.h"
#include "drift/coverage.h"

namespace driftalign::drift {

StatusOr<Checker> Checker::Create(const CheckerOptions& options) {
  if (options.quote_position_slack < 0 || options.quote_position_slack > 1) {
    return InvalidArgument("quote_position_slack must be in [0, 1], got " +
                           std::to_string(options.quote_position_slack));
  }
  ASSIGN_OR_RETURN(FactExtractor ex, FactExtractor::Create());
  return Checker(options, std::move(ex));
}

std::vector<std::vector<Fact>> Checker::ExtractAll(const std::vector<segment::Sentence>& sentences,
                                                   Lang lang) const {
  std::vector<std::vector<Fact>> out;
  out.reserve(sentences.size());
  for (const segment::Sentence& s : sentences) out.push_back(extractor_.Extract(s.text, lang));
  return out;
}

std::vector<Flag> Checker::CheckBead(const align::Bead& bead, const std::vector<segment::Sentence>& src,
                                     const std::vector<segment::Sentence>& tgt, PreparedPair* prepared,
                                     WordVectorCache* cache) const {
  BeadView view(bead, src, tgt, options_, prepared, cache, coverage_);
  if (bead.is_null()) {
    AddOmissionFlags(&view);
    return std::move(view.flags);
  }
  AddFigureFlags(&view);
  AddQuoteMissingFlags(&view);
  AddAcronymFlags(&view);
  AddNameFlags(&view);
  // Datelines, bylines and time stamps differ between editions by design:
  // their flags are info, and their clauses are not checked.
  const bool meta = AllMeta(bead.src, src) || AllMeta(bead.tgt, tgt);
  if (meta) for (Flag& f : view.flags) f.severity = Severity::kInfo;
  if (coverage_ != nullptr && !meta) AddClauseFlags(&view);
  SortFlags(&view.flags);
  return std::move(view.flags);
}

PreparedPair Checker::Prepare(const std::vector<segment::Sentence>& src,
                              const std::vector<segment::Sentence>& tgt, bool load_vectors) const {
  PreparedPair p;
  p.facts[0] = ExtractAll(src, options_.src_lang);
  p.facts[1] = ExtractAll(tgt, options_.tgt_lang);
  const bool vectors = coverage_ != nullptr && coverage_->has_vectors();
  if (ComparesNames(options_, vectors)) {
    p.lower[0] = LowerWords(src);
    p.lower[1] = LowerWords(tgt);
  }
  if (coverage_ != nullptr) {
    const std::vector<segment::Sentence>* sides[2] = {&src, &tgt};
    const Lang langs[2] = {options_.src_lang, options_.tgt_lang};
    for (int side = 0; side < 2; ++side) {
      p.words[side].reserve(sides[side]->size());
      for (const segment::Sentence& s : *sides[side]) {
        p.words[side].push_back(coverage_->Tokens(s.text, langs[side], &p.cache));
        if (load_vectors && vectors) coverage_->WarmCache(p.words[side].back(), langs[side], &p.cache);
      }
    }
  }
  return p;
}

std::vector<std::vector<Flag>> Checker::Check(const std::vector<segment::Sentence>& src,
                                              const std::vector<segment::Sentence>& tgt,
                                              const std::vector<align::Bead>& beads) const {
  PreparedPair prepared = Prepare(src, tgt);
  return Check(src, tgt, beads, &prepared);
}

std::vector<std::vector<Flag>> Checker::Check(const std::vector<segment::Sentence>& src,
                                              const std::vector<segment::Sentence>& tgt,
                                              const std::vector<align::Bead>& beads,
                                              PreparedPair* prepared, int threads) const {
  std::vector<std::vector<Flag>> out(beads.size());
  // Beads below this count are not worth a thread.
  constexpr size_t kMinBeadsPerThread = 256;
  const size_t parts = std::max<size_t>(
      1, std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), beads.size() / kMinBeadsPerThread));
  if (parts == 1) {
    for (size_t i = 0; i < beads.size(); ++i) out[i] = CheckBead(beads[i], src, tgt, prepared, &prepared->cache);
    return out;
  }
  // Consecutive runs of beads per thread, each with its own overlay of the
  // shared cache (which nobody writes meanwhile). A bead's flags depend on
  // the bead only, so the result is the same for any thread count.
  auto run = [&](size_t part) {
    WordVectorCache overlay(&prepared->cache);
    const size_t begin = beads.size() * part / parts, end = beads.size() * (part + 1) / parts;
    for (size_t i = begin; i < end; ++i) out[i] = CheckBead(beads[i], src, tgt, prepared, &overlay);
  };
  std::vector<std::thread> workers;
  for (size_t part = 1; part < parts; ++part) workers.emplace_back(run, part);
  run(0);
  for (std::thread& w : workers) w.join();
  return out;
}

std::vector<Flag> Checker::CheckPair(std::string_view src_text, std::string_view tgt_text) const {
  std::vector<segment::Sentence> s(1), t(1);
  s[0].text = std::string(src_text);
  s[0].end = src_text.size();
  t[0].text = std::string(tgt_text);
  t[0].end = tgt_text.size();
  align::Bead bead;
  bead.src = {0};
  bead.tgt = {0};
  return Check(s, t, {bead}).front();
}

}  // namespace driftalign::drift
