// Every output format of an AlignmentReport behind one table (as
// SentencePiece's model_factory maps a model type to its class): json,
// jsonl, vecalign, tsv, html, tmx, xliff and moses (docs/formats.md).
//
//   if (!IsKnownFormat(name)) ...                // or let WriteReport say so
//   RenderOptions options;  options.git_commit = DRIFTALIGN_GIT_COMMIT;
//   RETURN_IF_ERROR(WriteReport("tmx", report, options, "out.tmx", out));
#ifndef DRIFTALIGN_REPORT_FORMAT_REGISTRY_H_
#define DRIFTALIGN_REPORT_FORMAT_REGISTRY_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/alignment_report.h"
#include "text/status.h"

namespace driftalign::report {

// What the verbs pass on to the writers that take options.
struct RenderOptions {
  // xliff: 1 writes 1.2, 2 writes 2.1. Default 1.
  int xliff_version = 1;
  // tmx and moses: also write null beads (empty other side). Default false.
  bool keep_null_beads = false;
  // Recorded in the manifest of html, tmx, xliff and moses (BuildInfo).
  // Default empty.
  std::string git_commit;
};

// The format names, in table order: json, jsonl, vecalign, tsv, html, tmx,
// xliff, moses.
std::vector<std::string_view> FormatNames();

// True when `format` is one of FormatNames().
bool IsKnownFormat(std::string_view format);

// Writes `report` in `format` to `out`. For "moses", `out` gets the TSV
// (src_text, tgt_text, score); when `output_path` is a file (not "" or "-")
// the two line-aligned files <output_path>.<src lang> and
// <output_path>.<tgt lang> and <output_path>.manifest.json are written too.
// InvalidArgument for an unknown format (the message lists the known ones)
// or from the writer; InputError when a side file cannot be written.
Status WriteReport(std::string_view format, const AlignmentReport& report, const RenderOptions& options,
                   const std::string& output_path, std::ostream& out);

}  // namespace driftalign::report

#endif  // DRIFTALIGN_REPORT_FORMAT_REGISTRY_H_
