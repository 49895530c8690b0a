#pragma once
// Writes images as DICOM with DCMTK: a volume as a series of single-frame MR/CT/OT images (one
// file per slice, named <instance_number>.dcm as in the RSNA layout) or a 2D image as a Secondary
// Capture. Geometry, rescale and window presets are written; transfer syntax is selectable.

#include <string>
#include <vector>

#include "core/image/image.h"

namespace osteon::io {

enum class TransferSyntax {
  ExplicitLittle,
  ImplicitLittle,
  ExplicitBig,
  Deflated,
  RleLossless,
  JpegLossless,  // process 14 SV1
  JpegBaseline,  // process 1, 8-bit, lossy
  JpegExtended,  // process 2/4, up to 12-bit, lossy
  JpegLsLossless,
  JpegLsNearLossless,
};

TransferSyntax transferSyntaxFromName(const std::string& name);  // "explicit", "rle", ...; throws
std::string transferSyntaxUid(TransferSyntax ts);

struct DicomWriteInfo {
  std::string patientName = "ANONYMOUS^OSTEON";
  std::string patientId = "OSTEON0001";
  std::string studyUid, seriesUid, frameOfReferenceUid;  // generated when empty
  std::string studyDate = "20260101", studyTime = "120000";
  std::string studyDescription, seriesDescription;
  std::string modality = "MR";  // MR, CT, DX, CR, OT (OT writes Secondary Capture)
  std::string bodyPart;
  std::string photometric = "MONOCHROME2";  // or MONOCHROME1 for grey images
  int seriesNumber = 1;
  int firstInstanceNumber = 1;
  TransferSyntax transferSyntax = TransferSyntax::ExplicitLittle;
  bool writeGeometry = true;        // ImagePositionPatient / ImageOrientationPatient
  bool imagerPixelSpacing = false;  // write spacing as ImagerPixelSpacing (projection X-ray)
};

// A new DICOM UID under Osteon's root; with `seed` non-empty, a deterministic one derived from it.
std::string makeUid(const std::string& seed = "");

// Writes every slice of `vol` into `dir` (created). Fills generated UIDs back into `info`.
// Float32 volumes are stored as int16 with a rescale that keeps their range. Returns the paths.
std::vector<std::string> writeDicomSeries(const image::Image& vol, const std::string& dir,
                                          DicomWriteInfo& info);

// Writes one slice (a 2D image, or slice k of a volume) as one file.
void writeDicomImage(const image::Image& img, int k, const std::string& path, DicomWriteInfo& info,
                     int instanceNumber);

}  // namespace osteon::io
