#pragma once
// Model packages: one file with the weights and the metadata users need (task, class names,
// architecture, input size, normalisation, CAM target layer, provenance, metrics). Layout:
//   "OSTEONMODEL1\n", 8-byte little-endian JSON length, JSON, then for each tensor named in
//   JSON "tensors" (name, shape) its float32 values, little-endian, in order.
// Loading checks the magic, the lengths and every shape, so a wrong, truncated or foreign file
// gives a clear error.

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/ai/networks.h"

namespace osteon::ai {

struct ModelInfo {
  std::string task;          // "scoliosis", "lumbar", "osteoporosis", or the user's
  std::string architecture;  // e.g. "resnet18"
  std::vector<std::string> classNames;
  // Optional words to show per class ("Healthy" for "1_healthy"); empty = derived from the names
  // (ai::displayClassName). Stored as "class_display_names".
  std::vector<std::string> classDisplayNames;
  // Multi-output models (e.g. 25 RSNA condition x level targets): one softmax over classNames per
  // output, logits laid out output-major (N, outputs * classes). Empty = one output.
  std::vector<std::string> outputNames;
  int inputSize = 224;  // input width (and height, for square inputs)
  int inputHeight = 0;  // > 0 for non-square inputs (landmark models), else inputSize
  // Preprocessing before the resize (ai::prepareInput): rolling-ball background removal with
  // this radius in the image's own pixels (seed 003's panoramic preprocessing), 0 = none.
  int rollingBallRadius = 0;
  std::vector<double> mean{0.485, 0.456, 0.406}, stdev{0.229, 0.224, 0.225};
  std::string camLayer = "layer4";
  std::string
      provenance;  // how it was made (command, data), e.g. "demo: trained on synthetic phantoms"
  nlohmann::json metrics = nlohmann::json::object();
};

inline int logitCountOf(const ModelInfo& i) {
  return static_cast<int>(i.classNames.size() * std::max<std::size_t>(1, i.outputNames.size()));
}

inline int inputHeightOf(const ModelInfo& i) {
  return i.inputHeight > 0 ? i.inputHeight : i.inputSize;
}

struct LoadedModel {
  ModelInfo info;
  std::shared_ptr<Network> network;
};

// The bundled model `fileName` (e.g. "spine-landmarks.osteon"): $OSTEON_MODEL_DIR, then
// <executable>/../share/osteon/models (<prefix>/share/osteon/models also for the CLI's engine in
// <prefix>/libexec/osteon), then (for executables in the build tree's bin/ only) the
// source tree's resources/models. Throws osteon::Error naming the places it looked when none has
// it.
std::string bundledModelPath(const std::string& fileName);

void saveModel(const std::string& path, const ModelInfo& info, Network& net);
LoadedModel loadModel(const std::string& path);  // throws osteon::Error

}  // namespace osteon::ai
