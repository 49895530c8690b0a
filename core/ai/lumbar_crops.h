#pragma once
// Lumbar inputs as seeds 001 and 004 make them: a square crop around each labelled level on the
// series its condition is read on (spinal canal: sagittal T2/STIR; foramina: sagittal T1;
// subarticular recesses: axial T2). The same function makes training crops (osteon-cli crops) and
// inference crops (plugins/lumbar), so the two cannot drift apart.

#include <array>
#include <string>
#include <vector>

#include "core/ai/task.h"
#include "core/image/image.h"

namespace osteon::ai::lumbar {

constexpr double kCropSideMm = 40;              // about one disc level with its neighbourhood
constexpr double kCropFallbackFraction = 0.13;  // of the slice width, for images without spacing
constexpr int kCropPixels = 64;                 // crops are stored and classified at 64 x 64

// Index of the slice whose DICOM InstanceNumber is `instance`; with no instance numbers, slice
// instance - 1. -1 when no slice matches.
int sliceForInstance(const std::vector<int>& instanceNumbers, int instance, int depth);

// Which of `series` a coordinate belongs to: the one with its series id, else the first whose
// description is the condition's RSNA series. -1 when none.
int findSeries(const std::vector<TaskSeries>& series, const annotation::RsnaCoordinate& c);

// The kCropSideMm square around (x, y) on slice k (column, row in pixels), resampled bilinearly
// to size x size, zero outside the image, min-max scaled to 8 bits (MR intensities have no fixed
// scale). `region` receives x0, y0, x1, y1 in slice pixels.
image::Image crop(const image::Image& volume, int k, double x, double y, int size = kCropPixels,
                  std::array<double, 4>* region = nullptr);

// Class folder names of crop datasets, in severity order: "0_normal_mild", "1_moderate",
// "2_severe" (sorted folder names keep the order).
std::string severityFolder(int severity);

}  // namespace osteon::ai::lumbar
