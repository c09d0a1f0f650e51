#include "compare/lexicon.h"

#include <array>
#include <string_view>

namespace driftalign::compare {

namespace {

struct PredicateEntry {
  std::string_view word;  // '*' at the end: a prefix
  int cls;
};

// The classes, in the order of kPredicateClassNames.
enum : int {
  kKilled, kWounded, kArrested, kBegan, kAnnounced, kSent, kStormed, kDeclared, kCalled,
  kRose, kFell, kMissing, kEvacuated, kProtested, kCost, kVoted, kWon, kLost, kEmployed,
  kBuilt, kSentenced, kFined, kDied, kAdmitted, kScored, kOrdered, kCancelled, kAged
};
constexpr std::string_view kPredicateClassNames[] = {
    "killed", "wounded", "arrested", "began", "announced", "sent", "stormed", "declared",
    "called", "rose", "fell", "missing", "evacuated", "protested", "cost", "voted", "won",
    "lost", "employed", "built", "sentenced", "fined", "died", "admitted", "scored", "ordered",
    "cancelled", "aged"};

constexpr PredicateEntry kPredicates[] = {
    // killed (a toll): English and French, participles and nouns.
    {"killed", kKilled}, {"kill*", kKilled}, {"dead", kKilled}, {"deaths", kKilled},
    {"death", kKilled}, {"fatalities", kKilled}, {"eliminated", kKilled}, {"slain", kKilled},
    {"tué", kKilled}, {"tués", kKilled}, {"tuée", kKilled}, {"tuées", kKilled},
    {"tuer", kKilled}, {"mort", kKilled}, {"morts", kKilled}, {"mortes", kKilled},
    {"décès", kKilled}, {"éliminés", kKilled}, {"éliminé", kKilled}, {"abattus", kKilled},
    // died (of natural causes, in an accident) is its own class: "died" / "décédé".
    {"died", kDied}, {"décédé*", kDied}, {"succombé", kDied}, {"perished", kDied},
    {"wounded", kWounded}, {"injured", kWounded}, {"injuries", kWounded}, {"hurt", kWounded},
    {"bless*", kWounded},
    {"arrested", kArrested}, {"arrests", kArrested}, {"detained", kArrested},
    {"arrêté", kArrested}, {"arrêtés", kArrested}, {"arrêtées", kArrested},
    {"arrêter", kArrested}, {"arrestations", kArrested}, {"interpell*", kArrested},
    {"détenus", kArrested}, {"placés", kArrested},
    {"began", kBegan}, {"begun", kBegan}, {"begin*", kBegan}, {"started", kBegan},
    {"triggered", kBegan}, {"sparked", kBegan}, {"broke", kBegan}, {"débuté", kBegan},
    {"commencé", kBegan}, {"déclench*", kBegan}, {"provoqué*", kBegan}, {"démarré", kBegan},
    {"announced", kAnnounced}, {"announce*", kAnnounced}, {"said", kAnnounced},
    {"reported", kAnnounced}, {"annonc*", kAnnounced}, {"indiqué", kAnnounced},
    {"affirmé", kAnnounced}, {"précisé", kAnnounced},
    {"sent", kSent}, {"send*", kSent}, {"deployed", kSent}, {"dispatched", kSent},
    {"envoy*", kSent}, {"envoi", kSent}, {"déploy*", kSent},
    {"stormed", kStormed}, {"assaut", kStormed},
    {"declared", kDeclared}, {"décrété", kDeclared}, {"proclamé", kDeclared},
    {"called", kCalled}, {"urged", kCalled}, {"appelé", kCalled}, {"incité", kCalled},
    {"rose", kRose}, {"risen", kRose}, {"increased", kRose}, {"grew", kRose},
    {"climbed", kRose}, {"jumped", kRose}, {"augment*", kRose}, {"progress*", kRose},
    {"grimpé", kRose}, {"bondi", kRose},
    {"fell", kFell}, {"fallen", kFell}, {"dropped", kFell}, {"declined", kFell},
    {"decreased", kFell}, {"baiss*", kFell}, {"chuté", kFell}, {"recul*", kFell},
    {"diminué", kFell},
    {"missing", kMissing}, {"disparus", kMissing}, {"disparues", kMissing},
    {"evacuated", kEvacuated}, {"évacué*", kEvacuated}, {"displaced", kEvacuated},
    {"déplacés", kEvacuated},
    {"protested", kProtested}, {"demonstrated", kProtested}, {"marched", kProtested},
    {"manifesté", kProtested}, {"défilé", kProtested},
    {"cost", kCost}, {"costs", kCost}, {"coûté", kCost}, {"coûte", kCost}, {"coûtera", kCost},
    {"voted", kVoted}, {"votes", kVoted}, {"voix", kVoted}, {"voté", kVoted},
    {"won", kWon}, {"remporté", kWon}, {"gagné", kWon},
    {"lost", kLost}, {"perdu", kLost},
    {"employs", kEmployed}, {"employed", kEmployed}, {"emploie", kEmployed},
    {"built", kBuilt}, {"construit*", kBuilt},
    {"sentenced", kSentenced}, {"condamné*", kSentenced}, {"jailed", kSentenced},
    {"emprisonné*", kSentenced}, {"imprisoned", kSentenced},
    {"admitted", kAdmitted}, {"admis", kAdmitted}, {"reconnu", kAdmitted}, {"avoué", kAdmitted},
    {"scored", kScored}, {"marqué", kScored}, {"inscrit", kScored}, {"points", kScored},
    {"ordered", kOrdered}, {"orders", kOrdered}, {"commandé", kOrdered}, {"commande", kOrdered},
    {"fined", kFined}, {"amende", kFined},
    {"cancel*", kCancelled}, {"canceled", kCancelled}, {"annul*", kCancelled},
    {"scrapped", kCancelled}, {"supprimé*", kCancelled},
    {"aged", kAged}, {"âgé", kAged}, {"âgée", kAged}, {"âgés", kAged}, {"âgées", kAged},
};

constexpr std::string_view kFunctionWords[] = {
    // English
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "into", "and",
    "or", "but", "that", "which", "who", "whom", "whose", "this", "these", "those", "its",
    "their", "his", "her", "our", "my", "your", "it", "they", "he", "she", "we", "you", "i",
    "as", "than", "be", "been", "being", "is", "are", "was", "were", "has", "have", "had",
    "will", "would", "could", "should", "may", "might", "can", "not", "no", "also", "more",
    "other", "others", "some", "all", "both", "each", "there", "here", "so", "such", "about",
    "around", "over", "under", "after", "before", "since", "during", "up", "out", "least",
    "most", "then", "when", "where", "while", "if", "them", "him", "us", "what", "do", "did",
    "does", "per", "very", "only", "just", "still", "already", "last", "next", "ago",
    // French
    "le", "la", "les", "l", "un", "une", "des", "de", "d", "du", "au", "aux", "et", "ou",
    "mais", "que", "qu", "qui", "dont", "ce", "cet", "cette", "ces", "son", "sa", "ses",
    "leur", "leurs", "il", "elle", "ils", "elles", "on", "se", "s", "en", "dans", "par",
    "pour", "sur", "avec", "sans", "sous", "chez", "entre", "est", "sont", "été", "être",
    "ont", "avait", "avaient", "sera", "seront", "était", "étaient", "ne", "pas", "plus",
    "autres", "autre", "tous", "toutes", "tout", "toute", "y", "à", "lors", "depuis", "après",
    "avant", "pendant", "moins", "près", "environ", "selon", "n", "c", "j", "m", "t", "ça",
    "nous", "vous", "lui", "eux", "même", "aussi", "déjà", "encore", "ainsi", "dernier",
    "dernière", "prochain", "prochaine", "fait", "ici", "si", "très", "avoir", "a",
    // prepositions that end a noun phrase ("15% de leurs vols VERS Lyon")
    "vers", "parmi", "contre", "via", "toward", "towards", "against", "among", "across", "through"};

constexpr std::string_view kAuxiliaries[] = {
    "is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would", "ont",
    "a", "sont", "été", "est", "avait", "avaient", "sera", "seront", "était", "étaient",
    "se", "s", "ont-ils", "who", "which", "that", "qui", "que"};

constexpr std::string_view kPhraseLinks[] = {"of", "the", "de", "des", "du", "d", "l", "la",
                                             "le", "les"};
constexpr std::string_view kRelatives[] = {"whom", "dont", "which"};
constexpr std::string_view kNounPredicates[] = {"points", "voix", "votes", "deaths", "fatalities",
                                                "arrests", "arrestations", "injuries", "décès"};
constexpr std::string_view kCoordinations[] = {"and", "et", "plus", "as", "well"};

template <size_t N>
bool InList(const std::string_view (&list)[N], std::string_view word) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

bool Matches(std::string_view entry, std::string_view word) {
  if (!entry.empty() && entry.back() == '*') {
    entry.remove_suffix(1);
    return word.size() >= entry.size() && word.substr(0, entry.size()) == entry;
  }
  return entry == word;
}

}  // namespace

int PredicateClass(std::string_view word) {
  for (const PredicateEntry& e : kPredicates) {
    if (Matches(e.word, word)) return e.cls;
  }
  return -1;
}

std::string_view PredicateClassName(int cls) {
  constexpr int n = static_cast<int>(std::size(kPredicateClassNames));
  return cls >= 0 && cls < n ? kPredicateClassNames[cls] : std::string_view();
}

bool IsFunctionWord(std::string_view word) { return InList(kFunctionWords, word); }
bool IsAuxiliary(std::string_view word) { return InList(kAuxiliaries, word); }
bool IsPhraseLink(std::string_view word) { return InList(kPhraseLinks, word); }
bool IsRelative(std::string_view word) { return InList(kRelatives, word); }
bool IsCoordination(std::string_view word) { return InList(kCoordinations, word); }
bool IsNounPredicate(std::string_view word) { return InList(kNounPredicates, word); }

}  // namespace driftalign::compare
