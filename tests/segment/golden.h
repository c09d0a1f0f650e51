// Reading segmentation goldens in ICU's inline format (• at each boundary).
#ifndef DRIFTALIGN_TESTS_SEGMENT_GOLDEN_H_
#define DRIFTALIGN_TESTS_SEGMENT_GOLDEN_H_

#include <string>
#include <vector>

namespace driftalign::segment {

struct GoldenCase {
  int line = 0;                        // line number in the golden file
  std::string input;                   // the text with • removed and escapes decoded
  std::vector<std::string> sentences;  // expected sentences, trimmed
};

// Decodes \n, \r, \t and \uXXXX escapes.
std::string Unescape(const std::string& s);

// Reads every case of a .golden file (one per line, # comments).
std::vector<GoldenCase> ReadGoldenFile(const std::string& path);

// Splits an inline-format text at • into trimmed, non-empty sentences.
std::vector<std::string> SplitAtBullets(const std::string& marked);

}  // namespace driftalign::segment

#endif  // DRIFTALIGN_TESTS_SEGMENT_GOLDEN_H_
