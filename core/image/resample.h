#pragma once
// Linear resampling in patient space. Output is float32 physical values (rescale applied).

#include "core/image/image.h"

namespace osteon::image {

// Samples `in` trilinearly at every voxel of the output grid (geometry + dims). Points outside the
// input get `outside`. A size-1 input axis is sampled by nearest neighbour within half a voxel.
Image resampleLinear(const Image& in, const Geometry& outGeometry, const Image::Dims& outDims,
                     double outside = 0.0);

// Same origin and directions, new spacing; the extent (field of view) is kept.
Image resampleToSpacing(const Image& in, const Vec3& spacing);

// 2D resize of every slice to width x height, keeping the field of view.
Image resize2D(const Image& in, int width, int height);

}  // namespace osteon::image
