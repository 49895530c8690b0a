#pragma once
// Synthetic lumbar MR studies with RSNA 2024 labels. One study is three DICOM series of one
// patient in one frame of reference (sagittal T1, sagittal T2/STIR, axial T2) sampled from an
// anatomical model in patient coordinates: vertebral bodies L1..S1 with cortex and marrow, discs
// with nucleus and annulus, the thecal sac (CSF) with the conus and cauda equina, pedicles,
// laminae, facets, spinous processes, ligamentum flavum, neural foramina with fat and nerve
// roots, psoas and paraspinal muscles, vessels and subcutaneous fat. Every (condition, level)
// has a severity that narrows the anatomy it names:
//   spinal canal stenosis      AP diameter of the sac at the disc (disc bulge + flavum)
//   neural foraminal narrowing foraminal fat around the exiting root (left = patient left, +x)
//   subarticular stenosis      the lateral recess, closed by facet overgrowth
// MR contrast per sequence, a smooth coil bias field and Rician noise. Labels are written in the
// Kaggle layout with coordinates on the series and instance where RSNA annotators put them, and
// a label map per series marks the region each finding is judged in.

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/annotation/rsna.h"
#include "core/phantom/geometric_study.h"

namespace osteon::phantom {

struct LumbarOptions {
  std::uint32_t seed = 1;
  double noise = 0.025;  // noise sigma as a fraction of the brightest tissue
  // Probability of Moderate and Severe for each (condition, level); the rest is Normal/Mild.
  double pModerate = 0.25, pSevere = 0.15;
  int sagittalSlices = 17, sagittalSize = 384;  // 300 mm field of view, 4 mm slices
  int axialSize = 320;                          // 180 mm field of view, 4 mm slices L1 to S1
  // Patient pose variation (for level localisers): 0 = the spine in the same place in every
  // study (the default; unchanged files). J > 0 moves the anatomy by up to +-0.4 J mm left-right
  // (about +-2 sagittal slices at J = 20), +-J mm anterior-posterior and +-0.6 J mm
  // cranio-caudal, and tilts it by up to +-0.3 J degrees in the sagittal plane, drawn from the
  // seed; the coordinates follow the anatomy.
  double poseJitter = 0;
  // Severity per [condition][level]; -1 = draw from the probabilities above.
  std::array<std::array<int, 5>, 5> severity{{{-1, -1, -1, -1, -1},
                                              {-1, -1, -1, -1, -1},
                                              {-1, -1, -1, -1, -1},
                                              {-1, -1, -1, -1, -1},
                                              {-1, -1, -1, -1, -1}}};
};

// Where a finding is labelled: series (index into LumbarStudy::series), instance number
// (1-based), and (x, y) = (column, row) in that instance's pixel grid.
struct LumbarCoordinate {
  int condition = 0, level = 0;
  int series = 0;
  int instanceNumber = 1;
  double x = 0, y = 0;
};

struct LumbarStudy {
  std::string studyId;
  std::vector<std::string> seriesIds;            // parallel to series
  std::vector<PhantomSeries> series;             // Sagittal T1, Sagittal T2/STIR, Axial T2
  std::vector<image::Image> labelMaps;           // uint8 per series: 1 + 5 * condition + level
  std::array<std::array<int, 5>, 5> severity{};  // [condition][level]
  std::vector<LumbarCoordinate> coordinates;
  // Measured in the model (mm): sac AP diameter at each disc, foraminal fat height, recess width.
  std::array<double, 5> canalApDiameter{};
  std::array<std::array<double, 5>, 2> foramenHeight{};  // [left/right][level]
  std::array<std::array<double, 5>, 2> recessWidth{};
};

LumbarStudy makeLumbarStudy(const LumbarOptions& options);

// Writes `count` studies (seeds seed .. seed+count-1) in the Kaggle RSNA layout under `outDir`:
// train_images/<study>/<series>/<instance>.dcm, train.csv, train_label_coordinates.csv,
// train_series_descriptions.csv, masks/<study>/<series>.nii.gz and masks/labels.csv.
// Returns the study ids.
std::vector<std::string> writeLumbarDataset(const std::string& outDir, const LumbarOptions& options,
                                            int count);

}  // namespace osteon::phantom
