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

Status WriteTmx(const AlignmentReport& report, const TmxOptions& options, std::ostream& out) {
  RETURN_IF_ERROR(CheckReport(report));
  const Json manifest = Manifest(report, options.build);
  const std::string& src_lang = report.src.lang;

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
  for (size_t i = 0; i < report.beads.size(); ++i) {
    const align::Bead& bead = report.beads[i];
    if (bead.is_null() && !options.keep_null_beads) continue;
    pugi::xml_node tu = body.append_child("tu");
    tu.append_attribute("tuid") = ("b" + std::to_string(i)).c_str();
    tu.append_attribute("srclang") = src_lang.c_str();
    AddProp(tu, "x-driftalign-bead", std::to_string(i));
    AddProp(tu, "x-driftalign-shape", bead.shape());
    AddProp(tu, "x-driftalign-score", ScoreText(bead.score));
    const std::vector<drift::Flag>& flags = BeadFlags(report, i);
    for (const drift::Flag& f : flags) AddProp(tu, "x-driftalign-flag", FlagLine(f));
    for (const drift::Flag& f : flags) tu.append_child("note").text() = XmlSafe(FlagLine(f)).c_str();
    for (const auto& [doc, ids] : {std::pair{&report.src, &bead.src}, std::pair{&report.tgt, &bead.tgt}}) {
      pugi::xml_node tuv = tu.append_child("tuv");
      tuv.append_attribute("xml:lang") = doc->lang.c_str();
      tuv.append_child("seg").text() = XmlSafe(SideText(*doc, *ids)).c_str();
    }
  }
  xml.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return Status::Ok();
}

}  // namespace driftalign::report
