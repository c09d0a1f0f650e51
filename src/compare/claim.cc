#include "compare/claim.h"

#include <algorithm>
#include <utility>

#include "compare/lexicon.h"
#include "drift/text_util.h"
#include "text/lexer.h"

namespace driftalign::compare {

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t next = i;
    const UChar32 c = text::PeekCodePoint(s, i, &next);
    Token t;
    t.begin = i;
    if (text::IsSpace(c)) {
      i = next;
      continue;
    }
    if (text::IsAsciiDigit(c)) {
      t.kind = Token::kNumber;
      t.end = text::SkipDigits(s, i);
    } else if (text::IsAlpha(c)) {
      size_t e = next;
      while (e < s.size()) {
        size_t n2 = e;
        const UChar32 d = text::PeekCodePoint(s, e, &n2);
        if (text::IsAlpha(d) || text::IsMark(d) || text::IsSpacingMark(d)) {
          e = n2;
          continue;
        }
        // A hyphen between letters stays inside the word (Dix-huit, ex-république).
        if (d == '-' && n2 < s.size()) {
          size_t n3 = n2;
          if (text::IsAlpha(text::PeekCodePoint(s, n2, &n3))) {
            e = n2;
            continue;
          }
        }
        break;
      }
      t.end = e;
    } else {
      t.kind = Token::kPunct;
      t.end = next;
    }
    t.lower = drift::LowerUtf8(s.substr(t.begin, t.end - t.begin));
    i = t.end;
    out.push_back(std::move(t));
  }
  return out;
}

namespace {

// Marks that end a clause for the predicate and context searches.
bool IsHardPunct(const Token& t) {
  if (t.kind != Token::kPunct) return false;
  static constexpr std::string_view kHard[] = {".", ";", ":", "(", ")", "?", "!", "[", "]", "—", "–"};
  return std::find(std::begin(kHard), std::end(kHard), t.lower) != std::end(kHard);
}
bool IsApostrophe(const Token& t) {
  return t.kind == Token::kPunct && (t.lower == "'" || t.lower == "\u2019");
}

bool IsQuote(const Token& t) {
  static constexpr std::string_view kQuotes[] = {"\"", "\u00ab", "\u00bb", "\u201c", "\u201d"};
  return t.kind == Token::kPunct && std::find(std::begin(kQuotes), std::end(kQuotes), t.lower) != std::end(kQuotes);
}

bool IsCurrency(const Token& t) {
  return t.kind == Token::kPunct && (t.lower == "$" || t.lower == "\u20ac" || t.lower == "\u00a3");
}

// The tokens of a sentence with the helpers the readers below share.
class Words {
 public:
  explicit Words(std::string_view text) : text_(text), tokens_(Tokenize(text)) {}
  const std::vector<Token>& tokens() const { return tokens_; }
  int size() const { return static_cast<int>(tokens_.size()); }
  const Token& at(int i) const { return tokens_[static_cast<size_t>(i)]; }
  bool IsWord(int i) const { return i >= 0 && i < size() && at(i).kind == Token::kWord; }
  const std::string& Lower(int i) const {
    static const std::string kEmpty;
    return i >= 0 && i < size() ? at(i).lower : kEmpty;
  }
  // The first token at or after byte `b`, and one past the last token ending at or before `e`.
  int FirstAt(size_t b) const {
    int i = 0;
    while (i < size() && at(i).end <= b) ++i;
    return i;
  }
  int EndAt(size_t e) const {
    int i = FirstAt(e);
    return i;
  }
  // The word before token i, skipping apostrophes and currency signs; -1 when none.
  int WordBefore(int i) const {
    for (--i; i >= 0; --i) {
      if (IsApostrophe(at(i)) || IsCurrency(at(i))) continue;
      return at(i).kind == Token::kWord ? i : -1;
    }
    return -1;
  }

 private:
  std::string_view text_;
  std::vector<Token> tokens_;
};

// The bound the words before token `first` put on a figure, and the first
// token of those words (== first when none).
struct BoundWords {
  Bound bound = Bound::kExact;
  bool strict = false;
  int first = 0;
};

BoundWords ReadBound(const Words& w, int first) {
  BoundWords r;
  r.first = first;
  int w1 = w.WordBefore(first);
  // "plus d'un millier", "more than a thousand": the article is part of the figure.
  if (w1 >= 0 && (w.Lower(w1) == "un" || w.Lower(w1) == "une" || w.Lower(w1) == "a" ||
                  w.Lower(w1) == "an")) {
    w1 = w.WordBefore(w1);
  }
  if (w1 < 0) return r;
  const int w2 = w.WordBefore(w1);
  const std::string& a = w.Lower(w1);
  const std::string& b = w2 >= 0 ? w.Lower(w2) : w.Lower(-1);
  const int w3 = w2 >= 0 ? w.WordBefore(w2) : -1;
  const std::string& c = w3 >= 0 ? w.Lower(w3) : w.Lower(-1);
  const auto set = [&](Bound bound, bool strict, int from) {
    r.bound = bound;
    r.strict = strict;
    r.first = from;
  };
  const bool de = a == "de" || a == "d";
  if ((b == "at" && a == "least") || (b == "au" && a == "moins")) {
    set(Bound::kAtLeast, false, w2);
  } else if (de && b == "moins" && c == "pas") {
    set(Bound::kAtLeast, false, w3);
  } else if (a == "than" && (b == "fewer" || b == "less") && (c == "no")) {
    set(Bound::kAtLeast, false, w3);
  } else if ((b == "more" && a == "than") || (de && b == "plus") || a == "over" ||
             (b == "upwards" && a == "of")) {
    set(Bound::kAtLeast, true, a == "over" ? w1 : w2);
  } else if ((b == "up" && a == "to") || (b == "at" && a == "most") || (b == "au" && a == "plus") ||
             (b == "jusqu" && a == "à")) {
    set(Bound::kAtMost, false, w2);
  } else if (((b == "fewer" || b == "less") && a == "than") || (de && b == "moins") ||
             a == "under") {
    set(Bound::kAtMost, true, a == "under" ? w1 : w2);
  } else if (a == "about" || a == "around" || a == "some" || a == "nearly" || a == "almost" ||
             a == "approximately" || a == "roughly" || a == "circa" || a == "environ" ||
             a == "quelque" || a == "presque" || a == "approximativement" || a == "quasiment") {
    set(Bound::kApprox, false, w1);
  } else if ((de && b == "près") || (b == "close" && a == "to")) {
    set(Bound::kApprox, false, w2);
  }
  return r;
}

// The value of a fact, or false when the fact is no claim.
bool ValueOf(const drift::Fact& f, Value* v) {
  using drift::FactKind;
  switch (f.kind) {
    case FactKind::kNumber:
      v->kind = ValueKind::kCount;
      v->number = f.value;
      v->alt = f.alt;
      // The reader's hedge is kept for figures in words ("a thousand"); for
      // digits ReadBound reads the hedge words itself, and an article is no
      // hedge ("a 35,000-strong force").
      v->bound = f.hedged && f.from_words ? Bound::kApprox : Bound::kExact;
      return true;
    case FactKind::kApprox:
      v->kind = ValueKind::kCount;
      v->number = f.value;
      v->bound = f.plural ? Bound::kVague : Bound::kApprox;
      return true;
    case FactKind::kVague:
      v->kind = ValueKind::kCount;
      v->number = 0;
      v->bound = Bound::kVague;
      return true;
    case FactKind::kPercent:
      v->kind = ValueKind::kPercent;
      v->number = f.value;
      v->alt = f.alt;
      return true;
    case FactKind::kWeekday:
      v->kind = ValueKind::kWeekday;
      v->number = f.value;
      return true;
    case FactKind::kDate:
      v->kind = ValueKind::kDate;
      v->number = f.value;
      v->day = f.day;
      v->year = f.year;
      return true;
    default:
      return false;
  }
}

const int kSaidClass = PredicateClass("said");

// Nouns that a length of time in years measures ("une peine de 20 ans"), not an age.
bool IsDurationNoun(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "peine", "prison", "période", "mandat", "contrat", "durée", "séjour", "carrière", "réclusion",
      "emprisonnement", "absence", "règne", "exil", "guerre", "moyenne", "plus", "moins", "près",
      "espace", "intervalle", "retard", "sursis", "bail", "concession", "garantie", "programme", "plan"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Possessive and demonstrative determiners between a figure and its noun
// ("25% of THEIR flights", "25% de LEURS vols").
bool IsPossessive(std::string_view w) {
  static constexpr std::string_view kWords[] = {"their", "its", "his", "her", "our", "these", "those",
                                                "leurs", "leur", "ses", "son", "sa", "ces", "nos", "vos"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// A word that may be a subject word: not a function word, not a figure.
bool IsContent(const Token& t) {
  return t.kind == Token::kWord && !IsFunctionWord(t.lower) && t.lower.size() > 1;
}

std::vector<std::string> NamesOf(const std::vector<drift::Fact>& facts) {
  std::vector<std::string> names;
  for (const drift::Fact& f : facts) {
    if (f.kind == drift::FactKind::kName || f.kind == drift::FactKind::kAcronym) {
      names.push_back(f.key);
    }
  }
  std::sort(names.begin(), names.end());
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

// The word (letters) that follows byte `at` after spaces; empty when none.
std::string_view WordAt(std::string_view s, size_t at) {
  while (at < s.size() && s[at] == ' ') ++at;
  size_t e = at;
  while (e < s.size()) {
    size_t next = e;
    if (!text::IsAlpha(text::PeekCodePoint(s, e, &next))) break;
    e = next;
  }
  return s.substr(at, e - at);
}

bool IsCountFact(const drift::Fact& f) {
  return f.kind == drift::FactKind::kNumber || f.kind == drift::FactKind::kApprox;
}

// Whether figure `f` names what the figure before it counts rather than
// counting anything itself: "three-pointers" and "three-point line" (a
// figure joined by a hyphen to a noun; "66-year-old" and "35,000-strong" are
// counts), "six 787 Dreamliner" and "16 three pointers" (right after another
// figure), "huit paniers à trois points" (figure, noun, à, figure).
bool IsModifier(std::string_view s, const drift::Fact& prev, const drift::Fact& f) {
  if (f.kind != drift::FactKind::kNumber) return false;
  if (f.end + 1 < s.size() && s[f.end] == '-') {
    const std::string word = drift::LowerUtf8(WordAt(s, f.end + 1));
    static constexpr std::string_view kCounts[] = {"year", "years", "strong", "an", "ans", "billion",
                                                   "million", "thousand", "hundred", "day", "month"};
    if (!word.empty() && std::find(std::begin(kCounts), std::end(kCounts), word) == std::end(kCounts)) {
      return true;
    }
  }
  if (!IsCountFact(prev) || prev.end > f.begin) return false;
  const std::string_view between = s.substr(prev.end, f.begin - prev.end);
  if (between.find_first_not_of(' ') == std::string_view::npos) return true;
  // "paniers à trois points": one word, then "à".
  const std::vector<Token> t = Tokenize(between);
  return t.size() == 2 && t[0].kind == Token::kWord && t[1].lower == "à";
}

// A score or a span in digits, "43-34", "(82-91)": two figures joined by a
// hyphen, neither a count of its own.
bool IsScore(std::string_view s, const drift::Fact& f) {
  const auto digit = [&](size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  if (f.kind != drift::FactKind::kNumber) return false;
  return (f.end + 1 < s.size() && s[f.end] == '-' && digit(f.end + 1)) ||
         (f.begin >= 2 && s[f.begin - 1] == '-' && digit(f.begin - 2) && digit(f.begin));
}

// French "neuf" is nine before a plural noun ("neuf chefs d'accusation") and
// "new" after one ("un appartement neuf"); the fact reader leaves it out.
void AddNeuf(std::string_view s, std::vector<drift::Fact>* facts) {
  const std::vector<Token> t = Tokenize(s);
  bool added = false;
  for (size_t i = 0; i + 1 < t.size(); ++i) {
    if (t[i].lower != "neuf" || t[i + 1].kind != Token::kWord) continue;
    const std::string& next = t[i + 1].lower;
    if (IsFunctionWord(next) || next.size() < 3 || (next.back() != 's' && next.back() != 'x')) continue;
    if (i > 0 && (t[i - 1].lower == "tout" || t[i - 1].lower == "à" || t[i - 1].lower == "flambant")) continue;
    const bool covered = std::any_of(facts->begin(), facts->end(), [&](const drift::Fact& f) {
      return f.begin < t[i].end && t[i].begin < f.end;
    });
    if (covered) continue;
    drift::Fact f;
    f.kind = drift::FactKind::kNumber;
    f.begin = t[i].begin;
    f.end = t[i].end;
    f.value = 9;
    f.from_words = true;
    facts->push_back(f);
    added = true;
  }
  if (added) {
    std::stable_sort(facts->begin(), facts->end(),
                     [](const drift::Fact& a, const drift::Fact& b) { return a.begin < b.begin; });
  }
}

class SentenceClaims {
 public:
  SentenceClaims(std::string_view text, const ClaimOptions& options)
      : text_(text), words_(text), options_(options) {}

  void Add(const drift::Fact& f, const Value& value) {
    Item item;
    item.claim.value = value;
    item.first = words_.FirstAt(f.begin);
    item.last = std::max(item.first, words_.EndAt(f.end));
    BoundWords bw = ReadBound(words_, item.first);
    if (bw.first != item.first) {
      item.claim.value.bound = bw.bound;
      item.claim.value.strict = bw.strict;
    }
    item.claim.span = {words_.at(bw.first).begin, f.end};
    if (bw.first == item.first) item.claim.span.begin = f.begin;
    item.bound_first = bw.first;
    items_.push_back(std::move(item));
  }

  std::vector<Claim> Finish() {
    for (Item& item : items_) {
      item.relative = IsRelativeAt(item);
      FindPredicate(&item);
    }
    ReadTimeRoles();
    for (Item& item : items_) {
      ReadContext(&item);
      if (item.claim.value.kind == ValueKind::kCount && IsAgeAt(item)) {
        // An age: the event is being that old; who it is, the sentence says.
        item.age = true;
        item.claim.predicate_class = PredicateClass("aged");
        item.claim.predicate = "aged";
        item.claim.predicate_span = item.claim.span;
      } else if (item.claim.value.kind == ValueKind::kCount || item.claim.value.kind == ValueKind::kPercent) {
        ReadSubjectPhrase(&item);
      } else {
        // A weekday or date dates the event its clause tells: its context is its subject.
        item.claim.subject = item.claim.context;
        item.claim.subject_span = item.context_span;
      }
    }
    Inherit();
    ReadAttribution();
    std::vector<std::string> names;
    for (int i = 0; i < words_.size(); ++i) {
      if (IsNameAt(i)) names.push_back(words_.Lower(i));
    }
    for (Item& item : items_) item.claim.sentence_names = names;
    std::vector<Claim> out;
    for (Item& item : items_) out.push_back(std::move(item.claim));
    return out;
  }

 private:
  struct Item {
    Claim claim;
    int first = 0, last = 0;  // tokens of the figure [first, last)
    int bound_first = 0;      // first token of its bound words
    bool relative = false;    // "two of whom", "dont deux"
    bool age = false;         // "Hallyday, 67,", "the 66-year-old rocker", "âgée de 34 ans"
    int phrase_end = 0;       // one past the last token of its subject and predicate
    Span context_span;        // where its context words are
  };

  static bool IsTime(const Item& item) {
    return item.claim.value.kind == ValueKind::kWeekday || item.claim.value.kind == ValueKind::kDate;
  }

  bool InsideAny(int i) const {
    for (const Item& it : items_) {
      if (i >= it.bound_first && i < it.last) return true;
    }
    return false;
  }
  // The same for the figures of one family only (weekdays and dates, or
  // counts): "cancel on Thursday 25% of their flights" — the day does not
  // part the count from its verb.
  bool InsideAny(int i, bool time) const {
    for (const Item& it : items_) {
      if (IsTime(it) == time && i >= it.bound_first && i < it.last) return true;
    }
    return false;
  }

  // "dont deux", "two of whom": the figure counts part of the subject before.
  bool IsRelativeAt(const Item& item) const {
    const int before = words_.WordBefore(item.bound_first);
    if (before >= 0 && IsRelative(words_.Lower(before))) return true;
    int i = item.last;
    while (i < words_.size() && words_.IsWord(i) && IsPhraseLink(words_.Lower(i))) ++i;
    return words_.IsWord(i) && IsRelative(words_.Lower(i)) && i > item.last;
  }

  // The nearest predicate word within the clause, either side (after the
  // figure only for a relative figure: "two of whom were found beheaded").
  void FindPredicate(Item* item) {
    int best = -1, best_cost = options_.predicate_window + 1;
    for (int dir : {+1, -1}) {
      if (dir < 0 && item->relative) break;
      int cost = 0;
      for (int i = dir > 0 ? item->last : item->bound_first - 1; i >= 0 && i < words_.size();
           i += dir) {
        const Token& t = words_.at(i);
        if (IsHardPunct(t)) break;
        if (t.kind == Token::kPunct) {
          if (t.lower == ",") cost += options_.comma_cost;
          continue;
        }
        if (InsideAny(i, IsTime(*item))) break;  // another figure owns the words beyond it
        if (cost >= best_cost || cost > options_.predicate_window) break;
        // A reporting verb ("$26 billion, Boeing announced") says who
        // states a count, not what it counts; it may date a weekday.
        const int cls = t.kind == Token::kWord ? PredicateClass(t.lower) : -1;
        if (cls >= 0 && (IsTime(*item) || cls != kSaidClass)) {
          // Ties go to the word after the figure (searched first).
          best = i;
          best_cost = cost;
          break;
        }
        ++cost;
      }
    }
    if (best < 0) return;
    item->phrase_end = std::max(item->phrase_end, best + 1);
    item->claim.predicate_class = PredicateClass(words_.Lower(best));
    item->claim.predicate = words_.Lower(best);
    item->claim.predicate_span = {words_.at(best).begin, words_.at(best).end};
  }

  // The noun phrase after a count: "members of the security forces".
  void ReadSubjectPhrase(Item* item) {
    Claim& c = item->claim;
    int n = 0, first = -1, last = -1;
    for (int i = item->last; i < words_.size() && n < options_.max_subject_words; ++i) {
      const Token& t = words_.at(i);
      if (IsApostrophe(t) || IsQuote(t)) continue;
      if (n == 0 && t.lower == "%") continue;  // "25% of their flights"
      // "35,000-strong rapid reaction force": the force counts 35,000.
      if (n == 0 && t.lower == "-" && words_.Lower(i + 1) == "strong") {
        ++i;
        continue;
      }
      // "six 787 Dreamliner", "16 three pointers": a figure that names the thing counted.
      if (n == 0 && t.kind == Token::kNumber) continue;
      if (t.kind != Token::kWord) break;
      // "29 points", "120 voix": an event noun is what the figure counts.
      if (n == 0 && IsNounPredicate(t.lower)) {
        c.subject.push_back(t.lower);
        first = last = i;
        break;
      }
      if (IsAuxiliary(t.lower) || PredicateClass(t.lower) >= 0 || InsideAny(i)) break;
      if (IsPhraseLink(t.lower)) continue;
      if (n == 0 && IsRelative(t.lower)) break;
      if (n == 0 && IsPossessive(t.lower)) continue;
      if (!IsContent(t)) {
        if (n == 0 && (t.lower == "autres" || t.lower == "other" || t.lower == "more")) continue;
        break;
      }
      c.subject.push_back(t.lower);
      if (first < 0) first = i;
      last = i;
      ++n;
    }
    if (first >= 0) c.subject_span = {words_.at(first).begin, words_.at(last).end};
    item->phrase_end = std::max(item->phrase_end, last + 1);
    // "$26 billion" counts dollars as "26 milliards de dollars" does.
    if (c.subject.empty()) {
      const int before = item->bound_first - 1;
      const std::string& sign = before >= 0 ? words_.Lower(before) : words_.Lower(-1);
      if (sign == "$") c.subject.push_back("dollars");
      if (sign == "\u20ac") c.subject.push_back("euros");
      if (sign == "\u00a3") c.subject.push_back("pounds");
      if (!c.subject.empty()) c.subject_span = {words_.at(before).begin, words_.at(before).end};
    }
    if (c.predicate_class < 0) {
      // No event word from the lexicon: the first content word after the phrase.
      for (int i = (last >= 0 ? last : item->last - 1) + 1; i < words_.size() && i <= last + 4; ++i) {
        const Token& t = words_.at(i);
        if (IsHardPunct(t)) break;
        if (IsContent(t) && !InsideAny(i)) {
          c.predicate = t.lower;
          c.predicate_span = {t.begin, t.end};
          break;
        }
      }
    }
  }

  // The content words of the clause around a claim.
  // A capitalised content word not at the start of the sentence or after a
  // full stop or quotation mark: a name.
  bool IsNameAt(int i) const {
    const Token& t = words_.at(i);
    return i > 0 && IsContent(t) && !IsHardPunct(words_.at(i - 1)) && !IsQuote(words_.at(i - 1)) &&
           t.lower != text_.substr(t.begin, t.end - t.begin);
  }

  void ReadContext(Item* item) {
    Claim& c = item->claim;
    Span& span = item->context_span;
    for (int dir : {-1, +1}) {
      int n = 0;
      for (int i = dir > 0 ? item->last : item->bound_first - 1;
           i >= 0 && i < words_.size() && n < options_.context_window; i += dir) {
        const Token& t = words_.at(i);
        if (IsHardPunct(t)) break;
        if (!IsContent(t) || InsideAny(i)) continue;
        ++n;
        if (IsNameAt(i)) c.context_names.push_back(t.lower);
        if (t.lower == c.predicate) continue;
        c.context.push_back(t.lower);
        if (span.empty()) {
          span = {t.begin, t.end};
        } else {
          span.begin = std::min(span.begin, t.begin);
          span.end = std::max(span.end, t.end);
        }
      }
    }
  }

  // Whether a count is an age: "66-year-old", "aged 34", "at the age of 34",
  // "âgée de 34 ans", "l'âge de 34 ans", "un rocker de 66 ans" (not "une
  // peine de 20 ans"), and a figure set off by commas after a name
  // ("Michael Trerise, 57, of Stithians", "Trerise, 57 ans,").
  bool IsAgeAt(const Item& item) const {
    const int next = item.last;
    const std::string& after = words_.Lower(next);
    if (after == "-" && (words_.Lower(next + 1).rfind("year-old", 0) == 0 ||
                         words_.Lower(next + 1).rfind("years-old", 0) == 0)) {
      return true;
    }
    const int p1 = words_.WordBefore(item.bound_first);
    const int p2 = p1 >= 0 ? words_.WordBefore(p1) : -1;
    const std::string& w1 = words_.Lower(p1);
    const std::string& w2 = words_.Lower(p2);
    if (w1 == "aged" || (w1 == "of" && w2 == "age")) return true;
    const bool ans = after == "ans";
    if (ans && w1 == "de" && (w2.rfind("âgé", 0) == 0 || w2 == "âge")) return true;
    if (ans && w1 == "de" && p2 >= 0 && IsContent(words_.at(p2)) && !IsDurationNoun(w2) &&
        PredicateClass(w2) < 0) {
      return true;
    }
    // Set off by commas after a capitalised word.
    const int comma = item.bound_first - 1;
    if (comma < 1 || words_.Lower(comma) != "," || !words_.IsWord(comma - 1)) return false;
    const Token& name = words_.at(comma - 1);
    if (name.lower == std::string_view(text_).substr(name.begin, name.end - name.begin)) return false;
    const int end = ans ? next + 1 : next;
    const std::string& close = words_.Lower(end);
    return end >= words_.size() || close == "," || close == "." || (!ans && close == "of");
  }

  // Whether the words before token `i` (up to 4, within the clause) hold `word`.
  bool ShortlyAfter(int i, std::string_view word) const {
    for (int k = i - 1, n = 0; k >= 0 && n < 4; --k) {
      if (IsHardPunct(words_.at(k))) return false;
      if (words_.at(k).kind != Token::kWord) continue;
      if (words_.Lower(k) == word) return true;
      ++n;
    }
    return false;
  }

  // Whether the tokens [from, to) are a short span joiner: "to", "à", "au",
  // "and", "et", "until", "jusqu'à".
  bool JoinsSpan(int from, int to) const {
    if (to - from > 4) return false;
    for (int i = from; i < to; ++i) {
      const std::string& t = words_.Lower(i);
      if (t == "to" || t == "à" || t == "au" || t == "and" || t == "et" || t == "until" ||
          t == "till" || t == "jusqu") {
        return true;
      }
    }
    return false;
  }

  // The role of each weekday and date: the word before it ("since", "until",
  // "depuis", "jusqu'à", "d'ici"), or its place in a span "between X and Y",
  // "from X to Y", "de X à Y".
  void ReadTimeRoles() {
    const Item* prev_time = nullptr;
    for (size_t k = 0; k < items_.size(); ++k) {
      Item& item = items_[k];
      if (!IsTime(item)) continue;
      // The word before the figure; "jusqu'à", "d'ici" are read whole.
      const int b = words_.WordBefore(item.first);
      const std::string& before = words_.Lower(b);
      const std::string& w = before == "à" && words_.Lower(words_.WordBefore(b)) == "jusqu" ? words_.Lower(words_.WordBefore(b)) : before;
      const Item* next_time = nullptr;
      for (size_t m = k + 1; m < items_.size() && next_time == nullptr; ++m) {
        if (IsTime(items_[m])) next_time = &items_[m];
      }
      const bool span_follows = next_time != nullptr && JoinsSpan(item.last, next_time->bound_first);
      const bool span_before = prev_time != nullptr && prev_time->claim.time_role == TimeRole::kFrom &&
                               JoinsSpan(prev_time->last, item.bound_first);
      TimeRole role = TimeRole::kAt;
      if (w == "since" || w == "from" || w == "depuis" || w == "dès" || w == "starting" ||
          w == "between" || w == "entre") {
        role = TimeRole::kFrom;
      } else if (w == "until" || w == "till" || w == "jusqu" || w == "by" ||
                 (w == "ici" && words_.Lower(words_.WordBefore(b)) == "d") ||
                 ((w == "and" || w == "et") && ShortlyAfter(b, w == "and" ? "between" : "entre")) ||
                 span_before) {
        role = TimeRole::kUntil;
      } else if (span_follows && (w == "de" || w == "du" || w == "d")) {
        role = TimeRole::kFrom;
      }
      item.claim.time_role = role;
      // A day bounded by its role is the day itself ("jusqu'à jeudi" is Thursday, as an end).
      if (role != TimeRole::kAt) {
        item.claim.value.bound = Bound::kExact;
        item.claim.value.strict = false;
      }
      prev_time = &item;
    }
  }

  // "Thirteen members ... were killed, two of whom ..., and 353 wounded": the
  // later figures count the subject of the first.
  void Inherit() {
    for (size_t k = 1; k < items_.size(); ++k) {
      Item& cur = items_[k];
      if (cur.claim.value.kind != ValueKind::kCount || cur.age) continue;
      if (!cur.claim.subject.empty() && !cur.relative) continue;
      size_t p = k;
      while (p > 0 && items_[p - 1].claim.value.kind != ValueKind::kCount) --p;
      if (p == 0) continue;
      const Item& prev = items_[p - 1];
      if (prev.claim.subject.empty() || prev.age) continue;
      bool joined = cur.relative;
      int gap = 0;
      const int from = prev.phrase_end < cur.bound_first ? std::max(prev.last, prev.phrase_end) : prev.last;
      for (int i = from; i < cur.bound_first; ++i) {
        const Token& t = words_.at(i);
          if (IsHardPunct(t)) {
          joined = false;
          gap = options_.inherit_gap + 1;
          break;
        }
        if (t.kind == Token::kWord && IsCoordination(t.lower)) joined = true;
        if (t.kind == Token::kWord) ++gap;
      }
      if (!joined || gap > options_.inherit_gap) continue;
      cur.claim.subject = prev.claim.subject;
      cur.claim.subject_span = prev.claim.subject_span;
      cur.claim.subject_inherited = true;
    }
  }

  // "according to television", "selon le ministère de l'Intérieur", "cité par".
  void ReadAttribution() {
    const int n = words_.size();
    for (int i = 0; i < n; ++i) {
      const std::string& w = words_.Lower(i);
      int lead_end = -1;
      if (w == "according" && words_.Lower(i + 1) == "to") lead_end = i + 2;
      if (w == "selon" || w == "citing") lead_end = i + 1;
      if ((w == "quoted" || w == "cité" || w == "citée" || w == "cités" || w == "citées") &&
          words_.Lower(i + 1) == "par") {
        lead_end = i + 2;
      }
      if (w == "quoted" && words_.Lower(i + 1) == "by") lead_end = i + 2;
      if (w == "après" && i >= 2 && words_.Lower(i - 2) == "d" && IsApostrophe(words_.at(i - 1))) {
        lead_end = i + 1;
      }
      if (lead_end < 0 || lead_end >= n) continue;
      int end = lead_end, words = 0;
      for (int k = lead_end; k < n && words < 10; ++k) {
        const Token& t = words_.at(k);
        if (IsHardPunct(t) || t.lower == ",") break;
        if (t.kind != Token::kPunct) ++words;
        end = k + 1;
      }
      if (end == lead_end) continue;
      const int begin = (w == "après") ? i - 2 : i;
      Span span{words_.at(begin).begin, words_.at(end - 1).end};
      for (Item& item : items_) {
        if (!item.claim.attribution.empty()) continue;
        item.claim.attribution = std::string(text_.substr(span.begin, span.end - span.begin));
        item.claim.attribution_span = span;
      }
      return;
    }
  }

  std::string_view text_;
  Words words_;
  const ClaimOptions& options_;
  std::vector<Item> items_;
};

}  // namespace

StatusOr<ClaimReader> ClaimReader::Create(ClaimOptions options) {
  ASSIGN_OR_RETURN(drift::FactExtractor facts, drift::FactExtractor::Create());
  return ClaimReader(std::move(facts), options);
}

std::vector<Claim> ClaimReader::Read(std::string_view sentence, text::Lang lang,
                                     std::vector<std::string>* names) const {
  std::vector<drift::Fact> facts = facts_.Extract(sentence, lang);
  if (names != nullptr) *names = NamesOf(facts);
  if (lang == text::Lang::kFr) AddNeuf(sentence, &facts);
  SentenceClaims claims(sentence, options_);
  for (size_t k = 0; k < facts.size(); ++k) {
    drift::Fact f = facts[k];
    Value v;
    if (!ValueOf(f, &v)) continue;
    // "plusieurs dizaines": the vague word before a quantity word is part of it.
    if (f.kind == drift::FactKind::kVague && k + 1 < facts.size() &&
        (facts[k + 1].kind == drift::FactKind::kApprox || facts[k + 1].kind == drift::FactKind::kNumber) &&
        facts[k + 1].begin <= f.end + 1) {
      continue;
    }
    // "several hundred": vague hundreds, as "des centaines".
    if (f.kind == drift::FactKind::kVague) {
      const std::string_view next = WordAt(sentence, f.end);
      const std::string lower = drift::LowerUtf8(next);
      const double scale = lower == "hundred" ? 100 : lower == "thousand" ? 1000 : lower == "million" ? 1e6 : 0;
      if (scale > 0) {
        v.number = scale;
        f.end = static_cast<size_t>(next.data() + next.size() - sentence.data());
      }
    }
    if (k > 0 && IsModifier(sentence, facts[k - 1], f)) continue;
    if (IsScore(sentence, f)) continue;
    claims.Add(f, v);
  }
  return claims.Finish();
}

}  // namespace driftalign::compare
