#include "core/ai/spine_landmarks.h"

#include "core/ai/device.h"
#include "core/ai/preprocess.h"
#include "core/base/error.h"

namespace osteon::ai {

std::vector<std::string> spineLandmarkOutputNames() {
  static const char* corners[4] = {"top-left", "top-right", "bottom-left", "bottom-right"};
  std::vector<std::string> names;
  for (const char* axis : {"x", "y"})
    for (int v = 0; v < annotation::kSpineVertebrae; ++v)
      for (const char* c : corners)
        names.push_back(std::string(axis) + " " +
                        annotation::kVertebraNames[static_cast<std::size_t>(v)] + " " + c);
  return names;
}

torch::Tensor mirrorLandmarks(const torch::Tensor& p) {
  constexpr int n = annotation::kSpineLandmarks;
  // Corner order per vertebra TL TR BL BR -> TR TL BR BL.
  std::vector<int64_t> order(2 * n);
  for (int i = 0; i < n; ++i) {
    const int v = i / 4, c = i % 4;
    const int src = 4 * v + (c ^ 1);
    order[static_cast<std::size_t>(i)] = src;
    order[static_cast<std::size_t>(i + n)] = src + n;
  }
  torch::Tensor out = p.index_select(1, torch::tensor(order, torch::kLong).to(p.device()));
  return torch::cat({1.0 - out.slice(1, 0, n), out.slice(1, n, 2 * n)}, 1);
}

SpineLandmarkModel::SpineLandmarkModel(const std::string& path)
    : SpineLandmarkModel(loadModel(path)) {
  model_.network->to(computeDevice());
}

SpineLandmarkModel::SpineLandmarkModel(LoadedModel model) : model_(std::move(model)) {
  if (model_.info.task != kSpineLandmarkTask ||
      model_.info.classNames.size() != 2 * static_cast<std::size_t>(annotation::kSpineLandmarks))
    throw Error("this model (task '" + model_.info.task +
                "') is not a spine landmark model: it must predict the 136 AASCE coordinates");
}

torch::Tensor SpineLandmarkModel::input(const image::Image& img, int k) const {
  return toInput(img, model_.info.inputSize, inputHeightOf(model_.info), model_.info.mean,
                 model_.info.stdev, k);
}

torch::Tensor SpineLandmarkModel::predictNormalized(const torch::Tensor& batch) const {
  torch::NoGradGuard ng;
  const torch::Tensor x = batch.to(deviceOf(*model_.network));
  const torch::Tensor direct = model_.network->forward(x);
  const torch::Tensor mirrored = mirrorLandmarks(model_.network->forward(x.flip({3})));
  return ((direct + mirrored) / 2).to(batch.device());
}

std::vector<annotation::Point2> SpineLandmarkModel::predict(const image::Image& img, int k) const {
  const torch::Tensor p = predictNormalized(input(img, k)).to(torch::kCPU).contiguous();
  const float* v = p.data_ptr<float>();
  std::vector<annotation::Point2> out(annotation::kSpineLandmarks);
  for (int i = 0; i < annotation::kSpineLandmarks; ++i)
    out[static_cast<std::size_t>(i)] = {
        static_cast<double>(v[i]) * img.width(),
        static_cast<double>(v[i + annotation::kSpineLandmarks]) * img.height()};
  return out;
}

}  // namespace osteon::ai
