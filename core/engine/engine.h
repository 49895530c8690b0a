#pragma once
// The one injection point between the tensor-free layers (ui/, and anything else that must build
// without LibTorch) and the LibTorch engine (core/ai's networks, core/train's trainer, plugins/).
//
// The tensor-free layers call engine::get(): null when this build has no engine (no LibTorch);
// otherwise the engine lists and makes the AI tasks, finds the vertebrae of a spine radiograph
// (Auto Cobb) and trains models. Executables install the engine of their build once at start
// with engine::installDefault() (plugins/engine_torch.cpp with LibTorch, engine_none.cpp
// without); tests may install their own.
//
// Everything in this header and in the types it uses (core/ai/task.h, core/ai/spine_analyzer.h,
// core/train/trainer.h) is plain data: no tensor crosses it.

#include <memory>
#include <string>
#include <vector>

#include "core/ai/spine_analyzer.h"
#include "core/ai/task.h"
#include "core/base/progress.h"
#include "core/train/trainer.h"

namespace osteon::engine {

class Engine {
 public:
  virtual ~Engine() = default;

  // AI tasks ("scoliosis", "lumbar", "osteoporosis") and a new instance of one. makeTask throws
  // osteon::Error on an unknown name.
  virtual std::vector<std::string> taskNames() const = 0;
  virtual std::unique_ptr<ai::TaskPlugin> makeTask(const std::string& name) const = 0;

  // Auto Cobb: the spine landmark model `modelPath` ("" = the bundled one) on slice `slice` of a
  // radiograph. `provenance` (optional) receives the model's provenance. Throws osteon::Error.
  virtual ai::SpineAnalysis analyzeSpine(const std::string& modelPath, const image::Image& image,
                                         int slice, std::string* provenance = nullptr) const = 0;

  // Training (core/train/trainer.h's train() and hasCheckpoint()); loadDataset() and the rest of
  // the training API are tensor-free and called directly.
  virtual train::TrainReport train(const train::TrainConfig& config,
                                   const train::DatasetReport& data,
                                   const train::TrainCallbacks& callbacks,
                                   const Progress& progress) const = 0;
  virtual bool hasCheckpoint(const train::TrainConfig& config) const = 0;
  // The Training tab's augmentation preview (core/train/trainer.h's augmentationPreview()).
  virtual image::Image augmentationPreview(const std::string& imagePath,
                                           const train::TrainConfig& config, int count,
                                           unsigned seed) const = 0;
};

// The installed engine, or null (a build without LibTorch, or none installed yet).
const Engine* get();
// Installs (replaces) the engine; null uninstalls it. Not thread-safe: call at start-up.
void install(std::unique_ptr<Engine> engine);
// Installs the engine this build has: LibTorch's, or none. Defined by the osteon::engine target.
void installDefault();

}  // namespace osteon::engine
