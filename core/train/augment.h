#pragma once
// Training-time augmentation on grey images in [0, 1] (plain C++, no tensors: it runs on the
// decoding threads): one random draw per image of rotation, shift, zoom, flips, brightness and an
// elastic displacement field (imgaug's ElasticTransformation: uniform noise in [-1, 1] smoothed
// by a Gaussian of `elasticSigma` pixels, times `elasticAlpha` pixels). Geometric changes are one
// inverse mapping with bilinear sampling; outside the image the nearest edge pixel is used
// (Keras' fill_mode "nearest", what the seeds trained with).

#include <cstdint>
#include <random>
#include <vector>

namespace osteon::train {

struct AugmentOptions;

struct GreyImage {
  int width = 0, height = 0;
  std::vector<float> pixels;  // row-major, height * width
  float at(int x, int y) const {
    return pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(width) +
                  static_cast<std::size_t>(x)];
  }
};

struct AugmentDraw {
  double angleDegrees = 0, shiftX = 0, shiftY = 0, scale = 1, brightness = 1;
  bool horizontalFlip = false, verticalFlip = false;
  std::uint32_t elasticSeed = 0;
  bool identity() const;
};

// Draws the parameters of one augmentation (the elastic field itself is drawn from elasticSeed
// when applied, so a draw is small and reproducible).
AugmentDraw drawAugmentation(const AugmentOptions& options, std::mt19937& rng);

// Applies a draw; the result has the input's size. Intensities are clamped to [0, 1].
GreyImage applyAugmentation(const GreyImage& in, const AugmentOptions& options,
                            const AugmentDraw& draw);

}  // namespace osteon::train
