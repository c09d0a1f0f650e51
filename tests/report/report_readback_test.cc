// translate-toolkit (what many CAT pipelines use) reads the TMX and XLIFF 1.2
// back: the source, target and notes of every unit round-trip.
// Needs Debian's python3 with translate-toolkit; skipped when it is missing.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "report/alignment_report.h"
#include "report/tmx_writer.h"
#include "report/xliff_writer.h"
#include "sample_report.h"
#include "test_util.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;
using testing_util::RunCommand;
using testing_util::Sample;
using testing_util::WriteFile;

constexpr const char* kPython = "/usr/bin/python3";

bool HaveTranslateToolkit() {
  int status = 0;
  RunCommand(std::string(kPython) + " -c 'from translate.storage import tmx, xliff' 2>/dev/null", &status);
  return status == 0;
}

// The units translate-toolkit reads from `path`, one JSON object each.
std::vector<Json> ReadBack(const std::string& kind, const std::string& path) {
  int status = 0;
  std::string out = RunCommand(std::string(kPython) + " " + DRIFTALIGN_SOURCE_DIR + "/tests/report/ttk_readback.py " +
                            kind + " " + path,
                        &status);
  EXPECT_EQ(status, 0) << out;
  std::vector<Json> units;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) units.push_back(Json::parse(line));
  return units;
}

// What each written unit must read back as: id, texts, notes "sev kind: msg".
struct Expected {
  std::string id, source, target, notes;
};

std::vector<Expected> ExpectedUnits(const AlignmentReport& report, bool include_null) {
  std::vector<Expected> out;
  for (size_t i = 0; i < report.beads.size(); ++i) {
    const align::Bead& b = report.beads[i];
    if (!include_null && (b.src.empty() || b.tgt.empty())) continue;
    Expected e{"b" + std::to_string(i), SideText(report.src, b.src), SideText(report.tgt, b.tgt), ""};
    for (const drift::Flag& f : BeadFlags(report, i)) {
      if (!e.notes.empty()) e.notes += "\n";
      e.notes += std::string(drift::SeverityName(f.severity)) + " " + std::string(drift::FlagKindName(f.kind)) +
                 ": " + f.message;
    }
    out.push_back(e);
  }
  return out;
}

void ExpectRoundTrip(const std::vector<Json>& got, const std::vector<Expected>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i]["id"], want[i].id);
    EXPECT_EQ(got[i]["source"], want[i].source) << want[i].id;
    EXPECT_EQ(got[i]["target"], want[i].target) << want[i].id;
    EXPECT_EQ(got[i]["notes"], want[i].notes) << want[i].id;
  }
}

TEST(ReadbackTest, TranslateToolkitReadsTmx) {
  if (!HaveTranslateToolkit()) GTEST_SKIP() << "translate-toolkit not installed for " << kPython;
  std::ostringstream out;
  Sample sample;
  ASSERT_TRUE(WriteTmx(sample.report, {}, out).ok());
  testing_util::ScratchDir scratch("readback");
  std::string path = scratch.path() + "/readback.tmx";
  WriteFile(path, out.str());
  ExpectRoundTrip(ReadBack("tmx", path), ExpectedUnits(sample.report, /*include_null=*/false));
}

TEST(ReadbackTest, TranslateToolkitReadsXliff12) {
  if (!HaveTranslateToolkit()) GTEST_SKIP() << "translate-toolkit not installed for " << kPython;
  std::ostringstream out;
  Sample sample;
  ASSERT_TRUE(WriteXliff(sample.report, {}, out).ok());
  testing_util::ScratchDir scratch("readback");
  std::string path = scratch.path() + "/readback.xlf";
  WriteFile(path, out.str());
  ExpectRoundTrip(ReadBack("xliff", path), ExpectedUnits(sample.report, /*include_null=*/true));
}

}  // namespace
}  // namespace driftalign::report
