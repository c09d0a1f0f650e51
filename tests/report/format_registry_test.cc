// The format registry: every name reaches its writer (the same bytes as
// calling the writer directly), unknown names are refused with the list of
// formats, and moses writes its side files beside a file output.
#include "report/format_registry.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/jsonl_writer.h"
#include "report/manifest.h"
#include "report/moses_writer.h"
#include "report/tmx_writer.h"
#include "report/tsv_writer.h"
#include "report/vecalign_writer.h"
#include "report/xliff_writer.h"
#include "sample_report.h"
#include "test_util.h"

namespace driftalign::report {
namespace {

using testing_util::ReadFile;
using testing_util::Sample;

TEST(FormatRegistryTest, EveryNameReachesItsWriter) {
  unsetenv("SOURCE_DATE_EPOCH");
  Sample s;
  const AlignmentReport& r = s.report;
  RenderOptions options;
  options.git_commit = "abc123";
  options.xliff_version = 2;
  options.keep_null_beads = true;
  // What each name must write: its writer called directly with the options.
  struct Case {
    const char* name;
    std::function<void(std::ostream&)> write;
  } cases[] = {
      {"json", [&](std::ostream& o) { WriteJson(r, o); }},
      {"jsonl", [&](std::ostream& o) { WriteJsonl(r, o); }},
      {"vecalign", [&](std::ostream& o) { WriteVecalign(r.beads, o); }},
      {"tsv", [&](std::ostream& o) { WriteTsv(r, o); }},
      {"html", [&](std::ostream& o) { HtmlOptions h; h.build = {"abc123"}; ASSERT_TRUE(WriteHtml(r, h, o).ok()); }},
      {"tmx",
       [&](std::ostream& o) {
         TmxOptions t;
         t.keep_null_beads = true;
         t.build = {"abc123"};
         ASSERT_TRUE(WriteTmx(r, t, o).ok());
       }},
      {"xliff",
       [&](std::ostream& o) {
         XliffOptions x;
         x.version = 2;
         x.build = {"abc123"};
         ASSERT_TRUE(WriteXliff(r, x, o).ok());
       }},
      {"moses",
       [&](std::ostream& o) {
         MosesOptions m;
         m.keep_null_beads = true;
         ASSERT_TRUE(WriteMosesTsv(r, m, o).ok());
       }},
  };
  std::vector<std::string_view> names;
  for (const Case& c : cases) names.push_back(c.name);
  EXPECT_EQ(FormatNames(), names);
  for (const Case& c : cases) {
    EXPECT_TRUE(IsKnownFormat(c.name)) << c.name;
    std::ostringstream got, want;
    Status st = WriteReport(c.name, r, options, "-", got);
    ASSERT_TRUE(st.ok()) << c.name << ": " << st.message();
    c.write(want);
    EXPECT_FALSE(got.str().empty()) << c.name;
    EXPECT_EQ(got.str(), want.str()) << c.name;
  }
}

TEST(FormatRegistryTest, UnknownNameListsTheFormats) {
  for (const char* name : {"text", "", "JSON", "xlf", "html "}) {
    EXPECT_FALSE(IsKnownFormat(name)) << name;
    std::ostringstream out;
    Status st = WriteReport(name, Sample().report, {}, "-", out);
    EXPECT_EQ(st.code(), StatusCode::kInvalidArgument) << name;
    EXPECT_NE(st.message().find("unknown output format \"" + std::string(name) + "\""), std::string::npos)
        << st.message();
    EXPECT_NE(st.message().find("json, jsonl, vecalign, tsv, html, tmx, xliff, moses"), std::string::npos)
        << st.message();
    EXPECT_TRUE(out.str().empty());
  }
}

TEST(FormatRegistryTest, MosesWritesSideFilesBesideAFile) {
  unsetenv("SOURCE_DATE_EPOCH");
  testing_util::ScratchDir scratch("registry");
  const std::string base = scratch.path() + "/corpus";
  Sample s;
  RenderOptions options;
  options.git_commit = "abc123";
  std::ostringstream tsv;
  ASSERT_TRUE(WriteReport("moses", s.report, options, base, tsv).ok());
  std::ostringstream en, fr;
  ASSERT_TRUE(WriteMoses(s.report, {}, en, fr).ok());
  EXPECT_EQ(ReadFile(base + ".en"), en.str());
  EXPECT_EQ(ReadFile(base + ".fr"), fr.str());
  EXPECT_EQ(ReadFile(base + ".manifest.json"), Manifest(s.report, BuildInfo{"abc123"}).dump(2) + "\n");
  // To stdout ("-") or no path, only the TSV.
  for (const char* path : {"-", ""}) {
    std::ostringstream out;
    ASSERT_TRUE(WriteReport("moses", s.report, options, path, out).ok());
    EXPECT_EQ(out.str(), tsv.str());
    EXPECT_FALSE(std::filesystem::exists(std::string(path) + ".en")) << path;
  }
  // A side file that cannot be written is an input error naming it.
  Status st = WriteReport("moses", s.report, options, scratch.path() + "/missing/dir/corpus", tsv);
  EXPECT_EQ(st.code(), StatusCode::kInputError);
  EXPECT_NE(st.message().find("missing/dir/corpus.en: cannot write"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace driftalign::report
