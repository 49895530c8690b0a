#pragma once
// RSNA 2024 layout -> a folder-per-class crop dataset (seeds 001 and 004 trained on crops around
// each labelled level): for every coordinate row whose (condition, level) has a grade in
// train.csv, the crop ai::lumbar::crop makes at inference is written as
// OUT/<0_normal_mild|1_moderate|2_severe>/<study>_<series>_<condition>_<level>.png.

#include <string>
#include <vector>

#include "core/base/progress.h"

namespace osteon::train {

struct CropReport {
  int studies = 0, crops = 0;
  std::vector<int> perSeverity = std::vector<int>(3, 0);
  std::vector<std::string> problems;  // studies or rows that could not be used, with the reason
  std::string text() const;
};

// Throws osteon::Error when `root` is not an RSNA folder (no train.csv or coordinates).
CropReport writeLumbarCrops(const std::string& root, const std::string& outDir,
                            const Progress& progress = {});

}  // namespace osteon::train
