#pragma once
// One image classifier, whichever file it came from: an Osteon model package (every CAM method on
// any captured layer) or a TorchScript module exported from PyTorch (tools/export_torchscript.py;
// probabilities only: a traced module has no layers to hook). infer, gradcam, serve-json and the
// task plugins all go through this.

#include <memory>
#include <string>
#include <vector>

#include "core/ai/cam.h"
#include "core/ai/model_package.h"
#include "core/image/image.h"

namespace osteon::ai {

class TorchScriptModel;

class Classifier {
 public:
  // .pt / .ts / .torchscript files are TorchScript (with an optional <file>.json sidecar), the
  // rest model packages. Throws osteon::Error for a missing, broken or foreign file.
  explicit Classifier(const std::string& path);
  ~Classifier();
  Classifier(const Classifier&) = delete;
  Classifier& operator=(const Classifier&) = delete;

  static bool isTorchScriptPath(const std::string& path);

  const std::string& path() const { return path_; }
  const ModelInfo& info() const { return info_; }
  bool isDemo() const;  // provenance says it was trained on synthetic phantoms
  bool supportsCam() const { return network_ != nullptr; }
  std::vector<std::string> camLayers() const;  // empty for TorchScript

  // The model's preprocessing of slice `k` (ai::prepareInput): (1, 3, H, W).
  torch::Tensor input(const image::Image& img, int k = 0) const;
  // The model runs on device() (ai::computeDevice() when it was loaded); inputs may be on any
  // device, and logits, probabilities and CAM results come back on the CPU.
  torch::Tensor logits(const torch::Tensor& x) const;         // (N, classes), no gradients
  torch::Tensor probabilities(const torch::Tensor& x) const;  // softmax of logits
  // Tensor-free: the probabilities of slice `k` of an image, preprocessed as the model expects
  // (one per class; several outputs: output after output).
  std::vector<double> predict(const image::Image& img, int k = 0) const;
  // Tensor-free: the CAM of class `classIndex` on slice `k` as a Float32 map in [0, 1] at the
  // image's size (camToImage). Throws osteon::Error as cam() does.
  image::Image camImage(const image::Image& img, int k, int classIndex, const std::string& layer,
                        CamMethod method = CamMethod::GradCam) const;
  const torch::Device& device() const { return device_; }
  // Throws osteon::Error for TorchScript models or an unknown layer ("" = the model's CAM layer).
  CamResult cam(const torch::Tensor& x, int classIndex, const std::string& layer,
                CamMethod method) const;

 private:
  std::string path_;
  ModelInfo info_;
  std::shared_ptr<Network> network_;
  std::shared_ptr<TorchScriptModel> script_;
  torch::Device device_ = torch::kCPU;
};

// A CAM map (H, W) in [0, 1] resized to width x height as a Float32 image.
image::Image camToImage(const torch::Tensor& map, int width, int height);

}  // namespace osteon::ai
