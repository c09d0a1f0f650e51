// Fact extraction: the figures, dates, times, quotations and named entities
// of one English or French sentence, with byte offsets into that sentence.
//
// Figures are read in each language's formats (en 2,000 / 2,000.5; fr 2 000
// with space, NBSP or narrow NBSP, 2.000, 2 000,5, 1,8 million), with scale
// words (million, billion <-> milliard; French "billion" = 10^12; $5m),
// percentages, ordinals (1st, 1er, first, premier) and number words
// (thirteen <-> treize, quatre-vingt-dix; tables generated with ICU's
// spell-out rules). Approximate quantities (dozens, des dizaines, a thousand,
// un millier, several, plusieurs) are their own kind. Dates are weekdays,
// month + day (+ year), years and clock times (3:30 p.m. <-> 15h30).
//
//   StatusOr<FactExtractor> ex = FactExtractor::Create();
//   std::vector<Fact> facts = ex->Extract("Treize membres ...", Lang::kFr);
#ifndef DRIFTALIGN_DRIFT_FACTS_H_
#define DRIFTALIGN_DRIFT_FACTS_H_

// The pieces live in drift/facts/: fact.h (Fact, FactKind, Lang),
// extractor.h (FactExtractor), entities.h (CanonicalEntityKey); the reading
// itself in tokens, word_tables, number_words, numbers, dates_times, quotes
// and entities, driven by reader.h.
#include "drift/facts/entities.h"
#include "drift/facts/extractor.h"
#include "drift/facts/fact.h"

#endif  // DRIFTALIGN_DRIFT_FACTS_H_
