// The issue-7 writers on the hand-made alignment tests/data/report/sample.json
// (read as a typed report, test_util.h):
// structure, escaping, ITS annotations, validity (xmllint), byte stability and
// the manifest.
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <cstdlib>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "report/alignment_report.h"
#include "report/html_writer.h"
#include "report/manifest.h"
#include "report/moses_writer.h"
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

size_t Count(const std::string& hay, const std::string& needle) {
  size_t n = 0;
  for (size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
  return n;
}

std::string Tmx(const AlignmentReport& report, TmxOptions o = {}) {
  std::ostringstream out;
  EXPECT_TRUE(WriteTmx(report, o, out).ok());
  return out.str();
}

std::string Xliff(const AlignmentReport& report, int version) {
  std::ostringstream out;
  XliffOptions o;
  o.version = version;
  EXPECT_TRUE(WriteXliff(report, o, out).ok());
  return out.str();
}

std::string Html(const AlignmentReport& report) {
  std::ostringstream out;
  EXPECT_TRUE(WriteHtml(report, {}, out).ok());
  return out.str();
}

// ---------------------------------------------------------------- manifest

TEST(ManifestTest, CarriesToolModelIcuParamsInputs) {
  unsetenv("SOURCE_DATE_EPOCH");
  Json m = Manifest(Sample().report, {});
  EXPECT_EQ(m["tool"]["version"], "0.1.0");
  EXPECT_EQ(m["model"]["name"], "test-model");
  EXPECT_EQ(m["icu_version"], IcuVersion());
  EXPECT_EQ(m["params"]["max_block"], 4);
  ASSERT_EQ(m["inputs"].size(), 2u);
  EXPECT_EQ(m["inputs"][0]["path"], "tests/data/report/sample.en.txt");
  EXPECT_EQ(m["inputs"][1]["sha256"].get<std::string>().size(), 64u);
  EXPECT_FALSE(m.contains("created"));  // no time stamp without SOURCE_DATE_EPOCH
}

TEST(ManifestTest, TimeOnlyFromSourceDateEpoch) {
  struct Case {
    const char* env;
    const char* iso;      // nullptr: no time stamp
    const char* compact;
  } cases[] = {
      {"0", "1970-01-01T00:00:00Z", "19700101T000000Z"},
      {"1700000000", "2023-11-14T22:13:20Z", "20231114T221320Z"},
      {"", nullptr, nullptr},
      {"12abc", nullptr, nullptr},
      {"-5", nullptr, nullptr},
  };
  for (const Case& c : cases) {
    setenv("SOURCE_DATE_EPOCH", c.env, 1);
    std::optional<std::string> iso = SourceDateEpoch(), compact = SourceDateEpoch(true);
    if (c.iso == nullptr) {
      EXPECT_FALSE(iso.has_value()) << c.env;
    } else {
      EXPECT_EQ(iso.value_or(""), c.iso) << c.env;
      EXPECT_EQ(compact.value_or(""), c.compact) << c.env;
      EXPECT_EQ(Manifest(Sample().report, {})["created"], c.iso);
    }
  }
  unsetenv("SOURCE_DATE_EPOCH");
}

TEST(ManifestTest, GitCommitFromBuildInfo) {
  EXPECT_EQ(Manifest(Sample().report, {})["tool"]["git_commit"], "");
  EXPECT_EQ(Manifest(Sample().report, BuildInfo{"abc123"})["tool"]["git_commit"], "abc123");
  Sample s;
  s.report.tool_name.clear();
  EXPECT_EQ(Manifest(s.report, {})["tool"]["name"], "driftalign");
}

// Formerly CheckAlignment on malformed JSON documents. Of its cases, a
// "beads" that is not an array and a "flags" that is not an array cannot be
// written as a typed report; an id equal to the sentence count and a side
// without sentences take their places.
TEST(ManifestTest, CheckReportNamesTheProblem) {
  using Edit = void (*)(Sample*);
  struct Case {
    Edit edit;
    const char* expect;  // substring of the message
  } cases[] = {
      {[](Sample* s) { s->report.beads[0] = {{99}, {0}, 0.5}; },
       "beads[0].src[0]: id 99 out of range (source has 6"},
      {[](Sample* s) { s->report.beads[0] = {{0}, {-1}, 0.5}; }, "beads[0].tgt[0]"},
      {[](Sample* s) { s->report.beads[2].src = {6}; }, "beads[2].src[0]: id 6 out of range (source has 6 sentences)"},
      {[](Sample* s) { s->report.tgt.sentences = nullptr; }, "beads[0].tgt[0]: id 0 out of range (target has 0"},
      {[](Sample* s) { s->report.beads[5].tgt = {6, 7}; }, "beads[5].tgt[1]: id 7 out of range (target has 7"},
  };
  EXPECT_TRUE(CheckReport(Sample().report).ok());
  for (const Case& c : cases) {
    Sample s;
    c.edit(&s);
    Status st = CheckReport(s.report);
    EXPECT_FALSE(st.ok()) << c.expect;
    EXPECT_NE(st.message().find(c.expect), std::string::npos) << st.message();
    std::ostringstream out;
    EXPECT_FALSE(WriteTmx(s.report, {}, out).ok());
    EXPECT_FALSE(WriteHtml(s.report, {}, out).ok());
  }
}

// Formerly BeadFlags reading the span forms of the JSON document; now the
// typed evidence of the same flags.
TEST(ManifestTest, EvidenceOfFlagSpans) {
  Sample s;
  const std::vector<drift::Flag>& flags = BeadFlags(s.report, 1);
  ASSERT_EQ(flags.size(), 3u);
  EXPECT_EQ(drift::FlagKindName(flags[0].kind), "number_mismatch");
  std::optional<drift::Span> src = Evidence(s.report.src, flags[0].src);
  ASSERT_TRUE(src.has_value());
  EXPECT_EQ(src->sentence, 1);
  std::optional<drift::Span> tgt = Evidence(s.report.tgt, flags[0].tgt);
  ASSERT_TRUE(tgt.has_value());
  auto r = LocateSpan(s.report.tgt, *tgt);
  ASSERT_TRUE(r.has_value());
  EXPECT_EQ(s.tgt[1].text.substr(r->first, r->second - r->first), "335");
  // A sentence id out of range: the sentence is found from the offsets.
  drift::Flag moved = flags[0];
  moved.src.sentence = 99;
  src = Evidence(s.report.src, moved.src);
  ASSERT_TRUE(src.has_value());
  EXPECT_EQ(src->sentence, 1);
  // A flag without evidence on a side has none; a flag's default severity is warning.
  EXPECT_FALSE(Evidence(s.report.tgt, flags[2].tgt).has_value());
  EXPECT_EQ(drift::SeverityName(drift::Flag().severity), "warning");
}

// ---------------------------------------------------------------- moses

TEST(MosesWriterTest, LineAlignedFilesAndTsv) {
  Sample s;
  const AlignmentReport& doc = s.report;
  // A tab and a newline inside a sentence must not break the line structure.
  s.src[3].text = "Rescue\tteams\nworked.";
  struct Case {
    bool keep_null;
    size_t lines;
  } cases[] = {{false, 5}, {true, 6}};
  for (const Case& c : cases) {
    MosesOptions o;
    o.keep_null_beads = c.keep_null;
    std::ostringstream en, fr, tsv;
    ASSERT_TRUE(WriteMoses(doc, o, en, fr).ok());
    ASSERT_TRUE(WriteMosesTsv(doc, o, tsv).ok());
    EXPECT_EQ(Count(en.str(), "\n"), c.lines);
    EXPECT_EQ(Count(fr.str(), "\n"), c.lines);
    EXPECT_EQ(Count(tsv.str(), "\n"), c.lines);
    EXPECT_EQ(Count(tsv.str(), "\t"), 2 * c.lines);
    EXPECT_NE(en.str().find("Rescue teams worked."), std::string::npos);
  }
  std::ostringstream tsv;
  ASSERT_TRUE(WriteMosesTsv(doc, {}, tsv).ok());
  EXPECT_NE(tsv.str().find("\tLes secours ont travaillé toute la nuit.\t0.950000\n"), std::string::npos);
}

// ---------------------------------------------------------------- tmx

TEST(TmxWriterTest, OneTuPerAlignedBeadWithProps) {
  Sample s;
  std::string tmx = Tmx(s.report);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(tmx.c_str()));
  pugi::xml_node body = xml.child("tmx").child("body");
  std::vector<std::string> tuids;
  for (pugi::xml_node tu : body.children("tu")) tuids.push_back(tu.attribute("tuid").value());
  EXPECT_EQ(tuids, (std::vector<std::string>{"b0", "b1", "b2", "b3", "b5"}));  // b4 is 0-1
  pugi::xml_node b1 = body.find_child_by_attribute("tu", "tuid", "b1");
  EXPECT_STREQ(b1.find_child_by_attribute("prop", "type", "x-driftalign-score").text().get(), "0.874512");
  EXPECT_STREQ(b1.find_child_by_attribute("prop", "type", "x-driftalign-shape").text().get(), "2-2");
  int flags = 0;
  for (pugi::xml_node p : b1.children("prop")) flags += std::string(p.attribute("type").value()) == "x-driftalign-flag";
  EXPECT_EQ(flags, 3);
  EXPECT_STREQ(b1.child("tuv").child("seg").text().get(), SideText(s.report.src, {1, 2}).c_str());
  EXPECT_STREQ(xml.child("tmx").child("header").attribute("srclang").value(), "en");

  TmxOptions keep;
  keep.keep_null_beads = true;
  EXPECT_EQ(Count(Tmx(s.report, keep), "<tu "), 6u);
}

TEST(TmxWriterTest, ValidAgainstShippedDtd) {
  testing_util::ScratchDir scratch("writers");
  const std::string& dir = scratch.path();
  WriteFile(dir + "/sample.tmx", Tmx(Sample().report));
  int status = 0;
  std::string out = RunCommand("xmllint --noout --valid --path " + std::string(DRIFTALIGN_TEST_DATA) + "/report " + dir +
                            "/sample.tmx 2>&1",
                        &status);
  EXPECT_EQ(status, 0) << out;
  // The DTD does reject what TMX forbids: a tu without tuv.
  WriteFile(dir + "/bad.tmx", std::string("<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n") +
                                  "<tmx version=\"1.4\"><header creationtool=\"x\" creationtoolversion=\"1\" "
                                  "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" "
                                  "datatype=\"plaintext\"/><body><tu/></body></tmx>\n");
  RunCommand("xmllint --noout --valid --path " + std::string(DRIFTALIGN_TEST_DATA) + "/report " + dir + "/bad.tmx 2>&1",
      &status);
  EXPECT_NE(status, 0);
}

TEST(TmxWriterTest, ControlCharactersBecomeReplacementCharacter) {
  EXPECT_EQ(XmlSafe("a\x01" "b\tc\xEF\xBF\xBE"), "a\xEF\xBF\xBD" "b\tc\xEF\xBF\xBD");
  Sample s;
  s.src[0].text = std::string("bell\x07 here");
  pugi::xml_document xml;
  EXPECT_TRUE(xml.load_string(Tmx(s.report).c_str()));
}

// ---------------------------------------------------------------- xliff

TEST(XliffWriterTest, ItsTypeTable) {
  struct Case {
    const char* kind;
    const char* its;
  } cases[] = {
      {"number_mismatch", "numbers"},     {"number_missing", "numbers"},
      {"number_added", "numbers"},        {"date_mismatch", "mistranslation"},
      {"quote_missing", "inconsistency"}, {"quote_mismatch", "mistranslation"},
      {"entity_mismatch", "inconsistent-entities"},
      {"omission", "omission"},           {"partial_omission", "omission"},
      {"addition", "addition"},           {"partial_addition", "addition"},
      {"something_new", "other"},
  };
  for (const Case& c : cases) EXPECT_EQ(ItsIssueType(c.kind), c.its) << c.kind;
  EXPECT_EQ(ItsSeverity("error"), 100);
  EXPECT_EQ(ItsSeverity("warning"), 50);
  EXPECT_EQ(ItsSeverity("info"), 10);
}

TEST(XliffWriterTest, Xliff12UnitsNotesAndInlineIssues) {
  std::string xlf = Xliff(Sample().report, 1);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(xlf.c_str(), pugi::parse_default | pugi::parse_ws_pcdata));
  pugi::xml_node root = xml.child("xliff");
  EXPECT_STREQ(root.attribute("xmlns").value(), kXliff12Namespace);
  EXPECT_STREQ(root.attribute("xmlns:its").value(), kItsNamespace);
  pugi::xml_node body = root.child("file").child("body");
  int units = 0;
  for (pugi::xml_node tu : body.children("trans-unit")) {
    (void)tu;
    ++units;
  }
  EXPECT_EQ(units, 6);  // null beads included
  pugi::xml_node b1 = body.find_child_by_attribute("trans-unit", "id", "b1");
  // The number evidence is marked in the target, with type, comment and severity.
  pugi::xml_node mrk = b1.child("target").child("mrk");
  EXPECT_STREQ(mrk.attribute("mtype").value(), "x-its");
  EXPECT_STREQ(mrk.attribute("its:locQualityIssueType").value(), "numbers");
  EXPECT_STREQ(mrk.attribute("its:locQualityIssueSeverity").value(), "100");
  EXPECT_STREQ(mrk.text().get(), "335");
  EXPECT_NE(std::string(mrk.attribute("its:locQualityIssueComment").value()).find("353 wounded"), std::string::npos);
  // The target text is exactly the bead's text (no indentation inside mixed content).
  EXPECT_EQ(std::string(b1.child("target").text().get()) + "", "PARIS (AP) — ");
  int notes = 0;
  for (pugi::xml_node n : b1.children("note")) notes += std::string(n.attribute("from").value()) == "driftalign";
  EXPECT_EQ(notes, 3);
  // A 0-1 bead: empty source, the whole target marked as an addition.
  pugi::xml_node b4 = body.find_child_by_attribute("trans-unit", "id", "b4");
  EXPECT_STREQ(b4.child("source").text().get(), "");
  EXPECT_STREQ(b4.child("target").child("mrk").attribute("its:locQualityIssueType").value(), "addition");
  EXPECT_EQ(xlf.find("<script>"), std::string::npos);
}

TEST(XliffWriterTest, Xliff2NamespacesAndMarkers) {
  std::string xlf = Xliff(Sample().report, 2);
  pugi::xml_document xml;
  ASSERT_TRUE(xml.load_string(xlf.c_str()));
  pugi::xml_node root = xml.child("xliff");
  EXPECT_STREQ(root.attribute("xmlns").value(), kXliff2Namespace);
  EXPECT_STREQ(root.attribute("version").value(), "2.1");
  EXPECT_STREQ(root.attribute("srcLang").value(), "en");
  EXPECT_STREQ(root.attribute("trgLang").value(), "fr");
  int units = 0;
  for (pugi::xml_node unit : root.child("file").children("unit")) {
    ++units;
    std::set<std::string> ids;
    for (pugi::xpath_node m : unit.select_nodes(".//mrk")) {
      EXPECT_STREQ(m.node().attribute("type").value(), "its:generic");
      EXPECT_TRUE(ids.insert(m.node().attribute("id").value()).second) << "duplicate mrk id in a unit";
    }
  }
  EXPECT_EQ(units, 6);
  std::ostringstream out;
  XliffOptions bad;
  bad.version = 3;
  EXPECT_FALSE(WriteXliff(Sample().report, bad, out).ok());
}

TEST(XliffWriterTest, WellFormedWithNamespaces) {
  testing_util::ScratchDir scratch("writers");
  const std::string& dir = scratch.path();
  for (int v : {1, 2}) {
    std::string path = dir + "/sample" + std::to_string(v) + ".xlf";
    WriteFile(path, Xliff(Sample().report, v));
    int status = 0;
    // --nsclean would drop unused declarations; --noout just parses (namespace-aware).
    std::string out = RunCommand("xmllint --noout " + path + " 2>&1", &status);
    EXPECT_EQ(status, 0) << out;
    out = RunCommand("xmllint --xpath \"count(//*[local-name()='mrk' and @*[namespace-uri()='" + std::string(kItsNamespace) +
                  "' and local-name()='locQualityIssueType']])\" " + path + " 2>&1",
              &status);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    EXPECT_EQ(out, "5") << "every flag of the sample is one ITS issue";
  }
}

// ---------------------------------------------------------------- html

TEST(HtmlWriterTest, EscapeTable) {
  struct Case {
    const char* in;
    const char* out;
  } cases[] = {
      {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
      {"\"quoted\" & 'single'", "&quot;quoted&quot; &amp; &#39;single&#39;"},
      {"« déjà »", "« déjà »"},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(EscapeHtml(c.in), c.out);
}

TEST(HtmlWriterTest, EveryInputStringIsEscaped) {
  std::string html = Html(Sample().report);
  EXPECT_EQ(Count(html, "<script"), 1u) << "only the page's own script";
  EXPECT_EQ(html.find("<script>alert"), std::string::npos);
  EXPECT_NE(html.find("Storm &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; hits coast"), std::string::npos);
  EXPECT_NE(html.find("quote &lt;&quot;We need &#39;help&#39;&quot;&gt; differs"), std::string::npos);
  EXPECT_EQ(html.find("<b>&"), std::string::npos);  // the params string of the sample
  EXPECT_EQ(html.find("http"), std::string::npos) << "self-contained: no external resource";
}

TEST(HtmlWriterTest, RowsMarksAndSummary) {
  std::string html = Html(Sample().report);
  EXPECT_EQ(Count(html, "<tr id=\"b"), 6u);
  EXPECT_EQ(Count(html, "class=\"bead null\""), 1u);
  EXPECT_EQ(Count(html, "no counterpart (unaligned)"), 1u);
  EXPECT_EQ(Count(html, "<li class=\"flag"), 5u);
  EXPECT_NE(html.find("<mark class=\"flag sev-error\" data-flags=\"b1f0\""), std::string::npos);
  EXPECT_NE(html.find(">335</mark>"), std::string::npos);
  EXPECT_NE(html.find(">13 mars</mark>"), std::string::npos);
  // Overlapping evidence (quote + partial omission inside it) is split, not nested.
  EXPECT_NE(html.find("data-flags=\"b1f1 b1f2\""), std::string::npos);
  EXPECT_NE(html.find("<b id=\"n-flags\">5</b>"), std::string::npos);
  EXPECT_NE(html.find("value=\"number_mismatch\""), std::string::npos);
}

TEST(WritersTest, SameInputSameBytes) {
  unsetenv("SOURCE_DATE_EPOCH");
  Sample s;
  const AlignmentReport& doc = s.report;
  EXPECT_EQ(Html(doc), Html(Sample().report));
  EXPECT_EQ(Tmx(doc), Tmx(Sample().report));
  EXPECT_EQ(Xliff(doc, 1), Xliff(Sample().report, 1));
  EXPECT_EQ(Xliff(doc, 2), Xliff(Sample().report, 2));
  EXPECT_EQ(Tmx(doc).find("creationdate"), std::string::npos);
  setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  EXPECT_NE(Tmx(doc).find("creationdate=\"20231114T221320Z\""), std::string::npos);
  EXPECT_NE(Xliff(doc, 1).find("date=\"2023-11-14T22:13:20Z\""), std::string::npos);
  unsetenv("SOURCE_DATE_EPOCH");
}

}  // namespace
}  // namespace driftalign::report
