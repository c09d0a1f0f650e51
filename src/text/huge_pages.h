// Asking the kernel for transparent huge pages (2 MiB) on a large buffer
// before it is first written: one page fault per 2 MiB instead of one per
// 4 KiB. On the project's 2-core VM a 4 KiB fault costs several
// microseconds, and the aligner's vectors of a 100k-sentence document (prefix
// sums and sentence vectors, about 240 MB) took about 60,000 of them
// (docs/benchmarks.md, issue 18). Only the speed changes: the contents and
// addresses of the buffer are the same. A no-op off Linux, for buffers under
// 4 MiB, and where the kernel's THP mode is "never".
//
//   matrix.resize(rows, cols);   // allocated, not yet written
//   text::AdviseHugePages(matrix.data(), matrix.size() * sizeof(double));
#ifndef DRIFTALIGN_TEXT_HUGE_PAGES_H_
#define DRIFTALIGN_TEXT_HUGE_PAGES_H_

#include <cstddef>
#include <cstdint>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace driftalign::text {

// Advises huge pages for the whole 2 MiB pages inside [data, data + bytes).
inline void AdviseHugePages(void* data, size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr uintptr_t kHuge = uintptr_t{2} << 20;
  if (data == nullptr || bytes < 2 * kHuge) return;
  const uintptr_t begin = (reinterpret_cast<uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
  const uintptr_t end = (reinterpret_cast<uintptr_t>(data) + bytes) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advice only: errors ignored
#else
  (void)data;
  (void)bytes;
#endif
}

}  // namespace driftalign::text

#endif  // DRIFTALIGN_TEXT_HUGE_PAGES_H_
