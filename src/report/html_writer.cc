#include "report/html_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/manifest.h"

namespace driftalign::report {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kStyle = R"css(
:root { --err: #c62828; --warn: #ef6c00; --info: #1565c0; }
body { font: 15px/1.45 system-ui, sans-serif; margin: 0 1.5em 2em; color: #222; }
h1 { font-size: 1.4em; margin: .6em 0 .3em; }
table.meta td, table.meta th { padding: 0 .8em 0 0; text-align: left; vertical-align: top; }
table.meta td.hash { font: 12px monospace; color: #555; }
#counts span { margin-right: 1.2em; }
.sev-error { --c: var(--err); } .sev-warning { --c: var(--warn); } .sev-info { --c: var(--info); }
nav#filters { position: sticky; top: 0; background: #fafafa; border-bottom: 1px solid #ddd;
  padding: .4em 0; z-index: 2; }
nav#filters fieldset { display: inline-block; border: 1px solid #ccc; margin: 0 .6em .2em 0; padding: .1em .6em; }
nav#filters label { margin-right: .8em; white-space: nowrap; }
table#beads { border-collapse: collapse; width: 100%; table-layout: fixed; }
#beads th { text-align: left; border-bottom: 2px solid #999; }
#beads td { border-bottom: 1px solid #e3e3e3; padding: .35em .5em; vertical-align: top; }
#beads col.idx { width: 4em; } #beads col.score { width: 4.5em; } #beads col.flags { width: 24%; }
tr.null td.side { background: #fff8e1; }
tr.hidden { display: none; }
p.s { margin: 0 0 .3em; }
p.s.headline { font-weight: 600; } p.s.meta { color: #666; font-size: .92em; }
span.sid { color: #999; font-size: .75em; margin-right: .4em; }
p.none { color: #b26a00; font-style: italic; margin: 0; }
mark.flag { background: color-mix(in srgb, var(--c) 22%, white); border-bottom: 2px solid var(--c); }
mark.flag.off { background: none; border-bottom: none; }
td.score { font-variant-numeric: tabular-nums; }
td.score.low { color: var(--err); font-weight: 600; }
ul.flags { margin: 0; padding-left: 1.1em; }
li.flag { color: var(--c); margin-bottom: .25em; }
li.flag .msg { color: #222; }
li.flag.off { display: none; }
.kind { font: 12px monospace; }
)css";

// Applies the filters: hides flags whose severity or kind is unchecked, the
// highlights that only they cause, and (with "only beads with drift") beads
// without a visible flag. The state is mirrored in the URL fragment.
constexpr const char* kScript = R"js(
(function () {
  'use strict';
  const boxes = Array.from(document.querySelectorAll('#filters input[data-filter]'));
  const flagged = document.getElementById('only-flagged');
  function readHash() {
    const h = new URLSearchParams(location.hash.replace(/^#/, ''));
    for (const name of ['severity', 'kind']) {
      if (!h.has(name)) continue;
      const on = new Set(h.get(name).split(',').filter(Boolean));
      for (const b of boxes) if (b.dataset.filter === name) b.checked = on.has(b.value);
    }
    if (h.has('flagged')) flagged.checked = h.get('flagged') === '1';
  }
  function apply() {
    const on = { severity: new Set(), kind: new Set() };
    for (const b of boxes) if (b.checked) on[b.dataset.filter].add(b.value);
    const visible = new Set();
    for (const li of document.querySelectorAll('li.flag')) {
      const show = on.severity.has(li.dataset.severity) && on.kind.has(li.dataset.kind);
      li.classList.toggle('off', !show);
      if (show) visible.add(li.id);
    }
    for (const m of document.querySelectorAll('mark.flag')) {
      m.classList.toggle('off', !m.dataset.flags.split(' ').some(id => visible.has(id)));
    }
    let shown = 0;
    for (const tr of document.querySelectorAll('#beads tbody tr')) {
      const any = tr.querySelector('li.flag:not(.off)') !== null;
      const hide = flagged.checked && !any;
      tr.classList.toggle('hidden', hide);
      if (!hide) shown++;
    }
    document.getElementById('shown').textContent = String(shown);
    document.body.dataset.visibleFlags = String(visible.size);
  }
  readHash();
  for (const b of boxes.concat([flagged])) b.addEventListener('change', apply);
  apply();
  document.body.dataset.ready = '1';
})();
)js";

const std::vector<std::string>& SeverityOrder() {
  static const std::vector<std::string> order = {"error", "warning", "info"};
  return order;
}

int SeverityRank(const std::string& s) {
  const auto& order = SeverityOrder();
  auto it = std::find(order.begin(), order.end(), s);
  return it == order.end() ? static_cast<int>(order.size()) : static_cast<int>(it - order.begin());
}

std::string Str(const Json& obj, const char* key) {
  if (!obj.is_object()) return "";
  auto it = obj.find(key);
  if (it == obj.end()) return "";
  return it->is_string() ? it->get<std::string>() : it->dump();
}

// A highlighted range inside one sentence's text.
struct Highlight {
  size_t begin, end;
  std::string flag_id;   // "b3f0"
  std::string severity;
  std::string message;
};

// Sentence text with the highlights as <mark>; overlapping highlights are
// split at every boundary, each piece listing all flags covering it.
std::string MarkedText(const std::string& text, const std::vector<Highlight>& hs) {
  if (hs.empty()) return EscapeHtml(text);
  std::set<size_t> cuts = {0, text.size()};
  for (const Highlight& h : hs) {
    cuts.insert(h.begin);
    cuts.insert(h.end);
  }
  std::vector<size_t> points(cuts.begin(), cuts.end());
  std::string html;
  for (size_t k = 0; k + 1 < points.size(); ++k) {
    size_t b = points[k], e = points[k + 1];
    std::string piece = EscapeHtml(std::string_view(text).substr(b, e - b));
    std::string ids, title, sev;
    for (const Highlight& h : hs) {
      if (h.begin <= b && e <= h.end) {
        if (!ids.empty()) {
          ids += ' ';
          title += '\n';
        }
        ids += h.flag_id;
        title += h.severity + ": " + h.message;
        if (sev.empty() || SeverityRank(h.severity) < SeverityRank(sev)) sev = h.severity;
      }
    }
    if (ids.empty()) {
      html += piece;
    } else {
      html += "<mark class=\"flag sev-" + EscapeHtml(sev) + "\" data-flags=\"" + EscapeHtml(ids) +
              "\" title=\"" + EscapeHtml(title) + "\">" + piece + "</mark>";
    }
  }
  return html;
}

void WriteSide(const Json& doc, const char* side, const Json& ids,
               const std::map<int, std::vector<Highlight>>& highlights, std::ostream& out) {
  out << "<td class=\"side " << side << "\">";
  if (ids.empty()) out << "<p class=\"none\">— no counterpart (unaligned) —</p>";
  for (const Json& id : ids) {
    int i = id.get<int>();
    const Json& s = doc[side]["sentences"][i];
    std::string kind = Str(s, "kind");
    auto it = highlights.find(i);
    out << "<p class=\"s" << (kind.empty() ? "" : " " + EscapeHtml(kind)) << "\" data-id=\"" << i
        << "\"><span class=\"sid\">" << i << "</span>"
        << MarkedText(s["text"].get<std::string>(), it == highlights.end() ? std::vector<Highlight>{} : it->second)
        << "</p>";
  }
  out << "</td>";
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

Status WriteHtml(const Json& doc, const HtmlOptions& options, std::ostream& out) {
  RETURN_IF_ERROR(CheckAlignment(doc));
  const Json manifest = Manifest(doc);
  const Json& src = doc["src"];
  const Json& tgt = doc["tgt"];
  const Json& beads = doc["beads"];
  std::string src_lang = Str(src, "lang"), tgt_lang = Str(tgt, "lang");

  // Totals for the summary.
  std::map<std::string, int> shapes, by_severity, by_kind;
  int null_beads = 0, flag_count = 0;
  std::vector<std::vector<FlagView>> flags(beads.size());
  for (size_t i = 0; i < beads.size(); ++i) {
    const Json& b = beads[i];
    size_t n = b.contains("src") ? b["src"].size() : 0, m = b.contains("tgt") ? b["tgt"].size() : 0;
    shapes[std::to_string(n) + "-" + std::to_string(m)]++;
    if (n == 0 || m == 0) null_beads++;
    flags[i] = BeadFlags(doc, b);
    for (const FlagView& f : flags[i]) {
      by_severity[f.severity]++;
      by_kind[f.kind]++;
      flag_count++;
    }
  }
  std::vector<std::string> severities = SeverityOrder();
  for (const auto& [s, n] : by_severity)
    if (SeverityRank(s) >= static_cast<int>(SeverityOrder().size())) severities.push_back(s);

  std::string title = options.title.empty()
                          ? "driftalign: " + Str(src, "path") + " ↔ " + Str(tgt, "path")
                          : options.title;
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"" << EscapeHtml(manifest["tool"]["name"].get<std::string>() + " " +
                                                            manifest["tool"]["version"].get<std::string>())
      << "\">\n<title>" << EscapeHtml(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";

  // Summary.
  out << "<header id=\"summary\">\n<h1>" << EscapeHtml(title) << "</h1>\n<table class=\"meta\">\n";
  for (const char* side : {"src", "tgt"}) {
    const Json& d = doc[side];
    out << "<tr><th>" << (side[0] == 's' ? "source" : "target") << "</th><td>" << EscapeHtml(Str(d, "lang"))
        << "</td><td>" << EscapeHtml(Str(d, "path")) << "</td><td>" << d["sentences"].size()
        << " sentences</td><td class=\"hash\">sha256 " << EscapeHtml(Str(d, "sha256")) << "</td></tr>\n";
  }
  out << "<tr><th>model</th><td></td><td>" << EscapeHtml(manifest["model"]["name"].get<std::string>())
      << "</td><td></td><td class=\"hash\">sha256 " << EscapeHtml(manifest["model"]["sha256"].get<std::string>())
      << "</td></tr>\n<tr><th>tool</th><td></td><td>"
      << EscapeHtml(manifest["tool"]["name"].get<std::string>() + " " + manifest["tool"]["version"].get<std::string>())
      << "</td><td>ICU " << EscapeHtml(manifest["icu_version"].get<std::string>())
      << "</td><td class=\"hash\">commit " << EscapeHtml(manifest["tool"]["git_commit"].get<std::string>())
      << "</td></tr>\n</table>\n";
  out << "<p id=\"counts\"><span><b id=\"n-beads\">" << beads.size() << "</b> beads (";
  bool first = true;
  for (const auto& [shape, n] : shapes) {
    out << (first ? "" : ", ") << n << "×" << shape;
    first = false;
  }
  out << ")</span><span><b id=\"n-null\">" << null_beads << "</b> unaligned (null beads)</span>"
      << "<span><b id=\"n-flags\">" << flag_count << "</b> flags:";
  for (const std::string& s : severities) {
    out << " <span class=\"sev-" << EscapeHtml(s) << "\" style=\"color:var(--c)\">" << by_severity[s] << " "
        << EscapeHtml(s) << "</span>";
  }
  out << "</span><span><b id=\"shown\">" << beads.size() << "</b> beads shown</span></p>\n";
  out << "<details><summary>Manifest (how this report was made)</summary><pre id=\"manifest\">"
      << EscapeHtml(manifest.dump(2)) << "</pre></details>\n</header>\n";

  // Filters.
  out << "<nav id=\"filters\"><fieldset><legend>severity</legend>";
  for (const std::string& s : severities) {
    out << "<label class=\"sev-" << EscapeHtml(s) << "\"><input type=\"checkbox\" data-filter=\"severity\" value=\""
        << EscapeHtml(s) << "\" checked> " << EscapeHtml(s) << " (" << by_severity[s] << ")</label>";
  }
  out << "</fieldset><fieldset><legend>kind</legend>";
  for (const auto& [k, n] : by_kind) {
    out << "<label><input type=\"checkbox\" data-filter=\"kind\" value=\"" << EscapeHtml(k) << "\" checked> <span class=\"kind\">"
        << EscapeHtml(k) << "</span> (" << n << ")</label>";
  }
  out << "</fieldset><label><input type=\"checkbox\" id=\"only-flagged\"> only beads with drift</label></nav>\n";

  // Beads.
  out << "<table id=\"beads\"><colgroup><col class=\"idx\"><col><col><col class=\"score\"><col class=\"flags\"></colgroup>\n"
      << "<thead><tr><th>bead</th><th>" << EscapeHtml(src_lang) << "</th><th>" << EscapeHtml(tgt_lang)
      << "</th><th>score</th><th>drift</th></tr></thead>\n<tbody>\n";
  const Json none = Json::array();
  for (size_t i = 0; i < beads.size(); ++i) {
    const Json& b = beads[i];
    const Json& sids = b.contains("src") ? b["src"] : none;
    const Json& tids = b.contains("tgt") ? b["tgt"] : none;
    std::string bead_id = "b" + std::to_string(i);
    std::map<int, std::vector<Highlight>> src_hl, tgt_hl;
    for (size_t k = 0; k < flags[i].size(); ++k) {
      const FlagView& f = flags[i][k];
      std::string fid = bead_id + "f" + std::to_string(k);
      for (int pass = 0; pass < 2; ++pass) {
        const char* side = pass == 0 ? "src" : "tgt";
        const Json& ids = pass == 0 ? sids : tids;
        auto& hl = pass == 0 ? src_hl : tgt_hl;
        for (const EvidenceSpan& s : pass == 0 ? f.src : f.tgt) {
          bool in_bead = std::any_of(ids.begin(), ids.end(), [&](const Json& id) { return id.get<int>() == s.sentence; });
          if (!in_bead) continue;
          std::optional<std::pair<size_t, size_t>> r = LocateSpan(doc, side, s);
          if (!r || r->first == r->second) continue;
          hl[s.sentence].push_back({r->first, r->second, fid, f.severity, f.kind + ": " + f.message});
        }
      }
    }
    std::string score = ScoreText(b);
    out << "<tr id=\"" << bead_id << "\" class=\"bead" << (sids.empty() || tids.empty() ? " null" : "")
        << "\"><td class=\"idx\">" << i << "<br><span class=\"kind\">" << sids.size() << "-" << tids.size()
        << "</span></td>";
    WriteSide(doc, "src", sids, src_hl, out);
    WriteSide(doc, "tgt", tids, tgt_hl, out);
    bool low = !score.empty() && b["score"].get<double>() < 0.5;
    out << "<td class=\"score" << (low ? " low" : "") << "\">" << (score.empty() ? "" : score.substr(0, score.size() - 3))
        << "</td><td class=\"flags\">";
    if (!flags[i].empty()) {
      out << "<ul class=\"flags\">";
      for (size_t k = 0; k < flags[i].size(); ++k) {
        const FlagView& f = flags[i][k];
        out << "<li class=\"flag sev-" << EscapeHtml(f.severity) << "\" id=\"" << bead_id << "f" << k
            << "\" data-severity=\"" << EscapeHtml(f.severity) << "\" data-kind=\"" << EscapeHtml(f.kind)
            << "\"><b>" << EscapeHtml(f.severity) << "</b> <span class=\"kind\">" << EscapeHtml(f.kind)
            << "</span> <span class=\"msg\">" << EscapeHtml(f.message) << "</span></li>";
      }
      out << "</ul>";
    }
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  return Status::Ok();
}

}  // namespace driftalign::report
