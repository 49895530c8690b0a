// core/ai's CAM methods: hand-computed small cases from each method's published definition,
// properties that tie the methods together (Grad-CAM == CAM at a global-average-pooling network's
// last stage, Layer-CAM == Grad-CAM with spatially constant positive gradients, Eigen-CAM's sign
// rule), and PyTorch + torchvision on the same weights (an independent reference written from the
// papers, tests/support/torch_cam_reference.py): logits and every CAM method equal within 1e-4,
// never on a degenerate all-zero map. Model packages refuse wrong, truncated and foreign files.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>

#include "core/ai/cam.h"
#include "core/ai/model_package.h"
#include "core/ai/torchscript_model.h"
#include "core/base/error.h"
#include "tests/core/ai/ai_test_support.h"
#include "tests/support/test_support.h"

using namespace osteon;

namespace {

// A network whose CAM stage "feat" is its input (C channels, h x w) and whose logits are linear in
// it: logit_c = sum_kij W[c][k][i][j] A^k_ij. The gradient of class c at the stage is W[c] and the
// Score-CAM masks are the channels themselves (no resampling at the same size), so every method
// can be worked out by hand.
struct LinearNet : ai::Network {
  explicit LinearNet(torch::Tensor weights) : W(std::move(weights)) {}
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    torch::Tensor a = x.detach().clone();
    if (torch::GradMode::is_enabled()) a.requires_grad_(true);
    if (layer == "feat") activation = a;
    return torch::matmul(a.flatten(1), W.flatten(1).t());  // (N, classes)
  }
  std::vector<std::string> camLayers() const override { return {"feat"}; }
  std::string architecture() const override { return "linear"; }
  torch::Tensor W;  // (classes, C, h, w)
};

torch::Tensor grid(std::initializer_list<std::initializer_list<float>> rows) {
  std::vector<float> v;
  int64_t h = 0, w = 0;
  for (const auto& r : rows) {
    ++h;
    w = static_cast<int64_t>(r.size());
    v.insert(v.end(), r.begin(), r.end());
  }
  return torch::tensor(v).view({h, w});
}

// The two channels used by the hand-computed cases: A^1 = [1 2; 3 4], A^2 = [4 5; 0 0].
torch::Tensor handInput() {
  return torch::stack({grid({{1, 2}, {3, 4}}), grid({{4, 5}, {0, 0}})}).unsqueeze(0);
}

void checkRaw(const ai::CamResult& r, std::initializer_list<std::initializer_list<double>> want) {
  REQUIRE(r.raw.dim() == 2);
  int i = 0;
  for (const auto& row : want) {
    int j = 0;
    for (double v : row) {
      INFO("(" << i << ", " << j << ")");
      CHECK(r.raw[i][j].item<double>() == Approx(v).margin(1e-5));
      ++j;
    }
    ++i;
  }
}

// A map that is all zero or constant says nothing; comparing two of them would pass blindly.
// Normalised and upsampled, an informative map spans most of [0, 1] (bilinear resampling may
// not reach the raw extremes exactly).
bool informative(const ai::CamResult& r) {
  const double hi = r.raw.max().item<double>(), lo = r.raw.min().item<double>();
  return hi > 0 && hi > lo && r.map.max().item<double>() - r.map.min().item<double>() > 0.5;
}

void requireInformative(const ai::CamResult& r, const std::string& what) {
  INFO(what << ": raw " << r.raw.min().item<double>() << ".." << r.raw.max().item<double>()
            << ", map " << r.map.min().item<double>() << ".." << r.map.max().item<double>());
  REQUIRE(informative(r));
}

double sigmoid(double z) {
  return 1 / (1 + std::exp(-z));
}

}  // namespace

TEST_CASE("each CAM method reproduces a hand-computed case from its published definition") {
  // Class 1's gradient at the stage is W[1]: channel 1 all ones (mean 1), channel 2
  // [-2 1; 0 -3] (mean -1). Class 0 reads channel 1's sum (Score-CAM below).
  torch::Tensor W = torch::zeros({2, 2, 2, 2});
  W[0][0] = torch::ones({2, 2});
  W[1][0] = torch::ones({2, 2});
  W[1][1] = grid({{-2, 1}, {0, -3}});
  LinearNet net(W);
  const torch::Tensor x = handInput();

  // Grad-CAM (Selvaraju et al.): alpha = (1, -1); relu(A^1 - A^2) = relu([-3 -3; 3 4]).
  checkRaw(ai::computeCam(net, x, 1, "feat", ai::CamMethod::GradCam), {{0, 0}, {3, 4}});
  // Layer-CAM (Jiang et al.): relu(g) = (1, [0 1; 0 0]); A^1 + [0 5; 0 0].
  checkRaw(ai::computeCam(net, x, 1, "feat", ai::CamMethod::LayerCam), {{1, 7}, {3, 4}});
  // Grad-CAM++ (Chattopadhay et al., eq. 19): channel 1, g = 1, sum A = 10: alpha = 1/12 at each
  // of 4 pixels, w = 4/12 = 1/3. Channel 2, sum A = 9: only g = 1 has relu(g) > 0, alpha =
  // 1/(2 + 9) = 1/11, w = 1/11. cam = A^1/3 + A^2/11 = [23 37; 33 44] / 33.
  checkRaw(ai::computeCam(net, x, 1, "feat", ai::CamMethod::GradCamPlusPlus),
           {{23.0 / 33, 37.0 / 33}, {1, 44.0 / 33}});

  // Score-CAM, class 0 (logit = sum of channel 1, class 1 set to 0 here). Masks: A^1 -> [0 1/3;
  // 2/3 1], A^2 -> [0.8 1; 0 0]; masked channel-1 sums 0 + 2/3 + 2 + 4 = 20/3 and 0.8 + 2 = 2.8.
  torch::Tensor W0 = torch::zeros({2, 2, 2, 2});
  W0[0][0] = torch::ones({2, 2});
  LinearNet net0(W0);
  // Authors' weighting: softmax over the two classes of (s, 0) at class 0 = sigmoid(s).
  const double a1 = sigmoid(20.0 / 3), a2 = sigmoid(2.8);
  checkRaw(ai::computeCam(net0, x, 0, "feat", ai::CamMethod::ScoreCam),
           {{a1 * 1 + a2 * 4, a1 * 2 + a2 * 5}, {a1 * 3, a1 * 4}});
  // pytorch-grad-cam's weighting: softmax over the channels of the class logits (20/3, 2.8).
  const double b1 = 1 / (1 + std::exp(2.8 - 20.0 / 3)), b2 = 1 - b1;
  checkRaw(ai::computeCam(net0, x, 0, "feat", ai::CamMethod::ScoreCamChannels),
           {{b1 * 1 + b2 * 4, b1 * 2 + b2 * 5}, {b1 * 3, b1 * 4}});
  CHECK(ai::camMethodFromName("scorecam-channels") == ai::CamMethod::ScoreCamChannels);
  CHECK(std::string(ai::camMethodName(ai::CamMethod::ScoreCamChannels)) == "scorecam-channels");
}

TEST_CASE("Eigen-CAM's sign follows the channel-mean activation, not rounding") {
  LinearNet net(torch::zeros({1, 2, 2, 2}));
  // Rank one after centring: A^2 = 2 A^1 + 1, so the principal component is s = A^1 - 2.5 =
  // [-1.5 -0.5; 0.5 1.5] with loading (1, 2)/sqrt(5): projection +-sqrt(5) s. The channel mean
  // (3 A^1 + 1) / 2 rises with s, so the map is relu(+sqrt(5) s).
  const torch::Tensor up = torch::stack({grid({{1, 2}, {3, 4}}), grid({{3, 5}, {7, 9}})});
  const double r5 = std::sqrt(5.0);
  checkRaw(ai::computeCam(net, up.unsqueeze(0), 0, "feat", ai::CamMethod::EigenCam),
           {{0, 0}, {0.5 * r5, 1.5 * r5}});
  // A^2 = 20 - 2 A^1: same component up to sign, but now the channel mean (20 - A^1) / 2 falls
  // with s, so the map is relu(-sqrt(5) s): the strong pixels are the top-left ones.
  const torch::Tensor down = torch::stack({grid({{1, 2}, {3, 4}}), grid({{18, 16}, {14, 12}})});
  checkRaw(ai::computeCam(net, down.unsqueeze(0), 0, "feat", ai::CamMethod::EigenCam),
           {{1.5 * r5, 0.5 * r5}, {0, 0}});
  // The same activations with both channels scaled by -1 and shifted to stay positive change
  // nothing about which pixels have strong features, only the SVD's arbitrary sign.
  const torch::Tensor mirrored = 10 - up;  // channel mean now falls with s
  checkRaw(ai::computeCam(net, mirrored.unsqueeze(0), 0, "feat", ai::CamMethod::EigenCam),
           {{1.5 * r5, 0.5 * r5}, {0, 0}});
}

TEST_CASE("Grad-CAM is CAM at a pooled network's last stage, and Layer-CAM equals it there") {
  // ResNet-18: layer4 -> global average pooling -> fc. The gradient of class c at layer4 is
  // fc.weight[c][k] / (h w) at every pixel, so Grad-CAM is Zhou et al.'s CAM
  // relu(sum_k w_ck A^k) up to the factor 1 / (h w).
  torch::manual_seed(11);
  auto net = ai::makeNetwork("resnet18", 3);
  test::randomizeBatchNormStatistics(*net);
  net->eval();
  const torch::Tensor x = torch::randn({1, 3, 128, 96});
  const int cls = 2;
  torch::Tensor A;
  {
    torch::NoGradGuard ng;
    net->forwardCapture(x, "layer4", A);
  }
  REQUIRE(A.defined());
  torch::Tensor fc = net->named_parameters()["fc.weight"];
  const double hw = static_cast<double>(A.size(2) * A.size(3));
  const auto cam = [&](const torch::Tensor& w) {
    torch::NoGradGuard ng;
    return torch::relu((w.view({-1, 1, 1}) * A[0]).sum(0)) / hw;
  };
  const ai::CamResult g = ai::computeCam(*net, x, cls, "layer4", ai::CamMethod::GradCam);
  requireInformative(g, "gradcam");
  CHECK(torch::allclose(g.raw, cam(fc[cls].detach()), 1e-4, 1e-6));

  // With every weight of the class made positive the gradients are constant and positive:
  // Layer-CAM's relu(g) A sums to exactly Grad-CAM's map.
  {
    torch::NoGradGuard ng;
    fc[cls].abs_();
  }
  const ai::CamResult g2 = ai::computeCam(*net, x, cls, "layer4", ai::CamMethod::GradCam);
  const ai::CamResult l2 = ai::computeCam(*net, x, cls, "layer4", ai::CamMethod::LayerCam);
  requireInformative(l2, "layercam");
  CHECK(torch::allclose(l2.raw, g2.raw, 1e-4, 1e-6));
  CHECK(torch::allclose(g2.raw, cam(fc[cls].detach()), 1e-4, 1e-6));
  // With mixed signs they differ (Layer-CAM drops the negative gradients).
  {
    torch::NoGradGuard ng;
    const torch::Tensor one = torch::ones({fc.size(1)});
    fc[cls].mul_(torch::where(torch::arange(fc.size(1)) % 2 == 0, one, -one));
  }
  const ai::CamResult g3 = ai::computeCam(*net, x, cls, "layer4", ai::CamMethod::GradCam);
  const ai::CamResult l3 = ai::computeCam(*net, x, cls, "layer4", ai::CamMethod::LayerCam);
  CHECK_FALSE(torch::allclose(l3.raw, g3.raw, 1e-3, 1e-5));

  // Eigen-CAM's map correlates positively with the channel-mean activation map (its sign rule).
  const ai::CamResult e = ai::computeCam(*net, x, cls, "layer4", ai::CamMethod::EigenCam);
  requireInformative(e, "eigencam");
  const torch::Tensor mean = A[0].mean(0);
  CHECK((e.raw * (mean - mean.mean())).sum().item<double>() > 0);
}

TEST_CASE("ResNet and EfficientNet logits and all CAM methods match PyTorch within 1e-4") {
  if (!test::pythonHas("torch") || !test::pythonHas("torchvision"))
    OSTEON_SKIP("python3-torch/torchvision are not installed");
  // An untrained network's map is often all zero (e.g. the channels of efficientnet_b0's
  // features.6 sum below 0 at every pixel, so every Score-CAM map is relu(negative) = 0), and two
  // all-zero maps agree whatever the formulas. So the first (stage, class) of each list where
  // every method gives an informative map is compared; the reference refuses degenerate maps too.
  const auto [arch, stages] = GENERATE(table<std::string, std::vector<std::string>>(
      {{"resnet18", {"layer3", "layer2"}},
       {"efficientnet_b0", {"features.6", "features.4", "features.5", "features.3"}},
       {"efficientnet_b3", {"features.4", "features.5", "features.3", "features.6"}}}));
  const std::vector<std::string> methods{"gradcam",  "gradcam++", "layercam",
                                         "eigencam", "scorecam",  "scorecam-channels"};
  torch::manual_seed(7);
  ai::useAllCores();
  auto net = ai::makeNetwork(arch, 3);
  // Batch-norm statistics measured on random images, as training leaves them: with made-up
  // statistics an untrained EfficientNet's activations collapse to a constant and its gradients
  // to ~1e-11, and every map is noise.
  {
    torch::NoGradGuard ng;
    net->train();
    for (int i = 0; i < 30; ++i)
      net->forward(torch::randn({4, 3, 96, 80}));
  }
  net->eval();
  test::TempDir dir;
  ai::ModelInfo info;
  info.task = "test";
  info.architecture = arch;
  info.classNames = {"a", "b", "c"};
  ai::saveModel(dir.file("m.osteon"), info, *net);
  const int H = 96, W = 80;
  const torch::Tensor x = torch::randn({1, 3, H, W});
  {
    std::ofstream f(dir.file("x.raw"), std::ios::binary);
    f.write(reinterpret_cast<const char*>(x.data_ptr<float>()),
            static_cast<std::streamsize>(x.numel() * 4));
  }
  const ai::LoadedModel loaded = ai::loadModel(dir.file("m.osteon"));
  std::string layer;
  int cls = -1;
  std::map<std::string, ai::CamResult> maps;
  for (const auto& l : stages) {
    for (int c = 0; c < 3 && layer.empty(); ++c) {
      maps.clear();
      for (const auto& m : methods) {
        ai::CamResult r = ai::computeCam(*loaded.network, x, c, l, ai::camMethodFromName(m));
        if (!informative(r)) break;
        maps.emplace(m, std::move(r));
      }
      if (maps.size() == methods.size()) layer = l, cls = c;
    }
    if (!layer.empty()) break;
  }
  INFO(arch << " at " << layer << ", class " << cls);
  REQUIRE(!layer.empty());
  const auto res = test::runCommand(
      test::shellQuote(test::pythonExe()) + " " +
      test::shellQuote(test::sourcePath("tests/support/torch_cam_reference.py")) + " " +
      test::shellQuote(dir.file("m.osteon")) + " " + test::shellQuote(dir.file("x.raw")) + " " +
      std::to_string(H) + " " + std::to_string(W) + " " + std::to_string(cls) + " " + layer + " " +
      test::shellQuote(dir.path()));
  INFO(res.output);
  REQUIRE(res.status == 0);
  const auto logits = test::readDoubles(dir.file("logits.raw"));
  REQUIRE(logits.size() == 3);
  for (const auto& m : methods) {
    INFO(m);
    const ai::CamResult& r = maps.at(m);
    for (int c = 0; c < 3; ++c)
      CHECK(r.logits[c].item<double>() == Approx(logits[static_cast<std::size_t>(c)]).margin(1e-4));
    const auto ref = test::readDoubles(dir.file(m + ".raw"));
    REQUIRE(ref.size() == static_cast<std::size_t>(H * W));
    // The reference refuses degenerate maps itself (exit 3); its map spans most of [0, 1] too.
    CHECK(*std::max_element(ref.begin(), ref.end()) - *std::min_element(ref.begin(), ref.end()) >
          0.5);
    REQUIRE(r.map.size(0) == H);
    REQUIRE(r.map.size(1) == W);
    const float* p = r.map.contiguous().data_ptr<float>();
    double worst = 0;
    for (std::size_t i = 0; i < ref.size(); ++i)
      worst = std::max(worst, std::fabs(p[i] - ref[i]));
    INFO(m << ": largest difference " << worst);
    CHECK(worst <= 1e-4);
  }
}

TEST_CASE("model packages round trip and refuse wrong, truncated and foreign files") {
  test::TempDir dir;
  auto net = ai::makeNetwork("resnet18", 2);
  net->eval();
  ai::ModelInfo info;
  info.task = "osteoporosis";
  info.architecture = "resnet18";
  info.classNames = {"Healthy Patient", "Patient with Osteoporosis"};
  info.provenance = "test";
  ai::saveModel(dir.file("m.osteon"), info, *net);
  const auto m = ai::loadModel(dir.file("m.osteon"));
  CHECK(m.info.classNames == info.classNames);
  const torch::Tensor x = torch::randn({1, 3, 64, 64});
  torch::NoGradGuard ng;
  CHECK(torch::allclose(m.network->forward(x), net->forward(x), 1e-5, 1e-5));

  std::ifstream in(dir.file("m.osteon"), std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  std::ofstream(dir.file("cut.osteon"), std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  CHECK_THROWS_WITH(ai::loadModel(dir.file("cut.osteon")), Catch::Contains("truncated"));
  std::ofstream(dir.file("foreign.pt"), std::ios::binary) << "PK\x03\x04 not ours";
  CHECK_THROWS_WITH(ai::loadModel(dir.file("foreign.pt")),
                    Catch::Contains("not an Osteon model package"));
  CHECK_THROWS_WITH(ai::loadModel(dir.file("missing.osteon")), Catch::Contains("cannot open"));
  CHECK_THROWS_AS(ai::makeNetwork("vgg16", 3), osteon::Error);
  CHECK_THROWS_WITH(ai::computeCam(*m.network, x, 5, "layer4", ai::CamMethod::GradCam),
                    Catch::Contains("out of range"));
  CHECK_THROWS_WITH(ai::computeCam(*m.network, x, 0, "layer9", ai::CamMethod::GradCam),
                    Catch::Contains("unknown layer"));
}

TEST_CASE("a TorchScript ResNet exported from python3-torch gives the same logits in Osteon") {
  if (!test::pythonHas("torch") || !test::pythonHas("torchvision"))
    OSTEON_SKIP("python3-torch/torchvision are not installed");
  test::TempDir dir;
  const auto res = test::runCommand(
      test::shellQuote(test::pythonExe()) + " " +
      test::shellQuote(test::sourcePath("tools/export_torchscript.py")) + " resnet18 " +
      test::shellQuote(dir.file("r18.pt")) + " --classes a,b,c,d --size 128 --seed 3 --reference " +
      test::shellQuote(dir.file("x.raw")) + " " + test::shellQuote(dir.file("logits.raw")));
  INFO(res.output);
  REQUIRE(res.status == 0);
  ai::TorchScriptModel m(dir.file("r18.pt"));
  CHECK(m.classNames() == std::vector<std::string>{"a", "b", "c", "d"});
  CHECK(m.inputSize() == 128);
  std::ifstream in(dir.file("x.raw"), std::ios::binary);
  std::vector<float> x(3 * 128 * 128);
  in.read(reinterpret_cast<char*>(x.data()), static_cast<std::streamsize>(x.size() * 4));
  const torch::Tensor input = torch::from_blob(x.data(), {1, 3, 128, 128}, torch::kFloat32).clone();
  const torch::Tensor logits = m.forward(input);
  const auto ref = test::readDoubles(dir.file("logits.raw"));
  REQUIRE(ref.size() == 4);
  for (int c = 0; c < 4; ++c)
    CHECK(logits[0][c].item<double>() == Approx(ref[static_cast<std::size_t>(c)]).margin(1e-4));
  std::ofstream(dir.file("bad.pt")) << "not a model";
  CHECK_THROWS_WITH(ai::TorchScriptModel(dir.file("bad.pt")),
                    Catch::Contains("not a loadable TorchScript model"));
}
