#include "segment/segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/regex.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cassert>

namespace driftalign::segment {

std::string_view KindName(SentenceKind kind) {
  switch (kind) {
    case SentenceKind::kBody: return "body";
    case SentenceKind::kHeadline: return "headline";
    case SentenceKind::kMeta: return "meta";
  }
  return "body";
}

namespace {

// ---- UTF-8 helpers over a string_view; offsets are byte offsets. ----------

UChar32 CharAt(std::string_view s, size_t i, size_t* next = nullptr) {
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), j, static_cast<int32_t>(s.size()), c);
  if (next) *next = static_cast<size_t>(j);
  return c;
}

UChar32 CharBefore(std::string_view s, size_t i, size_t* prev = nullptr) {
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, j, c);
  if (prev) *prev = static_cast<size_t>(j);
  return c;
}

bool IsSpace(UChar32 c) { return u_isUWhiteSpace(c) || c == 0xFEFF; }

// Shrinks [*b, *e) past white space (incl. NBSP and narrow NBSP) at both ends.
void Trim(std::string_view s, size_t* b, size_t* e) {
  while (*b < *e) {
    size_t next;
    if (!IsSpace(CharAt(s, *b, &next))) break;
    *b = next;
  }
  while (*e > *b) {
    size_t prev;
    if (!IsSpace(CharBefore(s, *e, &prev))) break;
    *e = prev;
  }
}

bool IsClosingQuote(UChar32 c) { return c == 0x00BB || c == 0x201D || c == 0x2019 || c == 0x203A; }
bool IsOpeningPunct(UChar32 c) {
  return c == '(' || c == '[' || c == '"' || c == '\'' || c == 0x00AB || c == 0x201C ||
         c == 0x2018 || c == 0x2039;
}
bool IsTerminal(UChar32 c) {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ':' || c == ';';
}

// The whitespace-delimited token ending at `end` (trailing spaces skipped).
std::string_view TokenBefore(std::string_view s, size_t begin, size_t end) {
  Trim(s, &begin, &end);
  size_t b = end;
  while (b > begin) {
    size_t prev;
    if (IsSpace(CharBefore(s, b, &prev))) break;
    b = prev;
  }
  return s.substr(b, end - b);
}

// The whitespace-delimited token starting at or after `begin`.
std::string_view TokenAfter(std::string_view s, size_t begin, size_t end) {
  Trim(s, &begin, &end);
  size_t e = begin;
  while (e < end) {
    size_t next;
    if (IsSpace(CharAt(s, e, &next))) break;
    e = next;
  }
  return s.substr(begin, e - begin);
}

// Strips leading opening punctuation from a token.
std::string_view StripOpening(std::string_view t) {
  while (!t.empty()) {
    size_t next;
    if (!IsOpeningPunct(CharAt(t, 0, &next))) break;
    t.remove_prefix(next);
  }
  return t;
}

bool StartsUpper(std::string_view t) {
  t = StripOpening(t);
  return !t.empty() && u_isupper(CharAt(t, 0));
}
bool StartsLower(std::string_view t) {
  t = StripOpening(t);
  return !t.empty() && u_islower(CharAt(t, 0));
}
bool StartsDigit(std::string_view t) {
  t = StripOpening(t);
  return !t.empty() && u_isdigit(CharAt(t, 0));
}

template <size_t N>
bool In(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
}

// Titles and abbreviations after which a full stop does not end a sentence.
constexpr std::array<std::string_view, 40> kEnglishAbbreviations = {
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt",
    "Cpl", "Maj", "Adm", "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "Mt", "Ft", "No", "Nos",
    "vs", "Messrs", "Insp", "Supt", "approx", "Fig", "fig", "Vol", "vol", "pp", "Cmdr",
    "Brig", "Lieut", "Ave"};
constexpr std::array<std::string_view, 29> kFrenchAbbreviations = {
    "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Pr", "Me", "Mgr", "St", "Ste", "av",
    "apr", "boul", "bd", "cf", "env", "ex", "p", "pp", "vol", "chap", "art", "al", "No",
    "n", "Gén", "c.-à-d"};
// Month abbreviations: no break when a number follows ("Jan. 6", "janv. 2022").
constexpr std::array<std::string_view, 24> kMonthAbbreviations = {
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "fév", "Janv", "Févr", "Déc"};
// Words that typically open a sentence: after an acronym such as "U.S." they
// signal a real sentence end.
constexpr std::array<std::string_view, 62> kSentenceStarters = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These",
    "Those", "In", "On", "At", "But", "And", "Or", "So", "Yet", "There", "His", "Her", "Its",
    "Their", "Our", "After", "Before", "When", "While", "As", "If", "According", "Meanwhile",
    "However", "Le", "La", "Les", "Un", "Une", "Des", "Il", "Elle", "Ils", "Elles", "Nous",
    "On", "Ce", "Cette", "Ces", "En", "Au", "Aux", "Mais", "Et", "Dans", "Selon", "Pour",
    "Puis", "Depuis"};
constexpr std::array<std::string_view, 38> kWeekdaysAndMonths = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "ET", "GMT", "UTC", "EST", "CET", "local",
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    "Monday,", "Tuesday,", "Wednesday,", "Thursday,", "Friday,", "Saturday,"};

// Trailing punctuation that may follow the word inside a token ("Sunday," "U.S.").
std::string_view StripTrailing(std::string_view t) {
  while (!t.empty() && (t.back() == ',' || t.back() == ';' || t.back() == ')')) t.remove_suffix(1);
  return t;
}

// "U.S.", "p.m.", "e.g.": letters each followed by a full stop, two or more.
bool IsDottedAcronym(std::string_view t) {
  if (t.size() < 4) return false;
  size_t i = 0;
  int letters = 0;
  while (i < t.size()) {
    size_t next;
    UChar32 c = CharAt(t, i, &next);
    if (!u_isalpha(c) || next >= t.size() || t[next] != '.') return false;
    i = next + 1;
    ++letters;
  }
  return letters >= 2;
}

// True when an ICU boundary between `before` (last token of the sentence so
// far) and `after` (first token of the next) must be removed.
bool SuppressBreak(std::string_view lang, std::string_view before, std::string_view after) {
  std::string_view tok = StripOpening(before);
  if (tok.empty() || tok.back() != '.') return false;
  if (tok.size() >= 2 && tok[tok.size() - 2] == '.') return false;  // an ellipsis "..."
  std::string_view word = tok.substr(0, tok.size() - 1);
  const bool next_upper = StartsUpper(after);
  const bool next_digit = StartsDigit(after);
  if (lang == "en" ? In(word, kEnglishAbbreviations) : In(word, kFrenchAbbreviations)) {
    return next_upper || next_digit;
  }
  if (In(word, kMonthAbbreviations)) return next_digit;
  // A single capital initial: "J. K. Rowling", "George W. Bush".
  size_t next;
  if (!word.empty() && u_isupper(CharAt(word, 0, &next)) && next == word.size()) return next_upper;
  if (IsDottedAcronym(tok)) {
    if (tok == "e.g." || tok == "i.e." || tok == "c.-à-d.") return true;
    std::string_view n = StripTrailing(StripOpening(after));
    if (tok == "a.m." || tok == "p.m.") return next_digit || In(n, kWeekdaysAndMonths);
    return next_upper && !In(n, kSentenceStarters);
  }
  return false;
}

// "(...)", "[…]": an elision mark, not a sentence end by itself.
bool EndsWithBracketedEllipsis(std::string_view s) {
  for (std::string_view e : {"(...)", "[...]", "(…)", "[…]"}) {
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  }
  return false;
}

// An ICU regex over UTF-8, compiled once.
class Regex {
 public:
  explicit Regex(const char* pattern) {
    UErrorCode status = U_ZERO_ERROR;
    pattern_.reset(icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(pattern),
                                              UREGEX_CASE_INSENSITIVE, status));
    assert(U_SUCCESS(status));
  }
  // Length in bytes of a match anchored at the start of `s` (lookingAt), or 0.
  size_t MatchPrefix(std::string_view s) const { return Run(s, true); }
  bool Find(std::string_view s) const { return Run(s, false) > 0; }

 private:
  size_t Run(std::string_view s, bool anchored) const {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, s.data(), static_cast<int64_t>(s.size()), &status);
    std::unique_ptr<icu::RegexMatcher> m(pattern_->matcher(status));
    size_t result = 0;
    if (U_SUCCESS(status)) {
      m->reset(ut);
      bool found = anchored ? m->lookingAt(status) : m->find(status);
      if (U_SUCCESS(status) && found) result = anchored ? static_cast<size_t>(m->end64(status)) : 1;
      if (found && result == 0) result = 1;
    }
    m.reset();
    utext_close(ut);
    return result;
  }
  std::unique_ptr<icu::RegexPattern> pattern_;
};

// "date 2022-01" / "date: 2022-01-06" glued to the start of a story.
const Regex& DateMarker() {
  static const Regex r("date\\s*:?\\s*\\d{4}(-\\d{2}){0,2}\\b");
  return r;
}
// "PARIS (AFP) -", "ALMATY, Kazakhstan (Reuters) —": dateline before the lead.
const Regex& Dateline() {
  static const Regex r(
      "\\p{Lu}[\\p{Lu}\\p{Pd}'’. ]{1,40}(,[^()\\n]{1,40})?\\s*\\((AFP|Reuters|AP|dpa|Belga|ATS)\\)"
      "\\s*[-–—]\\s*");
  return r;
}
// Lines that are datelines, bylines or time stamps rather than titles.
const Regex& MetaLine() {
  static const Regex r(
      "\\b(AFP|Reuters|AP|Associated Press|dpa|Belga|ATS|Agence France-Presse)\\b"
      "|\\b\\d{1,2}(:\\d{2}|\\s?h\\s?\\d{2})\\s*(a\\.m\\.|p\\.m\\.|am|pm)?"
      "|\\b\\d{4}-\\d{2}\\b"
      "|\\b(January|February|March|April|May|June|July|August|September|October|November|"
      "December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
      "décembre)\\s+\\d{1,2},?\\s+\\d{4}\\b"
      "|\\b\\d{1,2}(er)?\\s+(janvier|février|mars|avril|mai|juin|juillet|août|septembre|"
      "octobre|novembre|décembre)\\s+\\d{4}\\b"
      "|^(By|Par|Published|Updated|Publié|Mis à jour)\\b");
  return r;
}

// Whether the text ends with sentence-final punctuation, closing quotes and
// brackets aside.
bool HasFinalPunctuation(std::string_view s) {
  size_t e = s.size();
  while (e > 0) {
    size_t prev;
    UChar32 c = CharBefore(s, e, &prev);
    if (IsClosingQuote(c) || c == '"' || c == ')' || c == ']' || c == '\'' || IsSpace(c)) {
      e = prev;
      continue;
    }
    return IsTerminal(c);
  }
  return false;
}

// Headlines, datelines and bylines are short; a longer line without final
// punctuation is body text that lost its full stop.
constexpr size_t kMaxHeadlineBytes = 300;

SentenceKind ClassifyUnterminatedLine(std::string_view text) {
  if (text.size() > kMaxHeadlineBytes) return SentenceKind::kBody;
  return MetaLine().Find(text) ? SentenceKind::kMeta : SentenceKind::kHeadline;
}

}  // namespace

Segmenter::Segmenter(std::string lang, SegmenterOptions options,
                     std::unique_ptr<icu::BreakIterator> it)
    : lang_(std::move(lang)), options_(options), iterator_(std::move(it)) {}
Segmenter::Segmenter(Segmenter&&) noexcept = default;
Segmenter& Segmenter::operator=(Segmenter&&) noexcept = default;
Segmenter::~Segmenter() = default;

StatusOr<Segmenter> Segmenter::Create(const std::string& lang, const SegmenterOptions& options) {
  if (lang != "en" && lang != "fr") {
    return InvalidArgument("unsupported language '" + lang + "' (expected en or fr)");
  }
  // ICU's FilteredBreakIterator is not used: its French suppression data also
  // suppresses real breaks (e.g. after "l'OTSC."); the abbreviation rules in
  // SuppressBreak cover titles and abbreviations for both languages instead.
  // Presegmented text never reaches ICU's sentence breaks: no iterator at all.
  if (options.presegmented) return Segmenter(lang, options, nullptr);
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale(lang.c_str());
  std::unique_ptr<icu::BreakIterator> base(icu::BreakIterator::createSentenceInstance(locale, status));
  if (U_FAILURE(status)) return InternalError(std::string("ICU sentence iterator: ") + u_errorName(status));
  return Segmenter(lang, options, std::move(base));
}

void Segmenter::SegmentLine(std::string_view s, size_t begin, size_t end, int paragraph,
                            bool first_line, std::vector<Sentence>* out) const {
  auto emit = [&](size_t b, size_t e, SentenceKind kind) {
    if (PastLimit(*out)) return;
    Trim(s, &b, &e);
    if (b >= e) return;
    Sentence sent;
    sent.id = static_cast<int>(out->size());
    sent.begin = b;
    sent.end = e;
    sent.text = std::string(s.substr(b, e - b));
    sent.paragraph = paragraph;
    sent.kind = options_.detect_structure ? kind : SentenceKind::kBody;
    out->push_back(std::move(sent));
  };
  const size_t first_out = out->size();
  bool had_prefix = false;
  if (options_.detect_structure) {
    if (first_line) {
      if (size_t n = DateMarker().MatchPrefix(s.substr(begin, end - begin)); n > 0) {
        emit(begin, begin + n, SentenceKind::kMeta);
        begin += n;
        Trim(s, &begin, &end);
        had_prefix = true;
      }
    }
    // A dateline has its agency in brackets: a line without '(' skips the regex.
    if (size_t n = s.substr(begin, end - begin).find('(') == std::string_view::npos
                       ? 0
                       : Dateline().MatchPrefix(s.substr(begin, end - begin));
        n > 0) {
      emit(begin, begin + n, SentenceKind::kMeta);
      begin += n;
      Trim(s, &begin, &end);
      had_prefix = true;
    }
  }
  if (begin >= end) return;
  if (options_.presegmented) {
    emit(begin, end, HasFinalPunctuation(s.substr(begin, end - begin))
                         ? SentenceKind::kBody
                         : ClassifyUnterminatedLine(s.substr(begin, end - begin)));
    return;
  }

  // Candidate boundaries from ICU, relative to the line.
  assert(iterator_ != nullptr);
  std::string_view line = s.substr(begin, end - begin);
  std::vector<size_t> cuts;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
  iterator_->setText(ut, status);
  if (U_SUCCESS(status)) {
    for (int32_t p = iterator_->next(); p != icu::BreakIterator::DONE; p = iterator_->next()) {
      if (p > 0 && static_cast<size_t>(p) < line.size()) cuts.push_back(static_cast<size_t>(p));
    }
  }
  utext_close(ut);

  // "…" is not a sentence terminator for ICU: break after it, as after "...",
  // when a capitalised word follows.
  for (size_t i = line.find("\xE2\x80\xA6"); i != std::string_view::npos;
       i = line.find("\xE2\x80\xA6", i + 3)) {
    size_t j = i + 3;
    if (j >= line.size() || !IsSpace(CharAt(line, j))) continue;
    if (StartsUpper(TokenAfter(line, j, line.size()))) {
      size_t k = j, line_end = line.size();
      Trim(line, &k, &line_end);
      cuts.push_back(k);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

  std::vector<size_t> kept;
  size_t prev = 0;
  for (size_t c : cuts) {
    size_t b = prev, e = c;
    Trim(line, &b, &e);
    std::string_view sent = line.substr(b, e - b);
    // Closing quotes after the boundary belong to the sentence before it.
    size_t q = c;
    for (;;) {
      size_t k = q;
      size_t line_end = line.size();
      Trim(line, &k, &line_end);
      if (k >= line.size()) break;
      size_t next;
      UChar32 ch = CharAt(line, k, &next);
      bool closing = IsClosingQuote(ch);
      // A straight quote closes only when the sentence has an odd number of
      // them and no letter or digit follows it (else it opens the next sentence).
      if (ch == '"') {
        closing = std::count(sent.begin(), sent.end(), '"') % 2 == 1 &&
                  (next >= line.size() || !u_isalnum(CharAt(line, next)));
      }
      if (!closing) break;
      q = next;
      sent = line.substr(b, q - b);
    }
    std::string_view after = TokenAfter(line, q, line.size());
    if (q != c) {
      // A quote closed mid-sentence ("« Non. », dit-il"): no boundary at all.
      if (after.empty() || !(StartsUpper(after) || StartsDigit(after) ||
                             IsOpeningPunct(CharAt(after, 0)))) {
        continue;
      }
    }
    // News sentences start with a capital, a digit or a quote: a lower-case
    // word after "?" or "!" continues the sentence ("He asked "Why?" and left.").
    if (StartsLower(after)) continue;
    if (SuppressBreak(lang_, TokenBefore(line, b, e), after)) continue;
    if (EndsWithBracketedEllipsis(line.substr(b, e - b))) continue;
    kept.push_back(q);
    prev = q;
  }
  kept.push_back(line.size());
  size_t from = 0;
  for (size_t c : kept) {
    emit(begin + from, begin + c, SentenceKind::kBody);
    from = c;
  }
  // A line of one sentence without final punctuation is a title or a meta line.
  if (options_.detect_structure && out->size() == first_out + 1 && !had_prefix) {
    Sentence& only = out->back();
    if (!HasFinalPunctuation(only.text)) only.kind = ClassifyUnterminatedLine(only.text);
  } else if (options_.detect_structure && out->size() == first_out + 2 && had_prefix) {
    Sentence& only = out->back();
    if (!HasFinalPunctuation(only.text)) only.kind = ClassifyUnterminatedLine(only.text);
  }
}

std::vector<Sentence> Segmenter::Segment(std::string_view bytes, size_t start) const {
  std::vector<Sentence> out;
  int paragraph = 0;
  bool paragraph_has_text = false;
  bool first_line = true;
  size_t i = start;
  while (i < bytes.size() && !PastLimit(out)) {
    size_t j = i;
    while (j < bytes.size() && bytes[j] != '\n' && bytes[j] != '\r') ++j;
    size_t b = i, e = j;
    Trim(bytes, &b, &e);
    if (b >= e) {
      if (paragraph_has_text) {
        ++paragraph;
        paragraph_has_text = false;
      }
    } else {
      SegmentLine(bytes, b, e, paragraph, first_line, &out);
      first_line = false;
      paragraph_has_text = true;
    }
    if (j < bytes.size() && bytes[j] == '\r' && j + 1 < bytes.size() && bytes[j + 1] == '\n') ++j;
    i = j + 1;
  }
  return out;
}

}  // namespace driftalign::segment
