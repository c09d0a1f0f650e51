#include "drift/checks/bead_view.h"

#include <algorithm>

#include "drift/coverage.h"

namespace driftalign::drift {

namespace {

// The facts of the sentences `ids`, with their relative positions.
std::vector<BeadFact> Gather(const std::vector<int>& ids, const std::vector<segment::Sentence>& sents,
                             const std::vector<std::vector<Fact>>& facts) {
  std::vector<BeadFact> out;
  size_t total = 0;
  for (int id : ids) total += sents[id].text.size();
  size_t offset = 0;
  for (size_t part = 0; part < ids.size(); ++part) {
    const int id = ids[part];
    for (const Fact& f : facts[id]) {
      double mid = offset + 0.5 * (f.begin + f.end);
      out.push_back({&f, &sents[id], part, total ? mid / total : 0.0});
    }
    offset += sents[id].text.size();
  }
  return out;
}

}  // namespace

size_t BeadSide::TextBytes() const {
  size_t total = 0;
  for (int id : *ids) total += sentence(id).text.size();
  return total;
}

BeadView::BeadView(const align::Bead& bead_in, const std::vector<segment::Sentence>& src,
                   const std::vector<segment::Sentence>& tgt, const CheckerOptions& options_in,
                   PreparedPair* prepared_in, WordVectorCache* cache_in, const CoverageScorer* coverage_in)
    : bead(bead_in), options(options_in), prepared(prepared_in), cache(cache_in), coverage(coverage_in) {
  const std::vector<int>* ids[2] = {&bead.src, &bead.tgt};
  const std::vector<segment::Sentence>* sents[2] = {&src, &tgt};
  const Lang langs[2] = {options.src_lang, options.tgt_lang};
  for (int k = 0; k < 2; ++k) {
    side[k].ids = ids[k];
    side[k].sents = sents[k];
    side[k].lang = langs[k];
    side[k].name = std::string(LangName(langs[k]));
    if (!bead.is_null()) side[k].facts = Gather(*ids[k], *sents[k], prepared->facts[k]);
  }
}

bool BeadView::has_vectors() const { return coverage != nullptr && coverage->has_vectors(); }

std::string FactText(const BeadFact& x) { return x.s->text.substr(x.f->begin, x.f->end - x.f->begin); }

std::string FactWithContext(const BeadFact& x) {
  std::string t = FactText(x);
  if (!x.f->context.empty()) t += " " + x.f->context;
  return t;
}

Span FactSpan(const Fact& fact, const segment::Sentence& s) {
  Span sp;
  sp.sentence = s.id;
  sp.begin = s.begin + fact.begin;
  sp.end = s.begin + fact.end;
  sp.text = s.text.substr(fact.begin, fact.end - fact.begin);
  return sp;
}

Span SentenceSpan(const segment::Sentence& s) {
  Span sp;
  sp.sentence = s.id;
  sp.begin = s.begin;
  sp.end = s.end;
  sp.text = s.text;
  return sp;
}

int CountWords(std::string_view s) {
  int n = 0;
  bool in = false;
  for (unsigned char c : s) {
    bool w = std::isalnum(c) || c >= 0x80;
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

std::string Shorten(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

bool AllMeta(const std::vector<int>& ids, const std::vector<segment::Sentence>& sents) {
  for (int id : ids) if (sents[id].kind != segment::SentenceKind::kMeta) return false;
  return true;
}

void SortFlags(std::vector<Flag>* flags) {
  std::stable_sort(flags->begin(), flags->end(), [](const Flag& a, const Flag& b) {
    size_t ka = a.src.empty() ? a.tgt.begin : a.src.begin;
    size_t kb = b.src.empty() ? b.tgt.begin : b.src.begin;
    return a.severity != b.severity ? a.severity < b.severity : ka < kb;
  });
}

}  // namespace driftalign::drift
