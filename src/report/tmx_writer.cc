#include "report/tmx_writer.h"

#include <pugixml.hpp>

#include "report/manifest.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;

void AddProp(pugi::xml_node parent, const std::string& type, const std::string& value) {
  pugi::xml_node prop = parent.append_child("prop");
  prop.append_attribute("type") = type.c_str();
  prop.text() = XmlSafe(value).c_str();
}

std::string FlagLine(const FlagView& f) { return f.severity + " " + f.kind + ": " + f.message; }

}  // namespace

std::string XmlSafe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      out += "\xEF\xBF\xBD";
    } else if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(text[i + 2]) == 0xBE || static_cast<unsigned char>(text[i + 2]) == 0xBF)) {
      out += "\xEF\xBF\xBD";  // U+FFFE, U+FFFF
      i += 2;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

Status WriteTmx(const Json& doc, const TmxOptions& options, std::ostream& out) {
  RETURN_IF_ERROR(CheckAlignment(doc));
  const Json manifest = Manifest(doc);
  const std::string src_lang = doc["src"].value("lang", "en");
  const std::string tgt_lang = doc["tgt"].value("lang", "fr");

  pugi::xml_document xml;
  pugi::xml_node decl = xml.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  if (!options.dtd_system_id.empty()) {
    xml.append_child(pugi::node_doctype).set_value(("tmx SYSTEM \"" + options.dtd_system_id + "\"").c_str());
  }
  pugi::xml_node tmx = xml.append_child("tmx");
  tmx.append_attribute("version") = "1.4";
  pugi::xml_node header = tmx.append_child("header");
  header.append_attribute("creationtool") = manifest["tool"]["name"].get<std::string>().c_str();
  header.append_attribute("creationtoolversion") = manifest["tool"]["version"].get<std::string>().c_str();
  header.append_attribute("segtype") = "sentence";
  header.append_attribute("o-tmf") = "driftalign/alignment/1";
  header.append_attribute("adminlang") = "en";
  header.append_attribute("srclang") = src_lang.c_str();
  header.append_attribute("datatype") = "plaintext";
  if (std::optional<std::string> when = SourceDateEpoch(/*compact=*/true)) {
    header.append_attribute("creationdate") = when->c_str();
  }
  AddProp(header, "x-driftalign-git-commit", manifest["tool"]["git_commit"]);
  AddProp(header, "x-driftalign-model", manifest["model"]["name"]);
  AddProp(header, "x-driftalign-model-sha256", manifest["model"]["sha256"]);
  AddProp(header, "x-driftalign-icu-version", manifest["icu_version"]);
  AddProp(header, "x-driftalign-params", manifest["params"].dump());
  for (const Json& in : manifest["inputs"]) {
    std::string role = in["role"];
    AddProp(header, "x-driftalign-" + role + "-path", in["path"]);
    AddProp(header, "x-driftalign-" + role + "-sha256", in["sha256"]);
  }

  pugi::xml_node body = tmx.append_child("body");
  const Json& beads = doc["beads"];
  for (size_t i = 0; i < beads.size(); ++i) {
    const Json& bead = beads[i];
    const Json none = Json::array();
    const Json& src = bead.contains("src") ? bead["src"] : none;
    const Json& tgt = bead.contains("tgt") ? bead["tgt"] : none;
    if ((src.empty() || tgt.empty()) && !options.keep_null_beads) continue;
    pugi::xml_node tu = body.append_child("tu");
    tu.append_attribute("tuid") = ("b" + std::to_string(i)).c_str();
    tu.append_attribute("srclang") = src_lang.c_str();
    AddProp(tu, "x-driftalign-bead", std::to_string(i));
    AddProp(tu, "x-driftalign-shape", std::to_string(src.size()) + "-" + std::to_string(tgt.size()));
    std::string score = ScoreText(bead);
    if (!score.empty()) AddProp(tu, "x-driftalign-score", score);
    std::vector<FlagView> flags = BeadFlags(doc, bead);
    for (const FlagView& f : flags) AddProp(tu, "x-driftalign-flag", FlagLine(f));
    for (const FlagView& f : flags) tu.append_child("note").text() = XmlSafe(FlagLine(f)).c_str();
    for (const char* side : {"src", "tgt"}) {
      pugi::xml_node tuv = tu.append_child("tuv");
      tuv.append_attribute("xml:lang") = (side[0] == 's' ? src_lang : tgt_lang).c_str();
      tuv.append_child("seg").text() = XmlSafe(SideText(doc, side, side[0] == 's' ? src : tgt)).c_str();
    }
  }
  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return Status::Ok();
}

}  // namespace driftalign::report
