#include "drift/checks/units.h"

#include <cmath>

#include "drift/text_util.h"

namespace driftalign::drift {

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
      // Either reading of each figure ("2,735 km" is 2.735 or 2735 in French).
      for (double iv : {imp.value, imp.alt}) {
        for (double mv : {met.value, met.alt}) {
          const double converted = iv * p.factor;
          if (iv > 0 && mv > 0 && std::fabs(converted - mv) <= 0.05 * converted) return true;
        }
      }
      return false;
    }
  }
  return false;
}

}  // namespace driftalign::drift
