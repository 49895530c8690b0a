// osteon-bench-ai: LibTorch inference and Grad-CAM cost, side by side with PyTorch on the same
// weights in one run. Not a test: prints a table.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <nlohmann/json.hpp>

#include <string>
#include <thread>
#include <vector>
#include "bench/bench_support.h"

#include "core/ai/cam.h"
#include "core/ai/model_package.h"
#include "core/ai/spine_analyzer.h"
#include "core/ai/spine_landmarks.h"
#include "core/io/open.h"
#include "core/phantom/spine_xray.h"

using namespace osteon;

namespace {
double timed(const std::function<void()>& fn, int n) {
  std::vector<double> t;
  for (int i = 0; i < n; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    t.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

nlohmann::json python(const std::string& model, int threads,
                      const std::string& script = OSTEON_BENCH_TORCH_SCRIPT,
                      const std::string& extra = "") {
  const std::string cmd = std::string("'") + OSTEON_BENCH_PYTHON + "' '" + script + "' '" + model +
                          "' " + extra + std::to_string(threads);
  return bench::runJsonCommand(cmd);
}
// Auto Cobb per image on the CPU: the bundled landmark model on a real AASCE radiograph (a
// phantom when ../shared/data is absent), against the same network in PyTorch.
void spineBench(int threads) {
  std::string model;
  try {
    model = ai::bundledModelPath("spine-landmarks.osteon");
  } catch (const std::exception& e) {
    std::printf("\nspine landmarks: skipped (%s)\n", e.what());
    return;
  }
  image::Image img;
  std::string what = "phantom 600x1500";
  const std::string aasce =
      std::string(OSTEON_BENCH_SHARED_DATA) + "/aasce-spine-xray-train/images";
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(aasce, ec)) {
    img = io::openImage(e.path().string());
    what = "AASCE " + std::to_string(img.width()) + "x" + std::to_string(img.height());
    break;
  }
  if (img.empty()) img = phantom::makeSpineXray({}).image;
  const ai::SpineAnalyzer analyzer(model);
  const ai::SpineLandmarkModel net(model);
  analyzer.analyze(img);
  const double total = timed([&] { analyzer.analyze(img); }, 10);
  const torch::Tensor x = net.input(img);
  const double forward = timed([&] { net.predictNormalized(x); }, 10);
  const double pre = timed([&] { net.input(img); }, 10);
  const auto py = python(model, threads, OSTEON_BENCH_LANDMARK_SCRIPT, "--time ");
  const double pf = py.value("landmarks_ms", 0.0);
  std::printf("\n| Auto Cobb (%d threads, %s) | C++ (ms) | PyTorch (ms) | C++/Py |\n", threads,
              what.c_str());
  std::printf("|---|---|---|---|\n");
  std::printf("| landmark network, image + mirror | %.1f | %.1f | %.2f |\n", forward, pf,
              pf > 0 ? forward / pf : 0);
  std::printf("| preprocessing (grey, resize %dx%d) | %.1f | | |\n", net.info().inputSize,
              ai::inputHeightOf(net.info()), pre);
  std::printf("| whole Auto Cobb: landmarks + 3 Cobb angles + ALS | %.1f | | |\n", total);
}

}  // namespace

int main() {
  ai::useAllCores();
  const int threads = torch::get_num_threads();
  std::printf(
      "| model (%d threads, 224x224) | C++ b1 (ms) | PyTorch b1 | C++/Py | C++ b16 (ms) | PyTorch "
      "b16 | C++/Py | Grad-CAM (ms) | Grad-CAM / forward |\n",
      threads);
  std::printf("|---|---|---|---|---|---|---|---|---|\n");
  for (const char* arch : {"resnet18", "resnet50"}) {
    torch::manual_seed(1);
    auto net = ai::makeNetwork(arch, 7);
    net->eval();
    ai::ModelInfo info;
    info.task = "bench";
    info.architecture = arch;
    info.classNames = {"0", "1", "2", "3", "4", "5", "6"};
    const std::string path = std::string("/tmp/osteon-bench-") + arch + ".osteon";
    ai::saveModel(path, info, *net);
    const torch::Tensor x1 = torch::randn({1, 3, 224, 224}), x16 = torch::randn({16, 3, 224, 224});
    double b1, b16;
    {
      torch::NoGradGuard ng;
      net->forward(x1);
      b1 = timed([&] { net->forward(x1); }, 20);
      b16 = timed([&] { net->forward(x16); }, 5);
    }
    ai::computeCam(*net, x1, 0, "layer4", ai::CamMethod::GradCam);
    const double gc =
        timed([&] { ai::computeCam(*net, x1, 0, "layer4", ai::CamMethod::GradCam); }, 10);
    const auto py = python(path, threads);
    const double pb1 = py.value("forward_b1_ms", 0.0), pb16 = py.value("forward_b16_ms", 0.0);
    std::printf("| %s | %.1f | %.1f | %.2f | %.0f | %.0f | %.2f | %.1f | %.2fx |\n", arch, b1, pb1,
                pb1 > 0 ? b1 / pb1 : 0, b16, pb16, pb16 > 0 ? b16 / pb16 : 0, gc, gc / b1);
  }
  spineBench(threads);
  return 0;
}
