#include "align/bead_io.h"

#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <utility>

#include "text/input.h"

namespace driftalign::align {
namespace {

const char* const kSideName[2] = {"source", "target"};

// Reads the beads of one file line by line, keeping per side the next id
// expected and the line each id was first seen on (for the messages).
class BeadParser {
 public:
  BeadParser(const std::string& name, const std::optional<SentenceCounts>& counts, size_t base)
      : name_(name), counts_(counts), base_(base) {}

  StatusOr<std::vector<Bead>> Parse(std::string_view text) {
    size_t begin = 0;
    while (begin < text.size()) {
      size_t end = text.find('\n', begin);
      if (end == std::string_view::npos) end = text.size();
      ++line_no_;
      line_begin_ = begin;
      std::string_view line = text.substr(begin, end - begin);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      const size_t first = line.find_first_not_of(" \t");
      if (first != std::string_view::npos && line[first] != '#') RETURN_IF_ERROR(ParseLine(line));
      begin = end + 1;
    }
    return Finish(text.size());
  }

 private:
  Status Error(size_t at, const std::string& what) const {
    return InputError(name_ + ":" + std::to_string(line_no_) + " (byte offset " +
                      std::to_string(base_ + line_begin_ + at) + "): " + what);
  }

  Status Syntax(std::string_view line) const {
    return Error(0, "expected a bead like \"[0, 1]:[2]\" or \"[0]:[1, 2]:0.9\", got \"" +
                        std::string(line.substr(0, 80)) + (line.size() > 80 ? "...\"" : "\""));
  }

  static void SkipSpaces(std::string_view t, size_t* p) {
    while (*p < t.size() && (t[*p] == ' ' || t[*p] == '\t')) ++*p;
  }

  // "[1, 2]" at line[*p], side `side`; advances *p past the ']'.
  Status ParseList(std::string_view line, size_t* p, int side, std::vector<int>* out) {
    SkipSpaces(line, p);
    if (*p >= line.size() || line[*p] != '[') return Syntax(line);
    ++*p;
    SkipSpaces(line, p);
    if (*p < line.size() && line[*p] == ']') {
      ++*p;
      return Status::Ok();
    }
    for (;;) {
      const size_t at = *p;
      while (*p < line.size() && line[*p] >= '0' && line[*p] <= '9') ++*p;
      if (*p == at) return Syntax(line);
      const std::string_view digits = line.substr(at, *p - at);
      long id = 0;
      for (char c : digits) {
        id = id * 10 + (c - '0');
        if (id > kMaxBeadId) {
          return Error(at, std::string(kSideName[side]) + " id " + std::string(digits.substr(0, 40)) +
                               " is too large (ids are at most " + std::to_string(kMaxBeadId) + ")");
        }
      }
      RETURN_IF_ERROR(CheckId(static_cast<int>(id), at, side, out->empty()));
      out->push_back(static_cast<int>(id));
      SkipSpaces(line, p);
      if (*p < line.size() && line[*p] == ']') {
        ++*p;
        return Status::Ok();
      }
      if (*p >= line.size() || line[*p] != ',') return Syntax(line);
      ++*p;
      SkipSpaces(line, p);
    }
  }

  // Range, order, duplicates and (with counts) consecutive ids and no gaps.
  Status CheckId(int id, size_t at, int side, bool first_in_bead) {
    const std::string who = std::string(kSideName[side]) + " id " + std::to_string(id);
    if (counts_) {
      const size_t n = side == 0 ? counts_->src : counts_->tgt;
      if (static_cast<size_t>(id) >= n) {
        return Error(at, who + " out of range (the " + kSideName[side] + " has " + std::to_string(n) +
                             " sentences)");
      }
    }
    auto seen = first_line_[side].find(id);
    if (seen != first_line_[side].end()) {
      return Error(at, who + " is already in the bead on line " + std::to_string(seen->second) +
                           " (a sentence belongs to one bead)");
    }
    if (id < next_[side]) {
      return Error(at, who + " comes after id " + std::to_string(next_[side] - 1) +
                           " (beads must follow the text order)");
    }
    if (counts_ && id > next_[side]) {
      if (!first_in_bead) {
        return Error(at, who + " does not follow id " + std::to_string(next_[side] - 1) +
                             " (the ids of a bead must be consecutive)");
      }
      const std::string missing = id - next_[side] > 1 ? "sentences " + std::to_string(next_[side]) + " to " +
                                                             std::to_string(id - 1) + " are"
                                                       : "sentence " + std::to_string(next_[side]) + " is";
      return Error(at, std::string(kSideName[side]) + " " + missing +
                           " in no bead (every sentence must be in one bead)");
    }
    first_line_[side].emplace(id, line_no_);
    next_[side] = id + 1;
    return Status::Ok();
  }

  Status ParseLine(std::string_view line) {
    Bead b;
    size_t p = 0;
    RETURN_IF_ERROR(ParseList(line, &p, 0, &b.src));
    if (p >= line.size() || line[p] != ':') return Syntax(line);
    ++p;
    RETURN_IF_ERROR(ParseList(line, &p, 1, &b.tgt));
    SkipSpaces(line, &p);
    if (p < line.size()) {
      if (line[p] != ':') return Syntax(line);
      const size_t at = ++p;
      const std::string score(line.substr(p));
      char* end = nullptr;
      b.score = std::strtod(score.c_str(), &end);
      size_t used = static_cast<size_t>(end - score.c_str());
      while (used < score.size() && (score[used] == ' ' || score[used] == '\t')) ++used;
      if (used == 0 || used != score.size()) return Syntax(line);
      if (!std::isfinite(b.score)) return Error(at, "the score \"" + score + "\" is not a finite number");
    }
    if (b.src.empty() && b.tgt.empty()) return Error(0, "a bead with no sentence ([]:[])");
    beads_.push_back(std::move(b));
    return Status::Ok();
  }

  // With counts: every sentence up to the last of each side is in a bead.
  StatusOr<std::vector<Bead>> Finish(size_t text_size) {
    if (counts_) {
      const size_t n[2] = {counts_->src, counts_->tgt};
      for (int side = 0; side < 2; ++side) {
        if (static_cast<size_t>(next_[side]) == n[side]) continue;
        const std::string covered =
            next_[side] == 0 ? "none of them" : "only 0 to " + std::to_string(next_[side] - 1);
        return InputError(name_ + ": end of file (byte offset " + std::to_string(base_ + text_size) +
                          "): the " + kSideName[side] + " has " + std::to_string(n[side]) +
                          " sentences, the beads cover " + covered + (beads_.empty() ? " (no beads)" : ""));
      }
    } else if (beads_.empty()) {
      return InputError(name_ + ": no beads (the file is empty or holds only comments)");
    }
    return std::move(beads_);
  }

  const std::string& name_;
  const std::optional<SentenceCounts>& counts_;
  const size_t base_;
  int line_no_ = 0;
  size_t line_begin_ = 0;
  int next_[2] = {0, 0};
  std::unordered_map<int, int> first_line_[2];
  std::vector<Bead> beads_;
};

}  // namespace

StatusOr<std::vector<Bead>> ParseBeads(std::string_view text, const std::string& name,
                                       const std::optional<SentenceCounts>& counts, size_t base) {
  return BeadParser(name, counts, base).Parse(text);
}

StatusOr<std::vector<Bead>> ReadBeadsFile(const std::string& path, const std::optional<SentenceCounts>& counts) {
  text::InputOptions options;
  options.suggest_replace_invalid = false;  // it is for the texts, not the bead files
  ASSIGN_OR_RETURN(text::Document doc, text::ReadInput(path, options));
  return ParseBeads(doc.content(), path, counts, doc.content_begin);
}

}  // namespace driftalign::align
