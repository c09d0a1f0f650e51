// Reading text input: a file or stdin as exact bytes, checked to be UTF-8.
//
// Every later stage keeps byte offsets into Document::bytes, which has the
// same length as the original input (a repaired byte stays one byte), so a
// span reported anywhere can be cut out of the user's file unchanged.
//
//   text::InputOptions opts;
//   StatusOr<text::Document> doc = text::ReadInput("story.fr.txt", opts);
//   if (!doc.ok()) { std::cerr << doc.status().message(); }
#ifndef DRIFTALIGN_TEXT_INPUT_H_
#define DRIFTALIGN_TEXT_INPUT_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "text/status.h"

namespace driftalign::text {

struct InputOptions {
  // Replace each byte of an invalid UTF-8 sequence by '?' instead of failing.
  // Offsets stay exact (one byte for one byte); the replaced offsets are
  // listed in Document::replaced_offsets so callers can report them.
  // Default false: invalid UTF-8 is an input error naming the byte offset.
  bool replace_invalid = false;
  // Whether the invalid UTF-8 error suggests --replace-invalid. Default true;
  // false for readers whose verb has no such flag (bead files: `score`).
  bool suggest_replace_invalid = true;
};

struct Document {
  std::string path;        // as given; "-" means stdin
  std::string bytes;       // the input, byte for byte (repaired bytes aside)
  size_t content_begin = 0;  // 3 when the input starts with a UTF-8 BOM, else 0
  std::vector<size_t> replaced_offsets;  // offsets replaced (replace_invalid only)
  std::string sha256;      // hex SHA-256 of the original bytes, as read

  // The text the segmenter reads: bytes after the BOM.
  std::string_view content() const {
    return std::string_view(bytes).substr(content_begin);
  }
};

// Called first thing in main: when the process started with standard input
// closed (`<&-`), puts /dev/null on descriptor 0, so that no file the program
// opens later takes descriptor 0 and gets read as stdin, and remembers that
// stdin was closed for CheckInputPath.
void HoldClosedStdin();

// Ok when `path` can be read as an input stream: "-" needs an open standard
// input ("<stdin>: standard input is closed ..." otherwise), and a path must
// not name a directory ("<path>: is a directory, not a file"). A path that
// does not exist or cannot be read is left to the caller's open, which says
// why. Every verb that reads a file or stdin goes through this check (text
// inputs, bead files, the batch manifest, the model).
Status CheckInputPath(const std::string& path);

// Reads `path` ("-" for stdin) completely and validates it (see CheckText).
StatusOr<Document> ReadInput(const std::string& path, const InputOptions& options);

// Builds a Document from bytes already in memory; `name` is used in messages.
StatusOr<Document> MakeDocument(std::string name, std::string bytes,
                                const InputOptions& options);

// Hex SHA-256 of `data` (OpenSSL).
std::string Sha256Hex(std::string_view data);

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_INPUT_H_
