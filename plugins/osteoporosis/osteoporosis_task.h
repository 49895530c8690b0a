#pragma once
// Osteoporosis (seed 003): healthy vs osteoporosis from a panoramic dental radiograph. The model
// package carries seed 003's preprocessing (rolling-ball background removal with ITK morphology,
// then the downscale to the model's input).

#include <memory>

#include "core/ai/task.h"

namespace osteon::plugins {
std::unique_ptr<ai::TaskPlugin> makeOsteoporosisTask();
}
