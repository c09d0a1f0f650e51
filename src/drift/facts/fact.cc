#include "drift/facts/fact.h"

namespace driftalign::drift {

std::string_view FactKindName(FactKind kind) {
  switch (kind) {
    case FactKind::kNumber: return "number";
    case FactKind::kApprox: return "approx";
    case FactKind::kVague: return "vague";
    case FactKind::kPercent: return "percent";
    case FactKind::kOrdinal: return "ordinal";
    case FactKind::kYear: return "year";
    case FactKind::kWeekday: return "weekday";
    case FactKind::kDate: return "date";
    case FactKind::kTime: return "time";
    case FactKind::kQuote: return "quote";
    case FactKind::kAcronym: return "acronym";
    case FactKind::kName: return "name";
  }
  return "?";
}

}  // namespace driftalign::drift
