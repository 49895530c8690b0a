#pragma once
// Colour maps for heatmaps (values in [0, 1]) and the one rule that draws a heatmap over a
// picture; shared by the viewer's heatmap layer, the AI panel (panes, PNG export) and the CLI's
// overlay PNGs.
#include <array>
#include <cstdint>
#include <string>

#include "core/image/image.h"

namespace osteon::image {

enum class Colormap { Jet, Inferno, Hot, Grey };
std::array<std::uint8_t, 3> colormapRgb(Colormap map, double t);

// How a heatmap is drawn: a value v >= threshold is colormapRgb(map, v) laid over the picture
// with `opacity`: out = (1 - opacity) * picture + opacity * colour, rounded; a value below the
// threshold (or not finite) leaves the picture as it is.
struct HeatmapStyle {
  Colormap map = Colormap::Jet;
  double opacity = 0.5;    // 0..1
  double threshold = 0.2;  // values below are not drawn
};
// Whether v is drawn under `style`.
inline bool heatmapDrawn(double v, const HeatmapStyle& style) {
  return v >= style.threshold;  // false for NaN
}
// One picture pixel with value v drawn over it.
std::array<std::uint8_t, 3> blendHeatmapPixel(const std::array<std::uint8_t, 3>& picture, double v,
                                              const HeatmapStyle& style);
// A whole picture (2D UInt8 grey or RGB8) with a 2D float heatmap of any size drawn over it (the
// heatmap covers the picture: nearest sample at each pixel centre). RGB8, the picture's size.
// Throws osteon::Error on a picture that is not 2D UInt8/RGB8 or an empty heatmap.
Image blendHeatmap(const Image& picture, const Image& heatmap, const HeatmapStyle& style);

}  // namespace osteon::image
