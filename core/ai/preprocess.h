#pragma once
// Image -> network input: physical values min-max scaled to [0, 1] (8-bit pictures: / 255),
// RGB to luminance, resized to size x size (bilinear, field of view kept), replicated to three
// channels and normalised with the model's mean and standard deviation.

#include <torch/torch.h>

#include <vector>

#include "core/image/image.h"

namespace osteon::ai {

// One 2D image (slice `k` of a volume) -> (1, 3, size, size).
torch::Tensor toInput(const image::Image& img, int size, const std::vector<double>& mean,
                      const std::vector<double>& stdev, int k = 0);

}  // namespace osteon::ai
