#include "drift/facts/quotes.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>

#include <unicode/uchar.h>

#include "drift/facts/tokens.h"
#include "text/french.h"
#include "text/lexer.h"

namespace driftalign::drift::facts {

bool ElisionBefore(std::string_view s, size_t at) {
  size_t b = at;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(s[b - 1]))) --b;
  if (b > 0 && (static_cast<unsigned char>(s[b - 1]) & 0x80)) return false;  // a word with accents: none of these
  std::string w(s.substr(b, at - b));
  for (char& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return text::IsFrenchElision(w);
}

namespace {

// A quotation mark candidate and what surrounds it.
struct Mark {
  size_t b, e;  // bytes of the mark ('' counts as one ")
  UChar32 c;
  bool letter_before, letter_after, space_before, space_after;
};

bool IsDoubleOrCurlyMark(UChar32 c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB || c == 0x2018 ||
         c == 0x2019 || c == 0x201E;
}

Mark MakeMark(std::string_view s, size_t b, size_t e, UChar32 c, UChar32 prev) {
  size_t n2;
  UChar32 after = text::PeekCodePoint(s, e, &n2);
  return {b, e, c, prev >= 0 && (u_isalnum(prev) != 0), after >= 0 && (u_isalnum(after) != 0),
          prev < 0 || text::IsSpace(prev), after < 0 || text::IsSpace(after)};
}

// The quotation mark candidates of s, in order.
std::vector<Mark> ScanMarks(std::string_view s) {
  std::vector<Mark> marks;
  size_t i = 0, unused = 0;
  UChar32 prev = -1;
  while (i < s.size()) {
    size_t next;
    UChar32 c = text::PeekCodePoint(s, i, &next);
    // Two apostrophes typed for a double quote mark: ''La promesse ne tient plus''.
    if (c == '\'' && next < s.size() && s[next] == '\'') {
      c = '"';
      next += 1;
    }
    if (IsDoubleOrCurlyMark(c)) {
      Mark m = MakeMark(s, i, next, c, prev);
      // A straight " between two letters after an elided word is an
      // apostrophe typed as a quote mark (d"électricité, l"évolution);
      // elsewhere it is a quotation mark with a space missing ("Sweden"and,
      // plus"a déclaré).
      if (!(c == '"' && m.letter_before && m.letter_after && ElisionBefore(s, i))) marks.push_back(m);
    } else if (c == '`' || (c == '\'' && !(prev >= 0 && u_isalnum(prev) && next < s.size() &&
                                            u_isalnum(text::PeekCodePoint(s, next, &unused))))) {
      // Straight single quotes and a backtick opener (`El Masri El Jom',
      // ' Nous ne voulons pas '); an apostrophe inside a word is none.
      marks.push_back(MakeMark(s, i, next, c, prev));
    }
    prev = c;
    i = next > i ? next : i + 1;
  }
  return marks;
}

// With an odd count of straight double quotes, whether the first one closes
// a quotation begun in an earlier sentence: after a word or punctuation,
// before a space or the end, or glued between two words (plus"a déclaré:
// the space is missing after).
bool FirstStraightCloses(const std::vector<Mark>& marks) {
  int straight_total = 0;
  for (const Mark& m : marks) straight_total += m.c == '"';
  if (straight_total % 2 == 0) return false;
  for (const Mark& m : marks) {
    if (m.c != '"') continue;
    return !m.space_before && (m.space_after || !m.letter_after || m.letter_before);
  }
  return false;
}

// The mark that closes a quotation opened with `open`.
UChar32 CloserOf(UChar32 open) {
  return open == 0x201C ? 0x201D : open == 0xAB ? 0xBB : open == 0x2018 ? 0x2019
       : open == 0x201E ? 0x201C : (open == '`' || open == '\'') ? '\'' : '"';
}

// Pairs the marks of one sentence (a stack of open quotations) and emits
// the quotations.
class QuotePairer {
 public:
  QuotePairer(std::string_view s, std::vector<Fact>* out) : s_(s), out_(out) {}

  void Run(const std::vector<Mark>& marks) {
    // Straight double quotes pair in order; an odd count means the sentence
    // continues or starts a quotation spanning sentences.
    first_straight_closes_ = FirstStraightCloses(marks);
    for (const Mark& m : marks) {
      bool opener = false, closer = false;
      Classify(m, &opener, &closer);
      if (opener) {
        stack_.push_back({m.b, m.e, CloserOf(m.c), m.c == '"'});
      } else if (closer) {
        Close(m);
      }
    }
    // Unclosed openers: the quotation runs to the end of the sentence.
    for (size_t k = 0; k < stack_.size(); ++k) {
      if (stack_[k].close == 0x2019 || stack_[k].close == '\'') continue;
      Emit(stack_[k].b, stack_[k].e, s_.size(), s_.size(), static_cast<int>(k));
    }
  }

 private:
  struct Open { size_t b, e; UChar32 close; int straight; };

  void Classify(const Mark& m, bool* opener, bool* closer) {
    if (m.c == '"') {
      ++straight_seen_;
      bool is_open = !stack_.empty() && stack_.back().straight;
      if (first_straight_closes_ && straight_seen_ == 1) {
        *closer = true;
      } else {
        *opener = !is_open;
        *closer = is_open;
      }
    } else if (m.c == 0x201C || m.c == 0xAB || m.c == 0x201E || m.c == 0x2018) {
      *opener = true;
    } else if (m.c == 0x201D || m.c == 0xBB) {
      *closer = true;
    } else if (m.c == 0x2019) {
      // ’ is an apostrophe unless it closes an open ‘ and is not inside a word.
      *closer = !stack_.empty() && stack_.back().close == 0x2019 && !m.letter_after;
    } else if (m.c == '`') {
      *opener = true;
    } else if (m.c == '\'') {
      ClassifyStraightSingle(m, opener, closer);
    }
  }

  // ' closes an open ' or ` when no letter follows; it opens after a space
  // or the start when a word or a space follows; else it is an apostrophe
  // (the possessive "countries' leaders", "'90s"). After sentence
  // punctuation (well.' / more,') it closes a quotation, maybe one opened in
  // an earlier sentence.
  void ClassifyStraightSingle(const Mark& m, bool* opener, bool* closer) const {
    const bool after_punct = m.b > 0 && s_[m.b - 1] != '\0' && std::strchr(".,!?;", s_[m.b - 1]) != nullptr &&
                             !m.letter_after;
    *closer = (!stack_.empty() && stack_.back().close == '\'' && !m.letter_after) || after_punct;
    *opener = !*closer && !m.letter_before && (m.b == 0 || m.space_before) &&
              (m.space_after || (m.letter_after && !std::isdigit(static_cast<unsigned char>(s_[m.e]))));
  }

  // The innermost open quotation m closes (tolerating “…" and mismatched
  // pairs), among the kMaxOpenSearched innermost ones (real quotations nest
  // two or three deep; a deeper search would make a run of unmatched
  // closers cost the square of its length); -1: none.
  int FindOpener(UChar32 c) const {
    constexpr int kMaxOpenSearched = 32;
    const int last = static_cast<int>(stack_.size()) - 1;
    for (int k = last; k >= 0 && k > last - kMaxOpenSearched; --k) {
      if (stack_[k].close == c || (c == '"' && stack_[k].straight) ||
          (c == 0x201D && stack_[k].close == '"') || (c == '"' && stack_[k].close == 0x201D)) {
        return k;
      }
    }
    return -1;
  }

  void Close(const Mark& m) {
    const int found = FindOpener(m.c);
    if (found < 0) {
      // A closer without opener: the quotation began in an earlier sentence.
      if (stack_.empty() && sentence_start_quote_ == std::string::npos && out_->empty()) {
        sentence_start_quote_ = m.b;
        Emit(0, 0, m.b, m.e, 0);
      }
      return;
    }
    Open o = stack_[found];
    stack_.resize(found);
    // Between single straight quotes, a quotation of several words or of
    // one word of 3 bytes or more ('butin'; rock 'n' roll has none).
    if (o.close == '\'' && s_.substr(o.e, m.b - o.e).find(' ') == std::string_view::npos && m.b - o.e < 3) return;
    Emit(o.b, o.e, m.b, m.e, found);
  }

  // The quotation from the opener [ob, oe) to the closer [cb, ce), when its
  // words (spaces trimmed) have a letter.
  void Emit(size_t ob, size_t oe, size_t cb, size_t ce, int depth) {
    if (cb - oe > kMaxQuoteBytes) {
      if (skipped_long_) return;
      skipped_long_ = true;
      Fact f;
      f.kind = FactKind::kQuote;
      f.begin = ob; f.end = ce; f.inner_begin = oe; f.inner_end = cb; f.depth = depth;
      f.too_long = true;
      out_->push_back(std::move(f));
      return;
    }
    size_t ib = oe, ie = cb;
    // Trim spaces (and the NBSP inside « ») from the quoted words.
    while (ib < ie) { size_t n; UChar32 c = text::PeekCodePoint(s_, ib, &n); if (!text::IsSpace(c)) break; ib = n; }
    while (ie > ib) {
      size_t k = ie - 1;
      while (k > ib && (static_cast<unsigned char>(s_[k]) & 0xC0) == 0x80) --k;
      size_t n; UChar32 c = text::PeekCodePoint(s_, k, &n);
      if (!text::IsSpace(c)) break;
      ie = k;
    }
    bool has_letter = false;
    for (size_t k = ib; k < ie; ++k) has_letter |= std::isalpha(static_cast<unsigned char>(s_[k])) ||
                                                   static_cast<unsigned char>(s_[k]) >= 0xC0;
    if (!has_letter) return;
    Fact f;
    f.kind = FactKind::kQuote;
    f.begin = ob; f.end = ce; f.inner_begin = ib; f.inner_end = ie; f.depth = depth;
    f.key = std::string(s_.substr(ib, ie - ib));
    out_->push_back(std::move(f));
  }

  std::string_view s_;
  std::vector<Fact>* out_;
  std::vector<Open> stack_;
  int straight_seen_ = 0;
  bool first_straight_closes_ = false;
  size_t sentence_start_quote_ = std::string::npos;  // a closer without opener
  bool skipped_long_ = false;  // a quotation longer than kMaxQuoteBytes was met
};

}  // namespace

void ExtractQuotes(std::string_view s, std::vector<Fact>* out) {
  const std::vector<Mark> marks = ScanMarks(s);
  if (marks.empty()) return;
  QuotePairer(s, out).Run(marks);
  std::sort(out->begin(), out->end(),
            [](const Fact& a, const Fact& b) { return a.begin < b.begin; });
}

}  // namespace driftalign::drift::facts
