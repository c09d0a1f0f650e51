// The HTML report in a real browser: Debian's Chromium, headless, loads the
// page from a file (no network), runs its script, and the test checks the
// DOM it dumps; a screenshot is kept next to it for a human look.
// Slow (several seconds): run with
//   ctest --test-dir build -L slow -R HtmlBrowser --output-on-failure
// Skipped when /usr/bin/chromium is missing. Chromium runs as root here,
// hence --no-sandbox; each run gets a new empty profile directory.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "report/html_writer.h"
#include "sample_report.h"
#include "test_util.h"

namespace driftalign::report {
namespace {

using testing_util::RunCommand;
using testing_util::Sample;
using testing_util::WriteFile;

using testing_util::Chromium;
using testing_util::Count;
using testing_util::kChromium;

class HtmlBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kChromium)) GTEST_SKIP() << kChromium << " not installed";
    std::ostringstream out;
    ASSERT_TRUE(WriteHtml(Sample().report, {}, out).ok());
    page_ = dir_ + "/sample.html";
    WriteFile(page_, out.str());
  }
  testing_util::ScratchDir scratch_{"html_browser"};
  const std::string& dir_ = scratch_.path();
  std::string page_;
};

TEST_F(HtmlBrowserTest, ScriptRunsAndInjectedMarkupStaysText) {
  std::string dom = Chromium(dir_, "--dump-dom file://" + page_);
  EXPECT_NE(dom.find("data-ready=\"1\""), std::string::npos) << "the page script ran to the end";
  EXPECT_NE(dom.find("data-visible-flags=\"5\""), std::string::npos);
  EXPECT_EQ(Count(dom, "<script"), 1u) << "the <script> in the texts did not become an element";
  EXPECT_NE(dom.find("Storm &lt;script&gt;alert(\"x\")&lt;/script&gt; hits coast"), std::string::npos);
  EXPECT_EQ(Count(dom, "<mark class=\"flag"), Count(dom, "<mark class=\"flag sev-"));
  EXPECT_EQ(Count(dom, "<tr id=\"b"), 6u);
}

TEST_F(HtmlBrowserTest, FiltersFromTheUrlFragment) {
  // Only errors, only beads with drift: 3 error flags in 3 beads stay visible.
  std::string dom = Chromium(dir_, "--dump-dom 'file://" + page_ + "#severity=error&flagged=1'");
  EXPECT_NE(dom.find("data-visible-flags=\"3\""), std::string::npos);
  EXPECT_NE(dom.find("<b id=\"shown\">3</b>"), std::string::npos);
  EXPECT_EQ(Count(dom, "class=\"bead hidden\""), 3u);
  EXPECT_NE(dom.find("class=\"flag sev-warning off\""), std::string::npos);
}

TEST_F(HtmlBrowserTest, Screenshot) {
  std::string png = dir_ + "/sample.png";
  std::filesystem::remove(png);
  Chromium(dir_, "--window-size=1400,1000 --screenshot=" + png + " file://" + page_);
  ASSERT_TRUE(std::filesystem::exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 20000u) << "a blank page compresses to almost nothing";
}

}  // namespace
}  // namespace driftalign::report
