// TrainConfig and AugmentOptions: JSON on disk, the seeds' defaults, validation.
#include <filesystem>
#include <fstream>
#include <set>

#include "core/base/error.h"
#include "core/train/train_settings.h"
#include "core/train/trainer.h"

namespace osteon::train {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Reads known keys from a JSON object and complains about the rest, naming them.
class Reader {
 public:
  Reader(const json& j, std::string where) : j_(j), where_(std::move(where)) {
    if (!j.is_object()) throw Error(where_ + ": expected a JSON object");
  }
  template <class T>
  void get(const char* key, T& value) {
    seen_.insert(key);
    if (!j_.contains(key)) return;
    try {
      value = j_.at(key).get<T>();
    } catch (const json::exception&) {
      throw Error(where_ + ": '" + key + "' has the wrong type (" + j_.at(key).dump() + ")");
    }
  }
  // Reads the scalar settings of `group` (train_settings.h) present in the object.
  void settings(const char* group, TrainConfig& c) {
    std::vector<std::string> keys;
    settingsFromJson(j_, group, c, where_, &keys);
    seen_.insert(keys.begin(), keys.end());
  }
  const json* object(const char* key) {
    seen_.insert(key);
    return j_.contains(key) ? &j_.at(key) : nullptr;
  }
  void finish() const {
    for (const auto& [key, value] : j_.items())
      if (!seen_.count(key)) throw Error(where_ + ": unknown key '" + key + "'");
  }

 private:
  const json& j_;
  std::string where_;
  std::set<std::string> seen_;
};

bool oneOf(const std::string& v, std::initializer_list<const char*> options) {
  for (const char* o : options)
    if (v == o) return true;
  return false;
}

}  // namespace

// Every AugmentOptions field is a scalar setting of the "augment" group.
json AugmentOptions::toJson() const {
  TrainConfig c;
  c.augment = *this;
  json j = json::object();
  settingsToJson(c, "augment", j);
  return j;
}

AugmentOptions AugmentOptions::fromJson(const json& j) {
  TrainConfig c;
  c.augment = AugmentOptions{};  // keys not given take AugmentOptions' defaults
  Reader r(j, "training configuration: augment");
  r.settings("augment", c);
  r.finish();
  return c.augment;
}

std::string TrainConfig::resolvedReportDir() const {
  if (!reportDir.empty()) return reportDir;
  fs::path p(out);
  return (p.parent_path() / (p.stem().string() + "-report")).string();
}

json TrainConfig::toJson() const {
  // Strings and lists here; the scalar settings come from the table (train_settings.h).
  json j = {{"dataset",
             {{"kind", datasetKind},
              {"data", data},
              {"labels", labels},
              {"label_columns", labelColumns}}},
            {"task", task},
            {"architecture", architecture},
            {"cam_layer", camLayer},
            {"init_from", initFrom},
            {"optimizer", optimizer},
            {"scheduler", scheduler},
            {"monitor", monitor},
            {"loss", loss},
            {"focal_alpha", focalAlpha},
            {"augment", augment.toJson()},
            {"out", out},
            {"report_dir", reportDir},
            {"provenance", provenance}};
  settingsToJson(*this, "", j);
  return j;
}

TrainConfig TrainConfig::fromJson(const json& j) {
  // Start from the task's defaults so a configuration file only needs what differs.
  std::string task = "classification";
  if (j.is_object() && j.contains("task") && j.at("task").is_string())
    task = j.at("task").get<std::string>();
  TrainConfig c = defaultsFor(task);
  Reader r(j, "training configuration");
  if (const json* d = r.object("dataset")) {
    Reader rd(*d, "training configuration: dataset");
    rd.get("kind", c.datasetKind);
    rd.get("data", c.data);
    rd.get("labels", c.labels);
    rd.get("label_columns", c.labelColumns);
    rd.finish();
  }
  r.get("task", c.task);
  r.settings("", c);
  r.get("architecture", c.architecture);
  r.get("cam_layer", c.camLayer);
  r.get("init_from", c.initFrom);
  r.get("optimizer", c.optimizer);
  r.get("scheduler", c.scheduler);
  r.get("monitor", c.monitor);
  r.get("loss", c.loss);
  r.get("focal_alpha", c.focalAlpha);
  if (const json* a = r.object("augment")) c.augment = AugmentOptions::fromJson(*a);
  r.get("out", c.out);
  r.get("report_dir", c.reportDir);
  r.get("provenance", c.provenance);
  r.finish();
  const std::string problem = c.validate(false);
  if (!problem.empty()) throw Error("training configuration: " + problem);
  return c;
}

TrainConfig TrainConfig::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(fileError(path, "cannot open the training configuration"));
  json j;
  try {
    j = json::parse(in);
  } catch (const json::exception& e) {
    throw Error(fileError(path, std::string("not valid JSON: ") + e.what()));
  }
  TrainConfig c;
  try {
    c = fromJson(j);
  } catch (const Error& e) {
    throw Error(fileError(path, e.what()));
  }
  // Relative paths in a configuration file are relative to the file.
  const fs::path base = fs::path(path).parent_path();
  for (std::string* p : {&c.data, &c.labels, &c.out, &c.reportDir, &c.initFrom})
    if (!p->empty() && fs::path(*p).is_relative()) *p = (base / *p).lexically_normal().string();
  return c;
}

void TrainConfig::save(const std::string& path) const {
  std::ofstream out(path);
  if (!out) throw Error(fileError(path, "cannot write"));
  out << toJson().dump(2) << "\n";
}

TrainConfig TrainConfig::defaultsFor(const std::string& task) {
  TrainConfig c;
  c.task = task;
  if (task == "scoliosis") {
    // Seed 000: ResNet-50 with its dense head, Adam 1e-4, 10 epochs, batch 32.
    c.architecture = "resnet50+seed000head";
    c.inputWidth = 224;
    c.learningRate = 1e-4;
    c.epochs = 10;
    c.batchSize = 32;
    c.scheduler = "none";
    c.earlyStoppingPatience = 0;
    c.monitor = "val_accuracy";
    c.augment.horizontalFlip = false;  // ALS types are sided (thoracic vs lumbar curve sides)
    c.augment.rotationDegrees = 5;
    c.augment.brightness = 0.1;
  } else if (task == "lumbar-localiser") {
    // The lumbar level localiser (core/ai/lumbar_localiser.h): three heatmap U-Nets at 128 px,
    // AdamW 3e-3 with a cosine schedule over 30 epochs, sized to train on 2 CPU cores in minutes.
    c.datasetKind = "rsna-localiser";
    c.architecture = "lumbar-localiser";
    c.inputWidth = 128;
    c.optimizer = "adamw";
    c.learningRate = 3e-3;
    c.weightDecay = 1e-4;
    c.scheduler = "cosine";
    c.epochs = 30;
    c.batchSize = 16;
    c.earlyStoppingPatience = 0;
  } else if (task == "lumbar") {
    // Seed 001 fine-tunes an ImageNet ResNet-50 at 224 on crops (frozen backbone, then the last
    // stage at a 10x lower rate). Without pretrained weights a frozen backbone is random, so the
    // default trains seed 004's small five-block CNN end to end at 128; seed 001's recipe is
    // architecture resnet50, init_from a backbone imported with `osteon-cli import-weights
    // --arch resnet50 --backbone-only resnet50-imagenet.pth backbone.osteon`, frozen_epochs 10,
    // unfreeze_blocks 1. Focal loss alpha (0.2, 0.5, 0.7) gamma 2, ReduceLROnPlateau(0.2, 5,
    // 1e-6), early stopping 10 on val_loss, augmentation with elastic deformation (50, 5).
    c.datasetKind = "rsna";
    c.architecture = "cnn5";
    c.inputWidth = 128;
    c.learningRate = 1e-3;
    c.epochs = 30;
    c.frozenEpochs = 0;
    c.unfreezeBlocks = 0;
    c.finetuneLrFactor = 0.1;
    c.batchSize = 32;
    c.loss = "focal";
    c.focalGamma = 2;
    c.focalAlpha = {0.2, 0.5, 0.7};
    c.scheduler = "plateau";
    c.plateauFactor = 0.2;
    c.plateauPatience = 5;
    c.minLearningRate = 1e-6;
    c.earlyStoppingPatience = 10;
    c.monitor = "val_loss";
    c.augment.rotationDegrees = 15;
    c.augment.zoom = 0.1;
    c.augment.shift = 0.1;
    c.augment.horizontalFlip = true;
    c.augment.verticalFlip = true;
    c.augment.brightness = 0.2;
    c.augment.elasticAlpha = 50;
    c.augment.elasticSigma = 5;
  } else if (task == "osteoporosis") {
    // Seed 003: EfficientNet on the full panoramic downscaled (2:1), K-fold cross-validation
    // with augmentation per fold, rolling-ball background removal.
    c.architecture = "efficientnet_b0";
    c.inputWidth = 448;
    c.inputHeight = 224;
    c.rollingBallRadius = 0;
    c.learningRate = 1e-4;
    c.epochs = 10;
    c.batchSize = 16;
    c.folds = 5;
    c.scheduler = "plateau";
    c.monitor = "val_accuracy";
    c.augment.rotationDegrees = 5;
    c.augment.shift = 0.05;
    c.augment.zoom = 0.05;
    c.augment.horizontalFlip = true;
  }
  return c;
}

std::string TrainConfig::validate(bool requirePaths) const {
  if (!oneOf(datasetKind, {"folder", "csv", "rsna", "rsna-localiser"}))
    return "dataset kind '" + datasetKind + "' is not one of folder, csv, rsna, rsna-localiser";
  if (requirePaths && datasetKind == "csv" && labels.empty())
    return "a CSV dataset needs the labels CSV";
  if (requirePaths && datasetKind != "csv" && data.empty()) return "no dataset folder is given";
  if (!oneOf(optimizer, {"adam", "adamw", "sgd"}))
    return "optimizer '" + optimizer + "' is not one of adam, adamw, sgd";
  if (!oneOf(scheduler, {"none", "plateau", "cosine"}))
    return "scheduler '" + scheduler + "' is not one of none, plateau, cosine";
  if (!oneOf(monitor, {"val_loss", "val_accuracy", "macro_f1", "roc_auc"}))
    return "monitor '" + monitor + "' is not one of val_loss, val_accuracy, macro_f1, roc_auc";
  if (!oneOf(loss, {"cross_entropy", "focal"}))
    return "loss '" + loss + "' is not one of cross_entropy, focal";
  // The ranges of the scalar settings (train_settings.h), then what relates several of them.
  if (std::string problem = settingsRangeProblem(*this); !problem.empty()) return problem;
  if (frozenEpochs >= epochs)
    return "frozen epochs (" + std::to_string(frozenEpochs) + ") must be fewer than the epochs (" +
           std::to_string(epochs) + ")";
  if (requirePaths && frozenEpochs > 0 && initFrom.empty() && !allowRandomFrozenBackbone)
    return "frozen epochs would train only the head on a randomly initialised backbone: give "
           "init_from a pretrained backbone (osteon-cli import-weights --arch ARCH "
           "--backbone-only WEIGHTS.pth BACKBONE.osteon), or set frozen epochs to 0";
  for (double a : focalAlpha)
    if (!(a > 0)) return "focal alpha values must be positive";
  if (requirePaths && out.empty()) return "no output model path is given";
  return "";
}

}  // namespace osteon::train
