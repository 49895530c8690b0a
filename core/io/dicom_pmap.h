#pragma once
// A heatmap (e.g. a Grad-CAM map in [0, 1]) as a DICOM Parametric Map (SOP Class
// 1.2.840.10008.5.1.4.1.1.30): one frame of 32-bit Float Pixel Data with a Real World Value
// Mapping (identity, units UCUM "1"), deriving from one source image (and frame): Derivation
// Image in the shared functional groups, Common Instance Reference, and, when the source has a
// patient geometry, its Frame of Reference with Plane Position/Orientation and Pixel Measures
// (scaled when the map's grid differs from the source's). Written and read with DCMTK dcmdata.
// Plain data: no DCMTK types leak out of core/io.

#include <string>
#include <vector>

#include "core/io/dicom_header.h"

namespace osteon::io {

struct ParametricMap {
  int width = 0, height = 0;
  std::vector<float> values;             // row-major, width * height
  std::string contentLabel = "HEATMAP";  // CS: upper case, digits, space, underscore
  std::string contentDescription;        // e.g. "Grad-CAM of class Osteoporosis (layer4)"
  std::string lutLabel = "CAM";          // Real World Value Mapping LUT Label (SH)
  std::string lutExplanation = "Class activation map, 0..1";
  // The source it derives from (filled from the source header on write, read back on read).
  std::string sourceSopClassUid, sourceSopInstanceUid, sourceSeriesUid, sourceStudyUid;
  int sourceFrame = 0;  // 1-based frame of a multi-frame source; 0 = single frame
  // Read back (and filled on write).
  std::string sopInstanceUid, seriesUid, frameOfReferenceUid;
  bool hasGeometry = false;           // on write: the source's patient geometry was used
  double spacingX = 1, spacingY = 1;  // mm between columns / rows
};

// Writes `map` as a Parametric Map derived from `source` (a header of the image the map was
// computed on; its grid may differ from the map's, the map then covers the same field of view).
// Throws osteon::Error on an empty or mis-sized map, non-finite values, a source without SOP
// Class/Instance or Study UIDs, or a write failure. UIDs are filled back into `map`.
void writeParametricMap(ParametricMap& map, const DicomInstance& source, const std::string& path);

// Reads a Parametric Map written by Osteon (or another writer: first frame, Float, Double Float
// or integer Pixel Data with the real world value mapping applied). Throws osteon::Error when
// the file is not DICOM, not a Parametric Map, or its pixel data is missing or truncated.
ParametricMap readParametricMap(const std::string& path);

// True when the file is a DICOM Parametric Map (header only; never throws).
bool isParametricMap(const std::string& path);

}  // namespace osteon::io
