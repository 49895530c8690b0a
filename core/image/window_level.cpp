#include "core/image/window_level.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/base/error.h"

namespace osteon::image {

std::uint8_t applyWindow(double x, const WindowLevel& wl) {
  const double w = std::max(wl.width, 1.0);
  const double c = wl.center;
  if (x <= c - 0.5 - (w - 1) / 2) return 0;
  if (x > c - 0.5 + (w - 1) / 2) return 255;
  const double y = ((x - (c - 0.5)) / (w - 1) + 0.5) * 255.0;
  return static_cast<std::uint8_t>(std::clamp(std::lround(y), 0L, 255L));
}

namespace {

template <class T>
void windowInteger(const T* src, std::size_t n, const Rescale& r, const WindowLevel& wl,
                   bool invert, std::uint8_t* dst) {
  // A lookup table over the stored range: one function evaluation per distinct value.
  auto [lo, hi] = std::minmax_element(src, src + n);
  const long base = static_cast<long>(*lo);
  std::vector<std::uint8_t> lut(static_cast<std::size_t>(static_cast<long>(*hi) - base + 1));
  for (std::size_t v = 0; v < lut.size(); ++v) {
    std::uint8_t y = applyWindow(r.apply(static_cast<double>(base + static_cast<long>(v))), wl);
    lut[v] = invert ? static_cast<std::uint8_t>(255 - y) : y;
  }
  for (std::size_t i = 0; i < n; ++i)
    dst[i] = lut[static_cast<std::size_t>(src[i] - base)];
}

}  // namespace

Image windowTo8Bit(const Image& img, const WindowLevel& wl, int k) {
  return windowTo8Bit(img, wl, k, img.invertForDisplay);
}

Image windowTo8Bit(const Image& img, const WindowLevel& wl, int k, bool invert) {
  if (img.empty()) throw Error("window/level: empty image");
  if (k >= img.depth()) throw Error("window/level: slice index out of range");
  const int first = k < 0 ? 0 : k;
  const int count = k < 0 ? img.depth() : 1;
  const PixelType outType = img.pixelType() == PixelType::RGB8 ? PixelType::RGB8 : PixelType::UInt8;
  Image out(outType, {img.width(), img.height(), count});
  out.geometry = img.geometry;
  out.geometry.origin = img.geometry.indexToPatient({0, 0, static_cast<double>(first)});
  const std::size_t n = img.sliceVoxels() * static_cast<std::size_t>(count);
  const std::size_t start = img.sliceVoxels() * static_cast<std::size_t>(first);
  std::uint8_t* dst = out.bytes();
  switch (img.pixelType()) {
    case PixelType::UInt8:
      windowInteger(img.data<std::uint8_t>() + start, n, img.rescale, wl, invert, dst);
      break;
    case PixelType::Int16:
      windowInteger(img.data<std::int16_t>() + start, n, img.rescale, wl, invert, dst);
      break;
    case PixelType::UInt16:
      windowInteger(img.data<std::uint16_t>() + start, n, img.rescale, wl, invert, dst);
      break;
    case PixelType::Float32: {
      const float* src = img.data<float>() + start;
      for (std::size_t i = 0; i < n; ++i) {
        std::uint8_t y = applyWindow(img.rescale.apply(src[i]), wl);
        dst[i] = invert ? static_cast<std::uint8_t>(255 - y) : y;
      }
      break;
    }
    case PixelType::RGB8:
      windowInteger(img.data<std::uint8_t>() + start * 3, n * 3, Rescale{}, wl, invert, dst);
      break;
  }
  return out;
}

WindowLevel autoWindow(const Image& img, int k, double lowFraction, double highFraction) {
  if (img.empty()) return {};
  const int first = k < 0 ? 0 : k;
  const int count = k < 0 ? img.depth() : 1;
  const std::size_t total = img.sliceVoxels() * static_cast<std::size_t>(count);
  // Subsample large images: percentiles of ~1M samples are exact enough for display.
  const std::size_t step = std::max<std::size_t>(1, total / 1000000);
  std::vector<float> values;
  values.reserve(total / step + 1);
  for (int z = first; z < first + count; ++z)
    for (int y = 0; y < img.height(); ++y)
      for (int x = 0; x < img.width(); ++x) {
        const std::size_t idx = img.offset(x, y, z);
        if (idx % step == 0) values.push_back(static_cast<float>(img.value(x, y, z)));
      }
  if (values.empty()) return {};
  auto pick = [&](double f) {
    const std::size_t i =
        static_cast<std::size_t>(std::clamp(f, 0.0, 1.0) * static_cast<double>(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + static_cast<long>(i), values.end());
    return static_cast<double>(values[i]);
  };
  const double lo = pick(lowFraction);
  const double hi = pick(highFraction);
  WindowLevel wl;
  wl.width = std::max(hi - lo, 1.0);
  wl.center = (lo + hi) / 2;
  return wl;
}

WindowLevel defaultWindow(const Image& img) {
  for (const WindowPreset& p : img.windowPresets)
    if (p.width >= 1) return {p.center, p.width};
  return autoWindow(img);
}

}  // namespace osteon::image
