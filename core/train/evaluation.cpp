#include "core/train/evaluation.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <sstream>

#include "core/ai/device.h"
#include "core/ai/model_package.h"
#include "core/ai/preprocess.h"
#include "core/annotation/csv.h"
#include "core/base/error.h"
#include "core/io/image_file.h"
#include "core/io/open.h"
#include "core/train/plot.h"

namespace osteon::train {

namespace fs = std::filesystem;

nlohmann::json ClassifierEvaluation::toJson() const {
  nlohmann::json p = nlohmann::json::object();
  for (const auto& q : pointing)
    p[q.method] = {{"hits", q.hits},
                   {"images", q.images},
                   {"fraction", q.images ? static_cast<double>(q.hits) / q.images : 0.0}};
  nlohmann::json j = metrics.toJson(classes);
  j["images"] = images;
  j["cam_layer"] = layer;
  j["classes"] = classes;
  j["confusion_matrix"] = confusion;
  j["pointing_game"] = p;
  if (rsnaTargets > 0) {
    j["rsna_score"] = rsna.toJson();
    j["rsna_score"]["targets"] = rsnaTargets;
  }
  return j;
}

void ClassifierEvaluation::write(const std::string& dir) const {
  fs::create_directories(dir);
  {
    std::ofstream out(fs::path(dir) / "report.json");
    out << toJson().dump(2) << "\n";
    if (!out) throw Error(fileError(dir, "cannot write report.json"));
  }
  annotation::CsvTable t;
  t.header = {"path", "truth", "predicted"};
  for (const auto& c : classes)
    t.header.push_back("p_" + c);
  t.headerQuoted.assign(t.header.size(), false);
  for (std::size_t i = 0; i < paths.size(); ++i) {
    const auto& p = probabilities[i];
    const auto best = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
    std::vector<std::string> row{paths[i], classes[static_cast<std::size_t>(truth[i])],
                                 classes[best]};
    for (double v : p) {
      std::ostringstream o;
      o << std::setprecision(9) << v;
      row.push_back(o.str());
    }
    t.appendRow(std::move(row));
  }
  annotation::writeCsv(t, (fs::path(dir) / "predictions.csv").string());
  io::writeImageFile(plotConfusion(confusion, classes, "Confusion matrix"),
                     (fs::path(dir) / "confusion.png").string());
}

ClassifierEvaluation evaluateClassifier(const std::string& modelPath, const DatasetReport& data,
                                        const std::string& masksDir,
                                        const std::vector<ai::CamMethod>& methods,
                                        const std::string& layer, const Progress& progress) {
  const ai::LoadedModel m = ai::loadModel(modelPath);
  const torch::Device device = ai::computeDevice();
  m.network->to(device);
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
      const torch::Tensor p = torch::softmax(m.network->forward(x.to(device)), 1)
                                  .to(torch::kCPU)
                                  .to(torch::kDouble)
                                  .contiguous();
      e.probabilities.emplace_back(p.data_ptr<double>(), p.data_ptr<double>() + p.numel());
      predicted = static_cast<int>(p.argmax(1).item<int64_t>());
      e.paths.push_back(s.path);
      e.truth.push_back(s.label);
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
  if (!e.truth.empty())
    e.metrics = classificationMetrics(e.truth, e.probabilities, static_cast<int>(e.classes.size()));
  // RSNA score for lumbar crops: the target is in the file name.
  if (e.classes == std::vector<std::string>{"0_normal_mild", "1_moderate", "2_severe"}) {
    std::vector<RsnaTarget> targets;
    for (std::size_t i = 0; i < e.paths.size(); ++i) {
      const std::string stem = fs::path(e.paths[i]).stem().string();
      std::vector<std::string> parts;
      for (std::size_t a = 0; a <= stem.size();) {
        const std::size_t b = std::min(stem.find('_', a), stem.size());
        parts.push_back(stem.substr(a, b - a));
        a = b + 1;
      }
      if (parts.size() < 6) {
        targets.clear();
        break;
      }
      RsnaTarget t;
      t.study = parts[0];
      t.level = parts[parts.size() - 2] + "_" + parts.back();
      for (std::size_t k = 2; k + 2 < parts.size(); ++k)
        t.condition += (t.condition.empty() ? "" : "_") + parts[k];
      t.truth = e.truth[i];
      for (int c = 0; c < 3; ++c)
        t.p[c] = e.probabilities[i][static_cast<std::size_t>(c)];
      targets.push_back(t);
    }
    try {
      if (!targets.empty()) {
        e.rsna = rsnaWeightedLogLoss(targets);
        e.rsnaTargets = static_cast<int>(targets.size());
      }
    } catch (const Error&) {
      e.rsnaTargets = 0;  // names that are not RSNA targets: no score
    }
  }
  return e;
}

}  // namespace osteon::train
