#include "core/train/evaluation.h"

#include <filesystem>

#include "core/ai/model_package.h"
#include "core/ai/preprocess.h"
#include "core/base/error.h"
#include "core/io/open.h"

namespace osteon::train {

namespace fs = std::filesystem;

nlohmann::json ClassifierEvaluation::toJson() const {
  nlohmann::json p = nlohmann::json::object();
  for (const auto& q : pointing)
    p[q.method] = {{"hits", q.hits},
                   {"images", q.images},
                   {"fraction", q.images ? static_cast<double>(q.hits) / q.images : 0.0}};
  // Per-class precision, recall and F1 from the confusion matrix (rows: truth, columns: model).
  nlohmann::json perClass = nlohmann::json::object();
  double macroF1 = 0;
  for (std::size_t c = 0; c < classes.size(); ++c) {
    double tp = confusion[c][c], predicted = 0, actual = 0;
    for (std::size_t o = 0; o < classes.size(); ++o) {
      predicted += confusion[o][c];
      actual += confusion[c][o];
    }
    const double precision = predicted > 0 ? tp / predicted : 0,
                 recall = actual > 0 ? tp / actual : 0;
    const double f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
    macroF1 += f1 / static_cast<double>(classes.size());
    perClass[classes[c]] = {{"precision", precision}, {"recall", recall}, {"f1", f1}};
  }
  return {{"images", images},
          {"cam_layer", layer},
          {"accuracy", accuracy()},
          {"macro_f1", macroF1},
          {"per_class", perClass},
          {"classes", classes},
          {"confusion_matrix", confusion},
          {"pointing_game", p}};
}

ClassifierEvaluation evaluateClassifier(const std::string& modelPath, const DatasetReport& data,
                                        const std::string& masksDir,
                                        const std::vector<ai::CamMethod>& methods,
                                        const std::string& layer, const Progress& progress) {
  const ai::LoadedModel m = ai::loadModel(modelPath);
  if (data.classes != m.info.classNames)
    throw Error("the dataset's classes do not match the model's (" +
                std::to_string(data.classes.size()) + " folders vs " +
                std::to_string(m.info.classNames.size()) + " classes, compared by name)");
  ClassifierEvaluation e;
  e.classes = data.classes;
  e.layer = layer.empty() ? m.info.camLayer : layer;
  e.confusion.assign(data.classes.size(), std::vector<int>(data.classes.size(), 0));
  for (ai::CamMethod method : methods)
    e.pointing.push_back({ai::camMethodName(method), 0, 0});
  const int w = m.info.inputSize, h = ai::inputHeightOf(m.info);
  for (std::size_t i = 0; i < data.samples.size(); ++i) {
    progress.throwIfCancelled();
    progress.report(static_cast<double>(i) / data.samples.size(), "evaluating");
    const Sample& s = data.samples[i];
    const image::Image img = io::openImage(s.path);
    const torch::Tensor x = ai::prepareInput(img, m.info, img.depth() / 2);
    int predicted = 0;
    {
      torch::NoGradGuard ng;
      predicted = static_cast<int>(m.network->forward(x).argmax(1).item<int64_t>());
    }
    ++e.images;
    e.correct += predicted == s.label ? 1 : 0;
    ++e.confusion[static_cast<std::size_t>(s.label)][static_cast<std::size_t>(predicted)];
    const fs::path mask = fs::path(masksDir) / (fs::path(s.path).stem().string() + ".png");
    if (masksDir.empty() || !fs::is_regular_file(mask)) continue;
    const image::Image mk = io::openImage(mask.string());
    for (std::size_t k = 0; k < methods.size(); ++k) {
      const ai::CamResult cam = ai::computeCam(*m.network, x, s.label,
                                               layer.empty() ? m.info.camLayer : layer, methods[k]);
      const int64_t peak = cam.map.flatten().argmax().item<int64_t>();
      // The peak's input pixel -> the mask's pixel (both span the whole image).
      const int mx = std::min(mk.width() - 1, static_cast<int>((peak % w + 0.5) * mk.width() / w));
      const int my =
          std::min(mk.height() - 1, static_cast<int>((peak / w + 0.5) * mk.height() / h));
      ++e.pointing[k].images;
      e.pointing[k].hits += mk.value(mx, my, 0) > 0 ? 1 : 0;
    }
  }
  return e;
}

}  // namespace osteon::train
