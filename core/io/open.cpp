#include "core/io/open.h"

#include <filesystem>

#include "core/base/error.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/image_file.h"

namespace osteon::io {

OpenedSeries openSeries(const std::string& path, const Progress& progress) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::exists(path, ec)) throw Error(fileError(path, "no such file or folder"));
  if (fs::is_regular_file(path, ec) && isPlainImagePath(path) && !looksLikeDicom(path))
    return {readImageFile(path), {}, {}};
  const ScanResult scan = scanDicom({path}, {}, progress);
  const auto [bestSeries, best] = largestStack(scan);
  if (!best) {
    if (!scan.errors.empty())
      throw Error(fileError(scan.errors.front().path, scan.errors.front().message));
    if (fs::is_regular_file(path, ec)) {
      if (looksLikeDicom(path))
        throw Error(fileError(path,
                              "this DICOM file holds no image (no Rows/Columns): a report, "
                              "structure set or other non-image object"));
      return {readImageFile(path), {}, {}};
    }
    throw Error(fileError(path, "no DICOM images found"));
  }
  OpenedSeries out;
  out.volume = loadStack(*bestSeries, *best, {}, progress);
  out.description = bestSeries->description;
  for (const SliceRef& s : best->slices)
    out.instanceNumbers.push_back(bestSeries->instances[s.instance].instanceNumber);
  return out;
}

image::Image openImage(const std::string& path, const Progress& progress) {
  return openSeries(path, progress).volume;
}

}  // namespace osteon::io
