#pragma once
// Auto Cobb without tensors in the interface: an AP spine radiograph in, the 68 vertebra corners,
// the three Cobb angles (AASCE definition), the S-shape and the ALS reading out. The viewer and
// osteon-cli use this; LibTorch stays behind the implementation.

#include <memory>
#include <string>
#include <vector>

#include "core/annotation/als.h"
#include "core/annotation/cobb.h"
#include "core/image/image.h"

namespace osteon::ai {

class SpineLandmarkModel;

struct SpineAnalysis {
  std::vector<annotation::Point2> landmarks;  // 68, pixels of the analysed slice
  annotation::CobbResult cobb;
  annotation::AlsReading als;
  double milliseconds = 0;  // landmarks + angles
};

class SpineAnalyzer {
 public:
  // Loads a spine landmark model package; "" = the bundled spine-landmarks.osteon. Throws
  // osteon::Error with a message a user can act on.
  explicit SpineAnalyzer(const std::string& modelPath = "");
  ~SpineAnalyzer();
  SpineAnalyzer(const SpineAnalyzer&) = delete;
  SpineAnalyzer& operator=(const SpineAnalyzer&) = delete;

  std::string modelPath() const { return path_; }
  std::string provenance() const;
  SpineAnalysis analyze(const image::Image& img, int slice = 0) const;

  // Angles and ALS reading for given (e.g. hand-corrected) corners.
  static SpineAnalysis measure(std::vector<annotation::Point2> landmarks, double imageHeight);

 private:
  std::string path_;
  std::unique_ptr<SpineLandmarkModel> model_;
};

}  // namespace osteon::ai
