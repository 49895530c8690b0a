#pragma once
// Image filters that need more than the pixel loops of core/image.
//
// Rolling-ball background removal (seed 003's preprocessing of panoramic radiographs): the
// background is the grayscale opening of the image with a ball (disk) structuring element of
// `radius` pixels, and the result is the image minus that background (a white top-hat): slow
// intensity gradients and soft-tissue haze go, structures narrower than the ball stay. Computed
// with ITK's mathematical morphology on float values; the result is Float32 with the input's
// geometry (within 2 x radius of the border ITK's SafeBorder padding applies). Throws
// osteon::Error when built without ITK or for a radius below 1.

#include "core/image/image.h"

namespace osteon::image {

Image rollingBallBackgroundRemoval(const Image& img, int radius, int slice = 0);

}  // namespace osteon::image
