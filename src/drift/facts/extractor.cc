#include "drift/facts/extractor.h"

#include <algorithm>
#include <optional>

#include "drift/facts/entities.h"
#include "drift/facts/number_words.h"
#include "drift/facts/quotes.h"
#include "drift/facts/reader.h"
#include "drift/facts/word_tables.h"

namespace driftalign::drift {

FactExtractor::FactExtractor(std::unique_ptr<facts::NumberWords> words) : words_(std::move(words)) {}
FactExtractor::FactExtractor(FactExtractor&&) noexcept = default;
FactExtractor& FactExtractor::operator=(FactExtractor&&) noexcept = default;
FactExtractor::~FactExtractor() = default;

StatusOr<FactExtractor> FactExtractor::Create() {
  ASSIGN_OR_RETURN(std::unique_ptr<facts::NumberWords> w, facts::NumberWords::Create());
  return FactExtractor(std::move(w));
}

std::vector<Fact> FactExtractor::Extract(std::string_view sentence, Lang lang) const {
  return facts::SentenceReader(sentence, lang, *words_).Read();
}

namespace facts {

SentenceReader::SentenceReader(std::string_view sentence, Lang lang, const NumberWords& words)
    : s_(sentence),
      lang_(lang),
      en_(lang == Lang::kEn),
      words_(words),
      t_(Tokenize(sentence, lang)),
      n_(t_.size()),
      used_(n_, false) {}

std::vector<Fact> SentenceReader::Read() {
  ExtractQuotes(s_, &facts_);
  for (size_t k = 0; k < n_; ++k) {
    if (used_[k]) continue;
    if (TryMonthDate(k)) continue;
    if (t_[k].type == Tok::kWord) {
      ReadWord(k);
    } else if (t_[k].type == Tok::kNum) {
      ReadDigits(k);
    }
  }
  std::sort(facts_.begin(), facts_.end(), [](const Fact& a, const Fact& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.kind < b.kind;
  });
  return std::move(facts_);
}

// A word token: decades, weekdays, quantities and number words, else an
// acronym or a name.
void SentenceReader::ReadWord(size_t k) {
  if (TryFrenchDecade(k) || TryDecadeInWords(k) || TryWeekday(k) || TryApprox(k) || TryTensOf(k) ||
      TryVague(k) || TryNumberWords(k) || TryRomanOrdinal(k)) {
    return;
  }
  if (std::optional<Fact> f = EntityAt(t_, k)) {
    facts_.push_back(std::move(*f));
    used_[k] = true;
  }
}

// A figure token: a clock time, a day before its month, an ordinal or a figure.
void SentenceReader::ReadDigits(size_t k) {
  // Digits glued to a letter code: G20, A380 (an entity, not a figure). Glued
  // to a lower-case word of 3 letters or more it is a missing space
  // (depuis1993, avait30; issue 15): a figure.
  if (t_[k].glued && k > 0 && t_[k - 1].type == Tok::kWord && t_[k - 1].low != "h") {
    const Tok& w = t_[k - 1];
    const bool lower_word = !w.cap && !w.upper && w.e - w.b >= 3;
    if (!lower_word) return;
  }
  if (TryClockTime(k) || TryDayBeforeMonthDigits(k) || TryDigitOrdinal(k)) return;
  ReadFigure(k);
}

Fact& SentenceReader::Add(FactKind kind, size_t kb, size_t ke, double v) {
  Fact f;
  f.kind = kind;
  f.begin = t_[kb].b;
  f.end = t_[ke].e;
  f.value = v;
  MarkUsed(kb, ke);
  facts_.push_back(std::move(f));
  return facts_.back();
}

void SentenceReader::MarkUsed(size_t kb, size_t ke) {
  for (size_t j = kb; j <= ke; ++j) used_[j] = true;
}

SentenceReader::WordRun SentenceReader::WordsFrom(size_t start, size_t max) const {
  WordRun run;
  for (size_t j = start; j < n_ && run.words.size() < max; ++j) {
    if (t_[j].type == Tok::kWord) {
      run.words.push_back(t_[j].low);
      run.idx.push_back(j);
    } else if (!(IsPunct(t_[j], "-") && t_[j].glued)) {
      break;
    }
  }
  return run;
}

double SentenceReader::ScaleAfter(size_t last, size_t* end) const {
  if (last + 1 >= n_) return 0;
  double scale = ScaleWord(t_[last + 1].low, lang_, false);
  size_t e = last + 1;
  // "ten-thousand-crown fines", "the two-hundred-thousand army": the scale
  // word after a hyphen inside a compound.
  if (scale == 0 && last + 2 < n_ && IsPunct(t_[last + 1], "-") && t_[last + 1].glued && t_[last + 2].glued &&
      t_[last + 2].type == Tok::kWord) {
    scale = ScaleWord(t_[last + 2].low, lang_, false);
    e = last + 2;
  }
  if (scale > 0 && end != nullptr) *end = e;
  return scale;
}

}  // namespace facts
}  // namespace driftalign::drift
