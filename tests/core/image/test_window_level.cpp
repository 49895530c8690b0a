#include <cmath>
#include <random>

#include "core/image/window_level.h"
#include "tests/support/test_support.h"

using namespace osteon::image;

namespace {
// PS3.3 C.11.2.1.2.1, written out independently of the implementation.
double dicomLinear(double x, double c, double w) {
  if (x <= c - 0.5 - (w - 1) / 2) return 0;
  if (x > c - 0.5 + (w - 1) / 2) return 255;
  return ((x - (c - 0.5)) / (w - 1) + 0.5) * 255;
}
}  // namespace

TEST_CASE("window follows the DICOM linear VOI function") {
  const WindowLevel wl{40, 400};
  CHECK(applyWindow(-160, wl) == 0);
  CHECK(applyWindow(-159.5, wl) == 0);
  CHECK(applyWindow(239.5, wl) == 255);
  CHECK(applyWindow(1000, wl) == 255);
  CHECK(applyWindow(39.5, wl) == 128);  // the centre maps to the middle grey
  for (double x = -200; x <= 300; x += 0.37)
    CHECK(std::abs(applyWindow(x, wl) - std::lround(dicomLinear(x, 40, 400))) <= 0);
}

TEST_CASE("windowTo8Bit agrees with applyWindow for every integer pixel and inverts MONOCHROME1") {
  Image img(PixelType::Int16, {64, 64, 2});
  std::mt19937 rng(3);
  std::uniform_int_distribution<int> d(-2000, 3000);
  for (std::size_t i = 0; i < img.voxelCount(); ++i)
    img.data<std::int16_t>()[i] = static_cast<std::int16_t>(d(rng));
  img.rescale = {1, -1024};
  const WindowLevel wl{300, 1500};
  Image out = windowTo8Bit(img, wl);
  REQUIRE(out.pixelType() == PixelType::UInt8);
  REQUIRE(out.depth() == 2);
  for (std::size_t i = 0; i < img.voxelCount(); ++i)
    REQUIRE(out.bytes()[i] == applyWindow(img.data<std::int16_t>()[i] - 1024.0, wl));
  img.invertForDisplay = true;
  Image inv = windowTo8Bit(img, wl, 1);
  REQUIRE(inv.depth() == 1);
  for (std::size_t i = 0; i < img.sliceVoxels(); ++i)
    REQUIRE(inv.bytes()[i] ==
            255 - applyWindow(img.data<std::int16_t>()[img.sliceVoxels() + i] - 1024.0, wl));
  // The single-slice output sits where slice 1 is.
  CHECK(inv.geometry.origin[2] == Approx(img.geometry.indexToPatient({0, 0, 1})[2]));
}

TEST_CASE("float images window directly") {
  Image img(PixelType::Float32, {3, 1, 1});
  img.data<float>()[0] = -10.f;
  img.data<float>()[1] = 0.5f;
  img.data<float>()[2] = 10.f;
  Image out = windowTo8Bit(img, {0.5, 2});
  CHECK(out.bytes()[0] == 0);
  CHECK(out.bytes()[2] == 255);
}

TEST_CASE("auto window spans the percentiles - default window prefers the header preset") {
  Image img(PixelType::UInt16, {100, 100, 1});
  for (int i = 0; i < 100; ++i)
    for (int j = 0; j < 100; ++j)
      img.setStored(i, j, 0, j * 100 + i);  // 0..9999 uniform
  const WindowLevel a = autoWindow(img, -1, 0.1, 0.9);
  CHECK(a.center == Approx(5000).margin(20));
  CHECK(a.width == Approx(8000).margin(40));
  CHECK(defaultWindow(img).width == Approx(autoWindow(img).width));
  img.windowPresets.push_back({1234, 567, "preset"});
  CHECK(defaultWindow(img).center == 1234);
  CHECK(defaultWindow(img).width == 567);
}
