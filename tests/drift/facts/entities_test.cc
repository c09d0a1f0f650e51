// Table tests of acronym and name reading.
#include "drift/facts/entities.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "drift/facts/tokens.h"

namespace driftalign::drift::facts {
namespace {

TEST(EntitiesTest, RomanAndCommonCapitals) {
  for (const char* w : {"ii", "xiv", "lxxvi", "c"}) EXPECT_TRUE(IsRoman(w)) << w;
  for (const char* w : {"otan", "xxxiii", "eu"}) EXPECT_FALSE(IsRoman(w)) << w;
  for (const char* w : {"the", "selon", "mme", "according"}) EXPECT_TRUE(IsCommonCapital(w)) << w;
  for (const char* w : {"paris", "otan"}) EXPECT_FALSE(IsCommonCapital(w)) << w;
}

struct EntityCase {
  Lang lang;
  const char* text;
  size_t k;
  bool found;
  FactKind kind;
  const char* key;
};

TEST(EntitiesTest, EntityAt) {
  // clang-format off
  const EntityCase kCases[] = {
    {Lang::kFr, "L'OTAN a dit", 2, true, FactKind::kAcronym, "nato"},
    {Lang::kEn, "Louis XIV ruled", 1, true, FactKind::kName, "xiv"},     // a Roman numeral is no acronym
    {Lang::kFr, "Il a vu Tokaïev hier", 3, true, FactKind::kName, "tokaiev"},
    {Lang::kFr, "Tokaïev a dit", 0, false, FactKind::kName, ""},         // sentence start
    {Lang::kEn, "He left. Then he came", 3, false, FactKind::kName, ""}, // after '.'
    {Lang::kEn, "as said by The Times", 3, false, FactKind::kName, ""},  // common capital
    {Lang::kEn, "the SUPERCALIFRAGILISTIC one", 1, true, FactKind::kName, "supercalifragilistic"},  // too long for an acronym
  };
  // clang-format on
  for (const EntityCase& c : kCases) {
    const std::vector<Tok> t = Tokenize(c.text, c.lang);
    std::optional<Fact> f = EntityAt(t, c.k);
    ASSERT_EQ(f.has_value(), c.found) << c.text;
    if (!f) continue;
    EXPECT_EQ(f->kind, c.kind) << c.text;
    EXPECT_EQ(f->key, c.key) << c.text;
    EXPECT_EQ(f->begin, t[c.k].b);
    EXPECT_EQ(f->end, t[c.k].e);
  }
}

}  // namespace
}  // namespace driftalign::drift::facts
