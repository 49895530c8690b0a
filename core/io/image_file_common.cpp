#include <algorithm>
#include <filesystem>

#include "core/io/image_file.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

std::string detail::lowerExtension(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (name.size() > 7 && name.compare(name.size() - 7, 7, ".nii.gz") == 0) return ".nii.gz";
  const auto dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(dot);
}

bool isPlainImagePath(const std::string& path) {
  static const char* exts[] = {".png", ".jpg",    ".jpeg", ".tif",  ".tiff", ".bmp",
                               ".nii", ".nii.gz", ".nrrd", ".nhdr", ".mha",  ".mhd"};
  const std::string e = detail::lowerExtension(path);
  return std::any_of(std::begin(exts), std::end(exts), [&](const char* x) { return e == x; });
}

}  // namespace osteon::io
