#include "drift/facts/fact.h"

namespace driftalign::drift {

StatusOr<Lang> ParseLang(std::string_view code) {
  if (code == "en") return Lang::kEn;
  if (code == "fr") return Lang::kFr;
  return InvalidArgument("unknown language '" + std::string(code) + "': expected en or fr");
}

std::string_view LangName(Lang lang) { return lang == Lang::kEn ? "English" : "French"; }

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
