// core/ai against PyTorch + torchvision on the same weights: logits and every CAM method equal
// within 1e-4; model packages refuse wrong, truncated and foreign files.

#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/ai/cam.h"
#include "core/ai/model_package.h"
#include "core/ai/torchscript_model.h"
#include "core/base/error.h"
#include "tests/core/ai/ai_test_support.h"
#include "tests/support/test_support.h"

using namespace osteon;

TEST_CASE("ResNet and EfficientNet logits and all five CAM methods match PyTorch within 1e-4") {
  if (!test::pythonHas("torch") || !test::pythonHas("torchvision"))
    OSTEON_SKIP("python3-torch/torchvision are not installed");
  const auto [arch, layer] =
      GENERATE(table<std::string, std::string>({{"resnet18", "layer3"},
                                                {"efficientnet_b0", "features.6"},
                                                {"efficientnet_b3", "features.4"}}));
  INFO(arch << " at " << layer);
  torch::manual_seed(7);
  ai::useAllCores();
  auto net = ai::makeNetwork(arch, 3);
  test::randomizeBatchNormStatistics(*net);
  net->eval();
  test::TempDir dir;
  ai::ModelInfo info;
  info.task = "test";
  info.architecture = arch;
  info.classNames = {"a", "b", "c"};
  ai::saveModel(dir.file("m.osteon"), info, *net);
  const int H = 96, W = 80, cls = 1;
  const torch::Tensor x = torch::randn({1, 3, H, W});
  {
    std::ofstream f(dir.file("x.raw"), std::ios::binary);
    f.write(reinterpret_cast<const char*>(x.data_ptr<float>()),
            static_cast<std::streamsize>(x.numel() * 4));
  }
  const ai::LoadedModel loaded = ai::loadModel(dir.file("m.osteon"));
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
  for (const char* m : {"gradcam", "gradcam++", "layercam", "eigencam", "scorecam"}) {
    DYNAMIC_SECTION(m) {
      const ai::CamResult r =
          ai::computeCam(*loaded.network, x, cls, layer, ai::camMethodFromName(m));
      for (int c = 0; c < 3; ++c)
        CHECK(r.logits[c].item<double>() ==
              Approx(logits[static_cast<std::size_t>(c)]).margin(1e-4));
      const auto ref = test::readDoubles(dir.file(std::string(m) + ".raw"));
      REQUIRE(ref.size() == static_cast<std::size_t>(H * W));
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
