#include "report/xliff_writer.h"

#include <pugixml.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "report/tmx_writer.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;

// One annotation to write inside the text of one side of a bead:
// [begin, end) in the joined side text, or the whole text when `whole`.
struct Mark {
  size_t begin = 0, end = 0;
  bool whole = false;
  const drift::Flag* flag = nullptr;
};

// The evidence `span` as a range of SideText(doc, ids), or nullopt when
// there is none, it is outside the bead, or it cannot be located.
std::optional<std::pair<size_t, size_t>> Place(const DocumentInfo& doc, const std::vector<int>& ids,
                                               const drift::Span& span) {
  std::optional<drift::Span> s = Evidence(doc, span);
  if (!s) return std::nullopt;
  size_t offset = 0, k = 0;  // offset of sentence ids[k] in the joined text
  for (; k < ids.size() && ids[k] != s->sentence; ++k) offset += Sentences(doc)[ids[k]].text.size() + 1;
  if (k == ids.size()) return std::nullopt;
  std::optional<std::pair<size_t, size_t>> r = LocateSpan(doc, *s);
  if (!r || r->first == r->second) return std::nullopt;
  return std::make_pair(offset + r->first, offset + r->second);
}

bool Overlaps(const std::vector<Mark>& marks, size_t b, size_t e) {
  for (const Mark& m : marks)
    if (!m.whole && b < m.end && m.begin < e) return true;
  return false;
}

// Chooses where each flag is written: its target span, else its source
// span, else around the whole target (whole source for a 1-0 bead).
void AssignMarks(const AlignmentReport& report, size_t i, std::vector<Mark>* src_marks,
                 std::vector<Mark>* tgt_marks) {
  const align::Bead& bead = report.beads[i];
  for (const drift::Flag& f : BeadFlags(report, i)) {
    bool placed = false;
    for (int pass = 0; pass < 2 && !placed; ++pass) {
      std::vector<Mark>* marks = pass == 0 ? tgt_marks : src_marks;
      auto range = pass == 0 ? Place(report.tgt, bead.tgt, f.tgt) : Place(report.src, bead.src, f.src);
      if (!range || Overlaps(*marks, range->first, range->second)) continue;
      marks->push_back({range->first, range->second, false, &f});
      placed = true;
    }
    if (!placed) (bead.tgt.empty() ? src_marks : tgt_marks)->push_back({0, 0, true, &f});
  }
}

std::string ToString(int v) { return std::to_string(v); }

int NotePriority(drift::Severity severity) {
  if (severity == drift::Severity::kError) return 1;
  if (severity == drift::Severity::kWarning) return 3;
  return 5;
}

// Writes `text` into `parent` with each mark as an <mrk> made by `make_mrk`.
// Mixed content starts and ends with a text node, even an empty one, so that
// the indenting writer adds no whitespace inside it.
template <typename MakeMrk>
void WriteMarked(pugi::xml_node parent, const std::string& text, std::vector<Mark> marks, MakeMrk make_mrk) {
  auto guard = [](pugi::xml_node node) { node.append_child(pugi::node_pcdata); };
  if (!marks.empty()) guard(parent);
  pugi::xml_node outer = parent;
  for (const Mark& m : marks) {
    if (!m.whole) continue;
    parent = make_mrk(parent, *m.flag);
    guard(parent);
  }
  std::vector<Mark> inline_marks;
  for (const Mark& m : marks)
    if (!m.whole) inline_marks.push_back(m);
  std::stable_sort(inline_marks.begin(), inline_marks.end(),
                   [](const Mark& a, const Mark& b) { return a.begin < b.begin; });
  size_t at = 0;
  auto add_text = [](pugi::xml_node node, std::string_view piece) {
    if (!piece.empty()) node.append_child(pugi::node_pcdata).set_value(XmlSafe(piece).c_str());
  };
  for (const Mark& m : inline_marks) {
    add_text(parent, std::string_view(text).substr(at, m.begin - at));
    add_text(make_mrk(parent, *m.flag), std::string_view(text).substr(m.begin, m.end - m.begin));
    at = m.end;
  }
  add_text(parent, std::string_view(text).substr(at));
  for (pugi::xml_node n = parent; !marks.empty(); n = n.parent()) {
    guard(n);
    if (n == outer) break;
  }
}

void SetIts(pugi::xml_node mrk, const drift::Flag& f) {
  const std::string kind(drift::FlagKindName(f.kind));
  mrk.append_attribute("its:locQualityIssueType") = std::string(ItsIssueType(kind)).c_str();
  mrk.append_attribute("its:locQualityIssueComment") = XmlSafe(kind + ": " + f.message).c_str();
  mrk.append_attribute("its:locQualityIssueSeverity") = ItsSeverity(drift::SeverityName(f.severity));
}

void Declaration(pugi::xml_document* xml) {
  pugi::xml_node decl = xml->append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
}

void WriteXliff12(const AlignmentReport& report, const Json& manifest, pugi::xml_document* xml) {
  const std::string& src_lang = report.src.lang;
  const std::string& tgt_lang = report.tgt.lang;
  pugi::xml_node root = xml->append_child("xliff");
  root.append_attribute("version") = "1.2";
  root.append_attribute("xmlns") = kXliff12Namespace;
  root.append_attribute("xmlns:its") = kItsNamespace;
  root.append_attribute("its:version") = "2.0";
  pugi::xml_node file = root.append_child("file");
  file.append_attribute("original") = XmlSafe(report.src.path).c_str();
  file.append_attribute("source-language") = src_lang.c_str();
  file.append_attribute("target-language") = tgt_lang.c_str();
  file.append_attribute("datatype") = "plaintext";
  file.append_attribute("tool-id") = "driftalign";
  if (std::optional<std::string> when = SourceDateEpoch()) file.append_attribute("date") = when->c_str();
  pugi::xml_node header = file.append_child("header");
  pugi::xml_node tool = header.append_child("tool");
  tool.append_attribute("tool-id") = "driftalign";
  tool.append_attribute("tool-name") = manifest["tool"]["name"].get<std::string>().c_str();
  tool.append_attribute("tool-version") = manifest["tool"]["version"].get<std::string>().c_str();
  pugi::xml_node note = header.append_child("note");
  note.append_attribute("from") = "driftalign-manifest";
  note.text() = XmlSafe(manifest.dump()).c_str();
  pugi::xml_node body = file.append_child("body");

  for (size_t i = 0; i < report.beads.size(); ++i) {
    const align::Bead& bead = report.beads[i];
    std::vector<Mark> src_marks, tgt_marks;
    AssignMarks(report, i, &src_marks, &tgt_marks);
    pugi::xml_node tu = body.append_child("trans-unit");
    tu.append_attribute("id") = ("b" + std::to_string(i)).c_str();
    tu.append_attribute("extradata") = ("score=" + ScoreText(bead.score)).c_str();
    auto make_mrk = [](pugi::xml_node parent, const drift::Flag& f) {
      pugi::xml_node mrk = parent.append_child("mrk");
      mrk.append_attribute("mtype") = "x-its";
      SetIts(mrk, f);
      return mrk;
    };
    pugi::xml_node source = tu.append_child("source");
    source.append_attribute("xml:lang") = src_lang.c_str();
    WriteMarked(source, SideText(report.src, bead.src), src_marks, make_mrk);
    pugi::xml_node target = tu.append_child("target");
    target.append_attribute("xml:lang") = tgt_lang.c_str();
    WriteMarked(target, SideText(report.tgt, bead.tgt), tgt_marks, make_mrk);
    for (const drift::Flag& f : BeadFlags(report, i)) {
      pugi::xml_node n = tu.append_child("note");
      n.append_attribute("from") = "driftalign";
      n.append_attribute("priority") = NotePriority(f.severity);
      n.text() = XmlSafe(FlagLine(f)).c_str();
    }
  }
}

void WriteXliff2(const AlignmentReport& report, const Json& manifest, pugi::xml_document* xml) {
  pugi::xml_node root = xml->append_child("xliff");
  root.append_attribute("xmlns") = kXliff2Namespace;
  root.append_attribute("xmlns:its") = kItsNamespace;
  root.append_attribute("version") = "2.1";
  root.append_attribute("srcLang") = report.src.lang.c_str();
  root.append_attribute("trgLang") = report.tgt.lang.c_str();
  root.append_attribute("its:version") = "2.0";
  pugi::xml_node file = root.append_child("file");
  file.append_attribute("id") = "f1";
  file.append_attribute("original") = XmlSafe(report.src.path).c_str();
  pugi::xml_node note = file.append_child("notes").append_child("note");
  note.append_attribute("category") = "driftalign-manifest";
  note.text() = XmlSafe(manifest.dump()).c_str();

  for (size_t i = 0; i < report.beads.size(); ++i) {
    const align::Bead& bead = report.beads[i];
    std::vector<Mark> src_marks, tgt_marks;
    AssignMarks(report, i, &src_marks, &tgt_marks);
    pugi::xml_node unit = file.append_child("unit");
    unit.append_attribute("id") = ("b" + std::to_string(i)).c_str();
    pugi::xml_node notes = unit.append_child("notes");
    pugi::xml_node score = notes.append_child("note");
    score.append_attribute("category") = "driftalign-score";
    score.text() = ScoreText(bead.score).c_str();
    for (const drift::Flag& f : BeadFlags(report, i)) {
      pugi::xml_node n = notes.append_child("note");
      n.append_attribute("category") = "driftalign-flag";
      n.append_attribute("priority") = NotePriority(f.severity);
      n.text() = XmlSafe(FlagLine(f)).c_str();
    }
    int next_id = 1;
    auto make_mrk = [&next_id](pugi::xml_node parent, const drift::Flag& f) {
      pugi::xml_node mrk = parent.append_child("mrk");
      mrk.append_attribute("id") = ("m" + ToString(next_id++)).c_str();
      mrk.append_attribute("type") = "its:generic";
      SetIts(mrk, f);
      return mrk;
    };
    pugi::xml_node segment = unit.append_child("segment");
    WriteMarked(segment.append_child("source"), SideText(report.src, bead.src), src_marks, make_mrk);
    WriteMarked(segment.append_child("target"), SideText(report.tgt, bead.tgt), tgt_marks, make_mrk);
  }
}

}  // namespace

std::string_view ItsIssueType(std::string_view kind) {
  if (kind == "number_mismatch" || kind == "number_missing" || kind == "number_added") return "numbers";
  if (kind == "date_mismatch" || kind == "quote_mismatch") return "mistranslation";
  if (kind == "quote_missing") return "inconsistency";
  if (kind == "entity_mismatch") return "inconsistent-entities";
  if (kind == "omission" || kind == "partial_omission") return "omission";
  if (kind == "addition" || kind == "partial_addition") return "addition";
  if (kind == "negation_mismatch") return "mistranslation";
  if (kind == "untranslated") return "untranslated";
  if (kind == "repeated_words") return "duplication";
  return "other";
}

int ItsSeverity(std::string_view severity) {
  if (severity == "error") return 100;
  if (severity == "warning") return 50;
  return 10;
}

Status WriteXliff(const AlignmentReport& report, const XliffOptions& options, std::ostream& out) {
  if (options.version != 1 && options.version != 2)
    return InvalidArgument("XLIFF version must be 1 (1.2) or 2 (2.1), got " + std::to_string(options.version));
  RETURN_IF_ERROR(CheckReport(report));
  const Json manifest = Manifest(report, options.build);
  pugi::xml_document xml;
  Declaration(&xml);
  if (options.version == 1) {
    WriteXliff12(report, manifest, &xml);
  } else {
    WriteXliff2(report, manifest, &xml);
  }
  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return Status::Ok();
}

}  // namespace driftalign::report
