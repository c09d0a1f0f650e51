#include "drift/checks/entities.h"

#include <algorithm>
#include <set>

#include "drift/text_util.h"

namespace driftalign::drift {

// Names that share a prefix (Russie/Russia, Moscou/Moscow, Belgique/Belgium)
// need no entry.
const std::unordered_map<std::string, std::string>& NamePairs() {
  static const std::unordered_map<std::string, std::string> m = {
      {"londres", "london"},       {"allemagne", "germany"},    {"allemand", "german"},
      {"allemands", "germans"},    {"angleterre", "england"},   {"anglais", "english"},
      {"espagne", "spain"},        {"espagnol", "spanish"},     {"italie", "italy"},
      {"chine", "china"},          {"chinois", "chinese"},      {"pekin", "beijing"},
      {"bruxelles", "brussels"},   {"grece", "greece"},         {"japon", "japan"},
      {"japonais", "japanese"},    {"inde", "india"},           {"irak", "iraq"},
      {"suisse", "switzerland"},   {"autriche", "austria"},     {"pologne", "poland"},
      {"hongrie", "hungary"},      {"hongrois", "hungarian"},   {"turquie", "turkey"},
      {"turc", "turkish"},         {"norvege", "norway"},       {"suede", "sweden"},
      {"pays-bas", "netherlands"}, {"grande-bretagne", "britain"}, {"britannique", "british"},
      {"royaume-uni", "britain"},  {"ecosse", "scotland"},      {"irlande", "ireland"},
      {"mexique", "mexico"},       {"bresil", "brazil"},        {"francais", "french"},
      {"francaise", "french"},     {"etats-unis", "america"},   {"geneve", "geneva"},
      {"venise", "venice"},        {"vienne", "vienna"},        {"varsovie", "warsaw"},
      {"prague", "prague"},        {"tcheque", "czech"},        {"republique", "republic"},
      {"europe", "europe"},        {"afrique", "africa"},       {"asie", "asia"},
      {"amerique", "america"},     {"etat", "state"},           {"ouest", "west"},
      {"est", "east"},             {"nord", "north"},           {"sud", "south"},
      {"moyen-orient", "middle"},  {"saint", "st"},             {"jean", "john"},
      {"pierre", "peter"},         {"jacques", "james"},        {"guillaume", "william"},
      {"maison", "house"},         {"blanche", "white"},        {"nations", "nations"},
      {"unies", "united"},         {"chypre", "cyprus"},        {"croatie", "croatia"},
      {"lituanie", "lithuania"},   {"lettonie", "latvia"},      {"estonie", "estonia"},
      {"slovaquie", "slovakia"},   {"slovenie", "slovenia"},    {"roumanie", "romania"},
      {"bulgarie", "bulgaria"},    {"finlande", "finland"},     {"danois", "danish"},
      {"suedois", "swedish"},      {"grec", "greek"},           {"grecque", "greek"},
      {"egypte", "egypt"},         {"syrie", "syria"},          {"liban", "lebanon"},
      {"arabie", "arabia"},        {"afghan", "afghan"},        {"coree", "korea"},
      {"nouvelle", "new"},         {"zelande", "zealand"},      {"australie", "australia"},
      {"canada", "canada"},        {"quebec", "quebec"},        {"ukraine", "ukraine"},
      {"kiev", "kyiv"},            {"copenhague", "copenhagen"}, {"lisbonne", "lisbon"},
      {"edimbourg", "edinburgh"},  {"munich", "munich"},        {"cologne", "cologne"},
      {"russe", "russian"},        {"russes", "russians"},      {"americain", "american"},
      {"tchequie", "czech"},       {"bretagne", "brittany"},    {"caraibes", "caribbean"},
      {"sarre", "saarland"},       {"pouilles", "puglia"},      {"rhenanie", "rhineland"},
      {"baviere", "bavaria"},      {"padoue", "padua"},         {"philippin", "filipino"}};
  return m;
}

std::vector<std::string> FoldedWords(const std::vector<int>& ids,
                                     const std::vector<segment::Sentence>& sents) {
  std::vector<std::string> out;
  for (int id : ids) {
    const std::string folded = FoldAccents(LowerUtf8(sents[id].text));
    std::string word, part;
    auto flush_part = [&] { if (!part.empty()) out.push_back(part); part.clear(); };
    for (size_t i = 0; i <= folded.size(); ++i) {
      const unsigned char c = i < folded.size() ? static_cast<unsigned char>(folded[i]) : ' ';
      if (std::isalnum(c) || c >= 0x80) {
        word += static_cast<char>(c);
        part += static_cast<char>(c);
      } else if (c == '-' && !word.empty()) {
        word += '-';
        flush_part();
      } else {
        flush_part();
        while (!word.empty() && word.back() == '-') word.pop_back();
        if (!word.empty() && (out.empty() || out.back() != word)) out.push_back(word);
        word.clear();
      }
    }
  }
  return out;
}

// Whether the name `key` (folded lower case) has a counterpart among `words`:
// the same word, the same first 5 letters (Moscow/Moscou), one edit per 3
// letters (Tokayev/Tokaiev, Pilsen/Plzen: transliterations), or a
// French/English pair of NamePairs().
bool NameCovered(const std::string& key, const std::vector<std::string>& words) {
  if (std::find(words.begin(), words.end(), key) != words.end()) return true;
  // Letters FoldAccents keeps (other scripts): compare without them.
  std::string ascii;
  for (char c : key) if (static_cast<unsigned char>(c) < 0x80) ascii += c;
  if (ascii.size() != key.size() && ascii.size() >= 3) {
    const int cap = std::max<int>(1, static_cast<int>(ascii.size()) / 3);
    for (const std::string& w : words) {
      if (EditDistance(ascii, w, cap) <= cap) return true;
    }
  }
  const auto& pairs = NamePairs();
  // The same first 5 letters: Moscow/Moscou; a table pair's English word
  // also stands for its derived forms (tchequie -> czech: Czechia).
  auto prefix5 = [](const std::string& a, const std::string& b) {
    return a.size() >= 5 && b.size() >= 5 && a.compare(0, 5, b, 0, 5) == 0;
  };
  const auto own = pairs.find(key);
  for (const std::string& w : words) {
    if (prefix5(key, w)) return true;
    if (own != pairs.end() && (own->second == w || prefix5(own->second, w))) return true;
    if (auto it = pairs.find(w); it != pairs.end() && (it->second == key || prefix5(it->second, key))) return true;
    const int cap = static_cast<int>(key.size()) / 3;
    if (cap >= 1 && EditDistance(key, w, cap) <= cap) return true;
  }
  return false;
}

std::unordered_set<std::string> LowerWords(const std::vector<segment::Sentence>& sents) {
  std::unordered_set<std::string> out;
  for (const segment::Sentence& s : sents) {
    const std::string_view t = s.text;
    ForEachLetterRun(t, [&](size_t i, size_t e) {
      const unsigned char c = static_cast<unsigned char>(t[i]);
      const bool lower_first = std::islower(c) || (c == 0xC3 && i + 1 < t.size() &&
                                                   static_cast<unsigned char>(t[i + 1]) >= 0xA0);
      if (lower_first && e - i >= 3) out.insert(FoldAccents(t.substr(i, e - i)));
    });
  }
  return out;
}

bool ComparesNames(const CheckerOptions& options, bool has_vectors) {
  return options.compare_names && (has_vectors || !options.names_need_vectors);
}

namespace {

// The acronyms of side `k` (0 = source) whose key is neither an acronym nor a
// name of the other side, once each.
std::vector<const BeadFact*> UnmatchedAcronyms(const BeadView& view, int k) {
  std::unordered_set<std::string> other_keys;
  for (const BeadFact& x : view.side[1 - k].facts) {
    if (x.f->kind == FactKind::kAcronym || x.f->kind == FactKind::kName) other_keys.insert(x.f->key);
  }
  std::vector<const BeadFact*> left;
  std::set<std::string> seen;
  for (const BeadFact& x : view.side[k].facts) {
    if (x.f->kind == FactKind::kAcronym && !other_keys.count(x.f->key) && seen.insert(x.f->key).second) {
      left.push_back(&x);
    }
  }
  return left;
}

// Removes the pairs of leftover acronyms with the same letters: an acronym
// whose words the translation reorders ("NAT" / "TAN", "MSSI" / "IMSS").
void DropReorderedAcronyms(std::vector<const BeadFact*>* s_left, std::vector<const BeadFact*>* t_left) {
  auto letters = [](const BeadFact* x) {
    std::string k = x->f->key;
    std::sort(k.begin(), k.end());
    return k;
  };
  for (size_t i = 0; i < s_left->size(); ++i) {
    if ((*s_left)[i]->f->key.size() < 3) continue;
    for (size_t j = 0; j < t_left->size(); ++j) {
      if (letters((*s_left)[i]) == letters((*t_left)[j])) {
        s_left->erase(s_left->begin() + static_cast<std::ptrdiff_t>(i));
        t_left->erase(t_left->begin() + static_cast<std::ptrdiff_t>(j));
        --i;
        break;
      }
    }
  }
}

// entity_mismatch between the entity `a` (source) and `b` (target).
Flag EntityMismatchFlag(const BeadFact& a, const BeadFact& b, Severity severity) {
  Flag f;
  f.kind = FlagKind::kEntityMismatch;
  f.severity = severity;
  f.src = FactSpan(a);
  f.tgt = FactSpan(b);
  f.message = FactText(a) + " → " + FactText(b);
  return f;
}

}  // namespace

void AddAcronymFlags(BeadView* view) {
  std::vector<const BeadFact*> s_left = UnmatchedAcronyms(*view, 0);
  std::vector<const BeadFact*> t_left = UnmatchedAcronyms(*view, 1);
  DropReorderedAcronyms(&s_left, &t_left);
  size_t pairs = std::min(s_left.size(), t_left.size());
  for (size_t i = 0; i < pairs; ++i) {
    // Acronyms that differ are mostly the same body abbreviated in each
    // language (FDI / IED, ADB / BASD; issue 15's judged set: 1 in 40 real),
    // which no table can list in full, or, one letter apart, a typo of one
    // side (EEF / EFF, RME / PME: 13 of the 14 such warnings of session 8
    // were the same body; CDU / CSU the only real one): info.
    view->flags.push_back(EntityMismatchFlag(*s_left[i], *t_left[i], Severity::kInfo));
  }
  if (!view->options.flag_unpaired_acronyms) return;
  const std::vector<const BeadFact*>* left[2] = {&s_left, &t_left};
  for (int k = 0; k < 2; ++k) {
    for (size_t i = pairs; i < left[k]->size(); ++i) {
      const BeadFact& x = *(*left[k])[i];
      Flag f;
      f.kind = FlagKind::kEntityMismatch;
      f.severity = Severity::kInfo;
      (k == 0 ? f.src : f.tgt) = FactSpan(x);
      f.message = FactText(x) + ": not in the " + view->side[1 - k].name;
      view->flags.push_back(std::move(f));
    }
  }
}

}  // namespace driftalign::drift
