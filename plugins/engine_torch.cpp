// The LibTorch engine behind core/engine/engine.h: the task plugins of plugins/registry.cpp,
// core/ai's spine analyzer and core/train's trainer.

#include "core/ai/spine_analyzer.h"
#include "core/engine/engine.h"
#include "core/train/trainer.h"
#include "plugins/registry.h"

namespace osteon::engine {

namespace {
class TorchEngine final : public Engine {
 public:
  std::vector<std::string> taskNames() const override { return plugins::taskNames(); }
  std::unique_ptr<ai::TaskPlugin> makeTask(const std::string& name) const override {
    return plugins::makeTask(name);
  }
  ai::SpineAnalysis analyzeSpine(const std::string& modelPath, const image::Image& image, int slice,
                                 std::string* provenance) const override {
    const ai::SpineAnalyzer analyzer(modelPath);
    ai::SpineAnalysis a = analyzer.analyze(image, slice);
    if (provenance) *provenance = analyzer.provenance();
    return a;
  }
  train::TrainReport train(const train::TrainConfig& config, const train::DatasetReport& data,
                           const train::TrainCallbacks& callbacks,
                           const Progress& progress) const override {
    return train::train(config, data, callbacks, progress);
  }
  bool hasCheckpoint(const train::TrainConfig& config) const override {
    return train::hasCheckpoint(config);
  }
  image::Image augmentationPreview(const std::string& imagePath, const train::TrainConfig& config,
                                   int count, unsigned seed) const override {
    return train::augmentationPreview(imagePath, config, count, seed);
  }
};
}  // namespace

void installDefault() {
  if (!get()) install(std::make_unique<TorchEngine>());
}

}  // namespace osteon::engine
