#include "drift/checks/word_gaps.h"

#include <Eigen/Core>

#include <algorithm>
#include <string>
#include <unordered_set>
#include <vector>

#include "drift/checks/bead_words.h"
#include "drift/coverage.h"
#include "drift/text_util.h"

namespace driftalign::drift {

bool IsLightWord(std::string_view lower, Lang lang) {
  using WordSet = std::unordered_set<std::string_view>;
  static const WordSet en = {
      "also", "said", "says", "told", "tell", "well", "even", "still", "just", "really", "already", "much",
      "many", "very", "more", "most", "other", "others", "such", "again", "back", "away", "however", "though",
      "although", "thus", "therefore", "indeed", "since", "whether", "being", "make", "made", "makes", "take",
      "took", "taken", "have", "having", "going", "according", "including", "there", "here", "thing",
      "things", "something", "someone", "anything", "kind", "sort", "ways", "like", "added", "explained",
      "noted", "stated", "says", "saying", "went", "come", "came", "comes", "become", "became", "certain",
      "actually", "simply", "quite", "rather", "perhaps", "maybe", "whole", "order", "able", "part", "fact",
      "instead", "currently", "further", "within", "around", "toward", "towards", "upon", "onto", "among",
      "these", "those", "their", "theirs", "them", "they", "what", "which", "while", "where", "when", "would",
      "could", "should", "shall", "will", "been", "were", "does", "doing", "done", "each", "every", "both",
      "either", "neither", "only", "then", "than", "that", "this", "with", "without", "from", "into", "about",
      "after", "before", "over", "under", "through", "between", "against", "during", "until", "because",
      "whose", "whom", "himself", "herself", "itself", "themselves", "yourself", "ourselves"};
  static const WordSet fr = {
      "ainsi", "donc", "alors", "aussi", "déjà", "encore", "toujours", "bien", "très", "plus", "moins",
      "cependant", "pourtant", "toutefois", "notamment", "également", "selon", "avoir", "faire", "fait",
      "faits", "faite", "être", "étant", "cela", "ceci", "celui", "celle", "ceux", "celles", "chose", "choses",
      "part", "cours", "lequel", "laquelle", "lesquels", "lesquelles", "auprès", "afin", "lors", "dire",
      "déclaré", "indiqué", "expliqué", "ajouté", "souligné", "précisé", "affirmé", "estimé", "assuré",
      "rappelé", "poursuivi", "confié", "lancé", "dont", "était", "étaient", "sera", "seront", "serait",
      "seraient", "avait", "avaient", "aura", "auront", "aurait", "auraient", "elle", "elles", "leur",
      "leurs", "nous", "vous", "notre", "votre", "cette", "tout", "tous", "toute", "toutes", "même", "mêmes",
      "quand", "comme", "avec", "sans", "sous", "dans", "pour", "vers", "chez", "entre", "depuis", "pendant",
      "après", "avant", "contre", "parmi", "durant", "quelque", "quelques", "chaque", "autre", "autres",
      "certain", "certains", "certaine", "certaines", "puis", "enfin", "voire", "surtout", "vraiment",
      "effet", "façon", "manière", "sorte", "quant", "celui-ci", "celle-ci", "ceux-ci", "peut", "peuvent",
      "pourrait", "pourraient", "doit", "doivent", "devrait", "devraient", "mais", "quoi", "quel", "quelle",
      "quels", "quelles", "lorsque", "puisque", "parce", "tant", "trop", "assez", "peu", "beaucoup",
      "actuellement", "désormais", "ensuite", "ici", "voici", "voilà", "lui-même", "elle-même", "eux-mêmes",
      "est-ce", "est-ce-que", "aient", "ait", "êtes", "suis", "sommes", "soit", "soient", "seul", "seule",
      "seuls", "seules", "là-bas"};
  if (lang == Lang::kFr) {
    // An inverted subject: a-t-il, dit-elle, peut-on.
    for (std::string_view end : {"-il", "-elle", "-on", "-ils", "-elles", "-t"}) {
      if (lower.size() > end.size() && lower.substr(lower.size() - end.size()) == end) return true;
    }
  }
  return (lang == Lang::kEn ? en : fr).count(lower) > 0;
}

namespace {

// The first 4 letters of `word` (lower case, accents folded).
std::string Prefix4(std::string_view lower) {
  const std::string folded = FoldAccents(lower);
  return folded.substr(0, std::min<size_t>(4, folded.size()));
}

// One content word of a bead side: its sentence and bytes.
struct SideWord {
  const segment::Sentence* s;
  size_t begin, end;
  std::string lower;
};

std::vector<SideWord> SideWords(const BeadView& view, const BeadWords& words, int k) {
  std::vector<SideWord> out;
  for (size_t p = 0; p < words.parts[k].size(); ++p) {
    const segment::Sentence& s = view.side[k].sentence((*view.side[k].ids)[p]);
    const ContentWords& w = *words.parts[k][p];
    for (size_t i = 0; i < w.word.size(); ++i) {
      out.push_back({&s, w.begin[i], w.end[i], LowerUtf8(std::string_view(s.text).substr(w.begin[i], w.end[i] - w.begin[i]))});
    }
  }
  return out;
}

// Whether word `i` (of `all`, with `words`) may be reported at all: written
// in lower case, 4 letters or more, no figure, acronym or light word.
bool Candidate(const ContentWords& all, const std::vector<SideWord>& words, size_t i, Lang lang) {
  if (all.exact_only[i]) return false;
  const SideWord& w = words[i];
  size_t next;
  if (IsUpper(text::PeekCodePoint(w.s->text, w.begin, &next))) return false;
  int letters = 0;
  ForEachLetterRun(w.lower, [&](size_t b, size_t e) { letters += static_cast<int>(e - b); });
  if (letters < 4) return false;
  return !IsLightWord(w.lower, lang);
}

// Whether the bytes [b, e) of sentence `s` on side `k` lie inside the
// evidence of a flag already raised.
bool InsideFlag(const std::vector<Flag>& flags, int k, const segment::Sentence& s, size_t b, size_t e) {
  for (const Flag& f : flags) {
    const Span& sp = k == 0 ? f.src : f.tgt;
    if (sp.sentence == s.id && sp.begin <= s.begin + b && sp.end >= s.begin + e &&
        f.kind != FlagKind::kNegationMismatch) {
      return true;
    }
  }
  return false;
}

}  // namespace

void AddWordGapFlags(BeadView* view, const BeadWords& words, const std::vector<bool> linked[2]) {
  if (!view->options.check_word_gaps || !view->has_vectors()) return;
  const ContentWords* all[2] = {&words.all(0), &words.all(1)};
  if (all[0]->word.empty() || all[1]->word.empty()) return;
  std::vector<SideWord> side_words[2];
  std::vector<size_t> left[2];  // unlinked candidate words per side
  for (int k = 0; k < 2; ++k) {
    side_words[k] = SideWords(*view, words, k);
    for (size_t i = 0; i < linked[k].size(); ++i) {
      if (!linked[k][i] && Candidate(*all[k], side_words[k], i, view->side[k].lang)) left[k].push_back(i);
    }
  }
  for (int k = 0; k < 2; ++k) {
    if (left[k].empty() || static_cast<int>(left[1 - k].size()) > view->options.word_gap_max_other_left) continue;
    std::unordered_set<std::string> other_prefixes;
    for (const SideWord& w : side_words[1 - k]) other_prefixes.insert(Prefix4(w.lower));
    const BeadSide& other = view->side[1 - k];
    for (size_t i : left[k]) {
      const SideWord& w = side_words[k][i];
      if (other_prefixes.count(Prefix4(w.lower))) continue;
      const Eigen::VectorXf sims = all[1 - k]->vecs * all[k]->vecs.row(static_cast<Eigen::Index>(i)).transpose();
      const double best = sims.size() ? static_cast<double>(sims.maxCoeff()) : 0.0;
      if (best >= view->options.word_gap_max_cosine) continue;
      if (InsideFlag(view->flags, k, *w.s, w.begin, w.end)) continue;
      Flag f;
      f.kind = k == 0 ? FlagKind::kWordOmission : FlagKind::kWordAddition;
      f.severity = view->options.word_gap_severity;
      f.score = 1.0 - std::max(0.0, best);
      Span sp;
      sp.sentence = w.s->id;
      sp.begin = w.s->begin + w.begin;
      sp.end = w.s->begin + w.end;
      sp.text = w.s->text.substr(w.begin, w.end - w.begin);
      (k == 0 ? f.src : f.tgt) = sp;
      (k == 0 ? f.tgt : f.src) = SentenceSpan(other.sentence(other.ids->front()));
      f.message = "“" + sp.text + "” has no counterpart in the " + other.name;
      view->flags.push_back(std::move(f));
    }
  }
}

}  // namespace driftalign::drift
