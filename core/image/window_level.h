#pragma once
// Window/level: physical values (rescale applied) to 8-bit display values with the DICOM linear
// VOI function (PS3.3 C.11.2.1.2.1). MONOCHROME1 images are inverted after windowing.

#include <cstdint>

#include "core/image/image.h"

namespace osteon::image {

struct WindowLevel {
  double center = 0;
  double width = 1;
};

// The DICOM linear function: y in [0, 255] for physical value x.
std::uint8_t applyWindow(double x, const WindowLevel& wl);

// Windows every slice (or only slice k when k >= 0) to uint8. Grey input gives UInt8 output;
// RGB input gives RGB8 output with the window applied to each component. The result keeps the
// geometry; `invert` defaults to the image's MONOCHROME1 flag.
Image windowTo8Bit(const Image& img, const WindowLevel& wl, int k = -1);
Image windowTo8Bit(const Image& img, const WindowLevel& wl, int k, bool invert);

// Window from histogram percentiles of physical values (slice k, or the whole image when k < 0).
WindowLevel autoWindow(const Image& img, int k = -1, double lowFraction = 0.005,
                       double highFraction = 0.995);
// The first header preset when there is one, else autoWindow over the whole image.
WindowLevel defaultWindow(const Image& img);

}  // namespace osteon::image
