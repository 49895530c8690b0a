#pragma once
// Training and evaluating spine landmark models (68 vertebra corners, core/ai/spine_landmarks.h)
// on a dataset in the AASCE 2019 layout: DIR/filenames.csv (one image name a row),
// DIR/landmarks.csv (68 x then 68 y, normalised), DIR/angles.csv (3 Cobb angles a row, optional)
// and DIR/images/<name>. The split is fixed by row order, so results compare between runs: the
// last `testFraction` of the rows is the held-out test set (never used for training or for
// choosing the checkpoint); every `valEvery`-th of the remaining rows picks the best epoch.

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "core/ai/spine_landmarks.h"
#include "core/base/progress.h"

namespace osteon::train {

struct LandmarkSample {
  std::string path;
  std::vector<double> row;  // 136 normalised values, AASCE order
  std::array<double, 3> angles{};
  bool hasAngles = false;
};

struct LandmarkDataset {
  std::string root;
  std::vector<LandmarkSample> samples;  // in filenames.csv order (rows with problems left out)
  std::vector<std::string> problems;    // "row n: reason"
  std::string text() const;
};

// Reads the CSVs and checks that every image exists; throws osteon::Error when the layout is
// wrong (a missing CSV, rows that do not have 136 numbers, files of different lengths).
LandmarkDataset scanLandmarkDataset(const std::string& root);

struct LandmarkSplit {
  std::vector<std::size_t> train, val, test;
};
LandmarkSplit splitLandmarkDataset(std::size_t count, double testFraction, int valEvery);

struct LandmarkTrainOptions {
  std::string architecture = "landmarknet";
  int inputWidth = 160, inputHeight = 384;
  int epochs = 100;
  int batchSize = 16;
  double learningRate = 1e-3;  // AdamW with a cosine schedule after one warm-up epoch
  double weightDecay = 1e-4;
  double testFraction = 0.2;
  int valEvery = 8;
  unsigned seed = 1;
  bool augment = true;  // rotation, zoom, shift, mirror, gamma/contrast, noise
  // Weight of a shape term: L1 between predicted and true endplate vectors (each vertebra's
  // top-left -> top-right and bottom-left -> bottom-right, y scaled by the input's aspect), which
  // the Cobb angles depend on; 0 = coordinates only.
  double shapeLoss = 0;
  std::string provenance;
};

struct LandmarkEval {
  int images = 0;
  double meanErrorPx = 0, medianErrorPx = 0;  // per landmark, original image pixels
  double smape = 0;                           // Cobb angles (AASCE), percent; -1 without angles
  double meanAbsPrincipal = 0;                // |pred - truth| of the principal angle, degrees
};

struct LandmarkEpoch {
  int epoch = 0;
  double trainLoss = 0, learningRate = 0, seconds = 0;
  LandmarkEval val;
};

struct LandmarkTrainResult {
  std::vector<LandmarkEpoch> epochs;
  int bestEpoch = 0;
  LandmarkEval val, test;  // of the saved (best) model
  std::string modelPath;
  std::string device;  // where the network trained: "cpu", "cuda:0" (ai::computeDevice())
};

// Random rotation (+-8 degrees), zoom (0.9..1.1), shift (+-5%), mirror (corners swapped),
// gamma, contrast, brightness and noise, applied in place to grey images (B, H, W) in [0, 1]
// and their normalised landmarks (B, 136); draws from torch's global generator.
void augmentLandmarkBatch(torch::Tensor& images, torch::Tensor& landmarks);

// The shape term above for predictions and targets (B, 136); `aspect` = input height / width.
torch::Tensor endplateLoss(const torch::Tensor& pred, const torch::Tensor& target, double aspect);

// Decoded images at the model's input size, grey in [0, 1]: (N, H, W).
torch::Tensor loadLandmarkImages(const LandmarkDataset& data, const std::vector<std::size_t>& idx,
                                 int width, int height, std::vector<std::array<int, 2>>* sizes,
                                 const Progress& progress = {});

LandmarkEval evaluateLandmarks(const ai::SpineLandmarkModel& model, const LandmarkDataset& data,
                               const std::vector<std::size_t>& idx, const Progress& progress = {});

LandmarkTrainResult trainLandmarks(const LandmarkDataset& data, const LandmarkTrainOptions& options,
                                   const std::string& modelPath,
                                   const std::function<void(const LandmarkEpoch&)>& onEpoch = {},
                                   const Progress& progress = {});

}  // namespace osteon::train
