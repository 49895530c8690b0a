// TrainReport: the JSON report, the per-epoch CSV and the curves as PNG.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

#include "core/base/error.h"
#include "core/io/image_file.h"
#include "core/train/plot.h"
#include "core/train/trainer.h"

namespace osteon::train {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json meanSd(const std::vector<double>& v) {
  std::vector<double> x;
  for (double d : v)
    if (std::isfinite(d)) x.push_back(d);
  if (x.empty()) return {{"mean", nullptr}, {"sd", nullptr}, {"folds", 0}};
  double m = 0;
  for (double d : x)
    m += d;
  m /= static_cast<double>(x.size());
  double ss = 0;
  for (double d : x)
    ss += (d - m) * (d - m);
  // Sample standard deviation over folds (n - 1), 0 for a single fold.
  const double sd = x.size() > 1 ? std::sqrt(ss / static_cast<double>(x.size() - 1)) : 0.0;
  return {{"mean", m}, {"sd", sd}, {"folds", x.size()}};
}

std::string csvNumber(double v) {
  if (!std::isfinite(v)) return "";
  std::ostringstream o;
  o << std::setprecision(8) << v;
  return o.str();
}

}  // namespace

json TrainReport::summary() const {
  std::vector<double> acc, f1, auc, loss;
  for (const auto& f : folds) {
    if (f.bestEpoch == 0 || f.best.samples == 0) continue;
    acc.push_back(f.best.accuracy);
    f1.push_back(f.best.macroF1);
    auc.push_back(f.best.macroRocAuc);
    loss.push_back(f.best.logLoss);
  }
  return {{"accuracy", meanSd(acc)},
          {"macro_f1", meanSd(f1)},
          {"roc_auc", meanSd(auc)},
          {"log_loss", meanSd(loss)}};
}

json TrainReport::toJson() const {
  json fs_ = json::array();
  for (const auto& f : folds) {
    json epochs = json::array();
    for (const auto& e : f.epochs)
      epochs.push_back(e.toJson());
    fs_.push_back({{"fold", f.fold},
                   {"best_epoch", f.bestEpoch},
                   {"model", f.modelPath},
                   {"stopped_early", f.stoppedEarly},
                   {"best", f.best.samples > 0 ? f.best.toJson(classes) : json(nullptr)},
                   {"epochs", epochs}});
  }
  return {{"format", "osteon-training-report"},
          {"version", 1},
          {"config", config.toJson()},
          {"classes", classes},
          {"class_counts", classCounts},
          {"folds", fs_},
          {"summary", summary()},
          {"model", modelPath},
          {"device", device},
          {"seconds", seconds},
          {"cancelled", cancelled}};
}

void TrainReport::write(const std::string& dir) const {
  fs::create_directories(dir);
  {
    std::ofstream out(fs::path(dir) / "report.json");
    out << toJson().dump(2) << "\n";
    if (!out) throw Error(fileError(dir, "cannot write report.json"));
  }
  {
    std::ofstream out(fs::path(dir) / "epochs.csv");
    out << "fold,epoch,phase,learning_rate,train_loss,train_accuracy,val_loss,val_accuracy,"
           "val_macro_f1,val_roc_auc,seconds,data_wait_fraction,images_per_second,best\n";
    for (const auto& f : folds)
      for (const auto& e : f.epochs)
        out << e.fold << "," << e.epoch << "," << e.phase << "," << csvNumber(e.learningRate) << ","
            << csvNumber(e.trainLoss) << "," << csvNumber(e.trainAccuracy) << ","
            << csvNumber(e.valLoss) << "," << csvNumber(e.valAccuracy) << ","
            << csvNumber(e.valMacroF1) << "," << csvNumber(e.valRocAuc) << ","
            << csvNumber(e.seconds) << "," << csvNumber(e.dataWaitFraction) << ","
            << csvNumber(e.imagesPerSecond) << "," << (e.best ? 1 : 0) << "\n";
    if (!out) throw Error(fileError(dir, "cannot write epochs.csv"));
  }
  // Curves: one colour per fold; training dashed, validation solid.
  static const std::array<std::uint8_t, 3> kColors[] = {
      {31, 119, 180}, {214, 39, 40},   {44, 160, 44},   {148, 103, 189}, {255, 127, 14},
      {140, 86, 75},  {227, 119, 194}, {127, 127, 127}, {188, 189, 34},  {23, 190, 207}};
  std::vector<PlotSeries> loss, metrics;
  for (std::size_t k = 0; k < folds.size(); ++k) {
    const auto& f = folds[k];
    const auto color = kColors[k % 10];
    const std::string tag = folds.size() > 1 ? " fold " + std::to_string(f.fold) : "";
    PlotSeries tl{"train loss" + tag, {}, {}, color, true},
        vl{"val loss" + tag, {}, {}, color, false}, ta{"train acc" + tag, {}, {}, color, true},
        va{"val acc" + tag, {}, {}, color, false};
    for (const auto& e : f.epochs) {
      tl.x.push_back(e.epoch);
      tl.y.push_back(e.trainLoss);
      vl.x.push_back(e.epoch);
      vl.y.push_back(e.valLoss);
      ta.x.push_back(e.epoch);
      ta.y.push_back(e.trainAccuracy);
      va.x.push_back(e.epoch);
      va.y.push_back(e.valAccuracy);
    }
    loss.push_back(tl);
    loss.push_back(vl);
    metrics.push_back(ta);
    metrics.push_back(va);
  }
  if (!folds.empty()) {
    io::writeImageFile(plotLines(loss, "Loss", "epoch", "loss"),
                       (fs::path(dir) / "loss.png").string());
    io::writeImageFile(plotLines(metrics, "Accuracy", "epoch", "accuracy", 800, 480, 0, 1),
                       (fs::path(dir) / "accuracy.png").string());
  }
  // The confusion matrix of the model in use (the best fold's best epoch).
  for (const auto& f : folds)
    if (f.fold == bestFold && f.bestEpoch > 0 && !f.best.confusion.empty())
      io::writeImageFile(plotConfusion(f.best.confusion, classes,
                                       "Validation confusion (fold " + std::to_string(f.fold) +
                                           ", epoch " + std::to_string(f.bestEpoch) + ")"),
                         (fs::path(dir) / "confusion.png").string());
}

}  // namespace osteon::train
