// PreparedPair: the sentence-level work of checking a document pair, done
// before its beads are known (Checker::Prepare), and read by every bead check
// (checks/bead_view.h).
//
//   PreparedPair prepared = checker.Prepare(src, tgt);
//   auto flags = checker.Check(src, tgt, beads, &prepared);
#ifndef DRIFTALIGN_DRIFT_PREPARED_PAIR_H_
#define DRIFTALIGN_DRIFT_PREPARED_PAIR_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "drift/content_words.h"
#include "drift/facts.h"

namespace driftalign::drift {

// What checking a document pair needs before its beads are known, per side
// (0 = source, 1 = target): the facts and content words of every sentence and
// the words the document writes in lower case (a capitalised word also written
// in lower case is no name), with the pair's word cache. Checker::Prepare
// builds it.
struct PreparedPair {
  std::vector<std::vector<Fact>> facts[2];
  std::vector<ContentWords> words[2];        // empty without a coverage scorer
  std::unordered_set<std::string> lower[2];  // accent-folded; empty when names are not compared
  WordVectorCache cache;
};

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_PREPARED_PAIR_H_
