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
  explicit TorchScriptModel(const std::string& path);
  torch::Tensor forward(const torch::Tensor& input);
  const std::vector<std::string>& classNames() const { return classes_; }
  int inputSize() const { return inputSize_; }

 private:
  torch::jit::script::Module module_;
  std::vector<std::string> classes_;
  int inputSize_ = 224;
};

}  // namespace osteon::ai
