#include "drift/checks/omissions.h"

namespace driftalign::drift {

Severity OmissionSeverity(const segment::Sentence& s, const CheckerOptions& options) {
  if (s.kind == segment::SentenceKind::kMeta) return Severity::kInfo;
  if (s.kind == segment::SentenceKind::kHeadline) return Severity::kWarning;
  return CountWords(s.text) >= options.omission_error_min_words ? Severity::kError : Severity::kWarning;
}

void AddOmissionFlags(BeadView* view) {
  const bool omission = view->bead.tgt.empty();
  const BeadSide& mine = view->side[omission ? 0 : 1];
  const BeadSide& other = view->side[omission ? 1 : 0];
  for (int id : *mine.ids) {
    const segment::Sentence& s = mine.sentence(id);
    Flag f;
    f.kind = omission ? FlagKind::kOmission : FlagKind::kAddition;
    f.severity = OmissionSeverity(s, view->options);
    (omission ? f.src : f.tgt) = SentenceSpan(s);
    f.message = mine.name + " sentence with no " + other.name + " counterpart: “" + Shorten(s.text, 80) + "”";
    view->flags.push_back(std::move(f));
  }
}

}  // namespace driftalign::drift
