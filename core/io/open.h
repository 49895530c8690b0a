#pragma once
// One call to open what a user points at: a DICOM file, a folder or DICOMDIR (the largest stack
// found), or a plain image/volume file.

#include <string>
#include <vector>

#include "core/base/progress.h"
#include "core/image/image.h"

namespace osteon::io {

image::Image openImage(const std::string& path, const Progress& progress = {});

// The same, with what a study-level task needs besides the pixels.
struct OpenedSeries {
  image::Image volume;
  std::vector<int> instanceNumbers;  // DICOM InstanceNumber per slice; empty for plain images
  std::string description;           // DICOM SeriesDescription
};
OpenedSeries openSeries(const std::string& path, const Progress& progress = {});

}  // namespace osteon::io
