// Building a driftalign model from fastText vectors (the `convert-model` verb
// and scripts/train_model.sh):
//
//   ConvertOptions o;  o.name = "driftalign-enfr-v2";  o.sample_pairs = "sample.tsv";
//   StatusOr<ModelContents> c = ImportFastTextBin("ft.bin", o);
//   RETURN_IF_ERROR(BuildModel(std::move(c).value(), o, "models/driftalign-enfr-v2.dam"));
//
// BuildModel writes the file in passes: (1) words and subwords only; (2) per
// language, the mean and the top common components of sentence vectors of
// `sample_pairs` (SIF's "remove the first principal component", Arora et al.
// 2017); (3) optionally an orthogonal EN->FR map fitted by Procrustes
// (Schönemann 1966; as used for cross-lingual embeddings by Xing et al. 2015)
// on dictionary word pairs or on sample sentence pairs; (4) self-test pairs
// with their cosines, then the final file.
#ifndef DRIFTALIGN_EMBED_CONVERT_H_
#define DRIFTALIGN_EMBED_CONVERT_H_

#include <string>

#include "embed/model_writer.h"
#include "text/status.h"

namespace driftalign::embed {

struct ConvertOptions {
  std::string name = "driftalign-enfr";  // recorded in the header (<= 63 bytes)
  // Vocabulary rows kept (most frequent first); other words fall back to
  // subwords. Default 100000.
  int max_words = 100000;
  // SIF a: word weight a / (a + p(w)), p from the fastText counts. Default 1e-3.
  float sif_a = 1e-3f;
  // Subtract each language's mean sentence vector before removing components. Default true.
  bool center = true;
  // Common components removed per language (0 = none). Default 1.
  int components = 1;
  // TSV "en<TAB>fr" sentence pairs (raw text) used for means, components and
  // the sentence map. Required when center, components or map=sentence is set.
  std::string sample_pairs;
  // At most this many sample pairs are read. Default 20000.
  int max_sample_pairs = 20000;
  // EN->FR orthogonal map: "none", "word" (Procrustes on `dictionary` pairs of
  // single known words) or "sentence" (Procrustes on sample sentence pairs).
  // Default "none".
  std::string map = "none";
  // TSV "en<TAB>fr" dictionary for map = "word".
  std::string dictionary;
  // Quantise buckets as well (always int8 today); kept for the record.
  float self_test_tolerance = 1e-4f;
};

// Reads a fastText .bin model (skipgram or cbow, not quantised) with
// libfasttext: the `max_words` most frequent words (vectors as fastText's
// getWordVector: word + subwords averaged), their SIF weights and all subword
// bucket rows. One shared vocabulary for both languages.
StatusOr<ModelContents> ImportFastTextBin(const std::string& path, const ConvertOptions& options);

// Reads two aligned .vec text files (e.g. the published wiki.en.align.vec and
// wiki.fr.align.vec): "count dim" header, then "word v1 ... vdim" per line,
// most frequent first. Per-language vocabularies, no subwords (an unknown word
// contributes nothing); SIF weights from a Zipf estimate p(rank) = 1/(rank H_n).
StatusOr<ModelContents> ImportAlignedVec(const std::string& en_path, const std::string& fr_path,
                                         const ConvertOptions& options);

// Post-processes and writes the model (see the file comment); `path` is
// overwritten. The result loads with self-tests passing.
Status BuildModel(ModelContents contents, const ConvertOptions& options, const std::string& path);

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_CONVERT_H_
