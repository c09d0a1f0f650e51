#include "drift/checker.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "drift/coverage.h"
#include "drift/text_util.h"

namespace driftalign::drift {

namespace {

// A fact of one side of a bead.
struct BF {
  const Fact* f;
  const segment::Sentence* s;
  double rel;     // relative position of the fact in the bead's text (0..1)
  bool matched = false;
};

bool ValEq(double a, double b) {
  if (a < 0 || b < 0) return false;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b)) + 1e-9;
}
bool ValOrAltEq(const Fact& a, const Fact& b) {
  return ValEq(a.value, b.value) || ValEq(a.alt, b.value) || ValEq(a.value, b.alt) ||
         ValEq(a.alt, b.alt);
}

bool IsNumeric(FactKind k) {
  return k == FactKind::kNumber || k == FactKind::kApprox || k == FactKind::kVague ||
         k == FactKind::kPercent || k == FactKind::kOrdinal || k == FactKind::kYear;
}

// Same value, same kind.
bool StrictEq(const Fact& a, const Fact& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case FactKind::kApprox: return ValEq(a.value, b.value) && a.plural == b.plural;
    case FactKind::kVague: return true;
    case FactKind::kWeekday:  // alt: the day after / before a night (facts.cc)
      return a.value == b.value || (a.alt >= 0 && a.alt == b.value) || (b.alt >= 0 && b.alt == a.value);
    case FactKind::kYear:
      if (a.decade && b.decade) {  // "the 1930s" = "les années trente" (30: century unsaid)
        const long x = std::lround(a.value), y = std::lround(b.value);
        return x == y || (x < 100 && y % 100 == x) || (y < 100 && x % 100 == y);
      }
      return ValOrAltEq(a, b);
    case FactKind::kDate:
      return a.value == b.value && (a.day == b.day || a.day == 0 || b.day == 0) &&
             (a.year == b.year || a.year == 0 || b.year == 0);
    default: return ValOrAltEq(a, b);
  }
}

// Imperial units and the metric ones a translation converts them to: "140
// mph" / "225 km/h", "58 miles" / "93 km", "6 feet" / "1,83 m".
struct UnitPair { std::unordered_set<std::string> imperial, metric; double factor; };
const std::vector<UnitPair>& UnitPairs() {
  static const std::vector<UnitPair> pairs = {
      {{"mile", "miles", "mi", "mph"}, {"km", "kilomètres", "kilomètre", "kilometres", "kilometers", "kilometre", "kilometer", "km/h"}, 1.609344},
      {{"foot", "feet", "ft"}, {"m", "mètres", "mètre", "metres", "meters", "metre", "meter"}, 0.3048},
      {{"yard", "yards"}, {"m", "mètres", "mètre", "metres", "meters"}, 0.9144},
      {{"inch", "inches"}, {"cm", "centimètres", "centimètre", "centimetres", "centimeters"}, 2.54},
      {{"pound", "pounds", "lb", "lbs"}, {"kg", "kilos", "kilo", "kilogrammes", "kilogramme", "kilograms"}, 0.45359237},
      {{"ounce", "ounces", "oz"}, {"g", "grammes", "gramme", "grams"}, 28.349523},
      {{"acre", "acres"}, {"hectares", "hectare", "ha"}, 0.40468564},
      {{"gallon", "gallons"}, {"litres", "litre", "liters", "liter", "l"}, 3.785411784},
  };
  return pairs;
}

// Whether `a` and `b` are one quantity in an imperial and a metric unit,
// within 5% (translators round the conversion: 100 miles / 160 km).
bool UnitConverted(const Fact& a, const Fact& b) {
  if (a.kind != FactKind::kNumber || b.kind != FactKind::kNumber || a.context.empty() || b.context.empty()) {
    return false;
  }
  if (a.value <= 0 || b.value <= 0) return false;
  const std::string ua = LowerUtf8(a.context), ub = LowerUtf8(b.context);
  for (const UnitPair& p : UnitPairs()) {
    for (int dir = 0; dir < 2; ++dir) {
      const Fact& imp = dir == 0 ? a : b;
      const Fact& met = dir == 0 ? b : a;
      if (!p.imperial.count(dir == 0 ? ua : ub) || !p.metric.count(dir == 0 ? ub : ua)) continue;
      const double converted = imp.value * p.factor;
      return std::fabs(converted - met.value) <= 0.05 * converted;
    }
  }
  return false;
}

// Equal across kinds: an unseparated 2000 (year) and 2,000; "about ten" and
// "une dizaine"; "five percent" written in words; a converted unit.
bool LooseEq(const Fact& a, const Fact& b) {
  if (UnitConverted(a, b)) return true;
  auto pair = [&](FactKind x, FactKind y) {
    return (a.kind == x && b.kind == y) || (a.kind == y && b.kind == x);
  };
  if (pair(FactKind::kNumber, FactKind::kYear)) return ValEq(a.value, b.value);
  if (pair(FactKind::kNumber, FactKind::kPercent)) return ValOrAltEq(a, b);
  // "le 30" (a date in French) and "the 30th".
  if (pair(FactKind::kNumber, FactKind::kOrdinal)) return ValEq(a.value, b.value);
  if (pair(FactKind::kNumber, FactKind::kApprox)) {
    const Fact& num = a.kind == FactKind::kNumber ? a : b;
    const Fact& ap = a.kind == FactKind::kApprox ? a : b;
    return !ap.plural && num.hedged && ValOrAltEq(num, ap);
  }
  // "eight o'clock" and "à partir de huit heures" (read as a number of hours).
  if (pair(FactKind::kTime, FactKind::kNumber)) {
    const Fact& tm = a.kind == FactKind::kTime ? a : b;
    const Fact& num = a.kind == FactKind::kNumber ? a : b;
    const bool hours = num.context.rfind("heure", 0) == 0 || num.context.rfind("hour", 0) == 0;
    const double minutes = num.value * 60;
    return hours && num.value >= 0 && num.value <= 24 && (ValEq(tm.value, minutes) || ValEq(tm.alt, minutes));
  }
  if (pair(FactKind::kYear, FactKind::kDate)) {
    const Fact& y = a.kind == FactKind::kYear ? a : b;
    const Fact& d = a.kind == FactKind::kDate ? a : b;
    return d.year != 0 && d.year == static_cast<int>(y.value);
  }
  return false;
}

std::string Text(const BF& x) { return x.s->text.substr(x.f->begin, x.f->end - x.f->begin); }
std::string WithContext(const BF& x) {
  std::string t = Text(x);
  if (!x.f->context.empty()) t += " " + x.f->context;
  return t;
}

Span MakeSpan(const BF& x) {
  Span sp;
  sp.sentence = x.s->id;
  sp.begin = x.s->begin + x.f->begin;
  sp.end = x.s->begin + x.f->end;
  sp.text = Text(x);
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

std::string Shorten(std::string_view s, size_t max_bytes = 80) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

bool IsDateKind(FactKind k) {
  return k == FactKind::kWeekday || k == FactKind::kDate || k == FactKind::kTime;
}

// Kinds whose leftovers may be paired as one mismatch.
int SlotGroup(FactKind k) {
  switch (k) {
    case FactKind::kNumber: case FactKind::kYear: case FactKind::kApprox: case FactKind::kVague:
      return 1;
    case FactKind::kOrdinal: return 1;  // "the 30th" vs "le 31"
    case FactKind::kPercent: return 2;
    case FactKind::kWeekday: return 4;
    case FactKind::kDate: return 5;
    case FactKind::kTime: return 6;
    default: return 0;
  }
}

// Calls fn(begin, end) for each run of letters in `t` (ASCII letters and any
// non-ASCII byte, so accented letters stay inside their word).
template <typename Fn>
void ForEachLetterRun(std::string_view t, Fn fn) {
  auto letter = [&](size_t i) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    return std::isalpha(c) || c >= 0x80;
  };
  size_t i = 0;
  while (i < t.size()) {
    if (!letter(i)) { ++i; continue; }
    size_t e = i;
    while (e < t.size() && letter(e)) ++e;
    fn(i, e);
    i = e;
  }
}

// Whether the sentences `ids` (language `lang`) say the number or ordinal
// `f` (1 or 2, written in words on the other side) with a word that is no
// figure: "both countries" / "les deux pays", "a couple of times" / "deux
// fois", "Prime Minister" / "Premier ministre", "a second experiment" / "un
// deuxième essai" ("second" is never extracted: it is also a unit of time),
// or the vague quantity `f` with any vague quantity word. A lone figure so
// matched is no drift, and is not paired as a mismatch.
bool SaidInWords(const Fact& f, Lang lang, const std::vector<int>& ids,
                 const std::vector<segment::Sentence>& sents) {
  if (!f.from_words) return false;
  // "quelques" / "some", "plusieurs" / "a number of": a vague quantity matches
  // any other vague quantity word.
  static const std::unordered_set<std::string> vague_en = {
      "some", "few", "several", "many", "various", "numerous", "number", "couple", "handful",
      "certain", "multiple", "repeated", "dozens", "scores", "lot", "lots", "plenty", "range"};
  static const std::unordered_set<std::string> vague_fr = {
      "quelques", "quelque", "plusieurs", "certains", "certaines", "nombreux", "nombreuses",
      "divers", "diverses", "différents", "différentes", "beaucoup", "maints", "maintes", "peu",
      "multiples", "dizaines", "nombre", "série"};
  if (f.kind != FactKind::kNumber && f.kind != FactKind::kOrdinal && f.kind != FactKind::kVague) return false;
  static const std::unordered_set<std::string> two_en = {"both", "pair", "pairs", "couple", "twice",
                                                         "double", "twin", "twins", "duo"};
  static const std::unordered_set<std::string> two_fr = {"couple", "paire", "paires", "double",
                                                         "jumeaux", "jumelles", "duo"};
  static const std::unordered_set<std::string> second_en = {"second", "secondly"};
  static const std::unordered_set<std::string> second_fr = {"second", "seconde", "secondement"};
  // "first" is also said "initial", "early", "top", "original" ("les
  // premiers résultats" / "the initial results").
  static const std::unordered_set<std::string> first_en = {
      "prime", "premier", "initial", "initially", "early", "earliest", "top", "original",
      "originally", "primary", "primal", "maiden", "debut", "opening", "leading", "foremost"};
  static const std::unordered_set<std::string> first_fr = {  // d'abord = first
      "abord", "initial", "initiale", "initiaux", "initiales", "initialement",
      "début", "tête", "originel", "originelle", "original", "originale",
      "first"};  // an English name kept in the French: "First Street"
  const bool en = lang == Lang::kEn;
  const std::unordered_set<std::string>* words = nullptr;
  if (f.kind == FactKind::kVague) words = en ? &vague_en : &vague_fr;
  if (f.kind == FactKind::kNumber && ValEq(f.value, 2)) words = en ? &two_en : &two_fr;
  if (f.kind == FactKind::kOrdinal && ValEq(f.value, 2)) words = en ? &second_en : &second_fr;
  if (f.kind == FactKind::kOrdinal && ValEq(f.value, 1)) words = en ? &first_en : &first_fr;
  if (words == nullptr) return false;
  bool found = false;
  for (int id : ids) {
    const std::string_view t = sents[id].text;
    ForEachLetterRun(t, [&](size_t b, size_t e) {
      found = found || (e - b <= 11 && words->count(LowerUtf8(t.substr(b, e - b))) > 0);
    });
    if (found) return true;
  }
  return false;
}

// ---- names (entity_mismatch for person and place names)

// French exonyms and nationality words whose English form shares no 5-letter
// prefix (folded, lower case): French -> English. Names that share a prefix
// (Russie/Russia, Moscou/Moscow, Belgique/Belgium) need no entry.
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
      {"tchequie", "czech"},       {"bretagne", "brittany"},    {"caraibes", "caribbean"}};
  return m;
}

bool IsDateWord(const std::string& k) {
  static const std::unordered_set<std::string> s = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "lundi",
      "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "january", "february",
      "march", "april", "may", "june", "july", "august", "september", "october", "november",
      "december", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
      "septembre", "octobre", "novembre", "decembre"};
  return s.count(k) > 0;
}

// Levenshtein distance of two byte strings, capped at `cap` + 1 (names: no
// allocation up to 63 bytes).
int EditDistance(std::string_view a, std::string_view b, int cap) {
  if (static_cast<int>(a.size()) - static_cast<int>(b.size()) > cap ||
      static_cast<int>(b.size()) - static_cast<int>(a.size()) > cap) return cap + 1;
  if (b.size() >= 64) return a == b ? 0 : cap + 1;
  int prev[64], cur[64];
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = static_cast<int>(i);
    int row_min = cur[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
      row_min = std::min(row_min, cur[j]);
    }
    if (row_min > cap) return cap + 1;
    std::copy(cur, cur + b.size() + 1, prev);
  }
  return prev[b.size()];
}

// The words of the sentences `ids`, lower case, accents folded; hyphenated
// words both whole and by part.
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
  if (auto it = pairs.find(key);
      it != pairs.end() && std::find(words.begin(), words.end(), it->second) != words.end()) return true;
  for (const std::string& w : words) {
    if (key.size() >= 5 && w.size() >= 5 && key.compare(0, 5, w, 0, 5) == 0) return true;
    if (auto it = pairs.find(w); it != pairs.end() && it->second == key) return true;
    const int cap = static_cast<int>(key.size()) / 3;
    if (cap >= 1 && EditDistance(key, w, cap) <= cap) return true;
  }
  return false;
}

}  // namespace

// Words a document writes in lower case somewhere (folded): a capitalised
// word of that document whose lower-case form is among them is a common word
// in a title or at a sentence start ("Council", "Stadium"), not a name.
namespace {
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
}  // namespace

StatusOr<Checker> Checker::Create(const CheckerOptions& options) {
  if (options.quote_position_slack < 0 || options.quote_position_slack > 1) {
    return InvalidArgument("quote_position_slack must be in [0, 1], got " +
                           std::to_string(options.quote_position_slack));
  }
  ASSIGN_OR_RETURN(FactExtractor ex, FactExtractor::Create());
  return Checker(options, std::move(ex));
}

std::vector<std::vector<Fact>> Checker::ExtractAll(const std::vector<segment::Sentence>& sentences,
                                                   Lang lang) const {
  std::vector<std::vector<Fact>> out;
  out.reserve(sentences.size());
  for (const segment::Sentence& s : sentences) out.push_back(extractor_.Extract(s.text, lang));
  return out;
}

std::vector<Flag> Checker::CheckBead(const align::Bead& bead, const std::vector<segment::Sentence>& src,
                                     const std::vector<segment::Sentence>& tgt, PreparedPair* prepared,
                                     WordVectorCache* cache) const {
  const std::vector<std::vector<Fact>>& src_facts = prepared->facts[0];
  const std::vector<std::vector<Fact>>& tgt_facts = prepared->facts[1];
  std::vector<Flag> flags;
  const std::string src_name(LangName(options_.src_lang));
  const std::string tgt_name(LangName(options_.tgt_lang));

  // ---- null beads
  if (bead.is_null()) {
    const bool omission = bead.tgt.empty();
    for (int id : omission ? bead.src : bead.tgt) {
      const segment::Sentence& s = omission ? src[id] : tgt[id];
      Flag f;
      f.kind = omission ? FlagKind::kOmission : FlagKind::kAddition;
      if (s.kind == segment::SentenceKind::kMeta) f.severity = Severity::kInfo;
      else if (s.kind == segment::SentenceKind::kHeadline) f.severity = Severity::kWarning;
      else f.severity = CountWords(s.text) >= options_.omission_error_min_words ? Severity::kError
                                                                               : Severity::kWarning;
      (omission ? f.src : f.tgt) = SentenceSpan(s);
      f.message = omission ? src_name + " sentence with no " + tgt_name + " counterpart: “" +
                                 Shorten(s.text) + "”"
                           : tgt_name + " sentence with no " + src_name + " counterpart: “" +
                                 Shorten(s.text) + "”";
      flags.push_back(std::move(f));
    }
    return flags;
  }

  // ---- gather the facts of each side, with relative positions
  auto gather = [](const std::vector<int>& ids, const std::vector<segment::Sentence>& sents,
                   const std::vector<std::vector<Fact>>& facts, std::vector<BF>* out) {
    size_t total = 0;
    for (int id : ids) total += sents[id].text.size();
    size_t offset = 0;
    for (int id : ids) {
      for (const Fact& f : facts[id]) {
        double mid = offset + 0.5 * (f.begin + f.end);
        out->push_back({&f, &sents[id], total ? mid / total : 0.0});
      }
      offset += sents[id].text.size();
    }
  };
  std::vector<BF> S, T;
  gather(bead.src, src, src_facts, &S);
  gather(bead.tgt, tgt, tgt_facts, &T);

  // ---- figures and dates: exact matches, then cross-kind matches
  auto match_pass = [&](auto eq, bool set_semantics) {
    for (BF& a : S) {
      if (a.matched || !(IsNumeric(a.f->kind) || IsDateKind(a.f->kind))) continue;
      for (BF& b : T) {
        if ((b.matched && !set_semantics) || !eq(*a.f, *b.f)) continue;
        a.matched = true;
        b.matched = true;
        break;
      }
    }
  };
  // The same figure written the same way (an untranslated "$6.7 billion" that
  // the other locale would read otherwise) is the same figure.
  for (BF& a : S) {
    if (a.matched || !IsNumeric(a.f->kind)) continue;
    const std::string ta = Text(a);
    for (BF& b : T) {
      if (b.matched || !IsNumeric(b.f->kind) || Text(b) != ta) continue;
      a.matched = b.matched = true;
      break;
    }
  }
  match_pass([](const Fact& a, const Fact& b) { return StrictEq(a, b); }, false);
  match_pass([](const Fact& a, const Fact& b) { return LooseEq(a, b); }, false);
  // Weekdays, dates and times: a repeated mention matches an already matched one.
  auto date_set_eq = [](const Fact& a, const Fact& b) {
    return IsDateKind(a.kind) && StrictEq(a, b);
  };
  match_pass(date_set_eq, true);
  for (BF& b : T) {
    if (b.matched || !IsDateKind(b.f->kind)) continue;
    for (BF& a : S) if (date_set_eq(*a.f, *b.f)) { b.matched = true; break; }
  }
  // A figure repeated on one side whose value is matched elsewhere: info only.
  auto repeated = [](const BF& x, const std::vector<BF>& side) {
    for (const BF& y : side) {
      if (&y != &x && y.matched && StrictEq(*x.f, *y.f)) return true;
    }
    return false;
  };

  // ---- pair the leftovers of the same slot as mismatches
  struct Cand { double cost; size_t i, j; };
  // Not paired: a figure the other side says in words ("second" / "deuxième"),
  // and an ordinal in words with a figure ten times as large ("premières" /
  // "1945").
  std::vector<bool> s_said(S.size()), t_said(T.size());
  for (size_t i = 0; i < S.size(); ++i) s_said[i] = !S[i].matched && SaidInWords(*S[i].f, options_.tgt_lang, bead.tgt, tgt);
  for (size_t j = 0; j < T.size(); ++j) t_said[j] = !T[j].matched && SaidInWords(*T[j].f, options_.src_lang, bead.src, src);
  auto word_ordinal = [](const Fact& f) { return f.kind == FactKind::kOrdinal && f.from_words; };
  std::vector<Cand> cands;
  for (size_t i = 0; i < S.size(); ++i) {
    if (S[i].matched || s_said[i] || SlotGroup(S[i].f->kind) == 0) continue;
    for (size_t j = 0; j < T.size(); ++j) {
      if (T[j].matched || t_said[j] || SlotGroup(T[j].f->kind) != SlotGroup(S[i].f->kind)) continue;
      if ((word_ordinal(*S[i].f) && T[j].f->value > 10 * S[i].f->value) ||
          (word_ordinal(*T[j].f) && S[i].f->value > 10 * T[j].f->value)) continue;
      double cost = std::fabs(S[i].rel - T[j].rel);
      double va = S[i].f->value, vb = T[j].f->value;
      if (IsNumeric(S[i].f->kind) && va > 0 && vb > 0) {
        cost += 0.3 * std::min(3.0, std::fabs(std::log10(va / vb)));
      }
      if (cost <= options_.figure_pair_max_cost) cands.push_back({cost, i, j});
    }
  }
  std::sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) { return a.cost < b.cost; });
  std::vector<bool> s_paired(S.size(), false), t_paired(T.size(), false);
  for (const Cand& c : cands) {
    if (s_paired[c.i] || t_paired[c.j]) continue;
    s_paired[c.i] = t_paired[c.j] = true;
    const BF& a = S[c.i];
    const BF& b = T[c.j];
    Flag f;
    bool date = IsDateKind(a.f->kind) ||
                (a.f->kind == FactKind::kYear && b.f->kind == FactKind::kYear);
    f.kind = date ? FlagKind::kDateMismatch : FlagKind::kNumberMismatch;
    bool approx = a.f->kind == FactKind::kApprox || b.f->kind == FactKind::kApprox;
    bool vague = a.f->kind == FactKind::kVague || b.f->kind == FactKind::kVague;
    f.severity = vague ? Severity::kInfo : approx ? Severity::kWarning : Severity::kError;
    f.src = MakeSpan(a);
    f.tgt = MakeSpan(b);
    f.message = WithContext(a) + " → " + WithContext(b);
    flags.push_back(std::move(f));
  }
  auto lone = [&](const BF& x, bool is_src, const std::vector<BF>& side) {
    Flag f;
    const FactKind k = x.f->kind;
    if (IsDateKind(k) || k == FactKind::kYear) {
      f.kind = FlagKind::kDateMismatch;
      f.severity = k == FactKind::kWeekday ? Severity::kInfo : Severity::kWarning;
    } else {
      f.kind = is_src ? FlagKind::kNumberMissing : FlagKind::kNumberAdded;
      f.severity = Severity::kWarning;
      if (k == FactKind::kVague || (k == FactKind::kOrdinal && x.f->from_words)) f.severity = Severity::kInfo;
    }
    if (repeated(x, side)) f.severity = Severity::kInfo;
    (is_src ? f.src : f.tgt) = MakeSpan(x);
    f.message = is_src ? WithContext(x) + ": no counterpart in the " + tgt_name
                       : WithContext(x) + ": not in the " + src_name;
    flags.push_back(std::move(f));
  };
  for (size_t i = 0; i < S.size(); ++i) {
    if (!S[i].matched && !s_paired[i] && SlotGroup(S[i].f->kind) != 0 && !s_said[i]) {
      lone(S[i], true, S);
    }
  }
  for (size_t j = 0; j < T.size(); ++j) {
    if (!T[j].matched && !t_paired[j] && SlotGroup(T[j].f->kind) != 0 && !t_said[j]) {
      lone(T[j], false, T);
    }
  }

  // ---- quotations: top-level quotes paired by relative position
  {
    std::vector<const BF*> qs, qt;
    for (const BF& x : S) if (x.f->kind == FactKind::kQuote && x.f->depth == 0) qs.push_back(&x);
    for (const BF& x : T) if (x.f->kind == FactKind::kQuote && x.f->depth == 0) qt.push_back(&x);
    if (qs.size() != qt.size()) {
      auto rel_span = [&](const BF* x, const std::vector<int>& ids,
                          const std::vector<segment::Sentence>& sents, double* lo, double* hi) {
        size_t total = 0, offset = 0;
        for (int id : ids) total += sents[id].text.size();
        for (int id : ids) {
          if (&sents[id] == x->s) break;
          offset += sents[id].text.size();
        }
        *lo = total ? double(offset + x->f->begin) / total : 0;
        *hi = total ? double(offset + x->f->end) / total : 0;
      };
      auto check = [&](const std::vector<const BF*>& mine, const std::vector<const BF*>& other,
                       bool is_src) {
        const std::vector<int>& my_ids = is_src ? bead.src : bead.tgt;
        const std::vector<int>& other_ids = is_src ? bead.tgt : bead.src;
        const auto& my_sents = is_src ? src : tgt;
        const auto& other_sents = is_src ? tgt : src;
        if (mine.size() <= other.size()) return;
        for (const BF* q : mine) {
          double lo, hi;
          rel_span(q, my_ids, my_sents, &lo, &hi);
          bool found = false;
          for (const BF* o : other) {
            double olo, ohi;
            rel_span(o, other_ids, other_sents, &olo, &ohi);
            if (olo <= hi + options_.quote_position_slack && ohi >= lo - options_.quote_position_slack) {
              found = true;
              break;
            }
          }
          if (found) continue;
          Flag f;
          f.kind = FlagKind::kQuoteMissing;
          int words = CountWords(q->f->key);
          f.severity = words >= options_.quote_warning_min_words ? Severity::kWarning : Severity::kInfo;
          (is_src ? f.src : f.tgt) = MakeSpan(*q);
          // Evidence on the other side: the sentence at the same relative position.
          size_t total = 0;
          for (int id : other_ids) total += other_sents[id].text.size();
          double pos = 0.5 * (lo + hi) * total;
          size_t acc = 0;
          const segment::Sentence* at = &other_sents[other_ids.front()];
          for (int id : other_ids) {
            if (acc + other_sents[id].text.size() >= pos) { at = &other_sents[id]; break; }
            acc += other_sents[id].text.size();
          }
          (is_src ? f.tgt : f.src) = SentenceSpan(*at);
          f.message = "“" + Shorten(q->f->key, 60) + "” is quoted in the " +
                      (is_src ? src_name : tgt_name) + ", not in the " +
                      (is_src ? tgt_name : src_name);
          flags.push_back(std::move(f));
        }
      };
      check(qs, qt, true);
      check(qt, qs, false);
    }
  }

  // ---- acronyms (and names that are acronyms in the other language: "l'Otan")
  {
    std::unordered_set<std::string> s_keys, t_keys;
    for (const BF& x : S) if (x.f->kind == FactKind::kAcronym || x.f->kind == FactKind::kName) s_keys.insert(x.f->key);
    for (const BF& x : T) if (x.f->kind == FactKind::kAcronym || x.f->kind == FactKind::kName) t_keys.insert(x.f->key);
    std::vector<const BF*> s_left, t_left;
    std::set<std::string> seen;
    for (const BF& x : S) {
      if (x.f->kind == FactKind::kAcronym && !t_keys.count(x.f->key) && seen.insert("s" + x.f->key).second) s_left.push_back(&x);
    }
    for (const BF& x : T) {
      if (x.f->kind == FactKind::kAcronym && !s_keys.count(x.f->key) && seen.insert("t" + x.f->key).second) t_left.push_back(&x);
    }
    // An acronym whose words the translation reorders ("NAT" / "TAN", "MSSI" /
    // "IMSS") has the same letters.
    auto letters = [](const BF* x) {
      std::string k = x->f->key;
      std::sort(k.begin(), k.end());
      return k;
    };
    for (size_t i = 0; i < s_left.size(); ++i) {
      if (s_left[i]->f->key.size() < 3) continue;
      for (size_t j = 0; j < t_left.size(); ++j) {
        if (letters(s_left[i]) == letters(t_left[j])) {
          s_left.erase(s_left.begin() + static_cast<std::ptrdiff_t>(i));
          t_left.erase(t_left.begin() + static_cast<std::ptrdiff_t>(j));
          --i;
          break;
        }
      }
    }
    size_t pairs = std::min(s_left.size(), t_left.size());
    for (size_t i = 0; i < pairs; ++i) {
      Flag f;
      f.kind = FlagKind::kEntityMismatch;
      f.severity = Severity::kWarning;
      f.src = MakeSpan(*s_left[i]);
      f.tgt = MakeSpan(*t_left[i]);
      f.message = Text(*s_left[i]) + " → " + Text(*t_left[i]);
      flags.push_back(std::move(f));
    }
    if (options_.flag_unpaired_acronyms) {
      for (size_t i = pairs; i < s_left.size(); ++i) {
        Flag f;
        f.kind = FlagKind::kEntityMismatch;
        f.severity = Severity::kInfo;
        f.src = MakeSpan(*s_left[i]);
        f.message = Text(*s_left[i]) + ": not in the " + tgt_name;
        flags.push_back(std::move(f));
      }
      for (size_t i = pairs; i < t_left.size(); ++i) {
        Flag f;
        f.kind = FlagKind::kEntityMismatch;
        f.severity = Severity::kInfo;
        f.tgt = MakeSpan(*t_left[i]);
        f.message = Text(*t_left[i]) + ": not in the " + src_name;
        flags.push_back(std::move(f));
      }
    }
  }

  // ---- names: a name of one side with no counterpart in the other side's
  // words, when the other side also has such a name (a name swapped: "Merkel
  // -> Sarkozy"). A name left over on one side only is no flag (an omission
  // or a paraphrase, left to the clause checks).
  const bool vectors = coverage_ != nullptr && coverage_->has_vectors();
  if (options_.compare_names && (vectors || !options_.names_need_vectors)) {
    auto leftovers = [&](const std::vector<BF>& mine, const std::vector<int>& other_ids,
                         const std::vector<segment::Sentence>& other_sents) {
      std::vector<const BF*> out;
      std::set<std::string> seen;
      std::vector<std::string> words;
      bool have_words = false;
      for (const BF& x : mine) {
        if (x.f->kind != FactKind::kName || x.f->key.size() < 3 || IsDateWord(x.f->key)) continue;
        // Written in lower case elsewhere in its document: a common word.
        if (prepared->lower[&mine == &S ? 0 : 1].count(x.f->key)) continue;
        if (!seen.insert(x.f->key).second) continue;
        if (!have_words) {
          words = FoldedWords(other_ids, other_sents);
          have_words = true;
        }
        if (!NameCovered(x.f->key, words)) out.push_back(&x);
      }
      return out;
    };
    std::vector<const BF*> s_names = leftovers(S, bead.tgt, tgt);
    std::vector<const BF*> t_names = s_names.empty() ? std::vector<const BF*>() : leftovers(T, bead.src, src);
    // A capitalised common word the model translates (Council/Conseil,
    // Health/Santé) is no name to copy. Only when both sides have a leftover.
    if (vectors && !s_names.empty() && !t_names.empty()) {
      auto lower_words = [](const std::vector<int>& ids, const std::vector<segment::Sentence>& sents) {
        std::vector<std::string> out;
        for (int id : ids) {
          const std::string low = LowerUtf8(sents[id].text);
          ForEachLetterRun(low, [&](size_t b, size_t e) {
            if (e - b >= 3) out.emplace_back(low, b, e - b);
          });
        }
        return out;
      };
      auto translated = [&](std::vector<const BF*>* names, Lang my_lang, const std::vector<int>& other_ids,
                            const std::vector<segment::Sentence>& other_sents, Lang other_lang) {
        const std::vector<std::string> other = lower_words(other_ids, other_sents);
        std::vector<const BF*> kept;
        for (const BF* x : *names) {
          if (!coverage_->HasTranslation(my_lang, LowerUtf8(Text(*x)), other_lang, other, cache)) kept.push_back(x);
        }
        names->swap(kept);
      };
      translated(&s_names, options_.src_lang, bead.tgt, tgt, options_.tgt_lang);
      translated(&t_names, options_.tgt_lang, bead.src, src, options_.src_lang);
    }
    for (size_t i = 0; i < std::min(s_names.size(), t_names.size()); ++i) {
      Flag f;
      f.kind = FlagKind::kEntityMismatch;
      f.severity = options_.name_mismatch_severity;
      f.src = MakeSpan(*s_names[i]);
      f.tgt = MakeSpan(*t_names[i]);
      f.message = Text(*s_names[i]) + " → " + Text(*t_names[i]);
      flags.push_back(std::move(f));
    }
  }

  // Datelines, bylines and time stamps differ between editions by design:
  // their flags are info, and their clauses are not checked.
  auto all_meta = [](const std::vector<int>& ids, const std::vector<segment::Sentence>& sents) {
    for (int id : ids) if (sents[id].kind != segment::SentenceKind::kMeta) return false;
    return true;
  };
  const bool meta = all_meta(bead.src, src) || all_meta(bead.tgt, tgt);
  if (meta) for (Flag& f : flags) f.severity = Severity::kInfo;

  // ---- clauses and quotations without counterpart (word-vector coverage)
  if (coverage_ != nullptr && !meta) {
    AddCoverageFlags(*coverage_, options_, bead, src, tgt, prepared, cache, &flags);
  }

  std::stable_sort(flags.begin(), flags.end(), [](const Flag& a, const Flag& b) {
    size_t ka = a.src.empty() ? a.tgt.begin : a.src.begin;
    size_t kb = b.src.empty() ? b.tgt.begin : b.src.begin;
    return a.severity != b.severity ? a.severity < b.severity : ka < kb;
  });
  return flags;
}

PreparedPair Checker::Prepare(const std::vector<segment::Sentence>& src,
                              const std::vector<segment::Sentence>& tgt, bool load_vectors) const {
  PreparedPair p;
  p.facts[0] = ExtractAll(src, options_.src_lang);
  p.facts[1] = ExtractAll(tgt, options_.tgt_lang);
  const bool vectors = coverage_ != nullptr && coverage_->has_vectors();
  if (options_.compare_names && (vectors || !options_.names_need_vectors)) {
    p.lower[0] = LowerWords(src);
    p.lower[1] = LowerWords(tgt);
  }
  if (coverage_ != nullptr) {
    const std::vector<segment::Sentence>* sides[2] = {&src, &tgt};
    const Lang langs[2] = {options_.src_lang, options_.tgt_lang};
    for (int side = 0; side < 2; ++side) {
      p.words[side].reserve(sides[side]->size());
      for (const segment::Sentence& s : *sides[side]) {
        p.words[side].push_back(coverage_->Tokens(s.text, langs[side], &p.cache));
        if (load_vectors && vectors) coverage_->WarmCache(p.words[side].back(), langs[side], &p.cache);
      }
    }
  }
  return p;
}

std::vector<std::vector<Flag>> Checker::Check(const std::vector<segment::Sentence>& src,
                                              const std::vector<segment::Sentence>& tgt,
                                              const std::vector<align::Bead>& beads) const {
  PreparedPair prepared = Prepare(src, tgt);
  return Check(src, tgt, beads, &prepared);
}

std::vector<std::vector<Flag>> Checker::Check(const std::vector<segment::Sentence>& src,
                                              const std::vector<segment::Sentence>& tgt,
                                              const std::vector<align::Bead>& beads,
                                              PreparedPair* prepared, int threads) const {
  std::vector<std::vector<Flag>> out(beads.size());
  // Beads below this count are not worth a thread.
  constexpr size_t kMinBeadsPerThread = 256;
  const size_t parts = std::max<size_t>(
      1, std::min<size_t>(static_cast<size_t>(std::max(threads, 1)), beads.size() / kMinBeadsPerThread));
  if (parts == 1) {
    for (size_t i = 0; i < beads.size(); ++i) out[i] = CheckBead(beads[i], src, tgt, prepared, &prepared->cache);
    return out;
  }
  // Consecutive runs of beads per thread, each with its own overlay of the
  // shared cache (which nobody writes meanwhile). A bead's flags depend on
  // the bead only, so the result is the same for any thread count.
  auto run = [&](size_t part) {
    WordVectorCache overlay(&prepared->cache);
    const size_t begin = beads.size() * part / parts, end = beads.size() * (part + 1) / parts;
    for (size_t i = begin; i < end; ++i) out[i] = CheckBead(beads[i], src, tgt, prepared, &overlay);
  };
  std::vector<std::thread> workers;
  for (size_t part = 1; part < parts; ++part) workers.emplace_back(run, part);
  run(0);
  for (std::thread& w : workers) w.join();
  return out;
}

std::vector<Flag> Checker::CheckPair(std::string_view src_text, std::string_view tgt_text) const {
  std::vector<segment::Sentence> s(1), t(1);
  s[0].text = std::string(src_text);
  s[0].end = src_text.size();
  t[0].text = std::string(tgt_text);
  t[0].end = tgt_text.size();
  align::Bead bead;
  bead.src = {0};
  bead.tgt = {0};
  return Check(s, t, {bead}).front();
}

}  // namespace driftalign::drift
