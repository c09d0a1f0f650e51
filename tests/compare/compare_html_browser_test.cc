// compare --format html in a real browser (issue 17): Debian's Chromium,
// headless, loads the page of the five seed stories from a file, runs its
// script, and the test checks the DOM it dumps (three conflicts, each with
// its sources side by side and the value marked; texts stay text).
// Slow (several seconds): ctest --test-dir build -L slow -R CompareHtml
// Skipped when /usr/bin/chromium is missing.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "../report/test_util.h"

namespace driftalign::compare {
namespace {

using report::testing_util::RunCommand;
using report::testing_util::WriteFile;
using report::testing_util::Chromium;
using report::testing_util::Count;
using report::testing_util::kChromium;

class CompareHtmlBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kChromium)) GTEST_SKIP() << kChromium << " not installed";
    const std::string corpus = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/";
    // A third French report whose text holds markup: it must stay text.
    WriteFile(dir_ + "/markup.txt",
              "Selon <script>alert(1)</script> la police, Dix-huit membres des forces de l'ordre ont été "
              "tués et 700 blessés.\n");
    page_ = dir_ + "/compare.html";
    int status = -1;
    RunCommand(std::string(DRIFTALIGN_BINARY) + " compare --format html -o " + page_ + " " + corpus +
                   "000_cade94ca1d686b93.txt " + corpus + "001_b5b62dc4b4f44fa5.txt " + corpus +
                   "002_450d3b2fe5f1e130.txt " + corpus + "003_a78af1fe0153eff0.txt " + corpus +
                   "004_31e8c4df6d115025.txt " + dir_ + "/markup.txt",
               &status);
    ASSERT_EQ(status, 0);
  }

  report::testing_util::ScratchDir scratch_{"compare_html_browser"};
  const std::string& dir_ = scratch_.path();
  std::string page_;
};

TEST_F(CompareHtmlBrowserTest, ConflictsSideBySideWithTheValueMarked) {
  const std::string dom = Chromium(dir_, "--dump-dom file://" + page_);
  EXPECT_NE(dom.find("data-ready=\"1\""), std::string::npos) << "the page script ran to the end";
  EXPECT_NE(dom.find("data-conflicts=\"3\""), std::string::npos);
  EXPECT_EQ(Count(dom, "<section class=\"group conflict\""), 3u);
  // Every source of a conflict marks its value.
  EXPECT_GE(Count(dom, "<mark class=\"value\">"), Count(dom, "<div class=\"source\""));
  EXPECT_NE(dom.find("<mark class=\"value\">Dix-huit</mark>"), std::string::npos);
  EXPECT_NE(dom.find("<mark class=\"attribution\">according to television</mark>"), std::string::npos);
  EXPECT_EQ(Count(dom, "<script"), 1u) << "the <script> in a text did not become an element";
  EXPECT_NE(dom.find("&lt;script&gt;alert"), std::string::npos);
  EXPECT_NE(dom.find("&lt;/script&gt; la police"), std::string::npos);
}

TEST_F(CompareHtmlBrowserTest, Screenshot) {
  const std::string png = dir_ + "/compare.png";
  Chromium(dir_, "--window-size=1400,1000 --screenshot=" + png + " file://" + page_);
  ASSERT_TRUE(std::filesystem::exists(png));
  EXPECT_GT(std::filesystem::file_size(png), 20000u) << "a blank page compresses to almost nothing";
}

}  // namespace
}  // namespace driftalign::compare
