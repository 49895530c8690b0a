#pragma once
// PNG through libpng with its errors caught (ITK 5.2's PNG reader lets libpng abort the process
// on a corrupt file), and without loading ITK (core/io/itk_module.h). Internal to core/io.

#include <string>

#include "core/image/image.h"

namespace osteon::io::detail {

// 8/16-bit grey (alpha dropped), RGB (alpha dropped), palette -> RGB, low bit depths expanded.
image::Image readPng(const std::string& path);

// Width and height from the IHDR chunk, without decoding.
image::Image::Dims readPngSize(const std::string& path);

// One slice of UInt8 or UInt16 grey, or RGB8. Throws osteon::Error naming the file (other voxel
// types: "apply a window first"); a partly written file is removed.
void writePng(const image::Image& img, const std::string& path);

}  // namespace osteon::io::detail
