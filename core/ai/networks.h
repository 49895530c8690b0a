#pragma once
// Network architectures in the LibTorch C++ API. Parameter names follow torchvision
// ("layer1.0.conv1.weight", "fc.bias", ...) so weights move between Osteon and PyTorch unchanged.
// Internal to core/ai and its tests: the viewer never sees tensors.

#include <torch/torch.h>

#include <memory>
#include <string>
#include <vector>

namespace osteon::ai {

// A classifier whose intermediate stages can be captured for class activation maps.
class Network : public torch::nn::Module {
 public:
  // Logits for a batch (N, 3, H, W): forwardCapture without a capture.
  virtual torch::Tensor forward(torch::Tensor x) {
    torch::Tensor unused;
    return forwardCapture(x, "", unused);
  }
  // Logits, and the output of stage `layer` in `activation` (kept in the autograd graph).
  virtual torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                                       torch::Tensor& activation) = 0;
  // Stages usable as CAM target layers, from the input side; the last is the default.
  virtual std::vector<std::string> camLayers() const = 0;
  virtual std::string architecture() const = 0;
  // Globally pooled features before the classifier, (N, featureChannels()), with the capture of
  // forwardCapture; the base of replaceable heads. Throws for networks without one.
  virtual torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                                       torch::Tensor& activation);
  virtual int featureChannels() const { return 0; }
  // Weights that training penalises with an L2 term of l2Weight() (seed 000's head: 0.01).
  virtual std::vector<torch::Tensor> l2Parameters() const { return {}; }
  virtual double l2Weight() const { return 0; }
};

// Classifiers (any input size): "resnet18", "resnet34", "resnet50", "resnet101",
// "efficientnet_b0".."efficientnet_b3" (torchvision parameter names), "cnn5" (seed 004's five
// convolutional blocks); any of them + "+seed000head" replaces the classifier by seed 000's head
// (global average pooling, dense 1024-512-256-128 with PReLU, L2 0.01 on the first three,
// dropout 0.5, then the outputs). Regression: "landmarknet" and "landmarknet-small" (a spatial
// head: the input size is fixed when built). Throws osteon::Error for other names.
std::shared_ptr<Network> makeNetwork(const std::string& architecture, int numClasses,
                                     int inputWidth = 224, int inputHeight = 224);
std::vector<std::string> knownArchitectures();

// Intra-op threads = the machine's cores (LibTorch defaults to 1 on these machines).
void useAllCores();

}  // namespace osteon::ai
