#include "core/image/colormap.h"

#include <algorithm>
#include <cmath>

namespace osteon::image {

namespace {
std::array<std::uint8_t, 3> lerpStops(const double stops[][4], int n, double t) {
  t = std::clamp(t, 0.0, 1.0);
  for (int i = 1; i < n; ++i)
    if (t <= stops[i][0]) {
      const double u = (t - stops[i - 1][0]) / (stops[i][0] - stops[i - 1][0]);
      auto c = [&](int k) {
        return static_cast<std::uint8_t>(
            std::lround(255 * (stops[i - 1][k] + u * (stops[i][k] - stops[i - 1][k]))));
      };
      return {c(1), c(2), c(3)};
    }
  auto c = [&](int k) { return static_cast<std::uint8_t>(std::lround(255 * stops[n - 1][k])); };
  return {c(1), c(2), c(3)};
}
}  // namespace

std::array<std::uint8_t, 3> colormapRgb(Colormap map, double t) {
  static const double jet[][4] = {{0, 0, 0, 0.5},   {0.125, 0, 0, 1}, {0.375, 0, 1, 1},
                                  {0.625, 1, 1, 0}, {0.875, 1, 0, 0}, {1, 0.5, 0, 0}};
  static const double inferno[][4] = {{0, 0, 0, 0.02},
                                      {0.25, 0.34, 0.06, 0.43},
                                      {0.5, 0.73, 0.21, 0.33},
                                      {0.75, 0.98, 0.55, 0.04},
                                      {1, 0.99, 1, 0.64}};
  static const double hot[][4] = {{0, 0, 0, 0}, {0.375, 1, 0, 0}, {0.75, 1, 1, 0}, {1, 1, 1, 1}};
  static const double grey[][4] = {{0, 0, 0, 0}, {1, 1, 1, 1}};
  switch (map) {
    case Colormap::Jet:
      return lerpStops(jet, 6, t);
    case Colormap::Inferno:
      return lerpStops(inferno, 5, t);
    case Colormap::Hot:
      return lerpStops(hot, 4, t);
    case Colormap::Grey:
      return lerpStops(grey, 2, t);
  }
  return {0, 0, 0};
}

}  // namespace osteon::image
