// The bound logic of compare::Value: which pairs of stated values can both be
// true of one fact (issue 17: "au moins huit" is >= 8, "more than a thousand"
// is > 1000, "dozens" is vague).
#include "compare/value.h"

#include <gtest/gtest.h>

namespace driftalign::compare {
namespace {

Value Day(int d) {
  Value v;
  v.kind = ValueKind::kWeekday;
  v.number = d;
  return v;
}

Value Date(int month, int day, int year = 0) {
  Value v;
  v.kind = ValueKind::kDate;
  v.number = month;
  v.day = day;
  v.year = year;
  return v;
}

struct Case {
  const char* name;
  Value a, b;
  bool both_true;
};

TEST(ValueTest, CanBothBeTrue) {
  const Case cases[] = {
      {"13 vs 18", Value::Count(13, Bound::kExact), Value::Count(18, Bound::kExact), false},
      {"13 vs 13", Value::Count(13, Bound::kExact), Value::Count(13, Bound::kExact), true},
      {"at least 8 vs 13", Value::Count(8, Bound::kAtLeast), Value::Count(13, Bound::kExact), true},
      {"at least 8 vs 18", Value::Count(8, Bound::kAtLeast), Value::Count(18, Bound::kExact), true},
      {"at least 13 vs 8", Value::Count(13, Bound::kAtLeast), Value::Count(8, Bound::kExact), false},
      {"at least 13 vs 13", Value::Count(13, Bound::kAtLeast), Value::Count(13, Bound::kExact), true},
      {"more than 1000 vs 1000", Value::Count(1000, Bound::kAtLeast, true),
       Value::Count(1000, Bound::kExact), false},
      {"more than 1000 vs about 1000", Value::Count(1000, Bound::kAtLeast, true),
       Value::Count(1000, Bound::kApprox), true},
      {"up to 10 vs 12", Value::Count(10, Bound::kAtMost), Value::Count(12, Bound::kExact), false},
      {"fewer than 10 vs 10", Value::Count(10, Bound::kAtMost, true), Value::Count(10, Bound::kExact), false},
      {"at most 10 vs at least 10", Value::Count(10, Bound::kAtMost), Value::Count(10, Bound::kAtLeast), true},
      {"around 2000 vs 2100", Value::Count(2000, Bound::kApprox), Value::Count(2100, Bound::kExact), true},
      {"around 2000 vs 700", Value::Count(2000, Bound::kApprox), Value::Count(700, Bound::kExact), false},
      {"dozens vs 50", Value::Count(10, Bound::kVague), Value::Count(50, Bound::kExact), true},
      {"dozens vs 5", Value::Count(10, Bound::kVague), Value::Count(5, Bound::kExact), false},
      {"dozens vs hundreds", Value::Count(10, Bound::kVague), Value::Count(100, Bound::kVague), true},
      {"several vs 3", Value::Count(0, Bound::kVague), Value::Count(3, Bound::kExact), true},
      {"Sunday vs Saturday", Day(6), Day(5), false},
      {"Thursday vs Thursday", Day(3), Day(3), true},
      {"6 Jan vs 5 Jan", Date(1, 6), Date(1, 5), false},
      {"Jan vs 6 Jan", Date(1, 0), Date(1, 6), true},
      {"6 Jan 2022 vs 6 Jan 2021", Date(1, 6, 2022), Date(1, 6, 2021), false},
      {"weekday vs count", Day(3), Value::Count(3, Bound::kExact), false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CanBothBeTrue(c.a, c.b), c.both_true) << c.name;
    EXPECT_EQ(CanBothBeTrue(c.b, c.a), c.both_true) << c.name << " (swapped)";
  }
}

TEST(ValueTest, AmbiguousFrenchFigureTakesEitherReading) {
  Value a = Value::Count(2000, Bound::kExact);
  a.alt = 2;  // "2.000" may be two
  EXPECT_TRUE(CanBothBeTrue(a, Value::Count(2, Bound::kExact)));
  EXPECT_TRUE(CanBothBeTrue(a, Value::Count(2000, Bound::kExact)));
  EXPECT_FALSE(CanBothBeTrue(a, Value::Count(20, Bound::kExact)));
}

TEST(ValueTest, SameValueNeedsTheSameBound) {
  EXPECT_TRUE(SameValue(Value::Count(13, Bound::kExact), Value::Count(13, Bound::kExact)));
  EXPECT_FALSE(SameValue(Value::Count(13, Bound::kExact), Value::Count(13, Bound::kAtLeast)));
  EXPECT_FALSE(SameValue(Value::Count(1000, Bound::kAtLeast, true), Value::Count(1000, Bound::kAtLeast)));
}

TEST(ValueTest, Text) {
  EXPECT_EQ(ValueText(Value::Count(8, Bound::kAtLeast)), "at least 8");
  EXPECT_EQ(ValueText(Value::Count(1000, Bound::kAtLeast, true)), "more than 1000");
  EXPECT_EQ(ValueText(Value::Count(2000, Bound::kApprox)), "around 2000");
  EXPECT_EQ(ValueText(Value::Count(10, Bound::kVague)), "dozens");
  EXPECT_EQ(ValueText(Day(6)), "sunday");
  EXPECT_EQ(ValueText(Date(1, 6, 2022)), "january 6 2022");
  EXPECT_EQ(ValueKey(Value::Count(13, Bound::kExact)), "");
  EXPECT_EQ(BoundName(Bound::kAtMost), "at_most");
}

}  // namespace
}  // namespace driftalign::compare
