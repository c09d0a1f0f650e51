// WriteCompareHtml (compare_report.h): one self-contained page, no external
// resources; every text is escaped, marks are byte spans of the sentence.
#include <algorithm>
#include <string>
#include <vector>

#include "compare/compare_report.h"
#include "compare/lexicon.h"
#include "report/html_writer.h"

namespace driftalign::compare {

namespace {

using report::EscapeHtml;

constexpr const char* kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:1.5em auto;max-width:1400px;padding:0 1em;color:#222}
h1{font-size:1.4em} h2{font-size:1.1em;margin:.2em 0}
table.docs{border-collapse:collapse;margin-bottom:1em} table.docs td,table.docs th{padding:2px 8px;border-bottom:1px solid #ddd;text-align:left}
section.group{border:1px solid #ccc;border-radius:6px;margin:1em 0;padding:.6em .8em}
section.conflict{border-color:#c0392b;background:#fff6f5} section.compatible{border-color:#d4a017;background:#fffbea}
.sources{display:grid;grid-template-columns:repeat(auto-fit,minmax(280px,1fr));gap:.7em}
.source{background:#fff;border:1px solid #e3e3e3;border-radius:4px;padding:.4em .6em}
.doc{font-size:.85em;color:#555} .value{font-weight:600;margin:.2em 0}
mark.value{background:#f5b7b1} mark.subject{background:#d6eaf8} mark.predicate{background:#d5f5e3}
mark.attribution{background:#eee;font-style:italic}
.legend mark{margin-right:.5em} table.agree td{padding:2px 8px;vertical-align:top}
)";

// The sentence with the claim's spans marked; overlapping spans keep the
// first in the order value, predicate, subject, attribution.
std::string MarkedSentence(const std::string& text, const Claim& c) {
  struct Mark {
    Span span;
    const char* cls;
  };
  std::vector<Mark> marks;
  for (const Mark& m : {Mark{c.span, "value"}, Mark{c.predicate_span, "predicate"},
                        Mark{c.subject_span, "subject"}, Mark{c.attribution_span, "attribution"}}) {
    if (m.span.empty() || m.span.end > text.size()) continue;
    const bool overlaps = std::any_of(marks.begin(), marks.end(), [&](const Mark& k) {
      return m.span.begin < k.span.end && k.span.begin < m.span.end;
    });
    if (!overlaps) marks.push_back(m);
  }
  std::sort(marks.begin(), marks.end(), [](const Mark& a, const Mark& b) { return a.span.begin < b.span.begin; });
  std::string out;
  size_t at = 0;
  for (const Mark& m : marks) {
    out += EscapeHtml(std::string_view(text).substr(at, m.span.begin - at));
    out += std::string("<mark class=\"") + m.cls + "\">" +
           EscapeHtml(std::string_view(text).substr(m.span.begin, m.span.end - m.span.begin)) + "</mark>";
    at = m.span.end;
  }
  out += EscapeHtml(std::string_view(text).substr(at));
  return out;
}

void WriteGroup(const std::vector<CompareDoc>& docs, const FactGroup& g, std::ostream& os) {
  os << "<section class=\"group " << RelationName(g.relation) << "\"><h2>"
     << (g.relation == Relation::kConflict ? "Conflict: " : "Compatible: ") << EscapeHtml(g.what)
     << "</h2>\n<div class=\"sources\">\n";
  for (const SourcedClaim& v : g.values) {
    const CompareDoc& d = docs[static_cast<size_t>(v.doc)];
    const segment::Sentence& s = d.sentences[static_cast<size_t>(v.sentence)];
    os << "<div class=\"source\" data-doc=\"" << v.doc << "\"><div class=\"doc\">[" << v.doc << "] "
       << EscapeHtml(d.path) << " · " << text::LangCode(d.lang) << " · sentence " << v.sentence
       << "</div><div class=\"value\">" << EscapeHtml(ValueText(v.claim.value));
    if (!v.claim.attribution.empty()) os << " <span class=\"attr\">(" << EscapeHtml(v.claim.attribution) << ")</span>";
    os << "</div><p class=\"sentence\">" << MarkedSentence(s.text, v.claim) << "</p></div>\n";
  }
  os << "</div></section>\n";
}

}  // namespace

void WriteCompareHtml(const std::vector<CompareDoc>& docs, const CompareResult& result, std::ostream& os) {
  os << "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>driftalign compare</title>"
     << "<style>" << kStyle << "</style></head>\n<body data-ready=\"0\">\n<h1>driftalign compare</h1>\n";
  os << "<p>" << result.Count(Relation::kConflict) << " conflicts, " << result.Count(Relation::kCompatible)
     << " compatible differences, " << result.Count(Relation::kAgreement) << " agreements, "
     << result.Count(Relation::kSingleSource) << " single-source facts, from " << result.claims
     << " claims.</p>\n<p class=\"legend\"><mark class=\"value\">value</mark><mark class=\"subject\">subject"
     << "</mark><mark class=\"predicate\">predicate</mark><mark class=\"attribution\">attribution</mark></p>\n";
  os << "<table class=\"docs\"><tr><th>#</th><th>document</th><th>lang</th><th>sentences</th><th>sha256</th></tr>\n";
  for (size_t d = 0; d < docs.size(); ++d) {
    os << "<tr><td>" << d << "</td><td>" << EscapeHtml(docs[d].path) << "</td><td>" << text::LangCode(docs[d].lang)
       << "</td><td>" << docs[d].sentences.size() << "</td><td><code>" << EscapeHtml(docs[d].doc.sha256.substr(0, 16))
       << "…</code></td></tr>\n";
  }
  os << "</table>\n";
  for (const FactGroup& g : result.groups) {
    if (g.relation == Relation::kConflict || g.relation == Relation::kCompatible) WriteGroup(docs, g, os);
  }
  os << "<h2>Agreements</h2>\n<table class=\"agree\">\n";
  for (const FactGroup& g : result.groups) {
    if (g.relation != Relation::kAgreement) continue;
    os << "<tr class=\"agreement\"><td>" << EscapeHtml(g.what) << "</td><td>"
       << EscapeHtml(ValueText(g.values.front().claim.value)) << "</td><td>";
    for (size_t i = 0; i < g.values.size(); ++i) {
      os << (i ? ", " : "") << "[" << g.values[i].doc << "] #" << g.values[i].sentence;
    }
    os << "</td></tr>\n";
  }
  os << "</table>\n<h2>Single source</h2>\n<table class=\"agree\">\n";
  for (const FactGroup& g : result.groups) {
    if (g.relation != Relation::kSingleSource) continue;
    const SourcedClaim& v = g.values.front();
    os << "<tr class=\"single\"><td>[" << v.doc << "] #" << v.sentence << "</td><td>"
       << EscapeHtml(ValueText(v.claim.value)) << "</td><td>" << EscapeHtml(g.what) << "</td></tr>\n";
  }
  os << "</table>\n<script>\n"
     << "document.body.dataset.conflicts = document.querySelectorAll('section.conflict').length;\n"
     << "document.body.dataset.sources = document.querySelectorAll('section.conflict .source').length;\n"
     << "document.body.dataset.ready = '1';\n</script>\n</body></html>\n";
}

}  // namespace driftalign::compare
