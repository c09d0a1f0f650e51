#include "report/format_registry.h"

#include <fstream>
#include <utility>

#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/jsonl_writer.h"
#include "report/manifest.h"
#include "report/moses_writer.h"
#include "report/tmx_writer.h"
#include "report/tsv_writer.h"
#include "report/vecalign_writer.h"
#include "report/xliff_writer.h"

namespace driftalign::report {
namespace {

// One entry per format: what it writes to `out` (and beside output_path).
using WriterFn = Status (*)(const AlignmentReport& report, const RenderOptions& options,
                            const std::string& output_path, std::ostream& out);

struct Format {
  std::string_view name;
  WriterFn write;
};

Status Json(const AlignmentReport& report, const RenderOptions&, const std::string&, std::ostream& out) {
  WriteJson(report, out);
  return Status::Ok();
}

Status Jsonl(const AlignmentReport& report, const RenderOptions&, const std::string&, std::ostream& out) {
  WriteJsonl(report, out);
  return Status::Ok();
}

Status Vecalign(const AlignmentReport& report, const RenderOptions&, const std::string&, std::ostream& out) {
  WriteVecalign(report.beads, out);
  return Status::Ok();
}

Status Tsv(const AlignmentReport& report, const RenderOptions&, const std::string&, std::ostream& out) {
  WriteTsv(report, out);
  return Status::Ok();
}

Status Html(const AlignmentReport& report, const RenderOptions& options, const std::string&, std::ostream& out) {
  HtmlOptions o;
  o.build.git_commit = options.git_commit;
  return WriteHtml(report, o, out);
}

Status Tmx(const AlignmentReport& report, const RenderOptions& options, const std::string&, std::ostream& out) {
  TmxOptions o;
  o.keep_null_beads = options.keep_null_beads;
  o.build.git_commit = options.git_commit;
  return WriteTmx(report, o, out);
}

Status Xliff(const AlignmentReport& report, const RenderOptions& options, const std::string&, std::ostream& out) {
  XliffOptions o;
  o.version = options.xliff_version;
  o.build.git_commit = options.git_commit;
  return WriteXliff(report, o, out);
}

// The TSV to `out`; with a file output, the two sides and the manifest beside it.
Status Moses(const AlignmentReport& report, const RenderOptions& options, const std::string& output_path,
             std::ostream& out) {
  MosesOptions o;
  o.keep_null_beads = options.keep_null_beads;
  RETURN_IF_ERROR(WriteMosesTsv(report, o, out));
  if (output_path.empty() || output_path == "-") return Status::Ok();
  const std::string src_path = output_path + "." + report.src.lang;
  const std::string tgt_path = output_path + "." + report.tgt.lang;
  const std::string manifest_path = output_path + ".manifest.json";
  std::ofstream src(src_path, std::ios::binary), tgt(tgt_path, std::ios::binary),
      manifest(manifest_path, std::ios::binary);
  RETURN_IF_ERROR(WriteMoses(report, o, src, tgt));
  manifest << Manifest(report, BuildInfo{options.git_commit}).dump(2) << '\n';
  for (auto [stream, path] : {std::pair{&src, &src_path}, {&tgt, &tgt_path}, {&manifest, &manifest_path}}) {
    stream->flush();
    if (!*stream) return InputError(*path + ": cannot write");
  }
  return Status::Ok();
}

constexpr Format kFormats[] = {
    {"json", &Json}, {"jsonl", &Jsonl}, {"vecalign", &Vecalign}, {"tsv", &Tsv},
    {"html", &Html}, {"tmx", &Tmx},     {"xliff", &Xliff},       {"moses", &Moses},
};

const Format* Find(std::string_view name) {
  for (const Format& f : kFormats)
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace

std::vector<std::string_view> FormatNames() {
  std::vector<std::string_view> names;
  for (const Format& f : kFormats) names.push_back(f.name);
  return names;
}

bool IsKnownFormat(std::string_view format) { return Find(format) != nullptr; }

Status WriteReport(std::string_view format, const AlignmentReport& report, const RenderOptions& options,
                   const std::string& output_path, std::ostream& out) {
  const Format* f = Find(format);
  if (f == nullptr) {
    std::string known;
    for (std::string_view name : FormatNames()) known += (known.empty() ? "" : ", ") + std::string(name);
    return InvalidArgument("unknown output format \"" + std::string(format) + "\" (known: " + known + ")");
  }
  return f->write(report, options, output_path, out);
}

}  // namespace driftalign::report
