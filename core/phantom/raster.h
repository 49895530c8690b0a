#pragma once
// Small raster helpers shared by the phantoms: smooth random fields, separable Gaussian blur.

#include <cstdint>
#include <random>
#include <vector>

namespace osteon::phantom {

// A w x h float field.
struct Field {
  int w = 0, h = 0;
  std::vector<float> v;
  Field() = default;
  Field(int width, int height, float fill = 0)
      : w(width), h(height), v(static_cast<std::size_t>(width) * height, fill) {}
  float& at(int x, int y) {
    return v[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
             static_cast<std::size_t>(x)];
  }
  float at(int x, int y) const {
    return v[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
             static_cast<std::size_t>(x)];
  }
  // Bilinear sample with clamping at the borders.
  float sample(double x, double y) const;
};

// In-place separable Gaussian blur (sigma in pixels; sigma <= 0 does nothing).
void gaussianBlur(Field& f, double sigma);

// White noise blurred with sigma and normalised to zero mean, unit standard deviation.
Field smoothNoise(int w, int h, double sigma, std::mt19937& rng);

}  // namespace osteon::phantom
