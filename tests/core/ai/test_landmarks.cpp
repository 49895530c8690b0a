// core/ai spine landmark models: the mirror map, the landmark network, packages with a
// non-square input, and the refusal of models made for other tasks.

#include <cmath>
#include <fstream>

#include "core/ai/model_package.h"
#include "core/ai/spine_landmarks.h"
#include "core/base/error.h"
#include "core/phantom/spine_xray.h"
#include "tests/core/ai/ai_test_support.h"
#include "tests/support/test_support.h"

using namespace osteon;

TEST_CASE("mirroring landmarks swaps each vertebra's left and right corners and flips x") {
  torch::manual_seed(3);
  const torch::Tensor p = torch::rand({2, 136});
  const torch::Tensor m = ai::mirrorLandmarks(p);
  // T1 top-left of the mirror = 1 - x of T1 top-right; y keeps its corner's value.
  CHECK(m[0][0].item<float>() == Approx(1 - p[0][1].item<float>()));
  CHECK(m[0][68].item<float>() == Approx(p[0][69].item<float>()));
  CHECK(m[1][4 * 16 + 3].item<float>() == Approx(1 - p[1][4 * 16 + 2].item<float>()));
  // Twice is the identity, and the Cobb angles of a mirrored spine are unchanged.
  CHECK(torch::allclose(ai::mirrorLandmarks(m), p));
  phantom::SpineXrayOptions o;
  o.alsType = 3;
  o.magnitude = 35;
  const auto x = phantom::makeSpineXray(o);
  std::vector<float> row;
  for (const auto& q : x.landmarks)
    row.push_back(static_cast<float>(q.x / x.image.width()));
  for (const auto& q : x.landmarks)
    row.push_back(static_cast<float>(q.y / x.image.height()));
  const torch::Tensor mm = ai::mirrorLandmarks(torch::from_blob(row.data(), {1, 136}).clone());
  std::vector<annotation::Point2> mirrored;
  for (int i = 0; i < 68; ++i)
    mirrored.push_back({mm[0][i].item<double>() * x.image.width(),
                        mm[0][i + 68].item<double>() * x.image.height()});
  const auto a = annotation::cobbAngles(x.landmarks, x.image.height());
  const auto b = annotation::cobbAngles(mirrored, x.image.height());
  CHECK(b.principal == Approx(a.principal).margin(1e-3));
  CHECK(b.upper == a.upper);
  CHECK(b.lower == a.lower);
}

TEST_CASE("the landmark network regresses 136 values from a non-square input") {
  auto net = ai::makeNetwork("landmarknet-small", 136, 64, 160);
  net->eval();
  torch::NoGradGuard ng;
  const torch::Tensor y = net->forward(torch::randn({2, 3, 160, 64}));
  CHECK(y.sizes().vec() == std::vector<int64_t>{2, 136});
  // A new regressor starts at its bias: every image gives the same (bias) layout.
  CHECK(torch::allclose(y[0], y[1]));
  CHECK_THROWS_WITH(ai::makeNetwork("landmarknet", 136, 100, 160),
                    Catch::Contains("multiples of 32"));
}

TEST_CASE("a landmark model package keeps its input size and is refused for other tasks") {
  test::TempDir dir;
  torch::manual_seed(1);
  auto net = ai::makeNetwork("landmarknet-small", 136, 64, 128);
  ai::ModelInfo info;
  info.task = ai::kSpineLandmarkTask;
  info.architecture = "landmarknet-small";
  info.classNames = ai::spineLandmarkOutputNames();
  info.inputSize = 64;
  info.inputHeight = 128;
  info.provenance = "test";
  net->eval();
  ai::saveModel(dir.file("lm.osteon"), info, *net);
  const ai::SpineLandmarkModel m(dir.file("lm.osteon"));
  CHECK(m.info().inputSize == 64);
  CHECK(m.info().inputHeight == 128);
  CHECK(ai::spineLandmarkOutputNames()[0] == "x T1 top-left");
  CHECK(ai::spineLandmarkOutputNames()[135] == "y L5 bottom-right");
  // Prediction on an image of any size gives 68 points in its pixel frame.
  image::Image img(image::PixelType::UInt8, {300, 700, 1});
  for (std::size_t i = 0; i < img.voxelCount(); ++i)
    img.bytes()[i] = static_cast<std::uint8_t>(i % 251);
  const auto pts = m.predict(img);
  REQUIRE(pts.size() == 68);
  // The same network evaluated by hand, mirror-averaged, gives the same points.
  torch::NoGradGuard ng;
  const torch::Tensor x = m.input(img);
  CHECK(x.sizes().vec() == std::vector<int64_t>{1, 3, 128, 64});
  const torch::Tensor p = m.predictNormalized(x);
  CHECK(pts[5].x == Approx(p[0][5].item<double>() * 300).epsilon(1e-5));
  CHECK(pts[5].y == Approx(p[0][68 + 5].item<double>() * 700).epsilon(1e-5));

  auto cls = ai::makeNetwork("resnet18", 2);
  ai::ModelInfo ci;
  ci.task = "osteoporosis";
  ci.architecture = "resnet18";
  ci.classNames = {"healthy", "osteoporosis"};
  ai::saveModel(dir.file("cls.osteon"), ci, *cls);
  CHECK_THROWS_WITH(ai::SpineLandmarkModel(dir.file("cls.osteon")),
                    Catch::Contains("not a spine landmark model"));
}

TEST_CASE("the landmark network equals an independent PyTorch definition within 1e-4") {
  if (!test::pythonHas("torch") || !test::pythonHas("torchvision"))
    OSTEON_SKIP("python3-torch/torchvision are not installed");
  test::TempDir dir;
  torch::manual_seed(5);
  auto net = ai::makeNetwork("landmarknet", 136, 96, 192);
  test::randomizeBatchNormStatistics(*net);
  {
    // A regressor that is not zero, as a trained model has.
    torch::NoGradGuard ng;
    for (auto& p : net->named_parameters(true))
      if (p.key() == "fc2.weight") p.value().normal_(0, 0.05);
  }
  net->eval();
  ai::ModelInfo info;
  info.task = ai::kSpineLandmarkTask;
  info.architecture = "landmarknet";
  info.classNames = ai::spineLandmarkOutputNames();
  info.inputSize = 96;
  info.inputHeight = 192;
  ai::saveModel(dir.file("lm.osteon"), info, *net);
  const torch::Tensor x = torch::randn({2, 3, 192, 96}).contiguous();
  {
    std::ofstream out(dir.file("x.raw"), std::ios::binary);
    out.write(reinterpret_cast<const char*>(x.data_ptr<float>()),
              static_cast<std::streamsize>(x.numel() * 4));
  }
  const auto res = test::runCommand(
      test::shellQuote(test::pythonExe()) + " " +
      test::shellQuote(test::sourcePath("tests/support/landmarknet_reference.py")) + " " +
      test::shellQuote(dir.file("lm.osteon")) + " " + test::shellQuote(dir.file("x.raw")) +
      " 2 192 96 " + test::shellQuote(dir.file("y.raw")));
  INFO(res.output);
  REQUIRE(res.status == 0);
  const auto ref = test::readDoubles(dir.file("y.raw"));
  REQUIRE(ref.size() == 2 * 136);
  torch::NoGradGuard ng;
  const torch::Tensor y = net->forward(x).contiguous();
  double worst = 0;
  for (int i = 0; i < 2 * 136; ++i)
    worst = std::max(worst, std::fabs(y.data_ptr<float>()[i] - ref[static_cast<std::size_t>(i)]));
  INFO("largest difference " << worst);
  CHECK(worst < 1e-4);
}
