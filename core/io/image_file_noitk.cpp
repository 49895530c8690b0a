// core/io built without ITK (OSTEON_WITH_ITK=OFF, e.g. the clang fuzz build): PNG still reads
// through libpng; the formats that need ITK say so.

#include <filesystem>

#include "core/base/error.h"
#include "core/io/image_file.h"
#include "core/io/itk_bridge.h"
#include "core/io/png_reader.h"

namespace osteon::io {

namespace {
[[noreturn]] void needsItk(const std::string& path, const std::string& what) {
  throw Error(fileError(
      path, what + " needs ITK, and this build of Osteon has none (OSTEON_WITH_ITK=OFF)"));
}
}  // namespace

image::Image readImageFile(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) throw Error(fileError(path, "no such file"));
  if (detail::lowerExtension(path) == ".png") return detail::readPng(path);
  needsItk(path, "reading " + detail::lowerExtension(path));
}

image::Image::Dims readImageSize(const std::string& path) {
  return readImageFile(path).dims();
}

void writeImageFile(const image::Image&, const std::string& path) {
  needsItk(path, "writing images");
}

namespace detail {
void registerItkFactories() {}
image::Image readDicomWithGdcm(const std::string& path) {
  needsItk(path, "JPEG 2000 decoding");
}
image::Image readDicomRgbWithGdcm(const std::string& path) {
  needsItk(path, "JPEG 2000 decoding");
}
}  // namespace detail

}  // namespace osteon::io
