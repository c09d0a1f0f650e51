#include "text/input.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <sys/stat.h>
#include <unicode/utf8.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <memory>

#include "text/huge_pages.h"

namespace driftalign::text {
namespace {

std::string Hex(const unsigned char* data, size_t n) {
  static const char kDigits[] = "0123456789abcdef";
  std::string out(2 * n, '0');
  for (size_t i = 0; i < n; ++i) {
    out[2 * i] = kDigits[data[i] >> 4];
    out[2 * i + 1] = kDigits[data[i] & 15];
  }
  return out;
}

std::string ByteHex(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

// A C0 control character that never appears in text (TAB, LF, VT, FF, CR
// and ESC are allowed).
bool IsBinaryControl(unsigned char c) {
  return c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' && c != 0x1B;
}

// Validates UTF-8 from `start`; repairs in place when allowed.
Status CheckText(const std::string& name, std::string& bytes, size_t start,
                 const InputOptions& options, std::vector<size_t>* replaced) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const int32_t n = static_cast<int32_t>(bytes.size());
  int32_t i = static_cast<int32_t>(start);
  while (i < n) {
    const unsigned char b = s[i];
    if (b < 0x80) {
      if (IsBinaryControl(b)) {
        return InputError(name + ": byte offset " + std::to_string(i) + ": control byte " +
                          ByteHex(b) + (b == 0 ? " (NUL)" : "") +
                          "; this looks like a binary file, not UTF-8 text");
      }
      ++i;
      continue;
    }
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) {
      if (!options.replace_invalid) {
        return InputError(name + ": byte offset " + std::to_string(at) +
                          ": invalid UTF-8 (byte " + ByteHex(b) +
                          "); convert the file to UTF-8 (e.g. iconv -f LATIN1 -t UTF-8)" +
                          (options.suggest_replace_invalid ? " or pass --replace-invalid" : ""));
      }
      for (int32_t k = at; k < i; ++k) {
        bytes[k] = '?';
        replaced->push_back(static_cast<size_t>(k));
      }
    }
  }
  return Status::Ok();
}

}  // namespace

std::string Sha256Hex(std::string_view data) {
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  return Hex(md, len);
}

StatusOr<Document> MakeDocument(std::string name, std::string bytes,
                                const InputOptions& options) {
  if (bytes.size() > static_cast<size_t>(INT32_MAX)) {
    return InputError(name + ": input is larger than 2 GiB; split it first");
  }
  Document doc;
  doc.path = std::move(name);
  doc.sha256 = Sha256Hex(bytes);
  doc.bytes = std::move(bytes);
  if (doc.bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) doc.content_begin = 3;
  RETURN_IF_ERROR(CheckText(doc.path, doc.bytes, doc.content_begin, options,
                            &doc.replaced_offsets));
  return doc;
}

namespace {
bool g_stdin_was_closed = false;
}  // namespace

void HoldClosedStdin() {
  if (fcntl(0, F_GETFD) == -1 && errno == EBADF) {
    g_stdin_was_closed = true;
    const int fd = open("/dev/null", O_RDONLY);
    if (fd > 0) close(fd);  // 0 was free, so open returns 0 unless it failed
  }
}

Status CheckInputPath(const std::string& path) {
  if (path == "-") {
    if (g_stdin_was_closed || (fcntl(0, F_GETFD) == -1 && errno == EBADF)) {
      return InputError("<stdin>: standard input is closed; give a file name or pipe the input in");
    }
    return Status::Ok();
  }
  struct stat st;
  if (stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
    return InputError(path + ": is a directory, not a file");
  }
  return Status::Ok();
}

StatusOr<Document> ReadInput(const std::string& path, const InputOptions& options) {
  RETURN_IF_ERROR(CheckInputPath(path));
  std::string bytes;
  if (path == "-") {
    bytes.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) return InputError("<stdin>: read error");
    return MakeDocument("<stdin>", std::move(bytes), options);
  }
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) return InputError(path + ": cannot open: " + std::strerror(errno));
  // A regular file is read straight into a string of its size (no copies
  // while the string grows); anything else (a pipe, a growing file) in pieces.
  struct stat st;
  if (fstat(fileno(f.get()), &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
    bytes.reserve(static_cast<size_t>(st.st_size));
    AdviseHugePages(bytes.data(), static_cast<size_t>(st.st_size));
    bytes.resize(static_cast<size_t>(st.st_size));
    bytes.resize(std::fread(bytes.data(), 1, bytes.size(), f.get()));
  }
  char buf[1 << 16];
  size_t got;
  while ((got = std::fread(buf, 1, sizeof buf, f.get())) > 0) bytes.append(buf, got);
  if (std::ferror(f.get())) {
    return InputError(path + ": read error at byte offset " + std::to_string(bytes.size()) +
                      " (is it a directory?)");
  }
  return MakeDocument(path, std::move(bytes), options);
}

}  // namespace driftalign::text
