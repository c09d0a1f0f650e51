#include "drift/flag.h"

#include <array>

namespace driftalign::drift {

namespace {
constexpr std::array<std::string_view, kNumFlagKinds> kNames = {
    "number_mismatch", "number_missing", "number_added",    "date_mismatch",
    "quote_missing",   "quote_mismatch", "entity_mismatch", "omission",
    "addition",        "partial_omission", "partial_addition", "negation_mismatch",
    "untranslated",    "repeated_words",   "not_checked",      "entity_missing",
    "word_omission",   "word_addition"};
}  // namespace

std::string_view FlagKindName(FlagKind kind) { return kNames[static_cast<int>(kind)]; }

std::string_view SeverityName(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "info";
  }
  return "info";
}

bool ParseFlagKind(std::string_view name, FlagKind* kind) {
  for (int i = 0; i < kNumFlagKinds; ++i) {
    if (kNames[i] == name) {
      *kind = static_cast<FlagKind>(i);
      return true;
    }
  }
  return false;
}

}  // namespace driftalign::drift
