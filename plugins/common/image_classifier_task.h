#pragma once
// The shape two tasks share: one 2D picture in, one prediction out (a class of `classCount`),
// preprocessing and CAM layer taken from the model package. Scoliosis (ALS type) and osteoporosis
// are instances with their own names, inputs and bundled demo models.

#include <memory>
#include <string>

#include "core/ai/task.h"

namespace osteon::ai {
class Classifier;
}

namespace osteon::plugins {

struct ImageTaskSpec {
  std::string name, title, acceptedInputs, bundledModel, outputName;
  int classCount = 0;
  ai::TaskAcceptance accepts;
};

class ImageClassifierTask : public ai::TaskPlugin {
 public:
  explicit ImageClassifierTask(ImageTaskSpec spec);
  ~ImageClassifierTask() override;

  std::string name() const override { return spec_.name; }
  std::string title() const override { return spec_.title; }
  std::string acceptedInputs() const override { return spec_.acceptedInputs; }
  std::string bundledModel() const override { return spec_.bundledModel; }
  ai::TaskAcceptance accepts() const override { return spec_.accepts; }
  void load(const std::string& modelPath) override;
  bool loaded() const override { return model_ != nullptr; }
  std::vector<std::string> classNames() const override;
  std::vector<std::string> camLayers() const override;
  std::string defaultCamLayer() const override;
  ai::TaskResult run(const ai::TaskInput& input, const Progress& progress = {}) override;
  ai::TaskExplanation explain(const ai::TaskInput& input, int outputIndex, int classIndex,
                              const std::string& method, const std::string& layer) override;

 private:
  const ai::Classifier& model() const;
  ImageTaskSpec spec_;
  std::shared_ptr<ai::Classifier> model_;
};

// Loads `modelPath` ("" = the bundled `bundledFile`) and checks it was made for `task` with
// `classCount` classes; throws osteon::Error saying which does not fit. Every plugin loads this
// way.
std::shared_ptr<ai::Classifier> loadTaskModel(const std::string& modelPath,
                                              const std::string& bundledFile,
                                              const std::string& task, int classCount);

// Checks that `input` has a picture and a valid slice; throws osteon::Error otherwise.
void requirePicture(const ai::TaskInput& input, const std::string& task);

}  // namespace osteon::plugins
