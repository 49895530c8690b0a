#include "core/train/classification.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <numeric>
#include <random>
#include <sstream>

#include "core/ai/preprocess.h"
#include "core/annotation/csv.h"
#include "core/base/error.h"
#include "core/io/open.h"

namespace osteon::train {

namespace fs = std::filesystem;

std::string DatasetReport::text() const {
  std::ostringstream o;
  o << samples.size() << " image(s) in " << classes.size() << " class(es):";
  for (std::size_t i = 0; i < classes.size(); ++i)
    o << " " << classes[i] << "=" << counts[i];
  if (!problems.empty()) {
    o << "; " << problems.size() << " problem(s):";
    for (const auto& p : problems)
      o << "\n  " << p;
  }
  return o.str();
}

DatasetReport scanFolderDataset(const std::string& root) {
  DatasetReport r;
  std::error_code ec;
  if (!fs::is_directory(root, ec)) throw Error(fileError(root, "not a folder"));
  for (const auto& e : fs::directory_iterator(root))
    if (e.is_directory() && e.path().filename().string()[0] != '.')
      r.classes.push_back(e.path().filename().string());
  std::sort(r.classes.begin(), r.classes.end());
  if (r.classes.size() < 2)
    throw Error(fileError(root, "a folder-per-class dataset needs at least two class folders"));
  r.counts.assign(r.classes.size(), 0);
  for (std::size_t c = 0; c < r.classes.size(); ++c) {
    std::vector<std::string> files;
    for (const auto& e : fs::directory_iterator(fs::path(root) / r.classes[c]))
      if (e.is_regular_file()) files.push_back(e.path().string());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const std::string ext = fs::path(f).extension().string();
      if (ext == ".csv" || ext == ".txt" || ext == ".json") continue;
      try {
        const image::Image img = io::openImage(f);
        if (img.width() < 8 || img.height() < 8) throw Error(fileError(f, "image is too small"));
        r.samples.push_back({f, static_cast<int>(c)});
        ++r.counts[c];
      } catch (const Error& e) {
        r.problems.push_back(e.what());
      }
    }
  }
  for (std::size_t c = 0; c < r.classes.size(); ++c)
    if (r.counts[c] == 0)
      throw Error(fileError(root, "class folder '" + r.classes[c] + "' has no readable images"));
  return r;
}

DatasetReport scanCsvDataset(const std::string& csvPath, const std::string& imageRoot,
                             const std::string& labelColumn) {
  const annotation::CsvTable t = annotation::readCsv(csvPath);
  int pathCol = -1;
  for (const char* name : {"filename", "path", "image", "img_path", "file"})
    if (pathCol < 0) pathCol = t.column(name);
  if (pathCol < 0)
    throw Error(fileError(csvPath,
                          "no image column: expected one named filename, path, image, "
                          "img_path or file"));
  int labelCol = labelColumn.empty() ? -1 : t.column(labelColumn);
  if (!labelColumn.empty() && labelCol < 0)
    throw Error(fileError(csvPath, "no column named '" + labelColumn + "'"));
  if (labelCol < 0)
    for (const char* name : {"label", "class", "als_type", "diagnosis"})
      if (labelCol < 0) labelCol = t.column(name);
  if (labelCol < 0)
    throw Error(fileError(
        csvPath, "no label column: name it with --label-column (columns: " + [&] {
          std::string c;
          for (const auto& h : t.header)
            c += (c.empty() ? "" : ", ") + h;
          return c;
        }() + ")"));
  const fs::path base = imageRoot.empty() ? fs::path(csvPath).parent_path() : fs::path(imageRoot);
  DatasetReport r;
  for (const auto& row : t.rows) {
    const std::string& label = row[static_cast<std::size_t>(labelCol)];
    if (!label.empty() && std::find(r.classes.begin(), r.classes.end(), label) == r.classes.end())
      r.classes.push_back(label);
  }
  std::sort(r.classes.begin(), r.classes.end());
  if (r.classes.size() < 2)
    throw Error(fileError(csvPath, "the label column needs at least two different classes"));
  r.counts.assign(r.classes.size(), 0);
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const auto& row = t.rows[i];
    const std::string where = csvPath + ": row " + std::to_string(i + 2);
    const std::string& label = row[static_cast<std::size_t>(labelCol)];
    if (label.empty()) {
      r.problems.push_back(where + ": no label");
      continue;
    }
    const fs::path file = base / row[static_cast<std::size_t>(pathCol)];
    try {
      const image::Image img = io::openImage(file.string());
      if (img.width() < 8 || img.height() < 8)
        throw Error(fileError(file.string(), "image is too small"));
      const int c = static_cast<int>(std::find(r.classes.begin(), r.classes.end(), label) -
                                     r.classes.begin());
      r.samples.push_back({file.string(), c});
      ++r.counts[static_cast<std::size_t>(c)];
    } catch (const Error& e) {
      r.problems.push_back(where + ": " + e.what());
    }
  }
  for (std::size_t c = 0; c < r.classes.size(); ++c)
    if (r.counts[c] == 0)
      throw Error(fileError(csvPath, "class '" + r.classes[c] + "' has no readable images"));
  return r;
}

namespace {

torch::Tensor loadInput(const std::string& path, const ai::ModelInfo& info) {
  const image::Image img = io::openImage(path);
  return ai::prepareInput(img, info, img.depth() / 2);
}

}  // namespace

TrainResult trainClassifier(const DatasetReport& data, const TrainOptions& o,
                            const std::string& modelPath,
                            const std::function<void(const EpochStats&)>& onEpoch,
                            const Progress& progress) {
  if (o.epochs < 1 || o.batchSize < 1 || !(o.learningRate > 0))
    throw Error("training: epochs, batch size and learning rate must be positive");
  torch::manual_seed(o.seed);
  std::mt19937 rng(o.seed);
  // Stratified split: the same fraction of every class goes to validation.
  std::vector<std::size_t> train, val;
  for (int c = 0; c < static_cast<int>(data.classes.size()); ++c) {
    std::vector<std::size_t> idx;
    for (std::size_t i = 0; i < data.samples.size(); ++i)
      if (data.samples[i].label == c) idx.push_back(i);
    std::shuffle(idx.begin(), idx.end(), rng);
    const std::size_t nVal = std::max<std::size_t>(
        1, static_cast<std::size_t>(std::lround(idx.size() * o.validationFraction)));
    val.insert(val.end(), idx.begin(),
               idx.begin() + static_cast<long>(std::min(nVal, idx.size() - 1)));
    train.insert(train.end(), idx.begin() + static_cast<long>(std::min(nVal, idx.size() - 1)),
                 idx.end());
  }
  ai::ModelInfo info;
  info.task = o.task;
  info.architecture = o.architecture;
  info.classNames = data.classes;
  info.inputSize = o.inputSize;
  info.inputHeight = o.inputHeight;
  info.rollingBallRadius = o.rollingBallRadius;
  info.provenance = o.provenance;
  auto net = ai::makeNetwork(o.architecture, static_cast<int>(data.classes.size()));
  info.camLayer = o.camLayer.empty() ? net->camLayers().back() : o.camLayer;
  const auto layers = net->camLayers();
  if (std::find(layers.begin(), layers.end(), info.camLayer) == layers.end())
    throw Error("'" + info.camLayer + "' is not a CAM layer of " + o.architecture);
  // Decode every image once (small datasets; a bounded cache comes with the training issue).
  std::vector<torch::Tensor> inputs(data.samples.size());
  for (std::size_t i = 0; i < data.samples.size(); ++i) {
    progress.throwIfCancelled();
    inputs[i] = loadInput(data.samples[i].path, info);
  }
  torch::optim::Adam opt(net->parameters(), torch::optim::AdamOptions(o.learningRate));
  TrainResult result;
  result.modelPath = modelPath;
  double bestValLoss = 0;
  auto evaluate = [&](const std::vector<std::size_t>& set, double& loss, double& acc) {
    torch::NoGradGuard ng;
    net->eval();
    double l = 0;
    int correct = 0;
    for (std::size_t b = 0; b < set.size(); b += static_cast<std::size_t>(o.batchSize)) {
      std::vector<torch::Tensor> xs;
      std::vector<int64_t> ys;
      for (std::size_t i = b; i < std::min(set.size(), b + static_cast<std::size_t>(o.batchSize));
           ++i) {
        xs.push_back(inputs[set[i]]);
        ys.push_back(data.samples[set[i]].label);
      }
      const torch::Tensor y = torch::tensor(ys);
      const torch::Tensor out = net->forward(torch::cat(xs));
      l += torch::nn::functional::cross_entropy(out, y).item<double>() *
           static_cast<double>(ys.size());
      correct += out.argmax(1).eq(y).sum().item<int>();
    }
    loss = l / static_cast<double>(set.size());
    acc = static_cast<double>(correct) / static_cast<double>(set.size());
  };
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    const auto t0 = std::chrono::steady_clock::now();
    std::shuffle(train.begin(), train.end(), rng);
    net->train();
    double sumLoss = 0;
    int correct = 0;
    for (std::size_t b = 0; b < train.size(); b += static_cast<std::size_t>(o.batchSize)) {
      progress.throwIfCancelled();
      std::vector<torch::Tensor> xs;
      std::vector<int64_t> ys;
      for (std::size_t i = b; i < std::min(train.size(), b + static_cast<std::size_t>(o.batchSize));
           ++i) {
        torch::Tensor x = inputs[train[i]];
        if (rng() % 2) x = x.flip({3});  // horizontal flip augmentation
        xs.push_back(x);
        ys.push_back(data.samples[train[i]].label);
      }
      const torch::Tensor y = torch::tensor(ys);
      opt.zero_grad();
      const torch::Tensor out = net->forward(torch::cat(xs));
      torch::Tensor loss = torch::nn::functional::cross_entropy(out, y);
      // Architectures with regularised layers (seed 000's head: L2 0.01 on three dense layers).
      for (const torch::Tensor& w : net->l2Parameters())
        loss = loss + net->l2Weight() * w.pow(2).sum();
      loss.backward();
      opt.step();
      sumLoss += loss.item<double>() * static_cast<double>(ys.size());
      correct += out.argmax(1).eq(y).sum().item<int>();
      progress.report(
          (epoch - 1 + static_cast<double>(b) / static_cast<double>(train.size())) / o.epochs,
          "training");
    }
    EpochStats s;
    s.epoch = epoch;
    s.trainLoss = sumLoss / static_cast<double>(train.size());
    s.trainAccuracy = static_cast<double>(correct) / static_cast<double>(train.size());
    evaluate(val, s.valLoss, s.valAccuracy);
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    result.epochs.push_back(s);
    if (onEpoch) onEpoch(s);
    // Best checkpoint: validation accuracy, ties broken by the lower validation loss.
    if (epoch == 1 || s.valAccuracy > result.bestValAccuracy ||
        (s.valAccuracy == result.bestValAccuracy && s.valLoss < bestValLoss)) {
      bestValLoss = s.valLoss;
      result.bestValAccuracy = s.valAccuracy;
      result.bestEpoch = epoch;
      info.metrics = {{"val_accuracy", s.valAccuracy},
                      {"val_loss", s.valLoss},
                      {"epoch", epoch},
                      {"train_images", train.size()},
                      {"val_images", val.size()},
                      {"class_counts", data.counts}};
      net->eval();
      ai::saveModel(modelPath, info, *net);
    }
  }
  return result;
}

}  // namespace osteon::train
