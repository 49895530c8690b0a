#include "core/ai/classifier.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>

#include "core/ai/device.h"
#include "core/ai/preprocess.h"
#include "core/ai/torchscript_model.h"
#include "core/base/error.h"
#include "core/base/log.h"
#include "core/image/resample.h"

namespace osteon::ai {

bool Classifier::isTorchScriptPath(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".pt" || ext == ".ts" || ext == ".torchscript";
}

Classifier::Classifier(const std::string& path) : path_(path) {
  const auto started = std::chrono::steady_clock::now();
  if (!std::filesystem::is_regular_file(path)) throw Error(fileError(path, "no such model file"));
  if (isTorchScriptPath(path)) {
    script_ = std::make_shared<TorchScriptModel>(path);
    device_ = script_->device();
    info_.task = script_->task();
    info_.architecture =
        script_->architecture().empty() ? "torchscript" : "torchscript:" + script_->architecture();
    info_.classNames = script_->classNames();
    info_.inputSize = script_->inputSize();
    info_.mean = script_->mean();
    info_.stdev = script_->stdev();
    info_.camLayer.clear();
    info_.provenance = "TorchScript model " + std::filesystem::path(path).filename().string();
    if (info_.classNames.empty()) {
      // No sidecar: learn the class count from one forward pass, name the classes by index.
      const auto out = script_->forward(torch::zeros({1, 3, info_.inputSize, info_.inputSize}));
      if (out.dim() != 2 || out.size(0) != 1 || out.size(1) < 1)
        throw Error(fileError(path, "the TorchScript model does not return (N, classes) logits"));
      for (int64_t c = 0; c < out.size(1); ++c)
        info_.classNames.push_back(std::to_string(c));
    }
    OSTEON_LOG_INFO("ai", "loaded TorchScript model %s on %s in %.2f s", path.c_str(),
                    device_.str().c_str(), log::secondsSince(started));
    return;
  }
  LoadedModel m = loadModel(path);
  info_ = std::move(m.info);
  network_ = std::move(m.network);
  device_ = computeDevice();
  network_->to(device_);
  network_->eval();
  OSTEON_LOG_INFO("ai", "loaded model %s (%s, task %s) on %s in %.2f s", path.c_str(),
                  info_.architecture.c_str(), info_.task.c_str(), device_.str().c_str(),
                  log::secondsSince(started));
}

Classifier::~Classifier() = default;

bool Classifier::isDemo() const {
  return info_.provenance.rfind("demo", 0) == 0;
}

std::vector<std::string> Classifier::camLayers() const {
  return network_ ? network_->camLayers() : std::vector<std::string>{};
}

torch::Tensor Classifier::input(const image::Image& img, int k) const {
  return prepareInput(img, info_, k);
}

torch::Tensor Classifier::logits(const torch::Tensor& x) const {
  torch::NoGradGuard ng;
  torch::Tensor out = network_ ? network_->forward(x.to(device_)) : script_->forward(x);
  out = out.to(torch::kCPU);
  if (out.dim() != 2 || out.size(1) != logitCountOf(info_))
    throw Error(fileError(
        path_, "the model returns " + std::to_string(out.dim() == 2 ? out.size(1) : -1) +
                   " values for " + std::to_string(logitCountOf(info_)) + " class scores"));
  return out;
}

torch::Tensor Classifier::probabilities(const torch::Tensor& x) const {
  const torch::Tensor l = logits(x);
  if (info_.outputNames.empty()) return torch::softmax(l, 1);
  // One softmax per output, flattened back to (N, outputs * classes).
  const int64_t k = static_cast<int64_t>(info_.classNames.size());
  return torch::softmax(l.view({l.size(0), -1, k}), 2).view({l.size(0), -1});
}

std::vector<double> Classifier::predict(const image::Image& img, int k) const {
  const auto started = std::chrono::steady_clock::now();
  const torch::Tensor p =
      probabilities(input(img, k))[0].to(torch::kCPU, torch::kDouble).contiguous();
  OSTEON_LOG_DEBUG("ai", "inference with %s on %s: %.3f s", path_.c_str(), device_.str().c_str(),
                   log::secondsSince(started));
  return std::vector<double>(p.data_ptr<double>(), p.data_ptr<double>() + p.numel());
}

image::Image Classifier::camImage(const image::Image& img, int k, int classIndex,
                                  const std::string& layer, CamMethod method) const {
  return camToImage(cam(input(img, k), classIndex, layer, method).map, img.width(), img.height());
}

CamResult Classifier::cam(const torch::Tensor& x, int classIndex, const std::string& layer,
                          CamMethod method) const {
  if (!network_)
    throw Error(fileError(path_,
                          "class activation maps need an Osteon model package; a "
                          "TorchScript module has no layers to explain"));
  if (classIndex < 0 || classIndex >= static_cast<int>(info_.classNames.size()))
    throw Error("class " + std::to_string(classIndex) + " is out of range (the model has " +
                std::to_string(info_.classNames.size()) + " classes)");
  return computeCam(*network_, x, classIndex, layer.empty() ? info_.camLayer : layer, method);
}

image::Image camToImage(const torch::Tensor& map, int width, int height) {
  const torch::Tensor m = map.to(torch::kCPU).to(torch::kFloat32).contiguous();
  image::Image small(image::PixelType::Float32,
                     {static_cast<int>(m.size(1)), static_cast<int>(m.size(0)), 1});
  std::memcpy(small.bytes(), m.data_ptr<float>(), small.byteSize());
  return image::resize2D(small, width, height);
}

}  // namespace osteon::ai
