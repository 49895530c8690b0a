#pragma once
// Training an image classifier from a folder-per-class dataset (seed 003's layout: one
// subfolder per class, e.g. 1_healthy/ and 3_osteoporosis/): a validation report before
// training, a stratified split, Adam with cross-entropy, per-epoch metrics, the best checkpoint
// (validation accuracy) saved as a model package. Deterministic for a seed. Cancel via Progress.

#include <functional>
#include <string>
#include <vector>

#include "core/ai/model_package.h"
#include "core/base/progress.h"

namespace osteon::train {

struct Sample {
  std::string path;
  int label = 0;
};

struct DatasetReport {
  std::vector<std::string> classes;   // subfolder names, sorted
  std::vector<int> counts;            // per class
  std::vector<Sample> samples;        // readable images
  std::vector<std::string> problems;  // "path: reason"
  std::string text() const;
};

// Scans root/<class>/<image> (PNG, JPEG, TIFF, BMP, DICOM); unreadable files become problems.
DatasetReport scanFolderDataset(const std::string& root);

// A CSV of image path + label (seed 002's layout): the image column is the first of filename,
// path, image, img_path, file; the label column `labelColumn`, else the first of label, class,
// als_type, diagnosis. Paths are relative to `imageRoot` ("" = the CSV's folder). Classes are
// the distinct labels, sorted. Rows without a label or a readable image become problems.
DatasetReport scanCsvDataset(const std::string& csvPath, const std::string& imageRoot,
                             const std::string& labelColumn = "");

struct TrainOptions {
  std::string task = "classification";
  std::string architecture = "resnet18";
  int inputSize = 224;
  int inputHeight = 0;        // > 0: a width x height input (e.g. 2:1 panoramics), else square
  int rollingBallRadius = 0;  // seed 003's background removal before the resize, 0 = none
  std::string camLayer;       // stored CAM layer; "" = the network's last
  int epochs = 10;
  int batchSize = 16;
  double learningRate = 1e-3;
  double validationFraction = 0.2;
  unsigned seed = 1;
  std::string provenance;
};

struct EpochStats {
  int epoch = 0;
  double trainLoss = 0, trainAccuracy = 0, valLoss = 0, valAccuracy = 0;
  double seconds = 0;
};

struct TrainResult {
  std::vector<EpochStats> epochs;
  int bestEpoch = 0;
  double bestValAccuracy = 0;
  std::string modelPath;
};

TrainResult trainClassifier(const DatasetReport& data, const TrainOptions& options,
                            const std::string& modelPath,
                            const std::function<void(const EpochStats&)>& onEpoch = {},
                            const Progress& progress = {});

}  // namespace osteon::train
