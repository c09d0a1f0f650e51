// The two languages driftalign reads, as one type shared by every module:
// the drift checks and the pipeline take a Lang; the modules whose inputs
// come straight from flags and model headers (embed::Model, embed::Tokenizer,
// segment::Segmenter) still take the "en"/"fr" code, which LangCode gives.
//
//   StatusOr<text::Lang> lang = text::ParseLang("fr");  // text::Lang::kFr
//   if (!lang.ok()) return lang.status();
//   model->WordVector(text::LangCode(*lang), "maison", out);   // "fr"
//   std::string msg = "the " + std::string(text::LangName(*lang)) + " side";
#ifndef DRIFTALIGN_TEXT_LANG_H_
#define DRIFTALIGN_TEXT_LANG_H_

#include <string_view>

#include "text/status.h"

namespace driftalign::text {

// The value indexes per-language arrays: 0 = English, 1 = French.
enum class Lang { kEn, kFr };

// "en" / "fr" -> Lang; InvalidArgument "unknown language 'xx': expected en or
// fr" otherwise (case-sensitive).
StatusOr<Lang> ParseLang(std::string_view code);

// "en" / "fr": the code ParseLang reads and the model and segmenter take.
std::string_view LangCode(Lang lang);

// "English" / "French", for messages.
std::string_view LangName(Lang lang);

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_LANG_H_
