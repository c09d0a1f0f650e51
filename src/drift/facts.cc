#include "drift/facts.h"

#include <algorithm>
#include <cmath>
#include <cctype>
#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "drift/number_words.h"
#include "drift/text_util.h"
#include "text/french.h"

namespace driftalign::drift {

StatusOr<Lang> ParseLang(std::string_view code) {
  if (code == "en") return Lang::kEn;
  if (code == "fr") return Lang::kFr;
  return InvalidArgument("unknown language '" + std::string(code) + "': expected en or fr");
}

std::string_view LangName(Lang lang) { return lang == Lang::kEn ? "English" : "French"; }

std::string_view FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kNumber: return "number";
    case FactKind::kApprox: return "approx";
    case FactKind::kVague: return "vague";
    case FactKind::kPercent: return "percent";
    case FactKind::kOrdinal: return "ordinal";
    case FactKind::kYear: return "year";
    case FactKind::kWeekday: return "weekday";
    case FactKind::kDate: return "date";
    case FactKind::kTime: return "time";
    case FactKind::kQuote: return "quote";
    case FactKind::kAcronym: return "acronym";
    case FactKind::kName: return "name";
  }
  return "?";
}

namespace {

// ---------------------------------------------------------------- tokens

struct Tok {
  enum Type { kWord, kNum, kPunct } type = kPunct;
  size_t b = 0, e = 0;
  std::string low;      // word: lower-cased; punct: the character
  bool glued = false;   // no space between the previous token and this one
  bool cap = false;     // word starts with an upper-case letter
  bool upper = false;   // word: every letter upper case
  // kNum
  double v = 0, alt = -1;
  int int_digits = 0;   // digits before any separator
  bool plain = false;   // digits only
};

bool IsSpaceCp(UChar32 c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 || c == 0x202F ||
         c == 0x2009 || c == 0x2007 || u_isUWhiteSpace(c);
}
bool IsGroupSpace(UChar32 c) { return c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007; }

UChar32 PeekCp(std::string_view s, size_t i, size_t* next) {
  if (i >= s.size()) { *next = i; return -1; }
  int32_t j = static_cast<int32_t>(i);
  UChar32 c;
  U8_NEXT(s.data(), j, static_cast<int32_t>(s.size()), c);
  *next = static_cast<size_t>(j);
  return c;
}

bool IsDigitAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

size_t DigitRun(std::string_view s, size_t i) {
  size_t j = i;
  while (IsDigitAt(s, j)) ++j;
  return j;
}

// Scans a figure written with digits at s[i] (a digit) in `lang`'s formats.
// Sets tok->e, v, alt, int_digits, plain.
void ScanNumber(std::string_view s, size_t i, Lang lang, Tok* tok) {
  struct Part { UChar32 sep; std::string digits; size_t end; };
  size_t j = DigitRun(s, i);
  std::string first(s.substr(i, j - i));
  std::vector<Part> parts;
  while (true) {
    size_t after;
    UChar32 c = PeekCp(s, j, &after);
    if (!(c == ',' || c == '.' || c == ' ' || IsGroupSpace(c)) || !IsDigitAt(s, after)) break;
    size_t k = DigitRun(s, after);
    std::string d(s.substr(after, k - after));
    bool space = c == ' ' || IsGroupSpace(c);
    if (space) {
      // Space grouping: exactly 3 digits, first group of 1..3 digits, all
      // separators spaces so far (English translated from other languages
      // writes "132 000" too).
      if (d.size() != 3 || first.size() > 3) break;
      bool all_space = true;
      for (const Part& p : parts) all_space &= (p.sep == ' ' || IsGroupSpace(p.sep));
      if (!all_space) break;
      c = ' ';
    }
    parts.push_back({c, d, k});
    j = k;
  }
  auto to_d = [](const std::string& digits) { return std::strtod(digits.c_str(), nullptr); };
  tok->int_digits = static_cast<int>(first.size());
  tok->plain = parts.empty();
  tok->e = j;
  if (parts.empty()) {
    tok->v = to_d(first);
    return;
  }
  const UChar32 decimal = lang == Lang::kEn ? '.' : ',';
  // Are all separators but possibly the last a consistent grouping?
  auto grouped_prefix = [&](size_t n) {  // parts[0..n) are 3-digit groups with one sep kind
    if (n == 0) return true;
    if (first.size() > 3) return false;
    for (size_t p = 0; p < n; ++p) {
      if (parts[p].digits.size() != 3 || parts[p].sep != parts[0].sep) return false;
    }
    return true;
  };
  auto concat = [&](size_t n) {
    std::string d = first;
    for (size_t p = 0; p < n; ++p) d += parts[p].digits;
    return d;
  };
  size_t n = parts.size();
  if (grouped_prefix(n)) {
    std::string g = concat(n);
    if (n == 1 && parts[0].sep == decimal) {
      // "2.000" in English, "2,000" in French: the locale says decimal,
      // the other locale says thousands. Keep both readings.
      tok->v = to_d(first + "." + parts[0].digits);
      tok->alt = to_d(g);
    } else {
      tok->v = to_d(g);
      if (n == 1 && (parts[0].sep == '.' || parts[0].sep == ',')) {
        tok->alt = to_d(first + "." + parts[0].digits);
      }
    }
    return;
  }
  // Grouping followed by a different decimal separator: 2,000.5 / 2 000,5 / 2.000,5.
  if (n >= 2 && grouped_prefix(n - 1) && parts[n - 1].sep != parts[0].sep &&
      (parts[n - 1].sep == '.' || parts[n - 1].sep == ',')) {
    tok->v = to_d(concat(n - 1) + "." + parts[n - 1].digits);
    return;
  }
  // A single decimal mark: 2.6, 2,6.
  if ((parts[0].sep == '.' || parts[0].sep == ',')) {
    tok->v = to_d(first + "." + parts[0].digits);
    tok->e = parts[0].end;
    tok->plain = false;
    return;
  }
  tok->v = to_d(first);
  tok->e = i + first.size();
  tok->plain = true;
}

std::vector<Tok> Tokenize(std::string_view s, Lang lang) {
  std::vector<Tok> toks;
  size_t i = 0;
  bool space_before = true;
  while (i < s.size()) {
    size_t next;
    UChar32 c = PeekCp(s, i, &next);
    if (c < 0) { i = next > i ? next : i + 1; continue; }
    if (IsSpaceCp(c)) { space_before = true; i = next; continue; }
    Tok t;
    t.b = i;
    t.glued = !space_before && !toks.empty();
    if (c >= '0' && c <= '9') {
      t.type = Tok::kNum;
      ScanNumber(s, i, lang, &t);
      t.low = std::string(s.substr(t.b, t.e - t.b));
    } else if (IsAlpha(c) || IsMark(c)) {
      t.type = Tok::kWord;
      size_t j = i;
      bool all_upper = true;
      int letters = 0;
      t.cap = IsUpper(c) || (c >= 0x80 && u_istitle(c));
      while (j < s.size()) {
        size_t n2;
        UChar32 d = PeekCp(s, j, &n2);
        const bool alpha = IsAlpha(d);
        if (!(alpha || IsMark(d) || IsSpacingMark(d))) break;
        if (alpha) { ++letters; if (!IsUpper(d)) all_upper = false; }
        j = n2;
      }
      t.e = j;
      t.upper = all_upper && letters >= 2;
      t.low = LowerUtf8(s.substr(i, j - i));
    } else {
      t.type = Tok::kPunct;
      t.e = next;
      t.low = std::string(s.substr(i, next - i));
    }
    space_before = false;
    i = t.e;
    toks.push_back(std::move(t));
  }
  return toks;
}

// ---------------------------------------------------------------- tables

const std::unordered_map<std::string, int>& Weekdays(Lang lang) {
  static const std::unordered_map<std::string, int> en = {
      {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
      {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
  static const std::unordered_map<std::string, int> fr = {
      {"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3},
      {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6}};
  return lang == Lang::kEn ? en : fr;
}

// Full month names; abbreviations need a following '.'.
const std::unordered_map<std::string, int>& Months(Lang lang) {
  static const std::unordered_map<std::string, int> en = {
      {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
      {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
      {"december", 12}};
  static const std::unordered_map<std::string, int> fr = {
      {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5},
      {"juin", 6}, {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9},
      {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12}};
  return lang == Lang::kEn ? en : fr;
}
const std::unordered_map<std::string, int>& MonthAbbrevs(Lang lang) {
  static const std::unordered_map<std::string, int> en = {
      {"jan", 1}, {"feb", 2}, {"apr", 4}, {"aug", 8}, {"sep", 9}, {"sept", 9},
      {"oct", 10}, {"nov", 11}, {"dec", 12}};
  static const std::unordered_map<std::string, int> fr = {
      {"janv", 1}, {"févr", 2}, {"fév", 2}, {"avr", 4}, {"juil", 7}, {"sept", 9},
      {"oct", 10}, {"nov", 11}, {"déc", 12}};
  return lang == Lang::kEn ? en : fr;
}

// Scale words after a figure ("2 million", "1,8 milliard", "$5m").
double ScaleWord(const std::string& w, Lang lang, bool glued) {
  static const std::unordered_map<std::string, double> en = {
      {"thousand", 1e3}, {"thousands", 1e3}, {"million", 1e6}, {"millions", 1e6},
      {"billion", 1e9}, {"billions", 1e9}, {"trillion", 1e12}, {"trillions", 1e12},
      {"mln", 1e6}, {"bln", 1e9},
      // English written by French speakers (and left by translators) says "milliard".
      {"milliard", 1e9}, {"milliards", 1e9}};
  static const std::unordered_map<std::string, double> fr = {
      {"mille", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"milliard", 1e9},
      {"milliards", 1e9}, {"billion", 1e12}, {"billions", 1e12}, {"mds", 1e9}, {"md", 1e9},
      {"mrd", 1e9}, {"mrds", 1e9}};
  const auto& m = lang == Lang::kEn ? en : fr;
  auto it = m.find(w);
  if (it != m.end()) return it->second;
  if (glued) {  // $5m, 5bn, 10k
    if (w == "m" || w == "mn") return 1e6;
    if (w == "bn" || w == "b") return 1e9;
    if (w == "k") return 1e3;
  }
  return 0;
}

bool IsHedge(const std::string& w) {
  static const std::unordered_set<std::string> h = {
      "about", "around", "some", "nearly", "almost", "approximately", "roughly", "over",
      "than", "least", "up", "circa", "environ", "près", "presque", "quelque", "plus",
      "moins", "approximativement", "quasiment", "jusqu", "a", "an"};
  return h.count(w) > 0;
}

// Approximate quantities: word -> (magnitude, plural).
struct Approx { double v; bool plural; };
const std::unordered_map<std::string, Approx>& ApproxWords(Lang lang) {
  static const std::unordered_map<std::string, Approx> en = {
      {"dozens", {10, true}}, {"hundreds", {100, true}}, {"thousands", {1e3, true}},
      {"millions", {1e6, true}}, {"billions", {1e9, true}}};
  static const std::unordered_map<std::string, Approx> fr = {
      {"dizaines", {10, true}},  {"centaines", {100, true}}, {"milliers", {1e3, true}},
      {"millions", {1e6, true}}, {"milliards", {1e9, true}}, {"dizaine", {10, false}},
      {"quinzaine", {15, false}}, {"vingtaine", {20, false}}, {"trentaine", {30, false}},
      {"quarantaine", {40, false}}, {"cinquantaine", {50, false}},
      {"soixantaine", {60, false}}, {"centaine", {100, false}}, {"millier", {1e3, false}}};
  return lang == Lang::kEn ? en : fr;
}

// French words that make "neuf" the adjective "new" rather than nine.
bool NeufIsNumber(const std::vector<Tok>& t, size_t k) {
  if (k == 0) return true;
  const Tok& p = t[k - 1];
  if (p.type != Tok::kWord) return true;
  static const std::unordered_set<std::string> ok = {
      "les", "des", "de", "à", "et", "sur", "ses", "ces", "nos", "vos", "leurs", "dont",
      "environ", "les", "aux", "pour", "par", "avec", "sans", "entre", "ou", "plus", "moins"};
  return ok.count(p.low) > 0;
}

std::string_view Slice(std::string_view s, size_t b, size_t e) { return s.substr(b, e - b); }

// The next word token after k (skipping nothing), for message context.
std::string ContextAfter(std::string_view s, const std::vector<Tok>& t, size_t k) {
  static const std::unordered_set<std::string> skip = {"de", "d", "of", "'", "’", "des"};
  for (size_t j = k + 1; j < t.size() && j <= k + 3; ++j) {
    if (t[j].type == Tok::kWord && !skip.count(t[j].low)) return std::string(Slice(s, t[j].b, t[j].e));
    if (t[j].type == Tok::kPunct && !skip.count(t[j].low)) return "";
  }
  return "";
}

bool IsPunct(const Tok& t, std::string_view p) { return t.type == Tok::kPunct && t.low == p; }
bool IsWord(const Tok& t, std::string_view w) { return t.type == Tok::kWord && t.low == w; }
// "et demi(e)" / "and a half" starting at token j: its length in tokens, or 0.
// Hyphens glued between the words are skipped ("three-and-a-half").
size_t HalfAt(const std::vector<Tok>& t, size_t j) {
  std::vector<size_t> w;  // indices of the next words, over glued hyphens
  for (size_t q = j; q < t.size() && w.size() < 3; ++q) {
    if (t[q].type == Tok::kWord) w.push_back(q);
    else if (!(IsPunct(t[q], "-") && t[q].glued)) break;
  }
  if (w.size() >= 2 && IsWord(t[w[0]], "et") && (IsWord(t[w[1]], "demi") || IsWord(t[w[1]], "demie"))) {
    return w[1] - j + 1;
  }
  if (w.size() >= 3 && IsWord(t[w[0]], "and") && IsWord(t[w[1]], "a") && IsWord(t[w[2]], "half")) return w[2] - j + 1;
  return 0;
}
// French puts the half after the unit: "sept ans et demi", "deux heures et
// demie" (never after a scale word: "millions et demi" is the scale's half).
// Whether token j is such a unit, followed by the half.
bool FrenchHalfAfterUnit(const std::vector<Tok>& t, size_t j) {
  return j < t.size() && t[j].type == Tok::kWord && HalfAt(t, j + 1) > 0 &&
         ScaleWord(t[j].low, Lang::kFr, t[j].glued) == 0;
}
// English "in the morning" (1), "in the afternoon" / "in the evening" / "at
// night" (2) starting at token q; *end = its last token. 0: none.
int PartOfDayAt(const std::vector<Tok>& t, size_t q, size_t* end) {
  if (q + 2 < t.size() && IsWord(t[q], "in") && IsWord(t[q + 1], "the")) {
    const Tok& w = t[q + 2];
    if (IsWord(w, "morning") || IsWord(w, "afternoon") || IsWord(w, "evening")) {
      *end = q + 2;
      return IsWord(w, "morning") ? 1 : 2;
    }
  }
  if (q + 1 < t.size() && IsWord(t[q], "at") && IsWord(t[q + 1], "night")) {
    *end = q + 1;
    return 2;
  }
  return 0;
}

// "o'clock" (o ' clock, with ' or ’) starting at token q.
bool OClockAt(const std::vector<Tok>& t, size_t q) {
  return q + 2 < t.size() && IsWord(t[q], "o") && (IsPunct(t[q + 1], "'") || IsPunct(t[q + 1], "’")) &&
         IsWord(t[q + 2], "clock");
}

}  // namespace

// ---------------------------------------------------------------- quotes

namespace {

// Whether the letters just before byte `at` form a French elided word (d, l,
// qu, jusqu, ...: what an apostrophe follows).
bool ElisionBefore(std::string_view s, size_t at) {
  size_t b = at;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  if (b > 0 && (static_cast<unsigned char>(s[b - 1]) & 0x80)) return false;  // a word with accents: none of these
  std::string w(s.substr(b, at - b));
  for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text::IsFrenchElision(w);
}

void ExtractQuotes(std::string_view s, std::vector<Fact>* out) {
  struct Mark { size_t b, e; UChar32 c; bool letter_before, letter_after, space_before, space_after; };
  std::vector<Mark> marks;
  size_t i = 0, unused = 0;
  UChar32 prev = -1;
  while (i < s.size()) {
    size_t next;
    UChar32 c = PeekCp(s, i, &next);
    // Two apostrophes typed for a double quote mark: ''La promesse ne tient plus''.
    if (c == '\'' && next < s.size() && s[next] == '\'') {
      c = '"';
      next += 1;
    }
    if (c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x2018 ||
        c == 0x2019 || c == 0x201E) {
      size_t n2;
      UChar32 after = PeekCp(s, next, &n2);
      Mark m{i, next, c, prev >= 0 && (u_isalnum(prev) != 0), after >= 0 && (u_isalnum(after) != 0),
             prev < 0 || IsSpaceCp(prev), after < 0 || IsSpaceCp(after)};
      // A straight " between two letters after an elided word is an
      // apostrophe typed as a quote mark (d"électricité, l"évolution);
      // elsewhere it is a quotation mark with a space missing ("Sweden"and,
      // plus"a déclaré).
      if (!(c == '"' && m.letter_before && m.letter_after && ElisionBefore(s, i))) marks.push_back(m);
    } else if (c == '`' || (c == '\'' && !(prev >= 0 && u_isalnum(prev) && next < s.size() &&
                                            u_isalnum(PeekCp(s, next, &unused))))) {
      // Straight single quotes and a backtick opener (`El Masri El Jom',
      // ' Nous ne voulons pas '); an apostrophe inside a word is none.
      size_t n2;
      UChar32 after = PeekCp(s, next, &n2);
      marks.push_back({i, next, c, prev >= 0 && (u_isalnum(prev) != 0), after >= 0 && (u_isalnum(after) != 0),
                       prev < 0 || IsSpaceCp(prev), after < 0 || IsSpaceCp(after)});
    }
    prev = c;
    i = next > i ? next : i + 1;
  }
  if (marks.empty()) return;

  struct Open { size_t b, e; UChar32 close; int straight; };
  std::vector<Open> stack;
  auto emit = [&](size_t ob, size_t oe, size_t cb, size_t ce, int depth) {
    size_t ib = oe, ie = cb;
    // Trim spaces (and the NBSP inside « ») from the quoted words.
    while (ib < ie) { size_t n; UChar32 c = PeekCp(s, ib, &n); if (!IsSpaceCp(c)) break; ib = n; }
    while (ie > ib) {
      size_t k = ie - 1;
      while (k > ib && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
      size_t n; UChar32 c = PeekCp(s, k, &n);
      if (!IsSpaceCp(c)) break;
      ie = k;
    }
    bool has_letter = false;
    for (size_t k = ib; k < ie; ++k) has_letter |= std::isalpha(static_cast<unsigned char>(s[k])) ||
                                                  static_cast<unsigned char>(s[k]) >= 0xC0;
    if (!has_letter) return;
    Fact f;
    f.kind = FactKind::kQuote;
    f.begin = ob; f.end = ce; f.inner_begin = ib; f.inner_end = ie; f.depth = depth;
    f.key = std::string(s.substr(ib, ie - ib));
    out->push_back(std::move(f));
  };

  // Straight double quotes: pair in order; an odd count means the sentence
  // continues or starts a quotation spanning sentences.
  int straight_total = 0;
  for (const Mark& m : marks) straight_total += m.c == '"';
  int straight_seen = 0;
  bool first_straight_closes = false;
  if (straight_total % 2 == 1) {
    for (const Mark& m : marks) {
      if (m.c != '"') continue;
      // A closer: after a word or punctuation, before a space or the end, or
      // glued between two words (plus"a déclaré: the space is missing after).
      first_straight_closes = !m.space_before && (m.space_after || !m.letter_after || m.letter_before);
      break;
    }
  }
  size_t sentence_start_quote = std::string::npos;  // a closer without opener
  for (const Mark& m : marks) {
    bool opener = false, closer = false;
    if (m.c == '"') {
      ++straight_seen;
      bool is_open = !stack.empty() && stack.back().straight;
      if (first_straight_closes && straight_seen == 1) {
        closer = true;
      } else {
        opener = !is_open;
        closer = is_open;
      }
    } else if (m.c == 0x201C || m.c == 0xAB || m.c == 0x201E || m.c == 0x2018) {
      opener = true;
    } else if (m.c == 0x201D || m.c == 0xBB) {
      closer = true;
    } else if (m.c == 0x2019) {
      // ’ is an apostrophe unless it closes an open ‘ and is not inside a word.
      closer = !stack.empty() && stack.back().close == 0x2019 && !m.letter_after;
    } else if (m.c == '`') {
      opener = true;
    } else if (m.c == '\'') {
      // ' closes an open ' or ` when no letter follows; it opens after a
      // space or the start when a word or a space follows; else it is an
      // apostrophe (the possessive "countries' leaders", "'90s").
      // After sentence punctuation (well.' / more,') it closes a quotation,
      // maybe one opened in an earlier sentence.
      const bool after_punct = m.b > 0 && s[m.b - 1] != '\0' && std::strchr(".,!?;", s[m.b - 1]) != nullptr &&
                               !m.letter_after;
      closer = (!stack.empty() && stack.back().close == '\'' && !m.letter_after) || after_punct;
      opener = !closer && !m.letter_before && (m.b == 0 || m.space_before) &&
               (m.space_after || (m.letter_after && !std::isdigit(static_cast<unsigned char>(s[m.e]))));
    }
    if (opener) {
      UChar32 close = m.c == 0x201C ? 0x201D : m.c == 0xAB ? 0xBB : m.c == 0x2018 ? 0x2019
                    : m.c == 0x201E ? 0x201C : (m.c == '`' || m.c == '\'') ? '\'' : '"';
      stack.push_back({m.b, m.e, close, m.c == '"'});
    } else if (closer) {
      // Find the matching opener (tolerate “…" and mismatched pairs).
      int found = -1;
      for (int k = static_cast<int>(stack.size()) - 1; k >= 0; --k) {
        if (stack[k].close == m.c || (m.c == '"' && stack[k].straight) ||
            (m.c == 0x201D && stack[k].close == '"') || (m.c == '"' && stack[k].close == 0x201D)) {
          found = k;
          break;
        }
      }
      if (found < 0) {
        if (stack.empty() && sentence_start_quote == std::string::npos && out->empty()) {
          sentence_start_quote = m.b;
          emit(0, 0, m.b, m.e, 0);
        }
        continue;
      }
      Open o = stack[found];
      stack.resize(found);
      // Between single straight quotes, a quotation of several words or of
      // one word of 3 bytes or more ('butin'; rock 'n' roll has none).
      if (o.close == '\'' && s.substr(o.e, m.b - o.e).find(' ') == std::string_view::npos && m.b - o.e < 3) continue;
      emit(o.b, o.e, m.b, m.e, found);
    }
  }
  // Unclosed openers: the quotation runs to the end of the sentence.
  for (size_t k = 0; k < stack.size(); ++k) {
    if (stack[k].close == 0x2019 || stack[k].close == '\'') continue;
    emit(stack[k].b, stack[k].e, s.size(), s.size(), static_cast<int>(k));
  }
  std::sort(out->begin(), out->end(),
            [](const Fact& a, const Fact& b) { return a.begin < b.begin; });
}

// Acronyms written the same way in both languages need no entry.
const std::unordered_map<std::string, std::string>& AcronymCanon() {
  static const std::unordered_map<std::string, std::string> m = {
      {"ue", "eu"},     {"onu", "un"},    {"otan", "nato"}, {"otsc", "csto"}, {"oms", "who"},
      {"usa", "us"},
      {"fmi", "imf"},   {"bce", "ecb"},   {"omc", "wto"},   {"ocde", "oecd"}, {"sida", "aids"},
      {"vih", "hiv"},   {"pib", "gdp"},   {"tva", "vat"},   {"cedh", "echr"}, {"cpi", "icc"},
      {"oit", "ilo"},   {"hcr", "unhcr"}, {"opep", "opec"}, {"ong", "ngo"},   {"adn", "dna"},
      {"eau", "uae"},   {"pme", "sme"},   {"pdg", "ceo"},   {"bei", "eib"},   {"ua", "au"},
      {"aiea", "iaea"}, {"tpi", "icc"},   {"bm", "wb"},     {"otasc", "csto"}};
  return m;
}

bool IsRoman(const std::string& low) {
  if (low.size() > 5) return false;
  for (char c : low) if (!std::strchr("ivxlc", c)) return false;
  return true;
}

// Capitalised words that are not names at the start of a clause.
bool IsCommonCapital(const std::string& low) {
  static const std::unordered_set<std::string> s = {
      "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "de", "du", "in", "on", "at",
      "et", "and", "mr", "mrs", "ms", "dr", "m", "mme", "mlle", "i", "it", "he", "she", "they",
      "we", "il", "elle", "ils", "elles", "nous", "vous", "on", "this", "that", "ce", "cette",
      "but", "mais", "for", "pour", "selon", "according", "as", "en", "au", "aux"};
  return s.count(low) > 0;
}

}  // namespace

std::string CanonicalEntityKey(std::string_view folded_lower) {
  auto it = AcronymCanon().find(std::string(folded_lower));
  return it != AcronymCanon().end() ? it->second : std::string(folded_lower);
}

// ---------------------------------------------------------------- extractor

FactExtractor::FactExtractor(std::unique_ptr<NumberWords> words) : words_(std::move(words)) {}
FactExtractor::FactExtractor(FactExtractor&&) noexcept = default;
FactExtractor& FactExtractor::operator=(FactExtractor&&) noexcept = default;
FactExtractor::~FactExtractor() = default;

StatusOr<FactExtractor> FactExtractor::Create() {
  ASSIGN_OR_RETURN(std::unique_ptr<NumberWords> w, NumberWords::Create());
  return FactExtractor(std::move(w));
}

std::vector<Fact> FactExtractor::Extract(std::string_view s, Lang lang) const {
  std::vector<Fact> facts;
  ExtractQuotes(s, &facts);
  const std::vector<Tok> t = Tokenize(s, lang);
  const size_t n = t.size();
  std::vector<bool> used(n, false);
  const bool en = lang == Lang::kEn;

  auto hedged_before = [&](size_t k) {
    for (size_t j = k; j > 0 && j + 3 > k; --j) {
      const Tok& p = t[j - 1];
      if (p.type == Tok::kPunct && p.low != "'" && p.low != "’") return false;
      if (p.type == Tok::kWord && IsHedge(p.low)) return true;
    }
    return false;
  };
  auto add = [&](FactKind kind, size_t kb, size_t ke, double v) -> Fact& {
    Fact f;
    f.kind = kind;
    f.begin = t[kb].b;
    f.end = t[ke].e;
    f.value = v;
    for (size_t j = kb; j <= ke; ++j) used[j] = true;
    facts.push_back(std::move(f));
    return facts.back();
  };
  auto month_at = [&](size_t k, size_t* last) -> int {
    if (k >= n || t[k].type != Tok::kWord) return 0;
    const auto& m = Months(lang);
    auto it = m.find(t[k].low);
    if (it != m.end()) {
      // English "may"/"march" are verbs unless capitalised.
      if (en && (it->second == 5 || it->second == 3) && !t[k].cap) return 0;
      if (en && it->second == 5 && k == 0) return 0;
      *last = k;
      return it->second;
    }
    const auto& a = MonthAbbrevs(lang);
    auto ia = a.find(t[k].low);
    if (ia != a.end() && k + 1 < n && IsPunct(t[k + 1], ".") && (!en || t[k].cap)) {
      *last = k + 1;
      return ia->second;
    }
    return 0;
  };
  // A day-of-month number at k, with an optional ordinal suffix (1er, 6th).
  auto day_at = [&](size_t k, size_t* last) -> int {
    if (k >= n || t[k].type != Tok::kNum || !t[k].plain || t[k].v < 1 || t[k].v > 31) return 0;
    *last = k;
    if (k + 1 < n && t[k + 1].type == Tok::kWord && t[k + 1].glued) {
      static const std::unordered_set<std::string> suf = {"st", "nd", "rd", "th", "er", "re",
                                                          "e", "ème", "eme"};
      if (suf.count(t[k + 1].low)) *last = k + 1;
      else return 0;
    }
    return static_cast<int>(t[k].v);
  };
  auto year_at = [&](size_t k) -> int {
    if (k < n && t[k].type == Tok::kNum && t[k].plain && t[k].int_digits == 4 && t[k].v >= 1800 &&
        t[k].v <= 2100) return static_cast<int>(t[k].v);
    return 0;
  };

  // Percentages after a figure: 5%, 5 %, 5 per cent, 5 percent, 5 pour cent,
  // 0,5 point de pourcentage, 2 percentage points. Advances *last.
  auto percent_after = [&](size_t* last) {
    size_t l = *last;
    if (l + 1 >= n) return false;
    const Tok& a = t[l + 1];
    if (IsPunct(a, "%") || IsPunct(a, "％")) { *last = l + 1; return true; }
    if (IsWord(a, "percent") || IsWord(a, "pourcent") || IsWord(a, "pct")) { *last = l + 1; return true; }
    if (l + 2 < n && ((IsWord(a, "per") && IsWord(t[l + 2], "cent")) ||
                      (IsWord(a, "pour") && IsWord(t[l + 2], "cent")))) {
      *last = l + 2;
      return true;
    }
    if (l + 2 < n && IsWord(a, "percentage") && (IsWord(t[l + 2], "point") || IsWord(t[l + 2], "points"))) {
      *last = l + 2;
      return true;
    }
    if (l + 3 < n && (IsWord(a, "point") || IsWord(a, "points")) && IsWord(t[l + 2], "de") &&
        IsWord(t[l + 3], "pourcentage")) {
      *last = l + 3;
      return true;
    }
    return false;
  };

  // "decades" / "décennies" after the figure ending at token l: ten years each.
  auto decades_after = [&](size_t l) {
    return l + 1 < n && (IsWord(t[l + 1], "decades") || IsWord(t[l + 1], "décennies") ||
                         IsWord(t[l + 1], "decennies") || IsWord(t[l + 1], "décades"));
  };

  // Words that join two days of a range or list: "16 to 20", "du 16 au 20", "5 et 7".
  auto is_day_link = [](const Tok& x) {
    return IsWord(x, "to") || IsWord(x, "and") || IsWord(x, "through") || IsWord(x, "au") ||
           IsWord(x, "et") || IsPunct(x, "-") || IsPunct(x, "–");
  };

  // French "à 15 heures", "vers 6 heures du soir", "à 1 heure 20": the hour in
  // tokens k..hk, then "heure(s)", optional minutes, optional du matin / du
  // soir / de l'après-midi. A clock time with such a part of the day, or (hour
  // in digits) after à / vers / dès / avant; other "N heures" are durations
  // ("après 2 heures de débat", "réduit à 2 heures 40 minutes", "dix à douze
  // heures"). Returns its last token (0: no clock time); sets *minutes and
  // *ampm (1 morning, 2 afternoon/evening).
  auto fr_clock = [&](size_t k, size_t hk, bool words, int* minutes, int* ampm) -> size_t {
    size_t e = hk + 1;
    if (e >= n || !(IsWord(t[e], "heures") || IsWord(t[e], "heure"))) return 0;
    *minutes = 0;
    *ampm = 0;
    if (e + 1 < n && t[e + 1].type == Tok::kNum && t[e + 1].plain && t[e + 1].int_digits == 2 && t[e + 1].v < 60) {
      *minutes = static_cast<int>(t[e + 1].v);
      e += 1;
    }
    if (e + 2 < n && IsWord(t[e + 1], "du") && (IsWord(t[e + 2], "matin") || IsWord(t[e + 2], "soir"))) {
      *ampm = IsWord(t[e + 2], "soir") ? 2 : 1;
      e += 2;
    } else if (e + 6 < n && IsWord(t[e + 1], "de") && IsWord(t[e + 2], "l") && IsWord(t[e + 4], "après") &&
               IsWord(t[e + 6], "midi")) {
      *ampm = 2;
      e += 6;
    }
    // "de 10 à 12 heures" is a range of durations as often as of times.
    const bool range = k >= 2 && t[k - 2].type == Tok::kNum;
    const bool after_prep = !words && !range && k > 0 &&
                            (IsWord(t[k - 1], "à") || IsWord(t[k - 1], "vers") || IsWord(t[k - 1], "dès") ||
                             IsWord(t[k - 1], "avant"));
    const bool duration = e + 1 < n && (IsWord(t[e + 1], "minutes") || IsWord(t[e + 1], "min"));
    if ((after_prep || *ampm != 0) && !duration) return e;
    *ampm = 0;
    return 0;
  };

  for (size_t k = 0; k < n; ++k) {
    if (used[k]) continue;
    const Tok& tk = t[k];

    // ---- dates led by a month: "January 6, 2022", "janvier 2022"
    size_t mlast;
    if (int month = month_at(k, &mlast)) {
      size_t last = mlast, dl;
      int day = 0, year = 0;
      // Day before: "6 janvier", "1er janvier", "6 January".
      size_t first = k;
      if (k >= 1) {
        size_t dk = (k >= 2 && t[k - 1].type == Tok::kWord && t[k - 1].glued) ? k - 2 : k - 1;
        if (!used[dk] && day_at(dk, &dl) && dl == k - 1) { day = static_cast<int>(t[dk].v); first = dk; }
        else if (k >= 2 && IsWord(t[k - 1], "of") && !used[k - 2] && day_at(k - 2, &dl)) {
          day = static_cast<int>(t[k - 2].v); first = k - 2;  // "6th of January"
        }
      }
      if (day == 0 && day_at(mlast + 1, &dl) && !(mlast + 2 < n && ScaleWord(t[mlast + 2].low, lang, false) > 0)) {
        day = static_cast<int>(t[mlast + 1].v);
        last = dl;
      }
      size_t yk = last + 1;
      if (yk < n && IsPunct(t[yk], ",")) ++yk;
      if ((year = year_at(yk))) last = yk;
      {
        Fact& f = add(FactKind::kDate, first, last, month);
        f.day = day;
        f.year = year;
      }
      // "November 16 to 20", "December 5th and 7th": the second day of a
      // range or list shares the month (unless a month of its own follows).
      size_t d2 = last + 2, d2l, m2l;
      if (day != 0 && year == 0 && d2 < n && is_day_link(t[last + 1]) && !used[d2] && day_at(d2, &d2l) &&
          !month_at(d2l + 1, &m2l)) {
        Fact& f2 = add(FactKind::kDate, d2, d2l, month);
        f2.day = static_cast<int>(t[d2].v);
      }
      continue;
    }
    if (tk.type == Tok::kWord) {
      // ---- decades: "les années trente", "les années 1930", "années 90"
      if (!en && (tk.low == "années" || tk.low == "annees") && k + 1 < n) {
        const Tok& d = t[k + 1];
        double v = 0;
        size_t last = k + 1;
        if (d.type == Tok::kNum && d.plain && (d.int_digits == 2 || d.int_digits == 4)) {
          v = d.v;
        } else if (d.type == Tok::kWord) {
          std::vector<std::string_view> words;
          std::vector<size_t> idx;
          for (size_t j = k + 1; j < n && words.size() < 4; ++j) {
            if (t[j].type == Tok::kWord) { words.push_back(t[j].low); idx.push_back(j); }
            else if (IsPunct(t[j], "-") && t[j].glued) continue;
            else break;
          }
          const int m = words_->Match(words, lang, false, &v);
          if (m > 0) last = idx[m - 1];
          else v = 0;
        }
        const long iv = std::lround(v);
        if (v == iv && iv % 10 == 0 && ((iv >= 10 && iv <= 90) || (iv >= 1800 && iv <= 2090))) {
          Fact& f = add(FactKind::kYear, k, last, v);
          f.decade = true;
          continue;
        }
      }
      // ---- decades in English words: "the seventies", "the early nineties", "the 'sixties"
      if (en && k > 0) {
        static const std::unordered_map<std::string, int> decades = {
            {"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
            {"sixties", 60},  {"seventies", 70}, {"eighties", 80}, {"nineties", 90}};
        const Tok& p = t[k - 1];
        auto dec = decades.end();
        if (tk.low.size() >= 7 && tk.low.back() == 's' &&
            (IsWord(p, "the") || IsWord(p, "early") || IsWord(p, "late") || IsWord(p, "mid") ||
             IsPunct(p, "'") || IsPunct(p, "’") || IsPunct(p, "-"))) {
          dec = decades.find(tk.low);
        }
        if (dec != decades.end()) {
          Fact& f = add(FactKind::kYear, k, k, dec->second);
          f.decade = true;
          f.from_words = true;
          continue;
        }
      }
      // ---- weekdays
      auto wd = Weekdays(lang).find(tk.low);
      if (wd != Weekdays(lang).end()) {
        Fact& f = add(FactKind::kWeekday, k, k, wd->second);
        // A night is named after its evening in English ("Saturday night")
        // and often after its morning in French ("dans la nuit de dimanche",
        // "dans les premières heures de dimanche"): the other day is an alt.
        // Not when the night is named by both days ("the night of Tuesday to
        // Wednesday", "dans la nuit de samedi à dimanche").
        const bool range_after = k + 1 < n && (IsWord(t[k + 1], "to") || IsWord(t[k + 1], "à") ||
                                               IsWord(t[k + 1], "au") || IsPunct(t[k + 1], "-"));
        const bool range_before = k >= 2 && (IsWord(t[k - 1], "to") || IsWord(t[k - 1], "à") ||
                                             IsWord(t[k - 1], "au") || IsPunct(t[k - 1], "-")) &&
                                  Weekdays(lang).count(t[k - 2].low) > 0;
        if (range_after || range_before) continue;
        if (en) {
          const bool night_after = k + 1 < n && IsWord(t[k + 1], "night");
          const bool night_of = k >= 2 && IsWord(t[k - 1], "of") && IsWord(t[k - 2], "night");
          if (night_after || night_of) f.alt = (static_cast<int>(wd->second) + 1) % 7;
        } else {
          for (size_t j = k >= 4 ? k - 4 : 0; j < k; ++j) {
            if (IsWord(t[j], "nuit") || (IsWord(t[j], "premières") && j + 1 < k && IsWord(t[j + 1], "heures"))) {
              f.alt = (static_cast<int>(wd->second) + 6) % 7;
            }
          }
        }
        continue;
      }
      // ---- approximate quantities: "dozens", "des centaines de milliers", "un millier"
      auto ap = ApproxWords(lang).find(tk.low);
      if (ap != ApproxWords(lang).end()) {
        bool after_number = k > 0 && (t[k - 1].type == Tok::kNum || used[k - 1]);
        if (!(after_number && (tk.low == "millions" || tk.low == "milliards" || tk.low == "billions" ||
                               tk.low == "thousands"))) {
          double v = ap->second.v;
          size_t last = k;
          // "... of thousands" / "... de milliers" multiplies.
          if (k + 2 < n && (IsWord(t[k + 1], "of") || IsWord(t[k + 1], "de"))) {
            auto ap2 = ApproxWords(lang).find(t[k + 2].low);
            if (ap2 != ApproxWords(lang).end() && ap2->second.plural && ap2->second.v >= 1000) {
              v *= ap2->second.v;
              last = k + 2;
            }
          }
          bool quarantine = tk.low == "quarantaine" && !(k > 0 && (IsWord(t[k - 1], "une")));
          if (!quarantine) {
            Fact& f = add(FactKind::kApprox, k, last, v);
            f.plural = ap->second.plural;
            f.from_words = true;
            f.context = ContextAfter(s, t, last);
            continue;
          }
        }
      }
      // "tens of thousands"
      if (en && tk.low == "tens" && k + 2 < n && IsWord(t[k + 1], "of")) {
        auto ap2 = ApproxWords(lang).find(t[k + 2].low);
        if (ap2 != ApproxWords(lang).end() && ap2->second.v >= 1000) {
          Fact& f = add(FactKind::kApprox, k, k + 2, 10 * ap2->second.v);
          f.plural = true;
          f.from_words = true;
          continue;
        }
      }
      // ---- vague quantities
      if (tk.low == "several" || tk.low == "plusieurs" || tk.low == "quelques" ||
          (en && tk.low == "few" && k > 0 && IsWord(t[k - 1], "a"))) {
        Fact& f = add(FactKind::kVague, (tk.low == "few") ? k - 1 : k, k, 3);
        f.plural = true;
        f.from_words = true;
        continue;
      }
      // ---- number words (cardinals, then ordinals)
      const bool article_word = tk.low == "a" || tk.low == "an" || tk.low == "un" || tk.low == "une";
      if (!article_word && !words_->MayStart(tk.low, lang)) goto entities;
      {
      std::vector<std::string_view> words;
      std::vector<size_t> idx;
      for (size_t j = k; j < n && words.size() < 6; ++j) {
        if (t[j].type == Tok::kWord) { words.push_back(t[j].low); idx.push_back(j); }
        else if (IsPunct(t[j], "-") && t[j].glued) continue;
        else break;
      }
      double v = 0;
      int m = words_->Match(words, lang, false, &v);
      {
        // "vingt-septième", "one hundred fiftieth": a longer ordinal wins
        // over the cardinal it starts with.
        double ordinal_value = 0;
        if (words_->Match(words, lang, true, &ordinal_value) > m) m = 0;
      }
      bool article = false;
      if (m == 0 && (tk.low == "a" || tk.low == "an" || tk.low == "un" || tk.low == "une") &&
          idx.size() >= 2) {
        // "a dozen", "une douzaine", "a hundred", "a thousand", "a million"
        const std::string& w2 = t[idx[1]].low;
        if (w2 == "dozen" || w2 == "douzaine") { m = 2; v = 12; article = true; }
        else if (w2 == "hundred") { m = 2; v = 100; article = true; }
        else if (w2 == "thousand") { m = 2; v = 1000; article = true; }
        else if (ScaleWord(w2, lang, false) >= 1e6) { m = 1; v = 1; article = true; }
      }
      if (m > 0) {
        size_t last = idx[m - 1];
        double scale = (last + 1 < n) ? ScaleWord(t[last + 1].low, lang, false) : 0;
        // "two and a half (million)": the half before any scale word.
        if (size_t h = HalfAt(t, last + 1); h > 0 && scale == 0) {
          v += 0.5;
          last += h;
          scale = last + 1 < n ? ScaleWord(t[last + 1].low, lang, false) : 0;
        }
        bool is_one = (v == 1 && m == 1);
        bool neuf_adj = !en && tk.low == "neuf" && !NeufIsNumber(t, k);
        bool zero = v == 0;  // "zéro tolérance", "zero" are rarely figures
        if (!(is_one && scale == 0) && !neuf_adj && !zero) {
          double applied = 0;
          while (scale > 0) {
            v *= scale;
            applied = scale;
            last += 1;
            scale = (last + 1 < n) ? ScaleWord(t[last + 1].low, lang, false) : 0;
          }
          // "trois millions et demi": the half after the scale word.
          if (size_t h = applied > 0 ? HalfAt(t, last + 1) : 0) {
            v += 0.5 * applied;
            last += h;
          }
          // "five o'clock", "nine a.m.", "three in the morning", "huit heures du
          // soir": a clock time in words.
          if (last == idx[m - 1] && v >= 1 && v <= (en ? 12 : 24) && v == std::floor(v)) {
            size_t q = last + 1, tl = 0;
            int ampm = 0, minutes = 0;
            size_t pe = 0;
            if (!en) {
              tl = fr_clock(k, last, /*words=*/true, &minutes, &ampm);
            } else if (OClockAt(t, q)) {  // "five o'clock (in the afternoon)"
              tl = q + 2;
              if (int pd = PartOfDayAt(t, tl + 1, &pe)) { ampm = pd; tl = pe; }
            } else if (int pd = PartOfDayAt(t, q, &pe)) {  // "three in the morning"
              ampm = pd;
              tl = pe;
            }
            else if (q + 2 < n && (IsWord(t[q], "p") || IsWord(t[q], "a")) && IsPunct(t[q + 1], ".") &&
                     IsWord(t[q + 2], "m")) {
              ampm = t[q].low == "p" ? 2 : 1;
              tl = q + 2;
              if (tl + 1 < n && IsPunct(t[tl + 1], ".") && t[tl + 1].glued) tl += 1;
            }
            if (tl > 0) {
              const int h = static_cast<int>(v);
              int hh = h;
              if (ampm == 2 && h < 12) hh = h + 12;
              if (ampm == 1 && h == 12) hh = 0;
              Fact& f = add(FactKind::kTime, k, tl, hh * 60 + minutes);
              if (ampm == 0 && h >= 1 && h < 12) f.alt = (h + 12) * 60 + minutes;
              f.from_words = true;
              continue;
            }
          }
          // "deux heures et demie", "sept ans et demi": 2.5 hours, 7.5 years
          // (a time in hours then matches 2:30).
          if (!en && FrenchHalfAfterUnit(t, last + 1)) v += 0.5;
          double decade_alt = -1;  // "seven decades" = 70 (years), or 7 ("sept dernières décennies")
          if (decades_after(last)) {
            decade_alt = v;
            v *= 10;
            last += 1;
          }
          FactKind kind = percent_after(&last) ? FactKind::kPercent : FactKind::kNumber;
          Fact& f = add(kind, k, last, v);
          f.alt = decade_alt;
          // "sept milles": miles, or a misspelt "sept mille" (as for figures).
          if (!en && f.alt < 0 && last + 1 < n && IsWord(t[last + 1], "milles")) f.alt = v * 1e3;
          f.from_words = true;
          f.hedged = article || hedged_before(k) || (m == 1 && (words[0] == "mille" || words[0] == "cent"));
          if (article && v == 1000) f.hedged = true;
          f.context = ContextAfter(s, t, last);
          continue;
        }
      }
      m = words_->Match(words, lang, true, &v);
      if (m > 0) {
        // "huitièmes de finale" is a round (the last sixteen), not an ordinal.
        const size_t e = idx[m - 1];
        if (!en && e + 2 < n && IsWord(t[e + 1], "de") && (IsWord(t[e + 2], "finale") || IsWord(t[e + 2], "finales"))) {
          for (size_t j = k; j <= e + 2; ++j) used[j] = true;
          continue;
        }
        // "first of all", "at first", "in the first place": discourse markers,
        // not a count.
        if (en && v == 1 && m == 1 &&
            ((e + 2 < n && IsWord(t[e + 1], "of") && IsWord(t[e + 2], "all")) || (k > 0 && IsWord(t[k - 1], "at")) ||
             (k >= 2 && IsWord(t[k - 1], "the") && IsWord(t[k - 2], "in") && e + 1 < n && IsWord(t[e + 1], "place")))) {
          for (size_t j = k; j <= e; ++j) used[j] = true;
          continue;
        }
        // "matières premières" are raw materials or commodities, not firsts.
        if (!en && v == 1 && k > 0 && (IsWord(t[k - 1], "matières") || IsWord(t[k - 1], "matieres"))) {
          for (size_t j = k; j <= e; ++j) used[j] = true;
          continue;
        }
        add(FactKind::kOrdinal, k, e, v).from_words = true;
        continue;
      }
      }
    entities:
      // ---- acronyms and names
      if (tk.upper && !IsRoman(tk.low) && tk.e - tk.b <= 8) {
        Fact f;
        f.kind = FactKind::kAcronym;
        f.begin = tk.b;
        f.end = tk.e;
        f.key = CanonicalEntityKey(FoldAccents(tk.low));
        facts.push_back(std::move(f));
        used[k] = true;
        continue;
      }
      if (tk.cap && !IsCommonCapital(tk.low)) {
        bool sentence_start = true;
        for (size_t j = 0; j < k; ++j) {
          if (t[j].type == Tok::kWord || t[j].type == Tok::kNum) { sentence_start = false; break; }
        }
        bool after_stop = k > 0 && (IsPunct(t[k - 1], ".") || IsPunct(t[k - 1], ":"));
        if (!sentence_start && !after_stop) {
          Fact f;
          f.kind = FactKind::kName;
          f.begin = tk.b;
          f.end = tk.e;
          f.key = CanonicalEntityKey(FoldAccents(tk.low));
          facts.push_back(std::move(f));
          used[k] = true;
        }
      }
      continue;
    }
    if (tk.type != Tok::kNum) continue;

    // ---- digits glued to a letter code: G20, A380 (an entity, not a figure)
    if (tk.glued && k > 0 && t[k - 1].type == Tok::kWord && t[k - 1].low != "h") continue;

    // ---- clock times: 3:30 p.m., 15:30, 15h30, 15 h 30, 3 p.m.
    if (tk.plain && tk.v <= 24 && tk.int_digits <= 2) {
      int h = static_cast<int>(tk.v), mi = -1;
      size_t last = k;
      if (k + 2 < n && IsPunct(t[k + 1], ":") && t[k + 1].glued && t[k + 2].type == Tok::kNum &&
          t[k + 2].glued && t[k + 2].int_digits == 2 && t[k + 2].v < 60) {
        mi = static_cast<int>(t[k + 2].v);
        last = k + 2;
      } else if (k + 1 < n && IsWord(t[k + 1], "h")) {
        mi = 0;
        last = k + 1;
        if (k + 2 < n && t[k + 2].type == Tok::kNum && t[k + 2].plain && t[k + 2].int_digits == 2 &&
            t[k + 2].v < 60) {
          mi = static_cast<int>(t[k + 2].v);
          last = k + 2;
        }
      }
      int fr_ampm = 0;
      if (!en && mi < 0) {
        int m2 = 0;
        if (size_t e = fr_clock(k, k, /*words=*/false, &m2, &fr_ampm)) {
          mi = m2;
          last = e;
        } else {
          fr_ampm = 0;
        }
      }
      // am/pm: "p.m.", "pm", "a.m."
      int ampm = fr_ampm;
      size_t q = last + 1;
      if (ampm != 0) {
        // French "du matin" / "du soir" already read
      } else if (en && mi < 0 && OClockAt(t, q)) {  // "7 o'clock (in the evening)"
        mi = 0;
        last = q + 2;
        size_t pe = 0;
        if (int pd = PartOfDayAt(t, last + 1, &pe)) { ampm = pd; last = pe; }
      } else if (size_t pe = 0; en && mi < 0 && PartOfDayAt(t, q, &pe)) {  // "5 in the morning"
        ampm = PartOfDayAt(t, q, &pe);
        last = pe;
      } else if (q < n && (IsWord(t[q], "pm") || IsWord(t[q], "am"))) {
        ampm = t[q].low == "pm" ? 2 : 1;
        last = q;
      } else if (q + 2 < n && (IsWord(t[q], "p") || IsWord(t[q], "a")) && IsPunct(t[q + 1], ".") &&
                 IsWord(t[q + 2], "m")) {
        ampm = t[q].low == "p" ? 2 : 1;
        last = q + 2;
        if (last + 1 < n && IsPunct(t[last + 1], ".") && t[last + 1].glued) last += 1;
      }
      if (mi >= 0 || (ampm && h <= 12)) {
        if (mi < 0) mi = 0;
        int hh = h;
        double alt = -1;
        if (ampm == 2 && h < 12) hh = h + 12;
        if (ampm == 1 && h == 12) hh = 0;
        if (ampm == 0 && h >= 1 && h < 12) alt = (h + 12) * 60 + mi;
        Fact& f = add(FactKind::kTime, k, last, hh * 60 + mi);
        f.alt = alt;
        continue;
      }
    }

    // ---- day + month handled when the month is reached; skip here
    {
      size_t dl;
      if (day_at(k, &dl)) {
        size_t mk = dl + 1, ml;
        if (month_at(mk, &ml) || (mk + 1 < n && IsWord(t[mk], "of") && month_at(mk + 1, &ml))) continue;
        // "du 16 au 20 novembre", "les 5 et 7 décembre": the first day of a
        // range or list takes the month of the date that follows.
        // (English: "the 8th to the 10th August", "the 15th and 16th of April".)
        size_t d2 = mk + 1, d2l;
        if (d2 < n && IsWord(t[d2], "the")) ++d2;
        if (mk + 1 < n && is_day_link(t[mk]) && day_at(d2, &d2l)) {
          size_t m2 = d2l + 1;
          if (m2 + 1 < n && IsWord(t[m2], "of")) ++m2;
          if (int month = month_at(m2, &ml)) {
            Fact& f = add(FactKind::kDate, k, dl, month);
            f.day = static_cast<int>(tk.v);
            continue;
          }
        }
      }
    }

    // ---- ordinals with digits: 1st, 21st, 1er, 2e, 3ème
    if (k + 1 < n && t[k + 1].type == Tok::kWord && t[k + 1].glued && tk.plain) {
      static const std::unordered_set<std::string> en_suf = {"st", "nd", "rd", "th"};
      static const std::unordered_set<std::string> fr_suf = {"er", "re", "ère", "e", "ème", "eme",
                                                             "è", "nd", "nde", "d"};
      if ((en ? en_suf : fr_suf).count(t[k + 1].low)) {
        add(FactKind::kOrdinal, k, k + 1, tk.v);
        continue;
      }
    }

    // ---- figures
    double v = tk.v, alt = tk.alt;
    size_t last = k;
    // "7 millions et demi", "2 and a half million"
    if (size_t h = HalfAt(t, last + 1)) { v += 0.5; if (alt >= 0) alt += 0.5; last += h; }
    // "2 heures et demie", "7 ans et demi": the half after the unit, as in words.
    else if (!en && FrenchHalfAfterUnit(t, last + 1)) v += 0.5;
    // "$500-million": the scale word after a hyphen.
    if (last + 2 < n && IsPunct(t[last + 1], "-") && t[last + 1].glued && t[last + 2].glued &&
        t[last + 2].type == Tok::kWord && ScaleWord(t[last + 2].low, lang, false) > 0) {
      last += 1;
    }
    // "2000-08": the second year of a range written with two digits.
    if (last == k && tk.plain && tk.int_digits == 2 && tk.glued && k >= 2 && IsPunct(t[k - 1], "-") &&
        t[k - 1].glued && year_at(k - 2)) {
      const int from = year_at(k - 2);
      int to = from / 100 * 100 + static_cast<int>(tk.v);
      if (to < from) to += 100;
      Fact& f = add(FactKind::kYear, k, k, to);
      f.context = ContextAfter(s, t, k);
      continue;
    }
    // French "60 milles" is miles, or a misspelt "60 mille" (60,000): both readings.
    if (!en && alt < 0 && last + 1 < n && IsWord(t[last + 1], "milles")) alt = v * 1e3;
    if (last + 1 < n && t[last + 1].type == Tok::kWord) {
      double scale = ScaleWord(t[last + 1].low, lang, t[last + 1].glued);
      if (scale > 0) {
        // "400m freestyle": a glued m without a currency sign may be metres
        // (or minutes): the plain figure is the other reading.
        const bool currency = k > 0 && (IsPunct(t[k - 1], "$") || IsPunct(t[k - 1], "£") || IsPunct(t[k - 1], "€"));
        if (t[last + 1].glued && t[last + 1].low == "m" && !currency && alt < 0) alt = v;
        v *= scale;
        if (alt >= 0 && !(t[last + 1].low == "m" && !currency)) alt *= scale;
        last += 1;
        if (size_t h2 = HalfAt(t, last + 1)) { v += 0.5 * scale; if (alt >= 0) alt += 0.5 * scale; last += h2; }
        if (last + 1 < n && t[last + 1].type == Tok::kWord) {
          double scale2 = ScaleWord(t[last + 1].low, lang, false);
          if (scale2 > scale) { v *= scale2; if (alt >= 0) alt *= scale2; last += 1; }
        }
      }
    }
    // "three decades" = 30 (years), or 3 ("trois dernières décennies")
    if (alt < 0 && decades_after(last)) {
      alt = v;
      v *= 10;
      last += 1;
    }
    // ---- decades: "the 1930s", "the '90s", "the 90s"
    if (en && last == k && tk.plain && (tk.int_digits == 4 || tk.int_digits == 2) &&
        static_cast<long>(tk.v) % 10 == 0 && k + 1 < n && t[k + 1].glued && IsWord(t[k + 1], "s") &&
        (tk.int_digits == 2 || year_at(k))) {
      Fact& f = add(FactKind::kYear, k, k + 1, tk.v);
      f.decade = true;
      continue;
    }
    // "7 mille 375" (French for 7,375)
    if (!en && last == k + 1 && v == tk.v * 1000 && IsWord(t[k + 1], "mille") && k + 2 < n &&
        t[k + 2].type == Tok::kNum && t[k + 2].plain && t[k + 2].int_digits == 3 && !t[k + 2].glued) {
      v += t[k + 2].v;
      last = k + 2;
    }
    FactKind kind = FactKind::kNumber;
    if (percent_after(&last)) kind = FactKind::kPercent;
    if (kind == FactKind::kNumber && last == k && year_at(k)) kind = FactKind::kYear;
    Fact& f = add(kind, k, last, v);
    f.alt = alt;
    f.hedged = hedged_before(k);
    f.context = ContextAfter(s, t, last);
  }
  std::sort(facts.begin(), facts.end(), [](const Fact& a, const Fact& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.kind < b.kind;
  });
  return facts;
}

}  // namespace driftalign::drift
