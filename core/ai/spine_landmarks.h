#pragma once
// Spine landmark models: 68 vertebra corners (T1..L5, TL TR BL BR each) of an AP spine X-ray,
// predicted by a regression network ("landmarknet") as 136 values in the AASCE order
// (68 x then 68 y, normalised by the image's width and height). Prediction averages the image
// and its mirror image (the mirror's left and right corners swapped back), which halves the
// left-right bias of a small model. Internal to core/: the viewer gets Point2s, not tensors.

#include <torch/torch.h>

#include <string>
#include <vector>

#include "core/ai/model_package.h"
#include "core/annotation/cobb.h"
#include "core/image/image.h"

namespace osteon::ai {

constexpr const char* kSpineLandmarkTask = "spine-landmarks";

// Output names in the AASCE order: "x T1 top-left" .. "y L5 bottom-right".
std::vector<std::string> spineLandmarkOutputNames();

// Normalised landmarks (N, 136) of a batch mirrored left-right: x -> 1 - x and each vertebra's
// left and right corners exchanged, so the result describes the mirrored images.
torch::Tensor mirrorLandmarks(const torch::Tensor& normalized);

class SpineLandmarkModel {
 public:
  // Throws osteon::Error when the file is not a spine landmark model package.
  explicit SpineLandmarkModel(const std::string& path);
  explicit SpineLandmarkModel(LoadedModel model);

  const ModelInfo& info() const { return model_.info; }
  // Network input for slice k of an image: grey [0, 1] at the model's size, 3 channels.
  torch::Tensor input(const image::Image& img, int k = 0) const;
  // Normalised predictions (N, 136) for a batch of inputs, mirror-averaged. The network runs on
  // its own device (ai::computeDevice() for a model loaded from a file); the result is on the
  // batch's device.
  torch::Tensor predictNormalized(const torch::Tensor& batch) const;
  // The 68 corners in the image's pixel coordinates (x right, y down).
  std::vector<annotation::Point2> predict(const image::Image& img, int k = 0) const;

 private:
  LoadedModel model_;
};

}  // namespace osteon::ai
