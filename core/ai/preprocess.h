#pragma once
// Image -> network input: physical values min-max scaled to [0, 1] (8-bit pictures: / 255),
// RGB to luminance, resized to size x size (bilinear, field of view kept), replicated to three
// channels and normalised with the model's mean and standard deviation.

#include <torch/torch.h>

#include <vector>

#include "core/image/image.h"

namespace osteon::ai {
struct ModelInfo;
}

namespace osteon::ai {

// One 2D image (slice `k` of a volume) -> (1, 3, size, size).
torch::Tensor toInput(const image::Image& img, int size, const std::vector<double>& mean,
                      const std::vector<double>& stdev, int k = 0);

// The same for a width x height input (aspect not kept: landmark models work in coordinates
// normalised by the image's width and height).
torch::Tensor toInput(const image::Image& img, int width, int height,
                      const std::vector<double>& mean, const std::vector<double>& stdev, int k = 0);

// The network input a model package asks for: its preprocessing (rolling ball), its input size
// (width x height), its normalisation. What training, infer, gradcam and serve-json all use.
torch::Tensor prepareInput(const image::Image& img, const ModelInfo& info, int k = 0);

// One slice scaled to [0, 1] (8-bit pictures: / 255, others min-max) at width x height, as a
// (height, width) float tensor: the grey image both toInput overloads start from.
torch::Tensor toUnitGrey(const image::Image& img, int width, int height, int k = 0);

}  // namespace osteon::ai
