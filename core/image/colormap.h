#pragma once
// Colour maps for heatmaps (values in [0, 1]); shared by the viewer and the CLI.
#include <array>
#include <cstdint>
#include <string>

namespace osteon::image {

enum class Colormap { Jet, Inferno, Hot, Grey };
std::array<std::uint8_t, 3> colormapRgb(Colormap map, double t);

}  // namespace osteon::image
