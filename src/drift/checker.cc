#include "drift/checker.h"

#include <algorithm>
#include <atomic>
#include <latch>
#include <string_view>
#include <thread>

#include "drift/checks/bead_divergence.h"
#include "drift/checks/bead_size.h"
#include "drift/checks/bead_view.h"
#include "drift/checks/clauses.h"
#include "drift/checks/entities.h"
#include "drift/checks/figures.h"
#include "drift/checks/names.h"
#include "drift/checks/negation.h"
#include "drift/checks/omissions.h"
#include "drift/checks/quotes.h"
#include "drift/checks/repeated_words.h"
#include "drift/checks/untranslated.h"
#include "drift/checks/word_gaps.h"
#include "text/parallel.h"
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
                                     WordVectorCache* cache, BeadDivergence* divergence) const {
  BeadView view(bead, src, tgt, options_, prepared, cache, coverage_);
  if (bead.is_null()) {
    AddOmissionFlags(&view);
    if (divergence != nullptr) *divergence = MeasureBeadDivergence(&view);
    return std::move(view.flags);
  }
  if (AddNotCheckedFlags(&view)) return std::move(view.flags);
  AddFigureFlags(&view);
  AddQuoteMissingFlags(&view);
  AddAcronymFlags(&view);
  AddNameFlags(&view);
  AddNegationFlags(&view);
  AddUntranslatedFlags(&view);
  AddRepeatedWordFlags(&view);
  // Datelines, bylines and time stamps differ between editions by design:
  // their flags are info, and their clauses are not checked.
  const bool meta = AllMeta(bead.src, src) || AllMeta(bead.tgt, tgt);
  if (meta) for (Flag& f : view.flags) f.severity = Severity::kInfo;
  if (coverage_ != nullptr && !meta) {
    AddClauseFlags(&view, /*word_gaps=*/true);
  }
  if (divergence != nullptr) *divergence = MeasureBeadDivergence(&view);
  SortFlags(&view.flags);
  return std::move(view.flags);
}

PreparedPair Checker::Prepare(const std::vector<segment::Sentence>& src,
                              const std::vector<segment::Sentence>& tgt, bool load_vectors, int threads) const {
  PreparedPair p;
  // Sentence i of the two sides together, source first.
  const size_t n_src = src.size(), n_all = src.size() + tgt.size();
  const std::vector<segment::Sentence>* sides[2] = {&src, &tgt};
  const Lang langs[2] = {options_.src_lang, options_.tgt_lang};
  auto side_of = [n_src](size_t i) { return i < n_src ? 0 : 1; };
  auto index_of = [n_src](size_t i) { return i < n_src ? i : i - n_src; };
  p.facts[0].resize(src.size());
  p.facts[1].resize(tgt.size());
  if (coverage_ != nullptr) {
    p.words[0].resize(src.size());
    p.words[1].resize(tgt.size());
  }
  auto tokens = [&](size_t begin, size_t end, WordVectorCache* cache) {
    for (size_t i = begin; i < end && coverage_ != nullptr; ++i) {
      const int k = side_of(i);
      p.words[k][index_of(i)] = coverage_->Tokens((*sides[k])[index_of(i)].text, langs[k], cache);
    }
  };
  auto facts = [&](size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      const int k = side_of(i);
      p.facts[k][index_of(i)] = extractor_.Extract((*sides[k])[index_of(i)].text, langs[k]);
    }
  };
  // The rest needs every sentence's words: the word keys in one cache, the
  // vectors, the lower-case words of each side.
  auto document_part = [&] {
    const bool vectors = coverage_ != nullptr && coverage_->has_vectors();
    if (load_vectors && vectors) {
      for (size_t i = 0; i < n_all; ++i) {
        const int k = side_of(i);
        coverage_->WarmCache(p.words[k][index_of(i)], langs[k], &p.cache);
      }
    }
    if (ComparesNames(options_, vectors)) {
      p.lower[0] = LowerWords(src);
      p.lower[1] = LowerWords(tgt);
    }
  };
  constexpr size_t kMinChunk = 256;
  const size_t chunks = std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), n_all / kMinChunk));
  if (chunks == 1) {
    tokens(0, n_all, &p.cache);
    document_part();
    facts(0, n_all);
    return p;
  }
  // On `chunks` threads: each reads the words of one run of sentences into a
  // cache of its own; once all are read, this thread gives them the keys of
  // one cache (below) and does the document part while the others read the
  // facts, in runs of sentences taken in turn, as this one does after it.
  // Every sentence's words and facts are the same for any split.
  std::vector<WordVectorCache> local(chunks);
  std::latch words_read(static_cast<std::ptrdiff_t>(chunks));
  std::atomic<size_t> next_facts{0};
  constexpr size_t kFactsRun = 512;
  auto work = [&](size_t c) {
    tokens(n_all * c / chunks, n_all * (c + 1) / chunks, &local[c]);
    words_read.count_down();
    if (c == 0) {
      words_read.wait();
      // The keys in the order a single cache would have given them: chunk
      // by chunk, each chunk's keys in the order it met them (a key met in an
      // earlier chunk keeps its key).
      for (size_t k = 0; k < chunks; ++k) {
        std::vector<int> key(local[k].key_count());
        for (size_t id = 0; id < key.size(); ++id) key[id] = p.cache.Key(local[k].KeyText(static_cast<int>(id)));
        for (size_t i = n_all * k / chunks; i < n_all * (k + 1) / chunks; ++i) {
          ContentWords& w = p.words[side_of(i)][index_of(i)];
          for (int& x : w.word) x = key[static_cast<size_t>(x)];
          for (int& x : w.prefix) x = x < 0 ? x : key[static_cast<size_t>(x)];
        }
        local[k] = WordVectorCache();
      }
      document_part();
    }
    for (size_t b = next_facts.fetch_add(kFactsRun); b < n_all; b = next_facts.fetch_add(kFactsRun)) {
      facts(b, std::min(n_all, b + kFactsRun));
    }
  };
  text::ThreadGroup workers;
  for (size_t c = 1; c < chunks; ++c) workers.Run([&work, c] { work(c); });
  work(0);
  workers.Join();
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
                                              PreparedPair* prepared, int threads,
                                              std::vector<BeadDivergence>* divergence) const {
  std::vector<std::vector<Flag>> out(beads.size());
  if (divergence != nullptr) divergence->assign(beads.size(), BeadDivergence());
  auto divergence_of = [divergence](size_t i) { return divergence != nullptr ? &(*divergence)[i] : nullptr; };
  // Beads below this count are not worth a thread.
  constexpr size_t kMinBeadsPerThread = 256;
  const size_t parts = std::max<size_t>(
      1, std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), beads.size() / kMinBeadsPerThread));
  if (parts == 1) {
    for (size_t i = 0; i < beads.size(); ++i) {
      out[i] = CheckBead(beads[i], src, tgt, prepared, &prepared->cache, divergence_of(i));
    }
    CheckSplitPairs(src, tgt, beads, prepared, &out);
    return out;
  }
  // Consecutive runs of beads per thread, each with its own overlay of the
  // shared cache (which nobody writes meanwhile). A bead's flags depend on
  // the bead only, so the result is the same for any thread count.
  auto run = [&](size_t part) {
    WordVectorCache overlay(&prepared->cache);
    const size_t begin = beads.size() * part / parts, end = beads.size() * (part + 1) / parts;
    for (size_t i = begin; i < end; ++i) out[i] = CheckBead(beads[i], src, tgt, prepared, &overlay, divergence_of(i));
  };
  text::ThreadGroup workers;
  for (size_t part = 1; part < parts; ++part) workers.Run([&run, part] { run(part); });
  run(0);
  workers.Join();
  CheckSplitPairs(src, tgt, beads, prepared, &out);
  return out;
}

double Checker::Share(int a, int b, int side, PreparedPair* prepared) const {
  ContentWords* w[2] = {&prepared->words[0][static_cast<size_t>(a)], &prepared->words[1][static_cast<size_t>(b)]};
  // Like a bead past max_bead_words, a pair that large is not compared.
  if (w[side]->word.empty() || w[1 - side]->word.size() > options_.max_bead_words) return 0;
  const Lang langs[2] = {options_.src_lang, options_.tgt_lang};
  for (int k = 0; k < 2; ++k) coverage_->LoadVectors(w[k], langs[k], &prepared->cache);
  const double share = coverage_->Coverage(*w[side], *w[1 - side]);
  for (ContentWords* x : w) CoverageScorer::DropVectors(x);
  return share;
}

bool Checker::CoverEachOther(int a, int b, PreparedPair* prepared) const {
  ContentWords* w[2] = {&prepared->words[0][static_cast<size_t>(a)], &prepared->words[1][static_cast<size_t>(b)]};
  const size_t shorter = w[0]->word.size() <= w[1]->word.size() ? 0 : 1;
  // Two content words are enough when both are linked ("Avant le début du
  // spectacle." left of a 34-word sentence); fewer say nothing.
  const size_t n = w[shorter]->word.size();
  if (n < 2) return false;
  // (A pair past max_bead_words is not compared: Share gives 0.)
  const double share = Share(a, b, static_cast<int>(shorter), prepared);
  return n >= 3 ? share >= options_.split_pair_min_coverage : share >= 1.0;
}

void Checker::CheckSplitPairs(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
                              const std::vector<align::Bead>& beads, PreparedPair* prepared,
                              std::vector<std::vector<Flag>>* flags) const {
  if (coverage_ == nullptr || !coverage_->has_vectors()) return;
  std::vector<bool> used(beads.size(), false);  // beads re-paired here
  for (size_t i = 0; i + 1 < beads.size(); ++i) {
    const align::Bead& x = beads[i];
    const align::Bead& y = beads[i + 1];
    const bool x_src = x.src.size() == 1 && x.tgt.empty() && y.src.empty() && y.tgt.size() == 1;
    const bool y_src = y.src.size() == 1 && y.tgt.empty() && x.src.empty() && x.tgt.size() == 1;
    if (!x_src && !y_src) continue;
    const size_t si = x_src ? i : i + 1, ti = x_src ? i + 1 : i;
    align::Bead pair;
    pair.src = beads[si].src;
    pair.tgt = beads[ti].tgt;
    // Headlines and meta lines (datelines, bylines) are not sentences that
    // get shortened: only body sentences are paired.
    if (src[static_cast<size_t>(pair.src[0])].kind != segment::SentenceKind::kBody ||
        tgt[static_cast<size_t>(pair.tgt[0])].kind != segment::SentenceKind::kBody ||
        !CoverEachOther(pair.src[0], pair.tgt[0], prepared)) {
      continue;
    }
    for (size_t k : {si, ti}) {
      for (Flag& f : (*flags)[k]) {
        if (f.kind != FlagKind::kOmission && f.kind != FlagKind::kAddition) continue;
        f.severity = Severity::kInfo;
        f.message += " (it shares most of its words with the neighbouring sentence: checked as one bead)";
      }
    }
    std::vector<Flag> pair_flags = CheckBead(pair, src, tgt, prepared, &prepared->cache);
    for (Flag& f : pair_flags) (*flags)[si].push_back(std::move(f));
    used[i] = used[i + 1] = true;
    ++i;  // both beads are used
  }
  CheckGluedSplits(src, tgt, beads, prepared, &used, flags);
}

void Checker::CheckGluedSplits(const std::vector<segment::Sentence>& src, const std::vector<segment::Sentence>& tgt,
                               const std::vector<align::Bead>& beads, PreparedPair* prepared,
                               std::vector<bool>* used, std::vector<std::vector<Flag>>* flags) const {
  // A null bead [a]:[] whose shortened translation b the aligner glued to
  // the next bead ([c]:[b, d]) or the previous one ([c]:[d, b]); and the
  // mirror, []:[b] next to [a, c]:[d]. When a and b cover each other, [a]:[b]
  // is checked as a bead and the neighbour without b: a partial omission in
  // place of a "no counterpart" error (issue 15, cause 4).
  for (size_t i = 0; i < beads.size(); ++i) {
    const align::Bead& x = beads[i];
    const bool src_null = x.src.size() == 1 && x.tgt.empty();
    const bool tgt_null = x.tgt.size() == 1 && x.src.empty();
    if ((!src_null && !tgt_null) || (*used)[i]) continue;
    for (int step : {1, -1}) {
      if (step > 0 ? i + 1 >= beads.size() : i == 0) continue;
      const size_t j = step > 0 ? i + 1 : i - 1;
      if ((*used)[j]) continue;  // each bead re-paired once at most
      const align::Bead& y = beads[j];
      // The side of y that holds x's partner, and the partner at y's edge next to x.
      const std::vector<int>& other = src_null ? y.tgt : y.src;
      const std::vector<int>& mine = src_null ? y.src : y.tgt;
      if (other.size() < 2 || mine.empty()) continue;
      const int partner = step > 0 ? other.front() : other.back();
      align::Bead pair, rest = y;
      std::vector<int>& rest_other = src_null ? rest.tgt : rest.src;
      rest_other.erase(step > 0 ? rest_other.begin() : rest_other.end() - 1);
      pair.src = src_null ? x.src : std::vector<int>{partner};
      pair.tgt = src_null ? std::vector<int>{partner} : x.tgt;
      if (src[static_cast<size_t>(pair.src[0])].kind != segment::SentenceKind::kBody ||
          tgt[static_cast<size_t>(pair.tgt[0])].kind != segment::SentenceKind::kBody ||
          !CoverEachOther(pair.src[0], pair.tgt[0], prepared)) {
        continue;
      }
      // The partner must say more of x's sentence than of its own bead's
      // sentences: a deleted sentence's neighbour shares words with it too.
      const int side = src_null ? 1 : 0;  // the partner's side
      const double with_x = Share(pair.src[0], pair.tgt[0], side, prepared);
      double with_own = 0;
      for (int m : mine) {
        with_own = std::max(with_own, src_null ? Share(m, partner, side, prepared) : Share(partner, m, side, prepared));
      }
      if (with_x <= with_own) continue;
      for (Flag& f : (*flags)[i]) {
        if (f.kind != FlagKind::kOmission && f.kind != FlagKind::kAddition) continue;
        f.severity = Severity::kInfo;
        f.message += " (it shares most of its words with a sentence of the neighbouring bead: checked with it)";
      }
      for (Flag& f : CheckBead(pair, src, tgt, prepared, &prepared->cache)) (*flags)[i].push_back(std::move(f));
      (*flags)[j] = CheckBead(rest, src, tgt, prepared, &prepared->cache);
      (*used)[i] = (*used)[j] = true;
      break;
    }
  }
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
