// The outputs of `driftalign compare`: text for a terminal (conflicts first),
// the JSON contract "driftalign/compare/1" (docs/compare.md) and a
// self-contained HTML page with each conflict's sentences side by side.
//
//   compare::WriteCompareText(docs, result, std::cout);
//   std::cout << compare::CompareToJson(docs, result).dump(2) << '\n';
//   compare::WriteCompareHtml(docs, result, out);
#ifndef DRIFTALIGN_COMPARE_COMPARE_REPORT_H_
#define DRIFTALIGN_COMPARE_COMPARE_REPORT_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "compare/comparer.h"

namespace driftalign::compare {

inline constexpr const char* kCompareSchema = "driftalign/compare/1";

// {"schema", "docs": [{"path", "lang", "sha256", "sentences"}], "conflicts",
// "compatible", "agreements", "single_source"}; each group {"what",
// "predicate", "values": [{"doc", "value", "bound", "strict", "sentence",
// "text", "begin", "end", "evidence", "attribution"}]}. begin/end are byte
// offsets of the value (with its bound words) in the original file. A
// "notes" array of strings follows when a bound of CompareOptions left
// claims out (CompareResult::notes).
nlohmann::ordered_json CompareToJson(const std::vector<CompareDoc>& docs, const CompareResult& result);

// Conflicts, then compatible differences, then agreements, one block each
// with a line per value; then single-source facts, one line each.
void WriteCompareText(const std::vector<CompareDoc>& docs, const CompareResult& result, std::ostream& os);

// A self-contained page: the documents, then each conflict (and compatible
// difference) with the sentence of every source side by side, the value,
// subject, predicate and attribution marked; then agreements and the count of
// single-source facts.
void WriteCompareHtml(const std::vector<CompareDoc>& docs, const CompareResult& result, std::ostream& os);

}  // namespace driftalign::compare

#endif  // DRIFTALIGN_COMPARE_COMPARE_REPORT_H_
