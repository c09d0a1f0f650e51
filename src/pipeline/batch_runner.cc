#include "pipeline/batch_runner.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <new>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include "pipeline/pipeline.h"
#include "pipeline/progress.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/manifest.h"
#include "text/input.h"

namespace driftalign::pipeline {
namespace {

using Json = nlohmann::ordered_json;

// Writes the HTML report of `job` into batch.html_dir; the reason on failure.
std::string WriteHtmlReport(const Job& job, const report::AlignmentReport& report, const BatchOptions& batch) {
  const std::string path = (std::filesystem::path(batch.html_dir) / ReportFileName(job.id)).string();
  std::ofstream out(path, std::ios::binary);
  if (!out) return path + ": cannot open for writing";
  report::HtmlOptions html;
  html.build.git_commit = batch.git_commit;
  if (Status st = report::WriteHtml(report, html, out); !st.ok()) return path + ": " + st.message();
  out.close();
  return out ? "" : path + ": write failed";
}

// Aligns and checks one pair: the alignment JSON (schema driftalign/alignment/1).
// Writes its HTML report too when batch.html_dir is set (*html_error: why not).
StatusOr<Json> AlignmentOf(const Job& job, const PipelineOptions& pair_options, const embed::Model* model,
                           const BatchOptions& batch, std::string* html_error) {
  PipelineOptions options = pair_options;
  options.src_lang = job.src_lang;
  options.tgt_lang = job.tgt_lang;
  ASSIGN_OR_RETURN(SegmentedPair pair, ReadPair(options, job.src, job.tgt));
  ASSIGN_OR_RETURN(report::AlignmentReport report, AlignAndCheck(options, model, pair));
  Json doc = report::AlignmentToJson(report);
  report::StampBuild(&doc, batch.git_commit);
  if (!batch.html_dir.empty()) *html_error = WriteHtmlReport(job, report, batch);
  return doc;
}

// The "summary" of an ok record: sentence, bead and flag counts of `doc`.
Json SummaryOf(const Json& doc) {
  int null_beads = 0;
  std::map<std::string, int> sev = {{"error", 0}, {"warning", 0}, {"info", 0}};
  for (const Json& b : doc["beads"]) {
    null_beads += b["src"].empty() || b["tgt"].empty();
    for (const Json& f : b["flags"]) sev[f["severity"].get<std::string>()]++;
  }
  return {{"src_sentences", doc["src"]["sentences"].size()},
          {"tgt_sentences", doc["tgt"]["sentences"].size()},
          {"beads", doc["beads"].size()},
          {"null_beads", null_beads},
          {"flags", {{"error", sev["error"]}, {"warning", sev["warning"]}, {"info", sev["info"]}}}};
}

// Invalid UTF-8 in a path of the manifest must not abort the run.
std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace

std::string ReportFileName(const std::string& id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string name;
  for (size_t i = 0; i < id.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(id[i]);
    const bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                      c == '_' || (c == '.' && i > 0);
    if (keep) {
      name += static_cast<char>(c);
    } else {
      name += '%';
      name += kHex[c >> 4];
      name += kHex[c & 15];
    }
  }
  if (name.size() > 200) name = name.substr(0, 180) + "~" + text::Sha256Hex(id).substr(0, 16);
  return name + ".html";
}

std::pair<size_t, size_t> ShardRange(size_t jobs, int index, int count) {
  return {jobs * index / count, jobs * (index + 1) / count};
}

BatchRecord RecordOf(const Job& job, const PipelineOptions& options, const embed::Model* model,
                     const BatchOptions& batch) {
  Json r;
  r["id"] = job.id;
  if (std::optional<std::string> created = report::SourceDateEpoch()) r["created"] = *created;
  Status st = job.error.empty() ? Status::Ok() : InputError(job.error);
  if (st.ok()) {
    std::string html_error;
    StatusOr<Json> doc = AlignmentOf(job, options, model, batch, &html_error);
    if (doc.ok()) {
      r["status"] = "ok";
      r["summary"] = SummaryOf(*doc);
      r["alignment"] = std::move(doc).value();
      return {Dump(r), true, std::move(html_error)};
    }
    st = doc.status();
  }
  r["status"] = "error";
  r["error"] = {{"exit_code", batch.exit_code(st)}, {"message", st.message()}};
  r["src"] = job.src;
  r["tgt"] = job.tgt;
  r["tool"] = {{"name", "driftalign"}, {"version", batch.tool_version}, {"git_commit", batch.git_commit}};
  return {Dump(r), false, {}};
}

namespace {

// The ordered worker pool: a reader thread parses the manifest into a
// bounded queue (at most `window` jobs ahead of the writer), the workers turn
// jobs into records by sequence number, and Write (on the calling thread)
// writes them in manifest order.
class OrderedPool {
 public:
  // Jobs outside [shard.first, shard.second) (0-based among the manifest's
  // jobs) are read, for line numbers and duplicate ids, but not run.
  OrderedPool(const BatchOptions& batch, const PipelineOptions& options, const embed::Model* model,
              const std::set<std::string>& done_ids, int threads, std::pair<size_t, size_t> shard)
      : batch_(batch), options_(options), model_(model), done_ids_(done_ids),
        window_(static_cast<size_t>(threads) * 4), shard_(shard) {}

  void Read(std::istream& manifest) {
    std::set<std::string> seen;
    int lineno = 0;
    size_t index = 0;
    for (std::string line; index < shard_.second && std::getline(manifest, line);) {
      Job job;
      if (!ParseLine(line, ++lineno, &job)) continue;
      const bool in_shard = index++ >= shard_.first;
      if (done_ids_.count(job.id) > 0) continue;
      if (job.error.empty() && !seen.insert(job.id).second) {
        job.error = "manifest line " + std::to_string(lineno) + ": duplicate id \"" + job.id + "\"";
      }
      if (!in_shard) continue;
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] { return submitted_ - written_ < window_; });
      job.seq = submitted_++;
      queue_.push_back(std::move(job));
      cv_.notify_all();
    }
    std::lock_guard<std::mutex> lock(mu_);
    input_done_ = true;
    cv_.notify_all();
  }

  void Work() {
    while (true) {
      Job job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return !queue_.empty() || input_done_; });
        if (queue_.empty()) return;
        job = std::move(queue_.front());
        queue_.pop_front();
      }
      BatchRecord record;
      try {
        record = RecordOf(job, options_, model_, batch_);
      } catch (const std::bad_alloc&) {
        // One pair too large for the memory the process may use is an error
        // record, like any bad pair; the others go on.
        job.error = "not enough memory to align and check this pair";
        record = RecordOf(job, options_, model_, batch_);
      }
      std::lock_guard<std::mutex> lock(mu_);
      results_.emplace(job.seq, std::move(record));
      cv_.notify_all();
    }
  }

  // Writes the records in order until the reader is done and every job is
  // written; *write_failed is set when `out` fails.
  BatchSummary Write(std::ostream& out, Progress* progress, bool* write_failed) {
    BatchSummary summary;
    while (true) {
      BatchRecord record;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [&] { return results_.count(written_) > 0 || (input_done_ && written_ == submitted_); });
        auto it = results_.find(written_);
        if (it == results_.end()) break;
        record = std::move(it->second);
        results_.erase(it);
      }
      if (!record.ok) ++summary.errors;
      if (!record.html_error.empty()) {
        std::cerr << "driftalign batch: " << record.html_error << "\n";
        if (summary.html_error.empty()) summary.html_error = record.html_error;
      }
      out << record.line << '\n';
      out.flush();  // a streaming consumer sees each record as soon as it is in order
      if (!out) *write_failed = true;
      {
        std::lock_guard<std::mutex> lock(mu_);
        summary.records = ++written_;
        cv_.notify_all();
      }
      progress->Update(summary.records, summary.errors);
    }
    return summary;
  }

 private:
  const BatchOptions& batch_;
  const PipelineOptions& options_;
  const embed::Model* model_;
  const std::set<std::string>& done_ids_;
  const size_t window_;
  const std::pair<size_t, size_t> shard_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> queue_;
  std::map<size_t, BatchRecord> results_;
  size_t submitted_ = 0, written_ = 0;
  bool input_done_ = false;
};

}  // namespace

StatusOr<BatchSummary> RunBatch(const BatchOptions& batch, const PipelineOptions& options,
                                const embed::Model* model) {
  RETURN_IF_ERROR(text::CheckInputPath(batch.manifest));
  if (batch.shard_count < 1 || batch.shard_index < 0 || batch.shard_index >= batch.shard_count) {
    return InvalidArgument("shard " + std::to_string(batch.shard_index) + " of " +
                           std::to_string(batch.shard_count) + ": the index must be in 0.." +
                           std::to_string(batch.shard_count - 1));
  }
  if (batch.shard_count > 1 && batch.manifest == "-") {
    return InvalidArgument("shards need a manifest file (it is read twice), not stdin");
  }
  if (!batch.html_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(batch.html_dir, ec);
    if (ec || !std::filesystem::is_directory(batch.html_dir)) {
      return InputError(batch.html_dir + ": cannot create the HTML report directory" +
                        (ec ? ": " + ec.message() : std::string()));
    }
  }
  std::set<std::string> done_ids;
  if (batch.resume) {
    ASSIGN_OR_RETURN(done_ids, DoneIds(batch.output));
  }

  std::ifstream manifest_file;
  std::istream* manifest = &std::cin;
  if (batch.manifest != "-") {
    manifest_file.open(batch.manifest);
    if (!manifest_file) return InputError(batch.manifest + ": cannot open the manifest");
    manifest = &manifest_file;
  }
  std::ofstream out_file;
  std::ostream* out = &std::cout;
  if (batch.output != "-") {
    out_file.open(batch.output, batch.resume ? std::ios::binary | std::ios::app : std::ios::binary);
    if (!out_file) return InputError(batch.output + ": cannot open for writing");
    out = &out_file;
  }

  const int threads =
      batch.threads > 0 ? batch.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  std::pair<size_t, size_t> shard = {0, SIZE_MAX};
  if (batch.shard_count > 1) shard = ShardRange(CountJobs(batch.manifest), batch.shard_index, batch.shard_count);
  size_t total = 0;
  if (batch.show_progress && batch.manifest != "-") {
    total = batch.shard_count > 1 ? shard.second - shard.first : CountJobs(batch.manifest);
  }
  if (total >= done_ids.size()) total -= std::min(total, done_ids.size());
  Progress progress(batch.show_progress, total);

  OrderedPool pool(batch, options, model, done_ids, threads, shard);
  std::thread reader([&] { pool.Read(*manifest); });
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) workers.emplace_back([&] { pool.Work(); });
  bool write_failed = false;
  const BatchSummary summary = pool.Write(*out, &progress, &write_failed);
  reader.join();
  for (std::thread& w : workers) w.join();
  progress.Update(summary.records, summary.errors, /*final=*/true);
  if (write_failed) {
    return InputError((batch.output == "-" ? std::string("<stdout>") : batch.output) + ": write failed");
  }
  if (!summary.html_error.empty()) return InputError(summary.html_error + " (HTML report)");
  return summary;
}

}  // namespace driftalign::pipeline
