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
