// Table tests of quotation reading on its own (FactExtractor's quotation
// cases are in facts_test.cc).
#include "drift/facts/quotes.h"

#include <gtest/gtest.h>

#include <string>

namespace driftalign::drift::facts {
namespace {

struct QuoteCase {
  const char* text;
  std::vector<std::string> quotes;  // the quoted words, in order
  std::vector<int> depths;
};

TEST(QuotesTest, ExtractQuotes) {
  // clang-format off
  const QuoteCase kCases[] = {
    {"Il a dit « non ».", {"non"}, {0}},
    {"He said “yes, ‘maybe’ later”.", {"yes, ‘maybe’ later", "maybe"}, {0, 1}},
    {"Il a dit « non, puis", {"non, puis"}, {0}},                 // runs to the end
    {"fin de citation » a-t-il dit.", {"fin de citation"}, {0}},  // began earlier
    {"''La promesse ne tient plus'', dit-il.", {"La promesse ne tient plus"}, {0}},
    {"« 2 000 »", {}, {}},                                        // no letter: none
    {"l’aide d’urgence", {}, {}},
  };
  // clang-format on
  for (const QuoteCase& c : kCases) {
    const std::string s = c.text;
    std::vector<Fact> out;
    ExtractQuotes(s, &out);
    std::vector<std::string> quotes;
    std::vector<int> depths;
    for (const Fact& f : out) {
      EXPECT_EQ(f.kind, FactKind::kQuote);
      EXPECT_EQ(s.substr(f.inner_begin, f.inner_end - f.inner_begin), f.key);
      quotes.push_back(f.key);
      depths.push_back(f.depth);
    }
    EXPECT_EQ(quotes, c.quotes) << s;
    EXPECT_EQ(depths, c.depths) << s;
  }
}

// Unclosed openers each run to the end of the sentence: only those within
// kMaxQuoteBytes of it are read, the first longer one is kept as one
// too_long fact without key, and the rest are dropped, so the facts of a
// sentence of n openers cost O(n), not O(n^2).
TEST(QuotesTest, QuotationsLongerThanTheLimitAreNotRead) {
  std::string s = "Il a dit";
  const std::string unit = " « mot";  // 8 bytes
  const size_t openers = 4 * kMaxQuoteBytes / unit.size();
  for (size_t k = 0; k < openers; ++k) s += unit;
  s += ".";
  std::vector<Fact> out;
  ExtractQuotes(s, &out);
  size_t too_long = 0, key_bytes = 0;
  for (const Fact& f : out) {
    if (f.too_long) {
      ++too_long;
      EXPECT_TRUE(f.key.empty());
      EXPECT_GT(f.inner_end - f.inner_begin, kMaxQuoteBytes);
      EXPECT_EQ(f.end, s.size());
    } else {
      EXPECT_LE(f.key.size(), kMaxQuoteBytes);
      EXPECT_EQ(s.substr(f.inner_begin, f.inner_end - f.inner_begin), f.key);
    }
    key_bytes += f.key.size();
  }
  EXPECT_EQ(too_long, 1u);
  // Openers in the last kMaxQuoteBytes bytes, and the one marker.
  EXPECT_LE(out.size(), kMaxQuoteBytes / unit.size() + 2);
  EXPECT_GE(out.size(), kMaxQuoteBytes / unit.size() - 2);
  EXPECT_LE(key_bytes, out.size() * kMaxQuoteBytes);

  // A closed quotation just under the limit is read as before.
  const std::string words(kMaxQuoteBytes - 2, 'a');
  out.clear();
  ExtractQuotes("Il a dit « " + words + " ».", &out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_FALSE(out[0].too_long);
  EXPECT_EQ(out[0].key, words);
}

// Closers that match no open quotation look at the innermost 32 openers
// only: a long run of them stays linear, and a closer still finds an opener
// within that depth.
TEST(QuotesTest, UnmatchedClosersSearchABoundedDepth) {
  std::string s = "Il a dit « oui";
  for (int k = 0; k < 20; ++k) s += " “ mot";
  for (int k = 0; k < 20000; ++k) s += " »";
  s += ".";
  std::vector<Fact> out;
  ExtractQuotes(s, &out);
  ASSERT_FALSE(out.empty());
  EXPECT_EQ(out.front().depth, 0);  // the « closes: 20 “ above it are within the depth
  EXPECT_EQ(out.front().begin, s.find("«"));
}

TEST(QuotesTest, ElisionBefore) {
  const std::string s = "d\"x jusqu\"x quelqu\"x Bd\"x é\"x";
  EXPECT_TRUE(ElisionBefore(s, 1));                   // d
  EXPECT_TRUE(ElisionBefore(s, s.find("u\"x q") + 1));  // jusqu
  EXPECT_TRUE(ElisionBefore(s, s.find("quelqu") + 6));
  EXPECT_FALSE(ElisionBefore(s, s.find("Bd") + 2));   // bd
  EXPECT_FALSE(ElisionBefore(s, s.find("é") + 2));    // accented: none
}

}  // namespace
}  // namespace driftalign::drift::facts
