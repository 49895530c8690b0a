#pragma once
// Models users bring from PyTorch as TorchScript (see tools/export_torchscript.py for the
// convention: normalised (N, 3, H, W) float input, logits out, a sidecar JSON with classes).

#include <string>
#include <vector>

#include <torch/script.h>

namespace osteon::ai {

class TorchScriptModel {
 public:
  // Throws osteon::Error with the reason when the file is not a loadable TorchScript module.
  // The module is loaded onto ai::computeDevice().
  explicit TorchScriptModel(const std::string& path);
  // Input on any device (moved to the module's); the output stays on the module's device.
  torch::Tensor forward(const torch::Tensor& input);
  const torch::Device& device() const { return device_; }
  const std::vector<std::string>& classNames() const { return classes_; }
  int inputSize() const { return inputSize_; }
  // From the sidecar when it has them, else ImageNet's and "".
  const std::vector<double>& mean() const { return mean_; }
  const std::vector<double>& stdev() const { return std_; }
  const std::string& task() const { return task_; }
  const std::string& architecture() const { return architecture_; }

 private:
  torch::jit::Module module_;
  torch::Device device_ = torch::kCPU;
  std::vector<std::string> classes_;
  int inputSize_ = 224;
  std::vector<double> mean_{0.485, 0.456, 0.406}, std_{0.229, 0.224, 0.225};
  std::string task_, architecture_;
};

}  // namespace osteon::ai
