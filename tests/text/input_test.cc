// UTF-8 input checks: offsets in messages, BOM, repair mode. Related to issue #3.
#include <gtest/gtest.h>

#include "text/input.h"

namespace driftalign::text {
namespace {

struct BadCase {
  const char* name;
  std::string bytes;
  size_t offset;         // byte offset the message must name
  const char* expected;  // substring of the message
};

TEST(InputTest, BadBytesAreErrorsNamingTheOffset) {
  const std::vector<BadCase> cases = {
      {"lone continuation", std::string("abc\x80"), 3, "invalid UTF-8"},
      {"latin-1 e acute", std::string("caf\xE9 au lait"), 3, "invalid UTF-8"},
      {"truncated 3-byte", std::string("ab\xE2\x80"), 2, "invalid UTF-8"},
      {"overlong slash", std::string("x\xC0\xAF"), 1, "invalid UTF-8"},
      {"surrogate", std::string("ok \xED\xA0\x80"), 3, "invalid UTF-8"},
      {"beyond U+10FFFF", std::string("\xF4\x90\x80\x80"), 0, "invalid UTF-8"},
      {"NUL byte", std::string("text\0more", 9), 4, "NUL"},
      {"binary header", std::string("\x7F" "ELF\x02\x01\x01", 7), 4, "binary"},
  };
  for (const BadCase& c : cases) {
    StatusOr<Document> doc = MakeDocument("in.txt", c.bytes, {});
    ASSERT_FALSE(doc.ok()) << c.name;
    EXPECT_EQ(doc.status().code(), StatusCode::kInputError) << c.name;
    const std::string& m = doc.status().message();
    EXPECT_NE(m.find("in.txt"), std::string::npos) << m;
    EXPECT_NE(m.find("byte offset " + std::to_string(c.offset) + ":"), std::string::npos) << c.name << ": " << m;
    EXPECT_NE(m.find(c.expected), std::string::npos) << c.name << ": " << m;
  }
}

TEST(InputTest, ReplaceInvalidKeepsLengthAndReportsOffsets) {
  InputOptions opts;
  opts.replace_invalid = true;
  StatusOr<Document> doc = MakeDocument("in.txt", std::string("caf\xE9 ok \xE2\x80"), opts);
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->bytes, "caf? ok ??");
  EXPECT_EQ(doc->replaced_offsets, (std::vector<size_t>{3, 8, 9}));
  // NUL is not repaired: binary input stays an error.
  EXPECT_FALSE(MakeDocument("in.txt", std::string("a\0b", 3), opts).ok());
}

TEST(InputTest, BomIsSkippedButCounted) {
  StatusOr<Document> doc = MakeDocument("in.txt", "\xEF\xBB\xBFHello.", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->content_begin, 3u);
  EXPECT_EQ(doc->content(), "Hello.");
}

TEST(InputTest, EmptyInputIsValid) {
  StatusOr<Document> doc = MakeDocument("in.txt", "", {});
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->content().empty());
  EXPECT_EQ(doc->sha256, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

TEST(InputTest, MissingFileIsAnInputError) {
  StatusOr<Document> doc = ReadInput("/nonexistent/dir/story.txt", {});
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInputError);
  EXPECT_NE(doc.status().message().find("/nonexistent/dir/story.txt"), std::string::npos);
}

TEST(InputTest, Sha256OfKnownString) {
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace driftalign::text
