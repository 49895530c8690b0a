#pragma once
// PNG decoding through libpng with its errors caught (ITK 5.2's PNG reader lets libpng abort the
// process on a corrupt file). Internal to core/io.

#include <string>

#include "core/image/image.h"

namespace osteon::io::detail {

// 8/16-bit grey (alpha dropped), RGB (alpha dropped), palette -> RGB, low bit depths expanded.
image::Image readPng(const std::string& path);

}  // namespace osteon::io::detail
