#pragma once
// Internal to core/io: the few places that go through ITK (its module, core/io/itk_module.h,
// loaded on first use). No ITK type appears here.

#include <string>

#include "core/image/image.h"

namespace osteon::io::detail {

// Reads one DICOM file through ITK's GDCM ImageIO (JPEG 2000 and other syntaxes DCMTK lacks).
// Returns float32 physical values (GDCM applies the rescale) with the file's geometry.
image::Image readDicomWithGdcm(const std::string& path);
// Colour variant: RGB8 frames (YBR converted by GDCM).
image::Image readDicomRgbWithGdcm(const std::string& path);

}  // namespace osteon::io::detail

namespace osteon::io::detail {

// DCMTK set-up shared by the scanner, loader and writer: quiet logging (warnings such as
// "PixelData encountered, skipping rest of dataset" are expected when reading headers only)
// and the decoders. Idempotent and thread-safe.
void initDcmtk();

}  // namespace osteon::io::detail

namespace osteon::io::detail {

// Lower-case extension of a path; ".nii.gz" counts as one extension.
std::string lowerExtension(const std::string& path);

}  // namespace osteon::io::detail
