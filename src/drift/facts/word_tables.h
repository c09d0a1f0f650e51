// The fixed word tables of the fact reader, as data: weekdays, months and
// their abbreviations, scale words (million, milliard), hedges (about,
// environ), approximate quantities (dozens, une dizaine) and decades in
// words (the seventies). Each table is an array of {word, value} entries in
// lower case; the lookups below index them once.
//
//   int m = facts::MonthOf("février", Lang::kFr);        // 2
//   double x = facts::ScaleWord("milliard", Lang::kFr, false);  // 1e9
#ifndef DRIFTALIGN_DRIFT_FACTS_WORD_TABLES_H_
#define DRIFTALIGN_DRIFT_FACTS_WORD_TABLES_H_

#include <string_view>

#include "drift/facts/fact.h"

namespace driftalign::drift::facts {

struct WordInt {
  std::string_view word;
  int value;
};
struct WordScale {
  std::string_view word;
  double scale;
};
struct ApproxWord {
  std::string_view word;
  double value;  // magnitude: dozens 10, des milliers 1000
  bool plural;   // "dizaines" (true) vs "une dizaine" (false)
};

// Weekdays: 0 Monday .. 6 Sunday.
inline constexpr WordInt kEnWeekdays[] = {
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6}};
inline constexpr WordInt kFrWeekdays[] = {
    {"lundi", 0}, {"mardi", 1}, {"mercredi", 2}, {"jeudi", 3},
    {"vendredi", 4}, {"samedi", 5}, {"dimanche", 6}};

// Full month names 1..12 (French also without accents).
inline constexpr WordInt kEnMonths[] = {
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11},
    {"december", 12}};
inline constexpr WordInt kFrMonths[] = {
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5},
    {"juin", 6}, {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9},
    {"octobre", 10}, {"novembre", 11}, {"décembre", 12}, {"decembre", 12}};

// Month abbreviations (read only before a '.').
inline constexpr WordInt kEnMonthAbbrevs[] = {
    {"jan", 1}, {"feb", 2}, {"apr", 4}, {"aug", 8}, {"sep", 9}, {"sept", 9},
    {"oct", 10}, {"nov", 11}, {"dec", 12}};
inline constexpr WordInt kFrMonthAbbrevs[] = {
    {"janv", 1}, {"févr", 2}, {"fév", 2}, {"avr", 4}, {"juil", 7}, {"sept", 9},
    {"oct", 10}, {"nov", 11}, {"déc", 12}};

// Scale words after a figure ("2 million", "1,8 milliard"). French
// "billion" is 10^12.
inline constexpr WordScale kEnScales[] = {
    {"thousand", 1e3}, {"thousands", 1e3}, {"million", 1e6}, {"millions", 1e6},
    {"billion", 1e9}, {"billions", 1e9}, {"trillion", 1e12}, {"trillions", 1e12},
    {"mln", 1e6}, {"bln", 1e9},
    // English written by French speakers (and left by translators) says "milliard".
    {"milliard", 1e9}, {"milliards", 1e9}};
inline constexpr WordScale kFrScales[] = {
    {"mille", 1e3}, {"million", 1e6}, {"millions", 1e6}, {"milliard", 1e9},
    {"milliards", 1e9}, {"billion", 1e12}, {"billions", 1e12}, {"mds", 1e9}, {"md", 1e9},
    {"mrd", 1e9}, {"mrds", 1e9},
    {"bilion", 1e12}, {"bilions", 1e12}};  // a frequent misspelling of billion (1e12)
// Abbreviations glued to the figure: $5m, 5bn, 10k (both languages).
inline constexpr WordScale kGluedScales[] = {
    {"m", 1e6}, {"mn", 1e6}, {"bn", 1e9}, {"b", 1e9}, {"k", 1e3}};

// Words before a figure that make it approximate or a bound ("about 10",
// "plus de 10", "a thousand"); both languages.
inline constexpr std::string_view kHedgeWords[] = {
    "about", "around", "some", "nearly", "almost", "approximately", "roughly", "over",
    "than", "least", "up", "circa", "environ", "près", "presque", "quelque", "plus",
    "moins", "approximativement", "quasiment", "jusqu", "a", "an"};

// Words that stand before a month at the start of a sentence ("Last May",
// "In June", "Début mars"): a capitalised word before a month that is one of
// these is no first name (Theresa May).
inline constexpr std::string_view kMonthLeadWords[] = {
    "last", "next", "in", "since", "until", "till", "early", "late", "mid", "by", "from", "this",
    "every", "each", "during", "on", "for", "before", "after", "through", "throughout", "that",
    "en", "depuis", "dès", "jusqu", "début", "fin", "mi", "courant", "avant", "après", "pour",
    "ce", "cet", "chaque", "durant", "pendant", "le", "au", "d", "de"};

// Approximate quantities.
inline constexpr ApproxWord kEnApprox[] = {
    {"dozens", 10, true}, {"hundreds", 100, true}, {"thousands", 1e3, true},
    {"millions", 1e6, true}, {"billions", 1e9, true}};
inline constexpr ApproxWord kFrApprox[] = {
    {"dizaines", 10, true},  {"centaines", 100, true}, {"milliers", 1e3, true},
    {"millions", 1e6, true}, {"milliards", 1e9, true}, {"dizaine", 10, false},
    {"quinzaine", 15, false}, {"vingtaine", 20, false}, {"trentaine", 30, false},
    {"quarantaine", 40, false}, {"cinquantaine", 50, false},
    {"soixantaine", 60, false}, {"centaine", 100, false}, {"millier", 1e3, false}};

// English decades in words ("the seventies"): the decade's two digits.
inline constexpr WordInt kEnDecadeWords[] = {
    {"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
    {"sixties", 60},  {"seventies", 70}, {"eighties", 80}, {"nineties", 90}};

// French nouns and adjectives of age by decade ("un octogénaire" = a man in
// his eighties): the decade's two digits, singular and plural.
inline constexpr WordInt kFrAgeDecadeWords[] = {
    {"trentenaire", 30}, {"quadragénaire", 40}, {"quinquagénaire", 50}, {"sexagénaire", 60},
    {"septuagénaire", 70}, {"octogénaire", 80}, {"nonagénaire", 90},
    {"trentenaires", 30}, {"quadragénaires", 40}, {"quinquagénaires", 50}, {"sexagénaires", 60},
    {"septuagénaires", 70}, {"octogénaires", 80}, {"nonagénaires", 90}};

// Lookups of lower-case words. Each returns "none" for other words.
int WeekdayOf(std::string_view word, Lang lang);       // 0..6; -1: none
int MonthOf(std::string_view word, Lang lang);         // 1..12; 0: none
int MonthAbbrevOf(std::string_view word, Lang lang);   // 1..12; 0: none
int EnDecadeWordOf(std::string_view word);             // 20..90; 0: none
int FrAgeDecadeOf(std::string_view word);              // 30..90; 0: none
// The factor of a scale word; with `glued` (no space after the figure) also
// the abbreviations of kGluedScales. 0: none.
double ScaleWord(std::string_view word, Lang lang, bool glued);
bool IsHedge(std::string_view word);
bool LeadsMonth(std::string_view word);  // kMonthLeadWords
const ApproxWord* FindApprox(std::string_view word, Lang lang);  // nullptr: none

}  // namespace driftalign::drift::facts

#endif  // DRIFTALIGN_DRIFT_FACTS_WORD_TABLES_H_
