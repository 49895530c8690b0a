#pragma once
// Evaluating a classifier package on a folder-per-class dataset: accuracy, the confusion matrix,
// and, where a lesion mask exists for an image (MASKS/<image stem>.png, non-zero inside), the
// pointing game of each CAM method: the fraction of images whose heatmap peak for the true
// class falls inside the mask.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/ai/cam.h"
#include "core/base/progress.h"
#include "core/train/dataset.h"
#include "core/train/metrics.h"

namespace osteon::train {

struct ClassifierEvaluation {
  int images = 0, correct = 0;
  std::vector<std::vector<int>> confusion;  // [true][predicted]
  std::vector<std::string> classes;
  struct Pointing {
    std::string method;
    int hits = 0, images = 0;
  };
  std::vector<Pointing> pointing;
  std::string layer;  // the CAM layer of the pointing game
  // Per image: the path, the true class and the model's probabilities; and every metric of
  // metrics.h (per-class precision/recall/F1, one-vs-rest ROC AUC, log loss).
  std::vector<std::string> paths;
  std::vector<int> truth;
  std::vector<std::vector<double>> probabilities;
  ClassificationMetrics metrics;
  // Lumbar crop datasets (classes 0_normal_mild, 1_moderate, 2_severe; crops named
  // <study>_<series>_<condition>_<level>.png as osteon-cli crops writes them): the RSNA 2024
  // competition score over the crops' targets. rsnaTargets = 0 otherwise.
  RsnaScore rsna;
  int rsnaTargets = 0;
  double accuracy() const { return images ? static_cast<double>(correct) / images : 0; }
  nlohmann::json toJson() const;
  // report.json (toJson), predictions.csv (path, truth, predicted, one probability column per
  // class) and confusion.png into `dir`.
  void write(const std::string& dir) const;
};

// The dataset's class folders must match the model's class names. Throws osteon::Error.
ClassifierEvaluation evaluateClassifier(const std::string& modelPath, const DatasetReport& data,
                                        const std::string& masksDir,
                                        const std::vector<ai::CamMethod>& methods,
                                        const std::string& layer = "",  // "" = the model's
                                        const Progress& progress = {});

}  // namespace osteon::train
