#include "drift/facts/number_words.h"

#include <memory>

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

}  // namespace

StatusOr<std::unique_ptr<NumberWords>> NumberWords::Create() {
  auto nw = std::make_unique<NumberWords>();
  for (int l = 0; l < 2; ++l) {
    const char* loc = l == 0 ? "en" : "fr";
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
      Add(&nw->cardinal_[l], s, n);
      if (l == 0) {
        // "one hundred twenty" is also written "one hundred and twenty".
        size_t p = s.find("hundred ");
        if (p != std::string::npos) {
          Add(&nw->cardinal_[l], s.substr(0, p + 8) + "and " + s.substr(p + 8), n);
        }
      } else {
        // "deux cents" before "mille" is "deux cent"; 1990 spelling aside, "vingt et un".
        if (s.size() > 5 && s.compare(s.size() - 5, 5, "cents") == 0) {
          Add(&nw->cardinal_[l], s.substr(0, s.size() - 1), n);
        }
        // "cent quatre-vingts" is often written "cent quatre-vingt".
        if (s.size() > 6 && s.compare(s.size() - 6, 6, "vingts") == 0) {
          Add(&nw->cardinal_[l], s.substr(0, s.size() - 1), n);
        }
      }
    }
    // Ordinals: the ICU rule set names differ by language.
    std::vector<std::string> sets = l == 0
        ? std::vector<std::string>{"%spellout-ordinal"}
        : std::vector<std::string>{"%spellout-ordinal-masculine", "%spellout-ordinal-feminine"};
    for (const std::string& set : sets) {
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
        Add(&nw->ordinal_[l], o, n);
      }
      // 101..999 composed from the cardinal hundreds and the ordinals below
      // 100 (what the spell-out rules produce, at a tenth of the start-up
      // time): "one hundred fiftieth", "deux cent unième"; English also with
      // "and"; whole hundreds "two hundredth", "deux centième".
      for (int h = 1; h <= 9; ++h) {
        std::string hundreds = cardinals[h * 100];
        if (l == 1 && hundreds.size() > 5 && hundreds.compare(hundreds.size() - 5, 5, "cents") == 0) {
          hundreds.pop_back();  // "deux cents" -> "deux cent cinquantième"
        }
        if (h > 1) {
          Add(&nw->ordinal_[l], cardinals[h] + (l == 0 ? " hundredth" : " centième"), h * 100);
        }
        for (int r = 1; r <= 99; ++r) {
          Add(&nw->ordinal_[l], hundreds + " " + ordinals[r], h * 100 + r);
          if (l == 0) Add(&nw->ordinal_[l], hundreds + " and " + ordinals[r], h * 100 + r);
        }
      }
    }
  }
  // Words the spell-out rules do not produce.
  Add(&nw->cardinal_[0], "dozen", 12);
  Add(&nw->cardinal_[0], "twice", 2);  // "deux fois"
  Add(&nw->cardinal_[1], "douzaine", 12);
  // "second"/"seconde" are also units of time and "other": never ordinals here.
  nw->ordinal_[0].erase("second");
  nw->ordinal_[1].erase("second");
  nw->ordinal_[1].erase("seconde");
  Add(&nw->ordinal_[1], "premiere", 1);  // unaccented variant
  // Ordinal adverbs: "Firstly" / "Premièrement", "Third:" / "Troisièmement".
  const char* const en_adverbs[] = {"firstly", "secondly", "thirdly", "fourthly", "fifthly"};
  const char* const fr_adverbs[] = {"premièrement", "deuxièmement", "troisièmement", "quatrièmement",
                                    "cinquièmement"};
  for (int v = 1; v <= 5; ++v) {
    Add(&nw->ordinal_[0], en_adverbs[v - 1], v);
    Add(&nw->ordinal_[1], fr_adverbs[v - 1], v);
  }
  // French ordinals agree in number: "les premiers éléments" = "the first
  // elements", "les troisièmes places". (English ordinals take no plural.)
  {
    std::vector<std::pair<std::string, double>> plurals;
    for (const auto& [key, v] : nw->ordinal_[1]) plurals.emplace_back(key + "s", v);
    for (const auto& [key, v] : plurals) Add(&nw->ordinal_[1], key, v);
  }
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
