#include "report/xliff_writer.h"

#include <pugixml.hpp>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "report/manifest.h"
#include "report/tmx_writer.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;

// One annotation to write inside the text of one side of a bead:
// [begin, end) in the joined side text, or the whole text when `whole`.
struct Mark {
  size_t begin = 0, end = 0;
  bool whole = false;
  const FlagView* flag = nullptr;
};

// Byte offset of each sentence of `ids` inside SideText(doc, side, ids).
std::vector<size_t> SentenceOffsets(const Json& doc, const char* side, const Json& ids) {
  std::vector<size_t> offsets;
  size_t at = 0;
  for (const Json& id : ids) {
    offsets.push_back(at);
    at += doc[side]["sentences"][id.get<size_t>()]["text"].get_ref<const std::string&>().size() + 1;
  }
  return offsets;
}

// The spans of `spans` as ranges of the joined text of the bead's side, or
// nullopt when one of them is outside the bead or cannot be located.
std::optional<std::vector<std::pair<size_t, size_t>>> Place(const Json& doc, const char* side,
                                                            const Json& ids,
                                                            const std::vector<EvidenceSpan>& spans) {
  if (spans.empty()) return std::nullopt;
  std::vector<size_t> offsets = SentenceOffsets(doc, side, ids);
  std::vector<std::pair<size_t, size_t>> ranges;
  for (const EvidenceSpan& s : spans) {
    size_t k = 0;
    while (k < ids.size() && ids[k].get<int>() != s.sentence) ++k;
    if (k == ids.size()) return std::nullopt;
    std::optional<std::pair<size_t, size_t>> r = LocateSpan(doc, side, s);
    if (!r || r->first == r->second) return std::nullopt;
    ranges.emplace_back(offsets[k] + r->first, offsets[k] + r->second);
  }
  return ranges;
}

bool Overlaps(const std::vector<Mark>& marks, size_t b, size_t e) {
  for (const Mark& m : marks)
    if (!m.whole && b < m.end && m.begin < e) return true;
  return false;
}

// Chooses where each flag is written: its target spans, else its source
// spans, else around the whole target (whole source for a 1-0 bead).
void AssignMarks(const Json& doc, const Json& bead, const std::vector<FlagView>& flags,
                 std::vector<Mark>* src_marks, std::vector<Mark>* tgt_marks) {
  const Json none = Json::array();
  const Json& src = bead.contains("src") ? bead["src"] : none;
  const Json& tgt = bead.contains("tgt") ? bead["tgt"] : none;
  for (const FlagView& f : flags) {
    bool placed = false;
    for (int pass = 0; pass < 2 && !placed; ++pass) {
      const char* side = pass == 0 ? "tgt" : "src";
      std::vector<Mark>* marks = pass == 0 ? tgt_marks : src_marks;
      auto ranges = Place(doc, side, pass == 0 ? tgt : src, pass == 0 ? f.tgt : f.src);
      if (!ranges) continue;
      bool free = true;
      for (const auto& [b, e] : *ranges) free = free && !Overlaps(*marks, b, e);
      for (size_t i = 0; free && i < ranges->size(); ++i)
        for (size_t j = 0; j < i; ++j)
          if ((*ranges)[i].first < (*ranges)[j].second && (*ranges)[j].first < (*ranges)[i].second) free = false;
      if (!free) continue;
      for (const auto& [b, e] : *ranges) marks->push_back({b, e, false, &f});
      placed = true;
    }
    if (!placed) (tgt.empty() ? src_marks : tgt_marks)->push_back({0, 0, true, &f});
  }
}

std::string ToString(int v) { return std::to_string(v); }

int NotePriority(std::string_view severity) {
  if (severity == "error") return 1;
  if (severity == "warning") return 3;
  return 5;
}

std::string FlagLine(const FlagView& f) { return f.severity + " " + f.kind + ": " + f.message; }

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

void SetIts(pugi::xml_node mrk, const FlagView& f) {
  mrk.append_attribute("its:locQualityIssueType") = std::string(ItsIssueType(f.kind)).c_str();
  mrk.append_attribute("its:locQualityIssueComment") = XmlSafe(f.kind + ": " + f.message).c_str();
  mrk.append_attribute("its:locQualityIssueSeverity") = ItsSeverity(f.severity);
}

void Declaration(pugi::xml_document* xml) {
  pugi::xml_node decl = xml->append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
}

void WriteXliff12(const Json& doc, const Json& manifest, pugi::xml_document* xml) {
  const std::string src_lang = doc["src"].value("lang", "en");
  const std::string tgt_lang = doc["tgt"].value("lang", "fr");
  pugi::xml_node root = xml->append_child("xliff");
  root.append_attribute("version") = "1.2";
  root.append_attribute("xmlns") = kXliff12Namespace;
  root.append_attribute("xmlns:its") = kItsNamespace;
  root.append_attribute("its:version") = "2.0";
  pugi::xml_node file = root.append_child("file");
  file.append_attribute("original") = XmlSafe(doc["src"].value("path", "")).c_str();
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

  const Json& beads = doc["beads"];
  const Json none = Json::array();
  for (size_t i = 0; i < beads.size(); ++i) {
    const Json& bead = beads[i];
    const Json& src = bead.contains("src") ? bead["src"] : none;
    const Json& tgt = bead.contains("tgt") ? bead["tgt"] : none;
    std::vector<FlagView> flags = BeadFlags(doc, bead);
    std::vector<Mark> src_marks, tgt_marks;
    AssignMarks(doc, bead, flags, &src_marks, &tgt_marks);
    pugi::xml_node tu = body.append_child("trans-unit");
    tu.append_attribute("id") = ("b" + std::to_string(i)).c_str();
    std::string score = ScoreText(bead);
    if (!score.empty()) tu.append_attribute("extradata") = ("score=" + score).c_str();
    auto make_mrk = [](pugi::xml_node parent, const FlagView& f) {
      pugi::xml_node mrk = parent.append_child("mrk");
      mrk.append_attribute("mtype") = "x-its";
      SetIts(mrk, f);
      return mrk;
    };
    pugi::xml_node source = tu.append_child("source");
    source.append_attribute("xml:lang") = src_lang.c_str();
    WriteMarked(source, SideText(doc, "src", src), src_marks, make_mrk);
    pugi::xml_node target = tu.append_child("target");
    target.append_attribute("xml:lang") = tgt_lang.c_str();
    WriteMarked(target, SideText(doc, "tgt", tgt), tgt_marks, make_mrk);
    for (const FlagView& f : flags) {
      pugi::xml_node n = tu.append_child("note");
      n.append_attribute("from") = "driftalign";
      n.append_attribute("priority") = NotePriority(f.severity);
      n.text() = XmlSafe(FlagLine(f)).c_str();
    }
  }
}

void WriteXliff2(const Json& doc, const Json& manifest, pugi::xml_document* xml) {
  pugi::xml_node root = xml->append_child("xliff");
  root.append_attribute("xmlns") = kXliff2Namespace;
  root.append_attribute("xmlns:its") = kItsNamespace;
  root.append_attribute("version") = "2.1";
  root.append_attribute("srcLang") = doc["src"].value("lang", "en").c_str();
  root.append_attribute("trgLang") = doc["tgt"].value("lang", "fr").c_str();
  root.append_attribute("its:version") = "2.0";
  pugi::xml_node file = root.append_child("file");
  file.append_attribute("id") = "f1";
  file.append_attribute("original") = XmlSafe(doc["src"].value("path", "")).c_str();
  pugi::xml_node note = file.append_child("notes").append_child("note");
  note.append_attribute("category") = "driftalign-manifest";
  note.text() = XmlSafe(manifest.dump()).c_str();

  const Json& beads = doc["beads"];
  const Json none = Json::array();
  for (size_t i = 0; i < beads.size(); ++i) {
    const Json& bead = beads[i];
    const Json& src = bead.contains("src") ? bead["src"] : none;
    const Json& tgt = bead.contains("tgt") ? bead["tgt"] : none;
    std::vector<FlagView> flags = BeadFlags(doc, bead);
    std::vector<Mark> src_marks, tgt_marks;
    AssignMarks(doc, bead, flags, &src_marks, &tgt_marks);
    pugi::xml_node unit = file.append_child("unit");
    unit.append_attribute("id") = ("b" + std::to_string(i)).c_str();
    pugi::xml_node notes;
    std::string score = ScoreText(bead);
    if (!score.empty() || !flags.empty()) notes = unit.append_child("notes");
    if (!score.empty()) {
      pugi::xml_node n = notes.append_child("note");
      n.append_attribute("category") = "driftalign-score";
      n.text() = score.c_str();
    }
    for (const FlagView& f : flags) {
      pugi::xml_node n = notes.append_child("note");
      n.append_attribute("category") = "driftalign-flag";
      n.append_attribute("priority") = NotePriority(f.severity);
      n.text() = XmlSafe(FlagLine(f)).c_str();
    }
    int next_id = 1;
    auto make_mrk = [&next_id](pugi::xml_node parent, const FlagView& f) {
      pugi::xml_node mrk = parent.append_child("mrk");
      mrk.append_attribute("id") = ("m" + ToString(next_id++)).c_str();
      mrk.append_attribute("type") = "its:generic";
      SetIts(mrk, f);
      return mrk;
    };
    pugi::xml_node segment = unit.append_child("segment");
    WriteMarked(segment.append_child("source"), SideText(doc, "src", src), src_marks, make_mrk);
    WriteMarked(segment.append_child("target"), SideText(doc, "tgt", tgt), tgt_marks, make_mrk);
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
  return "other";
}

int ItsSeverity(std::string_view severity) {
  if (severity == "error") return 100;
  if (severity == "warning") return 50;
  return 10;
}

Status WriteXliff(const Json& doc, const XliffOptions& options, std::ostream& out) {
  if (options.version != 1 && options.version != 2)
    return InvalidArgument("XLIFF version must be 1 (1.2) or 2 (2.1), got " + std::to_string(options.version));
  RETURN_IF_ERROR(CheckAlignment(doc));
  const Json manifest = Manifest(doc);
  pugi::xml_document xml;
  Declaration(&xml);
  if (options.version == 1) {
    WriteXliff12(doc, manifest, &xml);
  } else {
    WriteXliff2(doc, manifest, &xml);
  }
  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return Status::Ok();
}

}  // namespace driftalign::report
