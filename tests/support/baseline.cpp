#include "tests/support/baseline.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/io/image_file.h"
#include "tests/support/test_support.h"

namespace osteon::test {

namespace {

image::Image asRgb(const image::Image& img) {
  if (img.pixelType() == image::PixelType::RGB8) return img.clone();
  image::Image out(image::PixelType::RGB8, img.dims());
  for (std::size_t i = 0; i < img.voxelCount(); ++i)
    for (int c = 0; c < 3; ++c)
      out.bytes()[3 * i + static_cast<std::size_t>(c)] = img.bytes()[i];
  return out;
}

}  // namespace

std::string compareWithBaseline(const image::Image& img, const std::string& name,
                                BaselineTolerance tolerance) {
  namespace fs = std::filesystem;
  if (img.depth() != 1 ||
      (img.pixelType() != image::PixelType::RGB8 && img.pixelType() != image::PixelType::UInt8))
    return "baseline " + name + ": only 2D RGB8 or UInt8 pictures are compared";
  const image::Image actual = asRgb(img);
  const std::string baseline = sourcePath("tests/baselines/" + name + ".png");
  if (const char* update = std::getenv("OSTEON_UPDATE_BASELINES"); update && *update) {
    io::writeImageFile(actual, baseline);
    return "baseline " + baseline + " written (OSTEON_UPDATE_BASELINES is set): look at it";
  }
  const fs::path outDir = fs::temp_directory_path() / "osteon-baselines";
  fs::create_directories(outDir);
  const std::string actualPath = (outDir / (name + "-actual.png")).string();
  io::writeImageFile(actual, actualPath);
  if (!fs::exists(baseline))
    return "no baseline " + baseline + " (the picture is in " + actualPath +
           "; review it and run with OSTEON_UPDATE_BASELINES=1 to create it)";
  const image::Image expected = asRgb(io::readImageFile(baseline));
  if (expected.dims() != actual.dims()) {
    std::ostringstream o;
    o << "baseline " << name << ": size " << actual.width() << "x" << actual.height()
      << ", the baseline is " << expected.width() << "x" << expected.height() << " (picture in "
      << actualPath << ")";
    return o.str();
  }
  image::Image diff(image::PixelType::RGB8, actual.dims());
  std::size_t differing = 0;
  int worst = 0;
  for (std::size_t i = 0; i < actual.voxelCount(); ++i) {
    int d = 0;
    for (std::size_t c = 0; c < 3; ++c)
      d = std::max(d, std::abs(int{actual.bytes()[3 * i + c]} - int{expected.bytes()[3 * i + c]}));
    worst = std::max(worst, d);
    const bool bad = d > tolerance.channel;
    differing += bad ? 1 : 0;
    // The difference map: the baseline dimmed, differing pixels in red.
    const std::uint8_t grey = static_cast<std::uint8_t>(expected.bytes()[3 * i] / 3);
    diff.bytes()[3 * i] = bad ? 255 : grey;
    diff.bytes()[3 * i + 1] = bad ? 0 : grey;
    diff.bytes()[3 * i + 2] = bad ? 0 : grey;
  }
  const double share = static_cast<double>(differing) / static_cast<double>(actual.voxelCount());
  if (share <= tolerance.fraction) return {};
  const std::string diffPath = (outDir / (name + "-diff.png")).string();
  io::writeImageFile(diff, diffPath);
  std::ostringstream o;
  o << "baseline " << name << ": " << differing << " pixels (" << share * 100
    << "%) differ by more than " << tolerance.channel << " (allowed " << tolerance.fraction * 100
    << "%; largest difference " << worst << "); picture " << actualPath << ", differences "
    << diffPath;
  return o.str();
}

}  // namespace osteon::test
