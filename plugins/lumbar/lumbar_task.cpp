#include "plugins/lumbar/lumbar_task.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

#include "core/ai/classifier.h"
#include "core/ai/lumbar_crops.h"
#include "core/ai/lumbar_localiser.h"
#include "core/ai/lumbar_series.h"
#include "core/ai/model_package.h"
#include "core/ai/task_input_check.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"
#include "plugins/common/image_classifier_task.h"

namespace osteon::plugins {

namespace rsna = annotation::rsna;

namespace {

// One target's crop, or why there is none.
struct Target {
  int series = -1, slice = -1;
  double x = 0, y = 0;
  std::string missing;  // empty when the crop can be made
};

class LumbarTask : public ai::TaskPlugin {
 public:
  std::string name() const override { return "lumbar"; }
  std::string title() const override { return "Lumbar degeneration (RSNA 2024)"; }
  std::string acceptedInputs() const override {
    return "a lumbar MRI study (Sagittal T1, Sagittal T2/STIR, Axial T2) with a coordinate per "
           "condition and level (train_label_coordinates.csv rows or labels placed in the viewer)";
  }
  ai::TaskAcceptance accepts() const override { return ai::lumbarAcceptance(); }
  std::string bundledModel() const override { return "lumbar-demo.osteon"; }

  void load(const std::string& modelPath) override {
    model_ = loadTaskModel(modelPath, bundledModel(), name(), rsna::kSeverities);
  }
  bool loaded() const override { return model_ != nullptr; }
  std::vector<std::string> classNames() const override {
    return {rsna::kSeverityNames.begin(), rsna::kSeverityNames.end()};
  }
  std::vector<std::string> camLayers() const override {
    return model_ ? model_->camLayers() : std::vector<std::string>{};
  }
  std::string defaultCamLayer() const override {
    return model_ ? model_->info().camLayer : std::string();
  }

  ai::TaskResult run(const ai::TaskInput& given, const Progress& progress) override {
    const ai::Classifier& m = model();
    if (given.series.empty())
      throw Error("lumbar: open a study with its sagittal and axial series first");
    const auto t0 = std::chrono::steady_clock::now();
    ai::TaskResult r;
    r.task = name();
    r.classNames = classNames();
    r.modelPath = m.path();
    r.provenance = m.info().provenance;
    r.demo = m.isDemo();
    // Stage 1: the level localiser places the coordinates the input lacks (given ones win).
    ai::TaskInput input = given;
    std::string localiserNote;
    r.placedCoordinates = localise(input, progress, &localiserNote);
    const std::vector<double> prior = priorOf(m);
    // Which series each condition is read on and whether points can be placed on it (readable,
    // enough slices, not tilted or sheared, the axial stack in the sagittal frame of reference):
    // placements on a series that fails are dropped, and the failure is the note of the targets
    // left without a coordinate.
    const ai::lumbar::StudySeriesCheck seriesCheck = ai::lumbar::checkStudySeries(input.series);
    {
      const auto unusable = [&](const annotation::RsnaCoordinate& c) {
        return !seriesCheck.problemFor(c.condition).empty();
      };
      auto& placed = r.placedCoordinates;
      placed.erase(std::remove_if(placed.begin(), placed.end(), unusable), placed.end());
      input.coordinates = given.coordinates;
      input.coordinates.insert(input.coordinates.end(), placed.begin(), placed.end());
    }
    std::vector<torch::Tensor> crops;
    std::vector<std::size_t> measured;
    for (int c = 0; c < rsna::kConditions; ++c)
      for (int l = 0; l < rsna::kLevels; ++l) {
        progress.throwIfCancelled();
        ai::TaskOutput o;
        o.name = rsna::columnName(c, l);
        const Target t = locate(input, c, l, &seriesCheck);
        if (!t.missing.empty()) {
          o.measured = false;
          o.note = t.missing;
          o.probabilities = prior;
        } else {
          const auto& vol = *input.series[static_cast<std::size_t>(t.series)].volume;
          crops.push_back(m.input(ai::lumbar::crop(vol, t.slice, t.x, t.y)));
          measured.push_back(r.outputs.size());
        }
        r.outputs.push_back(std::move(o));
      }
    progress.report(0.3, "grading " + std::to_string(crops.size()) + " levels");
    if (!crops.empty()) {
      const torch::Tensor p = m.probabilities(torch::cat(crops, 0));
      for (std::size_t i = 0; i < measured.size(); ++i) {
        auto& probs = r.outputs[measured[i]].probabilities;
        for (int s = 0; s < rsna::kSeverities; ++s)
          probs.push_back(p[static_cast<long>(i)][s].item<double>());
      }
    }
    if (!localiserNote.empty())
      for (auto& o : r.outputs)
        if (!o.measured) o.note += " (level localiser: " + localiserNote + ")";
    r.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    progress.report(1.0, "done");
    return r;
  }

  // The localiser's placements for the targets `input` has no coordinate for, appended to
  // input.coordinates and returned; `note` gets why nothing could be placed (no localiser model,
  // a series it needs is missing).
  std::vector<annotation::RsnaCoordinate> localise(ai::TaskInput& input, const Progress& progress,
                                                   std::string* note) {
    bool complete = true;
    for (int c = 0; c < rsna::kConditions && complete; ++c)
      for (int l = 0; l < rsna::kLevels && complete; ++l) {
        bool found = false;
        for (const auto& co : input.coordinates)
          found =
              found || (co.condition == c && co.level == l &&
                        (input.studyId.empty() || co.study.empty() || co.study == input.studyId));
        complete = found;
      }
    if (complete || localiserPath_ == "none") return {};
    try {
      if (!localiser_)
        localiser_ = std::make_shared<ai::lumbar::LumbarLocaliser>(
            localiserPath_.empty() ? ai::bundledModelPath(ai::lumbar::kLocaliserBundled)
                                   : localiserPath_);
      progress.report(0.05, "placing the levels");
      ai::lumbar::Placement p = localiser_->place(input, input.coordinates);
      input.coordinates.insert(input.coordinates.end(), p.placed.begin(), p.placed.end());
      if (note) {
        for (const auto& n : p.notes)
          *note += (note->empty() ? "" : "; ") + n;
      }
      return p.placed;
    } catch (const Error& e) {
      if (note) *note = e.what();
      return {};
    }
  }

  void setLocaliser(const std::string& path) {
    localiserPath_ = path;
    localiser_.reset();
    if (!path.empty() && path != "none")
      localiser_ = std::make_shared<ai::lumbar::LumbarLocaliser>(path);
  }

  // Every target with the training prior, not measured, `reason` as the note.
  ai::TaskResult priorResult(const std::string& reason) const {
    const ai::Classifier& m = model();
    ai::TaskResult r;
    r.task = name();
    r.classNames = classNames();
    r.modelPath = m.path();
    r.provenance = m.info().provenance;
    r.demo = m.isDemo();
    const std::vector<double> prior = priorOf(m);
    for (int c = 0; c < rsna::kConditions; ++c)
      for (int l = 0; l < rsna::kLevels; ++l) {
        ai::TaskOutput o;
        o.name = rsna::columnName(c, l);
        o.measured = false;
        o.note = "the study could not be graded: " + reason;
        o.probabilities = prior;
        r.outputs.push_back(std::move(o));
      }
    return r;
  }

  ai::TaskExplanation explain(const ai::TaskInput& given, int outputIndex, int classIndex,
                              const std::string& method, const std::string& layer) override {
    const ai::Classifier& m = model();
    if (outputIndex < 0 || outputIndex >= rsna::kConditions * rsna::kLevels)
      throw Error("lumbar: output " + std::to_string(outputIndex) + " does not exist (0..24)");
    const int c = outputIndex / rsna::kLevels, l = outputIndex % rsna::kLevels;
    ai::TaskInput input = given;  // with the localiser's points where coordinates are missing
    localise(input, {}, nullptr);
    const Target t = locate(input, c, l);
    if (!t.missing.empty())
      throw Error("lumbar: cannot explain " + rsna::columnName(c, l) + ": " + t.missing);
    const auto t0 = std::chrono::steady_clock::now();
    const auto& vol = *input.series[static_cast<std::size_t>(t.series)].volume;
    std::array<double, 4> region{};
    const image::Image cropImg =
        ai::lumbar::crop(vol, t.slice, t.x, t.y, ai::lumbar::kCropPixels, &region);
    const ai::CamMethod cm = ai::camMethodFromName(method);
    const ai::CamResult cam = m.cam(m.input(cropImg), classIndex, layer, cm);
    // The crop's map, pasted back where the crop came from on the slice.
    ai::TaskExplanation e;
    e.seriesIndex = t.series;
    e.slice = t.slice;
    e.region = {region[0], region[1], region[2], region[3]};
    e.heatmap = image::Image(image::PixelType::Float32, {vol.width(), vol.height(), 1});
    const int side = 64;
    const image::Image local = ai::camToImage(cam.map, side, side);
    for (int y = 0; y < vol.height(); ++y)
      for (int x = 0; x < vol.width(); ++x) {
        const double u = (x + 0.5 - region[0]) / (region[2] - region[0]);
        const double v = (y + 0.5 - region[1]) / (region[3] - region[1]);
        if (u < 0 || v < 0 || u >= 1 || v >= 1) continue;
        const float val = local.data<float>()[static_cast<std::size_t>(
            static_cast<int>(v * side) * side + static_cast<int>(u * side))];
        e.heatmap
            .data<float>()[static_cast<std::size_t>(y) * static_cast<std::size_t>(vol.width()) +
                           static_cast<std::size_t>(x)] = val;
      }
    e.method = ai::camMethodName(cm);
    e.layer = layer.empty() ? m.info().camLayer : layer;
    e.outputIndex = outputIndex;
    e.classIndex = classIndex;
    e.milliseconds =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return e;
  }

 private:
  const ai::Classifier& model() const {
    if (!model_) throw Error("lumbar: no model is loaded");
    return *model_;
  }

  // The class frequencies the model was trained on (a calibrated guess for targets without a
  // coordinate), else uniform.
  static std::vector<double> priorOf(const ai::Classifier& m) {
    std::vector<double> p(rsna::kSeverities, 1.0 / rsna::kSeverities);
    const auto& counts = m.info().metrics.value("class_counts", nlohmann::json::array());
    if (counts.is_array() && counts.size() == rsna::kSeverities) {
      double total = 0;
      for (const auto& c : counts)
        total += c.get<double>();
      if (total > 0)
        for (int s = 0; s < rsna::kSeverities; ++s)
          p[static_cast<std::size_t>(s)] =
              counts[static_cast<std::size_t>(s)].get<double>() / total;
    }
    return p;
  }

  // Where the target's crop comes from, or why it cannot be measured (every reason ends in
  // "<condition> at <level> not measured" or names the series, the coordinate and the cause).
  static Target locate(const ai::TaskInput& input, int condition, int level,
                       const ai::lumbar::StudySeriesCheck* check = nullptr) {
    Target t;
    const std::string what = lowerName(condition) + " at " +
                             rsna::kLevelNames[static_cast<std::size_t>(level)] + " not measured";
    const annotation::RsnaCoordinate* found = nullptr;
    for (const auto& co : input.coordinates)
      if (co.condition == condition && co.level == level &&
          (input.studyId.empty() || co.study.empty() || co.study == input.studyId)) {
        found = &co;
        break;
      }
    if (!found) {
      // The series' problem when it has one (nothing could be placed there), else the missing
      // coordinate itself.
      const std::string problem = check ? check->problemFor(condition) : std::string();
      t.missing = problem.empty() ? "no coordinate for this level (place it in the labelling "
                                    "panel or give train_label_coordinates.csv rows): " +
                                        what
                                  : problem + ": " + what;
      return t;
    }
    t.series = ai::lumbar::findSeries(input.series, *found);
    if (t.series < 0) {
      t.missing = "no " + std::string(rsna::seriesForCondition(condition)) +
                  " series (the coordinate names series " + found->series + "): " + what;
      return t;
    }
    const auto& s = input.series[static_cast<std::size_t>(t.series)];
    if (!s.volume || s.volume->empty()) {
      t.missing =
          "series " + s.seriesId + " (" + s.description + ") " +
          (s.problem.empty() ? std::string("has no pixels") : "could not be read: " + s.problem) +
          ": " + what;
      return t;
    }
    t.slice = ai::lumbar::sliceForInstance(s.instanceNumbers, found->instance, s.volume->depth());
    if (t.slice < 0) {
      t.missing = "series " + s.seriesId + " has no instance " + std::to_string(found->instance) +
                  ": " + what;
      return t;
    }
    if (!(found->x >= 0 && found->y >= 0 && found->x <= s.volume->width() - 1 &&
          found->y <= s.volume->height() - 1)) {
      char b[160];
      std::snprintf(b, sizeof b,
                    "the coordinate (%.1f, %.1f) lies outside series %s's %d x %d "
                    "slices: ",
                    found->x, found->y, s.seriesId.c_str(), s.volume->width(), s.volume->height());
      t.missing = b + what;
      return t;
    }
    t.x = found->x;
    t.y = found->y;
    return t;
  }

  static std::string lowerName(int condition) {
    std::string n = rsna::kConditionNames[static_cast<std::size_t>(condition)];
    for (char& ch : n)
      ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return n;
  }

  std::shared_ptr<ai::Classifier> model_;
  std::string localiserPath_;  // "" = the bundled demo localiser, "none" = no localiser
  std::shared_ptr<ai::lumbar::LumbarLocaliser> localiser_;
};

}  // namespace

std::unique_ptr<ai::TaskPlugin> makeLumbarTask() {
  return std::make_unique<LumbarTask>();
}

ai::TaskResult lumbarPriorResult(const ai::TaskPlugin& lumbar, const std::string& reason) {
  const auto* task = dynamic_cast<const LumbarTask*>(&lumbar);
  if (!task) throw Error("the priors of a lumbar result need the lumbar task");
  return task->priorResult(reason);
}

void setLumbarLocaliser(ai::TaskPlugin& lumbar, const std::string& path) {
  auto* task = dynamic_cast<LumbarTask*>(&lumbar);
  if (!task) throw Error("a level localiser can only be set on the lumbar task");
  task->setLocaliser(path);
}

std::vector<std::string> submissionRows(const ai::TaskResult& result, const std::string& studyId) {
  std::vector<std::string> rows;
  for (const ai::TaskOutput& o : result.outputs) {
    if (o.probabilities.size() != 3) throw Error("lumbar: an output lacks its 3 probabilities");
    char buf[96];
    std::snprintf(buf, sizeof buf, ",%.6f,%.6f,%.6f", o.probabilities[0], o.probabilities[1],
                  o.probabilities[2]);
    rows.push_back(studyId + "_" + o.name + buf);
  }
  return rows;
}

}  // namespace osteon::plugins
