#pragma once
// Lumbar degeneration (RSNA 2024, seeds 001/002/004): Normal/Mild, Moderate or Severe for 5
// conditions x 5 levels. Each (condition, level) with a coordinate is cropped on its series
// (ai::lumbar::crop) and graded by one crop classifier; a target without a coordinate or series
// gets the model's training prior, marked as not measured. Outputs follow train.csv's column
// order (condition-major), named like its columns.

#include <memory>
#include <string>
#include <vector>

#include "core/ai/task.h"

namespace osteon::plugins {

std::unique_ptr<ai::TaskPlugin> makeLumbarTask();

// The level localiser (core/ai/lumbar_localiser.h) the lumbar task uses for the targets of a
// study without a coordinate: a localiser package, "" = the bundled lumbar-localiser-demo.osteon
// (loaded when first needed), "none" = no localiser (those targets are not measured). Given
// coordinates always win. Throws osteon::Error when `lumbar` is not the lumbar task or the
// package is not a localiser.
void setLumbarLocaliser(ai::TaskPlugin& lumbar, const std::string& path);

// RSNA submission rows for a lumbar result: "<study>_<condition>_<level>,p0,p1,p2".
std::vector<std::string> submissionRows(const ai::TaskResult& result, const std::string& studyId);
constexpr const char* kSubmissionHeader = "row_id,normal_mild,moderate,severe";
constexpr int kSubmissionTargets = 25;  // rows per study

// A lumbar result for a study that could not be graded at all: the 25 targets with the loaded
// model's training prior, not measured, each with `reason` as its note (submissions never leave a
// study out). Throws osteon::Error when `lumbar` is not the lumbar task or has no model.
ai::TaskResult lumbarPriorResult(const ai::TaskPlugin& lumbar, const std::string& reason);

}  // namespace osteon::plugins
