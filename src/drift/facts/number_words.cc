#include "drift/facts/number_words.h"

#include <memory>
#include <string_view>
#include <utility>

#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

namespace driftalign::drift::facts {

namespace {

// "vingt-et-un" / "one hundred one" -> "vingt et un" / "one hundred one".
std::string Normalise(const std::string& s) {
  std::string out;
  for (char c : s) out += (c == '-' ? ' ' : c);
  return out;
}

std::string Format(icu::RuleBasedNumberFormat* f, int n) {
  icu::UnicodeString u;
  f->format(n, u);
  std::string s;
  u.toUTF8String(s);
  return Normalise(s);
}

void Add(std::unordered_map<std::string, double>* map, const std::string& key, double v) {
  map->emplace(key, v);
}

using WordMap = std::unordered_map<std::string, double>;

// Cardinals 0..999 from ICU's spell-out rules for `loc`, with the variants
// the rules do not write; returns the spellings, by value.
StatusOr<std::vector<std::string>> AddCardinals(const char* loc, WordMap* map) {
  const bool english = std::string_view(loc) == "en";
  UErrorCode st = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat card(icu::URBNF_SPELLOUT, icu::Locale(loc), st);
  if (U_FAILURE(st)) {
    return InternalError(std::string("ICU spell-out rules for '") + loc +
                         "' failed to load: " + u_errorName(st));
  }
  std::vector<std::string> cardinals(1000);
  for (int n = 0; n <= 999; ++n) {
    std::string s = Format(&card, n);
    cardinals[n] = s;
    Add(map, s, n);
    if (english) {
      // "one hundred twenty" is also written "one hundred and twenty".
      size_t p = s.find("hundred ");
      if (p != std::string::npos) {
        Add(map, s.substr(0, p + 8) + "and " + s.substr(p + 8), n);
      }
    } else {
      // "deux cents" before "mille" is "deux cent"; 1990 spelling aside, "vingt et un".
      if (s.size() > 5 && s.compare(s.size() - 5, 5, "cents") == 0) {
        Add(map, s.substr(0, s.size() - 1), n);
      }
      // "cent quatre-vingts" is often written "cent quatre-vingt".
      if (s.size() > 6 && s.compare(s.size() - 6, 6, "vingts") == 0) {
        Add(map, s.substr(0, s.size() - 1), n);
      }
    }
  }
  return cardinals;
}

// Ordinals 1..999 of one ICU ordinal rule set: 1..100 from the rules,
// 101..999 composed from the cardinal hundreds and the ordinals below 100
// (what the spell-out rules produce, at a tenth of the start-up time): "one
// hundred fiftieth", "deux cent unième"; English also with "and"; whole
// hundreds "two hundredth", "deux centième".
Status AddOrdinals(const char* loc, const std::string& set, const std::vector<std::string>& cardinals,
                   WordMap* map) {
  const bool english = std::string_view(loc) == "en";
  UErrorCode st2 = U_ZERO_ERROR;
  icu::RuleBasedNumberFormat ord(icu::URBNF_SPELLOUT, icu::Locale(loc), st2);
  ord.setDefaultRuleSet(icu::UnicodeString::fromUTF8(set), st2);
  if (U_FAILURE(st2)) {
    return InternalError("ICU spell-out rule set " + set + " for '" + loc +
                         "' is missing: " + u_errorName(st2));
  }
  std::vector<std::string> ordinals(100);
  for (int n = 1; n <= 100; ++n) {
    const std::string o = Format(&ord, n);
    if (n < 100) ordinals[n] = o;
    Add(map, o, n);
  }
  for (int h = 1; h <= 9; ++h) {
    std::string hundreds = cardinals[h * 100];
    if (!english && hundreds.size() > 5 && hundreds.compare(hundreds.size() - 5, 5, "cents") == 0) {
      hundreds.pop_back();  // "deux cents" -> "deux cent cinquantième"
    }
    if (h > 1) {
      Add(map, cardinals[h] + (english ? " hundredth" : " centième"), h * 100);
    }
    for (int r = 1; r <= 99; ++r) {
      Add(map, hundreds + " " + ordinals[r], h * 100 + r);
      if (english) Add(map, hundreds + " and " + ordinals[r], h * 100 + r);
    }
  }
  return Status();
}

// Words the spell-out rules do not produce, and ordinals that are rather
// other words.
void AddUnproducedWords(WordMap cardinal[2], WordMap ordinal[2]) {
  Add(&cardinal[0], "dozen", 12);
  Add(&cardinal[0], "twice", 2);  // "deux fois"
  Add(&cardinal[1], "douzaine", 12);
  // "second"/"seconde" are also units of time and "other": never ordinals here.
  ordinal[0].erase("second");
  ordinal[1].erase("second");
  ordinal[1].erase("seconde");
  Add(&ordinal[1], "premiere", 1);  // unaccented variant
  // Ordinal adverbs: "Firstly" / "Premièrement", "Third:" / "Troisièmement".
  const char* const en_adverbs[] = {"firstly", "secondly", "thirdly", "fourthly", "fifthly"};
  const char* const fr_adverbs[] = {"premièrement", "deuxièmement", "troisièmement", "quatrièmement",
                                    "cinquièmement"};
  for (int v = 1; v <= 5; ++v) {
    Add(&ordinal[0], en_adverbs[v - 1], v);
    Add(&ordinal[1], fr_adverbs[v - 1], v);
  }
  // French ordinals agree in number: "les premiers éléments" = "the first
  // elements", "les troisièmes places". (English ordinals take no plural.)
  std::vector<std::pair<std::string, double>> plurals;
  for (const auto& [key, v] : ordinal[1]) plurals.emplace_back(key + "s", v);
  for (const auto& [key, v] : plurals) Add(&ordinal[1], key, v);
}

}  // namespace

StatusOr<std::unique_ptr<NumberWords>> NumberWords::Create() {
  auto nw = std::make_unique<NumberWords>();
  for (int l = 0; l < 2; ++l) {
    const char* loc = l == 0 ? "en" : "fr";
    ASSIGN_OR_RETURN(const std::vector<std::string> cardinals, AddCardinals(loc, &nw->cardinal_[l]));
    // Ordinals: the ICU rule set names differ by language.
    std::vector<std::string> sets = l == 0
        ? std::vector<std::string>{"%spellout-ordinal"}
        : std::vector<std::string>{"%spellout-ordinal-masculine", "%spellout-ordinal-feminine"};
    for (const std::string& set : sets) RETURN_IF_ERROR(AddOrdinals(loc, set, cardinals, &nw->ordinal_[l]));
  }
  AddUnproducedWords(nw->cardinal_, nw->ordinal_);
  for (int l = 0; l < 2; ++l) {
    for (const auto* map : {&nw->cardinal_[l], &nw->ordinal_[l]}) {
      for (const auto& [key, v] : *map) nw->first_[l].insert(key.substr(0, key.find(' ')));
    }
  }
  return nw;
}

int NumberWords::Match(const std::vector<std::string_view>& words, Lang lang, bool ordinal,
                       double* value) const {
  const auto& map = ordinal ? ordinal_[static_cast<int>(lang)] : cardinal_[static_cast<int>(lang)];
  std::string key;
  int best = 0;
  for (size_t n = 0; n < words.size() && n < 6; ++n) {
    if (n > 0) key += ' ';
    key.append(words[n]);
    auto it = map.find(key);
    if (it != map.end()) {
      best = static_cast<int>(n + 1);
      *value = it->second;
    }
  }
  return best;
}

}  // namespace driftalign::drift::facts
