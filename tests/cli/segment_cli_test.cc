// The segment verb end to end through the real binary: exit codes and
// messages for bad input, output formats, memory on a 50 MB line.
// Related to issue #3.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace {

namespace fs = std::filesystem;

struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs the driftalign binary with `args` (a shell-quoted string).
Result RunDriftalign(const std::string& args) {
  const fs::path dir = fs::temp_directory_path() / ("driftalign-cli-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string out = (dir / "out").string(), err = (dir / "err").string();
  const std::string cmd = std::string(DRIFTALIGN_BINARY) + " " + args + " >" + out + " 2>" + err;
  const int status = std::system(cmd.c_str());
  Result r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream o(out), e(err);
  std::stringstream so, se;
  so << o.rdbuf();
  se << e.rdbuf();
  r.out = so.str();
  r.err = se.str();
  return r;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  const fs::path p = fs::temp_directory_path() / ("driftalign-cli-" + std::to_string(::getpid())) / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return p.string();
}

TEST(SegmentCliTest, SeedStoryAsJsonl) {
  Result r = RunDriftalign("segment --lang en --format jsonl " DRIFTALIGN_SOURCE_DIR "/corpus/000_cade94ca1d686b93.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("{\"id\":0,\"text\":\"Europe 1 with AFP 3:30 p.m., January 6, 2022\",\"begin\":0,\"end\":44,"
                       "\"paragraph\":0,\"kind\":\"meta\"}"),
            std::string::npos)
      << r.out.substr(0, 300);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 26);
}

TEST(SegmentCliTest, ReadsStdin) {
  Result r = RunDriftalign("segment --lang fr - < " + WriteTemp("in.txt", "Bonjour. Au revoir."));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Bonjour.\nAu revoir.\n");
}

struct BadInput {
  const char* name;
  std::string bytes;
  int exit_code;
  const char* message;  // substring expected on stderr
};

TEST(SegmentCliTest, BadInputsHaveDocumentedBehaviour) {
  const std::vector<BadInput> cases = {
      {"invalid.txt", "Il a dit \xE9t\xE9.", 2, "invalid.txt: byte offset 9: invalid UTF-8"},
      {"binary.bin", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), 2, "binary.bin: byte offset 0: invalid UTF-8 (byte 0x89)"},
      {"nul.txt", std::string("abc\0def", 7), 2, "nul.txt: byte offset 3: control byte 0x00 (NUL)"},
      {"empty.txt", "", 0, "empty.txt: no sentences"},
      {"blank.txt", " \n\t\r\n  \n", 0, "blank.txt: no sentences"},
  };
  for (const BadInput& c : cases) {
    Result r = RunDriftalign("segment --lang en " + WriteTemp(c.name, c.bytes));
    EXPECT_EQ(r.exit_code, c.exit_code) << c.name << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << c.name << ": " << r.err;
    if (c.exit_code != 0) {
      EXPECT_TRUE(r.out.empty()) << c.name;
    }
  }
}

TEST(SegmentCliTest, MissingFileAndBadFlagsAreErrors) {
  Result missing = RunDriftalign("segment --lang en /nonexistent/story.txt");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("/nonexistent/story.txt: cannot open"), std::string::npos) << missing.err;
  Result lang = RunDriftalign("segment --lang de -");
  EXPECT_EQ(lang.exit_code, 1);
  Result verb = RunDriftalign("frobnicate");
  EXPECT_EQ(verb.exit_code, 1);
}

TEST(SegmentCliTest, ReplaceInvalidWarnsAndKeepsOffsets) {
  Result r = RunDriftalign("segment --lang fr --format jsonl --replace-invalid " +
                           WriteTemp("latin1.txt", "Il a \xE9t\xE9 vu. Puis rien."));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("replaced 2 invalid UTF-8 byte(s)"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"Il a ?t? vu.\",\"begin\":0,\"end\":12"), std::string::npos) << r.out;
}

// A 50 MB single line: no crash, one pass, memory linear in the input
// (peak RSS of the child stays under 8x the input size).
TEST(SegmentCliTest, FiftyMegabyteSingleLine) {
  std::string big;
  big.reserve(50u << 20);
  const std::string chunk = "Police arrested 2,000 people in Almaty on Thursday, officials said ";
  while (big.size() + chunk.size() < (50u << 20)) big += chunk;
  big += "and then it was over.";
  const std::string path = WriteTemp("big.txt", big);
  big.clear();
  big.shrink_to_fit();
  Result r = RunDriftalign("segment --lang en --format jsonl " + path + " -o /dev/null");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  struct rusage usage {};
  getrusage(RUSAGE_CHILDREN, &usage);
#ifdef DRIFTALIGN_SANITIZED
  // AddressSanitizer (-DDRIFTALIGN_SANITIZE): every heap block gets redzones,
  // freed blocks wait in a quarantine of up to 256 MB, and the shadow memory
  // adds an eighth of what is touched.
  const long limit_kib = 3 * 8L * 50 * 1024 + 256L * 1024;
#else
  const long limit_kib = 8L * 50 * 1024;
#endif
  EXPECT_LT(usage.ru_maxrss, limit_kib) << "peak RSS (KiB) of the child";
}

}  // namespace
