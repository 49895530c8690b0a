#include "core/ai/torchscript_model.h"

#include <fstream>
#include <nlohmann/json.hpp>

#include "core/ai/device.h"
#include "core/base/error.h"

namespace osteon::ai {

TorchScriptModel::TorchScriptModel(const std::string& path) {
  try {
    device_ = computeDevice();
    module_ = torch::jit::load(path, device_);
  } catch (const c10::Error& e) {
    throw Error(fileError(
        path, std::string("not a loadable TorchScript model: ") + e.what_without_backtrace()));
  }
  module_.eval();
  std::ifstream side(path + ".json");
  if (side) {
    try {
      const auto j = nlohmann::json::parse(side);
      classes_ = j.value("classes", std::vector<std::string>{});
      inputSize_ = j.value("input_size", 224);
      mean_ = j.value("mean", mean_);
      std_ = j.value("std", std_);
      task_ = j.value("task", std::string());
      architecture_ = j.value("architecture", std::string());
    } catch (const nlohmann::json::exception& e) {
      throw Error(fileError(path + ".json", std::string("damaged sidecar: ") + e.what()));
    }
  }
  if (inputSize_ < 8 || inputSize_ > 4096 || mean_.size() != 3 || std_.size() != 3)
    throw Error(fileError(path + ".json", "input_size must be 8..4096 and mean/std 3 values each"));
}

torch::Tensor TorchScriptModel::forward(const torch::Tensor& input) {
  torch::NoGradGuard ng;
  try {
    return module_.forward({input.to(device_)}).toTensor();
  } catch (const c10::Error& e) {
    throw Error(std::string("the TorchScript model failed on this input: ") +
                e.what_without_backtrace());
  }
}

}  // namespace osteon::ai
