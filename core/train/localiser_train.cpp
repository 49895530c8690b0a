#include "core/train/localiser_train.h"
#include "core/annotation/rsna_layout.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "core/ai/lumbar_crops.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"
#include "core/io/open.h"

namespace osteon::train {

namespace fs = std::filesystem;
namespace rsna = annotation::rsna;
namespace loc = ai::lumbar;
using nlohmann::json;

std::string LocaliserData::text() const {
  std::ostringstream o;
  o << studies.size() << " studies with coordinates and images";
  if (!problems.empty()) o << ", " << problems.size() << " problem(s); first: " << problems.front();
  return o.str();
}

LocaliserData loadLocaliserData(const std::string& root, const Progress& progress) {
  LocaliserData d;
  d.root = root;
  const annotation::RsnaLayout layout{root, "train"};
  if (!fs::is_regular_file(layout.coordinates()))
    throw Error(fileError(root,
                          "no train_label_coordinates.csv: the localiser learns from the "
                          "RSNA coordinates"));
  const annotation::RsnaDataset ds = annotation::RsnaDataset::load(root);
  const std::vector<std::string> ids = ds.studyIds();
  for (std::size_t s = 0; s < ids.size(); ++s) {
    progress.throwIfCancelled();
    progress.report(static_cast<double>(s) / static_cast<double>(ids.size()),
                    "reading study " + ids[s]);
    LocaliserStudy st;
    st.truth = ds.coordinates(ids[s]);
    if (st.truth.empty()) {
      d.problems.push_back("study " + ids[s] + ": no coordinates");
      continue;
    }
    const fs::path dir = layout.studyFolder(ids[s]);
    if (!fs::is_directory(dir)) {
      d.problems.push_back("study " + ids[s] + ": no images (train_images/" + ids[s] + ")");
      continue;
    }
    st.input.studyId = ids[s];
    try {
      std::vector<fs::path> dirs;
      for (const auto& e : fs::directory_iterator(dir))
        if (e.is_directory()) dirs.push_back(e.path());
      std::sort(dirs.begin(), dirs.end());
      for (const auto& sd : dirs) {
        io::OpenedSeries os = io::openSeries(sd.string());
        ai::TaskSeries ts;
        ts.seriesId = sd.filename().string();
        const std::string desc = ds.seriesDescription(ids[s], ts.seriesId);
        ts.description = desc.empty() ? os.description : desc;
        ts.instanceNumbers = std::move(os.instanceNumbers);
        ts.volume = std::make_shared<const image::Image>(std::move(os.volume));
        st.input.series.push_back(std::move(ts));
      }
    } catch (const std::exception& e) {
      d.problems.push_back("study " + ids[s] + ": " + e.what());
      continue;
    }
    if (st.input.series.empty()) {
      d.problems.push_back("study " + ids[s] + ": no series folders");
      continue;
    }
    d.studies.push_back(std::move(st));
  }
  if (d.studies.empty())
    throw Error(fileError(root, "no study has both coordinates and readable images (" +
                                    std::to_string(d.problems.size()) + " problem(s)" +
                                    (d.problems.empty() ? "" : ", first: " + d.problems.front()) +
                                    ")"));
  return d;
}

json LocaliserCell::toJson() const {
  return {{"n", n},
          {"missing", missing},
          {"error_mm_mean", meanMm},
          {"error_mm_median", medianMm},
          {"slice_error_mean", meanSlice},
          {"slice_exact", sliceExact},
          {"level_accuracy", levelAccuracy}};
}

json LocaliserEval::toJson() const {
  json per = json::object();
  for (int c = 0; c < 5; ++c) {
    json levels = json::object();
    for (int l = 0; l < 5; ++l)
      levels[rsna::kLevelKeys[static_cast<std::size_t>(l)]] =
          cells[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)].toJson();
    json cj = perCondition[static_cast<std::size_t>(c)].toJson();
    cj["levels"] = levels;
    per[rsna::kConditionKeys[static_cast<std::size_t>(c)]] = cj;
  }
  return {{"studies", studies},
          {"overall", overall.toJson()},
          {"conditions", per},
          {"ms_per_study", msPerStudy}};
}

namespace {

struct Accum {
  std::vector<double> mm, slice;
  int levelOk = 0, missing = 0;
  void add(const Accum& o) {
    mm.insert(mm.end(), o.mm.begin(), o.mm.end());
    slice.insert(slice.end(), o.slice.begin(), o.slice.end());
    levelOk += o.levelOk;
    missing += o.missing;
  }
  LocaliserCell cell() const {
    LocaliserCell c;
    c.n = static_cast<int>(mm.size());
    c.missing = missing;
    if (c.n == 0) return c;
    std::vector<double> s = mm;
    std::sort(s.begin(), s.end());
    c.medianMm = s[s.size() / 2];
    for (double v : mm)
      c.meanMm += v / c.n;
    int exact = 0;
    for (double v : slice) {
      c.meanSlice += v / c.n;
      exact += v < 0.5 ? 1 : 0;
    }
    c.sliceExact = static_cast<double>(exact) / c.n;
    c.levelAccuracy = static_cast<double>(levelOk) / c.n;
    return c;
  }
};

// Patient position of a coordinate; false when its series or instance is not in the study.
bool patientOf(const ai::TaskInput& in, const annotation::RsnaCoordinate& c, image::Vec3& p,
               int* seriesIndex = nullptr) {
  const int si = loc::findSeries(in.series, c);
  if (si < 0) return false;
  const auto& s = in.series[static_cast<std::size_t>(si)];
  const int k = loc::sliceForInstance(s.instanceNumbers, c.instance, s.volume->depth());
  if (k < 0) return false;
  p = s.volume->geometry.indexToPatient({c.x, c.y, static_cast<double>(k)});
  if (seriesIndex) *seriesIndex = si;
  return true;
}

}  // namespace

LocaliserEval evaluateLocaliser(const loc::LumbarLocaliser& model, const LocaliserData& data,
                                const std::vector<std::size_t>& studies, const Progress& progress) {
  std::array<std::array<Accum, 5>, 5> acc;
  LocaliserEval e;
  double ms = 0;
  for (std::size_t n = 0; n < studies.size(); ++n) {
    progress.throwIfCancelled();
    const LocaliserStudy& st = data.studies[studies[n]];
    const loc::Placement pl = model.place(st.input, {});
    ms += pl.milliseconds;
    ++e.studies;
    for (const auto& t : st.truth) {
      if (t.condition < 0 || t.condition > 4 || t.level < 0 || t.level > 4) continue;
      Accum& a = acc[static_cast<std::size_t>(t.condition)][static_cast<std::size_t>(t.level)];
      const annotation::RsnaCoordinate* p = nullptr;
      for (const auto& r : pl.placed)
        if (r.condition == t.condition && r.level == t.level) p = &r;
      image::Vec3 tp{}, pp{};
      int ts = -1, ps = -1;
      if (!p || !patientOf(st.input, t, tp, &ts) || !patientOf(st.input, *p, pp, &ps)) {
        ++a.missing;
        continue;
      }
      const auto& vol = *st.input.series[static_cast<std::size_t>(ts)].volume;
      const double dx = (p->x - t.x) * vol.geometry.spacing[0],
                   dy = (p->y - t.y) * vol.geometry.spacing[1];
      a.mm.push_back(std::hypot(dx, dy));
      a.slice.push_back(std::abs(p->instance - t.instance));
      // Level assignment: the nearest true point of this condition, in patient coordinates.
      int bestLevel = -1;
      double best = 1e300;
      for (const auto& o : st.truth) {
        image::Vec3 op{};
        if (o.condition != t.condition || !patientOf(st.input, o, op)) continue;
        const double dd = image::norm(image::sub(op, pp));
        if (dd < best) best = dd, bestLevel = o.level;
      }
      a.levelOk += bestLevel == t.level ? 1 : 0;
    }
  }
  Accum all;
  for (int c = 0; c < 5; ++c) {
    Accum cond;
    for (int l = 0; l < 5; ++l) {
      const Accum& a = acc[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)];
      e.cells[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] = a.cell();
      cond.add(a);
    }
    e.perCondition[static_cast<std::size_t>(c)] = cond.cell();
    all.add(cond);
  }
  e.overall = all.cell();
  e.msPerStudy = e.studies > 0 ? ms / e.studies : 0;
  return e;
}

torch::Tensor localiserLoss(const torch::Tensor& pred, const torch::Tensor& target) {
  return ((pred - target).pow(2) * (1 + 20 * target)).mean();
}

namespace {

// A labelled point of a head on a prepared series.
struct HeadPoint {
  int channel = 0, slice = 0;
  double x = 0, y = 0;  // series pixels
};

struct HeadSeries {
  loc::PreparedSeries prepared;
  std::vector<HeadPoint> points;
  bool usable = false;
};

struct TrainStudy {
  std::array<HeadSeries, loc::kHeads> heads;
};

TrainStudy prepareStudy(const LocaliserStudy& st, int S) {
  TrainStudy t;
  for (int h = 0; h < loc::kHeads; ++h) {
    // The series the study's coordinates of this head lie on (else the head's description).
    int si = -1;
    for (const auto& c : st.truth)
      if (loc::channelOf(c.condition, c.level).head == h &&
          loc::channelOf(c.condition, c.level).channel >= 0) {
        si = loc::findSeries(st.input.series, c);
        if (si >= 0) break;
      }
    if (si < 0) continue;
    const ai::TaskSeries& ts = st.input.series[static_cast<std::size_t>(si)];
    HeadSeries& hs = t.heads[static_cast<std::size_t>(h)];
    for (const auto& c : st.truth) {
      const loc::PointChannel pc = loc::channelOf(c.condition, c.level);
      if (pc.head != h || pc.channel < 0 || loc::findSeries(st.input.series, c) != si) continue;
      const int k = loc::sliceForInstance(ts.instanceNumbers, c.instance, ts.volume->depth());
      if (k < 0) continue;
      hs.points.push_back({pc.channel, k, c.x, c.y});
    }
    if (hs.points.empty()) continue;
    hs.prepared = loc::prepareSeries(*ts.volume, S);
    hs.usable = true;
  }
  return t;
}

struct SliceSample {
  int study = 0, head = 0, slice = 0;
};

// Heatmap target (C, G, G) of slice k, points moved by the inverse of the augmentation affine
// `theta` (output -> input normalised coordinates; identity without augmentation).
torch::Tensor renderTarget(const HeadSeries& hs, int head, int k, int G, const double theta[6]) {
  const int C = loc::kHeadChannels[static_cast<std::size_t>(head)];
  torch::Tensor t = torch::zeros({C, G, G});
  auto acc = t.accessor<float, 3>();
  // Inverse of [a b; c d].
  const double a = theta[0], b = theta[1], c = theta[3], d = theta[4];
  const double det = a * d - b * c;
  for (const HeadPoint& p : hs.points) {
    const double amp =
        std::exp(-0.5 * (k - p.slice) * (k - p.slice) / (loc::kSliceSigma * loc::kSliceSigma));
    if (amp < 1e-3) continue;
    const double u = (p.x + 0.5) / hs.prepared.width * 2 - 1,
                 v = (p.y + 0.5) / hs.prepared.height * 2 - 1;
    const double ru = u - theta[2], rv = v - theta[5];
    const double ou = (d * ru - b * rv) / det, ov = (-c * ru + a * rv) / det;
    const double cx = (ou + 1) / 2 * G - 0.5, cy = (ov + 1) / 2 * G - 0.5;
    const int x0 = static_cast<int>(std::floor(cx)), y0 = static_cast<int>(std::floor(cy));
    const double s2 = 2 * loc::kPointSigma * loc::kPointSigma;
    for (int y = std::max(0, y0 - 5); y <= std::min(G - 1, y0 + 6); ++y)
      for (int x = std::max(0, x0 - 5); x <= std::min(G - 1, x0 + 6); ++x) {
        const double g = amp * std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / s2);
        float& cell = acc[p.channel][y][x];
        cell = std::max(cell, static_cast<float>(g));
      }
  }
  return t;
}

}  // namespace

LocaliserTrainResult trainLocaliser(const LocaliserData& data, const LocaliserTrainOptions& o,
                                    const std::string& modelPath,
                                    const std::function<void(const LocaliserEpoch&)>& onEpoch,
                                    const Progress& progress) {
  if (o.epochs < 1 || o.batchSize < 2) throw Error("localiser: epochs >= 1 and batch >= 2");
  const auto tStart = std::chrono::steady_clock::now();
  torch::manual_seed(o.seed);
  std::mt19937 rng(o.seed);
  const int S = o.inputSize, G = S / 2;
  ai::ModelInfo info;
  info.task = loc::kLocaliserTask;
  info.architecture = loc::kLocaliserArchitecture;
  info.classNames = loc::localiserChannelNames();
  info.inputSize = S;
  info.mean = {0, 0, 0};
  info.stdev = {1, 1, 1};
  info.camLayer = "";
  info.provenance = o.demo ? std::string(ai::kDemoLabel) + "; " + o.provenance : o.provenance;
  auto net = std::dynamic_pointer_cast<loc::LocaliserNet>(
      ai::makeNetwork(info.architecture, static_cast<int>(info.classNames.size()), S, S));

  std::vector<std::size_t> trainIdx, valIdx;
  for (std::size_t i = 0; i < data.studies.size(); ++i)
    ((o.valEvery > 1 && data.studies.size() >= 3 &&
      i % static_cast<std::size_t>(o.valEvery) == static_cast<std::size_t>(o.valEvery) - 1)
         ? valIdx
         : trainIdx)
        .push_back(i);
  std::vector<TrainStudy> prepared;
  for (std::size_t n = 0; n < trainIdx.size(); ++n) {
    progress.throwIfCancelled();
    progress.report(0.05 * n / trainIdx.size(), "preparing studies");
    prepared.push_back(prepareStudy(data.studies[trainIdx[n]], S));
  }

  torch::optim::AdamW opt(net->parameters(),
                          torch::optim::AdamWOptions(o.learningRate).weight_decay(o.weightDecay));
  LocaliserTrainResult result;
  result.modelPath = modelPath;
  result.trainStudies = trainIdx.size();
  result.valStudies = valIdx.size();
  double best = 1e300;
  std::uniform_real_distribution<double> u01(0, 1);
  for (int epoch = 1; epoch <= o.epochs; ++epoch) {
    const auto t0 = std::chrono::steady_clock::now();
    const double lr =
        epoch == 1 && o.epochs > 1
            ? o.learningRate * 0.3
            : o.learningRate * 0.5 *
                  (1 + std::cos(M_PI * std::max(0, epoch - 2) / std::max(1, o.epochs - 1)));
    for (auto& g : opt.param_groups())
      static_cast<torch::optim::AdamWOptions&>(g.options()).lr(lr);
    // This epoch's samples, per head.
    std::array<std::vector<SliceSample>, loc::kHeads> samples;
    for (std::size_t s = 0; s < prepared.size(); ++s)
      for (int h = 0; h < loc::kHeads; ++h) {
        const HeadSeries& hs = prepared[s].heads[static_cast<std::size_t>(h)];
        if (!hs.usable) continue;
        const int D = hs.prepared.depth;
        std::vector<int> labelled;
        for (const auto& p : hs.points)
          if (std::find(labelled.begin(), labelled.end(), p.slice) == labelled.end())
            labelled.push_back(p.slice);
        std::shuffle(labelled.begin(), labelled.end(), rng);
        auto add = [&](int k) {
          samples[static_cast<std::size_t>(h)].push_back(
              {static_cast<int>(s), h, std::clamp(k, 0, D - 1)});
        };
        if (h == loc::AxialT2) {
          // Three levels' slices, +-1 slice (the projection's error).
          for (int i = 0; i < std::min<int>(3, static_cast<int>(labelled.size())); ++i)
            add(labelled[static_cast<std::size_t>(i)] + static_cast<int>(rng() % 3) - 1);
          continue;
        }
        // Every labelled slice twice (two augmentations), a near miss of each and a random
        // slice: the slice choice is learnt from the target amplitude.
        for (int k : labelled) {
          add(k);
          add(k);
          add(k + (rng() % 2 ? 1 : -1) * (1 + static_cast<int>(rng() % 2)));
        }
        add(static_cast<int>(rng() % static_cast<unsigned>(D)));
      }
    std::size_t total = 0, done = 0;
    for (const auto& v : samples)
      total += v.size();
    net->train();
    double sum = 0;
    std::size_t count = 0;
    for (int h = 0; h < loc::kHeads; ++h) {
      auto& list = samples[static_cast<std::size_t>(h)];
      std::shuffle(list.begin(), list.end(), rng);
      for (std::size_t b = 0; b + 1 < list.size(); b += static_cast<std::size_t>(o.batchSize)) {
        progress.throwIfCancelled();
        const std::size_t e = std::min(list.size(), b + static_cast<std::size_t>(o.batchSize));
        if (e - b < 2) break;
        std::vector<torch::Tensor> xs, ys, thetas;
        for (std::size_t i = b; i < e; ++i) {
          const SliceSample& sm = list[i];
          const HeadSeries& hs =
              prepared[static_cast<std::size_t>(sm.study)].heads[static_cast<std::size_t>(h)];
          double th[6] = {1, 0, 0, 0, 1, 0};
          if (o.augment) {
            const double sc = 0.9 + 0.2 * u01(rng), rot = (u01(rng) * 2 - 1) * 10 * M_PI / 180;
            th[0] = std::cos(rot) / sc;
            th[1] = -std::sin(rot) / sc;
            th[3] = std::sin(rot) / sc;
            th[4] = std::cos(rot) / sc;
            th[2] = (u01(rng) * 2 - 1) * 0.16;
            th[5] = (u01(rng) * 2 - 1) * 0.16;
          }
          torch::Tensor x = loc::stackAt(hs.prepared, sm.slice);
          if (o.augment) {
            x = x * (0.8 + 0.4 * u01(rng));
            x = x.clamp_min(0).pow(0.7 + 0.7 * u01(rng));
            x = x + 0.02 * torch::randn_like(x);
          }
          xs.push_back(x);
          ys.push_back(renderTarget(hs, h, sm.slice, G, th));
          thetas.push_back(
              torch::tensor({th[0], th[1], th[2], th[3], th[4], th[5]}, torch::kFloat32)
                  .view({2, 3}));
        }
        torch::Tensor x = torch::stack(xs);
        if (o.augment) {
          const torch::Tensor grid =
              torch::nn::functional::affine_grid(torch::stack(thetas), {x.size(0), 3, S, S}, false);
          x = torch::nn::functional::grid_sample(
              x, grid, torch::nn::functional::GridSampleFuncOptions().align_corners(false));
        }
        const torch::Tensor y = torch::stack(ys);
        opt.zero_grad();
        const torch::Tensor loss = localiserLoss(net->forwardHead(h, x), y);
        loss.backward();
        opt.step();
        sum += loss.item<double>() * static_cast<double>(e - b);
        count += e - b;
        done += e - b;
        progress.report(0.05 + 0.95 * (epoch - 1 + static_cast<double>(done) / total) / o.epochs,
                        "training the localiser");
      }
    }
    LocaliserEpoch ep;
    ep.epoch = epoch;
    ep.trainLoss = count > 0 ? sum / static_cast<double>(count) : 0;
    ep.learningRate = lr;
    net->eval();
    const loc::LumbarLocaliser current(ai::LoadedModel{info, net});
    ep.val = evaluateLocaliser(current, data, valIdx.empty() ? trainIdx : valIdx, progress);
    net->train();
    ep.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    result.epochs.push_back(ep);
    if (onEpoch) onEpoch(ep);
    // Best checkpoint: mean point error plus 10 mm per wrong slice and 50 mm per wrong level.
    const LocaliserCell& v = ep.val.overall;
    const double score = v.n == 0 ? 1e200
                                  : v.meanMm + 10 * v.meanSlice + 50 * (1 - v.levelAccuracy) +
                                        100.0 * v.missing / std::max(1, v.n + v.missing);
    if (score < best) {
      best = score;
      result.bestEpoch = epoch;
      result.val = ep.val;
      info.metrics = {{"epoch", epoch},
                      {"train_studies", trainIdx.size()},
                      {"validation_studies", valIdx.size()},
                      {"validation", ep.val.toJson()}};
      net->eval();
      ai::saveModel(modelPath, info, *net);
      net->train();
    }
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - tStart).count();
  return result;
}

}  // namespace osteon::train

namespace osteon::train {

TrainReport trainLocaliserFromConfig(const TrainConfig& c, const TrainCallbacks& cb,
                                     const Progress& progress) {
  const auto t0 = std::chrono::steady_clock::now();
  const auto log = [&](const std::string& s) {
    if (cb.onLog) cb.onLog(s);
  };
  ai::useAllCores();
  const LocaliserData data = loadLocaliserData(c.data, progress);
  log("localiser data: " + data.text());
  LocaliserTrainOptions o;
  // The form's classifier sizes mean nothing here: other architectures get the localiser's 128.
  o.inputSize = c.architecture == ai::lumbar::kLocaliserArchitecture ? c.inputWidth : 128;
  o.epochs = c.epochs;
  o.batchSize = c.batchSize;
  o.learningRate = c.learningRate;
  o.weightDecay = c.weightDecay;
  o.valEvery = c.validationFraction > 0
                   ? std::max(2, static_cast<int>(std::lround(1.0 / c.validationFraction)))
                   : 0;
  o.seed = c.seed;
  o.augment = c.augment.enabled;
  o.demo = c.demo;
  o.provenance =
      c.provenance.empty() ? "trained by Osteon (rsna-localiser) on " + c.data : c.provenance;
  TrainReport r;
  r.config = c;
  r.classes = ai::lumbar::localiserChannelNames();
  FoldResult f;
  f.fold = 1;
  const LocaliserTrainResult res = trainLocaliser(
      data, o, c.out,
      [&](const LocaliserEpoch& e) {
        EpochRecord rec;
        rec.fold = 1;
        rec.epoch = e.epoch;
        rec.learningRate = e.learningRate;
        rec.trainLoss = e.trainLoss;
        rec.valLoss = e.val.overall.meanMm;
        rec.valAccuracy = e.val.overall.levelAccuracy;
        rec.valMacroF1 = e.val.overall.sliceExact;
        rec.seconds = e.seconds;
        char b[256];
        std::snprintf(b, sizeof b,
                      "epoch %d: lr %.2g | heatmap loss %.5f | validation: point error %.1f mm "
                      "mean (%.1f median), slice error %.2f, level accuracy %.3f, %d not placed "
                      "| %.1f s",
                      e.epoch, e.learningRate, e.trainLoss, e.val.overall.meanMm,
                      e.val.overall.medianMm, e.val.overall.meanSlice, e.val.overall.levelAccuracy,
                      e.val.overall.missing, e.seconds);
        log(b);
        f.epochs.push_back(rec);
        if (cb.onEpoch) cb.onEpoch(rec);
      },
      progress);
  f.bestEpoch = res.bestEpoch;
  f.modelPath = res.modelPath;
  for (auto& e : f.epochs)
    e.best = e.epoch == res.bestEpoch;
  r.folds.push_back(f);
  r.modelPath = res.modelPath;
  r.bestFold = 1;
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const std::string dir = c.resolvedReportDir();
  std::error_code ec;
  fs::create_directories(dir, ec);
  std::ofstream out(fs::path(dir) / "localiser.json");
  out << json{{"best_epoch", res.bestEpoch},
              {"train_studies", res.trainStudies},
              {"validation_studies", res.valStudies},
              {"seconds", res.seconds},
              {"validation", res.val.toJson()}}
             .dump(2)
      << "\n";
  log("best epoch " + std::to_string(res.bestEpoch) + "; localiser report " +
      (fs::path(dir) / "localiser.json").string());
  return r;
}

}  // namespace osteon::train
