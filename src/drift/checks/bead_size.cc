#include "drift/checks/bead_size.h"

#include <algorithm>
#include <string>

#include "drift/facts/quotes.h"

namespace driftalign::drift {

namespace {

// Content words of the bead's sentences of side k (0 without a coverage scorer).
size_t ContentWordCount(const BeadView& view, int k) {
  size_t n = 0;
  if (view.prepared->words[k].empty()) return 0;
  for (int id : *view.side[k].ids) n += view.prepared->words[k][static_cast<size_t>(id)].word.size();
  return n;
}

// The first bytes (at most 80, whole code points) of `s` as the flag's
// evidence: the span still indexes the input exactly.
Span Opening(Span s) {
  size_t n = std::min<size_t>(s.text.size(), 80);
  while (n > 0 && n < s.text.size() && (static_cast<unsigned char>(s.text[n]) & 0xC0) == 0x80) --n;
  s.text.resize(n);
  s.end = s.begin + n;
  return s;
}

}  // namespace

bool AddNotCheckedFlags(BeadView* view) {
  const CheckerOptions& o = view->options;
  for (int k = 0; k < 2; ++k) {
    const size_t words = ContentWordCount(*view, k), facts = view->side[k].facts.size();
    if (words <= o.max_bead_words && facts <= o.max_bead_facts) continue;
    Flag f;
    f.kind = FlagKind::kNotChecked;
    f.severity = Severity::kInfo;
    (k == 0 ? f.src : f.tgt) = Opening(SentenceSpan(view->side[k].sentence(view->side[k].ids->front())));
    f.message = "bead not checked: its " + view->side[k].name + " side has " + std::to_string(words) +
                " content words and " + std::to_string(facts) + " facts (limits " +
                std::to_string(o.max_bead_words) + " and " + std::to_string(o.max_bead_facts) + ")";
    view->flags.push_back(std::move(f));
    return true;
  }
  for (int k = 0; k < 2; ++k) {
    for (const BeadFact& x : view->side[k].facts) {
      if (!x.f->too_long) continue;
      Flag f;
      f.kind = FlagKind::kNotChecked;
      f.severity = Severity::kInfo;
      (k == 0 ? f.src : f.tgt) = Opening(FactSpan(x));
      f.message = "quotation not compared: " + std::to_string(x.f->inner_end - x.f->inner_begin) +
                  " bytes between its marks (limit " + std::to_string(facts::kMaxQuoteBytes) + ")";
      view->flags.push_back(std::move(f));
    }
  }
  return false;
}

}  // namespace driftalign::drift
