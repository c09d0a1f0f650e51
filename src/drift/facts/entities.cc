#include "drift/facts/entities.h"

#include <cstring>
#include <unordered_map>
#include <unordered_set>

#include "drift/facts/tokens.h"
#include "drift/text_util.h"

namespace driftalign::drift {

namespace {

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

}  // namespace

std::string CanonicalEntityKey(std::string_view folded_lower) {
  auto it = AcronymCanon().find(std::string(folded_lower));
  return it != AcronymCanon().end() ? it->second : std::string(folded_lower);
}

namespace facts {

bool IsRoman(std::string_view low) {
  if (low.size() > 5) return false;
  for (char c : low) if (!std::strchr("ivxlc", c)) return false;
  return true;
}

bool IsCommonCapital(std::string_view low) {
  static const std::unordered_set<std::string_view> s = {
      "the", "a", "an", "le", "la", "les", "l", "un", "une", "des", "de", "du", "in", "on", "at",
      "et", "and", "mr", "mrs", "ms", "dr", "m", "mme", "mlle", "i", "it", "he", "she", "they",
      "we", "il", "elle", "ils", "elles", "nous", "vous", "on", "this", "that", "ce", "cette",
      "but", "mais", "for", "pour", "selon", "according", "as", "en", "au", "aux"};
  return s.count(low) > 0;
}

namespace {

Fact EntityFact(FactKind kind, const Tok& tk) {
  Fact f;
  f.kind = kind;
  f.begin = tk.b;
  f.end = tk.e;
  f.key = CanonicalEntityKey(FoldAccents(tk.low));
  return f;
}

}  // namespace

std::optional<Fact> EntityAt(const std::vector<Tok>& t, size_t k) {
  const Tok& tk = t[k];
  if (tk.upper && !IsRoman(tk.low) && tk.e - tk.b <= 8) return EntityFact(FactKind::kAcronym, tk);
  if (!tk.cap || IsCommonCapital(tk.low)) return std::nullopt;
  bool sentence_start = true;
  for (size_t j = 0; j < k; ++j) {
    if (t[j].type == Tok::kWord || t[j].type == Tok::kNum) { sentence_start = false; break; }
  }
  bool after_stop = k > 0 && (IsPunct(t[k - 1], ".") || IsPunct(t[k - 1], ":"));
  if (sentence_start || after_stop) return std::nullopt;
  return EntityFact(FactKind::kName, tk);
}

}  // namespace facts
}  // namespace driftalign::drift
