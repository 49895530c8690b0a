#include "plugins/common/image_classifier_task.h"

#include <chrono>

#include "core/ai/classifier.h"
#include "core/ai/device.h"
#include "core/ai/model_package.h"
#include "core/base/error.h"

namespace osteon::plugins {

void requirePicture(const ai::TaskInput& input, const std::string& task) {
  if (!input.image || input.image->empty())
    throw Error(task + ": open an image first (this task reads one picture)");
  if (input.slice < 0 || input.slice >= input.image->depth())
    throw Error(task + ": slice " + std::to_string(input.slice) + " is outside the image");
}

ImageClassifierTask::ImageClassifierTask(ImageTaskSpec spec) : spec_(std::move(spec)) {}
ImageClassifierTask::~ImageClassifierTask() = default;

std::shared_ptr<ai::Classifier> loadTaskModel(const std::string& modelPath,
                                              const std::string& bundledFile,
                                              const std::string& task, int classCount) {
  const std::string path = modelPath.empty() ? ai::bundledModelPath(bundledFile) : modelPath;
  auto m = std::make_shared<ai::Classifier>(path);
  const ai::ModelInfo& info = m->info();
  if (!info.task.empty() && info.task != task)
    throw Error(fileError(
        path, "this is a model for the '" + info.task + "' task, not for '" + task + "'"));
  if (!info.outputNames.empty())
    throw Error(fileError(path, "this model has " + std::to_string(info.outputNames.size()) +
                                    " outputs; the " + task +
                                    " task takes a model with one output"));
  if (static_cast<int>(info.classNames.size()) != classCount)
    throw Error(fileError(path, "the model has " + std::to_string(info.classNames.size()) +
                                    " classes; the " + task + " task needs " +
                                    std::to_string(classCount)));
  return m;
}

void ImageClassifierTask::load(const std::string& modelPath) {
  model_ = loadTaskModel(modelPath, spec_.bundledModel, spec_.name, spec_.classCount);
}

const ai::Classifier& ImageClassifierTask::model() const {
  if (!model_) throw Error(spec_.name + ": no model is loaded");
  return *model_;
}

std::vector<std::string> ImageClassifierTask::classNames() const {
  return model_ ? model_->info().classNames : std::vector<std::string>{};
}
std::vector<std::string> ImageClassifierTask::camLayers() const {
  return model_ ? model_->camLayers() : std::vector<std::string>{};
}
std::string ImageClassifierTask::defaultCamLayer() const {
  return model_ ? model_->info().camLayer : std::string();
}

ai::TaskResult ImageClassifierTask::run(const ai::TaskInput& input, const Progress& progress) {
  const ai::Classifier& m = model();
  requirePicture(input, spec_.name);
  const auto t0 = std::chrono::steady_clock::now();
  progress.throwIfCancelled();
  progress.report(0.1, "preprocessing");
  const torch::Tensor x = m.input(*input.image, input.slice);
  progress.throwIfCancelled();
  progress.report(0.5, "inference");
  const torch::Tensor p = m.probabilities(x)[0];
  ai::TaskResult r;
  r.task = spec_.name;
  r.classNames = m.info().classNames;
  r.classDisplayNames = m.info().classDisplayNames;
  ai::TaskOutput out;
  out.name = spec_.outputName;
  for (int64_t c = 0; c < p.size(0); ++c)
    out.probabilities.push_back(p[c].item<double>());
  r.outputs.push_back(std::move(out));
  r.modelPath = m.path();
  r.provenance = m.info().provenance;
  r.device = ai::describeDevice(m.device());
  r.demo = m.isDemo();
  r.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  progress.report(1.0, "done");
  return r;
}

ai::TaskExplanation ImageClassifierTask::explain(const ai::TaskInput& input, int outputIndex,
                                                 int classIndex, const std::string& method,
                                                 const std::string& layer) {
  const ai::Classifier& m = model();
  requirePicture(input, spec_.name);
  if (outputIndex != 0) throw Error(spec_.name + " has one output");
  const auto t0 = std::chrono::steady_clock::now();
  const ai::CamMethod cm = ai::camMethodFromName(method);
  const torch::Tensor x = m.input(*input.image, input.slice);
  const ai::CamResult cam = m.cam(x, classIndex, layer, cm);
  ai::TaskExplanation e;
  e.seriesIndex = -1;
  e.slice = input.slice;
  e.heatmap = ai::camToImage(cam.map, input.image->width(), input.image->height());
  e.region = {0, 0, static_cast<double>(input.image->width()),
              static_cast<double>(input.image->height())};
  e.method = ai::camMethodName(cm);
  e.layer = layer.empty() ? m.info().camLayer : layer;
  e.outputIndex = 0;
  e.classIndex = classIndex;
  e.milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return e;
}

}  // namespace osteon::plugins
