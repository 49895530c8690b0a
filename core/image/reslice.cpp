#include "core/image/reslice.h"

#include <cmath>
#include <cstring>

#include "core/base/error.h"

namespace osteon::image {

const char* planeName(Plane p) {
  switch (p) {
    case Plane::Axial:
      return "axial";
    case Plane::Coronal:
      return "coronal";
    case Plane::Sagittal:
      return "sagittal";
  }
  return "?";
}

Plane planeFromName(const std::string& name) {
  if (name == "axial") return Plane::Axial;
  if (name == "coronal") return Plane::Coronal;
  if (name == "sagittal") return Plane::Sagittal;
  throw Error("unknown plane '" + name + "' (expected axial, coronal or sagittal)");
}

namespace {
void displayDirections(Plane plane, Vec3& col, Vec3& row) {
  switch (plane) {
    case Plane::Axial:
      col = {1, 0, 0};
      row = {0, 1, 0};
      break;
    case Plane::Coronal:
      col = {1, 0, 0};
      row = {0, 0, -1};
      break;
    case Plane::Sagittal:
      col = {0, 1, 0};
      row = {0, 0, -1};
      break;
  }
}
}  // namespace

ResliceAxes resliceAxes(const Geometry& g, Plane plane) {
  Vec3 col, row;
  displayDirections(plane, col, row);
  ResliceAxes a;
  double best = -1;
  for (int c = 0; c < 3; ++c) {
    const double d = std::fabs(dot(g.direction.column(c), col));
    if (d > best) best = d, a.colAxis = c;
  }
  best = -1;
  for (int r = 0; r < 3; ++r) {
    if (r == a.colAxis) continue;
    const double d = std::fabs(dot(g.direction.column(r), row));
    if (d > best) best = d, a.rowAxis = r;
  }
  a.sliceAxis = 3 - a.colAxis - a.rowAxis;
  a.flipCol = dot(g.direction.column(a.colAxis), col) < 0;
  a.flipRow = dot(g.direction.column(a.rowAxis), row) < 0;
  return a;
}

int sliceCount(const Image& vol, Plane plane) {
  return vol.dims()[static_cast<std::size_t>(resliceAxes(vol.geometry, plane).sliceAxis)];
}

Plane acquisitionPlane(const Geometry& g) {
  const Vec3 n = g.normal();
  const double ax = std::fabs(n[0]), ay = std::fabs(n[1]), az = std::fabs(n[2]);
  if (az >= ax && az >= ay) return Plane::Axial;
  if (ay >= ax) return Plane::Coronal;
  return Plane::Sagittal;
}

Vec3 displayToVolumeIndex(const Image& vol, const ResliceAxes& a, double col, double row,
                          int index) {
  Vec3 idx{};
  const auto& d = vol.dims();
  idx[static_cast<std::size_t>(a.colAxis)] =
      a.flipCol ? (d[static_cast<std::size_t>(a.colAxis)] - 1) - col : col;
  idx[static_cast<std::size_t>(a.rowAxis)] =
      a.flipRow ? (d[static_cast<std::size_t>(a.rowAxis)] - 1) - row : row;
  idx[static_cast<std::size_t>(a.sliceAxis)] = index;
  return idx;
}

Image extractSlice(const Image& vol, Plane plane, int index) {
  if (vol.empty()) throw Error("reslice: empty image");
  const ResliceAxes a = resliceAxes(vol.geometry, plane);
  const auto& d = vol.dims();
  const auto ca = static_cast<std::size_t>(a.colAxis), ra = static_cast<std::size_t>(a.rowAxis),
             sa = static_cast<std::size_t>(a.sliceAxis);
  if (index < 0 || index >= d[sa])
    throw Error(std::string("reslice: ") + planeName(plane) + " slice " + std::to_string(index) +
                " is outside 0.." + std::to_string(d[sa] - 1));
  const int w = d[ca], h = d[ra];
  Image out(vol.pixelType(), {w, h, 1});
  out.rescale = vol.rescale;
  out.invertForDisplay = vol.invertForDisplay;
  out.windowPresets = vol.windowPresets;

  // Strides of the volume along each index axis, in voxels.
  const std::size_t stride[3] = {1, static_cast<std::size_t>(d[0]),
                                 static_cast<std::size_t>(d[0]) * static_cast<std::size_t>(d[1])};
  const std::size_t bpp = bytesPerPixel(vol.pixelType());
  const std::uint8_t* src = vol.bytes();
  std::uint8_t* dst = out.bytes();
  const std::size_t base = static_cast<std::size_t>(index) * stride[sa];
  for (int r = 0; r < h; ++r) {
    const std::size_t rr = static_cast<std::size_t>(a.flipRow ? h - 1 - r : r);
    for (int c = 0; c < w; ++c) {
      const std::size_t cc = static_cast<std::size_t>(a.flipCol ? w - 1 - c : c);
      const std::size_t s = base + rr * stride[ra] + cc * stride[ca];
      std::memcpy(dst + (static_cast<std::size_t>(r) * static_cast<std::size_t>(w) +
                         static_cast<std::size_t>(c)) *
                            bpp,
                  src + s * bpp, bpp);
    }
  }

  const Geometry& g = vol.geometry;
  Geometry og;
  const Vec3 colDir = scale(g.direction.column(a.colAxis), a.flipCol ? -1 : 1);
  const Vec3 rowDir = scale(g.direction.column(a.rowAxis), a.flipRow ? -1 : 1);
  og.direction.setColumn(0, colDir);
  og.direction.setColumn(1, rowDir);
  og.direction.setColumn(2, cross(colDir, rowDir));
  og.spacing = {g.spacing[ca], g.spacing[ra], g.spacing[sa]};
  og.origin = g.indexToPatient(displayToVolumeIndex(vol, a, 0, 0, index));
  out.geometry = og;
  return out;
}

}  // namespace osteon::image
