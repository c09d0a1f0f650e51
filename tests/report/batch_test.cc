// driftalign batch end to end (the binary, Gale-Church alignment so that no
// model is needed): error records for failing pairs, identical bytes for any
// thread count and across runs, --resume, stdin -> stdout streaming.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <thread>
#include <string>
#include <vector>

#include "test_util.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;
using testing_util::ReadFile;
using testing_util::RunCommand;
using testing_util::WriteFile;

std::vector<Json> Lines(const std::string& text) {
  std::vector<Json> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(Json::parse(line));
  return out;
}

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string corpus = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/";
    WriteFile(dir_ + "/bad.fr.txt", "Une phrase. \xC3\x28 invalide.\n");  // invalid UTF-8 at byte offset 12
    std::string m;
    m += "# id, src, tgt, langs\n";
    m += "seed-000-001\t" + corpus + "000_cade94ca1d686b93.txt\t" + corpus + "001_b5b62dc4b4f44fa5.txt\ten\tfr\n";
    m += "missing\t" + dir_ + "/nope.en.txt\t" + corpus + "001_b5b62dc4b4f44fa5.txt\n";
    m += "{\"id\": \"sample\", \"src\": \"" + std::string(DRIFTALIGN_TEST_DATA) + "/report/sample.en.txt\", \"tgt\": \"" +
         std::string(DRIFTALIGN_TEST_DATA) + "/report/sample.fr.txt\"}\n";
    m += "bad-utf8\t" + std::string(DRIFTALIGN_TEST_DATA) + "/report/sample.en.txt\t" + dir_ + "/bad.fr.txt\n";
    m += "short-line\tonly-two-fields\n";
    m += "\n";
    m += "seed-002-003\t" + corpus + "002_450d3b2fe5f1e130.txt\t" + corpus + "003_a78af1fe0153eff0.txt\n";
    manifest_ = dir_ + "/manifest.tsv";
    WriteFile(manifest_, m);
  }

  std::string Batch(const std::string& args, int* status) {
    return RunCommand("SOURCE_DATE_EPOCH= " + std::string(DRIFTALIGN_BINARY) +
                          " batch --method gale-church --no-coverage --progress never " + args + " 2>" + dir_ +
                          "/stderr.txt",
                      status);
  }

  testing_util::ScratchDir scratch_{"batch_test"};
  const std::string& dir_ = scratch_.path();
  std::string manifest_;
};

TEST_F(BatchTest, FailingPairsBecomeErrorRecordsAndTheRunGoesOn) {
  int status = -1;
  std::vector<Json> recs = Lines(Batch(manifest_ + " --threads 2", &status));
  EXPECT_EQ(status, 0);
  ASSERT_EQ(recs.size(), 6u);
  std::vector<std::string> ids, statuses;
  for (const Json& r : recs) {
    ids.push_back(r["id"]);
    statuses.push_back(r["status"]);
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"seed-000-001", "missing", "sample", "bad-utf8", "short-line", "seed-002-003"}));
  EXPECT_EQ(statuses, (std::vector<std::string>{"ok", "error", "ok", "error", "error", "ok"}));
  EXPECT_NE(recs[1]["error"]["message"].get<std::string>().find("nope.en.txt"), std::string::npos);
  EXPECT_NE(recs[3]["error"]["message"].get<std::string>().find("bad.fr.txt"), std::string::npos);
  EXPECT_NE(recs[3]["error"]["message"].get<std::string>().find("byte offset 12"), std::string::npos) << "byte offset";
  EXPECT_EQ(recs[1]["error"]["exit_code"], 2);
  // An ok record: the alignment JSON with flags and the reproducibility fields.
  const Json& a = recs[0]["alignment"];
  EXPECT_EQ(a["schema"], "driftalign/alignment/1");
  EXPECT_TRUE(a["tool"].contains("git_commit"));
  EXPECT_FALSE(a["tool"]["icu_version"].get<std::string>().empty());
  EXPECT_EQ(a["src"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(recs[0]["summary"]["beads"], a["beads"].size());
  EXPECT_EQ(ReadFile(dir_ + "/stderr.txt").find("\r"), std::string::npos) << "no progress bar off a terminal";

  Batch(manifest_ + " --strict", &status);
  EXPECT_EQ(status, 2);
}

TEST_F(BatchTest, SameBytesForAnyThreadCountAndAcrossRuns) {
  int status = 0;
  std::string one = Batch(manifest_ + " --threads 1", &status);
  std::string two = Batch(manifest_ + " --threads 2", &status);
  std::string four = Batch(manifest_ + " --threads 4", &status);
  std::string again = Batch(manifest_ + " --threads 2", &status);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(one, two);
  EXPECT_EQ(one, four);
  EXPECT_EQ(two, again);
  EXPECT_EQ(one.find("\"created\""), std::string::npos) << "no time stamp without SOURCE_DATE_EPOCH";
  std::string dated = RunCommand("SOURCE_DATE_EPOCH=1700000000 " + std::string(DRIFTALIGN_BINARY) +
                                     " batch --method gale-church --no-coverage --progress never " + manifest_ +
                                     " 2>/dev/null",
                                 &status);
  EXPECT_EQ(Lines(dated)[0]["created"], "2023-11-14T22:13:20Z");
}

TEST_F(BatchTest, StreamsStdinToStdout) {
  int status = 0;
  std::string file = Batch(manifest_, &status);
  std::string piped = Batch("- < " + manifest_, &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(file, piped);
}

TEST_F(BatchTest, ResumeSkipsIdsAlreadyWritten) {
  int status = 0;
  std::string full = Batch(manifest_, &status);
  // An interrupted run: the first two records and half of the third.
  std::vector<std::string> lines;
  std::istringstream in(full);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  ASSERT_GE(lines.size(), 3u);
  std::string out = dir_ + "/out.jsonl";
  WriteFile(out, lines[0] + "\n" + lines[1] + "\n" + lines[2].substr(0, lines[2].size() / 2));
  Batch(manifest_ + " --resume -o " + out, &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(ReadFile(out), full);
  // Nothing left to do: the file stays as it is.
  Batch(manifest_ + " --resume -o " + out, &status);
  EXPECT_EQ(ReadFile(out), full);
  Batch(manifest_ + " --resume", &status);
  EXPECT_EQ(status, 1) << "--resume needs -o FILE";
}

// Starts `driftalign batch ARGS` in the background (stderr to /dev/null); the
// pid is the binary's own (exec), so SIGKILL reaches it.
pid_t StartBatch(const std::string& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    const std::string cmd = "exec env SOURCE_DATE_EPOCH= " + std::string(DRIFTALIGN_BINARY) +
                            " batch --method gale-church --no-coverage --progress never " + args + " 2>/dev/null";
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// Kills `pid` with SIGKILL once `path` holds at least `lines` complete lines
// (or when it exits first); returns the complete lines the file then holds.
size_t KillAfterLines(pid_t pid, const std::string& path, size_t lines) {
  for (int waited_ms = 0; waited_ms < 60000; ++waited_ms) {
    const std::string data = ReadFile(path);
    if (static_cast<size_t>(std::count(data.begin(), data.end(), '\n')) >= lines) break;
    if (waitpid(pid, nullptr, WNOHANG) == pid) return static_cast<size_t>(-1);
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL) << "the run ended before it was killed";
  const std::string data = ReadFile(path);
  return static_cast<size_t>(std::count(data.begin(), data.end(), '\n'));
}

// Issue 20: a run killed with SIGKILL (twice) and resumed ends with exactly
// the records of an uninterrupted run, in order, none duplicated or cut.
TEST(BatchKillTest, KilledRunsResumeToTheUninterruptedOutput) {
  testing_util::ScratchDir scratch("batch_kill_test");
  const std::string& dir = scratch.path();
  const std::string corpus = std::string(DRIFTALIGN_SOURCE_DIR) + "/corpus/";
  std::string m;
  for (int i = 0; i < 30; ++i) {
    m += "p" + std::to_string(i) + "a\t" + corpus + "000_cade94ca1d686b93.txt\t" + corpus + "001_b5b62dc4b4f44fa5.txt\n";
    m += "p" + std::to_string(i) + "b\t" + corpus + "002_450d3b2fe5f1e130.txt\t" + corpus + "003_a78af1fe0153eff0.txt\n";
  }
  const std::string manifest = dir + "/manifest.tsv";
  WriteFile(manifest, m);
  const std::string full_path = dir + "/full.jsonl";
  int status = -1;
  RunCommand("SOURCE_DATE_EPOCH= " + std::string(DRIFTALIGN_BINARY) +
                 " batch --method gale-church --no-coverage --progress never --threads 2 " + manifest + " -o " +
                 full_path + " 2>/dev/null",
             &status);
  ASSERT_EQ(status, 0);
  const std::string full = ReadFile(full_path);
  ASSERT_EQ(std::count(full.begin(), full.end(), '\n'), 60);

  const std::string out = dir + "/out.jsonl";
  const size_t first = KillAfterLines(StartBatch("--threads 2 " + manifest + " -o " + out), out, 2);
  ASSERT_LT(first, 60u) << "killed too late to test anything";
  const size_t second = KillAfterLines(StartBatch("--threads 2 --resume " + manifest + " -o " + out), out, first + 10);
  ASSERT_LT(second, 60u) << "killed too late to test anything";
  // What survives a kill is a prefix of the uninterrupted output, perhaps with a cut last line.
  const std::string killed = ReadFile(out);
  EXPECT_EQ(full.compare(0, killed.rfind('\n') + 1, killed, 0, killed.rfind('\n') + 1), 0);
  RunCommand("SOURCE_DATE_EPOCH= " + std::string(DRIFTALIGN_BINARY) +
                 " batch --method gale-church --no-coverage --progress never --threads 1 --resume " + manifest +
                 " -o " + out + " 2>/dev/null",
             &status);
  EXPECT_EQ(status, 0);
  EXPECT_EQ(ReadFile(out), full);
}

}  // namespace
}  // namespace driftalign::report
