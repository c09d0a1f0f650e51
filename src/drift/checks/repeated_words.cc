#include "drift/checks/repeated_words.h"

#include <string>
#include <unordered_set>

#include "drift/checks/plain_words.h"

namespace driftalign::drift {

namespace {

// Words that may be written twice in a row on purpose.
bool RepeatAllowed(std::string_view w) {
  static const std::unordered_set<std::string_view> ok = {
      "that", "had",  "is",   "nous", "vous", "very", "so",   "bye",  "no",   "yes",  "oui",  "non",
      "ha",   "ah",   "oh",   "bla",  "blah", "pan",  "toc",  "tic",  "more", "plus", "far",  "loin",
      "again", "encore", "s", "t",   "l",    "d",    "n",    "m",    "c",    "j",    "qu",   "big", "quick"};
  return ok.count(w) > 0;
}

// Whether the n words from a repeat the n words from a - n, in one stretch of
// text (only spaces between them).
bool SameRun(const std::vector<PlainWord>& w, std::string_view text, size_t a, size_t n) {
  for (size_t k = 0; k < n; ++k) {
    const PlainWord& x = w[a - n + k];
    const PlainWord& y = w[a + k];
    if (x.lower != y.lower || (x.capital && y.capital) || x.hyphen_after || x.elided || x.clause != y.clause) {
      return false;
    }
  }
  // Only white space between consecutive words of the two copies.
  for (size_t k = a - n; k + 1 < a + n; ++k) {
    for (size_t i = w[k].end; i < w[k + 1].begin; ++i) {
      if (text[i] != ' ') return false;
    }
  }
  return true;
}

}  // namespace

std::vector<Repeat> FindRepeats(std::string_view text) {
  const std::vector<PlainWord> w = PlainWords(text);
  std::vector<Repeat> out;
  size_t i = 1;
  while (i < w.size()) {
    size_t found = 0;
    for (size_t n = 1; n <= 4 && n <= i && i + n <= w.size() && found == 0; ++n) {
      bool allowed = true;  // "encore encore encore": every word may repeat
      for (size_t k = 0; k < n; ++k) allowed = allowed && RepeatAllowed(w[i + k].lower);
      if (SameRun(w, text, i, n) && !allowed) found = n;
    }
    if (found == 0) {
      ++i;
      continue;
    }
    // Further copies of the same words belong to the same repeat (one flag).
    size_t end = i + found;
    while (end + found <= w.size() && SameRun(w, text, end, found)) end += found;
    out.push_back({w[i].begin, w[end - 1].end});
    i = end;
  }
  return out;
}

void AddRepeatedWordFlags(BeadView* view) {
  if (!view->options.check_repeated_words) return;
  for (int k = 0; k < 2; ++k) {
    for (int id : *view->side[k].ids) {
      const segment::Sentence& s = view->side[k].sentence(id);
      for (const Repeat& r : FindRepeats(s.text)) {
        Flag f;
        f.kind = FlagKind::kRepeatedWords;
        f.severity = Severity::kInfo;
        Span span;
        span.sentence = s.id;
        span.begin = s.begin + r.begin;
        span.end = s.begin + r.end;
        span.text = s.text.substr(r.begin, r.end - r.begin);
        f.message = "repeated in the " + view->side[k].name + ": “" + span.text + " " + span.text + "”";
        (k == 0 ? f.src : f.tgt) = std::move(span);
        view->flags.push_back(std::move(f));
      }
    }
  }
}

}  // namespace driftalign::drift
