// Bring your own weights (core/ai/weight_import.h) against independent references:
//  - PyTorch: tests/support/torch_import_reference.py builds torchvision's resnet50, resnet101,
//    efficientnet_b1/b2, inception_v3 and lukemelas' EfficientNet-B0 (re-written from
//    efficientnet_pytorch with its names and static same padding) with python3-torch 1.13 /
//    torchvision 0.14, saves their state_dicts and eval-mode logits;
//  - Keras: tests/support/keras_import_reference.py writes Keras' HDF5 layouts with h5py and
//    computes the outputs with its own NumPy implementation of the Keras layers (no torch).
// Tolerance: |osteon - reference| <= 1e-4 * max(1, max |reference|) (float32 against float32
// PyTorch, or float64 NumPy; relative for large logits).

#include <cmath>
#include <fstream>

#include "core/ai/model_package.h"
#include "core/ai/networks.h"
#include "core/ai/weight_import.h"
#include "core/base/error.h"
#include "tests/support/test_support.h"

using namespace osteon;

namespace {

torch::Tensor readTensor(const std::string& path, std::vector<int64_t> shape) {
  const std::vector<double> v = test::readDoubles(path);
  int64_t n = 1;
  for (int64_t s : shape)
    n *= s;
  REQUIRE(static_cast<int64_t>(v.size()) == n);
  return torch::tensor(v, torch::kFloat64).reshape(shape).to(torch::kFloat32);
}

double maxDiff(const torch::Tensor& a, const torch::Tensor& ref) {
  return (a.to(torch::kFloat64) - ref.to(torch::kFloat64)).abs().max().item<double>();
}

double tolerance(const torch::Tensor& ref) {
  return 1e-4 * std::max(1.0, ref.abs().max().item<double>());
}

torch::Tensor logitsOf(ai::Network& net, const torch::Tensor& x) {
  torch::NoGradGuard ng;
  net.eval();
  return net.forward(x);
}

struct TorchReference {
  test::TempDir dir;
  bool ok = false;
  std::string output;
};

// The reference files, written once per run (about 10 s).
TorchReference& torchReference() {
  static TorchReference ref;
  static bool tried = false;
  if (!tried) {
    tried = true;
    if (test::pythonHas("torchvision")) {
      const auto res = test::runCommand(
          test::shellQuote(test::pythonExe()) + " " +
          test::shellQuote(test::sourcePath("tests/support/torch_import_reference.py")) + " " +
          test::shellQuote(ref.dir.path()) +
          " resnet50 resnet101 efficientnet_b1 efficientnet_b2 inception_v3 lukemelas_b0");
      ref.ok = res.status == 0;
      ref.output = res.output;
    }
  }
  return ref;
}

}  // namespace

TEST_CASE("torchvision state_dicts import and give PyTorch's logits", "[import][torch]") {
  if (!test::pythonHas("torchvision")) OSTEON_SKIP("python3-torchvision is not installed");
  TorchReference& ref = torchReference();
  INFO(ref.output);
  REQUIRE(ref.ok);
  struct Case {
    const char* name;
    const char* arch;
    int size, classes;
  };
  const Case cases[] = {{"resnet50", "resnet50", 64, 5},
                        {"resnet101", "resnet101", 64, 3},
                        {"efficientnet_b1", "efficientnet_b1", 64, 4},
                        {"efficientnet_b2", "efficientnet_b2", 64, 6},
                        {"inception_v3", "inception_v3", 96, 5},
                        {"lukemelas_b0", "efficientnet_b0", 64, 4}};
  for (const Case& c : cases) {
    INFO(c.name);
    ai::ImportOptions o;
    o.architecture = c.arch;
    const ai::ImportResult r = ai::importWeights(ref.dir.file(std::string(c.name) + ".pth"), o);
    const torch::Tensor x =
        readTensor(ref.dir.file(std::string(c.name) + ".input"), {2, 3, c.size, c.size});
    const torch::Tensor expected =
        readTensor(ref.dir.file(std::string(c.name) + ".logits"), {2, c.classes});
    const torch::Tensor y = logitsOf(*r.model.network, x);
    REQUIRE(y.sizes() == expected.sizes());
    const double d = maxDiff(y, expected);
    WARN(c.name << ": max |logit difference| " << d << " (largest logit "
                << expected.abs().max().item<double>() << ")");
    CHECK(d <= tolerance(expected));
    CHECK(r.model.info.classNames.size() == static_cast<std::size_t>(c.classes));
    // Not a trivially constant output: the two images get different logits.
    CHECK((expected[0] - expected[1]).abs().max().item<double>() > 0.05);
    if (std::string(c.name) == "lukemelas_b0") {
      CHECK(r.format == "lukemelas");
      CHECK(r.model.info.architecture == "efficientnet_b0_tf");
    } else {
      CHECK(r.format == "torchvision");
      CHECK(r.model.info.architecture == c.arch);
    }
    // The package keeps it: saved and loaded, the same logits.
    ai::saveModel(ref.dir.file("p.osteon"), r.model.info, *r.model.network);
    const ai::LoadedModel m = ai::loadModel(ref.dir.file("p.osteon"));
    CHECK(maxDiff(logitsOf(*m.network, x), y) <= 1e-6);
  }
}

TEST_CASE("a checkpoint dict with DataParallel prefixes and backbone-only imports",
          "[import][torch]") {
  if (!test::pythonHas("torchvision")) OSTEON_SKIP("python3-torchvision is not installed");
  TorchReference& ref = torchReference();
  INFO(ref.output);
  REQUIRE(ref.ok);
  ai::ImportOptions o;
  o.architecture = "resnet50";
  const torch::Tensor x = readTensor(ref.dir.file("resnet50.input"), {2, 3, 64, 64});
  const torch::Tensor expected = readTensor(ref.dir.file("resnet50.logits"), {2, 5});
  const ai::ImportResult r = ai::importWeights(ref.dir.file("resnet50-ckpt.pth"), o);
  CHECK(maxDiff(logitsOf(*r.model.network, x), expected) <= tolerance(expected));

  // Backbone only: the file's classifier is dropped, any class count; the features are PyTorch's.
  o.backboneOnly = true;
  o.classes = {"a", "b"};
  const ai::ImportResult b = ai::importWeights(ref.dir.file("resnet50.pth"), o);
  CHECK(b.model.info.metrics.value("backbone_only", false));
  torch::Tensor act;
  torch::NoGradGuard ng;
  const torch::Tensor f1 = b.model.network->pooledFeatures(x, "", act);
  const torch::Tensor f2 = r.model.network->pooledFeatures(x, "", act);
  CHECK(maxDiff(f1, f2) <= 1e-5);
  CHECK(logitsOf(*b.model.network, x).size(1) == 2);
}

TEST_CASE("weight files that do not fit are refused naming the tensors", "[import][torch]") {
  if (!test::pythonHas("torchvision")) OSTEON_SKIP("python3-torchvision is not installed");
  TorchReference& ref = torchReference();
  INFO(ref.output);
  REQUIRE(ref.ok);
  ai::ImportOptions o;
  // ResNet-101 has 23 blocks in layer3, ResNet-50 six.
  o.architecture = "resnet50";
  CHECK_THROWS_WITH(
      ai::importWeights(ref.dir.file("resnet101.pth"), o),
      Catch::Contains("not part of resnet50") && Catch::Contains("layer3.10.bn1.bias [256]"));
  o.architecture = "resnet101";
  CHECK_THROWS_WITH(ai::importWeights(ref.dir.file("resnet50.pth"), o),
                    Catch::Contains("missing from the file") && Catch::Contains("layer3.6."));
  // B1 and B2 differ in width: shapes named with both sides.
  o.architecture = "efficientnet_b2";
  CHECK_THROWS_WITH(ai::importWeights(ref.dir.file("efficientnet_b1.pth"), o),
                    Catch::Contains("wrong shape") &&
                        Catch::Contains("features.3.0.block.3.0.weight (file [40, 144, 1, 1], "
                                        "efficientnet_b2 [48, 144, 1, 1])"));
  o.architecture = "resnet50";
  o.classes = {"a", "b", "c"};
  CHECK_THROWS_WITH(ai::importWeights(ref.dir.file("resnet50.pth"), o),
                    Catch::Contains("5 outputs but 3 classes"));
  o.classes.clear();
  o.architecture = "efficientnet_b0_tf";
  CHECK_THROWS_WITH(ai::importWeights(ref.dir.file("efficientnet_b1.pth"), o),
                    Catch::Contains("lukemelas"));
  // Not a zip torch.save file (the legacy format starts with a pickle protocol byte).
  {
    std::ofstream(ref.dir.file("legacy.pth"), std::ios::binary) << "\x80\x02\x8a\x0alegacy";
    std::ofstream(ref.dir.file("broken.pth"), std::ios::binary) << "PK\x03\x04garbage";
  }
  o.architecture = "resnet50";
  CHECK_THROWS_WITH(ai::importWeights(ref.dir.file("legacy.pth"), o), Catch::Contains("re-save"));
  CHECK_THROWS_AS(ai::importWeights(ref.dir.file("broken.pth"), o), Error);
  CHECK_THROWS_AS(ai::importWeights(ref.dir.file("absent.pth"), o), Error);
}

TEST_CASE("a Keras ResNet50 + ALS head and a Keras Xception give the NumPy reference's outputs",
          "[import][keras]") {
  if (!ai::kerasImportAvailable()) OSTEON_SKIP("this build has no HDF5 (no Keras import)");
  if (!test::pythonHas("h5py") || !test::pythonHas("numpy"))
    OSTEON_SKIP("python3-h5py or python3-numpy is not installed");
  test::TempDir dir;
  const auto res = test::runCommand(
      test::shellQuote(test::pythonExe()) + " " +
      test::shellQuote(test::sourcePath("tests/support/keras_import_reference.py")) + " " +
      test::shellQuote(dir.path()) + " resnet50_als xception");
  INFO(res.output);
  REQUIRE(res.status == 0);
  struct Case {
    const char* name;
    const char* arch;
    int size, classes;
    bool sigmoid;
  };
  const Case cases[] = {{"resnet50_als", "keras_resnet50+seed000head", 64, 7, true},
                        {"xception", "xception", 96, 5, false}};
  for (const Case& c : cases) {
    const std::string base = dir.file(c.name);
    const torch::Tensor x = readTensor(base + ".input", {2, 3, c.size, c.size});
    const torch::Tensor logits = readTensor(base + ".logits", {2, c.classes});
    const torch::Tensor outputs = readTensor(base + ".output", {2, c.classes});
    // The two images differ by far more than the tolerance: a mapping error cannot hide.
    CHECK((outputs[0] - outputs[1]).abs().max().item<double>() > 0.03);
    // Keras 2 full model, save_weights, Keras 3 archive.
    for (const std::string& file : {base + ".h5", base + "-weights.h5", base + ".keras"}) {
      INFO(file);
      ai::ImportOptions o;
      o.architecture = c.arch;
      if (c.sigmoid) o.classes = {"3CH", "3CTL", "3CN", "3CL", "4C", "4CL", "4CTL"};
      const ai::ImportResult r = ai::importWeights(file, o);
      for (const auto& n : r.notes)
        UNSCOPED_INFO(n);
      CHECK(r.model.info.classNames.size() == static_cast<std::size_t>(c.classes));
      const torch::Tensor y = logitsOf(*r.model.network, x);
      const torch::Tensor p = c.sigmoid ? torch::sigmoid(y) : torch::softmax(y, 1);
      const double dl = maxDiff(y, logits), dp = maxDiff(p, outputs);
      WARN(file << ": max |logit difference| " << dl << ", max |output difference| " << dp);
      CHECK(dl <= tolerance(logits));
      CHECK(dp <= 1e-4);
      if (c.sigmoid) {
        // keras.applications 'caffe' input: BGR means on 0..255, stored as RGB normalisation.
        CHECK(r.model.info.mean[0] == Approx(123.68 / 255));
        CHECK(r.model.info.stdev[0] == Approx(1.0 / 255));
      }
      ai::saveModel(dir.file("k.osteon"), r.model.info, *r.model.network);
      const ai::LoadedModel m = ai::loadModel(dir.file("k.osteon"));
      CHECK(maxDiff(logitsOf(*m.network, x), y) <= 1e-6);
    }
  }
  // Backbone only: the ALS head's Dense/PReLU layers are dropped, ResNet50's features kept.
  ai::ImportOptions o;
  o.architecture = "keras_resnet50";
  o.backboneOnly = true;
  o.classes = {"a", "b", "c"};
  const ai::ImportResult b = ai::importWeights(dir.file("resnet50_als.h5"), o);
  CHECK(b.model.info.metrics.value("backbone_only", false));
  // Files that do not fit name the layers.
  o.backboneOnly = false;
  o.classes.clear();
  o.architecture = "xception";
  CHECK_THROWS_WITH(ai::importWeights(dir.file("resnet50_als.h5"), o),
                    Catch::Contains("block1_conv1"));
  o.architecture = "keras_resnet50";
  CHECK_THROWS_WITH(ai::importWeights(dir.file("resnet50_als.h5"), o),
                    Catch::Contains("not part of keras_resnet50") && Catch::Contains("dense"));
  {
    std::ofstream(dir.file("not.h5"), std::ios::binary) << "not hdf5 at all";
    std::ofstream(dir.file("not.keras"), std::ios::binary) << "PK\x05\x06 not a zip";
  }
  CHECK_THROWS_WITH(ai::importWeights(dir.file("not.h5"), o), Catch::Contains("not an HDF5"));
  CHECK_THROWS_AS(ai::importWeights(dir.file("not.keras"), o), Error);
}
