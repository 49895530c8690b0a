#include "core/ai/lumbar_localiser.h"

#include <algorithm>
#include <chrono>
#include <cmath>

#include "core/ai/lumbar_crops.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"

namespace osteon::ai::lumbar {

namespace rsna = annotation::rsna;
namespace nn = torch::nn;

PointChannel channelOf(int condition, int level) {
  switch (condition) {
    case rsna::SpinalCanal:
      return {SagittalT2, level};
    case rsna::LeftForaminal:
      return {SagittalT1, level};
    case rsna::RightForaminal:
      return {SagittalT1, level};
    case rsna::LeftSubarticular:
      return {AxialT2, 0};
    case rsna::RightSubarticular:
      return {AxialT2, 1};
    default:
      return {0, -1};
  }
}

const char* headSeries(int head) {
  static const char* names[] = {"Sagittal T2/STIR", "Sagittal T1", "Axial T2"};
  return names[std::clamp(head, 0, kHeads - 1)];
}

std::vector<std::string> localiserChannelNames() {
  std::vector<std::string> n;
  for (int l = 0; l < rsna::kLevels; ++l)
    n.push_back(rsna::columnName(rsna::SpinalCanal, l));
  for (int l = 0; l < rsna::kLevels; ++l)
    n.push_back(std::string("neural_foraminal_narrowing_") +
                rsna::kLevelKeys[static_cast<std::size_t>(l)]);
  n.push_back("left_subarticular_stenosis");
  n.push_back("right_subarticular_stenosis");
  return n;
}

namespace {

nn::Sequential convBlock(int in, int out, int stride) {
  return nn::Sequential(
      nn::Conv2d(nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)),
      nn::BatchNorm2d(out), nn::ReLU(true),
      nn::Conv2d(nn::Conv2dOptions(out, out, 3).padding(1).bias(false)), nn::BatchNorm2d(out),
      nn::ReLU(true));
}

// A small U-Net: stem at S (w), encoder at S/2 (2w), S/4 (3w), S/8 (4w), S/16 (4w); decoder back
// to S/2 with skips; 1x1 head to `channels` heatmaps at S/2.
struct UNetImpl : nn::Module {
  UNetImpl(int w, int channels) {
    stem = register_module("stem", convBlock(3, w, 1));
    e1 = register_module("enc1", convBlock(w, 2 * w, 2));
    e2 = register_module("enc2", convBlock(2 * w, 3 * w, 2));
    e3 = register_module("enc3", convBlock(3 * w, 4 * w, 2));
    e4 = register_module("enc4", convBlock(4 * w, 4 * w, 2));
    d3 = register_module("dec3", convBlock(8 * w + 2, 3 * w, 1));
    d2 = register_module("dec2", convBlock(6 * w, 2 * w, 1));
    d1 = register_module("dec1", convBlock(4 * w, 2 * w, 1));
    head = register_module("head", nn::Conv2d(nn::Conv2dOptions(2 * w, channels, 1)));
    for (auto& m : modules(false))
      if (auto* c = m->as<nn::Conv2d>()) nn::init::kaiming_normal_(c->weight, 0, torch::kFanOut);
    torch::NoGradGuard ng;
    head->weight.mul_(0.1);
    head->bias.zero_();
  }
  static torch::Tensor up(const torch::Tensor& x, const torch::Tensor& like) {
    return torch::nn::functional::interpolate(
        x, torch::nn::functional::InterpolateFuncOptions()
               .size(std::vector<int64_t>{like.size(2), like.size(3)})
               .mode(torch::kBilinear)
               .align_corners(false));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    const torch::Tensor s = stem->forward(x);
    const torch::Tensor a = e1->forward(s);  // S/2
    const torch::Tensor b = e2->forward(a);  // S/4
    const torch::Tensor c = e3->forward(b);  // S/8
    const torch::Tensor d = e4->forward(c);  // S/16
    // Where in the field of view (CoordConv, two channels at S/8): the levels look alike, their
    // place along the column tells them apart.
    const auto opts = torch::TensorOptions().dtype(c.dtype()).device(c.device());
    const torch::Tensor ys = torch::linspace(-1, 1, c.size(2), opts)
                                 .view({1, 1, -1, 1})
                                 .expand({c.size(0), 1, c.size(2), c.size(3)}),
                        xs = torch::linspace(-1, 1, c.size(3), opts)
                                 .view({1, 1, 1, -1})
                                 .expand({c.size(0), 1, c.size(2), c.size(3)});
    torch::Tensor y = d3->forward(torch::cat({up(d, c), c, ys, xs}, 1));
    y = d2->forward(torch::cat({up(y, b), b}, 1));
    y = d1->forward(torch::cat({up(y, a), a}, 1));
    return head->forward(y);
  }
  nn::Sequential stem{nullptr}, e1{nullptr}, e2{nullptr}, e3{nullptr}, e4{nullptr}, d3{nullptr},
      d2{nullptr}, d1{nullptr};
  nn::Conv2d head{nullptr};
};
TORCH_MODULE(UNet);

const char* kHeadModuleNames[kHeads] = {"sag_t2", "sag_t1", "axial"};

}  // namespace

LocaliserNet::LocaliserNet(int inputSize, int width) : inputSize_(inputSize) {
  if (inputSize < 64 || inputSize > 512 || inputSize % 16 != 0)
    throw Error("lumbar localiser: the input size must be a multiple of 16 in 64..512");
  if (width < 4 || width > 64) throw Error("lumbar localiser: the width must be 4..64");
  for (int h = 0; h < kHeads; ++h)
    heads_[static_cast<std::size_t>(h)] = register_module(
        kHeadModuleNames[h], UNet(width, kHeadChannels[static_cast<std::size_t>(h)]));
}

torch::Tensor LocaliserNet::forwardHead(int head, const torch::Tensor& x) {
  if (head < 0 || head >= kHeads) throw Error("lumbar localiser: no head " + std::to_string(head));
  return std::static_pointer_cast<UNetImpl>(heads_[static_cast<std::size_t>(head)])->forward(x);
}

torch::Tensor LocaliserNet::forwardCapture(torch::Tensor x, const std::string&, torch::Tensor&) {
  return forwardHead(SagittalT2, x);
}

std::shared_ptr<Network> makeLocaliserNetwork(int inputSize, int width) {
  return std::make_shared<LocaliserNet>(inputSize, width);
}

PreparedSeries prepareSeries(const image::Image& volume, int S) {
  if (volume.empty()) throw Error("lumbar localiser: the series has no pixels");
  PreparedSeries p;
  p.width = volume.width();
  p.height = volume.height();
  p.depth = volume.depth();
  p.spacingX = volume.geometry.spacing[0];
  p.spacingY = volume.geometry.spacing[1];
  const std::size_t n = volume.sliceVoxels();
  torch::Tensor raw = torch::empty({p.depth, p.height, p.width}, torch::kFloat32);
  float* d = raw.data_ptr<float>();
  for (int k = 0; k < p.depth; ++k)
    for (int j = 0; j < p.height; ++j)
      for (int i = 0; i < p.width; ++i)
        d[static_cast<std::size_t>(k) * n + static_cast<std::size_t>(j) * p.width + i] =
            static_cast<float>(volume.value(i, j, k));
  // Scale by the 99.5th percentile of a strided sample (MR has no fixed intensity scale).
  torch::Tensor sample =
      raw.flatten().slice(0, 0, raw.numel(), std::max<int64_t>(1, raw.numel() / 200000));
  const double hi = std::max(1e-6, torch::quantile(sample, 0.995).item<double>());
  raw = (raw / hi).clamp(0.0, 1.5);
  p.slices = torch::nn::functional::interpolate(raw.unsqueeze(1),
                                                torch::nn::functional::InterpolateFuncOptions()
                                                    .size(std::vector<int64_t>{S, S})
                                                    .mode(torch::kBilinear)
                                                    .align_corners(false)
                                                    .antialias(false))
                 .squeeze(1)
                 .contiguous();
  return p;
}

torch::Tensor stackAt(const PreparedSeries& s, int k) {
  const int a = std::clamp(k - 1, 0, s.depth - 1), b = std::clamp(k, 0, s.depth - 1),
            c = std::clamp(k + 1, 0, s.depth - 1);
  return torch::stack({s.slices[a], s.slices[b], s.slices[c]});
}

double toHeatmap(double pixel, int size, int inputSize) {
  return (pixel + 0.5) * (inputSize / 2.0) / size - 0.5;
}
double fromHeatmap(double cell, int size, int inputSize) {
  return (cell + 0.5) * size / (inputSize / 2.0) - 0.5;
}

Peak decodePeak(const torch::Tensor& mapsIn) {
  if (mapsIn.dim() != 3 || mapsIn.numel() == 0)
    throw Error("lumbar localiser: heatmaps must be (slices, rows, columns)");
  const torch::Tensor maps = mapsIn.to(torch::kFloat32).contiguous();
  const int64_t D = maps.size(0), H = maps.size(1), W = maps.size(2);
  const int64_t idx = maps.flatten().argmax().item<int64_t>();
  Peak p;
  p.slice = static_cast<int>(idx / (H * W));
  const int y0 = static_cast<int>((idx / W) % H), x0 = static_cast<int>(idx % W);
  const float* m = maps.data_ptr<float>() + static_cast<int64_t>(p.slice) * H * W;
  p.value = m[y0 * W + x0];
  double sw = 0, sx = 0, sy = 0;
  for (int y = std::max(0, y0 - 2); y <= std::min<int>(static_cast<int>(H) - 1, y0 + 2); ++y)
    for (int x = std::max(0, x0 - 2); x <= std::min<int>(static_cast<int>(W) - 1, x0 + 2); ++x) {
      const double w = std::max(0.0f, m[y * W + x]);
      sw += w;
      sx += w * x;
      sy += w * y;
    }
  p.hx = sw > 0 ? sx / sw : x0;
  p.hy = sw > 0 ? sy / sw : y0;
  (void)D;
  return p;
}

image::Vec3 projectPoint(const image::Image& from, double x, double y, int k,
                         const image::Image& to) {
  const image::Vec3 patient = from.geometry.indexToPatient({x, y, static_cast<double>(k)});
  return to.geometry.patientToIndex(patient);
}

int seriesForHead(const TaskInput& input, int head) {
  const std::string want = headSeries(head);
  for (std::size_t i = 0; i < input.series.size(); ++i)
    if (input.series[i].description == want && input.series[i].volume) return static_cast<int>(i);
  for (std::size_t i = 0; i < input.series.size(); ++i) {
    if (!input.series[i].volume) continue;
    std::string d = input.series[i].description;
    for (char& c : d)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool sag = d.find("sag") != std::string::npos, ax = d.find("ax") != std::string::npos;
    const bool t1 = d.find("t1") != std::string::npos;
    const bool t2 = d.find("t2") != std::string::npos || d.find("stir") != std::string::npos;
    if ((head == SagittalT2 && sag && t2) || (head == SagittalT1 && sag && t1) ||
        (head == AxialT2 && ax && t2))
      return static_cast<int>(i);
  }
  return -1;
}

LumbarLocaliser::LumbarLocaliser(const std::string& path) : LumbarLocaliser(loadModel(path)) {
  path_ = path;
}

LumbarLocaliser::LumbarLocaliser(LoadedModel model) : model_(std::move(model)) {
  if (model_.info.task != kLocaliserTask || model_.info.architecture != kLocaliserArchitecture ||
      !std::dynamic_pointer_cast<LocaliserNet>(model_.network))
    throw Error("this model is a '" + model_.info.task + "' model (" + model_.info.architecture +
                "), not a lumbar level localiser");
  model_.network->eval();
}

bool LumbarLocaliser::isDemo() const {
  return model_.info.provenance.rfind("demo", 0) == 0;
}

LocaliserNet& LumbarLocaliser::net() const {
  return static_cast<LocaliserNet&>(*model_.network);
}

namespace {

int instanceOf(const TaskSeries& s, int k) {
  return k < static_cast<int>(s.instanceNumbers.size())
             ? s.instanceNumbers[static_cast<std::size_t>(k)]
             : k + 1;
}

// Heatmaps (D, C, S/2, S/2) of a head over every slice of a prepared series.
torch::Tensor heatmapsOverSlices(LocaliserNet& net, int head, const PreparedSeries& p) {
  std::vector<torch::Tensor> stacks;
  for (int k = 0; k < p.depth; ++k)
    stacks.push_back(stackAt(p, k));
  std::vector<torch::Tensor> out;
  for (std::size_t a = 0; a < stacks.size(); a += 16) {
    const std::size_t b = std::min(stacks.size(), a + 16);
    out.push_back(net.forwardHead(
        head, torch::stack(std::vector<torch::Tensor>(stacks.begin() + static_cast<long>(a),
                                                      stacks.begin() + static_cast<long>(b)))));
  }
  return torch::cat(out, 0);
}

}  // namespace

std::vector<Peak> decodeOrderedLevels(const torch::Tensor& maps, const image::Image& volume,
                                      int inputSize, double minGapMm) {
  const int L = static_cast<int>(maps.size(1));
  const int64_t H = maps.size(2), W = maps.size(3);
  struct Cand {
    Peak peak;
    double z = 0;
  };
  std::vector<std::vector<Cand>> cands(static_cast<std::size_t>(L));
  std::vector<Peak> independent;
  for (int l = 0; l < L; ++l) {
    const torch::Tensor m = maps.select(1, l).contiguous();  // (D, h, w)
    independent.push_back(decodePeak(m));
    const auto mx = m.max(0);  // best slice per pixel
    const torch::Tensor best = std::get<0>(mx).contiguous(), arg = std::get<1>(mx).contiguous();
    const torch::Tensor pooled =
        torch::max_pool2d(best.unsqueeze(0), 5, 1, 2).squeeze(0).contiguous();
    const float* b = best.data_ptr<float>();
    const float* pl = pooled.data_ptr<float>();
    const int64_t* a = arg.data_ptr<int64_t>();
    std::vector<std::pair<float, int64_t>> local;
    for (int64_t i = 0; i < H * W; ++i)
      if (b[i] >= pl[i] && b[i] > 0.05f) local.emplace_back(b[i], i);
    std::sort(local.begin(), local.end(), std::greater<>());
    if (local.size() > 6) local.resize(6);
    for (const auto& [v, i] : local) {
      const int k = static_cast<int>(a[i]);
      Peak pk = decodePeak(m.select(0, k).unsqueeze(0).clone().masked_fill_(
          [&] {
            torch::Tensor mask = torch::ones({1, H, W}, torch::kBool);
            const int64_t y = i / W, x = i % W;
            mask.slice(1, std::max<int64_t>(0, y - 2), std::min(H, y + 3))
                .slice(2, std::max<int64_t>(0, x - 2), std::min(W, x + 3))
                .fill_(false);
            return mask;
          }(),
          0.0f));
      pk.slice = k;
      const double px = fromHeatmap(pk.hx, volume.width(), inputSize),
                   py = fromHeatmap(pk.hy, volume.height(), inputSize);
      cands[static_cast<std::size_t>(l)].push_back(
          {pk, volume.geometry.indexToPatient({px, py, double(k)})[2]});
    }
  }
  // Best total score with each level at least minGapMm below (patient z) the one above.
  std::vector<std::vector<double>> score(static_cast<std::size_t>(L));
  std::vector<std::vector<int>> from(static_cast<std::size_t>(L));
  for (int l = 0; l < L; ++l) {
    const auto& cl = cands[static_cast<std::size_t>(l)];
    score[static_cast<std::size_t>(l)].assign(cl.size(), -1e300);
    from[static_cast<std::size_t>(l)].assign(cl.size(), -1);
    for (std::size_t i = 0; i < cl.size(); ++i) {
      if (l == 0) {
        score[0][i] = cl[i].peak.value;
        continue;
      }
      const auto& prev = cands[static_cast<std::size_t>(l - 1)];
      for (std::size_t j = 0; j < prev.size(); ++j)
        if (prev[j].z - cl[i].z >= minGapMm &&
            score[static_cast<std::size_t>(l - 1)][j] + cl[i].peak.value >
                score[static_cast<std::size_t>(l)][i]) {
          score[static_cast<std::size_t>(l)][i] =
              score[static_cast<std::size_t>(l - 1)][j] + cl[i].peak.value;
          from[static_cast<std::size_t>(l)][i] = static_cast<int>(j);
        }
    }
  }
  const auto& last = score[static_cast<std::size_t>(L - 1)];
  int bi = -1;
  for (std::size_t i = 0; i < last.size(); ++i)
    if (last[i] > -1e299 && (bi < 0 || last[i] > last[static_cast<std::size_t>(bi)]))
      bi = static_cast<int>(i);
  if (bi < 0) return independent;  // no ordered assignment: each level's own peak
  std::vector<Peak> out(static_cast<std::size_t>(L));
  for (int l = L - 1; l >= 0; --l) {
    out[static_cast<std::size_t>(l)] =
        cands[static_cast<std::size_t>(l)][static_cast<std::size_t>(bi)].peak;
    bi = from[static_cast<std::size_t>(l)][static_cast<std::size_t>(bi)];
  }
  return out;
}

Placement LumbarLocaliser::place(const TaskInput& input,
                                 const std::vector<annotation::RsnaCoordinate>& given) const {
  const auto t0 = std::chrono::steady_clock::now();
  torch::NoGradGuard ng;
  Placement out;
  const int S = model_.info.inputSize;
  auto givenAt = [&](int c, int l) -> const annotation::RsnaCoordinate* {
    for (const auto& g : given)
      if (g.condition == c && g.level == l &&
          (input.studyId.empty() || g.study.empty() || g.study == input.studyId))
        return &g;
    return nullptr;
  };
  auto missing = [&](int head) {
    for (int c = 0; c < rsna::kConditions; ++c)
      for (int l = 0; l < rsna::kLevels; ++l)
        if (channelOf(c, l).head == head && !givenAt(c, l)) return true;
    return false;
  };
  auto row = [&](const TaskSeries& ts, const PreparedSeries& p, int c, int l, const Peak& pk) {
    annotation::RsnaCoordinate r;
    r.study = input.studyId;
    r.series = ts.seriesId;
    r.instance = instanceOf(ts, pk.slice);
    r.condition = c;
    r.level = l;
    r.x = fromHeatmap(pk.hx, p.width, S);
    r.y = fromHeatmap(pk.hy, p.height, S);
    return r;
  };
  const std::string lvl[5] = {"L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1"};

  // 1. Spinal canal points on sagittal T2/STIR (given ones kept): they are also the levels the
  //    axial slices are found from and the midline that tells left foramina from right ones.
  std::array<annotation::RsnaCoordinate, 5> canal{};
  std::array<bool, 5> haveCanal{};
  for (int l = 0; l < rsna::kLevels; ++l)
    if (const auto* g = givenAt(rsna::SpinalCanal, l))
      canal[static_cast<std::size_t>(l)] = *g, haveCanal[static_cast<std::size_t>(l)] = true;
  const bool needCanal = missing(SagittalT2) ||
                         ((missing(AxialT2) || missing(SagittalT1)) &&
                          std::find(haveCanal.begin(), haveCanal.end(), false) != haveCanal.end());
  if (needCanal) {
    const int si = seriesForHead(input, SagittalT2);
    if (si < 0) {
      out.notes.push_back(
          "the study has no Sagittal T2/STIR series: spinal canal points were not "
          "placed");
    } else {
      const TaskSeries& ts = input.series[static_cast<std::size_t>(si)];
      const PreparedSeries p = prepareSeries(*ts.volume, S);
      const torch::Tensor maps = heatmapsOverSlices(net(), SagittalT2, p);  // (D, 5, h, w)
      const std::vector<Peak> peaks = decodeOrderedLevels(maps, *ts.volume, S);
      for (int l = 0; l < rsna::kLevels; ++l) {
        if (haveCanal[static_cast<std::size_t>(l)]) continue;
        canal[static_cast<std::size_t>(l)] =
            row(ts, p, rsna::SpinalCanal, l, peaks[static_cast<std::size_t>(l)]);
        haveCanal[static_cast<std::size_t>(l)] = true;
        out.placed.push_back(canal[static_cast<std::size_t>(l)]);
      }
    }
  }
  // Patient position of each level's canal point.
  std::array<image::Vec3, 5> canalPatient{};
  std::array<bool, 5> canalOk{};
  for (int l = 0; l < rsna::kLevels; ++l) {
    const auto L = static_cast<std::size_t>(l);
    if (!haveCanal[L]) continue;
    const int si = findSeries(input.series, canal[L]);
    if (si < 0 || !input.series[static_cast<std::size_t>(si)].volume) continue;
    const TaskSeries& s = input.series[static_cast<std::size_t>(si)];
    const int k = sliceForInstance(s.instanceNumbers, canal[L].instance, s.volume->depth());
    if (k < 0) continue;
    canalPatient[L] = s.volume->geometry.indexToPatient({canal[L].x, canal[L].y, double(k)});
    canalOk[L] = true;
  }

  // 2. Foramina on sagittal T1: one heatmap per level, side-agnostic (a sagittal slice does not
  //    show which side it is on); the peak over the slices on the patient's left of the midline
  //    is the left point, over those on the right the right point.
  if (missing(SagittalT1)) {
    const int si = seriesForHead(input, SagittalT1);
    if (si < 0) {
      out.notes.push_back("the study has no Sagittal T1 series: foraminal points were not placed");
    } else {
      const TaskSeries& ts = input.series[static_cast<std::size_t>(si)];
      const image::Image& vol = *ts.volume;
      const PreparedSeries p = prepareSeries(vol, S);
      const torch::Tensor maps = heatmapsOverSlices(net(), SagittalT1, p);  // (D, 5, h, w)
      // Midline: the canal points' mean patient x (LPS: +x = patient left), else the middle.
      double mid = vol.geometry.indexToPatient(
          {vol.width() / 2.0, vol.height() / 2.0, (vol.depth() - 1) / 2.0})[0];
      int nMid = 0;
      double sumMid = 0;
      for (int l = 0; l < 5; ++l)
        if (canalOk[static_cast<std::size_t>(l)])
          sumMid += canalPatient[static_cast<std::size_t>(l)][0], ++nMid;
      if (nMid > 0) mid = sumMid / nMid;
      std::vector<int64_t> leftSlices, rightSlices;
      for (int k = 0; k < p.depth; ++k) {
        const double x =
            vol.geometry.indexToPatient({vol.width() / 2.0, vol.height() / 2.0, double(k)})[0];
        (x >= mid ? leftSlices : rightSlices).push_back(k);
      }
      for (int side = 0; side < 2; ++side) {
        const int c = side == 0 ? rsna::LeftForaminal : rsna::RightForaminal;
        const auto& slices = side == 0 ? leftSlices : rightSlices;
        if (slices.empty()) {
          out.notes.push_back(std::string("the Sagittal T1 series has no slice on the patient's ") +
                              (side == 0 ? "left" : "right") +
                              ": those foraminal points were not placed");
          continue;
        }
        const torch::Tensor idx = torch::tensor(slices, torch::kLong);
        for (int l = 0; l < rsna::kLevels; ++l) {
          if (givenAt(c, l)) continue;
          Peak pk = decodePeak(maps.select(1, l).index_select(0, idx));
          pk.slice = static_cast<int>(slices[static_cast<std::size_t>(pk.slice)]);
          out.placed.push_back(row(ts, p, c, l, pk));
        }
      }
    }
  }

  // 3. Subarticular points on axial T2: each level's canal point carried through patient
  //    coordinates into the axial stack picks the slice; the axial net places left and right.
  if (missing(AxialT2)) {
    const int ai = seriesForHead(input, AxialT2);
    if (ai < 0) {
      out.notes.push_back("the study has no Axial T2 series: subarticular points were not placed");
    } else {
      const TaskSeries& axs = input.series[static_cast<std::size_t>(ai)];
      const image::Image& axv = *axs.volume;
      const PreparedSeries p = prepareSeries(axv, S);
      for (int l = 0; l < rsna::kLevels; ++l) {
        const auto L = static_cast<std::size_t>(l);
        if (givenAt(rsna::LeftSubarticular, l) && givenAt(rsna::RightSubarticular, l)) continue;
        if (!canalOk[L]) {
          out.notes.push_back("no spinal canal point at " + lvl[L] +
                              ": its axial slice cannot be found");
          continue;
        }
        const image::Vec3 idx = axv.geometry.patientToIndex(canalPatient[L]);
        if (idx[2] < -1.0 || idx[2] > axv.depth()) {
          out.notes.push_back(
              "the " + lvl[L] +
              " level lies outside the axial stack: subarticular points not placed");
          continue;
        }
        const int slice = std::clamp(static_cast<int>(std::lround(idx[2])), 0, axv.depth() - 1);
        const torch::Tensor maps = net().forwardHead(AxialT2, stackAt(p, slice).unsqueeze(0))[0];
        for (int side = 0; side < 2; ++side) {
          const int c = side == 0 ? rsna::LeftSubarticular : rsna::RightSubarticular;
          if (givenAt(c, l)) continue;
          Peak pk = decodePeak(maps.select(0, side).unsqueeze(0));
          pk.slice = slice;
          out.placed.push_back(row(axs, p, c, l, pk));
        }
      }
    }
  }
  out.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return out;
}

}  // namespace osteon::ai::lumbar
