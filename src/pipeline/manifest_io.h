// The batch manifest (one document pair per line) and the batch output as
// --resume reads it back (docs/batch.md). Not to be confused with the
// reproducibility manifest of report/manifest.h.
//
// A manifest line is "id<TAB>src<TAB>tgt[<TAB>src_lang<TAB>tgt_lang]" or a
// JSON object {"id": .., "src": .., "tgt": .., "src_lang": .., "tgt_lang": ..};
// blank lines and lines starting with '#' are skipped; languages default en/fr.
//
//   Job job;
//   if (ParseLine(line, lineno, &job) && job.error.empty()) ... job.src, job.tgt ...
#ifndef DRIFTALIGN_PIPELINE_MANIFEST_IO_H_
#define DRIFTALIGN_PIPELINE_MANIFEST_IO_H_

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "text/status.h"

namespace driftalign::pipeline {

// One line of the manifest.
struct Job {
  size_t seq = 0;           // position among the jobs written (output order)
  int line = 0;             // 1-based line in the manifest
  std::string id, src, tgt;
  std::string src_lang = "en", tgt_lang = "fr";
  std::string error;        // a malformed manifest line: the record is an error
};

// The fields of a tab-separated line ("a\t\tb" -> "a", "", "b").
std::vector<std::string> SplitTabs(const std::string& line);

// Parses manifest line `lineno` (1-based; a trailing '\r' is ignored) into
// *job. Returns false for a line to skip (blank or '#' comment). A malformed
// line returns true with job->error set ("manifest line N: ...") and job->id
// the line's id when known, else "line:N".
bool ParseLine(std::string line, int lineno, Job* job);

// The number of lines of the file at `path` that ParseLine does not skip
// (0 when it cannot be read): the progress total.
size_t CountJobs(const std::string& path);

// The ids of the records already in the batch output `path` (for --resume;
// none when the file does not exist). A last line without its newline (an
// interrupted run) is cut off the file, with a note on stderr. An InputError
// when a complete line is not a batch record.
StatusOr<std::set<std::string>> DoneIds(const std::string& path);

}  // namespace driftalign::pipeline

#endif  // DRIFTALIGN_PIPELINE_MANIFEST_IO_H_
