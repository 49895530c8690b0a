#pragma once
// Pixel loading of a scanned stack into an Image with geometry. Decompression goes through
// DCMTK's codecs (JPEG baseline/extended/lossless, JPEG-LS, RLE, deflate); JPEG 2000, which DCMTK
// lacks, through ITK's GDCM reader.

#include <string>

#include "core/base/progress.h"
#include "core/image/image.h"
#include "core/io/dicom_scan.h"

namespace osteon::io {

struct LoadOptions {
  int threads = 0;  // 0 = all cores
};

// Registers DCMTK's decoders once (thread-safe, idempotent).
void registerDicomCodecs();

// Loads a stack. Throws osteon::Error naming the file and the problem; osteon::Cancelled on cancel.
// Image::meta carries patient/study/series text for display.
image::Image loadStack(const DicomSeries& series, const DicomStack& stack,
                       const LoadOptions& options = {}, const Progress& progress = {});

// Scans a single file and loads its first stack.
image::Image loadDicomFile(const std::string& path);

}  // namespace osteon::io
