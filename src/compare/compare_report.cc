#include "compare/compare_report.h"

#include <algorithm>
#include <string>

#include "compare/lexicon.h"

namespace driftalign::compare {

namespace {

const segment::Sentence& SentenceOf(const std::vector<CompareDoc>& docs, const SourcedClaim& v) {
  return docs[static_cast<size_t>(v.doc)].sentences[static_cast<size_t>(v.sentence)];
}

std::string Cut(const std::string& s, const Span& span) {
  return span.empty() ? std::string() : s.substr(span.begin, span.end - span.begin);
}

nlohmann::ordered_json ValueJson(const std::vector<CompareDoc>& docs, const SourcedClaim& v) {
  const segment::Sentence& s = SentenceOf(docs, v);
  const Claim& c = v.claim;
  nlohmann::ordered_json j;
  j["doc"] = docs[static_cast<size_t>(v.doc)].path;
  const std::string key = ValueKey(c.value);
  if (key.empty()) {
    j["value"] = c.value.number;
  } else {
    j["value"] = key;
  }
  j["bound"] = std::string(BoundName(c.value.bound));
  j["strict"] = c.value.strict;
  j["sentence"] = v.sentence;
  j["text"] = s.text;
  j["begin"] = s.begin + c.span.begin;
  j["end"] = s.begin + c.span.end;
  j["evidence"] = Cut(s.text, c.span);
  j["subject"] = Cut(s.text, c.subject_span);
  j["predicate"] = Cut(s.text, c.predicate_span);
  if (c.attribution.empty()) {
    j["attribution"] = nullptr;
  } else {
    j["attribution"] = c.attribution;
  }
  return j;
}

nlohmann::ordered_json GroupJson(const std::vector<CompareDoc>& docs, const FactGroup& g) {
  nlohmann::ordered_json j;
  j["what"] = g.what;
  const Claim& first = g.values.front().claim;
  j["predicate"] = first.predicate_class >= 0 ? std::string(PredicateClassName(first.predicate_class))
                                              : first.predicate;
  j["values"] = nlohmann::ordered_json::array();
  for (const SourcedClaim& v : g.values) j["values"].push_back(ValueJson(docs, v));
  return j;
}

// The file name of a path (for the text output's columns).
std::string ShortName(const std::string& path) {
  const size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string Label(Relation r) {
  switch (r) {
    case Relation::kConflict: return "CONFLICT";
    case Relation::kCompatible: return "COMPATIBLE";
    case Relation::kAgreement: return "AGREEMENT";
    case Relation::kSingleSource: return "SINGLE SOURCE";
  }
  return "";
}

std::string Pad(std::string s, size_t width) {
  if (s.size() < width) s.append(width - s.size(), ' ');
  return s;
}

}  // namespace

nlohmann::ordered_json CompareToJson(const std::vector<CompareDoc>& docs, const CompareResult& result) {
  nlohmann::ordered_json j;
  j["schema"] = kCompareSchema;
  j["docs"] = nlohmann::ordered_json::array();
  for (const CompareDoc& d : docs) {
    nlohmann::ordered_json doc;
    doc["path"] = d.path;
    doc["lang"] = std::string(text::LangCode(d.lang));
    doc["sha256"] = d.doc.sha256;
    doc["sentences"] = d.sentences.size();
    j["docs"].push_back(std::move(doc));
  }
  const std::pair<Relation, const char*> sections[] = {{Relation::kConflict, "conflicts"},
                                                       {Relation::kCompatible, "compatible"},
                                                       {Relation::kAgreement, "agreements"},
                                                       {Relation::kSingleSource, "single_source"}};
  for (const auto& [relation, name] : sections) {
    j[name] = nlohmann::ordered_json::array();
    for (const FactGroup& g : result.groups) {
      if (g.relation == relation) j[name].push_back(GroupJson(docs, g));
    }
  }
  // Only when a bound left claims out (docs/reliability-cost.md).
  if (!result.notes.empty()) j["notes"] = result.notes;
  return j;
}

void WriteCompareText(const std::vector<CompareDoc>& docs, const CompareResult& result, std::ostream& os) {
  size_t sentences = 0;
  for (const CompareDoc& d : docs) sentences += d.sentences.size();
  os << docs.size() << " documents, " << sentences << " sentences, " << result.claims << " claims: "
     << result.Count(Relation::kConflict) << " conflicts, " << result.Count(Relation::kCompatible)
     << " compatible differences, " << result.Count(Relation::kAgreement) << " agreements, "
     << result.Count(Relation::kSingleSource) << " single-source facts\n";
  for (size_t d = 0; d < docs.size(); ++d) {
    os << "  [" << d << "] " << docs[d].path << " (" << text::LangCode(docs[d].lang) << ", "
       << docs[d].sentences.size() << " sentences)\n";
  }
  for (const FactGroup& g : result.groups) {
    if (g.relation == Relation::kSingleSource) continue;
    os << '\n' << Label(g.relation) << "  " << g.what << '\n';
    for (const SourcedClaim& v : g.values) {
      const segment::Sentence& s = SentenceOf(docs, v);
      os << "  " << Pad(ValueText(v.claim.value), 16) << " [" << v.doc << "] "
         << ShortName(docs[static_cast<size_t>(v.doc)].path) << " #" << v.sentence << ": "
         << Cut(s.text, v.claim.span);
      if (!v.claim.attribution.empty()) os << "  (" << v.claim.attribution << ")";
      os << '\n';
    }
  }
  if (result.Count(Relation::kSingleSource) > 0) os << "\nSINGLE SOURCE\n";
  for (const FactGroup& g : result.groups) {
    if (g.relation != Relation::kSingleSource) continue;
    const SourcedClaim& v = g.values.front();
    os << "  " << Pad(ValueText(v.claim.value), 16) << " [" << v.doc << "] #" << v.sentence << "  "
       << g.what << '\n';
  }
}

}  // namespace driftalign::compare
