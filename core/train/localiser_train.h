#pragma once
// Training and evaluating the lumbar level localiser (core/ai/lumbar_localiser.h) from an RSNA
// 2024 folder: train_label_coordinates.csv + train_images/<study>/<series>/*.dcm (+
// train_series_descriptions.csv). The split is fixed by study order: every `valEvery`-th study
// with coordinates and images is a validation study (it picks the best epoch).
//
// Targets per head (see lumbar_localiser.h): Gaussian heatmaps at S/2 around each labelled point,
// amplitude falling off with the slice distance to the point's instance (sigma 1 slice). Each
// epoch draws, per training study, the labelled slices and random other slices of the sagittal
// series (negatives teach the slice choice) and two levels' axial slices (+-1 slice, the
// projection's error). Augmentation: scale 0.9..1.1, rotation +-10 degrees, shift +-8% (targets
// moved with the image), intensity scale, gamma and noise. Loss: MSE weighted 1 + 20 x target.
// AdamW with one warm-up epoch and a cosine schedule (as the landmark trainer).

#include <array>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/ai/lumbar_localiser.h"
#include "core/base/progress.h"

namespace osteon::train {

struct LocaliserStudy {
  ai::TaskInput input;  // series with volumes; coordinates empty
  std::vector<annotation::RsnaCoordinate> truth;
};

struct LocaliserData {
  std::string root;
  std::vector<LocaliserStudy> studies;  // with coordinates and readable series
  std::vector<std::string> problems;    // "study 123: reason"
  std::string text() const;
};

// Reads the RSNA folder; studies without coordinates or images become problems. Throws
// osteon::Error when the folder has no train_label_coordinates.csv or no usable study.
LocaliserData loadLocaliserData(const std::string& root, const Progress& progress = {});

struct LocaliserTrainOptions {
  int inputSize = 128;
  int epochs = 30;
  int batchSize = 16;
  double learningRate = 3e-3;
  double weightDecay = 1e-4;
  int valEvery = 5;  // every 5th study validates
  unsigned seed = 1;
  bool augment = true;
  bool demo = false;
  std::string provenance;
};

// Point error per (condition, level) of placed against true coordinates.
struct LocaliserCell {
  int n = 0;          // targets compared
  int missing = 0;    // targets with a truth but nothing placed
  double meanMm = 0;  // in-plane distance (PixelSpacing), when on the same instance's grid
  double medianMm = 0;
  double meanSlice = 0;      // |instance placed - instance labelled|
  double sliceExact = 0;     // fraction with the labelled instance
  double levelAccuracy = 0;  // fraction whose nearest true point (3D, patient coordinates) of the
                             // same condition is the same level
  nlohmann::json toJson() const;
};

struct LocaliserEval {
  int studies = 0;
  std::array<std::array<LocaliserCell, 5>, 5> cells{};  // [condition][level]
  std::array<LocaliserCell, 5> perCondition{};
  LocaliserCell overall;
  double msPerStudy = 0;
  nlohmann::json toJson() const;
};

LocaliserEval evaluateLocaliser(const ai::lumbar::LumbarLocaliser& model, const LocaliserData& data,
                                const std::vector<std::size_t>& studies,
                                const Progress& progress = {});

struct LocaliserEpoch {
  int epoch = 0;
  double trainLoss = 0, learningRate = 0, seconds = 0;
  LocaliserEval val;
};

struct LocaliserTrainResult {
  std::vector<LocaliserEpoch> epochs;
  int bestEpoch = 0;
  LocaliserEval val;
  std::string modelPath;
  std::size_t trainStudies = 0, valStudies = 0;
  double seconds = 0;
};

// Weighted heatmap loss (see above) of predictions and targets of the same shape.
torch::Tensor localiserLoss(const torch::Tensor& pred, const torch::Tensor& target);

LocaliserTrainResult trainLocaliser(const LocaliserData& data, const LocaliserTrainOptions& options,
                                    const std::string& modelPath,
                                    const std::function<void(const LocaliserEpoch&)>& onEpoch = {},
                                    const Progress& progress = {});

}  // namespace osteon::train

#include "core/train/trainer.h"

namespace osteon::train {

// train() for datasetKind "rsna-localiser" (the Training tab and `osteon-cli train --kind
// rsna-localiser`): TrainConfig fields used are data, out, inputWidth (S), epochs, batchSize,
// learningRate, weightDecay, validationFraction (every round(1 / f)-th study validates), seed,
// augment.enabled, demo and provenance. Epoch records carry the heatmap loss as train loss, the
// validation mean point error (mm) as val loss, the level accuracy as val accuracy and the
// fraction on the labelled instance as val macro-F1; the localiser evaluation is written as
// localiser.json into the report folder.
TrainReport trainLocaliserFromConfig(const TrainConfig& config, const TrainCallbacks& callbacks,
                                     const Progress& progress);

}  // namespace osteon::train
