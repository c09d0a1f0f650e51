// The Python module `driftalign` (docs/python.md): the pipeline of
// src/pipeline/ behind four calls, returning what the CLI's JSON outputs hold
// as Python values (dicts, lists, a NumPy array).
//
//   import driftalign
//   model = driftalign.Model()                    # the default model lookup
//   report = model.check(open("a.en.txt", "rb").read(), open("a.fr.txt", "rb").read())
//   for bead in report["beads"]: print(bead["src"], bead["tgt"], bead["score"], bead["flags"])
//
// Every call releases the GIL while the pipeline runs; a Model is immutable
// and may be shared by threads. A failed Status becomes a Python exception
// whose message is the one the CLI prints after "driftalign: ".
#include <dlfcn.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "align/aligner_options.h"
#include "embed/document_vectors.h"
#include "embed/model.h"
#include "pipeline/model_lookup.h"
#include "pipeline/options.h"
#include "pipeline/pipeline.h"
#include "report/json_writer.h"

// DRIFTALIGN_VERSION and DRIFTALIGN_GIT_COMMIT, the build's version and git
// commit, come from python/CMakeLists.txt, as the driftalign binary's do.

namespace py = pybind11;

namespace driftalign::python {
namespace {

// The hint of a "model file not found" message, as the align verb gives it.
constexpr const char* kModelHint = " (the default model ships in models/, see models/MODEL.md)";

// The exception classes, created at import (PYBIND11_MODULE below).
struct Exceptions {
  py::object error, input_error, model_error;
};
Exceptions& Classes() {
  static Exceptions* classes = new Exceptions();  // never destroyed: outlives the interpreter's teardown
  return *classes;
}

// Raises the Python exception of a failed `status` (the GIL must be held):
// ValueError for an InvalidArgument (CLI exit 1), driftalign.InputError /
// ModelError for an input or model error, driftalign.Error otherwise (exit 2).
// The exception's message is status.message(); its exit_code the CLI's.
[[noreturn]] void Raise(const Status& status) {
  py::object type;
  int exit_code = 2;
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
      type = py::reinterpret_borrow<py::object>(PyExc_ValueError);
      exit_code = 1;
      break;
    case StatusCode::kInputError: type = Classes().input_error; break;
    case StatusCode::kModelError: type = Classes().model_error; break;
    default: type = Classes().error; break;
  }
  py::object exception = type(status.message());
  exception.attr("exit_code") = exit_code;
  PyErr_SetObject(type.ptr(), exception.ptr());
  throw py::error_already_set();
}

template <typename T>
T ValueOrRaise(StatusOr<T> value) {
  if (!value.ok()) Raise(value.status());
  return std::move(*value);
}

void OkOrRaise(const Status& status) {
  if (!status.ok()) Raise(status);
}

// f() with the GIL released (f must not touch Python objects).
template <typename F>
auto WithoutGil(F f) {
  py::gil_scoped_release release;
  return f();
}

// The bytes of a text argument: bytes as they are, str encoded as UTF-8 with
// "surrogateescape" (so a str read with errors="surrogateescape" gives back
// its file's bytes, invalid ones included). TypeError for anything else.
std::string TextBytes(const py::handle& text, const char* argument) {
  if (py::isinstance<py::bytes>(text)) return text.cast<std::string>();
  if (py::isinstance<py::str>(text)) {
    py::object encoded = py::reinterpret_steal<py::object>(PyUnicode_AsEncodedString(text.ptr(), "utf-8", "surrogateescape"));
    if (!encoded) throw py::error_already_set();
    return encoded.cast<std::string>();
  }
  throw py::type_error(std::string(argument) + " must be str or bytes, not " +
                       py::str(py::type::handle_of(text).attr("__name__")).cast<std::string>());
}

// A JSON value as the Python value json.loads gives for its text (objects as
// dicts in the same key order).
py::object ToPython(const nlohmann::ordered_json& j) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::null: return py::none();
    case nlohmann::ordered_json::value_t::boolean: return py::bool_(j.get<bool>());
    case nlohmann::ordered_json::value_t::number_integer: return py::int_(j.get<int64_t>());
    case nlohmann::ordered_json::value_t::number_unsigned: return py::int_(j.get<uint64_t>());
    case nlohmann::ordered_json::value_t::number_float: return py::float_(j.get<double>());
    case nlohmann::ordered_json::value_t::string: return py::str(j.get_ref<const std::string&>());
    case nlohmann::ordered_json::value_t::array: {
      py::list list;
      for (const auto& item : j) list.append(ToPython(item));
      return list;
    }
    case nlohmann::ordered_json::value_t::object: {
      py::dict dict;
      for (const auto& [key, value] : j.items()) dict[py::str(key)] = ToPython(value);
      return dict;
    }
    default: return py::none();  // binary and discarded values never occur in reports
  }
}

// The directory of this module's shared object ("" when unknown).
std::string ModuleDirectory() {
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&ModuleDirectory), &info) == 0 || info.dli_fname == nullptr) return "";
  return std::filesystem::path(info.dli_fname).parent_path().string();
}

// The model file of Model(None): pipeline::ModelPath("") ($DRIFTALIGN_MODEL,
// else the default model file where the CLI finds it) when that is set or
// exists, else the models/ folder the driftalign binary of this build tree
// uses (the module is built in <build>/python/, the binary in <build>/).
// Returns "" when the CLI's own search (pipeline::LocateModel) decides, so
// its messages are the CLI's word for word.
std::string DefaultModelPath() {
  const std::string path = pipeline::ModelPath("");
  const char* env = std::getenv("DRIFTALIGN_MODEL");
  std::error_code ec;
  if ((env != nullptr && *env != '\0') || std::filesystem::exists(path, ec)) return "";
  const std::string dir = ModuleDirectory();
  if (!dir.empty()) {
    for (const char* up : {"/../../models/", "/../models/"}) {
      const std::string candidate = dir + up + embed::kDefaultModelFile;
      if (std::filesystem::exists(candidate, ec)) return std::filesystem::path(candidate).lexically_normal().string();
    }
  }
  return "";  // LoadModel's "not found" message lists every place looked at
}

// An align or check call: its pipeline options and the names of its two texts.
struct PairCall {
  pipeline::PipelineOptions options;
  std::string src_name, tgt_name;
};

// driftalign.Model: a loaded model file.
class Model {
 public:
  explicit Model(const std::optional<std::string>& path) {
    const std::string file = path.value_or(DefaultModelPath());
    model_ = ValueOrRaise(WithoutGil([&] { return pipeline::LoadModel(file, kModelHint); }));
    model_->PrefetchSha256();  // the reports name the model by its sha256
    std::error_code ec;
    absolute_path_ = std::filesystem::absolute(file.empty() ? pipeline::ModelPath("") : file, ec).string();
  }

  const embed::Model& model() const { return *model_; }
  // The file loaded, whatever the working directory is now (for pipeline::NeedsModel).
  const std::string& absolute_path() const { return absolute_path_; }

  // Segments both texts, aligns and checks them as `call` says (GIL
  // released), and returns the report as the json writer has it.
  py::object Run(const PairCall& call, const py::handle& src_text, const py::handle& tgt_text) const {
    std::string src = TextBytes(src_text, "src_text"), tgt = TextBytes(tgt_text, "tgt_text");
    return ToPython(ValueOrRaise(WithoutGil(
        [&] { return RunPair(call.options, std::move(src), std::move(tgt), call.src_name, call.tgt_name); })));
  }

 private:
  // pipeline::RunPair for texts in memory, with this model.
  StatusOr<nlohmann::ordered_json> RunPair(const pipeline::PipelineOptions& options, std::string src, std::string tgt,
                                           const std::string& src_name, const std::string& tgt_name) const {
    RETURN_IF_ERROR(pipeline::ValidateDriftOptions(options.drift));
    pipeline::SegmentedPair pair;
    pair.src_path = src_name;
    pair.tgt_path = tgt_name;
    ASSIGN_OR_RETURN(pair.src, pipeline::SegmentText(src_name, std::move(src), options.src_lang, options.input));
    ASSIGN_OR_RETURN(pair.tgt, pipeline::SegmentText(tgt_name, std::move(tgt), options.tgt_lang, options.input));
    const embed::Model* model = pipeline::NeedsModel(options) ? model_.get() : nullptr;
    ASSIGN_OR_RETURN(report::AlignmentReport report, pipeline::AlignAndCheck(options, model, pair));
    return report::AlignmentToJson(report);
  }

  std::unique_ptr<embed::Model> model_;
  std::string absolute_path_;
};

// Raises a ValueError unless `method` is an aligner align and check accept.
void CheckAlignMethod(const std::string& method) {
  if (method != "embedding" && method != "gale-church") {
    Raise(InvalidArgument("unknown method '" + method + "': expected embedding or gale-church"));
  }
}

// model.align: `driftalign align --format json`; `call` holds the shared keyword arguments.
py::object Align(const Model& self, PairCall call, const py::handle& src_text, const py::handle& tgt_text,
                 bool presegmented, int max_block, const std::string& method, bool check,
                 const std::vector<std::string>& params) {
  CheckAlignMethod(method);
  pipeline::PipelineOptions& options = call.options;
  options.input.presegmented = presegmented;
  options.aligner.search.max_block = max_block;
  for (const std::string& p : params) OkOrRaise(align::SetParam(&options.aligner, p));
  OkOrRaise(align::ValidateOptions(options.aligner));
  // As the align verb records them (src/cli/align_verb.cc).
  const bool gale_church = method == "gale-church";
  options.method = gale_church ? pipeline::Method::kGaleChurch : pipeline::Method::kEmbedding;
  options.check = check;
  options.report_params["method"] = method;
  options.report_params["max_block"] = gale_church ? 4 : max_block;  // Gale-Church's own limit
  options.report_params["presegmented"] = presegmented;
  for (const std::string& p : params) options.report_params["overrides"].push_back(p);
  return self.Run(call, src_text, tgt_text);
}

// model.check: `driftalign check --format json`; `call` holds the shared keyword arguments.
py::object Check(const Model& self, PairCall call, const py::handle& src_text, const py::handle& tgt_text,
                 bool presegmented, const std::string& method, bool parallel, const std::optional<std::string>& beads) {
  CheckAlignMethod(method);
  if (parallel && beads) Raise(InvalidArgument("parallel and beads exclude each other"));
  pipeline::PipelineOptions& options = call.options;
  options.input.presegmented = presegmented || parallel;
  // As the check verb sets them (src/cli/check_verb.cc).
  options.method = parallel ? pipeline::Method::kParallel
                   : beads  ? pipeline::Method::kBeadsFile
                   : method == "gale-church" ? pipeline::Method::kGaleChurch
                                             : pipeline::Method::kEmbedding;
  options.beads_path = beads.value_or("");
  options.report_params["method"] = pipeline::MethodName(options.method);
  options.report_params["presegmented"] = options.input.presegmented;
  return self.Run(call, src_text, tgt_text);
}

// model.embed: `driftalign embed --format npy` of these sentences.
py::array_t<float> Embed(const Model& self, const std::vector<py::object>& sentences, const std::string& lang) {
  const std::string code(text::LangCode(ValueOrRaise(pipeline::ParseLanguage(lang))));
  std::vector<std::string> texts;
  texts.reserve(sentences.size());
  for (size_t i = 0; i < sentences.size(); ++i) {
    const std::string name = "sentences[" + std::to_string(i) + "]";
    // Checked as the CLI checks its input (invalid UTF-8 names the sentence and byte offset).
    texts.push_back(ValueOrRaise(text::MakeDocument(name, TextBytes(sentences[i], name.c_str()), {})).bytes);
  }
  const embed::RowMatrix vectors = WithoutGil([&] {
    const std::vector<std::string_view> views(texts.begin(), texts.end());
    return embed::DocumentVectors::Build(self.model(), code, views).Sentences();
  });
  py::array_t<float> array({static_cast<py::ssize_t>(vectors.rows()), static_cast<py::ssize_t>(self.model().dim())});
  if (vectors.size() > 0) std::memcpy(array.mutable_data(), vectors.data(), vectors.size() * sizeof(float));
  return array;
}

// driftalign.segment: `driftalign segment --format jsonl`, one dict per line.
py::list Segment(const py::handle& text, const std::string& lang, bool presegmented, bool replace_invalid,
                 bool no_structure, const std::string& name) {
  pipeline::InputOptions options;
  options.presegmented = presegmented;
  options.replace_invalid = replace_invalid;
  options.no_structure = no_structure;
  std::string bytes = TextBytes(text, "text");
  const pipeline::SegmentedInput in =
      ValueOrRaise(WithoutGil([&] { return pipeline::SegmentText(name, std::move(bytes), lang, options); }));
  py::list sentences;
  for (const segment::Sentence& s : in.sentences) {
    sentences.append(ToPython(report::SentenceToJson(s)));
  }
  return sentences;
}

// Binds `method` (Align or Check) as Model.<name>: its own arguments `args`
// (the two texts first), then the keyword arguments align and check share,
// with the CLI's defaults, turned into the PairCall `method` is given.
template <typename... Own, typename... Args>
void DefPairMethod(py::class_<Model>& model, const char* name,
                   py::object (*method)(const Model&, PairCall, const py::handle&, const py::handle&, Own...),
                   const char* doc, Args... args) {
  const pipeline::DriftOptions drift;
  model.def(
      name,
      [method](const Model& self, const py::handle& src_text, const py::handle& tgt_text, Own... own,
               const std::string& src_lang, const std::string& tgt_lang, const std::string& src_name,
               const std::string& tgt_name, bool replace_invalid, bool no_structure, const std::string& coverage,
               double quote_slack, double figure_pair_cost, int partial_min_words, double partial_max_coverage,
               double min_cosine, double link_min_cosine, double partial_min_gain, double divergence_threshold) {
        PairCall call{{}, src_name, tgt_name};
        pipeline::PipelineOptions& o = call.options;
        o.src_lang = src_lang;
        o.tgt_lang = tgt_lang;
        o.input.replace_invalid = replace_invalid;
        o.input.no_structure = no_structure;
        o.drift.coverage_mode = ValueOrRaise(pipeline::ParseCoverageMode(coverage));
        o.drift.check.quote_position_slack = quote_slack;
        o.drift.check.figure_pair_max_cost = figure_pair_cost;
        o.drift.check.partial_min_words = partial_min_words;
        o.drift.check.partial_max_coverage = partial_max_coverage;
        o.drift.coverage.min_cosine = min_cosine;
        o.drift.coverage.link_min_cosine = link_min_cosine;
        o.drift.check.partial_min_gain = partial_min_gain;
        o.drift.check.divergence_threshold = divergence_threshold;
        o.model_path = self.absolute_path();
        o.record_model_sha256 = true;  // as every JSON output
        o.tool_version = DRIFTALIGN_VERSION;
        return method(self, std::move(call), src_text, tgt_text, own...);
      },
      doc, args..., py::arg("src_lang") = "en", py::arg("tgt_lang") = "fr", py::arg("src_name") = "<src>",
      py::arg("tgt_name") = "<tgt>", py::arg("replace_invalid") = false, py::arg("no_structure") = false,
      py::arg("coverage") = "auto", py::arg("quote_slack") = drift.check.quote_position_slack,
      py::arg("figure_pair_cost") = drift.check.figure_pair_max_cost,
      py::arg("partial_min_words") = drift.check.partial_min_words,
      py::arg("partial_max_coverage") = drift.check.partial_max_coverage,
      py::arg("min_cosine") = drift.coverage.min_cosine, py::arg("link_min_cosine") = drift.coverage.link_min_cosine,
      py::arg("partial_min_gain") = drift.check.partial_min_gain,
      py::arg("divergence_threshold") = drift.check.divergence_threshold);
}

}  // namespace
}  // namespace driftalign::python

PYBIND11_MODULE(driftalign, m) {
  using namespace driftalign::python;
  m.doc() = "Sentence alignment and translation-drift checks of EN-FR news stories (docs/python.md).";
  m.attr("__version__") = DRIFTALIGN_VERSION;
  m.attr("git_commit") = DRIFTALIGN_GIT_COMMIT;

  Exceptions& classes = Classes();
  classes.error = py::reinterpret_steal<py::object>(
      PyErr_NewExceptionWithDoc("driftalign.Error", "A driftalign failure (the CLI's exit code 2).", PyExc_Exception, nullptr));
  classes.input_error = py::reinterpret_steal<py::object>(PyErr_NewExceptionWithDoc(
      "driftalign.InputError", "Malformed or unreadable input: the message names it and the byte offset.",
      classes.error.ptr(), nullptr));
  classes.model_error = py::reinterpret_steal<py::object>(PyErr_NewExceptionWithDoc(
      "driftalign.ModelError", "A missing, truncated or corrupt model file.", classes.error.ptr(), nullptr));
  m.attr("Error") = classes.error;
  m.attr("InputError") = classes.input_error;
  m.attr("ModelError") = classes.model_error;

  py::class_<Model> model(m, "Model", "A loaded model file (immutable; may be shared by threads).");
  model
      .def(py::init<const std::optional<std::string>&>(), py::arg("path") = py::none(),
           "Loads the model at `path`; None: $DRIFTALIGN_MODEL, else the default model where the driftalign\n"
           "binary finds it (or the models/ folder of the build tree this module was built in).")
      .def_property_readonly("path", [](const Model& self) { return self.model().path(); })
      .def_property_readonly("name", [](const Model& self) { return self.model().name(); })
      .def_property_readonly("dim", [](const Model& self) { return self.model().dim(); })
      .def_property_readonly("sha256", [](const Model& self) {
        py::gil_scoped_release release;
        return self.model().sha256();
      })
      .def("embed", &Embed, py::arg("sentences"), py::arg("lang"),
           "Sentence vectors, float32 [len(sentences), dim]: `driftalign embed --format npy`.");
  DefPairMethod(model, "align", &Align, "The alignment of two texts (str or bytes) as a dict: `driftalign align --format json`.",
                py::arg("src_text"), py::arg("tgt_text"), py::arg("presegmented") = false, py::arg("max_block") = 4,
                py::kw_only(), py::arg("method") = "embedding", py::arg("check") = true,
                py::arg("params") = std::vector<std::string>());
  DefPairMethod(model, "check", &Check, "The drift check of two texts as a dict: `driftalign check --format json`.",
                py::arg("src_text"), py::arg("tgt_text"), py::arg("presegmented") = false, py::kw_only(),
                py::arg("method") = "embedding", py::arg("parallel") = false, py::arg("beads") = py::none());

  m.def("segment", &Segment, py::arg("text"), py::arg("lang") = "en", py::kw_only(), py::arg("presegmented") = false,
        py::arg("replace_invalid") = false, py::arg("no_structure") = false, py::arg("name") = "<text>",
        "The sentences of `text` as dicts {id, text, begin, end, paragraph, kind}: `driftalign segment --format jsonl`.");
}
