#pragma once
// Slice extraction in the three anatomical planes, in the radiological display convention:
//   axial:    columns run to patient Left,      rows run to Posterior
//   coronal:  columns run to patient Left,      rows run to Inferior
//   sagittal: columns run to Posterior,         rows run to Inferior
// The index axis best aligned with each display direction is chosen (flipped when it points the
// other way), so a sagittal MR series shown "as sagittal" needs no resampling.

#include <string>

#include "core/image/image.h"

namespace osteon::image {

enum class Plane { Axial, Coronal, Sagittal };

const char* planeName(Plane p);
Plane planeFromName(const std::string& name);  // "axial" | "coronal" | "sagittal"; throws

struct ResliceAxes {
  int colAxis = 0;  // volume index axis along display columns
  int rowAxis = 1;  // volume index axis along display rows
  int sliceAxis = 2;
  bool flipCol = false;  // true: display column 0 is the last index along colAxis
  bool flipRow = false;
};

ResliceAxes resliceAxes(const Geometry& g, Plane plane);
int sliceCount(const Image& vol, Plane plane);

// The plane a 2D/3D image was acquired in: the plane whose normal is closest to the slice normal.
Plane acquisitionPlane(const Geometry& g);

// Slice `index` (0 .. sliceCount-1, in volume index order along the slice axis) as a 2D image with
// its own geometry (origin at display pixel (0,0), directions of display columns/rows).
Image extractSlice(const Image& vol, Plane plane, int index);

// Volume index (continuous) of display pixel (col, row) on slice `index`.
Vec3 displayToVolumeIndex(const Image& vol, const ResliceAxes& axes, double col, double row,
                          int index);

}  // namespace osteon::image
