#include "core/ai/task.h"

#include "core/ai/task_input_check.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace osteon::ai {

const char* const kDemoLabel = "demo: trained on synthetic phantoms, not for clinical use";

int TaskOutput::best() const {
  if (probabilities.empty()) return -1;
  return static_cast<int>(std::max_element(probabilities.begin(), probabilities.end()) -
                          probabilities.begin());
}

std::string TaskResult::displayName(std::size_t c) const {
  if (c < classDisplayNames.size() && !classDisplayNames[c].empty()) return classDisplayNames[c];
  return c < classNames.size() ? displayClassName(classNames[c]) : std::string();
}

std::string TaskResult::summary() const {
  if (outputs.empty()) return "no result";
  auto percent = [](double p) { return std::to_string(static_cast<int>(std::lround(100 * p))); };
  if (outputs.size() == 1) {
    const TaskOutput& o = outputs.front();
    const int b = o.best();
    if (b < 0 || b >= static_cast<int>(classNames.size())) return "no result";
    return displayName(static_cast<std::size_t>(b)) + " " +
           percent(o.probabilities[static_cast<std::size_t>(b)]) + "%";
  }
  // Several targets: how many land in each class, and how many could not be measured.
  std::vector<int> counts(classNames.size(), 0);
  int unmeasured = 0;
  for (const TaskOutput& o : outputs) {
    if (!o.measured) {
      ++unmeasured;
      continue;
    }
    const int b = o.best();
    if (b >= 0 && b < static_cast<int>(counts.size())) ++counts[static_cast<std::size_t>(b)];
  }
  std::string s = std::to_string(outputs.size()) + " targets:";
  for (std::size_t c = 0; c < counts.size(); ++c)
    s += (c ? ", " : " ") + std::to_string(counts[c]) + " " + displayName(c);
  if (unmeasured) s += "; " + std::to_string(unmeasured) + " without a coordinate";
  return s;
}

}  // namespace osteon::ai
