#include "compare/value.h"

#include <cmath>
#include <limits>
#include <sstream>

namespace driftalign::compare {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// A closed or half-open interval of counts.
struct Range {
  double lo = 0, hi = kInf;
  bool lo_open = false, hi_open = false;
};

// The interval a count states, reading the figure as `n`.
Range RangeOf(const Value& v, double n) {
  Range r;
  switch (v.bound) {
    case Bound::kExact:
      r.lo = r.hi = n;
      break;
    case Bound::kAtLeast:
      r.lo = n;
      r.lo_open = v.strict;
      break;
    case Bound::kAtMost:
      r.lo = 0;
      r.hi = n;
      r.hi_open = v.strict;
      break;
    case Bound::kApprox:
      r.lo = n * (1 - kApproxSlack);
      r.hi = n * (1 + kApproxSlack);
      break;
    case Bound::kVague:
      // "dozens" (n = 10): from two tens up to a hundred tens; "several" (n = 0): 2 and up.
      if (n > 0) {
        r.lo = 2 * n;
        r.hi = 100 * n;
        r.hi_open = true;
      } else {
        r.lo = 2;
      }
      break;
  }
  return r;
}

bool Meet(const Range& a, const Range& b) {
  // The intervals meet unless one ends before the other begins.
  const auto before = [](const Range& x, const Range& y) {
    if (x.hi < y.lo) return true;
    return x.hi == y.lo && (x.hi_open || y.lo_open);
  };
  return !before(a, b) && !before(b, a);
}

std::string Number(double n) {
  std::ostringstream os;
  if (std::fabs(n - std::round(n)) < 1e-9 && std::fabs(n) < 1e15) {
    os << static_cast<long long>(std::llround(n));
  } else {
    os << n;
  }
  return os.str();
}

constexpr std::string_view kWeekdays[] = {"monday", "tuesday", "wednesday", "thursday",
                                          "friday", "saturday", "sunday"};
constexpr std::string_view kMonths[] = {"january", "february", "march", "april",
                                        "may", "june", "july", "august",
                                        "september", "october", "november", "december"};

}  // namespace

std::string_view BoundName(Bound bound) {
  switch (bound) {
    case Bound::kExact: return "exact";
    case Bound::kAtLeast: return "at_least";
    case Bound::kAtMost: return "at_most";
    case Bound::kApprox: return "approx";
    case Bound::kVague: return "vague";
  }
  return "exact";
}

bool CanBothBeTrue(const Value& a, const Value& b) {
  if (a.kind != b.kind) return false;
  switch (a.kind) {
    case ValueKind::kWeekday:
      return a.number == b.number;
    case ValueKind::kDate:
      if (a.number != b.number) return false;
      if (a.day != 0 && b.day != 0 && a.day != b.day) return false;
      return a.year == 0 || b.year == 0 || a.year == b.year;
    case ValueKind::kCount:
    case ValueKind::kPercent:
      break;
  }
  // Any reading of a against any reading of b (French "2.000" may be 2 or 2000).
  for (double x : {a.number, a.alt}) {
    if (x < 0 && x == a.alt) continue;
    for (double y : {b.number, b.alt}) {
      if (y < 0 && y == b.alt) continue;
      if (Meet(RangeOf(a, x), RangeOf(b, y))) return true;
    }
  }
  return false;
}

bool SameValue(const Value& a, const Value& b) {
  return a.kind == b.kind && a.bound == b.bound && a.strict == b.strict &&
         (a.number == b.number || (a.alt >= 0 && a.alt == b.number) ||
          (b.alt >= 0 && b.alt == a.number)) &&
         a.day == b.day && (a.year == b.year || a.year == 0 || b.year == 0);
}

std::string ValueKey(const Value& v) {
  switch (v.kind) {
    case ValueKind::kWeekday:
      return std::string(kWeekdays[static_cast<int>(v.number) % 7]);
    case ValueKind::kDate: {
      const int m = static_cast<int>(v.number);
      std::string s = m >= 1 && m <= 12 ? std::string(kMonths[m - 1]) : "month " + Number(m);
      if (v.day > 0) s += " " + std::to_string(v.day);
      if (v.year > 0) s += " " + std::to_string(v.year);
      return s;
    }
    case ValueKind::kCount:
    case ValueKind::kPercent:
      break;
  }
  if (v.bound == Bound::kVague) {
    if (v.number >= 1e6) return "millions";
    if (v.number >= 1e3) return "thousands";
    if (v.number >= 100) return "hundreds";
    if (v.number >= 10) return "dozens";
    return "several";
  }
  return "";
}

std::string ValueText(const Value& v) {
  std::string key = ValueKey(v);
  if (!key.empty()) return key;
  std::string n = Number(v.number) + (v.kind == ValueKind::kPercent ? "%" : "");
  switch (v.bound) {
    case Bound::kAtLeast: return (v.strict ? "more than " : "at least ") + n;
    case Bound::kAtMost: return (v.strict ? "fewer than " : "at most ") + n;
    case Bound::kApprox: return "around " + n;
    case Bound::kExact:
    case Bound::kVague:
      break;
  }
  return n;
}

}  // namespace driftalign::compare
