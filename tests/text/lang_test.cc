// text::Lang: the one language type, its codes and names (issue 14).
#include "text/lang.h"

#include <gtest/gtest.h>

#include <string>

namespace driftalign::text {
namespace {

TEST(LangTest, ParseReadsTheTwoCodesOnly) {
  struct {
    const char* code;
    bool ok;
    Lang lang;
  } cases[] = {{"en", true, Lang::kEn},  {"fr", true, Lang::kFr},  {"de", false, Lang::kEn},
               {"EN", false, Lang::kEn}, {"Fr", false, Lang::kEn}, {"", false, Lang::kEn},
               {"en ", false, Lang::kEn}, {"english", false, Lang::kEn}, {"fr-FR", false, Lang::kEn}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    const StatusOr<Lang> lang = ParseLang(c.code);
    const std::string want_error = c.ok ? "" : "unknown language '" + std::string(c.code) + "': expected en or fr";
    EXPECT_EQ(lang.ok(), c.ok);
    EXPECT_EQ(lang.status().message(), want_error);
    EXPECT_EQ(lang.status().code(), c.ok ? StatusCode::kOk : StatusCode::kInvalidArgument);
    if (lang.ok()) EXPECT_EQ(*lang, c.lang);
  }
}

TEST(LangTest, CodeAndNameOfEachLanguage) {
  struct {
    Lang lang;
    const char* code;
    const char* name;
    int index;  // per-language arrays are indexed by the enum value
  } cases[] = {{Lang::kEn, "en", "English", 0}, {Lang::kFr, "fr", "French", 1}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.code);
    EXPECT_EQ(LangCode(c.lang), c.code);
    EXPECT_EQ(LangName(c.lang), c.name);
    EXPECT_EQ(static_cast<int>(c.lang), c.index);
    StatusOr<Lang> back = ParseLang(LangCode(c.lang));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(*back, c.lang);
  }
}

}  // namespace
}  // namespace driftalign::text
