#include "core/ai/spine_analyzer.h"

#include <chrono>

#include "core/ai/model_package.h"
#include "core/ai/spine_landmarks.h"

namespace osteon::ai {

SpineAnalyzer::SpineAnalyzer(const std::string& modelPath)
    : path_(modelPath.empty() ? bundledModelPath("spine-landmarks.osteon") : modelPath),
      model_(std::make_unique<SpineLandmarkModel>(path_)) {}

SpineAnalyzer::~SpineAnalyzer() = default;

std::string SpineAnalyzer::provenance() const {
  return model_->info().provenance;
}

SpineAnalysis SpineAnalyzer::measure(std::vector<annotation::Point2> landmarks,
                                     double imageHeight) {
  SpineAnalysis a;
  a.cobb = annotation::cobbAngles(landmarks, imageHeight);
  a.als = annotation::readAlsType(landmarks);
  a.landmarks = std::move(landmarks);
  return a;
}

SpineAnalysis SpineAnalyzer::analyze(const image::Image& img, int slice) const {
  const auto t0 = std::chrono::steady_clock::now();
  SpineAnalysis a = measure(model_->predict(img, slice), img.height());
  a.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return a;
}

}  // namespace osteon::ai
