#pragma once
// Scoliosis (seed 000): the Augmented Lehnert-Schroth type of an AP spine radiograph, 7 classes
// (3CH, 3CTL, 3CN, 3CL, 4C, 4CL, 4CTL). The grey X-ray becomes the model's 3-channel input
// (224 x 224 in seed 000). The landmark-based reading (Auto Cobb) lives in core/ai/spine_analyzer.

#include <memory>

#include "core/ai/task.h"

namespace osteon::plugins {
std::unique_ptr<ai::TaskPlugin> makeScoliosisTask();
}
