#include "core/train/landmarks.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <mutex>
#include <sstream>

#include "core/ai/device.h"
#include "core/ai/preprocess.h"
#include "core/annotation/csv.h"
#include "core/base/error.h"
#include "core/base/parallel.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "core/train/trainer_internal.h"

namespace osteon::train {

namespace fs = std::filesystem;
using annotation::kSpineLandmarks;
using annotation::Point2;

namespace {

// The AASCE CSVs have no header line: the parser's header is the first row.
std::vector<std::vector<std::string>> headerlessRows(const std::string& path) {
  const annotation::CsvTable t = annotation::readCsv(path);
  std::vector<std::vector<std::string>> rows;
  if (!t.header.empty() && !(t.header.size() == 1 && t.header[0].empty())) rows.push_back(t.header);
  for (const auto& r : t.rows)
    if (!(r.size() == 1 && r[0].empty())) rows.push_back(r);
  return rows;
}

double number(const std::string& s, const std::string& where) {
  try {
    std::size_t used = 0;
    const double d = std::stod(s, &used);
    if (used == s.size() && std::isfinite(d)) return d;
  } catch (const std::exception&) {
  }
  throw Error(where + ": '" + s + "' is not a number");
}

std::vector<Point2> toPixels(const float* xy, int width, int height) {
  std::vector<Point2> p(kSpineLandmarks);
  for (int i = 0; i < kSpineLandmarks; ++i)
    p[static_cast<std::size_t>(i)] = {static_cast<double>(xy[i]) * width,
                                      static_cast<double>(xy[i + kSpineLandmarks]) * height};
  return p;
}

torch::Tensor normalizeForNet(const torch::Tensor& grey, const ai::ModelInfo& info) {
  // (B, H, W) in [0, 1] -> (B, 3, H, W) with the model's mean and std per channel.
  std::vector<torch::Tensor> ch;
  for (int c = 0; c < 3; ++c)
    ch.push_back((grey - info.mean[static_cast<std::size_t>(c)]) /
                 info.stdev[static_cast<std::size_t>(c)]);
  return torch::stack(ch, 1);
}

}  // namespace

void augmentLandmarkBatch(torch::Tensor& x, torch::Tensor& y) {
  const int64_t b = x.size(0), h = x.size(1), w = x.size(2);
  constexpr int n = kSpineLandmarks;
  // Mirror half of the batch.
  const torch::Tensor flip = torch::rand({b}) < 0.5;
  x = torch::where(flip.view({b, 1, 1}), x.flip({2}), x);
  y = torch::where(flip.view({b, 1}), ai::mirrorLandmarks(y), y);
  // Affine in normalised [-1, 1] coordinates; a rotation in pixels is D R D^-1 there.
  const torch::Tensor angle = (torch::rand({b}) * 2 - 1) * (8.0 * M_PI / 180.0);
  const torch::Tensor scale = 0.9 + torch::rand({b}) * 0.2;
  const torch::Tensor tx = (torch::rand({b}) * 2 - 1) * 0.1, ty = (torch::rand({b}) * 2 - 1) * 0.1;
  const double r = static_cast<double>(h) / static_cast<double>(w);  // D = diag(1, r) up to scale
  const torch::Tensor c = torch::cos(angle) * scale, s = torch::sin(angle) * scale;
  // Forward map p_out = M p_in + t with M = [[c, -s r], [s / r, c]].
  const torch::Tensor m00 = c, m01 = -s * r, m10 = s / r, m11 = c;
  const torch::Tensor det = m00 * m11 - m01 * m10;
  const torch::Tensor i00 = m11 / det, i01 = -m01 / det, i10 = -m10 / det, i11 = m00 / det;
  // affine_grid wants output -> input: p_in = M^-1 (p_out - t).
  const torch::Tensor theta = torch::stack({torch::stack({i00, i01, -(i00 * tx + i01 * ty)}, 1),
                                            torch::stack({i10, i11, -(i10 * tx + i11 * ty)}, 1)},
                                           1);
  const torch::Tensor grid = torch::nn::functional::affine_grid(theta, {b, 1, h, w}, false);
  x = torch::nn::functional::grid_sample(x.unsqueeze(1), grid,
                                         torch::nn::functional::GridSampleFuncOptions()
                                             .mode(torch::kBilinear)
                                             .padding_mode(torch::kZeros)
                                             .align_corners(false))
          .squeeze(1);
  const torch::Tensor u = y.slice(1, 0, n) * 2 - 1, v = y.slice(1, n, 2 * n) * 2 - 1;
  const torch::Tensor uo = m00.view({b, 1}) * u + m01.view({b, 1}) * v + tx.view({b, 1});
  const torch::Tensor vo = m10.view({b, 1}) * u + m11.view({b, 1}) * v + ty.view({b, 1});
  y = torch::cat({(uo + 1) / 2, (vo + 1) / 2}, 1);
  // Intensity.
  const torch::Tensor gamma = torch::exp((torch::rand({b, 1, 1}) * 2 - 1) * 0.35);
  const torch::Tensor contrast = 0.8 + torch::rand({b, 1, 1}) * 0.4;
  const torch::Tensor bright = (torch::rand({b, 1, 1}) * 2 - 1) * 0.1;
  x = torch::pow(x.clamp(0, 1), gamma);
  x = ((x - 0.5) * contrast + 0.5 + bright + torch::randn_like(x) * 0.02).clamp(0, 1);
}

namespace {

struct Cached {
  torch::Tensor images;  // (N, H, W)
  std::vector<std::array<int, 2>> sizes;
  std::vector<std::size_t> idx;
};

LandmarkEval evaluateCached(const ai::SpineLandmarkModel& model, const LandmarkDataset& data,
                            const Cached& c, const Progress& progress) {
  LandmarkEval e;
  e.images = static_cast<int>(c.idx.size());
  if (c.idx.empty()) return e;
  std::vector<double> errors;
  std::vector<std::array<double, 3>> pred, truth;
  double principal = 0;
  bool allAngles = true;
  for (std::size_t b = 0; b < c.idx.size(); b += 16) {
    progress.throwIfCancelled();
    const std::size_t end = std::min(c.idx.size(), b + 16);
    const torch::Tensor x = normalizeForNet(
        c.images.slice(0, static_cast<int64_t>(b), static_cast<int64_t>(end)), model.info());
    const torch::Tensor p = model.predictNormalized(x).contiguous();
    for (std::size_t i = b; i < end; ++i) {
      const LandmarkSample& s = data.samples[c.idx[i]];
      const int w = c.sizes[i][0], h = c.sizes[i][1];
      const std::vector<Point2> pp =
          toPixels(p[static_cast<int64_t>(i - b)].data_ptr<float>(), w, h);
      std::vector<float> gtRow(s.row.begin(), s.row.end());
      const std::vector<Point2> gt = toPixels(gtRow.data(), w, h);
      for (int k = 0; k < kSpineLandmarks; ++k)
        errors.push_back(
            std::hypot(pp[static_cast<std::size_t>(k)].x - gt[static_cast<std::size_t>(k)].x,
                       pp[static_cast<std::size_t>(k)].y - gt[static_cast<std::size_t>(k)].y));
      std::array<double, 3> pa{0, 0, 0};
      try {
        pa = annotation::cobbAngles(pp, h).angles();
      } catch (const Error&) {
        // A degenerate prediction (a vertebra of zero width) counts as angles of zero.
      }
      std::array<double, 3> ta{};
      if (s.hasAngles) {
        ta = s.angles;
      } else {
        try {
          ta = annotation::cobbAngles(gt, h).angles();
        } catch (const Error&) {
          allAngles = false;
        }
      }
      pred.push_back(pa);
      truth.push_back(ta);
      principal += std::fabs(pa[0] - ta[0]);
    }
  }
  double sum = 0;
  for (double v : errors)
    sum += v;
  e.meanErrorPx = sum / static_cast<double>(errors.size());
  std::nth_element(errors.begin(), errors.begin() + static_cast<long>(errors.size() / 2),
                   errors.end());
  e.medianErrorPx = errors[errors.size() / 2];
  e.smape = allAngles ? annotation::cobbSmape(pred, truth) : -1;
  e.meanAbsPrincipal = principal / static_cast<double>(c.idx.size());
  return e;
}

nlohmann::json evalJson(const LandmarkEval& e) {
  return {{"images", e.images},
          {"landmark_error_px_mean", e.meanErrorPx},
          {"landmark_error_px_median", e.medianErrorPx},
          {"cobb_smape_percent", e.smape},
          {"principal_angle_mae_deg", e.meanAbsPrincipal}};
}

}  // namespace

std::string LandmarkDataset::text() const {
  std::ostringstream o;
  o << samples.size() << " labelled radiograph(s) in " << root;
  if (!problems.empty()) {
    o << "; " << problems.size() << " problem(s):";
    for (const auto& p : problems)
      o << "\n  " << p;
  }
  return o.str();
}

LandmarkDataset scanLandmarkDataset(const std::string& root) {
  LandmarkDataset d;
  d.root = root;
  for (const char* f : {"filenames.csv", "landmarks.csv"})
    if (!fs::is_regular_file(fs::path(root) / f))
      throw Error(fileError(root, std::string("not an AASCE-layout dataset: ") + f +
                                      " is missing (expected filenames.csv, landmarks.csv, "
                                      "angles.csv and images/)"));
  const auto names = headerlessRows((fs::path(root) / "filenames.csv").string());
  const auto marks = headerlessRows((fs::path(root) / "landmarks.csv").string());
  std::vector<std::vector<std::string>> angles;
  const bool haveAngles = fs::is_regular_file(fs::path(root) / "angles.csv");
  if (haveAngles) angles = headerlessRows((fs::path(root) / "angles.csv").string());
  if (marks.size() != names.size())
    throw Error(fileError(root, "landmarks.csv has " + std::to_string(marks.size()) +
                                    " rows but filenames.csv has " + std::to_string(names.size())));
  if (haveAngles && angles.size() != names.size())
    throw Error(fileError(root, "angles.csv has " + std::to_string(angles.size()) +
                                    " rows but filenames.csv has " + std::to_string(names.size())));
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string where = "row " + std::to_string(i + 1);
    try {
      LandmarkSample s;
      s.path = (fs::path(root) / "images" / names[i].at(0)).string();
      if (marks[i].size() != 2 * static_cast<std::size_t>(kSpineLandmarks))
        throw Error("landmarks.csv " + where + " has " + std::to_string(marks[i].size()) +
                    " values, expected 136");
      for (const auto& v : marks[i])
        s.row.push_back(number(v, "landmarks.csv " + where));
      for (double v : s.row)
        if (v < -0.5 || v > 1.5)
          throw Error("landmarks.csv " + where + ": values must be normalised to [0, 1]");
      if (haveAngles) {
        if (angles[i].size() != 3) throw Error("angles.csv " + where + " needs 3 angles");
        for (int a = 0; a < 3; ++a)
          s.angles[static_cast<std::size_t>(a)] =
              number(angles[i][static_cast<std::size_t>(a)], "angles.csv " + where);
        s.hasAngles = true;
      }
      if (!fs::is_regular_file(s.path)) throw Error(fileError(s.path, "image file is missing"));
      d.samples.push_back(std::move(s));
    } catch (const Error& e) {
      d.problems.push_back(where + ": " + e.what());
    }
  }
  if (d.samples.empty()) throw Error(fileError(root, "no usable labelled radiographs"));
  return d;
}

torch::Tensor endplateLoss(const torch::Tensor& pred, const torch::Tensor& target, double aspect) {
  auto edges = [&](const torch::Tensor& p) {
    const torch::Tensor x =
        p.slice(1, 0, kSpineLandmarks).view({-1, annotation::kSpineVertebrae, 4});
    const torch::Tensor y = p.slice(1, kSpineLandmarks, 2 * kSpineLandmarks)
                                .view({-1, annotation::kSpineVertebrae, 4}) *
                            aspect;
    // Corners TL TR BL BR: the top edge TR - TL and the bottom edge BR - BL.
    return torch::stack({x.select(2, 1) - x.select(2, 0), y.select(2, 1) - y.select(2, 0),
                         x.select(2, 3) - x.select(2, 2), y.select(2, 3) - y.select(2, 2)},
                        2);
  };
  return torch::nn::functional::l1_loss(edges(pred), edges(target));
}

LandmarkSplit splitLandmarkDataset(std::size_t count, double testFraction, int valEvery) {
  if (!(testFraction >= 0 && testFraction < 1) || valEvery < 2)
    throw Error("landmark split: the test fraction must be in [0, 1) and valEvery at least 2");
  LandmarkSplit s;
  const std::size_t nTest =
      static_cast<std::size_t>(std::lround(static_cast<double>(count) * testFraction));
  const std::size_t firstTest = count - nTest;
  for (std::size_t i = 0; i < firstTest; ++i)
    (i % static_cast<std::size_t>(valEvery) == static_cast<std::size_t>(valEvery) - 1 ? s.val
                                                                                      : s.train)
        .push_back(i);
  for (std::size_t i = firstTest; i < count; ++i)
    s.test.push_back(i);
  if (s.train.empty()) throw Error("landmark split: no images left for training");
  return s;
}

torch::Tensor loadLandmarkImages(const LandmarkDataset& data, const std::vector<std::size_t>& idx,
                                 int width, int height, std::vector<std::array<int, 2>>* sizes,
                                 const Progress& progress) {
  torch::Tensor out = torch::empty({static_cast<int64_t>(idx.size()), height, width});
  std::vector<std::array<int, 2>> sz(idx.size());
  std::vector<std::string> errors(idx.size());
  std::mutex m;
  std::size_t done = 0;
  parallelFor(idx.size(), [&](std::size_t i) {
    if (progress.cancelled()) return;
    try {
      const image::Image img = io::openImage(data.samples[idx[i]].path);
      out[static_cast<int64_t>(i)].copy_(ai::toUnitGrey(img, width, height, img.depth() / 2));
      sz[i] = {img.width(), img.height()};
    } catch (const std::exception& e) {
      errors[i] = e.what();
    }
    std::lock_guard<std::mutex> lock(m);
    progress.report(static_cast<double>(++done) / static_cast<double>(idx.size()),
                    "decoding radiographs");
  });
  progress.throwIfCancelled();
  for (const auto& e : errors)
    if (!e.empty()) throw Error(e);
  if (sizes) *sizes = sz;
  return out;
}

LandmarkEval evaluateLandmarks(const ai::SpineLandmarkModel& model, const LandmarkDataset& data,
                               const std::vector<std::size_t>& idx, const Progress& progress) {
  Cached c;
  c.idx = idx;
  c.images = loadLandmarkImages(data, idx, model.info().inputSize, ai::inputHeightOf(model.info()),
                                &c.sizes, progress);
  return evaluateCached(model, data, c, progress);
}

LandmarkTrainResult trainLandmarks(const LandmarkDataset& data, const LandmarkTrainOptions& o,
                                   const std::string& modelPath,
                                   const std::function<void(const LandmarkEpoch&)>& onEpoch,
                                   const Progress& progress) {
  if (o.epochs < 1 || o.batchSize < 2 || !(o.learningRate > 0))
    throw Error(
        "landmark training: epochs, batch size (at least 2) and learning rate must be positive");
  torch::manual_seed(o.seed);
  const LandmarkSplit split = splitLandmarkDataset(data.samples.size(), o.testFraction, o.valEvery);
  ai::ModelInfo info;
  info.task = ai::kSpineLandmarkTask;
  info.architecture = o.architecture;
  info.classNames = ai::spineLandmarkOutputNames();
  info.inputSize = o.inputWidth;
  info.inputHeight = o.inputHeight;
  info.camLayer = "layer4";
  info.provenance = o.provenance;
  auto net = ai::makeNetwork(o.architecture, 2 * kSpineLandmarks, o.inputWidth, o.inputHeight);
  // The network, its batches and the loss on the compute device; the cached images, the
  // augmentation and the evaluation's landmarks stay on the CPU.
  const torch::Device device = ai::computeDevice();

  Cached train, val, test;
  train.idx = split.train;
  val.idx = split.val;
  test.idx = split.test;
  for (Cached* c : {&train, &val, &test})
    c->images = loadLandmarkImages(data, c->idx, o.inputWidth, o.inputHeight, &c->sizes, progress);
  std::vector<float> rows;
  for (std::size_t i : train.idx)
    rows.insert(rows.end(), data.samples[i].row.begin(), data.samples[i].row.end());
  const torch::Tensor targets =
      torch::from_blob(rows.data(), {static_cast<int64_t>(train.idx.size()), 2 * kSpineLandmarks},
                       torch::kFloat32)
          .clone();
  // Start the regressor at the mean landmark layout: the network learns the deviations.
  {
    torch::NoGradGuard ng;
    for (auto& p : net->named_parameters(true))
      if (p.key() == "fc2.bias") p.value().copy_(targets.mean(0));
  }
  net->to(device);
  const auto opt = detail::makeOptimizer(net->parameters(), "adamw", o.learningRate, o.weightDecay,
                                         /*momentum=*/0);
  LandmarkTrainResult result;
  result.modelPath = modelPath;
  result.device = ai::describeDevice(device);
  double best = 1e300;
  const int64_t n = static_cast<int64_t>(train.idx.size());
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    const auto t0 = std::chrono::steady_clock::now();
    const double lr =
        epoch == 1
            ? o.learningRate * 0.2
            : o.learningRate * 0.5 * (1 + std::cos(M_PI * (epoch - 2) / std::max(1, o.epochs - 1)));
    detail::setLearningRate(*opt, lr);
    net->train();
    const torch::Tensor perm = torch::randperm(n, torch::kLong);
    double sum = 0;
    for (int64_t b = 0; b + 1 < n; b += o.batchSize) {
      progress.throwIfCancelled();
      const torch::Tensor ids = perm.slice(0, b, std::min(n, b + o.batchSize));
      if (ids.size(0) < 2) break;  // batch norm needs two samples
      torch::Tensor x = train.images.index_select(0, ids);
      torch::Tensor y = targets.index_select(0, ids);
      if (o.augment) augmentLandmarkBatch(x, y);
      x = x.to(device);
      y = y.to(device);
      opt->zero_grad();
      const torch::Tensor out = net->forward(normalizeForNet(x, info));
      torch::Tensor loss = torch::nn::functional::l1_loss(out, y);
      if (o.shapeLoss > 0)
        loss = loss + o.shapeLoss *
                          endplateLoss(out, y, static_cast<double>(o.inputHeight) / o.inputWidth);
      loss.backward();
      opt->step();
      sum += loss.item<double>() * static_cast<double>(ids.size(0));
      progress.report((epoch - 1 + static_cast<double>(b) / static_cast<double>(n)) / o.epochs,
                      "training landmarks");
    }
    LandmarkEpoch s;
    s.epoch = epoch;
    s.trainLoss = sum / static_cast<double>(n);
    s.learningRate = lr;
    net->eval();
    const ai::SpineLandmarkModel current(ai::LoadedModel{info, net});
    s.val = evaluateCached(current, data, val.idx.empty() ? train : val, progress);
    s.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    result.epochs.push_back(s);
    if (onEpoch) onEpoch(s);
    // Best checkpoint by the validation SMAPE of the Cobb angles (landmark error without angles).
    const double score = s.val.smape >= 0 ? s.val.smape : s.val.meanErrorPx;
    if (score < best) {
      best = score;
      result.bestEpoch = epoch;
      result.val = s.val;
      info.metrics = {
          {"epoch", epoch}, {"train_images", train.idx.size()}, {"validation", evalJson(s.val)}};
      ai::saveModel(modelPath, info, *net);
    }
  }
  // The held-out test set, once, with the saved model.
  const ai::SpineLandmarkModel saved(modelPath);
  result.test = evaluateCached(saved, data, test, progress);
  info = saved.info();
  info.metrics["test"] = evalJson(result.test);
  info.metrics["split"] = {{"train", split.train.size()},
                           {"validation", split.val.size()},
                           {"test", split.test.size()},
                           {"rule", "test = the last " + std::to_string(split.test.size()) +
                                        " rows of filenames.csv; validation = every " +
                                        std::to_string(o.valEvery) + "th row before them"}};
  ai::LoadedModel reload = ai::loadModel(modelPath);
  ai::saveModel(modelPath, info, *reload.network);
  return result;
}

}  // namespace osteon::train
