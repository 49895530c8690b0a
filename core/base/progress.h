#pragma once
// Progress and cancel for long work (scan, load, infer, train). The worker calls step(); the
// owner (a GUI thread or the CLI) reads the fraction through the callback and sets cancel.

#include <atomic>
#include <functional>
#include <string>

#include "core/base/error.h"

namespace osteon {

class Progress {
 public:
  using Callback = std::function<void(double fraction, const std::string& what)>;

  Progress() = default;
  explicit Progress(Callback cb, const std::atomic<bool>* cancel = nullptr)
      : callback_(std::move(cb)), cancel_(cancel) {}

  bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
  void throwIfCancelled() const {
    if (cancelled()) throw Cancelled();
  }
  void report(double fraction, const std::string& what) const {
    if (callback_) callback_(fraction, what);
  }

 private:
  Callback callback_;
  const std::atomic<bool>* cancel_ = nullptr;
};

}  // namespace osteon
