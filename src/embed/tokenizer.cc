#include "embed/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/ubrk.h>
#include <unicode/ucasemap.h>
#include <unicode/utext.h>

#include <cstring>

#include "text/french.h"
#include "text/lexer.h"

namespace driftalign::embed {

namespace {

using text::IsAsciiDigit;

bool AllDigits(std::string_view s) { return !s.empty() && text::SkipDigits(s, 0) == s.size(); }

// A space that may separate digit groups: ' ', U+00A0, U+2009, U+202F. Not
// U+2007 (the fact reader's set has it): the set is part of the model
// contract (kTokenizerVersion).
bool IsGroupSpace(std::string_view gap) {
  return gap == " " || gap == "\xC2\xA0" || gap == "\xE2\x80\x89" || gap == "\xE2\x80\xAF";
}

// "000" or "000,5"/"000.5": a digit group that may continue a number after a space.
bool IsContinuationGroup(std::string_view s) {
  if (s.size() < 3 || !IsAsciiDigit(s[0]) || !IsAsciiDigit(s[1]) || !IsAsciiDigit(s[2])) return false;
  return s.size() == 3 || s[3] == ',' || s[3] == '.';
}

// Normalises separators inside a number token: a thousands separator (the
// language's group mark followed by exactly three digits) is dropped, any other
// ',' or '.' becomes the decimal mark '.'; other characters stay.
std::string NormalizeNumber(std::string_view raw, bool french) {
  const char decimal = french ? ',' : '.';
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    char c = raw[i];
    if (c == ',' || c == '.' || c == '\'') {
      const bool three = text::SkipDigits(raw, i + 1) - (i + 1) == 3;
      if (c != decimal && three) continue;  // thousands separator
      if (c == '\'') continue;              // Swiss-style grouping
      out.push_back('.');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

Tokenizer::Tokenizer(std::string lang, TokenizerOptions options,
                     std::unique_ptr<icu::BreakIterator> it, UCaseMap* casemap)
    : lang_(std::move(lang)), french_(lang_ == "fr"), options_(options),
      iterator_(std::move(it)), casemap_(casemap) {}

Tokenizer::Tokenizer(Tokenizer&& other) noexcept
    : lang_(std::move(other.lang_)), french_(other.french_), options_(other.options_),
      iterator_(std::move(other.iterator_)), casemap_(other.casemap_) {
  other.casemap_ = nullptr;
}

Tokenizer& Tokenizer::operator=(Tokenizer&& other) noexcept {
  if (this != &other) {
    if (casemap_ != nullptr) ucasemap_close(casemap_);
    lang_ = std::move(other.lang_);
    french_ = other.french_;
    options_ = other.options_;
    iterator_ = std::move(other.iterator_);
    casemap_ = other.casemap_;
    other.casemap_ = nullptr;
  }
  return *this;
}

Tokenizer::~Tokenizer() {
  if (casemap_ != nullptr) ucasemap_close(casemap_);
}

StatusOr<Tokenizer> Tokenizer::Create(const std::string& lang, const TokenizerOptions& options) {
  if (lang != "en" && lang != "fr") {
    return InvalidArgument("tokenizer: unsupported language '" + lang + "' (expected en or fr)");
  }
  UErrorCode status = U_ZERO_ERROR;
  // Word breaks of the root locale: the same rules for both languages, so a
  // token means the same thing on either side of the model.
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || !it) {
    return InternalError(std::string("tokenizer: ICU word break iterator: ") + u_errorName(status));
  }
  UCaseMap* casemap = ucasemap_open("", 0, &status);
  if (U_FAILURE(status)) {
    return InternalError(std::string("tokenizer: ICU case map: ") + u_errorName(status));
  }
  return Tokenizer(lang, options, std::move(it), casemap);
}

void Tokenizer::Emit(std::string_view token, bool is_number, std::vector<std::string>* out) const {
  if (is_number && options_.normalize_numbers) {
    out->push_back(NormalizeNumber(token, french_));
    return;
  }
  if (options_.split_clitics) {
    size_t apos = token.find('\'');
    if (french_) {
      while (apos != std::string_view::npos && apos + 1 < token.size() &&
             text::IsFrenchElision(token.substr(0, apos))) {
        out->emplace_back(token.substr(0, apos + 1));
        token.remove_prefix(apos + 1);
        apos = token.find('\'');
      }
    } else if (token.size() > 2 && token.substr(token.size() - 2) == "'s") {
      out->emplace_back(token.substr(0, token.size() - 2));
      out->emplace_back("'s");
      return;
    }
  }
  out->emplace_back(token);
}

void Tokenizer::Tokenize(std::string_view text, std::vector<std::string>* out) const {
  // 1. Lowercase (ASCII fast path) and unify apostrophes.
  lower_.clear();
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    lower_.resize(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      lower_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  } else {
    std::string tmp(text.size() * 3 + 16, '\0');
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = ucasemap_utf8ToLower(casemap_, tmp.data(), static_cast<int32_t>(tmp.size()),
                                     text.data(), static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status)) {
      tmp.assign(text);  // cannot happen with a 3x buffer; fall back to the input
      n = static_cast<int32_t>(text.size());
    }
    tmp.resize(n);
    lower_.reserve(tmp.size());
    for (size_t i = 0; i < tmp.size(); ++i) {
      if (i + 2 < tmp.size() && tmp[i] == '\xE2' && tmp[i + 1] == '\x80' && tmp[i + 2] == '\x99') {
        lower_.push_back('\'');
        i += 2;
      } else if (i + 1 < tmp.size() && tmp[i] == '\xCA' && tmp[i + 1] == '\xBC') {
        lower_.push_back('\'');
        i += 1;
      } else {
        lower_.push_back(tmp[i]);
      }
    }
  }

  // 2. ICU word breaks over the UTF-8 bytes (native indexes are byte offsets).
  UErrorCode status = U_ZERO_ERROR;
  UText ut = UTEXT_INITIALIZER;
  utext_openUTF8(&ut, lower_.data(), static_cast<int64_t>(lower_.size()), &status);
  if (U_FAILURE(status)) return;
  iterator_->setText(&ut, status);
  if (U_FAILURE(status)) {
    utext_close(&ut);
    return;
  }
  const std::string_view s(lower_);
  // A pending number may still absorb following digit groups ("2 000 000").
  std::string pending;
  size_t pending_end = 0;
  bool have_pending = false;
  bool pending_grouped = false;  // pending was already joined from groups
  int32_t start = iterator_->first();
  for (int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    int32_t rule = iterator_->getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;
    std::string_view token = s.substr(start, end - start);
    bool is_number = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    if (is_number && options_.normalize_numbers) {
      if (have_pending && IsGroupSpace(s.substr(pending_end, start - pending_end)) &&
          IsContinuationGroup(token) && AllDigits(pending) &&
          (pending.size() <= 3 || (pending_grouped && pending.size() <= 12))) {
        pending.append(token);
        pending_end = end;
        pending_grouped = true;
        continue;
      }
      if (have_pending) Emit(pending, true, out);
      pending.assign(token);
      pending_end = end;
      have_pending = true;
      pending_grouped = false;
      continue;
    }
    if (have_pending) {
      Emit(pending, true, out);
      have_pending = false;
    }
    Emit(token, is_number, out);
  }
  if (have_pending) Emit(pending, true, out);
  utext_close(&ut);
}

}  // namespace driftalign::embed
