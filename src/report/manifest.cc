#include "report/manifest.h"

#include <unicode/uvernum.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "report/html_writer.h"
#include "report/moses_writer.h"
#include "report/tmx_writer.h"
#include "report/xliff_writer.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;

std::string StringAt(const Json& obj, const char* key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return "";
  return it->get<std::string>();
}

Status CheckSide(const Json& doc, const char* side) {
  auto it = doc.find(side);
  if (it == doc.end() || !it->is_object())
    return InvalidArgument(std::string("alignment JSON: \"") + side + "\" missing or not an object");
  auto sents = it->find("sentences");
  if (sents == it->end() || !sents->is_array())
    return InvalidArgument(std::string("alignment JSON: ") + side + ".sentences missing or not an array");
  for (size_t i = 0; i < sents->size(); ++i) {
    const Json& s = (*sents)[i];
    std::string where = std::string("alignment JSON: ") + side + ".sentences[" + std::to_string(i) + "]";
    if (!s.is_object() || !s.contains("text") || !s["text"].is_string())
      return InvalidArgument(where + ": expected an object with a string \"text\"");
    if (s.contains("id") && (!s["id"].is_number_integer() || s["id"].get<long long>() != static_cast<long long>(i)))
      return InvalidArgument(where + ": \"id\" must equal the position " + std::to_string(i));
  }
  return Status::Ok();
}

Status CheckIds(const Json& bead, const char* side, size_t n, const std::string& where) {
  auto it = bead.find(side);
  if (it == bead.end()) return Status::Ok();  // an absent side is an empty side
  if (!it->is_array()) return InvalidArgument(where + "." + side + ": expected an array of sentence ids");
  for (size_t k = 0; k < it->size(); ++k) {
    const Json& id = (*it)[k];
    if (!id.is_number_integer() || id.get<long long>() < 0 || id.get<long long>() >= static_cast<long long>(n))
      return InvalidArgument(where + "." + side + "[" + std::to_string(k) + "]: id " + id.dump() +
                             " out of range (" + (side[0] == 's' ? "source" : "target") + " has " +
                             std::to_string(n) + " sentences)");
  }
  return Status::Ok();
}

// Reads one span object; false when it has no usable offsets.
bool ReadSpan(const Json& doc, const char* side, const Json& j, EvidenceSpan* out) {
  if (!j.is_object()) return false;
  auto b = j.find("begin");
  auto e = j.find("end");
  if (b == j.end() || e == j.end() || !b->is_number_unsigned() || !e->is_number_unsigned()) return false;
  out->begin = b->get<size_t>();
  out->end = e->get<size_t>();
  if (out->end < out->begin) return false;
  out->text = StringAt(j, "text");
  out->sentence = -1;
  if (auto s = j.find("sentence"); s != j.end() && s->is_number_integer()) {
    if (s->get<int>() < 0) return false;  // the flag has no evidence on this side
    out->sentence = s->get<int>();
  }
  if (out->begin == out->end && out->text.empty()) return false;
  const Json& sents = doc[side]["sentences"];
  if (out->sentence >= static_cast<int>(sents.size())) out->sentence = -1;
  if (out->sentence < 0) {
    for (size_t i = 0; i < sents.size(); ++i) {
      const Json& s = sents[i];
      if (!s.contains("begin") || !s.contains("end")) break;
      size_t sb = s["begin"].get<size_t>(), se = s["end"].get<size_t>();
      if (sb <= out->begin && out->end <= se) {
        out->sentence = static_cast<int>(i);
        break;
      }
    }
  }
  return true;
}

std::vector<EvidenceSpan> ReadSpans(const Json& doc, const char* side, const Json& flag) {
  std::vector<EvidenceSpan> spans;
  std::string key(side);
  for (const std::string& name : {key + "_spans", key + "_span", key}) {
    auto it = flag.find(name);
    if (it == flag.end()) continue;
    EvidenceSpan span;
    if (it->is_array()) {
      for (const Json& j : *it)
        if (ReadSpan(doc, side, j, &span)) spans.push_back(span);
    } else if (ReadSpan(doc, side, *it, &span)) {
      spans.push_back(span);
    }
    break;
  }
  return spans;
}

}  // namespace

Status CheckAlignment(const Json& doc) {
  if (!doc.is_object()) return InvalidArgument("alignment JSON: expected an object at the top level");
  RETURN_IF_ERROR(CheckSide(doc, "src"));
  RETURN_IF_ERROR(CheckSide(doc, "tgt"));
  auto beads = doc.find("beads");
  if (beads == doc.end() || !beads->is_array())
    return InvalidArgument("alignment JSON: \"beads\" missing or not an array");
  size_t n = doc["src"]["sentences"].size(), m = doc["tgt"]["sentences"].size();
  for (size_t i = 0; i < beads->size(); ++i) {
    const Json& bead = (*beads)[i];
    std::string where = "alignment JSON: beads[" + std::to_string(i) + "]";
    if (!bead.is_object()) return InvalidArgument(where + ": expected an object");
    RETURN_IF_ERROR(CheckIds(bead, "src", n, where));
    RETURN_IF_ERROR(CheckIds(bead, "tgt", m, where));
    if (bead.contains("flags") && !bead["flags"].is_array())
      return InvalidArgument(where + ".flags: expected an array");
  }
  return Status::Ok();
}

std::optional<std::string> SourceDateEpoch(bool compact) {
  const char* env = std::getenv("SOURCE_DATE_EPOCH");
  if (env == nullptr || *env == '\0') return std::nullopt;
  errno = 0;
  char* end = nullptr;
  long long secs = std::strtoll(env, &end, 10);
  if (errno != 0 || *end != '\0' || secs < 0) return std::nullopt;
  std::time_t t = static_cast<std::time_t>(secs);
  std::tm tm{};
  if (gmtime_r(&t, &tm) == nullptr) return std::nullopt;
  char buf[32];
  std::strftime(buf, sizeof buf, compact ? "%Y%m%dT%H%M%SZ" : "%Y-%m-%dT%H:%M:%SZ", &tm);
  return std::string(buf);
}

std::string IcuVersion() { return U_ICU_VERSION; }

void StampBuild(Json* doc, std::string_view git_commit) {
  Json& tool = (*doc)["tool"];
  if (!tool.is_object()) tool = Json::object();
  tool["git_commit"] = std::string(git_commit);
  tool["icu_version"] = IcuVersion();
}

Json Manifest(const Json& doc) {
  Json m;
  const Json empty = Json::object();
  const Json& tool = doc.contains("tool") ? doc["tool"] : empty;
  std::string name = StringAt(tool, "name");
  m["tool"] = {{"name", name.empty() ? "driftalign" : name},
               {"version", StringAt(tool, "version")},
               {"git_commit", StringAt(tool, "git_commit")}};
  const Json& model = doc.contains("model") ? doc["model"] : empty;
  m["model"] = {{"name", StringAt(model, "name")}, {"sha256", StringAt(model, "sha256")}};
  std::string icu = StringAt(tool, "icu_version");
  m["icu_version"] = icu.empty() ? IcuVersion() : icu;
  m["params"] = doc.contains("params") ? doc["params"] : empty;
  Json inputs = Json::array();
  for (const char* side : {"src", "tgt"}) {
    const Json& d = doc.contains(side) ? doc[side] : empty;
    inputs.push_back({{"role", side},
                      {"lang", StringAt(d, "lang")},
                      {"path", StringAt(d, "path")},
                      {"sha256", StringAt(d, "sha256")}});
  }
  m["inputs"] = std::move(inputs);
  if (std::optional<std::string> created = SourceDateEpoch()) m["created"] = *created;
  return m;
}

std::vector<FlagView> BeadFlags(const Json& doc, const Json& bead) {
  std::vector<FlagView> flags;
  auto it = bead.find("flags");
  if (it == bead.end() || !it->is_array()) return flags;
  for (const Json& f : *it) {
    if (!f.is_object()) continue;
    FlagView v;
    v.kind = StringAt(f, "kind");
    v.severity = StringAt(f, "severity");
    if (v.severity.empty()) v.severity = "warning";
    v.message = StringAt(f, "message");
    v.src = ReadSpans(doc, "src", f);
    v.tgt = ReadSpans(doc, "tgt", f);
    flags.push_back(std::move(v));
  }
  return flags;
}

std::optional<std::pair<size_t, size_t>> LocateSpan(const Json& doc, std::string_view side,
                                                    const EvidenceSpan& span) {
  const Json& sents = doc[std::string(side)]["sentences"];
  if (span.sentence < 0 || span.sentence >= static_cast<int>(sents.size())) return std::nullopt;
  const Json& s = sents[span.sentence];
  const std::string& text = s["text"].get_ref<const std::string&>();
  auto boundary = [&](size_t i) { return i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80; };
  if (s.contains("begin") && s["begin"].is_number_unsigned()) {
    size_t base = s["begin"].get<size_t>();
    if (span.begin >= base && span.end <= base + text.size()) {
      size_t b = span.begin - base, e = span.end - base;
      if (boundary(b) && boundary(e) && (span.text.empty() || text.compare(b, e - b, span.text) == 0))
        return std::make_pair(b, e);
    }
  }
  if (span.text.empty()) return std::nullopt;
  size_t pos = text.find(span.text);
  if (pos == std::string::npos) return std::nullopt;
  return std::make_pair(pos, pos + span.text.size());
}

std::string SideText(const Json& doc, std::string_view side, const Json& ids) {
  std::string text;
  if (!ids.is_array()) return text;
  const Json& sents = doc[std::string(side)]["sentences"];
  for (const Json& id : ids) {
    if (!text.empty()) text += ' ';
    text += sents[id.get<size_t>()]["text"].get<std::string>();
  }
  return text;
}

std::string ScoreText(const Json& bead) {
  auto it = bead.find("score");
  if (it == bead.end() || !it->is_number()) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", it->get<double>());
  return buf;
}

bool IsRenderFormat(std::string_view format) {
  return format == "html" || format == "tmx" || format == "xliff" || format == "moses";
}

Status Render(std::string_view format, Json doc, const RenderOptions& options, const std::string& output_path,
              std::ostream& out) {
  StampBuild(&doc, options.git_commit);
  if (format == "html") return WriteHtml(doc, {}, out);
  if (format == "tmx") {
    TmxOptions o;
    o.keep_null_beads = options.keep_null_beads;
    return WriteTmx(doc, o, out);
  }
  if (format == "xliff") {
    XliffOptions o;
    o.version = options.xliff_version;
    return WriteXliff(doc, o, out);
  }
  if (format != "moses") return InvalidArgument("unknown output format \"" + std::string(format) + "\"");
  MosesOptions o;
  o.keep_null_beads = options.keep_null_beads;
  RETURN_IF_ERROR(WriteMosesTsv(doc, o, out));
  if (output_path.empty() || output_path == "-") return Status::Ok();
  const std::string src_path = output_path + "." + StringAt(doc["src"], "lang");
  const std::string tgt_path = output_path + "." + StringAt(doc["tgt"], "lang");
  const std::string manifest_path = output_path + ".manifest.json";
  std::ofstream src(src_path, std::ios::binary), tgt(tgt_path, std::ios::binary),
      manifest(manifest_path, std::ios::binary);
  RETURN_IF_ERROR(WriteMoses(doc, o, src, tgt));
  manifest << Manifest(doc).dump(2) << '\n';
  for (auto [stream, path] : {std::pair{&src, &src_path}, {&tgt, &tgt_path}, {&manifest, &manifest_path}}) {
    stream->flush();
    if (!*stream) return InputError(*path + ": cannot write");
  }
  return Status::Ok();
}

}  // namespace driftalign::report
