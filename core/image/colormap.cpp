#include "core/image/colormap.h"

#include <algorithm>
#include <cmath>

#include "core/base/error.h"

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

std::array<std::uint8_t, 3> blendHeatmapPixel(const std::array<std::uint8_t, 3>& picture, double v,
                                              const HeatmapStyle& style) {
  if (!heatmapDrawn(v, style)) return picture;
  const double a = std::clamp(style.opacity, 0.0, 1.0);
  const auto c = colormapRgb(style.map, v);
  std::array<std::uint8_t, 3> out{};
  for (std::size_t k = 0; k < 3; ++k)
    out[k] = static_cast<std::uint8_t>(std::lround((1 - a) * picture[k] + a * c[k]));
  return out;
}

Image blendHeatmap(const Image& picture, const Image& heatmap, const HeatmapStyle& style) {
  const bool rgb = picture.pixelType() == PixelType::RGB8;
  if (picture.empty() || picture.depth() != 1 || (!rgb && picture.pixelType() != PixelType::UInt8))
    throw Error("heatmap blend: the picture must be one 8-bit grey or RGB slice");
  if (heatmap.empty() || heatmap.depth() != 1) throw Error("heatmap blend: no 2D heatmap");
  const int w = picture.width(), h = picture.height();
  Image out(PixelType::RGB8, {w, h, 1});
  out.geometry = picture.geometry;
  const double sx = double(heatmap.width()) / w, sy = double(heatmap.height()) / h;
  const std::uint8_t* in = picture.bytes();
  std::uint8_t* o = out.bytes();
  for (int y = 0; y < h; ++y) {
    const int hy = std::min(heatmap.height() - 1, static_cast<int>((y + 0.5) * sy));
    for (int x = 0; x < w; ++x) {
      const std::size_t i =
          static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
      const std::array<std::uint8_t, 3> p =
          rgb ? std::array<std::uint8_t, 3>{in[3 * i], in[3 * i + 1], in[3 * i + 2]}
              : std::array<std::uint8_t, 3>{in[i], in[i], in[i]};
      const int hx = std::min(heatmap.width() - 1, static_cast<int>((x + 0.5) * sx));
      const auto c = blendHeatmapPixel(p, heatmap.value(hx, hy, 0), style);
      o[3 * i] = c[0], o[3 * i + 1] = c[1], o[3 * i + 2] = c[2];
    }
  }
  return out;
}

}  // namespace osteon::image
