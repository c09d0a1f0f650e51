#include "report/alignment_report.h"

#include <cmath>

namespace driftalign::report {

double RoundScore(double score) { return std::round(score * 1e6) / 1e6; }

}  // namespace driftalign::report
