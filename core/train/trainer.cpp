// The training loop behind the Training tab and `osteon-cli train --config`: splits, epochs,
// validation, the schedule and early stopping, the best model per fold. Its pieces: the batch
// loader (batch_loader.cpp), checkpoints (checkpoint.cpp), fine-tuning and freezing
// (fine_tune.cpp).
#include "core/train/trainer.h"
#include "core/train/localiser_train.h"

#include <torch/torch.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <future>
#include <numeric>
#include <random>

#include "core/ai/device.h"
#include "core/ai/model_package.h"
#include "core/ai/task.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"
#include "core/base/log.h"
#include "core/train/batch_loader.h"
#include "core/train/checkpoint.h"
#include "core/train/fine_tune.h"
#include "core/train/losses.h"
#include "core/train/rsna_crops.h"
#include "core/train/trainer_internal.h"

namespace osteon::train {

namespace fs = std::filesystem;
using nlohmann::json;
using Clock = std::chrono::steady_clock;
using detail::Batch;
using detail::Loader;
using detail::LoopState;
using detail::mixSeed;

namespace {

double secondsSince(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

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

}  // namespace

// ---------------------------------------------------------------- the optimiser

namespace detail {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params,
                                                       const std::string& name, double lr,
                                                       double weightDecay, double momentum) {
  if (name == "adamw")
    return std::make_unique<torch::optim::AdamW>(
        params, torch::optim::AdamWOptions(lr).weight_decay(weightDecay));
  if (name == "sgd")
    return std::make_unique<torch::optim::SGD>(
        params, torch::optim::SGDOptions(lr).momentum(momentum).weight_decay(weightDecay));
  return std::make_unique<torch::optim::Adam>(
      params, torch::optim::AdamOptions(lr).weight_decay(weightDecay));
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params,
                                                       const TrainConfig& c, double lr) {
  return makeOptimizer(params, c.optimizer, lr, c.weightDecay, c.momentum);
}

void setLearningRate(torch::optim::Optimizer& opt, double lr) {
  for (auto& g : opt.param_groups())
    g.options().set_lr(lr);
}

}  // namespace detail

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
    OSTEON_LOG_INFO("train", "%s", s.c_str());  // device, folds, early stopping, cancel
    if (callbacks.onLog) callbacks.onLog(s);
  };
  OSTEON_LOG_INFO("train", "training %s (%s) on %zu images of %zu classes, %d epochs, out %s",
                  c.architecture.c_str(), c.task.c_str(), data.samples.size(), data.classes.size(),
                  c.epochs, c.out.c_str());
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
    resumeJson = detail::readCheckpoint(c, data.samples.size(), st);
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
      if (!c.initFrom.empty()) detail::copyWeights(*net, c.initFrom, log);
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
      std::vector<torch::Tensor> params = detail::setTrainable(*net, st.phase, c);
      auto opt = detail::makeOptimizer(params, c, st.lr);
      if (continueFold) {
        detail::restoreCheckpoint(c, resumeJson, *net, *opt, device);
        detail::setLearningRate(*opt, st.lr);
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
          params = detail::setTrainable(*net, 2, c);
          opt = detail::makeOptimizer(params, c, st.lr);
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
          detail::setLearningRate(*opt, st.lr);
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
        detail::freezeFrozenBatchNorm(*net);
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
            detail::setLearningRate(*opt, lr);
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
            params = detail::setTrainable(*net, 2, c);
            opt = detail::makeOptimizer(params, c, st.lr);
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
        detail::saveCheckpoint(c, st, data.samples.size(), *net, *opt);
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
  OSTEON_LOG_INFO("train", "training %s after %.1f s: model %s",
                  report.cancelled ? "cancelled" : "finished", report.seconds,
                  report.modelPath.c_str());
  return report;
}

}  // namespace osteon::train
