#pragma once
// The image/volume model shared by io, viewer, annotation and AI. An Image holds the *stored*
// pixel values in their native type (what the file had, after decompression) plus the modality
// rescale (slope/intercept) that turns them into physical values, so the viewer can show both.
// A 2D image is a volume with depth 1. RGB images have 3 interleaved uint8 components.

#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/image/geometry.h"

namespace osteon::image {

enum class PixelType { UInt8, Int16, UInt16, Float32, RGB8 };

const char* pixelTypeName(PixelType t);
std::size_t bytesPerPixel(PixelType t);  // RGB8 -> 3
int componentsOf(PixelType t);           // RGB8 -> 3, else 1

struct Rescale {
  double slope = 1.0;
  double intercept = 0.0;
  double apply(double stored) const { return stored * slope + intercept; }
  bool isIdentity() const { return slope == 1.0 && intercept == 0.0; }
};

struct WindowPreset {
  double center = 0;
  double width = 0;
  std::string name;  // DICOM WindowCenterWidthExplanation, or "" when none
};

// Upper bound on voxels a single image may allocate (default 2^31 voxels, 8 GiB of float32).
// Readers check a header's claimed size against it before allocating.
std::size_t maxVoxels();
void setMaxVoxels(std::size_t limit);

// Frees an Image's pixel buffer: delete[] for small ones, munmap for the mapped large ones.
struct PixelBufferDeleter {
  void* mapping = nullptr;  // start and length of the mapping; null: allocated with new[]
  std::size_t length = 0;
  void operator()(std::uint8_t* p) const;
};

class Image {
 public:
  using Dims = std::array<int, 3>;

  Image() = default;
  // Allocates width x height x depth zeroed pixels. Throws osteon::Error on a non-positive size or
  // one above maxVoxels().
  Image(PixelType type, Dims dims);

  bool empty() const { return data_ == nullptr; }
  PixelType pixelType() const { return type_; }
  int components() const { return componentsOf(type_); }
  const Dims& dims() const { return dims_; }
  int width() const { return dims_[0]; }
  int height() const { return dims_[1]; }
  int depth() const { return dims_[2]; }
  std::size_t voxelCount() const;
  std::size_t byteSize() const { return voxelCount() * bytesPerPixel(type_); }
  std::size_t sliceVoxels() const {
    return static_cast<std::size_t>(dims_[0]) * static_cast<std::size_t>(dims_[1]);
  }

  std::uint8_t* bytes() { return data_.get(); }
  const std::uint8_t* bytes() const { return data_.get(); }
  template <class T>
  T* data() {
    return reinterpret_cast<T*>(data_.get());
  }
  template <class T>
  const T* data() const {
    return reinterpret_cast<const T*>(data_.get());
  }
  std::size_t offset(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(dims_[1]) +
            static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(dims_[0]) +
           static_cast<std::size_t>(i);
  }
  bool contains(int i, int j, int k) const {
    return i >= 0 && j >= 0 && k >= 0 && i < dims_[0] && j < dims_[1] && k < dims_[2];
  }

  // Stored value at a voxel (component c for RGB). No bounds check beyond an assert.
  double stored(int i, int j, int k = 0, int c = 0) const;
  // Physical value: rescale applied (RGB: the luminance of the pixel).
  double value(int i, int j, int k = 0) const;
  void setStored(int i, int j, int k, double v, int c = 0);

  // Deep copy (Image copies share nothing: copying is explicit through clone()).
  Image clone() const;

  Geometry geometry;
  Rescale rescale;
  bool invertForDisplay = false;  // MONOCHROME1: low values are white
  std::vector<WindowPreset> windowPresets;
  // Display/provenance text: "patient_name", "study_date", "series_description", "modality",
  // "spacing_source" ("PixelSpacing", "ImagerPixelSpacing" or "none"), "body_part"
  // (BodyPartExamined), ...
  std::map<std::string, std::string> meta;

  Image(Image&&) noexcept = default;
  Image& operator=(Image&&) noexcept = default;
  Image(const Image&) = delete;
  Image& operator=(const Image&) = delete;

 private:
  PixelType type_ = PixelType::UInt8;
  Dims dims_{0, 0, 0};
  std::unique_ptr<std::uint8_t[], PixelBufferDeleter> data_;
};

// Minimum and maximum physical value (rescale applied) over the whole image.
std::pair<double, double> valueRange(const Image& img);

// Converts to float32 physical values (rescale applied, RGB -> luminance).
Image toFloat(const Image& img);

}  // namespace osteon::image
