// The classifier trainer's checkpoints: writing, reading and restoring them, and whether the
// report folder holds one to resume from.
#include "core/train/checkpoint.h"

#include <ATen/CPUGeneratorImpl.h>
#include <fstream>
#include <mutex>
#include <string>

#include "core/base/error.h"

namespace osteon::train {

namespace fs = std::filesystem;
using nlohmann::json;

namespace detail {

namespace {

// NaN-safe JSON numbers (nlohmann writes NaN as null).
double numberOr(const json& j, const char* key, double fallback) {
  return j.contains(key) && j.at(key).is_number() ? j.at(key).get<double>() : fallback;
}

json metricsToJson(const ClassificationMetrics& m) {
  return {{"samples", m.samples},
          {"accuracy", m.accuracy},
          {"macro_f1", m.macroF1},
          {"weighted_f1", m.weightedF1},
          {"macro_roc_auc", m.macroRocAuc},
          {"log_loss", m.logLoss},
          {"precision", m.precision},
          {"recall", m.recall},
          {"f1", m.f1},
          {"support", m.support},
          {"roc_auc", m.rocAuc},
          {"confusion", m.confusion}};
}

std::vector<double> numbers(const json& j, const char* key) {
  std::vector<double> v;
  if (j.contains(key))
    for (const auto& x : j.at(key))
      v.push_back(x.is_number() ? x.get<double>() : std::nan(""));
  return v;
}

ClassificationMetrics metricsFromJson(const json& j) {
  ClassificationMetrics m;
  m.samples = j.value("samples", 0);
  m.accuracy = numberOr(j, "accuracy", 0);
  m.macroF1 = numberOr(j, "macro_f1", 0);
  m.weightedF1 = numberOr(j, "weighted_f1", 0);
  m.macroRocAuc = numberOr(j, "macro_roc_auc", std::nan(""));
  m.logLoss = numberOr(j, "log_loss", 0);
  m.precision = numbers(j, "precision");
  m.recall = numbers(j, "recall");
  m.f1 = numbers(j, "f1");
  m.rocAuc = numbers(j, "roc_auc");
  m.support = j.value("support", std::vector<int>{});
  m.confusion = j.value("confusion", std::vector<std::vector<int>>{});
  return m;
}

EpochRecord epochFromJson(const json& j) {
  EpochRecord e;
  e.fold = j.value("fold", 1);
  e.epoch = j.value("epoch", 0);
  e.phase = j.value("phase", 1);
  e.learningRate = numberOr(j, "learning_rate", 0);
  e.trainLoss = numberOr(j, "train_loss", 0);
  e.trainAccuracy = numberOr(j, "train_accuracy", 0);
  e.valLoss = numberOr(j, "val_loss", 0);
  e.valAccuracy = numberOr(j, "val_accuracy", 0);
  e.valMacroF1 = numberOr(j, "val_macro_f1", 0);
  e.valRocAuc = numberOr(j, "val_roc_auc", std::nan(""));
  e.seconds = numberOr(j, "seconds", 0);
  e.dataWaitFraction = numberOr(j, "data_wait_fraction", 0);
  e.imagesPerSecond = numberOr(j, "images_per_second", 0);
  e.best = j.value("best", false);
  e.confusion = j.value("confusion", std::vector<std::vector<int>>{});
  return e;
}

json foldToJson(const FoldResult& f) {
  json epochs = json::array();
  for (const auto& e : f.epochs)
    epochs.push_back(e.toJson());
  return {{"fold", f.fold},
          {"best_epoch", f.bestEpoch},
          {"model", f.modelPath},
          {"stopped_early", f.stoppedEarly},
          {"best", metricsToJson(f.best)},
          {"epochs", epochs}};
}

FoldResult foldFromJson(const json& j) {
  FoldResult f;
  f.fold = j.value("fold", 1);
  f.bestEpoch = j.value("best_epoch", 0);
  f.modelPath = j.value("model", "");
  f.stoppedEarly = j.value("stopped_early", false);
  f.best = metricsFromJson(j.value("best", json::object()));
  for (const auto& e : j.value("epochs", json::array()))
    f.epochs.push_back(epochFromJson(e));
  return f;
}

json stateToJson(const LoopState& s, std::size_t samples) {
  json done = json::array();
  for (const auto& f : s.doneFolds)
    done.push_back(foldToJson(f));
  const auto inf = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
  return {{"format", "osteon-training-checkpoint"},
          {"version", 1},
          {"samples", samples},
          {"fold", s.fold},
          {"epoch", s.epoch},
          {"phase", s.phase},
          {"phase_start", s.phaseStart},
          {"learning_rate", s.lr},
          {"plateau_best", inf(s.plateauBest)},
          {"plateau_bad", s.plateauBad},
          {"early_best", inf(s.earlyBest)},
          {"early_bad", s.earlyBad},
          {"best_score", inf(s.bestScore)},
          {"finished", s.finished},
          {"done_folds", done},
          {"current", foldToJson(s.current)}};
}

LoopState stateFromJson(const json& j) {
  LoopState s;
  s.fold = j.at("fold");
  s.epoch = j.at("epoch");
  s.phase = j.at("phase");
  s.phaseStart = j.at("phase_start");
  s.lr = j.at("learning_rate");
  s.plateauBest = numberOr(j, "plateau_best", -INFINITY);
  s.plateauBad = j.at("plateau_bad");
  s.earlyBest = numberOr(j, "early_best", -INFINITY);
  s.earlyBad = j.at("early_bad");
  s.bestScore = numberOr(j, "best_score", -INFINITY);
  s.finished = j.value("finished", false);
  for (const auto& f : j.at("done_folds"))
    s.doneFolds.push_back(foldFromJson(f));
  s.current = foldFromJson(j.at("current"));
  return s;
}

void writeTextAtomically(const fs::path& path, const std::string& text) {
  const fs::path tmp = path.string() + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary);
    out << text;
    if (!out) throw Error(fileError(tmp.string(), "cannot write"));
  }
  fs::rename(tmp, path);
}

// Module::save with CPU copies of every tensor: a checkpoint written while training on a GPU
// loads anywhere (same archive layout, so Module::load reads it).
void saveOnCpu(const torch::nn::Module& m, torch::serialize::OutputArchive& a) {
  for (const auto& p : m.named_parameters(false))
    a.write(p.key(), p.value().detach().to(torch::kCPU));
  for (const auto& b : m.named_buffers(false))
    a.write(b.key(), b.value().to(torch::kCPU), /*is_buffer=*/true);
  for (const auto& child : m.named_children()) {
    if (!child.value()->is_serializable()) continue;
    torch::serialize::OutputArchive sub(a.compilation_unit());
    saveOnCpu(*child.value(), sub);
    a.write(child.key(), sub);
  }
}

}  // namespace

fs::path checkpointJson(const TrainConfig& c) {
  return fs::path(c.resolvedReportDir()) / "checkpoint.json";
}

void saveCheckpoint(const TrainConfig& c, const LoopState& s, std::size_t samples, ai::Network& net,
                    torch::optim::Optimizer& opt) {
  const fs::path dir = c.resolvedReportDir();
  fs::create_directories(dir);
  const std::string tag = "f" + std::to_string(s.fold) + "e" + std::to_string(s.epoch);
  const fs::path model = dir / ("checkpoint-" + tag + "-model.pt");
  const fs::path optim = dir / ("checkpoint-" + tag + "-optimizer.pt");
  {
    torch::serialize::OutputArchive a;
    saveOnCpu(net, a);
    a.write("torch_rng", at::detail::getDefaultCPUGenerator().get_state());
    a.save_to(model.string());
  }
  {
    torch::serialize::OutputArchive a;
    opt.save(a);
    a.save_to(optim.string());
  }
  json j = stateToJson(s, samples);
  j["model_file"] = model.filename().string();
  j["optimizer_file"] = optim.filename().string();
  std::string previous;
  if (fs::exists(checkpointJson(c))) {
    try {
      std::ifstream in(checkpointJson(c));
      const json old = json::parse(in);
      previous = old.value("model_file", "");
      if (previous != model.filename().string()) {
        fs::remove(dir / previous);
        fs::remove(dir / old.value("optimizer_file", ""));
      }
    } catch (...) {
    }
  }
  writeTextAtomically(checkpointJson(c), j.dump());
}

json readCheckpoint(const TrainConfig& c, std::size_t samples, LoopState& state) {
  if (!fs::exists(checkpointJson(c)))
    throw Error("nothing to resume: " + checkpointJson(c).string() + " does not exist");
  std::ifstream in(checkpointJson(c));
  json j;
  try {
    j = json::parse(in);
    state = stateFromJson(j);
  } catch (const std::exception& e) {
    throw Error(fileError(checkpointJson(c).string(),
                          std::string("damaged training checkpoint: ") + e.what()));
  }
  if (j.value("samples", std::size_t{0}) != samples)
    throw Error("the dataset changed since the checkpoint (" +
                std::to_string(j.value("samples", 0)) + " images then, " + std::to_string(samples) +
                " now); start a new training");
  return j;
}

void restoreCheckpoint(const TrainConfig& c, const json& checkpoint, ai::Network& net,
                       torch::optim::Optimizer& opt, const torch::Device& device) {
  const fs::path dir = c.resolvedReportDir();
  torch::serialize::InputArchive a;
  a.load_from((dir / checkpoint.at("model_file").get<std::string>()).string(), device);
  net.load(a);
  torch::Tensor rng;
  if (a.try_read("torch_rng", rng)) {
    at::Generator gen = at::detail::getDefaultCPUGenerator();
    std::lock_guard<std::mutex> lock(gen.mutex());
    gen.set_state(rng.to(torch::kCPU));
  }
  torch::serialize::InputArchive o;
  o.load_from((dir / checkpoint.at("optimizer_file").get<std::string>()).string(), device);
  opt.load(o);
}

}  // namespace detail

bool hasCheckpoint(const TrainConfig& config) {
  std::error_code ec;
  if (!fs::is_regular_file(detail::checkpointJson(config), ec)) return false;
  try {
    std::ifstream in(detail::checkpointJson(config));
    return !json::parse(in).value("finished", false);
  } catch (const std::exception&) {
    return true;  // damaged: resume says so with the reason
  }
}

}  // namespace osteon::train
