#include "text/lang.h"

#include <string>

namespace driftalign::text {

StatusOr<Lang> ParseLang(std::string_view code) {
  if (code == "en") return Lang::kEn;
  if (code == "fr") return Lang::kFr;
  return InvalidArgument("unknown language '" + std::string(code) + "': expected en or fr");
}

std::string_view LangCode(Lang lang) { return lang == Lang::kEn ? "en" : "fr"; }

std::string_view LangName(Lang lang) { return lang == Lang::kEn ? "English" : "French"; }

}  // namespace driftalign::text
