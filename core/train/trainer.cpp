// The training loop behind the Training tab and `osteon-cli train --config`.
#include "core/train/trainer.h"
#include "core/train/localiser_train.h"

#include <torch/torch.h>

#include <ATen/CPUGeneratorImpl.h>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <future>
#include <list>
#include <mutex>
#include <numeric>
#include <random>
#include <unordered_map>

#include "core/ai/device.h"
#include "core/ai/model_package.h"
#include "core/ai/preprocess.h"
#include "core/ai/task.h"
#include "core/ai/weight_import.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"
#include "core/base/parallel.h"
#include "core/image/filters.h"
#include "core/io/open.h"
#include "core/train/augment.h"
#include "core/train/losses.h"
#include "core/train/rsna_crops.h"

namespace osteon::train {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// NaN-safe JSON numbers (nlohmann writes NaN as null).
double numberOr(const json& j, const char* key, double fallback) {
  return j.contains(key) && j.at(key).is_number() ? j.at(key).get<double>() : fallback;
}

// ---------------------------------------------------------------- decoding and the cache

// One image as the network sees it before augmentation and normalisation: the model's
// preprocessing (rolling ball), the middle slice of a volume, resized, scaled to [0, 1].
GreyImage decodeForTraining(const std::string& path, const ai::ModelInfo& info) {
  image::Image img = io::openImage(path);
  int k = img.depth() / 2;
  if (info.rollingBallRadius > 0) {
    img = image::rollingBallBackgroundRemoval(img, info.rollingBallRadius, k);
    k = 0;
  }
  const int w = info.inputSize, h = ai::inputHeightOf(info);
  const torch::Tensor t = ai::toUnitGrey(img, w, h, k).contiguous();
  GreyImage g{w, h, std::vector<float>(static_cast<std::size_t>(w) * static_cast<std::size_t>(h))};
  std::memcpy(g.pixels.data(), t.data_ptr<float>(), g.pixels.size() * sizeof(float));
  return g;
}

// A bounded least-recently-used cache of decoded images, shared by the decoding threads.
class ImageCache {
 public:
  explicit ImageCache(std::size_t bytes) : limit_(bytes) {}

  std::shared_ptr<const GreyImage> get(std::size_t key, const std::function<GreyImage()>& decode) {
    {
      std::lock_guard<std::mutex> lock(m_);
      auto it = map_.find(key);
      if (it != map_.end()) {
        lru_.splice(lru_.begin(), lru_, it->second.second);
        ++hits_;
        return it->second.first;
      }
      ++misses_;
    }
    auto img = std::make_shared<const GreyImage>(decode());  // outside the lock: in parallel
    const std::size_t bytes = img->pixels.size() * sizeof(float);
    std::lock_guard<std::mutex> lock(m_);
    if (bytes > limit_ || map_.count(key)) return img;
    while (used_ + bytes > limit_ && !lru_.empty()) {
      const std::size_t victim = lru_.back();
      lru_.pop_back();
      used_ -= map_.at(victim).first->pixels.size() * sizeof(float);
      map_.erase(victim);
    }
    lru_.push_front(key);
    map_.emplace(key, std::make_pair(img, lru_.begin()));
    used_ += bytes;
    return img;
  }

 private:
  std::mutex m_;
  std::size_t limit_, used_ = 0;
  std::size_t hits_ = 0, misses_ = 0;
  std::list<std::size_t> lru_;
  std::unordered_map<std::size_t,
                     std::pair<std::shared_ptr<const GreyImage>, std::list<std::size_t>::iterator>>
      map_;
};

struct Batch {
  torch::Tensor x, y;
  std::size_t size = 0;
};

// Seeds are mixed so that (seed, fold, epoch, position) give independent streams.
std::uint32_t mixSeed(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
  std::seed_seq s{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(a >> 32),
                  static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(c),
                  static_cast<std::uint32_t>(d)};
  std::uint32_t out[1];
  s.generate(out, out + 1);
  return out[0];
}

class Loader {
 public:
  Loader(const DatasetReport& data, const ai::ModelInfo& info, const TrainConfig& config)
      : data_(data),
        info_(info),
        config_(config),
        cache_(static_cast<std::size_t>(config.cacheMegabytes) << 20) {}

  // Decodes (through the cache) and, for training, augments the images at `indices`; the
  // augmentation of position i of the epoch depends only on (seed, fold, epoch, i).
  Batch make(const std::vector<std::size_t>& indices, std::size_t first, std::size_t count,
             bool augment, int fold, int epoch) {
    const int w = info_.inputSize, h = ai::inputHeightOf(info_);
    const std::size_t plane = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
    Batch b;
    b.size = count;
    b.x = torch::empty({static_cast<int64_t>(count), 3, h, w});
    const int64_t G = static_cast<int64_t>(data_.outputs.size());
    b.y = G > 0 ? torch::empty({static_cast<int64_t>(count), G}, torch::kLong)
                : torch::empty({static_cast<int64_t>(count)}, torch::kLong);
    float* x = b.x.data_ptr<float>();
    int64_t* y = b.y.data_ptr<int64_t>();
    parallelFor(
        count,
        [&](std::size_t i) {
          const std::size_t sample = indices[first + i];
          const std::string& path = data_.samples[sample].path;
          auto grey = cache_.get(sample, [&] { return decodeForTraining(path, info_); });
          GreyImage aug;
          const GreyImage* g = grey.get();
          if (augment && config_.augment.enabled) {
            std::mt19937 rng(mixSeed(config_.seed, static_cast<std::uint64_t>(fold),
                                     static_cast<std::uint64_t>(epoch), first + i));
            const AugmentDraw d = drawAugmentation(config_.augment, rng);
            aug = applyAugmentation(*g, config_.augment, d);
            g = &aug;
          }
          for (int c = 0; c < 3; ++c) {
            const float m = static_cast<float>(info_.mean[static_cast<std::size_t>(c)]);
            const float s = static_cast<float>(info_.stdev[static_cast<std::size_t>(c)]);
            float* dst = x + (i * 3 + static_cast<std::size_t>(c)) * plane;
            for (std::size_t p = 0; p < plane; ++p)
              dst[p] = (g->pixels[p] - m) / s;
          }
          if (G > 0) {
            for (int64_t g = 0; g < G; ++g)
              y[static_cast<int64_t>(i) * G + g] =
                  data_.samples[sample].labels[static_cast<std::size_t>(g)];
          } else {
            y[i] = data_.samples[sample].label;
          }
        },
        config_.workers);
    return b;
  }

 private:
  const DatasetReport& data_;
  const ai::ModelInfo& info_;
  const TrainConfig& config_;
  ImageCache cache_;
};

// ---------------------------------------------------------------- splits

struct Split {
  std::vector<std::size_t> train, val;
};

std::vector<Split> makeSplits(const DatasetReport& data, const TrainConfig& c) {
  std::vector<Split> splits;
  if (c.folds > 1) {
    if (std::count_if(data.counts.begin(), data.counts.end(), [&](int n) { return n < c.folds; }) >
        0)
      throw Error("K-fold with " + std::to_string(c.folds) +
                  " folds needs at least that many images in every class");
    std::vector<int> labels;
    for (const auto& smp : data.samples)
      labels.push_back(smp.label);
    const auto folds = stratifiedFolds(labels, c.folds, c.seed);
    for (std::size_t k = 0; k < folds.size(); ++k) {
      Split s;
      s.val = folds[k];
      for (std::size_t o = 0; o < folds.size(); ++o)
        if (o != k) s.train.insert(s.train.end(), folds[o].begin(), folds[o].end());
      std::sort(s.train.begin(), s.train.end());
      splits.push_back(std::move(s));
    }
    return splits;
  }
  // One stratified split: the validation fraction of every class (at least one image, and at
  // least one left for training).
  std::mt19937 rng(c.seed);
  Split s;
  for (int cl = 0; cl < static_cast<int>(data.classes.size()); ++cl) {
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < data.samples.size(); ++i)
      if (data.samples[i].label == cl) idx.push_back(i);
    if (idx.size() < 2) {  // a single image trains; the class goes unvalidated
      s.train.insert(s.train.end(), idx.begin(), idx.end());
      continue;
    }
    std::shuffle(idx.begin(), idx.end(), rng);
    const std::size_t nVal = std::clamp<std::size_t>(
        static_cast<std::size_t>(
            std::lround(static_cast<double>(idx.size()) * c.validationFraction)),
        1, idx.size() - 1);
    s.val.insert(s.val.end(), idx.begin(), idx.begin() + static_cast<long>(nVal));
    s.train.insert(s.train.end(), idx.begin() + static_cast<long>(nVal), idx.end());
  }
  std::sort(s.train.begin(), s.train.end());
  std::sort(s.val.begin(), s.val.end());
  splits.push_back(std::move(s));
  return splits;
}

// ---------------------------------------------------------------- parameters and phases

// Trainable groups in input-to-output order: the top-level modules ("conv1", "layer1", ...;
// "features.N" for EfficientNet; a "backbone." prefix is looked through) and which are the head.
struct ParamGroup {
  std::string name;
  bool head = false;
  std::vector<torch::Tensor> params;
};

std::vector<ParamGroup> parameterGroups(ai::Network& net) {
  std::vector<ParamGroup> groups;
  for (const auto& p : net.named_parameters(true)) {
    std::string name = p.key();
    if (name.rfind("backbone.", 0) == 0) name = name.substr(9);
    std::string key = name.substr(0, name.find('.'));
    if (key == "features") {
      const std::size_t second = name.find('.', 9);
      key = name.substr(0, second);
    }
    const bool head = key.rfind("fc", 0) == 0 || key == "classifier" ||
                      key.rfind("dense", 0) == 0 || key.rfind("prelu", 0) == 0 || key == "out";
    if (groups.empty() || groups.back().name != key) groups.push_back({key, head, {}});
    groups.back().params.push_back(p.value());
  }
  return groups;
}

// Phase 1 with frozen epochs: only the head trains. Phase 2: the head and the last `blocks`
// non-head groups (0 = all). Returns the trainable parameters.
std::vector<torch::Tensor> setTrainable(ai::Network& net, int phase, const TrainConfig& c) {
  auto groups = parameterGroups(net);
  const bool frozenPhase = c.frozenEpochs > 0 && phase == 1;
  std::vector<std::size_t> body;
  for (std::size_t i = 0; i < groups.size(); ++i)
    if (!groups[i].head) body.push_back(i);
  std::vector<bool> on(groups.size(), false);
  for (std::size_t i = 0; i < groups.size(); ++i)
    on[i] = groups[i].head || (!frozenPhase && c.unfreezeBlocks == 0);
  if (!frozenPhase && c.unfreezeBlocks > 0)
    for (std::size_t k = 0; k < body.size() && k < static_cast<std::size_t>(c.unfreezeBlocks); ++k)
      on[body[body.size() - 1 - k]] = true;
  std::vector<torch::Tensor> trainable;
  bool anyHead = false;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    anyHead = anyHead || groups[i].head;
    for (auto& t : groups[i].params) {
      t.set_requires_grad(on[i]);
      if (on[i]) trainable.push_back(t);
    }
  }
  if (!anyHead && frozenPhase)
    throw Error(net.architecture() + " has no separate classifier head to train alone");
  return trainable;
}

// Batch-norm layers whose weights are frozen run in inference mode (their running statistics
// stay as they are), as Keras does for layers with trainable = False.
void freezeFrozenBatchNorm(ai::Network& net) {
  for (const auto& m : net.modules(false)) {
    auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get());
    if (bn && bn->weight.defined() && !bn->weight.requires_grad()) bn->eval();
  }
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params,
                                                       const TrainConfig& c, double lr) {
  if (c.optimizer == "adamw")
    return std::make_unique<torch::optim::AdamW>(
        params, torch::optim::AdamWOptions(lr).weight_decay(c.weightDecay));
  if (c.optimizer == "sgd")
    return std::make_unique<torch::optim::SGD>(
        params, torch::optim::SGDOptions(lr).momentum(c.momentum).weight_decay(c.weightDecay));
  return std::make_unique<torch::optim::Adam>(
      params, torch::optim::AdamOptions(lr).weight_decay(c.weightDecay));
}

void setLearningRate(torch::optim::Optimizer& opt, double lr) {
  for (auto& g : opt.param_groups())
    g.options().set_lr(lr);
}

// Multi-output batches: logits (N, G*K) and targets (N, G) with -1 for "not labelled" become the
// labelled (sample, output) pairs, (M, K) and (M), so every loss and metric of a single-output
// classifier applies unchanged. Single-output batches pass through.
std::pair<torch::Tensor, torch::Tensor> labelledPairs(const torch::Tensor& logits,
                                                      const torch::Tensor& y, int64_t classes) {
  if (y.dim() == 1) return {logits, y};
  const torch::Tensor flat = logits.reshape({-1, classes});
  const torch::Tensor t = y.reshape({-1});
  const torch::Tensor keep = t.ge(0).nonzero().squeeze(1);
  return {flat.index_select(0, keep), t.index_select(0, keep)};
}

// ---------------------------------------------------------------- checkpoints

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

// The loop's state after an epoch: everything needed to continue as if never interrupted.
struct LoopState {
  int fold = 1, epoch = 0, phase = 1, phaseStart = 1;
  double lr = 0;
  double plateauBest = -INFINITY;
  int plateauBad = 0;
  double earlyBest = -INFINITY;
  int earlyBad = 0;
  double bestScore = -INFINITY;
  bool finished = false;
  std::vector<FoldResult> doneFolds;
  FoldResult current;
};

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

fs::path checkpointJson(const TrainConfig& c) {
  return fs::path(c.resolvedReportDir()) / "checkpoint.json";
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

// Model, optimiser and RNG go to files named after the epoch; the JSON written last names them,
// so a crash at any point leaves the previous complete checkpoint in place.
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

// ---------------------------------------------------------------- evaluation

struct Evaluated {
  ClassificationMetrics metrics;
  double loss = 0;
};

Evaluated evaluateSplit(ai::Network& net, Loader& loader, const std::vector<std::size_t>& set,
                        const DatasetReport& data, const TrainConfig& c, const Progress& progress) {
  torch::NoGradGuard ng;
  net.eval();
  const torch::Device device = ai::deviceOf(net);
  std::vector<int> truth;
  std::vector<std::vector<double>> probs;
  double loss = 0;
  const std::size_t bs = static_cast<std::size_t>(c.batchSize);
  for (std::size_t b = 0; b < set.size(); b += bs) {
    progress.throwIfCancelled();
    const Batch batch = loader.make(set, b, std::min(bs, set.size() - b), false, 0, 0);
    const auto [out, y] = labelledPairs(net.forward(batch.x.to(device)), batch.y.to(device),
                                        static_cast<int64_t>(data.classes.size()));
    if (y.size(0) == 0) continue;
    loss += torch::nn::functional::cross_entropy(
                out, y, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kSum))
                .item<double>();
    const torch::Tensor p = torch::softmax(out, 1).to(torch::kCPU).to(torch::kDouble).contiguous();
    const torch::Tensor yc = y.to(torch::kCPU).contiguous();
    for (int64_t i = 0; i < y.size(0); ++i) {
      truth.push_back(static_cast<int>(yc.data_ptr<int64_t>()[i]));
      const double* row = p.data_ptr<double>() + i * p.size(1);
      probs.emplace_back(row, row + p.size(1));
    }
  }
  if (truth.empty()) throw Error("the validation images have no labels");
  Evaluated e;
  e.loss = loss / static_cast<double>(truth.size());
  e.metrics = classificationMetrics(truth, probs, static_cast<int>(data.classes.size()));
  return e;
}

// Higher is better for every monitored quantity (the loss is negated).
double monitorScore(const std::string& monitor, const EpochRecord& e) {
  if (monitor == "val_accuracy") return e.valAccuracy;
  if (monitor == "macro_f1") return e.valMacroF1;
  if (monitor == "roc_auc") return std::isfinite(e.valRocAuc) ? e.valRocAuc : e.valAccuracy;
  return -e.valLoss;
}

std::string foldModelPath(const TrainConfig& c, int fold) {
  if (c.folds <= 1) return c.out;
  const fs::path p(c.out);
  return (p.parent_path() /
          (p.stem().string() + "-fold" + std::to_string(fold) + p.extension().string()))
      .string();
}

void copyWeights(ai::Network& net, const std::string& package,
                 const std::function<void(const std::string&)>& log) {
  const ai::LoadedModel m = ai::loadModel(package);
  // The same architecture, or the backbone of a "+seed000head" network.
  std::string prefix;
  if (m.info.architecture + "+seed000head" == net.architecture())
    prefix = "backbone.";
  else if (m.info.architecture != net.architecture())
    throw Error(fileError(package, "fine-tuning needs a " + net.architecture() +
                                       " model or backbone; this one is " + m.info.architecture));
  // A backbone-only package (import-weights --backbone-only) has an untrained classifier.
  const bool backboneOnly = m.info.metrics.value("backbone_only", false) || !prefix.empty();
  std::map<std::string, torch::Tensor> src;
  for (const auto& p : m.network->named_parameters(true))
    if (!(backboneOnly && ai::isHeadTensor(p.key()))) src[prefix + p.key()] = p.value();
  for (const auto& b : m.network->named_buffers(true))
    src[prefix + b.key()] = b.value();
  torch::NoGradGuard ng;
  int copied = 0, skipped = 0;
  const auto take = [&](const std::string& name, torch::Tensor& dst) {
    auto it = src.find(name);
    if (it != src.end() && it->second.sizes() == dst.sizes()) {
      dst.copy_(it->second);
      ++copied;
    } else {
      ++skipped;
    }
  };
  for (auto& p : net.named_parameters(true))
    take(p.key(), p.value());
  for (auto& b : net.named_buffers(true))
    take(b.key(), b.value());
  if (log)
    log("initial weights from " + package + ": " + std::to_string(copied) + " tensors copied, " +
        std::to_string(skipped) + " kept new (different classes or shapes)");
}

}  // namespace

// ---------------------------------------------------------------- public API

json EpochRecord::toJson() const {
  const auto num = [](double v) { return std::isfinite(v) ? json(v) : json(nullptr); };
  return {{"fold", fold},
          {"epoch", epoch},
          {"phase", phase},
          {"learning_rate", learningRate},
          {"train_loss", num(trainLoss)},
          {"train_accuracy", trainAccuracy},
          {"val_loss", num(valLoss)},
          {"val_accuracy", valAccuracy},
          {"val_macro_f1", valMacroF1},
          {"val_roc_auc", num(valRocAuc)},
          {"seconds", seconds},
          {"data_wait_fraction", dataWaitFraction},
          {"images_per_second", imagesPerSecond},
          {"best", best},
          {"confusion", confusion}};
}

bool hasCheckpoint(const TrainConfig& config) {
  std::error_code ec;
  if (!fs::is_regular_file(checkpointJson(config), ec)) return false;
  try {
    std::ifstream in(checkpointJson(config));
    return !json::parse(in).value("finished", false);
  } catch (const std::exception&) {
    return true;  // damaged: resume says so with the reason
  }
}

DatasetReport loadDataset(const TrainConfig& c, const Progress& progress) {
  const std::string problem = c.validate();
  if (!problem.empty() && problem != "no output model path is given")
    throw Error("training configuration: " + problem);
  if (c.datasetKind == "folder") return scanFolderDataset(c.data, progress);
  if (c.datasetKind == "csv") return scanCsvDataset(c.labels, c.data, c.labelColumns, progress);
  if (c.datasetKind == "rsna-localiser") {
    // The lumbar level localiser learns from the coordinates and DICOM themselves (no crops).
    const RsnaCheck check = scanRsnaDataset(c.data, progress);
    DatasetReport r;
    r.kind = "rsna-localiser";
    r.problems = check.problems;
    r.notes.push_back("RSNA folder: " + check.text().substr(0, check.text().find('\n')));
    return r;
  }
  // RSNA: check the folder, then cut the crops inference uses and train on those.
  const RsnaCheck check = scanRsnaDataset(c.data, progress);
  // A folder without usable images stops here with the dataset's own problems (the crops folder
  // would otherwise be reported empty, which says nothing about the dataset).
  if (check.instances == 0)
    throw Error("the RSNA folder " + c.data +
                " has no readable DICOM images under train_images/: nothing to train on.\n"
                "RSNA folder: " +
                check.text());
  const fs::path crops = fs::path(c.resolvedReportDir()) / "crops";
  std::error_code ec;
  fs::remove_all(crops, ec);
  const CropReport cr = writeLumbarCrops(c.data, crops.string(), progress);
  {
    // Every grade needs crops: name the grades without any, with the dataset's report.
    std::string empty;
    for (int s = 0; s < 3; ++s)
      if (cr.perSeverity[static_cast<std::size_t>(s)] == 0)
        empty += (empty.empty() ? "" : ", ") +
                 std::string(annotation::rsna::kSeverityNames[static_cast<std::size_t>(s)]);
    if (!empty.empty())
      throw Error("the RSNA folder " + c.data + " gives no training crop graded " + empty +
                  " (a crop needs a grade in train.csv, its coordinate and the DICOM instance it "
                  "names).\nRSNA folder: " +
                  check.text() + "\ncrops: " + cr.text());
  }
  DatasetReport r = scanFolderDataset(crops.string(), progress);
  r.kind = "rsna crops";
  r.notes.push_back("RSNA folder: " + check.text().substr(0, check.text().find('\n')));
  r.notes.push_back("crops written to " + crops.string() + ": " +
                    cr.text().substr(0, cr.text().find('\n')));
  r.problems.insert(r.problems.begin(), check.problems.begin(), check.problems.end());
  for (const auto& p : cr.problems)
    if (std::find(r.problems.begin(), r.problems.end(), p) == r.problems.end())
      r.problems.push_back("crop " + p);
  return r;
}

TrainReport train(const TrainConfig& c, const DatasetReport& data, const TrainCallbacks& callbacks,
                  const Progress& progress) {
  const std::string problem = c.validate();
  if (!problem.empty()) throw Error("training configuration: " + problem);
  if (c.datasetKind == "rsna-localiser") return trainLocaliserFromConfig(c, callbacks, progress);
  if (data.samples.empty() || data.classes.size() < 2)
    throw Error("the dataset needs images of at least two classes");
  if (!c.focalAlpha.empty() && c.focalAlpha.size() != data.classes.size())
    throw Error("focal alpha has " + std::to_string(c.focalAlpha.size()) + " values for " +
                std::to_string(data.classes.size()) + " classes");
  const auto t0 = Clock::now();
  const auto log = [&](const std::string& s) {
    if (callbacks.onLog) callbacks.onLog(s);
  };
  ai::useAllCores();
  // The network, its batches, the loss and the metrics' forward passes run here; images are
  // decoded and augmented on the CPU, packages and checkpoints are written from CPU copies.
  const torch::Device device = ai::computeDevice();
  log("device: " + ai::describeDevice(device));
  const int K = static_cast<int>(data.classes.size());
  const std::vector<Split> splits = makeSplits(data, c);

  ai::ModelInfo info;
  info.task = c.task;
  info.architecture = c.architecture;
  info.classNames = data.classes;
  info.outputNames = data.outputs;
  info.inputSize = c.inputWidth;
  info.inputHeight = c.inputHeight;
  info.rollingBallRadius = c.rollingBallRadius;
  info.provenance =
      (c.demo ? std::string(ai::kDemoLabel) + "; " : std::string()) +
      (c.provenance.empty() ? "trained by Osteon's Training tab / osteon-cli train" : c.provenance);

  TrainReport report;
  report.config = c;
  report.classes = data.classes;
  report.classCounts = data.counts;
  report.device = ai::describeDevice(device);

  LoopState st;
  bool resuming = false;
  json resumeJson;
  if (c.resume) {
    if (!fs::exists(checkpointJson(c)))
      throw Error("nothing to resume: " + checkpointJson(c).string() + " does not exist");
    std::ifstream in(checkpointJson(c));
    try {
      resumeJson = json::parse(in);
      st = stateFromJson(resumeJson);
    } catch (const std::exception& e) {
      throw Error(fileError(checkpointJson(c).string(),
                            std::string("damaged training checkpoint: ") + e.what()));
    }
    if (resumeJson.value("samples", std::size_t{0}) != data.samples.size())
      throw Error("the dataset changed since the checkpoint (" +
                  std::to_string(resumeJson.value("samples", 0)) + " images then, " +
                  std::to_string(data.samples.size()) + " now); start a new training");
    resuming = !st.finished;
    if (st.finished) {
      log("the checkpoint says training finished; nothing to resume");
      report.folds = st.doneFolds;
    } else {
      log("resuming fold " + std::to_string(st.fold) + " after epoch " + std::to_string(st.epoch));
    }
  }

  try {
    for (int fold = resuming ? st.fold : 1; !st.finished && fold <= static_cast<int>(splits.size());
         ++fold) {
      const Split& split = splits[static_cast<std::size_t>(fold - 1)];
      if (split.val.empty())
        log("no validation images (every class has a single image): the last epoch is saved");
      if (splits.size() > 1)
        log("fold " + std::to_string(fold) + " of " + std::to_string(splits.size()) + ": " +
            std::to_string(split.train.size()) + " training, " + std::to_string(split.val.size()) +
            " validation images");
      torch::manual_seed(c.seed + 7919u * static_cast<unsigned>(fold));
      auto net = ai::makeNetwork(c.architecture, ai::logitCountOf(info), c.inputWidth,
                                 c.inputHeight > 0 ? c.inputHeight : c.inputWidth);
      info.camLayer = c.camLayer.empty() ? net->camLayers().back() : c.camLayer;
      {
        const auto layers = net->camLayers();
        if (std::find(layers.begin(), layers.end(), info.camLayer) == layers.end())
          throw Error("'" + info.camLayer + "' is not a CAM layer of " + c.architecture);
      }
      if (!c.initFrom.empty()) copyWeights(*net, c.initFrom, log);
      net->to(device);
      Loader loader(data, info, c);

      // Imbalance handling from the training split's class counts.
      std::vector<int> trainCounts(static_cast<std::size_t>(K), 0);
      for (std::size_t i : split.train)
        ++trainCounts[static_cast<std::size_t>(data.samples[i].label)];
      LossOptions ls;
      ls.focal = c.loss == "focal";
      ls.gamma = c.focalGamma;
      if (ls.focal) ls.alpha = c.focalAlpha;
      if (c.classWeights) ls.classWeights = balancedClassWeights(trainCounts);

      const bool continueFold = resuming && fold == st.fold;
      if (!continueFold) {
        st.fold = fold;
        st.epoch = 0;
        st.phase = 1;
        st.phaseStart = 1;
        st.lr = c.learningRate;
        st.plateauBest = st.earlyBest = st.bestScore = -INFINITY;
        st.plateauBad = st.earlyBad = 0;
        st.current = FoldResult{};
        st.current.fold = fold;
        st.current.modelPath = foldModelPath(c, fold);
      }
      std::vector<torch::Tensor> params = setTrainable(*net, st.phase, c);
      auto opt = makeOptimizer(params, c, st.lr);
      if (continueFold) {
        const fs::path dir = c.resolvedReportDir();
        torch::serialize::InputArchive a;
        a.load_from((dir / resumeJson.at("model_file").get<std::string>()).string(), device);
        net->load(a);
        torch::Tensor rng;
        if (a.try_read("torch_rng", rng)) {
          at::Generator gen = at::detail::getDefaultCPUGenerator();
          std::lock_guard<std::mutex> lock(gen.mutex());
          gen.set_state(rng.to(torch::kCPU));
        }
        torch::serialize::InputArchive o;
        o.load_from((dir / resumeJson.at("optimizer_file").get<std::string>()).string(), device);
        opt->load(o);
        setLearningRate(*opt, st.lr);
        resuming = false;
      }

      const int totalEpochs = c.epochs * static_cast<int>(splits.size());
      bool stop = false;
      for (int epoch = st.epoch + 1; epoch <= c.epochs && !stop; ++epoch) {
        const auto te = Clock::now();
        // Phase change: the frozen epochs are over (or phase 1 stopped early).
        if (st.phase == 1 && c.frozenEpochs > 0 && epoch > c.frozenEpochs) {
          st.phase = 2;
          st.phaseStart = epoch;
          st.lr = c.learningRate * c.finetuneLrFactor;
          st.plateauBest = st.earlyBest = -INFINITY;
          st.plateauBad = st.earlyBad = 0;
          params = setTrainable(*net, 2, c);
          opt = makeOptimizer(params, c, st.lr);
          log("fine-tuning: " +
              (c.unfreezeBlocks > 0 ? "the last " + std::to_string(c.unfreezeBlocks) + " block(s)"
                                    : std::string("all layers")) +
              " at learning rate " + std::to_string(st.lr));
        }
        if (c.scheduler == "cosine") {
          const int phaseEnd = st.phase == 1 && c.frozenEpochs > 0 ? c.frozenEpochs : c.epochs;
          const double base = st.phase == 1 ? c.learningRate : c.learningRate * c.finetuneLrFactor;
          const double span = std::max(1, phaseEnd - st.phaseStart + 1);
          const double t = (epoch - st.phaseStart) / span;
          st.lr = c.minLearningRate + 0.5 * (base - c.minLearningRate) * (1 + std::cos(M_PI * t));
          setLearningRate(*opt, st.lr);
        }

        // The epoch's order: a shuffle, or a class-balanced draw with replacement.
        std::mt19937 rng(mixSeed(c.seed, static_cast<std::uint64_t>(fold),
                                 static_cast<std::uint64_t>(epoch), 0x5eed));
        std::vector<std::size_t> order = split.train;
        if (c.oversample) {
          std::vector<double> w;
          for (std::size_t i : split.train)
            w.push_back(1.0 / trainCounts[static_cast<std::size_t>(data.samples[i].label)]);
          std::discrete_distribution<std::size_t> pick(w.begin(), w.end());
          for (auto& o : order)
            o = split.train[pick(rng)];
        } else {
          std::shuffle(order.begin(), order.end(), rng);
        }

        net->train();
        freezeFrozenBatchNorm(*net);
        double sumLoss = 0, waited = 0;
        int correct = 0;
        int64_t seen = 0;  // labelled targets (images, or image x output pairs)
        const std::size_t bs = static_cast<std::size_t>(c.batchSize);
        const auto tTrain = Clock::now();
        std::future<Batch> next = std::async(std::launch::async, [&] {
          return loader.make(order, 0, std::min(bs, order.size()), true, fold, epoch);
        });
        for (std::size_t b = 0; b < order.size(); b += bs) {
          const auto tw = Clock::now();
          Batch batch = next.get();
          waited += secondsSince(tw);
          if (b + bs < order.size())
            next = std::async(std::launch::async, [&, b] {
              return loader.make(order, b + bs, std::min(bs, order.size() - b - bs), true, fold,
                                 epoch);
            });
          if (progress.cancelled()) {
            if (next.valid()) next.wait();
            throw Cancelled();
          }
          if (batch.size < 2 && net->is_training() && b > 0) continue;  // BatchNorm needs 2
          opt->zero_grad();
          const auto [out, y] =
              labelledPairs(net->forward(batch.x.to(device)), batch.y.to(device), K);
          if (y.size(0) == 0) continue;
          torch::Tensor loss = classificationLoss(out, y, ls);
          for (const torch::Tensor& w : net->l2Parameters())
            if (w.requires_grad()) loss = loss + net->l2Weight() * w.pow(2).sum();
          loss.backward();
          opt->step();
          sumLoss += loss.item<double>() * static_cast<double>(y.size(0));
          correct += out.argmax(1).eq(y).sum().item<int>();
          seen += y.size(0);
          const int epochsBefore = (fold - 1) * c.epochs + epoch - 1;
          progress.report((epochsBefore + static_cast<double>(b + batch.size) /
                                              static_cast<double>(order.size())) /
                              totalEpochs,
                          "fold " + std::to_string(fold) + ", epoch " + std::to_string(epoch) +
                              " of " + std::to_string(c.epochs));
        }
        const double trainSeconds = secondsSince(tTrain);

        EpochRecord e;
        e.fold = fold;
        e.epoch = epoch;
        e.phase = st.phase;
        e.learningRate = st.lr;
        e.trainLoss = seen > 0 ? sumLoss / static_cast<double>(seen) : std::nan("");
        e.trainAccuracy = seen > 0 ? static_cast<double>(correct) / static_cast<double>(seen) : 0;
        e.dataWaitFraction = trainSeconds > 0 ? waited / trainSeconds : 0;
        e.imagesPerSecond = trainSeconds > 0 ? static_cast<double>(order.size()) / trainSeconds : 0;
        // Without validation images (every class has one image) the latest epoch is kept.
        Evaluated ev;
        if (!split.val.empty()) ev = evaluateSplit(*net, loader, split.val, data, c, progress);
        e.valLoss = split.val.empty() ? std::nan("") : ev.loss;
        e.valAccuracy = ev.metrics.accuracy;
        e.valMacroF1 = ev.metrics.macroF1;
        e.valRocAuc = split.val.empty() ? std::nan("") : ev.metrics.macroRocAuc;
        e.confusion = ev.metrics.confusion;
        e.seconds = secondsSince(te);
        const double score = split.val.empty() ? epoch : monitorScore(c.monitor, e);
        if (score > st.bestScore) {
          st.bestScore = score;
          e.best = true;
          st.current.bestEpoch = epoch;
          st.current.best = ev.metrics;
          info.metrics = {{"val_accuracy", e.valAccuracy},
                          {"val_loss", e.valLoss},
                          {"val_macro_f1", e.valMacroF1},
                          {"monitor", c.monitor},
                          {"epoch", epoch},
                          {"fold", fold},
                          {"train_images", split.train.size()},
                          {"val_images", split.val.size()},
                          {"class_counts", data.counts}};
          net->eval();
          fs::create_directories(fs::absolute(st.current.modelPath).parent_path());
          ai::saveModel(st.current.modelPath, info, *net);
        }
        st.current.epochs.push_back(e);
        st.epoch = epoch;

        // Plateau: lower the rate when the monitored value stops improving.
        if (score > st.plateauBest + 1e-9) {
          st.plateauBest = score;
          st.plateauBad = 0;
        } else if (c.scheduler == "plateau" && ++st.plateauBad > c.plateauPatience) {
          const double lr = std::max(c.minLearningRate, st.lr * c.plateauFactor);
          if (lr < st.lr) {
            log("learning rate " + std::to_string(st.lr) + " -> " + std::to_string(lr));
            st.lr = lr;
            setLearningRate(*opt, lr);
          }
          st.plateauBad = 0;
        }
        // Early stopping within the phase.
        if (score > st.earlyBest + 1e-9) {
          st.earlyBest = score;
          st.earlyBad = 0;
        } else if (c.earlyStoppingPatience > 0 && ++st.earlyBad >= c.earlyStoppingPatience) {
          if (st.phase == 1 && c.frozenEpochs > 0 && epoch < c.frozenEpochs) {
            log("no improvement for " + std::to_string(st.earlyBad) +
                " epochs: ending the frozen phase early");
            // Jump to phase 2 at the next epoch by pretending the frozen epochs are done.
            st.phase = 2;
            st.phaseStart = epoch + 1;
            st.lr = c.learningRate * c.finetuneLrFactor;
            st.plateauBest = st.earlyBest = -INFINITY;
            st.plateauBad = st.earlyBad = 0;
            params = setTrainable(*net, 2, c);
            opt = makeOptimizer(params, c, st.lr);
          } else {
            log("early stopping: no improvement of " + c.monitor + " for " +
                std::to_string(st.earlyBad) + " epochs");
            st.current.stoppedEarly = true;
            stop = true;
          }
        }
        if (callbacks.onEpoch) callbacks.onEpoch(e);
        const bool foldDone = stop || epoch == c.epochs;
        if (foldDone) {
          st.doneFolds.push_back(st.current);
          st.finished = fold == static_cast<int>(splits.size());
          if (!st.finished) {
            // The next fold starts fresh; record that this one is complete.
            st.current = FoldResult{};
            st.current.fold = fold + 1;
            st.current.modelPath = foldModelPath(c, fold + 1);
            st.fold = fold + 1;
            st.epoch = 0;
            st.phase = 1;
            st.phaseStart = 1;
            st.lr = c.learningRate;
            st.plateauBest = st.earlyBest = st.bestScore = -INFINITY;
            st.plateauBad = st.earlyBad = 0;
          }
        }
        saveCheckpoint(c, st, data.samples.size(), *net, *opt);
      }
    }
  } catch (const Cancelled&) {
    report.cancelled = true;
    log("cancelled: resume continues after the last finished epoch");
  }
  report.folds = st.doneFolds;
  if (report.cancelled && !st.current.epochs.empty()) report.folds.push_back(st.current);
  // The model to use: the best fold's (by the monitored score of its best epoch).
  double bestScore = -INFINITY;
  for (const auto& f : report.folds) {
    if (f.bestEpoch == 0) continue;
    const EpochRecord& e = f.epochs[static_cast<std::size_t>(
        std::find_if(f.epochs.begin(), f.epochs.end(),
                     [&](const EpochRecord& r) { return r.epoch == f.bestEpoch; }) -
        f.epochs.begin())];
    const double s = monitorScore(c.monitor, e);
    if (s > bestScore) {
      bestScore = s;
      report.modelPath = f.modelPath;
      report.bestFold = f.fold;
    }
  }
  if (c.folds > 1 && !report.cancelled && !report.modelPath.empty()) {
    fs::copy_file(report.modelPath, c.out, fs::copy_options::overwrite_existing);
    log("best fold's model copied to " + c.out);
    report.modelPath = c.out;
  }
  report.seconds = secondsSince(t0);
  return report;
}

image::Image augmentationPreview(const std::string& imagePath, const TrainConfig& c, int count,
                                 unsigned seed) {
  if (count < 1 || count > 64) throw Error("preview: between 1 and 64 images");
  ai::ModelInfo info;
  info.inputSize = std::min(c.inputWidth, 256);
  info.inputHeight = c.inputHeight > 0 ? info.inputSize * c.inputHeight / c.inputWidth : 0;
  info.rollingBallRadius = c.rollingBallRadius;
  const GreyImage base = decodeForTraining(imagePath, info);
  const int cols = std::min(count, 4), rows = (count + cols - 1) / cols, gap = 4;
  const int w = base.width, h = base.height;
  image::Image grid(image::PixelType::UInt8, {cols * (w + gap) - gap, rows * (h + gap) - gap, 1});
  std::mt19937 rng(seed);
  AugmentOptions a = c.augment;
  a.enabled = true;
  for (int i = 0; i < count; ++i) {
    GreyImage g = base;
    if (i > 0) {
      const AugmentDraw d = drawAugmentation(a, rng);
      g = applyAugmentation(base, a, d);
    }
    const int ox = (i % cols) * (w + gap), oy = (i / cols) * (h + gap);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        grid.setStored(ox + x, oy + y, 0, std::lround(255.0 * g.at(x, y)));
  }
  return grid;
}

}  // namespace osteon::train
