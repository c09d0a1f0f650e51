// A per-user record that a model file's payload checksum was verified, so the
// next loads of the same unchanged file skip reading all of it (issue 20).
//
// Reading and hashing the 13 MB default model costs more than the 2 ms a load
// may spend on it (docs/reliability.md has the figures), so Model::Load
// verifies the payload once per model file: after a successful check it writes
// a stamp naming the file's identity (device, inode, size, modification and
// status-change times, payload checksum of the header), and a later load that
// finds the same identity skips the read. Any write to the file changes its
// status-change time (which no user can set back), and a copy is a new inode,
// so a changed file is always verified again. Not caught: bytes that rot on
// the disk without a write after the first check.
//
// Stamps live in $DRIFTALIGN_CACHE_DIR, else $XDG_CACHE_HOME/driftalign, else
// $HOME/.cache/driftalign. Without any of them, or when the directory cannot
// be written, every load verifies.
//
//   VerifiedStamp stamp(st, header.payload_checksum);   // st from fstat
//   if (!stamp.Present()) { RETURN_IF_ERROR(Verify()); stamp.Write(); }
#ifndef DRIFTALIGN_EMBED_VERIFIED_STAMP_H_
#define DRIFTALIGN_EMBED_VERIFIED_STAMP_H_

#include <sys/stat.h>

#include <cstdint>
#include <string>

namespace driftalign::embed {

class VerifiedStamp {
 public:
  VerifiedStamp(const struct stat& st, uint64_t payload_checksum);

  // Whether a stamp with exactly this identity exists.
  bool Present() const;
  // Records the identity (best effort: a failure only means the next load
  // verifies again).
  void Write() const;

  const std::string& path() const { return path_; }  // empty: no cache directory

 private:
  std::string path_;
  std::string identity_;
};

// The directory of the stamps ("" when none of the variables is set).
std::string StampDirectory();

}  // namespace driftalign::embed

#endif  // DRIFTALIGN_EMBED_VERIFIED_STAMP_H_
