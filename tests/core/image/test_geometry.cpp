#include <cmath>

#include "core/base/error.h"
#include "core/image/geometry.h"
#include "tests/support/test_support.h"

using namespace osteon::image;

namespace {
Geometry oblique() {
  // Rotation of 30 degrees about z then 20 about x: an oblique, right-handed frame.
  const double a = 30 * M_PI / 180, b = 20 * M_PI / 180;
  Mat3 rz, rx;
  rz(0, 0) = std::cos(a), rz(0, 1) = -std::sin(a), rz(1, 0) = std::sin(a), rz(1, 1) = std::cos(a);
  rx(1, 1) = std::cos(b), rx(1, 2) = -std::sin(b), rx(2, 1) = std::sin(b), rx(2, 2) = std::cos(b);
  Geometry g;
  g.direction = rx * rz;
  g.spacing = {0.7, 0.9, 3.5};
  g.origin = {-120.5, 33.25, 80};
  return g;
}
}  // namespace

TEST_CASE("index to patient follows origin + D * diag(spacing) * index") {
  Geometry g;
  g.origin = {10, 20, 30};
  g.spacing = {0.5, 2, 4};
  g.direction.setColumn(0, {0, 1, 0});
  g.direction.setColumn(1, {0, 0, -1});
  g.direction.setColumn(2, {-1, 0, 0});
  const Vec3 p = g.indexToPatient({2, 3, 1});
  // i=2 -> +1 mm along +y; j=3 -> 6 mm along -z; k=1 -> 4 mm along -x.
  CHECK(p[0] == Approx(6));
  CHECK(p[1] == Approx(21));
  CHECK(p[2] == Approx(24));
}

TEST_CASE("patient to index inverts index to patient on an oblique frame") {
  const Geometry g = oblique();
  REQUIRE(g.isValid());
  for (const Vec3 idx : {Vec3{0, 0, 0}, Vec3{10.5, -3, 7}, Vec3{511, 511, 39}}) {
    const Vec3 back = g.patientToIndex(g.indexToPatient(idx));
    for (int a = 0; a < 3; ++a)
      CHECK(back[static_cast<std::size_t>(a)] ==
            Approx(idx[static_cast<std::size_t>(a)]).margin(1e-9));
  }
}

TEST_CASE("matrix inverse and determinant") {
  const Geometry g = oblique();
  CHECK(g.direction.determinant() == Approx(1.0));
  const Mat3 id = g.direction * g.direction.inverse();
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c)
      CHECK(id(r, c) == Approx(r == c ? 1.0 : 0.0).margin(1e-12));
  Mat3 singular;
  singular.setColumn(2, {0, 0, 0});
  CHECK_THROWS_AS(singular.inverse(), osteon::Error);
}

TEST_CASE("geometry validity rejects zero spacing and non-orthonormal axes") {
  Geometry g;
  CHECK(g.isValid());
  g.spacing[2] = 0;
  CHECK_FALSE(g.isValid());
  g.spacing[2] = 1;
  g.direction.setColumn(1, {1, 0, 0});
  CHECK_FALSE(g.isValid());
}

TEST_CASE("orientation labels use LPS letters") {
  CHECK(orientationLabel({1, 0, 0}) == "L");
  CHECK(orientationLabel({-1, 0, 0}) == "R");
  CHECK(orientationLabel({0, -1, 0}) == "A");
  CHECK(orientationLabel({0, 0, -1}) == "I");
  CHECK(orientationLabel(normalized({0.8, -0.6, 0})) == "LA");
}
