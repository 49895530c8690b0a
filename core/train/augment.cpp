#include "core/train/augment.h"

#include <algorithm>
#include <cmath>

#include "core/train/trainer.h"

namespace osteon::train {

namespace {

constexpr double kPi = 3.14159265358979323846;

// Separable Gaussian blur of a field, edges clamped.
std::vector<float> gaussianBlur(const std::vector<float>& f, int w, int h, double sigma) {
  if (sigma <= 0) return f;
  const int r = std::max(1, static_cast<int>(std::ceil(3 * sigma)));
  std::vector<float> k(static_cast<std::size_t>(2 * r + 1));
  double sum = 0;
  for (int i = -r; i <= r; ++i) {
    k[static_cast<std::size_t>(i + r)] =
        static_cast<float>(std::exp(-0.5 * i * i / (sigma * sigma)));
    sum += k[static_cast<std::size_t>(i + r)];
  }
  for (auto& v : k)
    v = static_cast<float>(v / sum);
  std::vector<float> tmp(f.size()), out(f.size());
  const auto idx = [w](int x, int y) {
    return static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
  };
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      float s = 0;
      for (int i = -r; i <= r; ++i)
        s += k[static_cast<std::size_t>(i + r)] * f[idx(std::clamp(x + i, 0, w - 1), y)];
      tmp[idx(x, y)] = s;
    }
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      float s = 0;
      for (int i = -r; i <= r; ++i)
        s += k[static_cast<std::size_t>(i + r)] * tmp[idx(x, std::clamp(y + i, 0, h - 1))];
      out[idx(x, y)] = s;
    }
  return out;
}

float sampleBilinear(const GreyImage& g, double x, double y) {
  x = std::clamp(x, 0.0, static_cast<double>(g.width - 1));
  y = std::clamp(y, 0.0, static_cast<double>(g.height - 1));
  const int x0 = static_cast<int>(x), y0 = static_cast<int>(y);
  const int x1 = std::min(x0 + 1, g.width - 1), y1 = std::min(y0 + 1, g.height - 1);
  const double fx = x - x0, fy = y - y0;
  return static_cast<float>((1 - fy) * ((1 - fx) * g.at(x0, y0) + fx * g.at(x1, y0)) +
                            fy * ((1 - fx) * g.at(x0, y1) + fx * g.at(x1, y1)));
}

}  // namespace

bool AugmentDraw::identity() const {
  return angleDegrees == 0 && shiftX == 0 && shiftY == 0 && scale == 1 && brightness == 1 &&
         !horizontalFlip && !verticalFlip && elasticSeed == 0;
}

AugmentDraw drawAugmentation(const AugmentOptions& o, std::mt19937& rng) {
  AugmentDraw d;
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  // Every field is drawn whether or not it is used, so switching one augmentation off does not
  // change the others' draws.
  const double a = u(rng), sx = u(rng), sy = u(rng), z = u(rng), b = u(rng);
  const bool hf = (rng() & 1u) != 0, vf = (rng() & 1u) != 0;
  const std::uint32_t es = static_cast<std::uint32_t>(rng()) | 1u;
  if (!o.enabled) return d;
  d.angleDegrees = a * o.rotationDegrees;
  d.shiftX = sx * o.shift;
  d.shiftY = sy * o.shift;
  d.scale = 1 + z * o.zoom;
  d.brightness = 1 + b * o.brightness;
  d.horizontalFlip = o.horizontalFlip && hf;
  d.verticalFlip = o.verticalFlip && vf;
  d.elasticSeed = o.elasticAlpha > 0 ? es : 0;
  return d;
}

GreyImage applyAugmentation(const GreyImage& in, const AugmentOptions& o, const AugmentDraw& d) {
  if (d.identity()) return in;
  const int w = in.width, h = in.height;
  std::vector<float> dx, dy;
  if (d.elasticSeed != 0 && o.elasticAlpha > 0) {
    std::mt19937 rng(d.elasticSeed);
    std::uniform_real_distribution<float> u(-1.f, 1.f);
    dx.resize(in.pixels.size());
    dy.resize(in.pixels.size());
    for (auto& v : dx)
      v = u(rng);
    for (auto& v : dy)
      v = u(rng);
    dx = gaussianBlur(dx, w, h, o.elasticSigma);
    dy = gaussianBlur(dy, w, h, o.elasticSigma);
    for (auto& v : dx)
      v = static_cast<float>(v * o.elasticAlpha);
    for (auto& v : dy)
      v = static_cast<float>(v * o.elasticAlpha);
  }
  // Output pixel -> source pixel: undo shift, rotation and zoom about the centre.
  const double cx = (w - 1) / 2.0, cy = (h - 1) / 2.0;
  const double t = d.angleDegrees * kPi / 180.0, c = std::cos(t), s = std::sin(t);
  GreyImage out{w, h, std::vector<float>(in.pixels.size())};
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x) {
      const std::size_t i =
          static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
      double px = x, py = y;
      if (!dx.empty()) {
        px += dx[i];
        py += dy[i];
      }
      px -= d.shiftX * w;
      py -= d.shiftY * h;
      const double ux = (px - cx) / d.scale, uy = (py - cy) / d.scale;
      double sxp = c * ux + s * uy + cx, syp = -s * ux + c * uy + cy;
      if (d.horizontalFlip) sxp = (w - 1) - sxp;
      if (d.verticalFlip) syp = (h - 1) - syp;
      out.pixels[i] =
          std::clamp(static_cast<float>(sampleBilinear(in, sxp, syp) * d.brightness), 0.f, 1.f);
    }
  return out;
}

}  // namespace osteon::train
