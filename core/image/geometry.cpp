#include "core/image/geometry.h"

#include <cmath>
#include <cstdio>

#include "core/base/error.h"

namespace osteon::image {

Vec3 Mat3::operator*(const Vec3& v) const {
  Vec3 r{};
  for (int i = 0; i < 3; ++i)
    r[static_cast<std::size_t>(i)] =
        (*this)(i, 0) * v[0] + (*this)(i, 1) * v[1] + (*this)(i, 2) * v[2];
  return r;
}

Mat3 Mat3::operator*(const Mat3& o) const {
  Mat3 r;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j) {
      double s = 0;
      for (int k = 0; k < 3; ++k)
        s += (*this)(i, k) * o(k, j);
      r(i, j) = s;
    }
  return r;
}

Mat3 Mat3::transposed() const {
  Mat3 r;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      r(i, j) = (*this)(j, i);
  return r;
}

double Mat3::determinant() const {
  const Mat3& a = *this;
  return a(0, 0) * (a(1, 1) * a(2, 2) - a(1, 2) * a(2, 1)) -
         a(0, 1) * (a(1, 0) * a(2, 2) - a(1, 2) * a(2, 0)) +
         a(0, 2) * (a(1, 0) * a(2, 1) - a(1, 1) * a(2, 0));
}

Mat3 Mat3::inverse() const {
  const double det = determinant();
  if (!(std::fabs(det) > 1e-12)) throw Error("geometry: direction matrix is singular");
  const Mat3& a = *this;
  Mat3 r;
  r(0, 0) = (a(1, 1) * a(2, 2) - a(1, 2) * a(2, 1)) / det;
  r(0, 1) = (a(0, 2) * a(2, 1) - a(0, 1) * a(2, 2)) / det;
  r(0, 2) = (a(0, 1) * a(1, 2) - a(0, 2) * a(1, 1)) / det;
  r(1, 0) = (a(1, 2) * a(2, 0) - a(1, 0) * a(2, 2)) / det;
  r(1, 1) = (a(0, 0) * a(2, 2) - a(0, 2) * a(2, 0)) / det;
  r(1, 2) = (a(0, 2) * a(1, 0) - a(0, 0) * a(1, 2)) / det;
  r(2, 0) = (a(1, 0) * a(2, 1) - a(1, 1) * a(2, 0)) / det;
  r(2, 1) = (a(0, 1) * a(2, 0) - a(0, 0) * a(2, 1)) / det;
  r(2, 2) = (a(0, 0) * a(1, 1) - a(0, 1) * a(1, 0)) / det;
  return r;
}

Vec3 add(const Vec3& a, const Vec3& b) {
  return {a[0] + b[0], a[1] + b[1], a[2] + b[2]};
}
Vec3 sub(const Vec3& a, const Vec3& b) {
  return {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
}
Vec3 scale(const Vec3& a, double s) {
  return {a[0] * s, a[1] * s, a[2] * s};
}
double dot(const Vec3& a, const Vec3& b) {
  return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
}
Vec3 cross(const Vec3& a, const Vec3& b) {
  return {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
}
double norm(const Vec3& a) {
  return std::sqrt(dot(a, a));
}
Vec3 normalized(const Vec3& a) {
  const double n = norm(a);
  if (!(n > 1e-12)) throw Error("geometry: zero-length direction vector");
  return scale(a, 1.0 / n);
}

Vec3 Geometry::indexToPatient(const Vec3& index) const {
  const Vec3 scaled{index[0] * spacing[0], index[1] * spacing[1], index[2] * spacing[2]};
  return add(origin, direction * scaled);
}

Vec3 Geometry::patientToIndex(const Vec3& point) const {
  const Vec3 local = direction.inverse() * sub(point, origin);
  return {local[0] / spacing[0], local[1] / spacing[1], local[2] / spacing[2]};
}

bool Geometry::isValid(double tolerance) const {
  for (double s : spacing)
    if (!(s > 0) || !std::isfinite(s)) return false;
  for (double v : origin)
    if (!std::isfinite(v)) return false;
  const Mat3 g = direction.transposed() * direction;
  for (int i = 0; i < 3; ++i)
    for (int j = 0; j < 3; ++j)
      if (std::fabs(g(i, j) - (i == j ? 1.0 : 0.0)) > tolerance) return false;
  return true;
}

std::string Geometry::describe() const {
  char buf[256];
  std::snprintf(
      buf, sizeof buf, "origin (%.3f, %.3f, %.3f) spacing (%.4g, %.4g, %.4g) axes %s/%s/%s",
      origin[0], origin[1], origin[2], spacing[0], spacing[1], spacing[2],
      orientationLabel(direction.column(0)).c_str(), orientationLabel(direction.column(1)).c_str(),
      orientationLabel(direction.column(2)).c_str());
  return buf;
}

std::string orientationLabel(const Vec3& d) {
  // Largest component first; components above 0.3 of the vector count as obliquity.
  struct Part {
    double mag;
    char label;
  };
  Part parts[3] = {{std::fabs(d[0]), d[0] >= 0 ? 'L' : 'R'},
                   {std::fabs(d[1]), d[1] >= 0 ? 'P' : 'A'},
                   {std::fabs(d[2]), d[2] >= 0 ? 'S' : 'I'}};
  for (int a = 0; a < 3; ++a)
    for (int b = a + 1; b < 3; ++b)
      if (parts[b].mag > parts[a].mag) std::swap(parts[a], parts[b]);
  std::string out;
  for (const Part& p : parts)
    if (p.mag > 0.3 || out.empty()) out.push_back(p.label);
  return out;
}

}  // namespace osteon::image
