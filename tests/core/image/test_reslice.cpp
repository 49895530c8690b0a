#include "core/base/error.h"
#include "core/image/reslice.h"
#include "tests/support/test_support.h"

using namespace osteon::image;

namespace {
// value = i + 100 j + 10000 k, so every voxel says where it came from.
Image coded(const Geometry& g, Image::Dims d) {
  Image img(PixelType::Float32, d);
  img.geometry = g;
  for (int k = 0; k < d[2]; ++k)
    for (int j = 0; j < d[1]; ++j)
      for (int i = 0; i < d[0]; ++i)
        img.setStored(i, j, k, i + 100 * j + 10000 * k);
  return img;
}

void checkSliceGeometry(const Image& vol, const Image& s, Plane plane, int index) {
  const ResliceAxes a = resliceAxes(vol.geometry, plane);
  for (double c : {0.0, 3.0, static_cast<double>(s.width() - 1)})
    for (double r : {0.0, 2.0, static_cast<double>(s.height() - 1)}) {
      const Vec3 fromSlice = s.geometry.indexToPatient({c, r, 0});
      const Vec3 fromVol = vol.geometry.indexToPatient(displayToVolumeIndex(vol, a, c, r, index));
      for (std::size_t x = 0; x < 3; ++x)
        CHECK(fromSlice[x] == Approx(fromVol[x]).margin(1e-9));
    }
}
}  // namespace

TEST_CASE("an axial volume shows axial slices unchanged and flips rows for coronal/sagittal") {
  Geometry g;  // identity: i -> L, j -> P, k -> S
  g.spacing = {0.5, 0.6, 2};
  g.origin = {-10, -20, 5};
  const Image vol = coded(g, {6, 5, 4});

  const Image ax = extractSlice(vol, Plane::Axial, 2);
  REQUIRE(ax.width() == 6);
  REQUIRE(ax.height() == 5);
  CHECK(ax.stored(4, 3) == 4 + 300 + 20000);
  checkSliceGeometry(vol, ax, Plane::Axial, 2);

  // Coronal: columns L (i), rows inferior: row 0 is the top (highest k).
  const Image cor = extractSlice(vol, Plane::Coronal, 1);
  REQUIRE(cor.width() == 6);
  REQUIRE(cor.height() == 4);
  CHECK(cor.stored(2, 0) == 2 + 100 + 30000);
  CHECK(cor.stored(2, 3) == 2 + 100 + 0);
  checkSliceGeometry(vol, cor, Plane::Coronal, 1);

  // Sagittal: columns posterior (j), rows inferior.
  const Image sag = extractSlice(vol, Plane::Sagittal, 5);
  REQUIRE(sag.width() == 5);
  REQUIRE(sag.height() == 4);
  CHECK(sag.stored(4, 0) == 5 + 400 + 30000);
  checkSliceGeometry(vol, sag, Plane::Sagittal, 5);
  CHECK(sag.geometry.spacing[0] == Approx(0.6));
  CHECK(sag.geometry.spacing[1] == Approx(2));
}

TEST_CASE("a sagittal MR acquisition (P - I - R axes) is shown as acquired") {
  Geometry g;
  g.direction.setColumn(0, {0, 1, 0});
  g.direction.setColumn(1, {0, 0, -1});
  g.direction.setColumn(2, {-1, 0, 0});
  const Image vol = coded(g, {8, 7, 3});
  CHECK(acquisitionPlane(g) == Plane::Sagittal);
  const ResliceAxes a = resliceAxes(g, Plane::Sagittal);
  CHECK(a.colAxis == 0);
  CHECK(a.rowAxis == 1);
  CHECK_FALSE(a.flipCol);
  CHECK_FALSE(a.flipRow);
  const Image s = extractSlice(vol, Plane::Sagittal, 1);
  CHECK(s.stored(5, 6) == 5 + 600 + 10000);
  checkSliceGeometry(vol, s, Plane::Sagittal, 1);
  // Axial reformat of it: columns L = -k axis flipped, rows P = +i.
  const Image ax = extractSlice(vol, Plane::Axial, 0);
  CHECK(ax.width() == 3);
  CHECK(ax.height() == 8);
  checkSliceGeometry(vol, ax, Plane::Axial, 0);
  CHECK(sliceCount(vol, Plane::Axial) == 7);
  CHECK_THROWS_AS(extractSlice(vol, Plane::Axial, 7), osteon::Error);
}

TEST_CASE("plane names round trip") {
  for (Plane p : {Plane::Axial, Plane::Coronal, Plane::Sagittal})
    CHECK(planeFromName(planeName(p)) == p);
  CHECK_THROWS_AS(planeFromName("oblique"), osteon::Error);
}
