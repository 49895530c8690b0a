#pragma once
// The task plugins this build has. A new task is a new folder under plugins/ and one line in
// registry.cpp; core/ and the viewer only see ai::TaskPlugin.

#include <memory>
#include <string>
#include <vector>

#include "core/ai/task.h"

namespace osteon::plugins {

std::vector<std::string> taskNames();  // "scoliosis", "lumbar", "osteoporosis"
// A fresh, unloaded plugin; throws osteon::Error for an unknown name (listing the known ones).
std::unique_ptr<ai::TaskPlugin> makeTask(const std::string& name);

}  // namespace osteon::plugins
