// Batch manifest lines (ParseLine) and --resume (DoneIds) of pipeline/manifest_io.h.
#include "pipeline/manifest_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "../report/test_util.h"

namespace driftalign::pipeline {
namespace {

using report::testing_util::ReadFile;
using report::testing_util::ScratchDir;
using report::testing_util::WriteFile;

TEST(SplitTabsTest, KeepsEmptyFields) {
  EXPECT_EQ(SplitTabs("a\tb\tc"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(SplitTabs("a\t\tb"), (std::vector<std::string>{"a", "", "b"}));
  EXPECT_EQ(SplitTabs(""), (std::vector<std::string>{""}));
  EXPECT_EQ(SplitTabs("a\t"), (std::vector<std::string>{"a", ""}));
}

struct LineCase {
  const char* line;
  bool parsed;           // ParseLine's result (false: skipped)
  const char* id;        // expected job.id when parsed
  const char* src;
  const char* tgt;
  const char* src_lang;
  const char* tgt_lang;
  const char* error;     // expected job.error ("" = none)
};

const LineCase kLines[] = {
    {"", false, "", "", "", "", "", ""},
    {"   \t ", false, "", "", "", "", "", ""},
    {"# a comment", false, "", "", "", "", "", ""},
    {"  # indented comment", false, "", "", "", "", "", ""},
    {"a\ta.en\ta.fr", true, "a", "a.en", "a.fr", "en", "fr", ""},
    {"a\ta.en\ta.fr\r", true, "a", "a.en", "a.fr", "en", "fr", ""},
    {"b\tb.fr\tb.en\tfr\ten", true, "b", "b.fr", "b.en", "fr", "en", ""},
    {R"({"id": "c", "src": "c.en", "tgt": "c.fr"})", true, "c", "c.en", "c.fr", "en", "fr", ""},
    {R"({"id": 7, "src": "d.fr", "tgt": "d.en", "src_lang": "fr", "tgt_lang": "en"})", true, "7", "d.fr",
     "d.en", "fr", "en", ""},
    {"short\tonly-two", true, "short", "", "", "en", "fr",
     "manifest line 1: expected 3 or 5 tab-separated fields (id, src, tgt[, src_lang, tgt_lang]), got 2"},
    {"a\tb\tc\td", true, "a", "", "", "en", "fr",
     "manifest line 1: expected 3 or 5 tab-separated fields (id, src, tgt[, src_lang, tgt_lang]), got 4"},
    // An empty id is an error whose record keeps "line:N" (it had "id": "" before manifest_fuzzer
    // found "\t\td line without tabs"; several such lines gave records with one empty id).
    {"\ta.en\ta.fr", true, "line:1", "a.en", "a.fr", "en", "fr", "manifest line 1: id, src and tgt must be non-empty"},
    {"\t\td line without tabs", true, "line:1", "", "d line without tabs", "en", "fr",
     "manifest line 1: id, src and tgt must be non-empty"},
    {R"({"id": "", "src": "e.en", "tgt": "e.fr"})", true, "line:1", "e.en", "e.fr", "en", "fr",
     "manifest line 1: id, src and tgt must be non-empty"},
    {"a\t\ta.fr", true, "a", "", "a.fr", "en", "fr", "manifest line 1: id, src and tgt must be non-empty"},
    {"a\ta.en\ta.de\ten\tde", true, "a", "a.en", "a.de", "en", "de",
     "manifest line 1: languages must be en or fr, got en/de"},
    {"{not json", true, "line:1", "", "", "en", "fr", "manifest line 1: not a JSON object"},
    {"{\"id\": \"x\"}", true, "x", "", "", "en", "fr", "manifest line 1: id, src and tgt must be non-empty"},
};

TEST(ParseLineTest, Table) {
  for (const LineCase& c : kLines) {
    SCOPED_TRACE(c.line);
    Job job;
    ASSERT_EQ(ParseLine(c.line, 1, &job), c.parsed);
    if (!c.parsed) continue;
    EXPECT_EQ(job.line, 1);
    EXPECT_EQ(job.id, c.id);
    EXPECT_EQ(job.src, c.src);
    EXPECT_EQ(job.tgt, c.tgt);
    EXPECT_EQ(job.src_lang, c.src_lang);
    EXPECT_EQ(job.tgt_lang, c.tgt_lang);
    EXPECT_EQ(job.error, c.error);
  }
}

TEST(ParseLineTest, LineNumberInIdAndError) {
  Job job;
  ASSERT_TRUE(ParseLine("\tonly-a-path", 12, &job));
  EXPECT_EQ(job.id, "line:12");  // no id on the line
  EXPECT_EQ(job.line, 12);
  EXPECT_EQ(job.error, "manifest line 12: expected 3 or 5 tab-separated fields (id, src, tgt[, src_lang, tgt_lang]), got 2");
  ASSERT_TRUE(ParseLine("[1, 2]", 3, &job));
  EXPECT_EQ(job.id, "[1, 2]");  // the first field of a malformed line
}

TEST(CountJobsTest, CountsLinesNotSkipped) {
  ScratchDir dir("count_jobs");
  WriteFile(dir.path() + "/m.tsv", "# header\na\tx\ty\n\nbad line\n{\"id\": \"c\"}\n");
  EXPECT_EQ(CountJobs(dir.path() + "/m.tsv"), 3u);
  EXPECT_EQ(CountJobs(dir.path() + "/none.tsv"), 0u);
}

TEST(DoneIdsTest, MissingFileIsNoIds) {
  ScratchDir dir("done_ids_missing");
  StatusOr<std::set<std::string>> ids = DoneIds(dir.path() + "/out.jsonl");
  ASSERT_TRUE(ids.ok());
  EXPECT_TRUE(ids->empty());
}

TEST(DoneIdsTest, ReadsIdsAndCutsAnIncompleteLastLine) {
  ScratchDir dir("done_ids_cut");
  const std::string path = dir.path() + "/out.jsonl";
  const std::string complete = "{\"id\": \"a\", \"status\": \"ok\"}\n{\"id\": \"b\", \"status\": \"error\"}\n";
  WriteFile(path, complete + "{\"id\": \"c\", \"sta");
  StatusOr<std::set<std::string>> ids = DoneIds(path);
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  EXPECT_EQ(*ids, (std::set<std::string>{"a", "b"}));
  EXPECT_EQ(ReadFile(path), complete);  // the partial record is cut off the file
}

// A SIGKILL between writing a record and writing its newline leaves a
// complete JSON object as the last line: it is still redone (cut), since
// only the newline says the record was written whole.
TEST(DoneIdsTest, ACompleteRecordWithoutItsNewlineIsRedone) {
  ScratchDir dir("done_ids_no_newline");
  const std::string path = dir.path() + "/out.jsonl";
  const std::string complete = "{\"id\": \"a\", \"status\": \"ok\"}\n";
  WriteFile(path, complete + "{\"id\": \"b\", \"status\": \"ok\"}");
  StatusOr<std::set<std::string>> ids = DoneIds(path);
  ASSERT_TRUE(ids.ok()) << ids.status().message();
  EXPECT_EQ(*ids, (std::set<std::string>{"a"}));
  EXPECT_EQ(ReadFile(path), complete);
}

TEST(DoneIdsTest, NoNewlineAtAllCutsEverything) {
  ScratchDir dir("done_ids_all");
  const std::string path = dir.path() + "/out.jsonl";
  WriteFile(path, "{\"id\": \"a\"");
  StatusOr<std::set<std::string>> ids = DoneIds(path);
  ASSERT_TRUE(ids.ok());
  EXPECT_TRUE(ids->empty());
  EXPECT_EQ(std::filesystem::file_size(path), 0u);
}

TEST(DoneIdsTest, NotABatchRecordIsAnError) {
  ScratchDir dir("done_ids_bad");
  const std::string path = dir.path() + "/out.jsonl";
  WriteFile(path, "{\"id\": \"a\"}\n[1, 2]\n");
  StatusOr<std::set<std::string>> ids = DoneIds(path);
  ASSERT_FALSE(ids.ok());
  EXPECT_EQ(ids.status().message(), path + ":2 (byte offset 12): not a batch record; --resume needs the output "
                                            "of an earlier batch run");
}

}  // namespace
}  // namespace driftalign::pipeline
