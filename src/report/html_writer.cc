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

void WriteSide(const DocumentInfo& doc, const char* side, const std::vector<int>& ids,
               const std::map<int, std::vector<Highlight>>& highlights, std::ostream& out) {
  out << "<td class=\"side " << side << "\">";
  if (ids.empty()) out << "<p class=\"none\">— no counterpart (unaligned) —</p>";
  for (int i : ids) {
    const segment::Sentence& s = Sentences(doc)[i];
    auto it = highlights.find(i);
    out << "<p class=\"s " << EscapeHtml(segment::KindName(s.kind)) << "\" data-id=\"" << i
        << "\"><span class=\"sid\">" << i << "</span>"
        << MarkedText(s.text, it == highlights.end() ? std::vector<Highlight>{} : it->second) << "</p>";
  }
  out << "</td>";
}

// The highlights of the flags of bead `bead_id` on one side: each flag's
// evidence inside a sentence of the bead, keyed by sentence id.
std::map<int, std::vector<Highlight>> SideHighlights(const DocumentInfo& doc, const std::vector<int>& ids,
                                                     const std::vector<drift::Flag>& flags, bool src,
                                                     const std::string& bead_id) {
  std::map<int, std::vector<Highlight>> hl;
  for (size_t k = 0; k < flags.size(); ++k) {
    const drift::Flag& f = flags[k];
    std::optional<drift::Span> s = Evidence(doc, src ? f.src : f.tgt);
    if (!s || std::find(ids.begin(), ids.end(), s->sentence) == ids.end()) continue;
    std::optional<std::pair<size_t, size_t>> r = LocateSpan(doc, *s);
    if (!r || r->first == r->second) continue;
    const std::string kind(drift::FlagKindName(f.kind));
    hl[s->sentence].push_back({r->first, r->second, bead_id + "f" + std::to_string(k),
                               std::string(drift::SeverityName(f.severity)), kind + ": " + f.message});
  }
  return hl;
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

Status WriteHtml(const AlignmentReport& report, const HtmlOptions& options, std::ostream& out) {
  RETURN_IF_ERROR(CheckReport(report));
  const Json manifest = Manifest(report, options.build);
  const std::vector<align::Bead>& beads = report.beads;

  // Totals for the summary.
  std::map<std::string, int> shapes, by_severity, by_kind;
  int null_beads = 0, flag_count = 0;
  for (size_t i = 0; i < beads.size(); ++i) {
    shapes[beads[i].shape()]++;
    if (beads[i].is_null()) null_beads++;
    for (const drift::Flag& f : BeadFlags(report, i)) {
      by_severity[std::string(drift::SeverityName(f.severity))]++;
      by_kind[std::string(drift::FlagKindName(f.kind))]++;
      flag_count++;
    }
  }
  std::vector<std::string> severities = SeverityOrder();
  for (const auto& [s, n] : by_severity)
    if (SeverityRank(s) >= static_cast<int>(SeverityOrder().size())) severities.push_back(s);

  std::string title =
      options.title.empty() ? "driftalign: " + report.src.path + " ↔ " + report.tgt.path : options.title;
  const std::string tool = manifest["tool"]["name"].get<std::string>() + " " +
                           manifest["tool"]["version"].get<std::string>();
  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"" << EscapeHtml(tool)
      << "\">\n<title>" << EscapeHtml(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";

  // Summary.
  out << "<header id=\"summary\">\n<h1>" << EscapeHtml(title) << "</h1>\n<table class=\"meta\">\n";
  for (const DocumentInfo* d : {&report.src, &report.tgt}) {
    out << "<tr><th>" << (d == &report.src ? "source" : "target") << "</th><td>" << EscapeHtml(d->lang)
        << "</td><td>" << EscapeHtml(d->path) << "</td><td>" << Sentences(*d).size()
        << " sentences</td><td class=\"hash\">sha256 " << EscapeHtml(d->sha256) << "</td></tr>\n";
  }
  out << "<tr><th>model</th><td></td><td>" << EscapeHtml(manifest["model"]["name"].get<std::string>())
      << "</td><td></td><td class=\"hash\">sha256 " << EscapeHtml(manifest["model"]["sha256"].get<std::string>())
      << "</td></tr>\n<tr><th>tool</th><td></td><td>" << EscapeHtml(tool)
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
      << "<thead><tr><th>bead</th><th>" << EscapeHtml(report.src.lang) << "</th><th>" << EscapeHtml(report.tgt.lang)
      << "</th><th>score</th><th>drift</th></tr></thead>\n<tbody>\n";
  for (size_t i = 0; i < beads.size(); ++i) {
    const align::Bead& b = beads[i];
    const std::vector<drift::Flag>& flags = BeadFlags(report, i);
    std::string bead_id = "b" + std::to_string(i);
    std::string score = ScoreText(b.score);
    out << "<tr id=\"" << bead_id << "\" class=\"bead" << (b.is_null() ? " null" : "")
        << "\"><td class=\"idx\">" << i << "<br><span class=\"kind\">" << b.shape() << "</span></td>";
    WriteSide(report.src, "src", b.src, SideHighlights(report.src, b.src, flags, true, bead_id), out);
    WriteSide(report.tgt, "tgt", b.tgt, SideHighlights(report.tgt, b.tgt, flags, false, bead_id), out);
    bool low = RoundScore(b.score) < 0.5;
    out << "<td class=\"score" << (low ? " low" : "") << "\">" << score.substr(0, score.size() - 3)
        << "</td><td class=\"flags\">";
    if (!flags.empty()) {
      out << "<ul class=\"flags\">";
      for (size_t k = 0; k < flags.size(); ++k) {
        const std::string severity(drift::SeverityName(flags[k].severity));
        const std::string kind(drift::FlagKindName(flags[k].kind));
        out << "<li class=\"flag sev-" << EscapeHtml(severity) << "\" id=\"" << bead_id << "f" << k
            << "\" data-severity=\"" << EscapeHtml(severity) << "\" data-kind=\"" << EscapeHtml(kind)
            << "\"><b>" << EscapeHtml(severity) << "</b> <span class=\"kind\">" << EscapeHtml(kind)
            << "</span> <span class=\"msg\">" << EscapeHtml(flags[k].message) << "</span></li>";
      }
      out << "</ul>";
    }
    out << "</td></tr>\n";
  }
  out << "</tbody></table>\n<script>" << kScript << "</script>\n</body>\n</html>\n";
  return Status::Ok();
}

}  // namespace driftalign::report
