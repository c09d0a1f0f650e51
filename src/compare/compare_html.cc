// WriteCompareHtml (compare_report.h).
#include "compare/compare_report.h"

namespace driftalign::compare {

void WriteCompareHtml(const std::vector<CompareDoc>& docs, const CompareResult& result, std::ostream& os) {
  os << "<!doctype html>\n";
}

}  // namespace driftalign::compare
