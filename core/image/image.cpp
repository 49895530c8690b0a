#include "core/image/image.h"

#include <sys/mman.h>

#include <algorithm>
#include <cassert>
#include <cstdint>
#include <cstring>
#include <limits>
#include <new>
#include <string>

#include "core/base/error.h"

namespace osteon::image {

namespace {
std::size_t g_maxVoxels = std::size_t{1} << 31;

constexpr std::size_t kHugePage = std::size_t{2} << 20;

// Zeroed pixels. Buffers of 2 MiB and more come straight from mmap: the kernel hands them out
// zeroed (no memset), and where transparent huge pages are enabled for madvise (Debian's default)
// they are backed by 2 MiB pages, so the first write takes one page fault per 2 MiB instead of
// one per 4 KiB. On the 2-core VM that took a 6 MB MR volume's allocation and first touch from
// ~23 ms to under 1 ms (osteon-cli convert, bench/bench_cli.py). Anything else: new[].
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OSTEON_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(OSTEON_ASAN)
#define OSTEON_ASAN 1
#endif
#ifdef OSTEON_ASAN
constexpr bool kMapLargeBuffers = false;  // AddressSanitizer watches new[], not mmap
#else
constexpr bool kMapLargeBuffers = true;
#endif

std::unique_ptr<std::uint8_t[], PixelBufferDeleter> allocatePixels(std::size_t bytes) {
  if (kMapLargeBuffers && bytes >= kHugePage) {
    const std::size_t rounded = (bytes + kHugePage - 1) & ~(kHugePage - 1);
    const std::size_t length = rounded + kHugePage;  // room to align the start
    void* mapping =
        ::mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapping == MAP_FAILED) throw std::bad_alloc();
    const auto start = (reinterpret_cast<std::uintptr_t>(mapping) + kHugePage - 1) &
                       ~static_cast<std::uintptr_t>(kHugePage - 1);
    auto* p = reinterpret_cast<std::uint8_t*>(start);
    ::madvise(p, rounded, MADV_HUGEPAGE);  // advice only: a kernel without THP ignores it
    return {p, PixelBufferDeleter{mapping, length}};
  }
  return {new std::uint8_t[bytes](), PixelBufferDeleter{}};
}

template <class T>
std::pair<double, double> rangeOf(const T* p, std::size_t n) {
  if (n == 0) return {0, 0};
  auto [lo, hi] = std::minmax_element(p, p + n);
  return {static_cast<double>(*lo), static_cast<double>(*hi)};
}
}  // namespace

const char* pixelTypeName(PixelType t) {
  switch (t) {
    case PixelType::UInt8:
      return "uint8";
    case PixelType::Int16:
      return "int16";
    case PixelType::UInt16:
      return "uint16";
    case PixelType::Float32:
      return "float32";
    case PixelType::RGB8:
      return "rgb8";
  }
  return "?";
}

std::size_t bytesPerPixel(PixelType t) {
  switch (t) {
    case PixelType::UInt8:
      return 1;
    case PixelType::Int16:
    case PixelType::UInt16:
      return 2;
    case PixelType::Float32:
      return 4;
    case PixelType::RGB8:
      return 3;
  }
  return 1;
}

int componentsOf(PixelType t) {
  return t == PixelType::RGB8 ? 3 : 1;
}

std::size_t maxVoxels() {
  return g_maxVoxels;
}
void setMaxVoxels(std::size_t limit) {
  g_maxVoxels = limit;
}

Image::Image(PixelType type, Dims dims) : type_(type), dims_(dims) {
  for (int d : dims)
    if (d <= 0)
      throw Error("image size " + std::to_string(dims[0]) + "x" + std::to_string(dims[1]) + "x" +
                  std::to_string(dims[2]) + " is not positive");
  const double voxels = static_cast<double>(dims[0]) * dims[1] * dims[2];
  if (voxels > static_cast<double>(g_maxVoxels))
    throw Error("image size " + std::to_string(dims[0]) + "x" + std::to_string(dims[1]) + "x" +
                std::to_string(dims[2]) + " exceeds the limit of " + std::to_string(g_maxVoxels) +
                " voxels");
  data_ = allocatePixels(byteSize());
}

void PixelBufferDeleter::operator()(std::uint8_t* p) const {
  if (mapping)
    ::munmap(mapping, length);
  else
    delete[] p;
}

std::size_t Image::voxelCount() const {
  return static_cast<std::size_t>(dims_[0]) * static_cast<std::size_t>(dims_[1]) *
         static_cast<std::size_t>(dims_[2]);
}

double Image::stored(int i, int j, int k, int c) const {
  assert(contains(i, j, k));
  const std::size_t o = offset(i, j, k);
  switch (type_) {
    case PixelType::UInt8:
      return data<std::uint8_t>()[o];
    case PixelType::Int16:
      return data<std::int16_t>()[o];
    case PixelType::UInt16:
      return data<std::uint16_t>()[o];
    case PixelType::Float32:
      return data<float>()[o];
    case PixelType::RGB8:
      return data<std::uint8_t>()[o * 3 + static_cast<std::size_t>(c)];
  }
  return 0;
}

double Image::value(int i, int j, int k) const {
  if (type_ == PixelType::RGB8) {
    const std::uint8_t* p = data<std::uint8_t>() + offset(i, j, k) * 3;
    return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
  }
  return rescale.apply(stored(i, j, k));
}

void Image::setStored(int i, int j, int k, double v, int c) {
  assert(contains(i, j, k));
  const std::size_t o = offset(i, j, k);
  switch (type_) {
    case PixelType::UInt8:
      data<std::uint8_t>()[o] = static_cast<std::uint8_t>(v);
      break;
    case PixelType::Int16:
      data<std::int16_t>()[o] = static_cast<std::int16_t>(v);
      break;
    case PixelType::UInt16:
      data<std::uint16_t>()[o] = static_cast<std::uint16_t>(v);
      break;
    case PixelType::Float32:
      data<float>()[o] = static_cast<float>(v);
      break;
    case PixelType::RGB8:
      data<std::uint8_t>()[o * 3 + static_cast<std::size_t>(c)] = static_cast<std::uint8_t>(v);
      break;
  }
}

Image Image::clone() const {
  Image out;
  if (empty()) return out;
  out = Image(type_, dims_);
  std::memcpy(out.bytes(), bytes(), byteSize());
  out.geometry = geometry;
  out.rescale = rescale;
  out.invertForDisplay = invertForDisplay;
  out.windowPresets = windowPresets;
  out.meta = meta;
  return out;
}

std::pair<double, double> valueRange(const Image& img) {
  if (img.empty()) return {0, 0};
  std::pair<double, double> r;
  const std::size_t n = img.voxelCount();
  switch (img.pixelType()) {
    case PixelType::UInt8:
      r = rangeOf(img.data<std::uint8_t>(), n);
      break;
    case PixelType::Int16:
      r = rangeOf(img.data<std::int16_t>(), n);
      break;
    case PixelType::UInt16:
      r = rangeOf(img.data<std::uint16_t>(), n);
      break;
    case PixelType::Float32:
      r = rangeOf(img.data<float>(), n);
      break;
    case PixelType::RGB8:
      r = rangeOf(img.data<std::uint8_t>(), n * 3);
      break;
  }
  if (img.pixelType() == PixelType::RGB8) return r;
  double a = img.rescale.apply(r.first), b = img.rescale.apply(r.second);
  return {std::min(a, b), std::max(a, b)};
}

Image toFloat(const Image& img) {
  Image out(PixelType::Float32, img.dims());
  out.geometry = img.geometry;
  out.invertForDisplay = img.invertForDisplay;
  out.windowPresets = img.windowPresets;
  float* dst = out.data<float>();
  const std::size_t n = img.voxelCount();
  const double s = img.rescale.slope, b = img.rescale.intercept;
  switch (img.pixelType()) {
    case PixelType::UInt8: {
      const auto* p = img.data<std::uint8_t>();
      for (std::size_t i = 0; i < n; ++i)
        dst[i] = static_cast<float>(p[i] * s + b);
      break;
    }
    case PixelType::Int16: {
      const auto* p = img.data<std::int16_t>();
      for (std::size_t i = 0; i < n; ++i)
        dst[i] = static_cast<float>(p[i] * s + b);
      break;
    }
    case PixelType::UInt16: {
      const auto* p = img.data<std::uint16_t>();
      for (std::size_t i = 0; i < n; ++i)
        dst[i] = static_cast<float>(p[i] * s + b);
      break;
    }
    case PixelType::Float32: {
      const auto* p = img.data<float>();
      for (std::size_t i = 0; i < n; ++i)
        dst[i] = static_cast<float>(p[i] * s + b);
      break;
    }
    case PixelType::RGB8: {
      const auto* p = img.data<std::uint8_t>();
      for (std::size_t i = 0; i < n; ++i)
        dst[i] = static_cast<float>(0.299 * p[3 * i] + 0.587 * p[3 * i + 1] + 0.114 * p[3 * i + 2]);
      break;
    }
  }
  return out;
}

}  // namespace osteon::image
