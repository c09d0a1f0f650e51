#include "align/bead_io.h"

#include <fstream>
#include <string_view>

namespace driftalign::align {

StatusOr<std::vector<Bead>> ReadBeadsFile(const std::string& path, size_t n_src, size_t n_tgt) {
  std::ifstream in(path);
  if (!in) return InputError(path + ": cannot open the beads file");
  std::vector<Bead> beads;
  std::string line;
  int lineno = 0;
  auto parse_list = [](std::string_view s, std::vector<int>* out) {
    std::string num;
    for (char c : s) {
      if (c >= '0' && c <= '9') num += c;
      else if (!num.empty()) { out->push_back(std::stoi(num)); num.clear(); }
    }
    if (!num.empty()) out->push_back(std::stoi(num));
  };
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    size_t a0 = line.find('['), a1 = line.find(']'), b0 = line.find('[', a1 + 1),
           b1 = line.find(']', b0 == std::string::npos ? a1 : b0);
    if (a0 == std::string::npos || a1 == std::string::npos || b0 == std::string::npos ||
        b1 == std::string::npos) {
      return InputError(path + ":" + std::to_string(lineno) + ": expected a bead like [0, 1]:[2], got \"" +
                        line + "\"");
    }
    Bead b;
    parse_list(std::string_view(line).substr(a0 + 1, a1 - a0 - 1), &b.src);
    parse_list(std::string_view(line).substr(b0 + 1, b1 - b0 - 1), &b.tgt);
    for (int id : b.src) {
      if (id < 0 || static_cast<size_t>(id) >= n_src) {
        return InputError(path + ":" + std::to_string(lineno) + ": source id " + std::to_string(id) +
                          " out of range (the source has " + std::to_string(n_src) + " sentences)");
      }
    }
    for (int id : b.tgt) {
      if (id < 0 || static_cast<size_t>(id) >= n_tgt) {
        return InputError(path + ":" + std::to_string(lineno) + ": target id " + std::to_string(id) +
                          " out of range (the target has " + std::to_string(n_tgt) + " sentences)");
      }
    }
    b.score = 1.0;
    beads.push_back(std::move(b));
  }
  return beads;
}

}  // namespace driftalign::align
