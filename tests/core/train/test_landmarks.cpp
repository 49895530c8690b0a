// core/train landmark training: the AASCE-layout reader's errors, the fixed split, augmentation
// that moves images and landmarks together, and a short training run on spine phantoms.

#include <filesystem>
#include <fstream>

#include "core/base/error.h"
#include "core/phantom/spine_xray.h"
#include "core/train/landmarks.h"
#include "tests/support/test_support.h"

using namespace osteon;
namespace fs = std::filesystem;

namespace {

std::string writePhantoms(const test::TempDir& dir, int count) {
  phantom::SpineXrayOptions o;
  o.seed = 40;
  o.width = 240;
  o.height = 600;
  o.pixelSpacing = 1.5;
  const std::string root = dir.file("xray");
  phantom::writeSpineXrayDataset(root, o, count);
  return root;
}

}  // namespace

TEST_CASE("the AASCE-layout reader reports bad rows and refuses a wrong layout") {
  test::TempDir dir;
  const std::string root = writePhantoms(dir, 4);
  auto data = train::scanLandmarkDataset(root);
  CHECK(data.samples.size() == 4);
  CHECK(data.problems.empty());
  CHECK(data.samples[0].hasAngles);
  CHECK(data.samples[0].row.size() == 136);

  std::ifstream in(root + "/landmarks.csv");
  std::vector<std::string> lines;
  for (std::string l; std::getline(in, l);)
    lines.push_back(l);
  in.close();
  auto rewrite = [&](const std::vector<std::string>& ls) {
    std::ofstream out(root + "/landmarks.csv");
    for (const auto& l : ls)
      out << l << "\n";
  };
  // A short row makes the CSV malformed: refused with the line.
  auto shortRow = lines;
  shortRow[1] = shortRow[1].substr(0, shortRow[1].rfind(','));
  rewrite(shortRow);
  CHECK_THROWS_WITH(train::scanLandmarkDataset(root), Catch::Contains("line 2: 135 fields"));
  // A missing image, a non-number and a value far outside [0, 1]: reported, the rest kept.
  lines[1].replace(0, lines[1].find(','), "abc");
  lines[2].replace(0, lines[2].find(','), "7.5");
  rewrite(lines);
  std::ifstream names(root + "/filenames.csv");
  std::string first;
  std::getline(names, first);
  fs::remove(fs::path(root) / "images" / first);
  data = train::scanLandmarkDataset(root);
  CHECK(data.samples.size() == 1);
  REQUIRE(data.problems.size() == 3);
  CHECK_THAT(data.text(), Catch::Contains("image file is missing"));
  CHECK_THAT(data.text(), Catch::Contains("normalised to [0, 1]"));
  CHECK_THAT(data.text(), Catch::Contains("'abc' is not a number"));

  std::ofstream(root + "/filenames.csv", std::ios::app) << "extra.png\n";
  CHECK_THROWS_WITH(train::scanLandmarkDataset(root),
                    Catch::Contains("rows but filenames.csv has"));
  fs::remove(fs::path(root) / "landmarks.csv");
  CHECK_THROWS_WITH(train::scanLandmarkDataset(root), Catch::Contains("landmarks.csv is missing"));
  CHECK_THROWS_AS(train::scanLandmarkDataset(dir.file("nowhere")), osteon::Error);
}

TEST_CASE("the split keeps the last rows for testing and every k-th other row for validation") {
  const auto s = train::splitLandmarkDataset(481, 0.2, 8);
  CHECK(s.test.size() == 96);
  CHECK(s.test.front() == 385);
  CHECK(s.test.back() == 480);
  CHECK(s.val.size() == 48);
  CHECK(s.val.front() == 7);
  CHECK(s.train.size() + s.val.size() == 385);
  CHECK_THROWS_AS(train::splitLandmarkDataset(10, 1.0, 8), osteon::Error);
}

TEST_CASE("augmentation moves each landmark with its image") {
  // Bright dots at 68 landmark positions on a dark image: after augmentation the dots must sit
  // under the transformed landmarks.
  phantom::SpineXrayOptions o;
  o.alsType = 4;
  o.magnitude = 40;
  const auto x = phantom::makeSpineXray(o);
  const int W = 128, H = 320, B = 6;
  torch::Tensor img = torch::zeros({B, H, W});
  torch::Tensor lm = torch::zeros({B, 136});
  for (int b = 0; b < B; ++b)
    for (int i = 0; i < 68; ++i) {
      const double u = x.landmarks[static_cast<std::size_t>(i)].x / x.image.width();
      const double v = x.landmarks[static_cast<std::size_t>(i)].y / x.image.height();
      lm[b][i] = u;
      lm[b][i + 68] = v;
      const int px = static_cast<int>(u * W), py = static_cast<int>(v * H);
      img[b]
          .slice(0, std::max(0, py - 1), std::min(H, py + 2))
          .slice(1, std::max(0, px - 1), std::min(W, px + 2))
          .fill_(1.0);
    }
  torch::manual_seed(11);
  torch::Tensor a = img.clone(), l = lm.clone();
  train::augmentLandmarkBatch(a, l);
  double onDots = 0, background = a.mean().item<double>();
  int counted = 0;
  for (int b = 0; b < B; ++b)
    for (int i = 0; i < 68; ++i) {
      const int px = static_cast<int>(l[b][i].item<double>() * W);
      const int py = static_cast<int>(l[b][i + 68].item<double>() * H);
      if (px < 1 || py < 1 || px >= W - 1 || py >= H - 1) continue;
      onDots += a[b].slice(0, py - 1, py + 2).slice(1, px - 1, px + 2).max().item<double>();
      ++counted;
    }
  REQUIRE(counted > 300);
  onDots /= counted;
  INFO("mean at landmarks " << onDots << ", image mean " << background);
  CHECK(onDots > background + 0.45);
  // The images did change (a rotation/zoom/shift/mirror was applied).
  CHECK_FALSE(torch::allclose(l, lm));
}

TEST_CASE("the endplate loss sees tilts that the coordinate loss barely weighs") {
  torch::Tensor t = torch::rand({1, 136});
  CHECK(train::endplateLoss(t, t, 2.0).item<double>() == Approx(0).margin(1e-9));
  // A whole-spine shift changes coordinates but no endplate vector.
  torch::Tensor shifted = t.clone();
  shifted.slice(1, 0, 68) += 0.05;
  CHECK(train::endplateLoss(shifted, t, 2.0).item<double>() == Approx(0).margin(1e-6));
  // Raising one top-right corner tilts T1's top endplate: 1 of 68 values changes by d, one of the
  // 68 endplate components by d * aspect.
  torch::Tensor tilted = t.clone();
  tilted[0][68 + 1] += 0.02;
  CHECK(train::endplateLoss(tilted, t, 2.0).item<double>() ==
        Approx(0.02 * 2.0 / 68).epsilon(1e-4));
}

TEST_CASE("training on spine phantoms lowers the loss and stores held-out metrics") {
  test::TempDir dir;
  const std::string root = writePhantoms(dir, 28);
  const auto data = train::scanLandmarkDataset(root);
  train::LandmarkTrainOptions o;
  o.architecture = "landmarknet-small";
  o.inputWidth = 64;
  o.inputHeight = 160;
  o.epochs = 10;
  o.batchSize = 8;
  o.testFraction = 0.25;
  o.valEvery = 4;
  o.provenance = "test";
  int calls = 0;
  const auto r = train::trainLandmarks(data, o, dir.file("lm.osteon"),
                                       [&](const train::LandmarkEpoch&) { ++calls; });
  CHECK(calls == 10);
  REQUIRE(r.epochs.size() == 10);
  INFO("first loss " << r.epochs.front().trainLoss << ", last " << r.epochs.back().trainLoss);
  CHECK(r.epochs.back().trainLoss < 0.8 * r.epochs.front().trainLoss);
  CHECK(r.test.images == 7);
  CHECK(r.test.meanErrorPx > 0);
  const ai::SpineLandmarkModel m(dir.file("lm.osteon"));
  CHECK(m.info().metrics.at("test").at("images") == 7);
  CHECK(m.info().metrics.at("split").at("test") == 7);
  // Evaluating the saved model again reproduces the stored test metrics.
  const auto split = train::splitLandmarkDataset(data.samples.size(), 0.25, 4);
  const auto e = train::evaluateLandmarks(m, data, split.test);
  CHECK(e.meanErrorPx == Approx(r.test.meanErrorPx).epsilon(1e-4));
  CHECK(e.smape == Approx(r.test.smape).epsilon(1e-4));
}
