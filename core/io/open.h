#pragma once
// One call to open what a user points at: a DICOM file, a folder or DICOMDIR (the largest stack
// found), or a plain image/volume file.

#include <string>

#include "core/base/progress.h"
#include "core/image/image.h"

namespace osteon::io {

image::Image openImage(const std::string& path, const Progress& progress = {});

}  // namespace osteon::io
