#pragma once
// osteon-cli's results as DICOM objects (cmd_results.cpp): export-sr, import-sr, and the helpers
// cobb --sr and gradcam --dicom call.

#include <string>
#include <vector>

#include "core/annotation/cobb.h"
#include "core/image/image.h"

namespace osteon::cli {

int cmdExportSr(int argc, char** argv);
int cmdImportSr(int argc, char** argv);

// `slice` is a slice of what openSeries(imagePath) loads (the largest stack): the result
// references that slice's instance (and frame). Both throw osteon::Error on a non-DICOM source.
// Writes an Auto Cobb result (68 corners on slice `slice` of `imagePath`) as a TID 1500 SR.
// Returns a one-line summary.
std::string writeAutoCobbSr(const std::string& imagePath, int slice,
                            const std::vector<annotation::Point2>& corners, const std::string& out);

// Writes a heatmap (float, the slice's size) computed on slice `slice` of `imagePath` as a
// Parametric Map.
std::string writeHeatmapParametricMap(const std::string& imagePath, int slice,
                                      const image::Image& heatmap, const std::string& description,
                                      const std::string& out);

}  // namespace osteon::cli
