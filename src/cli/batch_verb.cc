// driftalign batch: align and check many document pairs listed in a manifest
// and write one JSON line per pair, in manifest order, whatever the number of
// threads. A pair that fails (missing file, invalid UTF-8, ...) becomes an
// error record for its id; the run goes on. Reads the manifest from a file or
// stdin and writes to stdout or a file, line by line, so it also runs as a
// streaming mapper (Hadoop Streaming, Spark RDD.pipe; docs/batch.md).
//
// Per pair it does what `driftalign check --format json` does with default
// options: read + segment both sides, align (embedding aligner, or the
// Gale-Church baseline), check every bead (with the word-vector coverage
// checks when a model is loaded). The model is loaded once and shared
// read-only; each worker thread has its own checker and coverage scorer.
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include "align/aligner.h"
#include "align/gale_church.h"
#include "cli/common.h"
#include "pipeline/model_lookup.h"
#include "pipeline/pipeline.h"
#include "cli/verbs.h"
#include "drift/checker.h"
#include "drift/coverage.h"
#include "embed/document_vectors.h"
#include "embed/model.h"
#include "report/json_writer.h"
#include "report/manifest.h"

#ifndef DRIFTALIGN_VERSION
#define DRIFTALIGN_VERSION "0.0.0"
#endif
#ifndef DRIFTALIGN_GIT_COMMIT
#define DRIFTALIGN_GIT_COMMIT ""
#endif

namespace driftalign::cli {
namespace {

using Json = nlohmann::ordered_json;

// One line of the manifest.
struct Job {
  size_t seq = 0;           // position among the jobs written (output order)
  int line = 0;             // 1-based line in the manifest
  std::string id, src, tgt;
  std::string src_lang = "en", tgt_lang = "fr";
  std::string error;        // a malformed manifest line: the record is an error
};

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> fields;
  size_t at = 0;
  while (true) {
    size_t tab = line.find('\t', at);
    fields.push_back(line.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
    if (tab == std::string::npos) break;
    at = tab + 1;
  }
  return fields;
}

// Parses "id<TAB>src<TAB>tgt[<TAB>src_lang<TAB>tgt_lang]" or
// {"id": .., "src": .., "tgt": .., "src_lang": .., "tgt_lang": ..}.
// Returns false for a line to skip (blank or '#' comment).
bool ParseLine(std::string line, int lineno, Job* job) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  size_t first = line.find_first_not_of(" \t");
  if (first == std::string::npos || line[first] == '#') return false;
  job->line = lineno;
  job->id = "line:" + std::to_string(lineno);  // until the id is known
  auto valid_lang = [](const std::string& l) { return l == "en" || l == "fr"; };
  if (line[first] == '{') {
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      job->error = "manifest line " + std::to_string(lineno) + ": not a JSON object";
      return true;
    }
    auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : ""; };
    if (j.contains("id")) job->id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
    job->src = str("src");
    job->tgt = str("tgt");
    if (!str("src_lang").empty()) job->src_lang = str("src_lang");
    if (!str("tgt_lang").empty()) job->tgt_lang = str("tgt_lang");
  } else {
    std::vector<std::string> f = SplitTabs(line);
    if (f.size() != 3 && f.size() != 5) {
      job->error = "manifest line " + std::to_string(lineno) + ": expected 3 or 5 tab-separated fields " +
                   "(id, src, tgt[, src_lang, tgt_lang]), got " + std::to_string(f.size());
      if (!f.empty() && !f[0].empty()) job->id = f[0];
      return true;
    }
    job->id = f[0];
    job->src = f[1];
    job->tgt = f[2];
    if (f.size() == 5) {
      job->src_lang = f[3];
      job->tgt_lang = f[4];
    }
  }
  if (job->id.empty() || job->src.empty() || job->tgt.empty()) {
    job->error = "manifest line " + std::to_string(lineno) + ": id, src and tgt must be non-empty";
  } else if (!valid_lang(job->src_lang) || !valid_lang(job->tgt_lang)) {
    job->error = "manifest line " + std::to_string(lineno) + ": languages must be en or fr, got " +
                 job->src_lang + "/" + job->tgt_lang;
  }
  return true;
}

// The ids of the records already in `path` (for --resume). A last line
// without its newline (an interrupted run) is cut off the file.
StatusOr<std::set<std::string>> DoneIds(const std::string& path) {
  std::set<std::string> ids;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return ids;
  std::ifstream in(path, std::ios::binary);
  if (!in) return InputError(path + ": cannot read the output file to resume");
  std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t complete = data.rfind('\n');
  complete = complete == std::string::npos ? 0 : complete + 1;
  if (complete < data.size()) {
    std::cerr << "driftalign batch: " << path << ": dropping an incomplete last line (byte offset "
              << complete << ")\n";
    std::filesystem::resize_file(path, complete, ec);
    if (ec) return InputError(path + ": cannot truncate the incomplete last line: " + ec.message());
  }
  size_t at = 0;
  int lineno = 0;
  while (at < complete) {
    size_t nl = data.find('\n', at);
    ++lineno;
    Json j = Json::parse(data.substr(at, nl - at), nullptr, false);
    if (j.is_discarded() || !j.is_object() || !j.contains("id") || !j["id"].is_string()) {
      return InputError(path + ":" + std::to_string(lineno) + " (byte offset " + std::to_string(at) +
                        "): not a batch record; --resume needs the output of an earlier batch run");
    }
    ids.insert(j["id"].get<std::string>());
    at = nl + 1;
  }
  return ids;
}

struct Settings {
  const embed::Model* model = nullptr;  // null: gale-church and no coverage checks
  pipeline::PipelineOptions options;
};

// Aligns and checks one pair: the alignment JSON (schema driftalign/alignment/1).
StatusOr<Json> AlignAndCheck(const Job& job, const Settings& s) {
  pipeline::PipelineOptions options = s.options;
  options.src_lang = job.src_lang;
  options.tgt_lang = job.tgt_lang;
  ASSIGN_OR_RETURN(pipeline::SegmentedPair pair, pipeline::ReadPair(options, job.src, job.tgt));
  ASSIGN_OR_RETURN(report::AlignmentReport report, pipeline::AlignAndCheck(options, s.model, pair));
  Json doc = report::AlignmentToJson(report);
  report::StampBuild(&doc, DRIFTALIGN_GIT_COMMIT);
  return doc;
}

// The output line of one job (without the newline); `ok` false for an error record.
struct RecordLine {
  std::string line;
  bool ok = false;
};

// Invalid UTF-8 in a path of the manifest must not abort the run.
std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

RecordLine Record(const Job& job, const Settings& s) {
  Json r;
  r["id"] = job.id;
  if (std::optional<std::string> created = report::SourceDateEpoch()) r["created"] = *created;
  Status st = job.error.empty() ? Status::Ok() : InputError(job.error);
  if (st.ok()) {
    StatusOr<Json> doc = AlignAndCheck(job, s);
    if (doc.ok()) {
      Json summary;
      int null_beads = 0;
      std::map<std::string, int> sev = {{"error", 0}, {"warning", 0}, {"info", 0}};
      for (const Json& b : (*doc)["beads"]) {
        null_beads += b["src"].empty() || b["tgt"].empty();
        for (const Json& f : b["flags"]) sev[f["severity"].get<std::string>()]++;
      }
      r["status"] = "ok";
      r["summary"] = {{"src_sentences", (*doc)["src"]["sentences"].size()},
                      {"tgt_sentences", (*doc)["tgt"]["sentences"].size()},
                      {"beads", (*doc)["beads"].size()},
                      {"null_beads", null_beads},
                      {"flags", {{"error", sev["error"]}, {"warning", sev["warning"]}, {"info", sev["info"]}}}};
      r["alignment"] = std::move(doc).value();
      return {Dump(r), true};
    }
    st = doc.status();
  }
  r["status"] = "error";
  r["error"] = {{"exit_code", st.code() == StatusCode::kInvalidArgument ? kExitUsage : kExitInput},
                {"message", st.message()}};
  r["src"] = job.src;
  r["tgt"] = job.tgt;
  r["tool"] = {{"name", "driftalign"}, {"version", DRIFTALIGN_VERSION}, {"git_commit", DRIFTALIGN_GIT_COMMIT}};
  return {Dump(r), false};
}

// "[#####.....] 120/554  3.2 pairs/s  ETA 2m15s" on stderr, at most 10 times a second.
class Progress {
 public:
  Progress(bool enabled, size_t total) : enabled_(enabled), total_(total), start_(Clock::now()) {}
  void Update(size_t done, size_t errors, bool final = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double rate = secs > 0 ? done / secs : 0;
    std::string line = "\r";
    if (total_ > 0) {
      int width = 30, filled = static_cast<int>(width * std::min<size_t>(done, total_) / total_);
      line += "[" + std::string(filled, '#') + std::string(width - filled, '.') + "] ";
      line += std::to_string(done) + "/" + std::to_string(total_);
    } else {
      line += std::to_string(done);
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, "  %.1f pairs/s", rate);
    line += buf;
    if (errors > 0) line += "  " + std::to_string(errors) + " failed";
    if (total_ > 0 && rate > 0 && done < total_) {
      long eta = std::lround((total_ - done) / rate);
      std::snprintf(buf, sizeof buf, "  ETA %ldm%02lds", eta / 60, eta % 60);
      line += buf;
    }
    line += "   ";
    std::fputs(line.c_str(), stderr);
    if (final) std::fputs("\n", stderr);
    std::fflush(stderr);
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  size_t total_;
  Clock::time_point start_, last_;
};

// Lines of `path` that ParseLine would not skip (for the progress total).
size_t CountJobs(const std::string& path) {
  std::ifstream in(path);
  size_t n = 0;
  Job scratch;
  int lineno = 0;
  for (std::string line; std::getline(in, line);) n += ParseLine(line, ++lineno, &scratch);
  return n;
}

VerbRunner RegisterBatch(CLI::App* app) {
  struct Flags {
    std::string manifest = "-";
    std::string output = "-";
    std::string model;
    std::string method = "embedding";
    int threads = 0;
    int max_block = 4;
    bool resume = false;
    bool no_coverage = false;
    bool strict = false;
    std::string progress = "auto";
    InputFlags in;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* cmd = app->add_subcommand(
      "batch",
      "Align and check every document pair of MANIFEST; one JSON line per pair, in manifest order\n"
      "(identical bytes for any --threads).\n"
      "  MANIFEST lines: id<TAB>src<TAB>tgt[<TAB>src_lang<TAB>tgt_lang] or\n"
      "                  {\"id\": .., \"src\": .., \"tgt\": .., \"src_lang\": .., \"tgt_lang\": ..};\n"
      "                  blank lines and lines starting with # are skipped; languages default en/fr.\n"
      "  Output lines:   {\"id\", \"status\": \"ok\", \"summary\": {src_sentences, tgt_sentences, beads,\n"
      "                   null_beads, flags: {error, warning, info}}, \"alignment\": <alignment JSON\n"
      "                   with flags, docs/alignment-json.md>}\n"
      "                  or {\"id\", \"status\": \"error\", \"error\": {exit_code, message}, \"src\", \"tgt\", \"tool\"}.\n"
      "A failing pair is an error record, never the end of the run. Exit 0 (with --strict: 2 when\n"
      "some pair failed), 2 when the manifest, output or model cannot be opened, 1 on usage errors.");
  cmd->add_option("manifest", flags->manifest, "Manifest file ('-' = stdin)")->capture_default_str();
  cmd->add_option("-o,--output", flags->output, "Output file ('-' = stdout)")->capture_default_str();
  cmd->add_option("--threads", flags->threads, "Worker threads (0 = one per core)")
      ->check(CLI::Range(0, 256))->capture_default_str();
  cmd->add_flag("--resume", flags->resume,
                "Skip ids already in the --output file and append the others (needs -o FILE)");
  cmd->add_option("--model", flags->model,
                  "Model file (default: $DRIFTALIGN_MODEL, else models/" +
                      std::string(embed::kDefaultModelFile) + " next to the binary's directory)");
  cmd->add_option("--method", flags->method,
                  "Alignment: embedding (the aligner) or gale-church (length-only baseline, no model)")
      ->check(CLI::IsMember({"embedding", "gale-church"}))->capture_default_str();
  cmd->add_option("--max-block", flags->max_block, "Largest bead, sentences on both sides together (2..8)")
      ->check(CLI::Range(2, 8))->capture_default_str();
  cmd->add_flag("--strict", flags->strict, "Exit 2 when some pair failed (default: exit 0, the error "
                "records are the result; a streaming mapper must not fail its task)");
  cmd->add_flag("--no-coverage", flags->no_coverage,
                "Skip the word-vector checks (partial_omission/addition, quote_mismatch)");
  cmd->add_option("--progress", flags->progress,
                  "Progress bar with rate and ETA on stderr: auto (when stderr is a terminal), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))->capture_default_str();
  flags->in.Register(cmd);

  return [cmd, flags]() -> int {
    if (!cmd->parsed()) return -1;
    if (flags->resume && flags->output == "-") {
      std::cerr << "driftalign batch: --resume needs -o FILE (the output of the earlier run)\n";
      return kExitUsage;
    }
    Settings settings;
    pipeline::PipelineOptions& options = settings.options;
    options.input = flags->in;
    options.method = flags->method == "gale-church" ? pipeline::Method::kGaleChurch : pipeline::Method::kEmbedding;
    options.aligner.max_block = flags->max_block;
    options.drift.coverage_mode = flags->no_coverage ? pipeline::CoverageMode::kOff : pipeline::CoverageMode::kAuto;
    options.use_second_thread = false;  // the workers keep every core busy
    options.model_path = flags->model;
    options.tool_version = DRIFTALIGN_VERSION;
    options.report_params["method"] = flags->method;
    options.report_params["max_block"] = flags->max_block;
    options.report_params["presegmented"] = flags->in.presegmented;

    // The model, loaded once: needed to align (embedding) and for the coverage checks.
    StatusOr<std::unique_ptr<embed::Model>> model = pipeline::LoadModelFor(options, ", or align with --method gale-church");
    if (!model.ok()) return Fail(model.status());
    settings.model = model->get();

    std::set<std::string> done_ids;
    if (flags->resume) {
      StatusOr<std::set<std::string>> ids = DoneIds(flags->output);
      if (!ids.ok()) return Fail(ids.status());
      done_ids = std::move(ids).value();
    }

    std::ifstream manifest_file;
    std::istream* manifest = &std::cin;
    if (flags->manifest != "-") {
      manifest_file.open(flags->manifest);
      if (!manifest_file) return Fail(InputError(flags->manifest + ": cannot open the manifest"));
      manifest = &manifest_file;
    }
    std::ofstream out_file;
    std::ostream* out = &std::cout;
    if (flags->output != "-") {
      out_file.open(flags->output, flags->resume ? std::ios::binary | std::ios::app : std::ios::binary);
      if (!out_file) return Fail(InputError(flags->output + ": cannot open for writing"));
      out = &out_file;
    }

    int threads = flags->threads > 0 ? flags->threads : std::max(1u, std::thread::hardware_concurrency());
    bool show = flags->progress == "always" || (flags->progress == "auto" && isatty(fileno(stderr)));
    size_t total = show && flags->manifest != "-" ? CountJobs(flags->manifest) : 0;
    if (total >= done_ids.size()) total -= std::min(total, done_ids.size());
    Progress progress(show, total);

    // Reader -> bounded queue -> workers -> results by sequence number -> writer
    // (this thread), which writes them in manifest order as they complete.
    const size_t window = static_cast<size_t>(threads) * 4;
    std::mutex mu;
    std::condition_variable cv;
    std::deque<Job> queue;
    std::map<size_t, RecordLine> results;
    size_t submitted = 0, written = 0;
    bool input_done = false;

    std::thread reader([&] {
      std::set<std::string> seen;
      int lineno = 0;
      for (std::string line; std::getline(*manifest, line);) {
        Job job;
        if (!ParseLine(line, ++lineno, &job)) continue;
        if (done_ids.count(job.id) > 0) continue;
        if (job.error.empty() && !seen.insert(job.id).second) {
          job.error = "manifest line " + std::to_string(lineno) + ": duplicate id \"" + job.id + "\"";
        }
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return submitted - written < window; });
        job.seq = submitted++;
        queue.push_back(std::move(job));
        cv.notify_all();
      }
      std::lock_guard<std::mutex> lock(mu);
      input_done = true;
      cv.notify_all();
    });

    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&] {
        while (true) {
          Job job;
          {
            std::unique_lock<std::mutex> lock(mu);
            cv.wait(lock, [&] { return !queue.empty() || input_done; });
            if (queue.empty()) return;
            job = std::move(queue.front());
            queue.pop_front();
          }
          RecordLine record = Record(job, settings);
          std::lock_guard<std::mutex> lock(mu);
          results.emplace(job.seq, std::move(record));
          cv.notify_all();
        }
      });
    }

    size_t errors = 0;
    bool write_failed = false;
    while (true) {
      RecordLine record;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return results.count(written) > 0 || (input_done && written == submitted); });
        auto it = results.find(written);
        if (it == results.end()) break;
        record = std::move(it->second);
        results.erase(it);
      }
      if (!record.ok) ++errors;
      *out << record.line << '\n';
      out->flush();  // a streaming consumer sees each record as soon as it is in order
      if (!*out) write_failed = true;
      {
        std::lock_guard<std::mutex> lock(mu);
        ++written;
        cv.notify_all();
      }
      progress.Update(written, errors);
    }
    reader.join();
    for (std::thread& w : workers) w.join();
    progress.Update(written, errors, /*final=*/true);
    if (write_failed) {
      return Fail(InputError((flags->output == "-" ? std::string("<stdout>") : flags->output) + ": write failed"));
    }
    if (errors > 0) {
      std::cerr << "driftalign batch: " << errors << " of " << written << " pair(s) failed (status \"error\")\n";
      if (flags->strict) return kExitInput;
    }
    return kExitOk;
  };
}

const VerbRegistration kRegistered("batch", &RegisterBatch);

}  // namespace
}  // namespace driftalign::cli
