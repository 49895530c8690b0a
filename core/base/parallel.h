#pragma once
// A small parallel-for over an index range on std::threads. Work is handed out in order through
// an atomic counter, so uneven items (compressed slices) balance across threads.

#include <cstddef>
#include <functional>

namespace osteon {

// Number of worker threads to use by default: the machine's hardware threads (at least 1).
int defaultThreadCount();

// Calls fn(i) for i in [0, n) on up to `threads` threads (0 = defaultThreadCount()). The first
// exception thrown by fn stops the hand-out of further items and is rethrown in the caller.
void parallelFor(std::size_t n, const std::function<void(std::size_t)>& fn, int threads = 0);

}  // namespace osteon
