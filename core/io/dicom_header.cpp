#include "core/io/dicom_header.h"

#include <map>

namespace osteon::io {

std::string transferSyntaxName(const std::string& uid) {
  static const std::map<std::string, std::string> names = {
      {"1.2.840.10008.1.2", "Implicit VR Little Endian"},
      {"1.2.840.10008.1.2.1", "Explicit VR Little Endian"},
      {"1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian"},
      {"1.2.840.10008.1.2.2", "Explicit VR Big Endian"},
      {"1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"},
      {"1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"},
      {"1.2.840.10008.1.2.4.53", "JPEG Spectral Selection (Process 6 & 8)"},
      {"1.2.840.10008.1.2.4.55", "JPEG Full Progression (Process 10 & 12)"},
      {"1.2.840.10008.1.2.4.57", "JPEG Lossless (Process 14)"},
      {"1.2.840.10008.1.2.4.70", "JPEG Lossless SV1 (Process 14, first-order prediction)"},
      {"1.2.840.10008.1.2.4.80", "JPEG-LS Lossless"},
      {"1.2.840.10008.1.2.4.81", "JPEG-LS Near-Lossless"},
      {"1.2.840.10008.1.2.4.90", "JPEG 2000 (lossless only)"},
      {"1.2.840.10008.1.2.4.91", "JPEG 2000"},
      {"1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 (lossless only)"},
      {"1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2"},
      {"1.2.840.10008.1.2.5", "RLE Lossless"},
  };
  auto it = names.find(uid);
  return it == names.end() ? uid : it->second;
}

std::string DicomInstance::transferSyntaxName() const {
  return io::transferSyntaxName(transferSyntaxUid);
}

}  // namespace osteon::io
