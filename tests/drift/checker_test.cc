// Table tests of the drift checker on hand-made EN/FR sentence pairs (issue 6).
// Each row is checked in both directions: EN source -> FR target, and FR
// source -> EN target with the expected kinds mirrored (missing <-> added,
// omission <-> addition, partial_omission <-> partial_addition).
#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "drift/checker.h"
#include "drift/coverage.h"

namespace driftalign::drift {
namespace {

struct Case {
  const char* en;
  const char* fr;
  const char* kinds;  // expected flag kinds (EN -> FR), space separated, sorted; "" = silent
};

// clang-format off
const Case kCases[] = {
  // ---- figures written differently: must stay silent
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 2.000 personnes.", ""},
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 2 000 personnes.", ""},
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 2\u00a0000 personnes.", ""},
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 2\u202f000 personnes.", ""},
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 2000 personnes.", ""},
  {"Growth was 2.6 percent.", "La croissance a été de 2,6 pour cent.", ""},
  {"Growth was 2.6%.", "La croissance a été de 2,6 %.", ""},
  {"The debt reached 1.8 million euros.", "La dette a atteint 1,8 million d'euros.", ""},
  {"The company lost $5m last year.", "L'entreprise a perdu 5 millions de dollars l'an dernier.", ""},
  {"The budget is 3 billion euros.", "Le budget est de 3 milliards d'euros.", ""},
  {"The budget is 3 trillion euros.", "Le budget est de 3 billions d'euros.", ""},
  {"It cost 7.5 million dollars.", "Cela a coûté 7 millions et demi de dollars.", ""},
  {"It cost 2,000.5 euros.", "Cela a coûté 2 000,5 euros.", ""},
  {"A total of 1,234,567 votes.", "Au total 1 234 567 voix.", ""},
  {"It has 20,000,000,000,000,001 stars.", "Elle a 20 000 000 000 000 001 étoiles.", ""},
  {"The debt is 99999999999999999999 euros.", "La dette est de 99 999 999 999 999 999 999 euros.", ""},
  {"Thirteen members of the security forces were killed.", "Treize membres des forces de l'ordre ont été tués.", ""},
  {"Thirteen members of the security forces were killed.", "13 membres des forces de l'ordre ont été tués.", ""},
  {"Twenty-one people died.", "Vingt et un morts.", ""},
  {"Ninety soldiers were deployed.", "Quatre-vingt-dix soldats ont été déployés.", ""},
  {"Seventy-one houses burned.", "Soixante et onze maisons ont brûlé.", ""},
  {"Eighty people came.", "Quatre-vingts personnes sont venues.", ""},
  {"Three hundred people gathered.", "Trois cents personnes se sont rassemblées.", ""},
  {"Two thousand people gathered.", "Deux mille personnes se sont rassemblées.", ""},
  {"He bought a dozen eggs.", "Il a acheté une douzaine d'œufs.", ""},
  {"The riots left dozens dead and a thousand injured.", "Les émeutes ont fait des dizaines de morts et un millier de blessés.", ""},
  {"Hundreds of demonstrators stormed the town hall.", "Des centaines de manifestants ont pris la mairie.", ""},
  {"Thousands of people fled.", "Des milliers de personnes ont fui.", ""},
  {"Tens of thousands of people marched.", "Des dizaines de milliers de personnes ont défilé.", ""},
  {"Several former Soviet republics.", "Plusieurs anciennes républiques soviétiques.", ""},
  {"About ten people were hurt.", "Une dizaine de personnes ont été blessées.", ""},
  {"Some 20 journalists attended.", "Une vingtaine de journalistes étaient présents.", ""},
  {"More than a thousand injured.", "Plus d'un millier de blessés.", ""},
  {"It was the first time.", "C'était la première fois.", ""},
  {"He finished 21st.", "Il a terminé 21e.", ""},
  {"Unemployment rose by 0.5 percentage points.", "Le chômage a augmenté de 0,5 point de pourcentage.", ""},
  {"Prices rose 10-15%.", "Les prix ont augmenté de 10-15 %.", ""},
  {"Between 10 and 15 people.", "Entre 10 et 15 personnes.", ""},
  {"The G20 met in 2008.", "Le G20 s'est réuni en 2008.", ""},
  {"One person died.", "Une personne est morte.", ""},
  {"A new building opened.", "Un bâtiment neuf a ouvert.", ""},
  {"Nine new buildings.", "Neuf bâtiments.", ""},
  // ---- dates written differently: silent
  {"Police announced Thursday that they had arrested people.", "La police a annoncé jeudi avoir arrêté des personnes.", ""},
  {"Europe 1 with AFP 3:30 p.m., January 6, 2022", "Europe 1 avec AFP 15h30, le 6 janvier 2022", ""},
  {"The meeting is at 3:30 p.m.", "La réunion est à 15 h 30.", ""},
  {"The meeting is at 3:30.", "La réunion est à 15h30.", ""},
  {"The meeting is at 9 a.m.", "La réunion est à 9h.", ""},
  {"Since January 1, France holds the presidency.", "Depuis le 1er janvier, la France assure la présidence.", ""},
  {"On 6 January 2022 riots broke out.", "Le 6 janvier 2022, des émeutes ont éclaté.", ""},
  {"Riots broke out on Sunday and again on Wednesday evening.", "Des émeutes ont éclaté dimanche et de nouveau mercredi soir.", ""},
  {"It happened in May 2021.", "C'est arrivé en mai 2021.", ""},
  {"The law may change in March.", "La loi pourrait changer en mars.", ""},
  {"On Thursday and again on Thursday night.", "Jeudi et jeudi soir.", ""},
  // ---- quotations written differently: silent
  {"France called for \"moderation\".", "La France a appelé à la « modération ».", ""},
  {"France called for “moderation”.", "La France a appelé à la «\u00a0modération\u00a0».", ""},
  {"He said: \"We condemn the violence.\"", "Il a dit : « Nous condamnons les violences. »", ""},
  {"He said ‘we condemn the violence’ today.", "Il a dit « nous condamnons la violence » aujourd'hui.", ""},
  {"She said: \"He told me 'no' twice.\"", "Elle a dit : « Il m'a dit “non” deux fois. »", ""},
  // ---- entities: silent
  {"The EU and NATO met the UN.", "L'UE et l'OTAN ont rencontré l'ONU.", ""},
  {"Russia and its CSTO allies.", "La Russie et ses alliés de l'OTSC.", ""},
  {"The NATO summit.", "Le sommet de l'Otan.", ""},
  {"According to TASS and Ria Novosti.", "Selon TASS et Ria Novosti.", ""},

  // ---- figure drift
  {"Thirteen were killed and 353 wounded.", "Treize ont été tués et 335 blessés.", "number_mismatch"},
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 3.000 personnes.", "number_mismatch"},
  // Issue 20: whole figures compared exactly, not as doubles (equal beyond 2^53,
  // or within ValEq's relative 1e-9 above 10^9).
  {"The debt is 99999999999999999999 euros.", "La dette est de 99999999999999999998 euros.", "number_mismatch"},
  {"It has 20000000000000001 stars.", "Elle a 20000000000000000 étoiles.", "number_mismatch"},
  {"A total of 1,000,000,001 votes.", "Au total 1 000 000 000 voix.", "number_mismatch"},
  {"They arrested around 2,000 people.", "Ils ont arrêté environ 2 500 personnes.", "number_mismatch"},
  {"Growth was 2.6 percent.", "La croissance a été de 2,7 pour cent.", "number_mismatch"},
  {"The budget is 3 billion euros.", "Le budget est de 3 billions d'euros.", "number_mismatch"},
  {"The budget is 3 billion euros.", "Le budget est de 3 millions d'euros.", "number_mismatch"},
  {"Thirteen members were killed.", "Quatorze membres ont été tués.", "number_mismatch"},
  {"Thirteen members were killed.", "Trente membres ont été tués.", "number_mismatch"},
  {"Twenty-one people died.", "Vingt-deux morts.", "number_mismatch"},
  {"He bought a dozen eggs.", "Il a acheté des dizaines d'œufs.", "number_mismatch"},
  {"The riots left dozens dead.", "Les émeutes ont fait des centaines de morts.", "number_mismatch"},
  {"The riots left dozens dead.", "Les émeutes ont fait 12 morts.", "number_mismatch"},
  {"Hundreds of people gathered.", "Des milliers de personnes se sont rassemblées.", "number_mismatch"},
  {"He finished 21st.", "Il a terminé 22e.", "number_mismatch"},
  {"Prices rose 10%.", "Les prix ont augmenté de 15 %.", "number_mismatch"},
  {"It cost 7.5 million dollars.", "Cela a coûté 7 millions de dollars.", "number_mismatch"},
  {"Three hundred people gathered.", "Quatre cents personnes se sont rassemblées.", "number_mismatch"},
  {"They arrested 2,000 people and 353 were wounded.", "Ils ont arrêté 2.000 personnes.", "number_missing"},
  {"They arrested people.", "Ils ont arrêté 2.000 personnes.", "number_added"},
  {"Prices rose sharply.", "Les prix ont augmenté de 15 %.", "number_added"},
  {"Thirteen members of the security forces were killed.", "Des membres des forces de l'ordre ont été tués.", "number_missing"},
  {"The debt reached 1.8 million euros.", "La dette a atteint un niveau record.", "number_missing"},
  {"The riots left dozens dead.", "Les émeutes ont fait des morts.", "number_missing"},
  {"Around 2,000 people and a thousand injured.", "Environ 2.000 personnes et 1 200 blessés.", "number_mismatch"},
  // ---- date drift
  {"Police announced Thursday.", "La police a annoncé vendredi.", "date_mismatch"},
  {"Riots broke out on Sunday.", "Des émeutes ont éclaté samedi.", "date_mismatch"},
  {"It happened in May 2021.", "C'est arrivé en juin 2021.", "date_mismatch"},
  {"It happened in May 2021.", "C'est arrivé en mai 2020.", "date_mismatch"},
  {"On 6 January 2022 riots broke out.", "Le 7 janvier 2022, des émeutes ont éclaté.", "date_mismatch"},
  {"Since January 1, France holds the presidency.", "Depuis le 1er février, la France assure la présidence.", "date_mismatch"},
  {"The meeting is at 3:30 p.m.", "La réunion est à 16h30.", "date_mismatch"},
  {"The meeting is at 3:30 p.m.", "La réunion est à 15h45.", "date_mismatch"},
  {"The crisis started in 2008.", "La crise a commencé en 2009.", "date_mismatch"},
  {"He spoke on Monday about the crisis.", "Il a parlé de la crise.", "date_mismatch"},
  {"Since January 1, France holds the presidency.", "La France assure la présidence.", "date_mismatch"},
  // ---- quotation drift
  {"He called for \"moderation and dialogue\" in the region.", "Il a appelé à la modération et au dialogue dans la région.", "quote_missing"},
  {"He said \"the events of the night are extremely worrying\".", "Il a dit que les événements de la nuit étaient extrêmement préoccupants.", "quote_missing"},
  {"He said the events were worrying.", "Il a dit que « les événements sont préoccupants ».", "quote_missing"},
  {"He claims that \"terrorists\" lead the protests and they \"received extensive training abroad\".", "Il affirme que des « terroristes » dirigent les manifestations et ont reçu un entraînement approfondi à l'étranger.", "quote_missing"},
  // ---- entity drift
  {"Russia and its allies of the Collective Security Treaty Organization (CTSC).", "La Russie et ses alliés de l'Organisation du traité de sécurité collective (OTSC).", "entity_mismatch"},
  {"The EU summit opened.", "Le sommet de l'ONU s'est ouvert.", "entity_mismatch"},
  {"NATO sent troops.", "L'OTSC a envoyé des troupes.", "entity_mismatch"},
  // ---- names (issue 6 item: person and place names compared, not only acronyms)
  {"Chancellor Angela Merkel met the press.", "La chancelière Angela Schröder a rencontré la presse.", "entity_mismatch"},
  {"The talks were held in Vienna on Monday.", "Les pourparlers ont eu lieu à Genève lundi.", "entity_mismatch"},
  {"Police in Almaty arrested the protesters.", "La police à Astana a arrêté les manifestants.", "entity_mismatch"},
  {"President Tokayev spoke on television.", "Le président Nazarbaïev a parlé à la télévision.", "entity_mismatch"},
  {"The minister flew to Berlin.", "Le ministre s'est rendu à Madrid.", "entity_mismatch"},
  {"The talks were held in London.", "Les pourparlers ont eu lieu à Londres.", ""},
  {"He visited Germany and France.", "Il a visité l'Allemagne et la France.", ""},
  {"He met Kassym-Jomart Tokayev in Moscow.", "Il a rencontré Kassym-Jomart Tokaïev à Moscou.", ""},
  {"The summit in Brussels ended.", "Le sommet de Bruxelles s'est achevé.", ""},
  {"Kremlin spokesman Dmitry Peskov declined to comment.", "Le porte-parole du Kremlin a refusé de commenter.", ""},
  {"Chinese and Indian troops clashed in Ladakh.", "Des troupes chinoises et indiennes se sont affrontées au Ladakh.", ""},
  {"He spoke to Luděk Mikloško in Prague.", "Il a parlé à Ludek Miklosko à Prague.", ""},
  // ---- "two", "first", "second" said without a figure (newstest false alarms)
  {"Work has only just begun in both countries.", "Le travail vient de commencer dans les deux pays.", ""},
  {"The scores of children in both groups increased.", "Les résultats des enfants des deux groupes ont augmenté.", ""},
  {"I met him a couple of times.", "Je l'ai rencontré deux fois.", ""},
  {"The Prime Minister does not exclude an election.", "Le Premier ministre n'exclut pas des élections.", ""},
  {"In a second experiment, the crows solved a harder problem.", "Dans un deuxième essai, les corneilles ont résolu un problème plus difficile.", ""},
  {"Both countries signed the treaty.", "Les trois pays ont signé le traité.", "number_added"},
  {"Two countries signed the treaty.", "Trois pays ont signé le traité.", "number_mismatch"},
  {"The minister signed the treaty.", "Le premier ministre a signé le traité.", "number_added"},
  // ---- French plural ordinals, "first" said otherwise, raw materials
  {"Police repressed the first demonstrations.", "La police a réprimé les premières manifestations.", ""},
  {"The initial results were encouraging.", "Les premiers résultats étaient encourageants.", ""},
  {"Arsenic was more common in the early times of life.", "L'arsenic était plus courant aux premiers temps de la vie.", ""},
  {"Commodity prices fell again.", "Les prix des matières premières ont encore baissé.", ""},
  {"Police repressed the first demonstrations.", "La police a réprimé les troisièmes manifestations.", "number_mismatch"},
  // ---- "and a half" with a scale word in words; "milles" misspelt for "mille"
  {"More than two and a half million people fled.", "Plus de deux millions et demi de personnes ont fui.", ""},
  {"More than two and a half million people fled.", "Plus de trois millions et demi de personnes ont fui.", "number_mismatch"},
  {"About 60 thousand more people were at work.", "Environ 60 milles personnes de plus travaillaient.", ""},
  {"Be back here at 10:30 sharp.", "Soyez revenus ici à dix heures et demie pile.", ""},
  {"He has taken refuge there for two and a half months.", "Il s'y est réfugié depuis deux mois et demi.", ""},
  {"He has taken refuge there for two and a half months.", "Il s'y est réfugié depuis deux mois.", "number_mismatch"},
  {"They have seven and a half years left.", "Il leur reste 7 ans et demi.", ""},
  {"The trip takes three-and-a-half hours.", "Le trajet dure trois heures et demie.", ""},
  {"The ship sailed 60 miles.", "Le navire a parcouru 60 milles.", ""},
  // ---- a night named after its evening (EN) or its morning (FR)
  {"A fire broke out on Saturday night.", "Un incendie s'est déclaré dans la nuit de dimanche.", ""},
  {"Two people were injured on Saturday night.", "Deux personnes ont été blessées dans les premières heures de dimanche.", "number_added"},  // the weekday matches; "premières" is left (info)
  {"A fire broke out on Saturday night.", "Un incendie s'est déclaré dans la nuit de lundi.", "date_mismatch"},
  {"They were released during the night of Tuesday to Wednesday.", "Ils ont été libérés dans la nuit de mercredi à jeudi.", "date_mismatch"},
  {"Yields were 3.48% on Tuesday evening.", "Les rendements étaient de 3,48% mercredi soir.", "date_mismatch"},
  // ---- imperial units converted to metric; long ordinals in words
  {"The train will reach 140mph.", "Le train atteindra 225 km/h.", ""},
  {"It covers the 58 miles in 38 minutes.", "Il couvre les 93 km en 38 minutes.", ""},
  {"The wall is 10 feet high.", "Le mur fait 3 mètres de haut.", ""},
  {"The wall is 10 feet high.", "Le mur fait 5 mètres de haut.", "number_mismatch"},
  {"It happened in the 27th minute.", "C'est arrivé à la vingt-septième minute.", ""},
  {"They marked the one hundred fiftieth anniversary.", "Ils ont fêté le 150ème anniversaire.", ""},
  {"They marked the one hundred fiftieth anniversary.", "Ils ont fêté le 160ème anniversaire.", "number_mismatch"},
  // ---- "first of all", ordinal adverbs, an English street name kept
  {"Muhammad is first of all a common name in Sudan.", "Mohamed est surtout un prénom très commun au Soudan.", ""},
  {"At first the plan seemed simple.", "Au début, le plan semblait simple.", ""},
  {"First up: put on the yellow caps.", "Premièrement : se coiffer des casquettes jaunes.", ""},
  {"Third: be back here tonight.", "Troisièmement : être revenu ici ce soir.", ""},
  {"Third: be back here tonight.", "Deuxièmement : être revenu ici ce soir.", "number_mismatch"},
  {"The luxury buildings on First Street are new.", "Les immeubles de luxe sur First Street sont neufs.", ""},
  // ---- acronyms and names: letters beyond Latin-1, reordered acronyms, transliterations
  {"Paclik said it to CTK.", "Paclík l'a dit à la ČTK.", ""},
  {"Paclik said it to CTK.", "Paclík l'a dit à la CTO.", "entity_mismatch"},
  {"The nucleic acid testing (NAT) appeared.", "Le test des acides nucléiques (TAN) est apparu.", ""},
  {"The chairman of the Pilsen club resigned.", "Le président du club de Plzen a démissionné.", ""},
  // ---- vague quantities match any vague quantity word
  {"A number of cars were burned.", "Plusieurs voitures ont été brûlées.", ""},
  {"Many countries opposed it.", "Plusieurs pays s'y sont opposés.", ""},
  {"Some doctors left the city.", "Quelques médecins ont quitté la ville.", ""},
  {"Several cars were burned.", "Les voitures ont été brûlées.", "number_missing"},
  // ---- a figure said in words is not paired with a leftover figure
  {"He ranked second in 1979, married since 1958.", "Il se classa deuxième en 1979.", "date_mismatch"},
  {"No firm has failed since records began in 1945.", "Selon le BSA, date des premières annales.", "date_mismatch negation_mismatch number_added"},
  // ---- decades and "N mille M"
  {"In the 1930s, Watson cared for his employees.", "Dans les années trente, Watson s'occupa de ses employés.", ""},
  {"Prices fell in the 1990s.", "Les prix ont baissé dans les années 90.", ""},
  {"Prices fell in the 1990s.", "Les prix ont baissé dans les années 1990.", ""},
  {"Prices fell in the 1990s.", "Les prix ont baissé dans les années 80.", "date_mismatch"},
  {"Cluster became fashionable again in the eighties.", "Cluster revint à la mode dans les années quatre-vingt.", ""},
  {"No probe had been sent since the early nineties.", "Aucune sonde n'avait été envoyée depuis les années 90.", ""},
  {"Cluster became fashionable again in the eighties.", "Cluster revint à la mode dans les années soixante-dix.", "date_mismatch"},
  {"The national average is 7,375 pesos.", "La moyenne nationale est de 7 mille 375 pesos.", ""},
  {"The national average is 7,375 pesos.", "La moyenne nationale est de 7 mille 385 pesos.", "number_mismatch"},
  // ---- French clock times in words: "à 15 heures", "6 heures du matin"
  {"The meeting starts at 3 p.m. on Monday.", "La réunion commence à 15 heures lundi.", ""},
  {"On-line games open at 6 a.m.", "Les jeux en ligne ouvrent à 6 heures du matin.", ""},
  {"The plan was published at 8 pm.", "Le plan a été publié à 8 heures du soir.", ""},
  {"The men began arguing at around 01:20.", "Les hommes ont commencé à se disputer vers 1 heure 20.", ""},
  {"The talks lasted 2 hours.", "Les discussions ont duré 2 heures.", ""},
  {"Journey times would be cut to 2 hours 40 minutes.", "Le temps de voyage sera réduit à 2 heures 40 minutes.", ""},
  {"The alarm rings every morning at 7 o'clock.", "Le réveil sonne chaque matin à 7 heures.", ""},
  {"The incident took place at five o'clock in the afternoon.", "L'incident a eu lieu vers 17 heures.", ""},
  {"The waiting room is already full at nine a.m.", "La salle d'attente est déjà pleine à 09 heures du matin.", ""},
  {"Going on eight o'clock at night, paramedics swarm the place.", "Vers huit heures du soir, des secouristes courent sur la place.", ""},
  {"The session opens at 2 p.m.", "La séance s'ouvre à deux heures de l'après-midi.", ""},
  {"The service starts at three in the morning.", "Le service commence à trois heures du matin.", ""},
  {"Few phones play music for ten to twelve hours.", "Rares sont les mobiles qui lisent de la musique pendant dix à douze heures.", ""},
  {"Journey times would stay above three hours.", "Les durées de voyage resteraient supérieures à trois heures.", ""},
  {"The service starts at three in the morning.", "Le service commence à quatre heures du matin.", "date_mismatch"},
  {"Students begin trickling in at eight o'clock.", "Les élèves arrivent à partir de huit heures.", ""},
  {"The meeting starts at 3 p.m. on Monday.", "La réunion commence à 16 heures lundi.", "date_mismatch"},
  // ---- more writings of the same figure
  {"Trade reaches nearly 60 milliards euros per year.", "Le commerce atteint près de 60 milliards d'euros par an.", ""},
  {"JPMorgan plans a $500-million loan facility.", "JPMorgan prévoit une facilité de crédit de 500 millions de dollars.", ""},
  {"President in 2000-08, he was a firebrand.", "Président de 2000 à 2008, il était un provocateur.", ""},
  {"President in 2000-08, he was a firebrand.", "Président de 2000 à 2007, il était un provocateur.", "date_mismatch"},
  {"The last sixteen will be drawn on Friday.", "Les huitièmes de finale seront tirés au sort vendredi.", "number_missing"},
  {"The PRI ruled Mexico for seven decades.", "Le PRI a gouverné le Mexique pendant soixante-dix ans.", ""},
  {"He worked there for 30 years.", "Il y a travaillé pendant trois décennies.", ""},
  {"The country has become a donor over the last two decades.", "Le pays est devenu un donneur dans ces deux dernières décennies.", ""},
  {"He holds the record in the 400m freestyle.", "Il détient le record du 400 m nage libre.", ""},
  {"The company raised $400m last year.", "L'entreprise a levé 400 millions de dollars l'an dernier.", ""},
  {"It owes some $6.7 billion.", "Il doit environ $6.7 billion.", ""},
  // ---- date ranges and lists
  {"The festival takes place from November 16 to 20 in Prague.", "Le festival a lieu du 16 au 20 novembre à Prague.", ""},
  {"The group plays in Los Angeles on December 5th and 7th.", "Le groupe joue à Los Angeles les 5 et 7 décembre.", ""},
  {"The festival takes place from November 16 to 20 in Prague.", "Le festival a lieu du 16 au 21 novembre à Prague.", "date_mismatch"},
  {"He will be tried on the 15th and 16th of April 2010.", "Il sera jugé les 15 et 16 avril 2010.", ""},
  {"The festival will last from the 8th to the 10th August.", "Le festival durera du 8 au 10 août.", ""},
  // ---- a straight " between letters is an apostrophe (d"électricité), no quotation
  {"Demand for electricity will double.", "La demande d\"électricité va doubler.", ""},
  {"The energy equation must be solved.", "Il faut résoudre l\"équation énergétique.", ""},
  {"The headline read \"Musharraf breaks his promise\".", "Le titre disait ''La promesse de Musharraf ne tient plus''.", "negation_mismatch"},  // info: a paraphrase
  // ---- a straight " glued to the next word elsewhere is a quotation mark with a space missing
  {"Connecting the terms \"Sweden\"and \"wooden box\"makes one think of Ikea.", "Relier les termes « Suède » et « caisse en bois » fait penser à Ikea.", ""},
  {"Connecting the terms \"Sweden\"and \"wooden box\"makes one think of Ikea.", "Relier les termes Suède et caisse en bois fait penser à Ikea.", "quote_missing quote_missing"},
  // ---- one word between straight single quotes; a ' after punctuation closes
  {"Beyond yoga, this \"manual\" denies that belief.", "Au-delà du yoga, ce 'manuel' dément cette croyance.", ""},
  {"Beyond yoga, this \"manual\" denies that belief.", "Au-delà du yoga, ce manuel dément cette croyance.", "quote_missing"},
  {"It means `cute,' `sweet.'", "Il signifie \"mignon, chou\".", ""},
  // ---- several kinds at once
  {"On Thursday, 353 were wounded.", "Vendredi, 335 ont été blessés.", "date_mismatch number_mismatch"},
  {"He said \"2,000 people were arrested\" on Monday.", "Il a dit que 3 000 personnes avaient été arrêtées mardi.", "date_mismatch number_mismatch quote_missing"},
};
// clang-format on

FlagKind Mirror(FlagKind k) {
  switch (k) {
    case FlagKind::kNumberMissing: return FlagKind::kNumberAdded;
    case FlagKind::kNumberAdded: return FlagKind::kNumberMissing;
    case FlagKind::kOmission: return FlagKind::kAddition;
    case FlagKind::kAddition: return FlagKind::kOmission;
    case FlagKind::kPartialOmission: return FlagKind::kPartialAddition;
    case FlagKind::kPartialAddition: return FlagKind::kPartialOmission;
    default: return k;
  }
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

std::string Kinds(const std::vector<Flag>& flags) {
  std::vector<std::string> k;
  for (const Flag& f : flags) k.emplace_back(FlagKindName(f.kind));
  std::sort(k.begin(), k.end());
  std::string out;
  for (const std::string& s : k) out += (out.empty() ? "" : " ") + s;
  return out;
}

std::string Describe(const std::vector<Flag>& flags) {
  std::string out;
  for (const Flag& f : flags) {
    out += "  " + std::string(FlagKindName(f.kind)) + " (" + std::string(SeverityName(f.severity)) +
           "): " + f.message + "\n";
  }
  return out;
}

class CheckerTableTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    // The name rows test the lexical rules (same word, prefix, edit, table):
    // compare names without a word-vector scorer.
    CheckerOptions en_fr;
    en_fr.names_need_vectors = false;
    auto a = Checker::Create(en_fr);
    ASSERT_TRUE(a.ok()) << a.status().message();
    en_fr_ = new Checker(std::move(a).value());
    CheckerOptions fr_en;
    fr_en.src_lang = Lang::kFr;
    fr_en.tgt_lang = Lang::kEn;
    fr_en.names_need_vectors = false;
    auto b = Checker::Create(fr_en);
    ASSERT_TRUE(b.ok()) << b.status().message();
    fr_en_ = new Checker(std::move(b).value());
  }
  static void TearDownTestSuite() {
    delete en_fr_;
    delete fr_en_;
  }
  static Checker* en_fr_;
  static Checker* fr_en_;
};
Checker* CheckerTableTest::en_fr_ = nullptr;
Checker* CheckerTableTest::fr_en_ = nullptr;

TEST_F(CheckerTableTest, EnglishToFrench) {
  int n = 0;
  for (const Case& c : kCases) {
    std::vector<Flag> flags = en_fr_->CheckPair(c.en, c.fr);
    EXPECT_EQ(Kinds(flags), c.kinds) << "EN: " << c.en << "\nFR: " << c.fr << "\n" << Describe(flags);
    ++n;
  }
  EXPECT_GE(n, 75);
}

TEST_F(CheckerTableTest, FrenchToEnglish) {
  for (const Case& c : kCases) {
    std::vector<std::string> want;
    for (const std::string& k : Split(c.kinds)) {
      FlagKind kind;
      ASSERT_TRUE(ParseFlagKind(k, &kind)) << k;
      want.emplace_back(FlagKindName(Mirror(kind)));
    }
    std::sort(want.begin(), want.end());
    std::string expected;
    for (const std::string& s : want) expected += (expected.empty() ? "" : " ") + s;
    std::vector<Flag> flags = fr_en_->CheckPair(c.fr, c.en);
    EXPECT_EQ(Kinds(flags), expected) << "FR: " << c.fr << "\nEN: " << c.en << "\n" << Describe(flags);
  }
}

TEST_F(CheckerTableTest, AtLeastAThirdSilent) {
  int silent = 0, total = 0;
  for (const Case& c : kCases) {
    ++total;
    silent += std::string(c.kinds).empty();
  }
  EXPECT_GE(3 * silent, total);
  EXPECT_GE(2 * total, 150);  // each row runs in both directions
}

TEST_F(CheckerTableTest, MessageShowsBothFigures) {
  std::vector<Flag> flags = en_fr_->CheckPair("Thirteen were killed and 353 wounded.",
                                              "Treize ont été tués et 335 blessés.");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].message, "353 wounded → 335 blessés");
  EXPECT_EQ(flags[0].severity, Severity::kError);
  EXPECT_EQ(flags[0].src.text, "353");
  EXPECT_EQ(flags[0].tgt.text, "335");
  EXPECT_EQ(flags[0].src.begin, std::string("Thirteen were killed and ").size());
}

// A 2-1 bead: the figure of the second English sentence is in the one French sentence.
TEST_F(CheckerTableTest, TwoToOneBeadHasNoFalseMissing) {
  std::vector<segment::Sentence> src(2), tgt(1);
  src[0].id = 0; src[0].text = "Police arrested 2,000 people."; src[0].begin = 0; src[0].end = src[0].text.size();
  src[1].id = 1; src[1].text = "Thirteen were killed on Thursday."; src[1].begin = src[0].end + 1;
  src[1].end = src[1].begin + src[1].text.size();
  tgt[0].id = 0; tgt[0].text = "La police a arrêté 2.000 personnes et treize ont été tués jeudi.";
  tgt[0].end = tgt[0].text.size();
  align::Bead bead;
  bead.src = {0, 1};
  bead.tgt = {0};
  auto flags = en_fr_->Check(src, tgt, {bead});
  EXPECT_EQ(Describe(flags[0]), "");
  // As two 1-1 beads with an empty second target, the second sentence is an omission.
  align::Bead b1, b2;
  b1.src = {0}; b1.tgt = {0};
  b2.src = {1};
  flags = en_fr_->Check(src, tgt, {b1, b2});
  ASSERT_EQ(flags[1].size(), 1u);
  EXPECT_EQ(flags[1][0].kind, FlagKind::kOmission);
  EXPECT_EQ(flags[1][0].severity, Severity::kError);
  EXPECT_EQ(flags[1][0].src.begin, src[1].begin);
}

TEST(NameTest, NamesNeedVectorsByDefault) {
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(Kinds(c->CheckPair("The minister flew to Berlin.", "Le ministre s'est rendu à Madrid.")), "");
  CheckerOptions o;
  o.names_need_vectors = false;
  auto d = Checker::Create(o);
  ASSERT_TRUE(d.ok());
  std::vector<Flag> flags = d->CheckPair("The minister flew to Berlin.", "Le ministre s'est rendu à Madrid.");
  ASSERT_EQ(Kinds(flags), "entity_mismatch");
  EXPECT_EQ(flags[0].message, "Berlin → Madrid");
  EXPECT_EQ(flags[0].severity, Severity::kInfo);
}

TEST(FlagTest, KindNamesRoundTrip) {
  for (int i = 0; i < kNumFlagKinds; ++i) {
    FlagKind k;
    ASSERT_TRUE(ParseFlagKind(FlagKindName(static_cast<FlagKind>(i)), &k));
    EXPECT_EQ(static_cast<int>(k), i);
  }
  FlagKind k;
  EXPECT_FALSE(ParseFlagKind("number_changed", &k));
}

}  // namespace
}  // namespace driftalign::drift

namespace driftalign::drift {
namespace {

// Toy bilingual word vectors: a word and its translation share one axis.
// Enough to test the coverage logic (partial_omission / partial_addition /
// quote_mismatch) without the model.
void ToyVector(Lang, std::string_view word, float* out) {
  static const std::vector<std::vector<std::string>> kConcepts = {
      {"police", "police"}, {"arrested", "arrêté"}, {"people", "personnes"},
      {"streets", "rues"}, {"city", "ville"}, {"violence", "violences", "violence"},
      {"condemn", "condamnons", "condamne"}, {"minister", "ministre"}, {"declared", "déclaré"},
      {"press", "presse"}, {"paris", "paris"}, {"rotating", "tournante"},
      {"presidency", "présidence"}, {"council", "conseil"}, {"country", "pays"},
      {"ensures", "assure"}, {"events", "événements"}, {"night", "nuit"},
      {"worrying", "préoccupants"}, {"extremely", "extrêmement"}, {"peace", "paix"},
      {"war", "guerre"}, {"happy", "heureux"}, {"sad", "tristes"}, {"front", "devant"},
      {"european", "européenne"}, {"head", "chef"}, {"diplomacy", "diplomatie"},
      {"french", "française"}, {"largest", "grande"}, {"south-east", "sud-est"},
      {"almaty", "almaty"}};
  for (int d = 0; d < 40; ++d) out[d] = 0.0f;
  for (size_t c = 0; c < kConcepts.size(); ++c) {
    for (const std::string& w : kConcepts[c]) {
      if (w == word) { out[c] = 1.0f; return; }
    }
  }
  // Unknown words get their own direction (hash into the last 8 axes),
  // orthogonal to every concept.
  out[32 + std::hash<std::string_view>()(word) % 8] = 1.0f;
}

struct CoverageCase {
  const char* en;
  const char* fr;
  const char* kinds;  // EN -> FR
};

// clang-format off
const CoverageCase kCoverageCases[] = {
  {"Police arrested people in the streets.", "La police a arrêté des personnes dans les rues.", ""},
  {"The minister declared in front of the press in Paris.", "Le ministre a déclaré devant la presse à Paris.", ""},
  {"We condemn the violence.", "Nous condamnons les violences.", ""},
  {"The head of French diplomacy declared, whose country ensures the rotating presidency of the council, in front of the press.",
   "Le chef de la diplomatie française a déclaré devant la presse.", "partial_omission"},
  {"Police arrested people in the streets.",
   "La police a arrêté des personnes dans les rues, la plus grande ville du sud-est du pays kazakh.",
   "partial_addition"},
  {"He said \"the events of the night are extremely worrying\".", "Il a dit « les événements de la nuit sont extrêmement préoccupants ».", ""},
  {"He said \"the events of the night are extremely worrying\".", "Il a dit « nous sommes heureux de la paix retrouvée ».", "quote_mismatch"},
  {"Police arrested people in Almaty.", "La police a arrêté des personnes à Almaty.", ""},
  // Times the figure check matched are covered words (issue 15): 4pm = 16h.
  {"Police arrested people from 4pm and 7pm in the streets.", "La police a arrêté des personnes de 16h à 19h dans les rues.", ""},
};
// clang-format on

TEST(CoverageTableTest, BothDirections) {
  CoverageScorer scorer(40, &ToyVector, {});
  for (int dir = 0; dir < 2; ++dir) {
    CheckerOptions o;
    if (dir == 1) { o.src_lang = Lang::kFr; o.tgt_lang = Lang::kEn; }
    auto c = Checker::Create(o);
    ASSERT_TRUE(c.ok());
    c->SetCoverageScorer(&scorer);
    for (const CoverageCase& k : kCoverageCases) {
      std::vector<Flag> flags = dir == 0 ? c->CheckPair(k.en, k.fr) : c->CheckPair(k.fr, k.en);
      std::string want = k.kinds;
      if (dir == 1) {
        if (want == "partial_omission") want = "partial_addition";
        else if (want == "partial_addition") want = "partial_omission";
      }
      EXPECT_EQ(Kinds(flags), want) << (dir ? "FR->EN " : "EN->FR ") << k.en << " | " << k.fr << "\n"
                                    << Describe(flags);
    }
  }
}

// Issue 15: quoted words that differ are info (6 of the 8 warnings on the
// judged newstest set were misread quotations).
TEST(CoverageTableTest, QuoteMismatchIsInfo) {
  CoverageScorer scorer(40, &ToyVector, {});
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  c->SetCoverageScorer(&scorer);
  std::string severities;
  for (const Flag& f : c->CheckPair("He said \"the events of the night are extremely worrying\".",
                                    "Il a dit « nous sommes heureux de la paix retrouvée ».")) {
    if (f.kind == FlagKind::kQuoteMismatch) severities += std::string(SeverityName(f.severity));
  }
  EXPECT_EQ(severities, "info");
}

TEST(CoverageTableTest, PartialOmissionSpanIsTheClause) {
  CoverageScorer scorer(40, &ToyVector, {});
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  c->SetCoverageScorer(&scorer);
  std::string en = "The head of French diplomacy declared, whose country ensures the rotating presidency of the council, in front of the press.";
  std::vector<Flag> flags = c->CheckPair(en, "Le chef de la diplomatie française a déclaré devant la presse.");
  ASSERT_EQ(flags.size(), 1u);
  EXPECT_EQ(flags[0].src.text, "country ensures the rotating presidency of the council");
  EXPECT_EQ(en.substr(flags[0].src.begin, flags[0].src.end - flags[0].src.begin), flags[0].src.text);
  EXPECT_GT(flags[0].score, 0.5);
}

// Every flag with its spans, for comparing two runs exactly.
std::string Exact(const std::vector<std::vector<Flag>>& beads) {
  std::string out;
  for (size_t b = 0; b < beads.size(); ++b) {
    for (const Flag& f : beads[b]) {
      out += std::to_string(b) + " " + std::string(FlagKindName(f.kind)) + " " + std::string(SeverityName(f.severity)) + " " +
             std::to_string(f.src.begin) + "-" + std::to_string(f.src.end) + " " + std::to_string(f.tgt.begin) +
             "-" + std::to_string(f.tgt.end) + " " + f.message + "\n";
    }
  }
  return out;
}

// The coverage cases as one document, 80 times over (enough beads for three
// threads): per copy a 2-1 bead (cases 0+1 : 0), then one bead per case, and
// a null bead on each side.
TEST(CoverageTableTest, PreparedCheckGivesTheSameFlags) {
  std::vector<segment::Sentence> src, tgt;
  auto add = [](std::vector<segment::Sentence>* side, const std::string& text) {
    segment::Sentence s;
    s.id = static_cast<int>(side->size());
    s.begin = side->empty() ? 0 : side->back().end + 1;
    s.text = text;
    s.end = s.begin + text.size();
    side->push_back(s);
  };
  std::vector<align::Bead> beads;
  const int n = static_cast<int>(std::size(kCoverageCases));
  for (int copy = 0; copy < 80; ++copy) {
    const int first = static_cast<int>(src.size());
    for (const CoverageCase& k : kCoverageCases) {
      add(&src, k.en);
      add(&tgt, k.fr);
    }
    add(&src, "The minister declared that the council met on Thursday in Paris.");
    add(&tgt, "La police a arrêté trois personnes dans les rues de la ville.");
    beads.push_back({{first, first + 1}, {first}, 0.0});
    beads.push_back({{}, {first + 1}, 0.0});
    for (int i = 2; i < n; ++i) beads.push_back({{first + i}, {first + i}, 0.0});
    beads.push_back({{first + n}, {}, 0.0});
    beads.push_back({{}, {first + n}, 0.0});
  }
  ASSERT_GE(beads.size(), 3 * 256u);  // three threads split it

  CoverageScorer scorer(40, &ToyVector, {});
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  c->SetCoverageScorer(&scorer);
  const std::string serial = Exact(c->Check(src, tgt, beads));
  EXPECT_NE(serial.find("partial_omission"), std::string::npos) << serial;
  for (bool load_vectors : {false, true}) {
    for (int threads : {1, 2, 3}) {
      PreparedPair prepared = c->Prepare(src, tgt, load_vectors);
      ASSERT_EQ(prepared.facts[0].size(), src.size());
      ASSERT_EQ(prepared.words[1].size(), tgt.size());
      const std::string what = "load_vectors " + std::to_string(load_vectors) + ", threads " + std::to_string(threads);
      EXPECT_EQ(Exact(c->Check(src, tgt, beads, &prepared, threads)), serial) << what;
      // Checking again with the same preparation gives the same flags, and no
      // sentence keeps its vector matrix once its bead is checked.
      EXPECT_EQ(Exact(c->Check(src, tgt, beads, &prepared, threads)), serial) << "second run, " << what;
      for (const auto& side : prepared.words) {
        for (const ContentWords& w : side) EXPECT_FALSE(w.has_vectors);
      }
    }
  }
}

// An overlay reads its base and keeps its own additions, with ids after the base's.
TEST(CoverageTableTest, CacheOverlayReadsBaseAndKeepsItsOwnWords) {
  WordVectorCache base;
  const int police = base.Key("police");
  const float* v = base.Vector(police, Lang::kEn, 40, &ToyVector);
  WordVectorCache overlay(&base);
  EXPECT_EQ(overlay.Key("police"), police);
  EXPECT_EQ(overlay.Vector(police, Lang::kEn, 40, &ToyVector), v);  // the base's row, not a copy
  const int city = overlay.Key("city");
  EXPECT_EQ(city, static_cast<int>(base.key_count()));
  EXPECT_EQ(overlay.KeyText(city), "city");
  EXPECT_EQ(base.key_count(), 1u);  // the base is not written
  std::vector<float> want(40);
  ToyVector(Lang::kEn, "city", want.data());
  const float* got = overlay.Vector(city, Lang::kEn, 40, &ToyVector);
  EXPECT_TRUE(std::equal(want.begin(), want.end(), got));
}

TEST(CoverageTableTest, LexicalBaselineNeedsNoVectors) {
  CoverageScorer lexical(0, WordVectorFn(), {});
  EXPECT_DOUBLE_EQ(lexical.Divergence("Almaty 2,000 Kazakhstan", Lang::kEn, "Almaty 2.000 Kazakhstan", Lang::kFr), 0.0);
  EXPECT_GT(lexical.Divergence("Almaty rotating presidency", Lang::kEn, "Almaty", Lang::kFr), 0.5);
}

}  // namespace
}  // namespace driftalign::drift

namespace driftalign::drift {
namespace {

// A bead past max_bead_facts / max_bead_words is not compared: one
// not_checked info flag whose span indexes the sentence, nothing else, where
// the same bead within the limits gets its number flags.
TEST(BeadSizeTest, TooLargeBeadGetsOneNotCheckedFlag) {
  std::string en = "They counted", fr = "Ils ont compté";
  for (int k = 0; k < 60; ++k) {
    en += " " + std::to_string(1000 + k) + " people,";
    fr += " " + std::to_string(2000 + k) + " personnes,";
  }
  en += " in all.";
  fr += " en tout.";
  CheckerOptions small;
  small.max_bead_facts = 50;
  auto limited = Checker::Create(small);
  auto normal = Checker::Create({});
  ASSERT_TRUE(limited.ok() && normal.ok());
  std::vector<Flag> flags = limited->CheckPair(en, fr);
  ASSERT_EQ(Kinds(flags), "not_checked") << Describe(flags);
  EXPECT_EQ(flags[0].severity, Severity::kInfo);
  EXPECT_EQ(flags[0].src.sentence, 0);
  EXPECT_EQ(en.substr(flags[0].src.begin, flags[0].src.end - flags[0].src.begin), flags[0].src.text);
  EXPECT_NE(flags[0].message.find("60 facts (limits 2000 and 50)"), std::string::npos) << flags[0].message;
  EXPECT_NE(Kinds(normal->CheckPair(en, fr)).find("number_mismatch"), std::string::npos);

  // Content words count with a coverage scorer.
  CoverageScorer scorer(40, &ToyVector, {});
  CheckerOptions few_words;
  few_words.max_bead_words = 3;  // police arrested people streets city: 5
  auto by_words = Checker::Create(few_words);
  ASSERT_TRUE(by_words.ok());
  by_words->SetCoverageScorer(&scorer);
  flags = by_words->CheckPair("Police arrested people in the streets of the city.",
                              "La police a arrêté des personnes.");
  EXPECT_EQ(Kinds(flags), "not_checked") << Describe(flags);
}

// A quotation the fact reader did not read (longer than kMaxQuoteBytes) is
// said so, and not reported missing: the other checks of the bead still run.
TEST(BeadSizeTest, UnreadQuotationGetsNotCheckedFlag) {
  std::string fr = "Le 12 mai, il a dit « ";
  while (fr.size() < 10000) fr += "encore ";
  fr += "».";
  auto c = Checker::Create({});
  ASSERT_TRUE(c.ok());
  std::vector<Flag> flags = c->CheckPair("On May 13, he spoke.", fr);
  EXPECT_EQ(Kinds(flags), "date_mismatch not_checked") << Describe(flags);
  for (const Flag& f : flags) {
    if (f.kind != FlagKind::kNotChecked) continue;
    EXPECT_EQ(f.tgt.begin, fr.find("«"));
    EXPECT_EQ(fr.substr(f.tgt.begin, f.tgt.end - f.tgt.begin), f.tgt.text);
    EXPECT_LE(f.tgt.text.size(), 80u);
  }
}

}  // namespace
}  // namespace driftalign::drift
