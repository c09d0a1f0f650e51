// Imperial units and the metric units a translation converts them to ("140
// mph" / "225 km/h", "58 miles" / "93 km", "6 feet" / "1,83 m"), as data, and
// the test that two figures are one quantity in the two units.
//
//   for (const UnitPair& p : UnitPairs()) ...
//   bool same = UnitConverted(miles_fact, km_fact);
#ifndef DRIFTALIGN_DRIFT_CHECKS_UNITS_H_
#define DRIFTALIGN_DRIFT_CHECKS_UNITS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "drift/facts.h"

namespace driftalign::drift {

// One imperial unit (its spellings), the metric unit it converts to (its
// spellings, English and French) and the factor: metric = imperial * factor.
struct UnitPair {
  std::unordered_set<std::string> imperial, metric;
  double factor;
};
const std::vector<UnitPair>& UnitPairs();

// Whether `a` and `b` are figures (kNumber) of one quantity in an imperial
// and a metric unit (their contexts, either order), within 5% (translators
// round the conversion: 100 miles / 160 km).
bool UnitConverted(const Fact& a, const Fact& b);

}  // namespace driftalign::drift

#endif  // DRIFTALIGN_DRIFT_CHECKS_UNITS_H_
