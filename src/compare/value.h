// The value of a stated fact with its bound, and whether two values can both
// be true. A count is an interval: "13" is [13, 13], "au moins huit" is
// [8, inf), "more than a thousand" is (1000, inf), "around 2,000" is
// [1500, 2500] (kApproxSlack), "dozens" is [20, 100 x 10) — a vague plural of
// a magnitude. Two counts conflict when their intervals do not meet; two
// weekdays or dates when they differ.
//
//   Value a = Value::Count(13, Bound::kExact), b = Value::Count(8, Bound::kAtLeast);
//   CanBothBeTrue(a, b);                          // true: a compatible difference
//   CanBothBeTrue(a, Value::Count(18, Bound::kExact));  // false: a conflict
#ifndef DRIFTALIGN_COMPARE_VALUE_H_
#define DRIFTALIGN_COMPARE_VALUE_H_

#include <string>
#include <string_view>

namespace driftalign::compare {

// How a figure is bounded by the words around it.
enum class Bound {
  kExact,    // 13, treize
  kAtLeast,  // at least 8, au moins huit, more than a thousand (strict), plus de
  kAtMost,   // up to 10, jusqu'à, fewer than (strict), moins de
  kApprox,   // around 2,000, environ, un millier, a thousand
  kVague,    // dozens, des dizaines, several, plusieurs
};
std::string_view BoundName(Bound bound);  // "exact", "at_least", ...

enum class ValueKind {
  kCount,    // a number of things (figures, quantity words)
  kPercent,  // a percentage
  kWeekday,  // 0 Monday .. 6 Sunday
  kDate,     // month (1..12) with day and year when given
};

// Fraction an approximate figure may be off by either way ("around 2,000"
// accepts 1,500 .. 2,500).
inline constexpr double kApproxSlack = 0.25;

struct Value {
  ValueKind kind = ValueKind::kCount;
  double number = 0;  // count/percent: the figure; weekday 0..6; date: month
  double alt = -1;    // another reading of the figure (French "2.000" may be 2), -1: none
  int day = 0;        // kDate: day of month, 0 when absent
  int year = 0;       // kDate: year, 0 when absent
  Bound bound = Bound::kExact;
  bool strict = false;  // kAtLeast/kAtMost: the figure itself excluded ("more than")

  static Value Count(double n, Bound b, bool strict = false) {
    Value v;
    v.number = n;
    v.bound = b;
    v.strict = strict;
    return v;
  }
};

// Whether a and b (same kind) can both be true of one fact. Values of
// different kinds are never compared (false).
bool CanBothBeTrue(const Value& a, const Value& b);
// Same figure and same bound (an agreement rather than a compatible difference).
bool SameValue(const Value& a, const Value& b);
// The value as a readable string: "13", "at least 8", "more than 1000",
// "around 2000", "dozens", "sunday", "january 6 2022".
std::string ValueText(const Value& v);
// The normalised value of the JSON contract as a string when it is not a plain
// number ("sunday", "january 6"), else "" (write v.number).
std::string ValueKey(const Value& v);

}  // namespace driftalign::compare

#endif  // DRIFTALIGN_COMPARE_VALUE_H_
