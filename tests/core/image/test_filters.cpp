// Rolling-ball background removal (white top-hat with a disk) against a brute-force opening, and
// what it is for: slow gradients go, narrow structures stay.

#include <cmath>

#include "core/base/error.h"
#include "core/image/filters.h"
#include "tests/support/test_support.h"

using namespace osteon;

namespace {

// Brute-force grayscale opening (erosion then dilation) with the disk dx^2 + dy^2 <= (r + 0.5)^2,
// pixels outside the image ignored; returns image - opening.
std::vector<double> bruteTopHat(const std::vector<double>& f, int w, int h, int r) {
  auto pass = [&](const std::vector<double>& in, bool erode) {
    std::vector<double> out(in.size());
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x) {
        double v = erode ? 1e300 : -1e300;
        for (int dy = -r; dy <= r; ++dy)
          for (int dx = -r; dx <= r; ++dx) {
            if (dx * dx + dy * dy > (r + 0.5) * (r + 0.5)) continue;
            const int xx = x + dx, yy = y + dy;
            if (xx < 0 || yy < 0 || xx >= w || yy >= h) continue;
            const double s = in[static_cast<std::size_t>(yy * w + xx)];
            v = erode ? std::min(v, s) : std::max(v, s);
          }
        out[static_cast<std::size_t>(y * w + x)] = v;
      }
    return out;
  };
  const auto opened = pass(pass(f, true), false);
  std::vector<double> t(f.size());
  for (std::size_t i = 0; i < f.size(); ++i)
    t[i] = f[i] - opened[i];
  return t;
}

}  // namespace

TEST_CASE("rolling-ball removal equals a brute-force white top-hat with a disk inside the image") {
  const int w = 48, h = 36, r = 5;
  image::Image img(image::PixelType::Int16, {w, h, 1});
  std::vector<double> f(static_cast<std::size_t>(w * h));
  std::uint32_t seed = 7;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      seed = seed * 1664525u + 1013904223u;
      const double v = 3.0 * x + 2.0 * y + static_cast<double>(seed >> 24) / 8.0;
      f[static_cast<std::size_t>(y * w + x)] = std::round(v);
      img.setStored(x, y, 0, std::round(v));
    }
  const image::Image out = image::rollingBallBackgroundRemoval(img, r);
  REQUIRE(out.pixelType() == image::PixelType::Float32);
  const auto ref = bruteTopHat(f, w, h, r);
  double worst = 0;
  int at = 0;
  for (int i = 0; i < w * h; ++i) {
    const double d = std::fabs(out.data<float>()[i] - ref[static_cast<std::size_t>(i)]);
    if (d > worst) worst = d, at = i;
  }
  int bad = 0, interiorBad = 0;
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const double d =
          std::fabs(out.data<float>()[y * w + x] - ref[static_cast<std::size_t>(y * w + x)]);
      bad += d > 1e-3;
      interiorBad += d > 1e-3 && x >= 2 * r && y >= 2 * r && x < w - 2 * r && y < h - 2 * r;
    }
  INFO("largest difference " << worst << " at " << at % w << "," << at / w << "; " << bad
                             << " differ, " << interiorBad << " inside");
  // ITK pads the border its own way (SafeBorder); farther than 2r from it the two are equal.
  CHECK(interiorBad == 0);
  CHECK(bad < w * h / 2);
}

TEST_CASE("rolling-ball removal takes away a gradient and keeps a narrow bright structure") {
  const int w = 120, h = 80;
  image::Image img(image::PixelType::Float32, {w, h, 1});
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      img.setStored(
          x, y, 0,
          500 + 4.0 * x + 1.5 * y + ((std::abs(x - 60) <= 1 && std::abs(y - 40) <= 1) ? 100 : 0));
  const image::Image out = image::rollingBallBackgroundRemoval(img, 10);
  // On a sloped background the erosion's minimum may land on the spot: 100 within a slope step.
  CHECK(out.value(60, 40, 0) == Approx(100).margin(2));
  double far = 0;
  for (int y = 15; y < h - 15; ++y)
    for (int x = 15; x < 40; ++x)
      far = std::max(far, std::fabs(out.value(x, y, 0)));
  CHECK(far < 1e-3);
  CHECK_THROWS_AS(image::rollingBallBackgroundRemoval(img, 0), osteon::Error);
}
