#include "embed/convert.h"

#include <fasttext/fasttext.h>

#include <Eigen/Eigenvalues>
#include <Eigen/SVD>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "embed/tokenizer.h"
#include "text/input.h"

namespace driftalign::embed {

namespace {

// Fixed self-test pairs: a translation pair, a pair with out-of-vocabulary
// words (subword path) and numbers, and an unrelated pair.
const SelfTest kSelfTests[] = {
    {"The president spoke to parliament on Tuesday.", "Le président s'est adressé au parlement mardi.", 0},
    {"Unemployment rose to 2,000,000 people in 2021.", "Le chômage a atteint 2 000 000 personnes en 2021.", 0},
    {"Zorblaxian hyperglobalisation", "hyperglobalisation zorblaxienne", 0},
    {"I like green apples.", "La Commission a présenté son rapport annuel.", 0},
};

void NormalizeRows(RowMatrix* m) {
  for (Eigen::Index r = 0; r < m->rows(); ++r) {
    float n = m->row(r).norm();
    if (n > 0.0f) m->row(r) /= n;
  }
}

// Orthogonal W minimising ||W x_i - y_i|| over the rows of x and y (Procrustes):
// W = U V^T where U S V^T is the SVD of Y^T X.
RowMatrix Procrustes(const Eigen::MatrixXd& x, const Eigen::MatrixXd& y) {
  Eigen::MatrixXd m = y.transpose() * x;
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(m, Eigen::ComputeFullU | Eigen::ComputeFullV);
  Eigen::MatrixXd w = svd.matrixU() * svd.matrixV().transpose();
  return w.cast<float>();
}

StatusOr<std::vector<std::pair<std::string, std::string>>> ReadPairs(const std::string& path, int max_pairs) {
  RETURN_IF_ERROR(text::CheckInputPath(path));
  std::ifstream in(path, std::ios::binary);
  if (!in) return InputError(path + ": cannot open");
  std::vector<std::pair<std::string, std::string>> pairs;
  std::string line;
  while (std::getline(in, line) && (max_pairs <= 0 || static_cast<int>(pairs.size()) < max_pairs)) {
    size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string fr = line.substr(tab + 1);
    size_t tab2 = fr.find('\t');
    if (tab2 != std::string::npos) fr.resize(tab2);
    pairs.emplace_back(line.substr(0, tab), fr);
  }
  return pairs;
}

// Mean sentence vectors (sum / weight) of `texts` under `model` (no post-processing);
// rows with no word are dropped, `kept` lists the rows used.
Eigen::MatrixXd MeanVectors(const Model& model, const std::string& lang, const std::vector<std::string>& texts,
                            std::vector<int>* kept) {
  const int d = model.dim();
  Eigen::MatrixXd out(texts.size(), d);
  std::vector<float> sum(d);
  int rows = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    std::fill(sum.begin(), sum.end(), 0.0f);
    float w = model.AddSentence(lang, texts[i], sum.data());
    if (w <= 0.0f) continue;
    for (int k = 0; k < d; ++k) out(rows, k) = sum[k] / w;
    kept->push_back(static_cast<int>(i));
    ++rows;
  }
  out.conservativeResize(rows, d);
  return out;
}

}  // namespace

StatusOr<ModelContents> ImportFastTextBin(const std::string& path, const ConvertOptions& options) {
  RETURN_IF_ERROR(text::CheckInputPath(path));
  fasttext::FastText ft;
  try {
    ft.loadModel(path);
  } catch (const std::exception& e) {
    return ModelError(path + ": cannot read fastText model: " + e.what());
  }
  const fasttext::Args args = ft.getArgs();
  std::shared_ptr<const fasttext::Dictionary> dict = ft.getDictionary();
  std::shared_ptr<const fasttext::DenseMatrix> input;
  try {
    input = ft.getInputMatrix();
  } catch (const std::exception& e) {
    return ModelError(path + ": quantised fastText models (.ftz) are not supported: " + e.what());
  }
  const int nwords = dict->nwords();
  const int keep = std::min(nwords, options.max_words);
  const std::vector<int64_t> counts = dict->getCounts(fasttext::entry_type::word);
  double total = 0;
  for (int64_t c : counts) total += static_cast<double>(c);
  ModelContents c;
  c.name = options.name;
  c.dim = args.dim;
  c.minn = args.minn;
  c.maxn = args.maxn;
  c.sif_a = options.sif_a;
  c.words.reserve(keep);
  c.word_vectors.resize(keep, c.dim);
  c.word_weights.resize(keep);
  fasttext::Vector vec(c.dim);
  for (int i = 0; i < keep; ++i) {
    std::string word = dict->getWord(i);
    ft.getWordVector(vec, word);
    for (int k = 0; k < c.dim; ++k) c.word_vectors(i, k) = vec[k];
    double p = total > 0 ? counts[i] / total : 0.0;
    c.word_weights[i] = static_cast<float>(options.sif_a / (options.sif_a + p));
    c.words.push_back(std::move(word));
  }
  NormalizeRows(&c.word_vectors);
  // A word outside the kept vocabulary is at most as frequent as the last kept one.
  double p_last = keep > 0 && total > 0 ? counts[keep - 1] / total : 0.0;
  c.oov_weight = static_cast<float>(options.sif_a / (options.sif_a + p_last));
  const int64_t buckets = args.maxn > 0 ? args.bucket : 0;
  if (input->rows() < nwords + buckets || input->cols() != c.dim) {
    return ModelError(path + ": input matrix has " + std::to_string(input->rows()) + " rows, expected " +
                      std::to_string(nwords + buckets));
  }
  c.bucket_vectors.resize(buckets, c.dim);
  for (int64_t b = 0; b < buckets; ++b) {
    for (int k = 0; k < c.dim; ++k) c.bucket_vectors(b, k) = input->at(nwords + b, k);
  }
  // Order the buckets by how many vocabulary words use them: an unknown word
  // at run time shares most of its n-grams with many known words, so its
  // lookups land in the first pages of the section (see ModelContents).
  std::vector<int64_t> uses(buckets, 0);
  for (int i = 0; i < nwords; ++i) {
    for (int32_t id : dict->getSubwords(i)) {
      if (id >= nwords && id - nwords < buckets) ++uses[id - nwords];
    }
  }
  std::vector<uint32_t> order(buckets);
  for (int64_t b = 0; b < buckets; ++b) order[b] = static_cast<uint32_t>(b);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return uses[a] > uses[b]; });
  c.bucket_rows.resize(buckets);
  for (int64_t r = 0; r < buckets; ++r) c.bucket_rows[order[r]] = static_cast<uint32_t>(r);
  return c;
}

StatusOr<ModelContents> ImportAlignedVec(const std::string& en_path, const std::string& fr_path,
                                         const ConvertOptions& options) {
  ModelContents c;
  c.name = options.name;
  c.per_language_vocab = true;
  c.sif_a = options.sif_a;
  std::vector<std::vector<float>> rows;
  const char* langs[2] = {"en", "fr"};
  const std::string paths[2] = {en_path, fr_path};
  for (int l = 0; l < 2; ++l) {
    RETURN_IF_ERROR(text::CheckInputPath(paths[l]));
    std::ifstream in(paths[l], std::ios::binary);
    if (!in) return InputError(paths[l] + ": cannot open");
    std::string line;
    if (!std::getline(in, line)) return InputError(paths[l] + ": empty file, expected a 'count dim' header");
    long long count = 0;
    int dim = 0;
    if (std::sscanf(line.c_str(), "%lld %d", &count, &dim) != 2 || dim <= 0) {
      return InputError(paths[l] + ": line 1 (byte offset 0): expected 'count dim', got '" + line.substr(0, 40) + "'");
    }
    if (c.dim == 0) c.dim = dim;
    if (dim != c.dim) return InputError(paths[l] + ": dim " + std::to_string(dim) + " differs from " + std::to_string(c.dim));
    const long long keep = std::min<long long>(count, options.max_words);
    double harmonic = 0;
    for (long long r = 1; r <= count; ++r) harmonic += 1.0 / r;
    long long line_no = 1;
    std::streamoff offset = static_cast<std::streamoff>(line.size()) + 1;
    for (long long r = 0; r < keep && std::getline(in, line); ++r) {
      ++line_no;
      std::istringstream ss(line);
      std::string word;
      ss >> word;
      std::vector<float> v(dim);
      for (int k = 0; k < dim; ++k) {
        if (!(ss >> v[k])) {
          return InputError(paths[l] + ": line " + std::to_string(line_no) + " (byte offset " +
                            std::to_string(offset) + "): expected " + std::to_string(dim) + " numbers");
        }
      }
      offset += static_cast<std::streamoff>(line.size()) + 1;
      double p = 1.0 / ((r + 1) * harmonic);
      c.words.push_back(std::string(langs[l]) + "\x1f" + word);
      c.word_weights.push_back(static_cast<float>(options.sif_a / (options.sif_a + p)));
      rows.push_back(std::move(v));
    }
  }
  c.word_vectors.resize(rows.size(), c.dim);
  for (size_t i = 0; i < rows.size(); ++i) {
    for (int k = 0; k < c.dim; ++k) c.word_vectors(i, k) = rows[i][k];
  }
  NormalizeRows(&c.word_vectors);
  c.bucket_vectors.resize(0, c.dim);
  c.oov_weight = 1.0f;
  return c;
}

Status BuildModel(ModelContents c, const ConvertOptions& options, const std::string& path) {
  const std::string tmp = path + ".build";
  c.self_tests.assign(std::begin(kSelfTests), std::end(kSelfTests));
  c.self_test_tolerance = options.self_test_tolerance;
  LoadOptions no_test;
  no_test.run_self_test = false;
  no_test.verify_checksum_once = false;  // temporary files: no stamps
  const int d = c.dim;
  const char* langs[2] = {"en", "fr"};
  const bool need_sample = options.center || options.components > 0 || options.map == "sentence";
  if (need_sample) {
    if (options.sample_pairs.empty()) {
      return InvalidArgument("convert: centering, components or map=sentence need sample pairs (--sample-pairs)");
    }
    ASSIGN_OR_RETURN(auto pairs, ReadPairs(options.sample_pairs, options.max_sample_pairs));
    std::vector<std::string> texts[2];
    for (auto& p : pairs) {
      texts[0].push_back(p.first);
      texts[1].push_back(p.second);
    }
    // Pass 1: raw vectors -> means and components.
    RETURN_IF_ERROR(WriteModel(c, tmp));
    ASSIGN_OR_RETURN(auto model, Model::Load(tmp, no_test));
    for (int l = 0; l < 2; ++l) {
      std::vector<int> kept;
      Eigen::MatrixXd x = MeanVectors(*model, langs[l], texts[l], &kept);
      if (x.rows() == 0) return InputError(options.sample_pairs + ": no usable " + langs[l] + " sentence");
      Eigen::VectorXd mean = Eigen::VectorXd::Zero(d);
      if (options.center) {
        mean = x.colwise().mean().transpose();
        c.mean[l] = mean.cast<float>();
        x.rowwise() -= mean.transpose();
      }
      if (options.components > 0) {
        Eigen::MatrixXd cov = x.transpose() * x;
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(cov);
        const int k = std::min(options.components, d);
        c.components[l].resize(k, d);
        for (int j = 0; j < k; ++j) {
          Eigen::VectorXd u = eig.eigenvectors().col(d - 1 - j);
          Eigen::Index arg;
          u.cwiseAbs().maxCoeff(&arg);
          if (u(arg) < 0) u = -u;  // fixed sign, for reproducible files
          c.components[l].row(j) = u.transpose().cast<float>();
        }
      }
    }
    // Pass 2: optional sentence-level map on post-processed sample vectors.
    if (options.map == "sentence") {
      RETURN_IF_ERROR(WriteModel(c, tmp));
      ASSIGN_OR_RETURN(auto m2, Model::Load(tmp, no_test));
      Eigen::MatrixXd x(pairs.size(), d), y(pairs.size(), d);
      std::vector<float> a(d), b(d);
      int rows = 0;
      for (auto& p : pairs) {
        std::fill(a.begin(), a.end(), 0.0f);
        std::fill(b.begin(), b.end(), 0.0f);
        float wa = m2->AddSentence("en", p.first, a.data());
        float wb = m2->AddSentence("fr", p.second, b.data());
        if (wa <= 0 || wb <= 0) continue;
        for (int k = 0; k < d; ++k) {
          a[k] /= wa;
          b[k] /= wb;
        }
        m2->Finish("en", a.data());
        m2->Finish("fr", b.data());
        Eigen::Map<Eigen::VectorXf> va(a.data(), d), vb(b.data(), d);
        x.row(rows) = (va / va.norm()).cast<double>().transpose();
        y.row(rows) = (vb / vb.norm()).cast<double>().transpose();
        ++rows;
      }
      c.map[0] = Procrustes(x.topRows(rows), y.topRows(rows));
    }
  }
  if (options.map == "word") {
    if (options.dictionary.empty()) return InvalidArgument("convert: --map word needs --dictionary");
    ASSIGN_OR_RETURN(auto dict, ReadPairs(options.dictionary, 0));
    RETURN_IF_ERROR(WriteModel(c, tmp));
    ASSIGN_OR_RETURN(auto m2, Model::Load(tmp, no_test));
    ASSIGN_OR_RETURN(Tokenizer en_tok, Tokenizer::Create("en"));
    ASSIGN_OR_RETURN(Tokenizer fr_tok, Tokenizer::Create("fr"));
    std::vector<std::string> te, tf;
    Eigen::MatrixXd x(dict.size(), d), y(dict.size(), d);
    std::vector<float> a(d), b(d);
    int rows = 0;
    for (auto& p : dict) {
      te.clear();
      tf.clear();
      en_tok.Tokenize(p.first, &te);
      fr_tok.Tokenize(p.second, &tf);
      if (te.size() != 1 || tf.size() != 1 || te[0] == tf[0]) continue;
      if (m2->FindWord("en", te[0]) < 0 || m2->FindWord("fr", tf[0]) < 0) continue;
      m2->WordVector("en", te[0], a.data());
      m2->WordVector("fr", tf[0], b.data());
      m2->Finish("en", a.data());
      m2->Finish("fr", b.data());
      Eigen::Map<Eigen::VectorXf> va(a.data(), d), vb(b.data(), d);
      if (va.norm() <= 0 || vb.norm() <= 0) continue;
      x.row(rows) = (va / va.norm()).cast<double>().transpose();
      y.row(rows) = (vb / vb.norm()).cast<double>().transpose();
      ++rows;
    }
    if (rows < 2 * d) return InputError(options.dictionary + ": only " + std::to_string(rows) + " usable word pairs");
    c.map[0] = Procrustes(x.topRows(rows), y.topRows(rows));
  } else if (options.map != "none" && options.map != "sentence") {
    return InvalidArgument("convert: --map must be none, word or sentence, got '" + options.map + "'");
  }
  // Self-test expectations come from the model as it will be written.
  RETURN_IF_ERROR(WriteModel(c, tmp));
  {
    ASSIGN_OR_RETURN(auto m3, Model::Load(tmp, no_test));
    for (SelfTest& t : c.self_tests) t.cosine = m3->PairCosine(t.en, t.fr);
  }
  std::remove(tmp.c_str());
  RETURN_IF_ERROR(WriteModel(c, path));
  LoadOptions check;
  check.verify_checksum = true;
  ASSIGN_OR_RETURN(auto final_model, Model::Load(path, check));
  return Status::Ok();
}

}  // namespace driftalign::embed
