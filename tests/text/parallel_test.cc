// text::ThreadGroup and text::ParallelChunks: an exception of a thread
// reaches the caller instead of ending the process (issue 20: an input that
// needs more memory than the process may have is a message and exit 2, also
// when the allocation that fails is on a worker thread).
#include "text/parallel.h"

#include <gtest/gtest.h>

#include <atomic>
#include <new>
#include <stdexcept>
#include <vector>

namespace driftalign::text {
namespace {

TEST(ThreadGroupTest, RethrowsTheExceptionOfAThreadAfterAllEnded) {
  std::atomic<int> ended{0};
  ThreadGroup group;
  group.Run([&] {
    ++ended;
    throw std::bad_alloc();
  });
  group.Run([&] { ++ended; });
  EXPECT_THROW(group.Join(), std::bad_alloc);
  EXPECT_EQ(ended.load(), 2);
  group.Join();  // the exception is rethrown once
}

TEST(ThreadGroupTest, TheCallersOwnExceptionLeavesNoThreadRunning) {
  std::atomic<int> ended{0};
  try {
    ThreadGroup group;
    group.Run([&] { ++ended; });
    throw std::runtime_error("the caller's share failed");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(ended.load(), 1);  // joined by the destructor, no std::terminate
}

TEST(ParallelChunksTest, AnExceptionOfAnyChunkReachesTheCaller) {
  for (int bad = 0; bad < 4; ++bad) {
    std::vector<int> seen(100, 0);
    EXPECT_THROW(ParallelChunks(100, 4,
                                [&](int begin, int end) {
                                  for (int i = begin; i < end; ++i) seen[static_cast<size_t>(i)] = 1;
                                  if (begin == bad * 25) throw std::bad_alloc();
                                }),
                 std::bad_alloc)
        << "chunk " << bad;
    int total = 0;
    for (int v : seen) total += v;
    EXPECT_EQ(total, 100);  // every chunk ran to its end before the rethrow
  }
}

}  // namespace
}  // namespace driftalign::text
