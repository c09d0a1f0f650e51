#include "embed/verified_stamp.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>

namespace driftalign::embed {

std::string StampDirectory() {
  auto env = [](const char* name) -> std::string {
    const char* v = std::getenv(name);
    return v != nullptr ? v : "";
  };
  if (std::string d = env("DRIFTALIGN_CACHE_DIR"); !d.empty()) return d;
  if (std::string d = env("XDG_CACHE_HOME"); !d.empty()) return d + "/driftalign";
  if (std::string d = env("HOME"); !d.empty()) return d + "/.cache/driftalign";
  return "";
}

VerifiedStamp::VerifiedStamp(const struct stat& st, uint64_t payload_checksum) {
  std::ostringstream id;
  id << "driftalign model payload verified\n"
     << "device " << st.st_dev << "\ninode " << st.st_ino << "\nsize " << st.st_size << "\nmtime "
     << st.st_mtim.tv_sec << "." << st.st_mtim.tv_nsec << "\nctime " << st.st_ctim.tv_sec << "."
     << st.st_ctim.tv_nsec << "\npayload_checksum " << std::hex << payload_checksum << "\n";
  identity_ = id.str();
  const std::string dir = StampDirectory();
  if (!dir.empty()) {
    path_ = dir + "/verified-model-" + std::to_string(st.st_dev) + "-" + std::to_string(st.st_ino);
  }
}

bool VerifiedStamp::Present() const {
  if (path_.empty()) return false;
  std::ifstream in(path_, std::ios::binary);
  if (!in) return false;
  std::ostringstream got;
  got << in.rdbuf();
  return got.str() == identity_;
}

void VerifiedStamp::Write() const {
  if (path_.empty()) return;
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ec);
  if (ec) return;
  // Written whole under a temporary name, then renamed: a reader never sees half a stamp.
  const std::string tmp = path_ + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << identity_;
    if (!out.flush()) {
      std::filesystem::remove(tmp, ec);
      return;
    }
  }
  if (std::rename(tmp.c_str(), path_.c_str()) != 0) std::filesystem::remove(tmp, ec);
}

}  // namespace driftalign::embed
