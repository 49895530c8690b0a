#pragma once
// Small helpers shared by the Training tab's pieces (training_panel.cpp, training_form.cpp,
// training_results.cpp, training_job.cpp). Internal to osteon_ui_training: the engine calls are
// there only when the target defines OSTEON_UI_HAVE_TRAIN.

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

// The engine calls that need core/train (absent without LibTorch).
inline std::string problemOf(const train::TrainConfig& c) {
#ifdef OSTEON_UI_HAVE_TRAIN
  return c.validate();
#else
  (void)c;
  return "training is not in this build";
#endif
}

inline QString reportDirOf(const train::TrainConfig& c) {
#ifdef OSTEON_UI_HAVE_TRAIN
  return q(c.resolvedReportDir());
#else
  (void)c;
  return QString();
#endif
}

}  // namespace training_detail
}  // namespace ui
}  // namespace osteon
