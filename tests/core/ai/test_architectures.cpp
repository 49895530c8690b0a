// core/ai architectures beyond the torchvision ones: seed 004's five-block CNN, seed 000's head
// on any backbone, and the grouped (multi-output) probabilities and loss of the lumbar task.

#include <cmath>

#include "core/ai/cam.h"
#include "core/ai/model_package.h"
#include "core/ai/multi_output.h"
#include "core/base/error.h"
#include "tests/support/test_support.h"

using namespace osteon;

TEST_CASE("seed 004's five-block CNN classifies 256x256 slices and explains them") {
  torch::manual_seed(2);
  auto net = ai::makeNetwork("cnn5", 3);
  net->eval();
  const torch::Tensor x = torch::randn({2, 3, 256, 256});
  torch::Tensor act;
  {
    torch::NoGradGuard ng;
    const torch::Tensor y = net->forwardCapture(x, "block5", act);
    CHECK(y.sizes().vec() == std::vector<int64_t>{2, 3});
  }
  CHECK(act.sizes().vec() == std::vector<int64_t>{2, 512, 8, 8});  // five 2x2 poolings
  CHECK(net->camLayers().back() == "block5");
  const auto cam = ai::computeCam(*net, x.slice(0, 0, 1), 1, "block4", ai::CamMethod::GradCam);
  CHECK(cam.map.sizes().vec() == std::vector<int64_t>{256, 256});
  CHECK(cam.map.max().item<double>() <= 1.0 + 1e-6);
}

TEST_CASE("seed 000's head goes on any backbone and round-trips through a package") {
  test::TempDir dir;
  torch::manual_seed(3);
  for (const char* arch :
       {"resnet18+seed000head", "efficientnet_b0+seed000head", "cnn5+seed000head"}) {
    INFO(arch);
    auto net = ai::makeNetwork(arch, 7);
    net->eval();
    CHECK(net->architecture() == arch);
    CHECK(net->l2Parameters().size() == 3);
    CHECK(net->l2Weight() == 0.01);
    CHECK(net->l2Parameters()[0].size(0) == 1024);
    ai::ModelInfo info;
    info.task = "scoliosis";
    info.architecture = arch;
    info.classNames = {"3CH", "3CTL", "3CN", "3CL", "4C", "4CL", "4CTL"};
    info.inputSize = 96;
    ai::saveModel(dir.file("m.osteon"), info, *net);
    const ai::LoadedModel m = ai::loadModel(dir.file("m.osteon"));
    const torch::Tensor x = torch::randn({1, 3, 96, 96});
    torch::NoGradGuard ng;
    const torch::Tensor a = net->forward(x), b = m.network->forward(x);
    CHECK(a.sizes().vec() == std::vector<int64_t>{1, 7});
    CHECK(torch::allclose(a, b, 1e-5, 1e-6));
  }
  // CAM through the head reaches the backbone's layers.
  auto net = ai::makeNetwork("resnet18+seed000head", 7);
  net->eval();
  CHECK(net->camLayers().back() == "layer4");
  CHECK_NOTHROW(ai::computeCam(*net, torch::randn({1, 3, 64, 64}), 2, "layer4",
                               ai::CamMethod::GradCamPlusPlus));
  CHECK_THROWS_WITH(ai::makeNetwork("landmarknet+seed000head", 7, 64, 128),
                    Catch::Contains("cannot take"));
  CHECK_THROWS_WITH(ai::makeNetwork("vgg+seed000head", 7), Catch::Contains("unknown architecture"));
}

TEST_CASE("grouped outputs: a softmax per target and a weighted loss over labelled targets") {
  torch::manual_seed(4);
  const torch::Tensor logits = torch::randn({2, 25 * 3});
  const torch::Tensor p = ai::groupedProbabilities(logits, 25, 3);
  CHECK(p.sizes().vec() == std::vector<int64_t>{2, 25, 3});
  CHECK(torch::allclose(p.sum(2), torch::ones({2, 25})));
  CHECK_THROWS_AS(ai::groupedProbabilities(logits, 24, 3), osteon::Error);

  // Targets with gaps (-1): the loss is the weighted mean of -log p over labelled entries.
  torch::Tensor t = torch::full({2, 25}, -1, torch::kLong);
  t[0][0] = 0;
  t[0][3] = 2;
  t[1][24] = 1;
  const std::vector<double> w{1, 2, 4};
  const double expected =
      (1 * -std::log(p[0][0][0].item<double>()) + 4 * -std::log(p[0][3][2].item<double>()) +
       2 * -std::log(p[1][24][1].item<double>())) /
      (1 + 4 + 2);
  CHECK(ai::groupedCrossEntropy(logits, t, 3, w).item<double>() == Approx(expected).epsilon(1e-5));
  const double unweighted =
      (-std::log(p[0][0][0].item<double>()) - std::log(p[0][3][2].item<double>()) -
       std::log(p[1][24][1].item<double>())) /
      3;
  CHECK(ai::groupedCrossEntropy(logits, t, 3).item<double>() == Approx(unweighted).epsilon(1e-5));
  // Nothing labelled: zero, not NaN; gradients flow only to labelled groups.
  CHECK(ai::groupedCrossEntropy(logits, torch::full({2, 25}, -1, torch::kLong), 3).item<double>() ==
        0);
  torch::Tensor l = logits.clone().requires_grad_(true);
  ai::groupedCrossEntropy(l, t, 3, w).backward();
  CHECK(l.grad()[0].slice(0, 3, 6).abs().sum().item<double>() == 0);  // target 1 unlabelled
  CHECK(l.grad()[0].slice(0, 0, 3).abs().sum().item<double>() > 0);
}
