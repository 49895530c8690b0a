#pragma once
// Plain image and volume files through ITK: PNG, JPEG, TIFF, BMP (2D, grey or RGB) and NIfTI,
// NRRD, MetaImage (3D, with geometry in LPS). ITK types stay inside the .cpp.

#include <string>

#include "core/image/image.h"

namespace osteon::io {

// Reads a plain image or volume. Throws osteon::Error naming the file on failure.
image::Image readImageFile(const std::string& path);

// Writes by extension: .png (2D uint8/uint16/RGB8, one slice), .nii/.nii.gz, .nrrd/.nhdr,
// .mha/.mhd (any pixel type, with geometry). Throws osteon::Error.
void writeImageFile(const image::Image& img, const std::string& path);

// Width, height and depth from the file's header only (no pixel decoding).
image::Image::Dims readImageSize(const std::string& path);

// True for the extensions writeImageFile/readImageFile handle.
bool isPlainImagePath(const std::string& path);

}  // namespace osteon::io
