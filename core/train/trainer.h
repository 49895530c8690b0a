#pragma once
// Training and evaluating classifiers on the user's own data: the engine of the Training tab and
// of `osteon-cli train --config FILE`. Tensor-free on purpose: the viewer includes this header.
//
// One TrainConfig (JSON on disk, a form in the UI) says everything: dataset (folder per class,
// image + label CSV, RSNA layout turned into crops), model, optimiser and schedule, imbalance
// handling, split or K-fold, augmentation, output. train() runs it on a worker thread of the
// caller with progress and cancel, reports every epoch, keeps the best checkpoint by the chosen
// metric, writes a resumable checkpoint after every epoch, and is deterministic under the seed.

#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/base/progress.h"
#include "core/image/image.h"
#include "core/train/dataset.h"
#include "core/train/metrics.h"

namespace osteon::train {

// Random augmentation applied to training images (never to validation). Ranges are symmetric:
// a rotation of 15 draws from [-15, 15] degrees. Seed 001's defaults.
struct AugmentOptions {
  double rotationDegrees = 15;
  double shift = 0.1;  // fraction of width / height
  double zoom = 0.1;   // scale drawn from [1 - zoom, 1 + zoom]
  bool horizontalFlip = true;
  bool verticalFlip = false;
  double brightness = 0.2;  // intensity factor drawn from [1 - b, 1 + b]
  double elasticAlpha = 0;  // elastic deformation strength in pixels (seed 001: 50), 0 = off
  double elasticSigma = 5;  // smoothness of the displacement field in pixels
  bool enabled = true;
  nlohmann::json toJson() const;
  static AugmentOptions fromJson(const nlohmann::json& j);
};

struct TrainConfig {
  // Dataset: "folder" (data = root with one folder per class), "csv" (labels = CSV path, data =
  // image root or "" for the CSV's folder, labelColumns = one column, or several for a
  // multi-output model), "rsna" (data = RSNA 2024 training folder; crops around every labelled
  // coordinate are written under the report folder and trained as a 3-class crop model).
  std::string datasetKind = "folder";
  std::string data;
  std::string labels;
  std::vector<std::string> labelColumns;

  // Model.
  std::string task = "classification";  // stored in the package: scoliosis, lumbar, osteoporosis
  std::string architecture = "resnet18";
  int inputWidth = 224;
  int inputHeight = 0;  // 0 = square
  int rollingBallRadius = 0;
  std::string camLayer;  // "" = the network's last CAM layer
  // Fine-tune from this package's weights: the same architecture, or its backbone for a
  // "+seed000head" network; a backbone-only package (osteon-cli import-weights --backbone-only)
  // gives every tensor but the classifier. "" = none (random initialisation).
  std::string initFrom;

  // Optimisation.
  std::string optimizer = "adam";  // adam | adamw | sgd
  double learningRate = 1e-3;
  double weightDecay = 0;
  double momentum = 0.9;              // sgd
  std::string scheduler = "plateau";  // none | plateau | cosine
  double plateauFactor = 0.2;
  int plateauPatience = 5;
  double minLearningRate = 1e-6;
  int epochs = 10;
  int batchSize = 16;
  int earlyStoppingPatience = 10;    // epochs without improvement of `monitor`, 0 = off
  std::string monitor = "val_loss";  // val_loss | val_accuracy | macro_f1 | roc_auc

  // Two-phase fine-tuning: `frozenEpochs` with only the classifier head trainable, then the last
  // `unfreezeBlocks` stages (0 = all) at learningRate * finetuneLrFactor.
  int frozenEpochs = 0;
  int unfreezeBlocks = 0;
  double finetuneLrFactor = 0.1;
  // Frozen epochs train the head on top of the backbone as it is: without initFrom that is a
  // random backbone, which validate() refuses unless this is set (tests, experiments).
  bool allowRandomFrozenBackbone = false;

  // Imbalance.
  std::string loss = "cross_entropy";  // cross_entropy | focal
  double focalGamma = 2;
  std::vector<double> focalAlpha;  // per class; empty = 1 for every class
  bool classWeights = false;       // inverse class frequency in the loss
  bool oversample = false;         // draw training images so that classes are balanced

  // Split: validationFraction held out per class (stratified), or K-fold when folds > 1.
  double validationFraction = 0.2;
  int folds = 1;
  unsigned seed = 1;

  // Pipeline.
  int workers = 0;            // decoding threads, 0 = the machine's cores
  int cacheMegabytes = 1024;  // decoded-image cache bound
  AugmentOptions augment;

  // Output: the model package (K-fold: every fold as <stem>-fold<k>.osteon and the best fold
  // copied to `out`); the report folder ("" = <out without extension>-report) gets report.json,
  // epochs.csv, curves PNG and the training checkpoint used by `resume`.
  std::string out;
  std::string reportDir;
  std::string provenance;
  bool demo = false;    // label the package "demo: trained on synthetic phantoms, ..."
  bool resume = false;  // continue from the report folder's checkpoint

  std::string resolvedReportDir() const;
  nlohmann::json toJson() const;
  // Unknown keys and values out of range throw osteon::Error naming the key.
  static TrainConfig fromJson(const nlohmann::json& j);
  static TrainConfig load(const std::string& path);
  void save(const std::string& path) const;
  // The seeds' defaults for a task ("scoliosis", "lumbar", "osteoporosis", anything else =
  // generic classification), sized to train on a CPU.
  static TrainConfig defaultsFor(const std::string& task);
  // The first problem with the configuration as a user-facing sentence, "" when it is usable.
  // requirePaths = false checks values only (a half-filled form saved to a file is readable).
  std::string validate(bool requirePaths = true) const;
};

struct EpochRecord {
  int fold = 0;   // 1-based; 1 without K-fold
  int epoch = 0;  // 1-based within the fold
  int phase = 1;  // 1 = (frozen backbone or plain training), 2 = fine-tuning
  double learningRate = 0;
  double trainLoss = 0, trainAccuracy = 0;
  double valLoss = 0, valAccuracy = 0, valMacroF1 = 0, valRocAuc = 0;
  double seconds = 0;
  double dataWaitFraction = 0;  // share of the training step time spent waiting for images
  double imagesPerSecond = 0;   // training throughput
  bool best = false;            // this epoch became the fold's best checkpoint
  std::vector<std::vector<int>> confusion;  // validation, [true][predicted]
  nlohmann::json toJson() const;
};

struct FoldResult {
  int fold = 1;
  std::vector<EpochRecord> epochs;
  int bestEpoch = 0;
  std::string modelPath;
  bool stoppedEarly = false;
  ClassificationMetrics best;  // validation metrics of the best checkpoint
};

struct TrainReport {
  TrainConfig config;
  std::vector<std::string> classes;
  std::vector<int> classCounts;
  std::vector<FoldResult> folds;
  std::string modelPath;  // the package to use (under K-fold a copy of the best fold's)
  int bestFold = 0;       // the fold whose model is in use
  std::string device;     // where the network trained: "cpu", "cuda:0" (ai::computeDevice())
  double seconds = 0;
  bool cancelled = false;
  // Mean and standard deviation over folds of accuracy, macro_f1, roc_auc (sd 0 for one fold).
  nlohmann::json summary() const;
  nlohmann::json toJson() const;
  // report.json, epochs.csv, loss.png, metrics.png and confusion.png into `dir`.
  void write(const std::string& dir) const;
};

struct TrainCallbacks {
  std::function<void(const EpochRecord&)> onEpoch;
  std::function<void(const std::string&)> onLog;  // human-readable lines ("fold 2 of 5", ...)
};

// Reads the dataset the configuration names and checks it: unreadable images, missing files,
// RSNA studies without labels or coordinates become problems in the report (not exceptions);
// a dataset that cannot be trained at all (no classes, a missing folder) throws osteon::Error.
DatasetReport loadDataset(const TrainConfig& config, const Progress& progress = {});

// Trains as configured. Cancel (through progress) stops after the current batch and leaves the
// checkpoint of the last finished epoch; report.cancelled is set and train() returns normally.
// Throws osteon::Error for unusable configurations and broken input.
TrainReport train(const TrainConfig& config, const DatasetReport& data,
                  const TrainCallbacks& callbacks = {}, const Progress& progress = {});

// Whether the report folder holds a checkpoint of an unfinished training that `resume` can
// continue from (false once the training finished).
bool hasCheckpoint(const TrainConfig& config);

// A grid of `count` random augmentations of `imagePath` (the first cell is the image as the
// network sees it without augmentation), 8-bit grey, for the preview in the UI and the CLI.
image::Image augmentationPreview(const std::string& imagePath, const TrainConfig& config,
                                 int count = 8, unsigned seed = 1);

}  // namespace osteon::train
