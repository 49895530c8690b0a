#pragma once
// DICOM fixtures written with DCMTK directly, for the cases Osteon's own writer never produces
// (odd bit layouts, YBR, multi-frame, broken headers).

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <cstdint>
#include <string>
#include <vector>

namespace osteon::test {

// A minimal MR image dataset: patient/study/series, geometry (axial at z), 8 or 16 bits.
struct FixtureSpec {
  int rows = 4, columns = 5, frames = 1;
  int bitsAllocated = 16, bitsStored = 16, highBit = 15, pixelRepresentation = 0;
  std::string photometric = "MONOCHROME2";
  int samplesPerPixel = 1;
  std::string seriesUid = "1.2.826.0.1.3680043.10.1234.1";
  std::string studyUid = "1.2.826.0.1.3680043.10.1234.2";
  std::string patientId = "P1";
  int instanceNumber = 1;
  int seriesNumber = 1;
  bool geometry = true;
  double z = 0;
  std::string ipp;  // overrides "0\\0\\z" when set
  std::string iop = "1\\0\\0\\0\\1\\0";
  std::string pixelSpacing = "0.5\\0.5";
};

void fillHeader(DcmDataset* ds, const FixtureSpec& s);
// Writes raw 16-bit words / bytes as PixelData and saves explicit little endian.
void saveWords(const FixtureSpec& s, const std::vector<std::uint16_t>& words,
               const std::string& path);
void saveBytes(const FixtureSpec& s, const std::vector<std::uint8_t>& bytes,
               const std::string& path);
void saveDataset(DcmFileFormat& ff, const std::string& path);

}  // namespace osteon::test
