// Colour maps and Osteon's one heatmap blend rule (core/image/colormap.h), used by the viewer's
// heatmap layer, the AI panel's panes and PNG export, and osteon-cli's overlay PNGs.

#include <cmath>
#include <cstdlib>
#include <limits>

#include "core/base/error.h"
#include "core/image/colormap.h"
#include "tests/support/baseline.h"
#include "tests/support/test_support.h"

using namespace osteon;
using namespace osteon::image;

TEST_CASE("colour maps run from their first to their last stop") {
  CHECK(colormapRgb(Colormap::Jet, 0) == std::array<std::uint8_t, 3>{0, 0, 128});
  CHECK(colormapRgb(Colormap::Jet, 1) == std::array<std::uint8_t, 3>{128, 0, 0});
  CHECK(colormapRgb(Colormap::Jet, 0.5) == std::array<std::uint8_t, 3>{128, 255, 128});
  CHECK(colormapRgb(Colormap::Grey, 0.5) == std::array<std::uint8_t, 3>{128, 128, 128});
  CHECK(colormapRgb(Colormap::Hot, 2) == std::array<std::uint8_t, 3>{255, 255, 255});  // clamped
}

TEST_CASE("a heatmap value is drawn at its opacity over the picture, below the threshold not") {
  const HeatmapStyle style{Colormap::Jet, 0.25, 0.3};
  const std::array<std::uint8_t, 3> grey{100, 100, 100};
  // Drawn: (1 - a) * picture + a * colour, rounded.
  const auto c = colormapRgb(Colormap::Jet, 0.9);
  const auto out = blendHeatmapPixel(grey, 0.9, style);
  for (std::size_t k = 0; k < 3; ++k)
    CHECK(out[k] == static_cast<int>(std::lround(0.75 * 100 + 0.25 * c[k])));
  CHECK(blendHeatmapPixel(grey, 0.29, style) == grey);
  CHECK(blendHeatmapPixel(grey, std::numeric_limits<double>::quiet_NaN(), style) == grey);
  CHECK(blendHeatmapPixel(grey, 0.3, style) != grey);  // at the threshold: drawn
  // Opacity 1 is the colour itself, 0 the picture.
  CHECK(blendHeatmapPixel(grey, 0.9, {Colormap::Jet, 1, 0}) == c);
  CHECK(blendHeatmapPixel(grey, 0.9, {Colormap::Jet, 0, 0}) == grey);
}

TEST_CASE("a coarse heatmap covers the whole picture, grey or colour") {
  Image picture(PixelType::UInt8, {8, 4, 1});
  for (std::size_t i = 0; i < picture.voxelCount(); ++i)
    picture.bytes()[i] = static_cast<std::uint8_t>(10 * i);
  Image heat(PixelType::Float32, {2, 1, 1});  // left half 0 (not drawn), right half 1
  heat.data<float>()[1] = 1.0f;
  const HeatmapStyle style{Colormap::Hot, 0.5, 0.2};
  const Image out = blendHeatmap(picture, heat, style);
  REQUIRE(out.pixelType() == PixelType::RGB8);
  REQUIRE(out.dims() == Image::Dims{8, 4, 1});
  for (int y = 0; y < 4; ++y)
    for (int x = 0; x < 8; ++x) {
      const std::size_t i = static_cast<std::size_t>(y * 8 + x);
      const std::uint8_t g = picture.bytes()[i];
      const auto want = blendHeatmapPixel({g, g, g}, x < 4 ? 0.0 : 1.0, style);
      INFO("pixel " << x << "," << y);
      CHECK(out.bytes()[3 * i] == want[0]);
      CHECK(out.bytes()[3 * i + 1] == want[1]);
      CHECK(out.bytes()[3 * i + 2] == want[2]);
    }
  CHECK(out.bytes()[0] == 0);       // left: the picture
  CHECK(out.bytes()[3 * 7] > 128);  // right: half white over the picture
  Image rgb(PixelType::RGB8, {8, 4, 1});
  CHECK(blendHeatmap(rgb, heat, style).bytes()[3 * 7 + 1] == 128);
  CHECK_THROWS_AS(blendHeatmap(Image(PixelType::Float32, {8, 4, 1}), heat, style), Error);
  CHECK_THROWS_AS(blendHeatmap(picture, Image(), style), Error);
}

TEST_CASE("the heatmap blend matches its reviewed baseline picture") {
  // A grey radiograph-like gradient with a ring, and a coarse 14 x 14 map (a CAM's size) with two
  // Gaussian hot spots, blended at the defaults (Jet, opacity 0.5, threshold 0.2) and with
  // Inferno: the picture the viewer layer, the AI panel and PNG export all draw.
  Image picture(PixelType::UInt8, {320, 240, 1});
  for (int y = 0; y < 240; ++y)
    for (int x = 0; x < 320; ++x) {
      const double r = std::hypot(x - 160.0, y - 120.0);
      const double ring = std::abs(r - 70) < 6 ? 90 : 0;
      picture.setStored(x, y, 0, std::min(255.0, 40 + x * 0.4 + ring));
    }
  Image heat(PixelType::Float32, {14, 14, 1});
  for (int y = 0; y < 14; ++y)
    for (int x = 0; x < 14; ++x)
      heat.setStored(x, y, 0,
                     std::exp(-(std::pow(x - 4, 2) + std::pow(y - 5, 2)) / 6.0) +
                         0.7 * std::exp(-(std::pow(x - 10, 2) + std::pow(y - 9, 2)) / 3.0));
  const Image jet = blendHeatmap(picture, heat, HeatmapStyle{});
  OSTEON_CHECK_BASELINE(jet, "heatmap-blend-jet");
  // The comparison is not vacuous: a stronger overlay is a different picture.
  if (!std::getenv("OSTEON_UPDATE_BASELINES")) {
    HeatmapStyle strong;
    strong.opacity = 0.9;
    CHECK_THAT(test::compareWithBaseline(blendHeatmap(picture, heat, strong), "heatmap-blend-jet"),
               Catch::Contains("pixels") && Catch::Contains("differ"));
  }
  HeatmapStyle inferno;
  inferno.map = Colormap::Inferno;
  inferno.opacity = 0.7;
  const Image inf = blendHeatmap(picture, heat, inferno);
  OSTEON_CHECK_BASELINE(inf, "heatmap-blend-inferno");
}
