#include <cmath>

#include "core/base/error.h"
#include "core/image/resample.h"
#include "tests/support/test_support.h"

using namespace osteon::image;

namespace {
double linearField(const Vec3& p) {
  return 2.0 * p[0] - 0.5 * p[1] + 0.25 * p[2] + 7;
}
}  // namespace

TEST_CASE("trilinear resampling reproduces a linear field exactly inside the volume") {
  Image in(PixelType::Float32, {20, 18, 10});
  in.geometry.spacing = {1.0, 1.2, 2.5};
  in.geometry.origin = {-5, 3, 10};
  for (int k = 0; k < 10; ++k)
    for (int j = 0; j < 18; ++j)
      for (int i = 0; i < 20; ++i)
        in.setStored(i, j, k,
                     linearField(in.geometry.indexToPatient({double(i), double(j), double(k)})));
  // Output grid: rotated 10 degrees in-plane, finer spacing, inside the input.
  Geometry og;
  const double a = 10 * M_PI / 180;
  og.direction.setColumn(0, {std::cos(a), std::sin(a), 0});
  og.direction.setColumn(1, {-std::sin(a), std::cos(a), 0});
  og.direction.setColumn(2, {0, 0, 1});
  og.spacing = {0.5, 0.5, 1};
  og.origin = {-1, 6, 12};
  const Image out = resampleLinear(in, og, {16, 16, 10}, -999);
  int inside = 0;
  for (int k = 0; k < 10; ++k)
    for (int j = 0; j < 16; ++j)
      for (int i = 0; i < 16; ++i) {
        const double v = out.stored(i, j, k);
        if (v == -999) continue;
        ++inside;
        REQUIRE(
            v ==
            Approx(linearField(og.indexToPatient({double(i), double(j), double(k)}))).margin(1e-3));
      }
  CHECK(inside > 16 * 16 * 8);
}

TEST_CASE("resampleToSpacing keeps the field of view - outside points get the outside value") {
  Image in(PixelType::UInt8, {11, 11, 1});
  in.geometry.spacing = {1, 1, 1};
  for (int j = 0; j < 11; ++j)
    for (int i = 0; i < 11; ++i)
      in.setStored(i, j, 0, i * 10);
  const Image out = resampleToSpacing(in, {0.5, 2, 1});
  CHECK(out.width() == 21);
  CHECK(out.height() == 6);
  CHECK(out.stored(1, 0) == Approx(5));
  CHECK(out.stored(20, 5) == Approx(100));
  Geometry shifted = in.geometry;
  shifted.origin = {50, 0, 0};
  const Image far = resampleLinear(in, shifted, {2, 2, 1}, -1);
  CHECK(far.stored(0, 0) == -1);
}

TEST_CASE("resize2D keeps constant images constant and the rescale applied") {
  Image in(PixelType::Int16, {7, 5, 2});
  for (std::size_t i = 0; i < in.voxelCount(); ++i)
    in.data<std::int16_t>()[i] = 100;
  in.rescale = {2, -50};
  const Image out = resize2D(in, 224, 224);
  CHECK(out.width() == 224);
  CHECK(out.depth() == 2);
  for (std::size_t i = 0; i < out.voxelCount(); i += 97)
    REQUIRE(out.data<float>()[i] == Approx(150));
  CHECK(out.geometry.spacing[0] * 224 == Approx(in.geometry.spacing[0] * 7));
  CHECK_THROWS_AS(resize2D(in, 0, 10), osteon::Error);
}
