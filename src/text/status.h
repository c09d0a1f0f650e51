// Status and StatusOr<T>: how library code reports recoverable failures
// (I/O, malformed input, bad model) without exceptions or exit().
//
//   StatusOr<Document> doc = ReadInput("story.txt", {});
//   if (!doc.ok()) return doc.status();          // or RETURN_IF_ERROR(...)
//   Use(doc.value());
//
// Only src/cli/ turns a Status into an exit code (cli::ExitCode in src/cli/common.h).
#ifndef DRIFTALIGN_TEXT_STATUS_H_
#define DRIFTALIGN_TEXT_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace driftalign {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // a bad option value or API misuse (exit 1)
  kInputError,       // malformed or unreadable input file (exit 2)
  kModelError,       // missing, truncated or corrupt model (exit 2)
  kInternal,         // a library (ICU, ...) failed unexpectedly (exit 2)
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status InvalidArgument(std::string m) { return Status(StatusCode::kInvalidArgument, std::move(m)); }
inline Status InputError(std::string m) { return Status(StatusCode::kInputError, std::move(m)); }
inline Status ModelError(std::string m) { return Status(StatusCode::kModelError, std::move(m)); }
inline Status InternalError(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }

// Holds either a value or a non-ok Status.
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) { assert(!status_.ok()); }
  StatusOr(T value) : value_(std::move(value)) {}

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& { assert(ok()); return *value_; }
  T& value() & { assert(ok()); return *value_; }
  T&& value() && { assert(ok()); return std::move(*value_); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace driftalign

#define DRIFTALIGN_CONCAT_INNER(a, b) a##b
#define DRIFTALIGN_CONCAT(a, b) DRIFTALIGN_CONCAT_INNER(a, b)

// Returns the Status from the enclosing function if `expr` is not ok.
#define RETURN_IF_ERROR(expr)                         \
  do {                                                \
    ::driftalign::Status status_macro_ = (expr);      \
    if (!status_macro_.ok()) return status_macro_;    \
  } while (0)

// ASSIGN_OR_RETURN(auto x, FunctionReturningStatusOr());
#define ASSIGN_OR_RETURN(lhs, expr) \
  ASSIGN_OR_RETURN_IMPL(DRIFTALIGN_CONCAT(statusor_, __LINE__), lhs, expr)
#define ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
  auto tmp = (expr);                          \
  if (!tmp.ok()) return tmp.status();         \
  lhs = std::move(tmp).value()

#endif  // DRIFTALIGN_TEXT_STATUS_H_
