#pragma once
// What one DICOM file says about itself, read from its header only (parsing stops before the
// pixel data). Plain data: no DCMTK types leak out of core/io.

#include <string>
#include <vector>

#include "core/image/geometry.h"
#include "core/image/image.h"

namespace osteon::io {

using image::Vec3;

// Geometry and rescale of one frame of an enhanced multi-frame object.
struct FrameInfo {
  bool hasPosition = false;
  Vec3 position{0, 0, 0};
  bool hasOrientation = false;
  Vec3 rowDirection{1, 0, 0};  // direction of increasing column index (IOP values 1-3)
  Vec3 colDirection{0, 1, 0};  // direction of increasing row index (IOP values 4-6)
  image::Rescale rescale;
};

struct DicomInstance {
  std::string path;
  std::string sopClassUid, sopInstanceUid, transferSyntaxUid;
  std::string patientName, patientId, patientBirthDate, patientSex;
  std::string studyUid, studyDate, studyTime, studyDescription, accessionNumber;
  std::string seriesUid, seriesDescription, modality, bodyPart, frameOfReferenceUid;
  int seriesNumber = 0;
  int instanceNumber = 0;
  int echoNumber = 0;
  int temporalPosition = 0;

  int rows = 0, columns = 0, frames = 1;
  int samplesPerPixel = 1, bitsAllocated = 0, bitsStored = 0, highBit = 0;
  int pixelRepresentation = 0, planarConfiguration = 0;
  std::string photometric;
  bool hasPixelData = false;

  image::Rescale rescale;
  std::vector<image::WindowPreset> windows;

  // PixelSpacing (0028,0030) is row spacing \ column spacing; stored here as x (between
  // columns) and y (between rows).
  bool hasPixelSpacing = false;
  double spacingX = 1, spacingY = 1;
  bool hasImagerPixelSpacing = false;
  double imagerSpacingX = 1, imagerSpacingY = 1;
  double sliceThickness = 0;

  // Single-frame geometry (or the shared functional group of an enhanced object).
  FrameInfo geometry;
  // Enhanced multi-frame: one entry per frame when the per-frame functional groups carry planes.
  std::vector<FrameInfo> perFrame;

  std::string transferSyntaxName() const;
  // Colour images (RGB/YBR, or palette colour) load as RGB8.
  bool isColor() const { return samplesPerPixel == 3 || photometric == "PALETTE COLOR"; }
};

// Readable name of a transfer syntax UID ("JPEG 2000 (lossless)", ...); the UID when unknown.
std::string transferSyntaxName(const std::string& uid);

}  // namespace osteon::io
