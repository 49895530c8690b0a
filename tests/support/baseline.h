#pragma once
// Baseline-image tests: a rendered picture compared with a reviewed PNG in tests/baselines/, within
// a tolerance (antialiasing and font hinting may move a few edge pixels; a changed picture moves
// many). Beside the pixel probes of each test, these catch a picture that changed in ways no probe
// looks at.
//
// To create or update baselines after an intended change: run the tests with
// OSTEON_UPDATE_BASELINES=1, look at every PNG written to tests/baselines/, and commit them. A
// missing baseline is a failure, never a skip.

#include <string>

#include "core/image/image.h"

namespace osteon::test {

struct BaselineTolerance {
  int channel = 40;         // a pixel differs when a channel differs by more than this
  double fraction = 0.004;  // at most this share of the pixels may differ
};

// Compares an RGB8 or UInt8 2D image with tests/baselines/<name>.png. Returns "" when it matches;
// otherwise what differs, naming the actual picture and a difference map written to
// <temp>/osteon-baselines/. With OSTEON_UPDATE_BASELINES set, writes the baseline and returns a
// message saying so (the test fails until the variable is unset).
std::string compareWithBaseline(const image::Image& img, const std::string& name,
                                BaselineTolerance tolerance = {});

}  // namespace osteon::test

// CHECKs that a picture matches its baseline, with the difference as the failure message.
#define OSTEON_CHECK_BASELINE(img, name)                                                 \
  do {                                                                                   \
    const std::string osteon_baseline_ = ::osteon::test::compareWithBaseline(img, name); \
    INFO(osteon_baseline_);                                                              \
    CHECK(osteon_baseline_.empty());                                                     \
  } while (0)
