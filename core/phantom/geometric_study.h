#pragma once
// A small synthetic MR study of a lumbar-like column (six vertebral bodies, five discs, a CSF
// canal and paraspinal muscle blocks) sampled in three series with one shared frame of reference:
// sagittal T1, sagittal T2 and axial T2, like an RSNA study. Its anatomy is simple geometry: it
// exists to exercise I/O, geometry and the viewer before the full phantoms (core/phantom lumbar,
// scoliosis, osteoporosis) arrive, and it is what the quick start loads today.

#include <cstdint>
#include <string>
#include <vector>

#include "core/image/image.h"
#include "core/io/dicom_writer.h"

namespace osteon::phantom {

struct PhantomSeries {
  image::Image volume;
  io::DicomWriteInfo info;
};

struct GeometricStudyOptions {
  std::uint32_t seed = 1;
  double noise = 0.03;  // Rician-like noise as a fraction of the brightest tissue
  // Matrix sizes: sagittal slices x in-plane, axial slices x in-plane.
  int sagittalSlices = 17, sagittalSize = 384;
  int axialSlices = 30, axialSize = 320;
};

// The three series in memory (deterministic for a seed).
std::vector<PhantomSeries> makeGeometricStudy(const GeometricStudyOptions& options);

// Writes the study in the RSNA layout: <out>/train_images/<study_id>/<series_id>/<n>.dcm and
// <out>/train_series_descriptions.csv. Returns the study folder.
std::string writeGeometricStudy(const std::string& outDir, const GeometricStudyOptions& options);

}  // namespace osteon::phantom
