#include "core/ai/lumbar_crops.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "core/annotation/rsna.h"
#include "core/base/error.h"

namespace osteon::ai::lumbar {

int sliceForInstance(const std::vector<int>& instanceNumbers, int instance, int depth) {
  if (instanceNumbers.empty()) return instance >= 1 && instance <= depth ? instance - 1 : -1;
  for (std::size_t k = 0; k < instanceNumbers.size() && static_cast<int>(k) < depth; ++k)
    if (instanceNumbers[k] == instance) return static_cast<int>(k);
  return -1;
}

int findSeries(const std::vector<TaskSeries>& series, const annotation::RsnaCoordinate& c) {
  for (std::size_t i = 0; i < series.size(); ++i)
    if (!c.series.empty() && series[i].seriesId == c.series) return static_cast<int>(i);
  if (c.condition < 0 || c.condition >= annotation::rsna::kConditions) return -1;
  const std::string want = annotation::rsna::seriesForCondition(c.condition);
  for (std::size_t i = 0; i < series.size(); ++i)
    if (series[i].description == want) return static_cast<int>(i);
  return -1;
}

image::Image crop(const image::Image& volume, int k, double x, double y, int size,
                  std::array<double, 4>* region) {
  if (volume.empty() || k < 0 || k >= volume.depth())
    throw Error("lumbar crop: slice " + std::to_string(k) + " is outside the series");
  if (size < 8 || size > 1024) throw Error("lumbar crop: size must be 8..1024");
  if (!std::isfinite(x) || !std::isfinite(y))
    throw Error("lumbar crop: the coordinate is not a number");
  const double sx = volume.geometry.spacing[0], sy = volume.geometry.spacing[1];
  const bool hasSpacing =
      volume.meta.count("has_geometry") == 0 || volume.meta.at("has_geometry") != "0";
  double halfX = 0.5 * kCropFallbackFraction * volume.width(), halfY = halfX;
  if (hasSpacing && sx > 0 && sy > 0) {
    halfX = 0.5 * kCropSideMm / sx;
    halfY = 0.5 * kCropSideMm / sy;
  }
  if (region) *region = {x - halfX, y - halfY, x + halfX, y + halfY};
  std::vector<double> v(static_cast<std::size_t>(size) * static_cast<std::size_t>(size), 0.0);
  std::vector<char> inside(v.size(), 0);
  double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
  const int W = volume.width(), H = volume.height();
  for (int j = 0; j < size; ++j) {
    const double py = y - halfY + (j + 0.5) * (2 * halfY / size) - 0.5;
    for (int i = 0; i < size; ++i) {
      const double px = x - halfX + (i + 0.5) * (2 * halfX / size) - 0.5;
      if (px < -0.5 || py < -0.5 || px > W - 0.5 || py > H - 0.5) continue;
      const double cx = std::clamp(px, 0.0, W - 1.0), cy = std::clamp(py, 0.0, H - 1.0);
      const int x0 = static_cast<int>(cx), y0 = static_cast<int>(cy);
      const int x1 = std::min(x0 + 1, W - 1), y1 = std::min(y0 + 1, H - 1);
      const double fx = cx - x0, fy = cy - y0;
      const double a = volume.value(x0, y0, k), b = volume.value(x1, y0, k),
                   c = volume.value(x0, y1, k), d = volume.value(x1, y1, k);
      const double val = (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
      const std::size_t o = static_cast<std::size_t>(j) * static_cast<std::size_t>(size) +
                            static_cast<std::size_t>(i);
      v[o] = val;
      inside[o] = 1;
      lo = std::min(lo, val);
      hi = std::max(hi, val);
    }
  }
  image::Image out(image::PixelType::UInt8, {size, size, 1});
  out.meta["has_geometry"] = "0";
  const double range = hi > lo ? hi - lo : 1.0;
  for (std::size_t o = 0; o < v.size(); ++o)
    out.bytes()[o] = inside[o] ? static_cast<std::uint8_t>(
                                     std::lround(std::clamp((v[o] - lo) / range, 0.0, 1.0) * 255))
                               : 0;
  return out;
}

std::string severityFolder(int severity) {
  static const char* names[] = {"0_normal_mild", "1_moderate", "2_severe"};
  if (severity < 0 || severity > 2) throw Error("severity must be 0..2");
  return names[severity];
}

}  // namespace osteon::ai::lumbar
