#pragma once
// Image geometry in DICOM patient coordinates (LPS, millimetres): an index (i, j, k) maps to
//   p = origin + D * diag(spacing) * (i, j, k)
// where column c of the direction matrix D is the unit direction of index axis c. This is the
// ITK convention, so geometry passes to and from ITK unchanged.

#include <array>
#include <string>

namespace osteon::image {

using Vec3 = std::array<double, 3>;

// Row-major 3x3 matrix; m[r * 3 + c].
struct Mat3 {
  std::array<double, 9> m{1, 0, 0, 0, 1, 0, 0, 0, 1};

  double operator()(int r, int c) const { return m[static_cast<std::size_t>(r * 3 + c)]; }
  double& operator()(int r, int c) { return m[static_cast<std::size_t>(r * 3 + c)]; }
  Vec3 column(int c) const { return {(*this)(0, c), (*this)(1, c), (*this)(2, c)}; }
  void setColumn(int c, const Vec3& v) {
    for (int r = 0; r < 3; ++r)
      (*this)(r, c) = v[static_cast<std::size_t>(r)];
  }
  Vec3 operator*(const Vec3& v) const;
  Mat3 operator*(const Mat3& o) const;
  Mat3 transposed() const;
  double determinant() const;
  Mat3 inverse() const;  // throws osteon::Error when singular
  static Mat3 identity() { return Mat3{}; }
};

Vec3 add(const Vec3& a, const Vec3& b);
Vec3 sub(const Vec3& a, const Vec3& b);
Vec3 scale(const Vec3& a, double s);
double dot(const Vec3& a, const Vec3& b);
Vec3 cross(const Vec3& a, const Vec3& b);
double norm(const Vec3& a);
Vec3 normalized(const Vec3& a);  // throws osteon::Error on a zero vector

struct Geometry {
  Vec3 origin{0, 0, 0};
  Vec3 spacing{1, 1, 1};
  Mat3 direction;

  Vec3 indexToPatient(const Vec3& index) const;
  Vec3 patientToIndex(const Vec3& point) const;
  // Slice normal: the direction of index axis k.
  Vec3 normal() const { return direction.column(2); }
  // Spacing positive and finite, direction orthonormal within tolerance.
  bool isValid(double tolerance = 1e-3) const;
  std::string describe() const;
};

// Anatomical label of a direction ("L", "P", "S", "R", "A", "I" with obliquity, e.g. "LP").
std::string orientationLabel(const Vec3& direction);

}  // namespace osteon::image
