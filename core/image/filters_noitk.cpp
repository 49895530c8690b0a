#include "core/base/error.h"
#include "core/image/filters.h"

namespace osteon::image {

Image rollingBallBackgroundRemoval(const Image&, int, int) {
  throw Error("rolling-ball background removal needs Osteon built with ITK (OSTEON_WITH_ITK=ON)");
}

}  // namespace osteon::image
