#include "core/phantom/raster.h"

#include <algorithm>
#include <cmath>

namespace osteon::phantom {

float Field::sample(double x, double y) const {
  x = std::clamp(x, 0.0, w - 1.0);
  y = std::clamp(y, 0.0, h - 1.0);
  const int x0 = std::min(static_cast<int>(x), w - 2 < 0 ? 0 : w - 2),
            y0 = std::min(static_cast<int>(y), h - 2 < 0 ? 0 : h - 2);
  const int x1 = std::min(x0 + 1, w - 1), y1 = std::min(y0 + 1, h - 1);
  const double tx = x - x0, ty = y - y0;
  return static_cast<float>((at(x0, y0) * (1 - tx) + at(x1, y0) * tx) * (1 - ty) +
                            (at(x0, y1) * (1 - tx) + at(x1, y1) * tx) * ty);
}

void gaussianBlur(Field& f, double sigma) {
  if (sigma <= 0 || f.w == 0) return;
  const int r = std::max(1, static_cast<int>(std::ceil(3 * sigma)));
  std::vector<float> k(static_cast<std::size_t>(2 * r + 1));
  double sum = 0;
  for (int i = -r; i <= r; ++i)
    sum += k[static_cast<std::size_t>(i + r)] =
        static_cast<float>(std::exp(-0.5 * i * i / (sigma * sigma)));
  for (float& x : k)
    x = static_cast<float>(x / sum);
  std::vector<float> tmp(f.v.size());
  for (int y = 0; y < f.h; ++y)
    for (int x = 0; x < f.w; ++x) {
      double s = 0;
      for (int i = -r; i <= r; ++i)
        s += k[static_cast<std::size_t>(i + r)] * f.at(std::clamp(x + i, 0, f.w - 1), y);
      tmp[static_cast<std::size_t>(y) * static_cast<std::size_t>(f.w) +
          static_cast<std::size_t>(x)] = static_cast<float>(s);
    }
  for (int y = 0; y < f.h; ++y)
    for (int x = 0; x < f.w; ++x) {
      double s = 0;
      for (int i = -r; i <= r; ++i)
        s += k[static_cast<std::size_t>(i + r)] *
             tmp[static_cast<std::size_t>(std::clamp(y + i, 0, f.h - 1)) *
                     static_cast<std::size_t>(f.w) +
                 static_cast<std::size_t>(x)];
      f.at(x, y) = static_cast<float>(s);
    }
}

Field smoothNoise(int w, int h, double sigma, std::mt19937& rng) {
  Field f(w, h);
  std::normal_distribution<float> n01(0.f, 1.f);
  for (float& x : f.v)
    x = n01(rng);
  gaussianBlur(f, sigma);
  double mean = 0, sq = 0;
  for (float x : f.v)
    mean += x;
  mean /= static_cast<double>(f.v.size());
  for (float x : f.v)
    sq += (x - mean) * (x - mean);
  const double sd = std::sqrt(sq / static_cast<double>(f.v.size())) + 1e-12;
  for (float& x : f.v)
    x = static_cast<float>((x - mean) / sd);
  return f;
}

}  // namespace osteon::phantom
