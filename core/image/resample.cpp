#include "core/image/resample.h"

#include <algorithm>
#include <cmath>

#include "core/base/error.h"
#include "core/base/parallel.h"

namespace osteon::image {

Image resampleLinear(const Image& in, const Geometry& og, const Image::Dims& od, double outside) {
  if (in.empty()) throw Error("resample: empty image");
  if (in.pixelType() == PixelType::RGB8) throw Error("resample: RGB images are not supported");
  const Image src = toFloat(in);
  Image out(PixelType::Float32, od);
  out.geometry = og;
  out.windowPresets = in.windowPresets;
  out.invertForDisplay = in.invertForDisplay;

  // Continuous input index = A * outIndex + b.
  const Geometry& ig = in.geometry;
  const Mat3 inv = ig.direction.inverse();
  Mat3 A;
  for (int r = 0; r < 3; ++r)
    for (int c = 0; c < 3; ++c) {
      double s = 0;
      for (int k = 0; k < 3; ++k)
        s += inv(r, k) * og.direction(k, c);
      A(r, c) =
          s * og.spacing[static_cast<std::size_t>(c)] / ig.spacing[static_cast<std::size_t>(r)];
    }
  const Vec3 d0 = inv * sub(og.origin, ig.origin);
  const Vec3 b{d0[0] / ig.spacing[0], d0[1] / ig.spacing[1], d0[2] / ig.spacing[2]};

  const auto& id = in.dims();
  const float* p = src.data<float>();
  float* q = out.data<float>();
  auto axisWeights = [&](double x, int n, int& i0, int& i1, double& t) -> bool {
    if (n == 1) {
      if (std::fabs(x) > 0.5 + 1e-6) return false;
      i0 = i1 = 0, t = 0;
      return true;
    }
    if (x < -1e-6 || x > n - 1 + 1e-6) return false;
    x = std::min(std::max(x, 0.0), static_cast<double>(n - 1));
    i0 = std::min(static_cast<int>(std::floor(x)), n - 2);
    i1 = i0 + 1;
    t = x - i0;
    return true;
  };
  parallelFor(static_cast<std::size_t>(od[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    for (int j = 0; j < od[1]; ++j)
      for (int i = 0; i < od[0]; ++i) {
        const Vec3 o{static_cast<double>(i), static_cast<double>(j), static_cast<double>(k)};
        const Vec3 x = add(A * o, b);
        int x0, x1, y0, y1, z0, z1;
        double tx, ty, tz;
        float v = static_cast<float>(outside);
        if (axisWeights(x[0], id[0], x0, x1, tx) && axisWeights(x[1], id[1], y0, y1, ty) &&
            axisWeights(x[2], id[2], z0, z1, tz)) {
          auto at = [&](int a, int bb, int c) {
            return static_cast<double>(p[in.offset(a, bb, c)]);
          };
          const double c00 = at(x0, y0, z0) * (1 - tx) + at(x1, y0, z0) * tx;
          const double c10 = at(x0, y1, z0) * (1 - tx) + at(x1, y1, z0) * tx;
          const double c01 = at(x0, y0, z1) * (1 - tx) + at(x1, y0, z1) * tx;
          const double c11 = at(x0, y1, z1) * (1 - tx) + at(x1, y1, z1) * tx;
          const double c0 = c00 * (1 - ty) + c10 * ty;
          const double c1 = c01 * (1 - ty) + c11 * ty;
          v = static_cast<float>(c0 * (1 - tz) + c1 * tz);
        }
        q[out.offset(i, j, k)] = v;
      }
  });
  return out;
}

Image resampleToSpacing(const Image& in, const Vec3& spacing) {
  for (double s : spacing)
    if (!(s > 0)) throw Error("resample: spacing must be positive");
  Geometry og = in.geometry;
  Image::Dims od{};
  for (std::size_t a = 0; a < 3; ++a) {
    const double extent = (in.dims()[a] - 1) * in.geometry.spacing[a];
    od[a] = std::max(1, static_cast<int>(std::floor(extent / spacing[a] + 1e-6)) + 1);
    og.spacing[a] = spacing[a];
  }
  return resampleLinear(in, og, od);
}

Image resize2D(const Image& in, int width, int height) {
  if (width <= 0 || height <= 0) throw Error("resize: size must be positive");
  Geometry og = in.geometry;
  // Pixel-centre alignment keeping the field of view: corner-to-corner extent is preserved.
  const double sx = in.geometry.spacing[0] * in.width() / width;
  const double sy = in.geometry.spacing[1] * in.height() / height;
  const Vec3 shift = add(scale(in.geometry.direction.column(0), (sx - in.geometry.spacing[0]) / 2),
                         scale(in.geometry.direction.column(1), (sy - in.geometry.spacing[1]) / 2));
  og.origin = add(in.geometry.origin, shift);
  og.spacing = {sx, sy, in.geometry.spacing[2]};
  // Output pixel centres map to input pixel-centre coordinates; the half pixel at each border is
  // filled by replicating the edge (as image libraries do), not with an outside value.
  Image out(PixelType::Float32, {width, height, in.depth()});
  out.geometry = og;
  const Image src = toFloat(in);
  const float* p = src.data<float>();
  float* q = out.data<float>();
  for (int k = 0; k < in.depth(); ++k)
    for (int j = 0; j < height; ++j) {
      const double y = std::clamp((j + 0.5) * in.height() / height - 0.5, 0.0, in.height() - 1.0);
      const int y0 = static_cast<int>(std::floor(y)), y1 = std::min(y0 + 1, in.height() - 1);
      const double ty = y - y0;
      for (int i = 0; i < width; ++i) {
        const double x = std::clamp((i + 0.5) * in.width() / width - 0.5, 0.0, in.width() - 1.0);
        const int x0 = static_cast<int>(std::floor(x)), x1 = std::min(x0 + 1, in.width() - 1);
        const double tx = x - x0;
        const double v =
            (p[in.offset(x0, y0, k)] * (1 - tx) + p[in.offset(x1, y0, k)] * tx) * (1 - ty) +
            (p[in.offset(x0, y1, k)] * (1 - tx) + p[in.offset(x1, y1, k)] * tx) * ty;
        q[out.offset(i, j, k)] = static_cast<float>(v);
      }
    }
  return out;
}

}  // namespace osteon::image
