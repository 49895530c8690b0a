// osteon-bench-train: training throughput of Osteon's trainer (ResNet-18, 224x224, batch 32, Adam)
// side by side with PyTorch on the same images in one run, and the share of the step time the
// training loop waited for data. Not a test: prints a table.
//   osteon-bench-train [IMAGES (default 256)] [EPOCHS (default 3)]

#include <torch/torch.h>

#include <cstdio>
#include <filesystem>
#include <nlohmann/json.hpp>

#include <random>
#include <string>
#include "bench/bench_support.h"

#include "core/ai/networks.h"
#include "core/image/image.h"
#include "core/io/image_file.h"
#include "core/train/trainer.h"

using namespace osteon;
namespace fs = std::filesystem;

namespace {

nlohmann::json python(const std::string& dir, int threads, int epochs) {
  const std::string cmd = std::string("'") + OSTEON_BENCH_PYTHON + "' '" +
                          OSTEON_BENCH_TRAIN_SCRIPT + "' '" + dir + "' " + std::to_string(threads) +
                          " " + std::to_string(epochs);
  return bench::runJsonCommand(cmd);
}

}  // namespace

int main(int argc, char** argv) {
  const int images = argc > 1 ? std::max(64, std::atoi(argv[1])) : 256;
  const int epochs = argc > 2 ? std::max(2, std::atoi(argv[2])) : 3;
  ai::useAllCores();
  const int threads = torch::get_num_threads();
  // Two classes of 512x512 8-bit textures (decoding and resizing cost like real radiographs).
  const fs::path dir = fs::temp_directory_path() / "osteon-bench-train";
  fs::remove_all(dir);
  std::mt19937 rng(1);
  std::uniform_int_distribution<int> u(0, 255);
  for (int i = 0; i < images; ++i) {
    const std::string cls = i % 2 ? "b" : "a";
    fs::create_directories(dir / cls);
    image::Image img(image::PixelType::UInt8, {512, 512, 1});
    for (int y = 0; y < 512; ++y)
      for (int x = 0; x < 512; ++x)
        img.setStored(x, y, 0, (u(rng) + (i % 2 ? x : y)) / 3);
    io::writeImageFile(img, (dir / cls / ("img" + std::to_string(i) + ".png")).string());
  }
  train::TrainConfig c;
  c.data = dir.string();
  c.architecture = "resnet18";
  c.inputWidth = 224;
  c.batchSize = 32;
  c.epochs = epochs;
  c.learningRate = 1e-3;
  c.scheduler = "none";
  c.earlyStoppingPatience = 0;
  c.validationFraction = 0.02;  // throughput of the training loop is what is measured
  c.augment = train::AugmentOptions{};
  c.augment.rotationDegrees = c.augment.shift = c.augment.zoom = c.augment.brightness = 0;
  c.augment.horizontalFlip = true;
  c.out = (dir / "bench.osteon").string();
  const train::DatasetReport data = train::scanFolderDataset(dir.string());
  const train::TrainReport r = train::train(c, data);
  const nlohmann::json py = python(dir.string(), threads, epochs);
  std::printf(
      "Training throughput: ResNet-18, 224x224, batch 32, Adam, %d threads, %zu images "
      "(512x512 PNG, 2%% kept for validation; decoded in epoch 1, cached after)\n",
      threads, static_cast<std::size_t>(r.folds[0].epochs.empty() ? 0 : 1) * data.samples.size());
  std::printf(
      "| epoch | Osteon (img/s) | PyTorch %s (img/s) | Osteon/PyTorch | Osteon data wait | "
      "PyTorch data wait |\n|---|---|---|---|---|---|\n",
      py.value("torch", std::string("?")).c_str());
  for (std::size_t e = 0; e < r.folds[0].epochs.size(); ++e) {
    const auto& o = r.folds[0].epochs[e];
    double pi = 0, pw = 0;
    if (py.contains("epochs") && e < py["epochs"].size()) {
      pi = py["epochs"][e].value("images_per_second", 0.0);
      pw = py["epochs"][e].value("data_wait_fraction", 0.0);
    }
    std::printf("| %zu | %.1f | %.1f | %.2f | %.1f%% | %.1f%% |\n", e + 1, o.imagesPerSecond, pi,
                pi > 0 ? o.imagesPerSecond / pi : 0.0, 100 * o.dataWaitFraction, 100 * pw);
  }
  if (py.empty()) std::printf("(PyTorch reference unavailable: python3-torch/torchvision?)\n");
  fs::remove_all(dir);
  return 0;
}
