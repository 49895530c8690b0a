#pragma once
// Small helpers shared by the Training tab's pieces (training_panel.cpp, training_form.cpp,
// training_results.cpp, training_job.cpp). Internal to osteon_ui_training.

#include <QString>
#include <cmath>
#include <string>

#include "core/train/trainer.h"

namespace osteon {
namespace ui {
namespace training_detail {

inline QString q(const std::string& s) {
  return QString::fromStdString(s);
}

inline QString fixed(double v, int decimals) {
  return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

inline std::string problemOf(const train::TrainConfig& c) {
  return c.validate();
}

inline QString reportDirOf(const train::TrainConfig& c) {
  return q(c.resolvedReportDir());
}

}  // namespace training_detail
}  // namespace ui
}  // namespace osteon
