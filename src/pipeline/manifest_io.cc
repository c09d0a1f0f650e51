#include "pipeline/manifest_io.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <system_error>

#include "pipeline/options.h"

namespace driftalign::pipeline {

using Json = nlohmann::ordered_json;

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

bool ParseLine(std::string line, int lineno, Job* job) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
  size_t first = line.find_first_not_of(" \t");
  if (first == std::string::npos || line[first] == '#') return false;
  job->line = lineno;
  job->id = "line:" + std::to_string(lineno);  // until the id is known
  auto valid_lang = [](const std::string& l) { return ParseLanguage(l).ok(); };
  // The id the line gives; a JSON line without "id" keeps "line:N", an empty
  // id is an error and keeps "line:N" too (a record always has an id).
  std::optional<std::string> given_id;
  if (line[first] == '{') {
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      job->error = "manifest line " + std::to_string(lineno) + ": not a JSON object";
      return true;
    }
    auto str = [&](const char* k) { return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : ""; };
    if (j.contains("id")) given_id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
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
    given_id = f[0];
    job->src = f[1];
    job->tgt = f[2];
    if (f.size() == 5) {
      job->src_lang = f[3];
      job->tgt_lang = f[4];
    }
  }
  if (given_id && !given_id->empty()) job->id = *given_id;
  if ((given_id && given_id->empty()) || job->src.empty() || job->tgt.empty()) {
    job->error = "manifest line " + std::to_string(lineno) + ": id, src and tgt must be non-empty";
  } else if (!valid_lang(job->src_lang) || !valid_lang(job->tgt_lang)) {
    job->error = "manifest line " + std::to_string(lineno) + ": languages must be en or fr, got " +
                 job->src_lang + "/" + job->tgt_lang;
  }
  return true;
}

size_t CountJobs(const std::string& path) {
  std::ifstream in(path);
  size_t n = 0;
  Job scratch;
  int lineno = 0;
  for (std::string line; std::getline(in, line);) n += ParseLine(line, ++lineno, &scratch);
  return n;
}

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

}  // namespace driftalign::pipeline
