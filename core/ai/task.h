#pragma once
// The interface every task plugin implements (plugins/scoliosis, plugins/lumbar,
// plugins/osteoporosis), without tensors: the viewer and osteon-cli hand a plugin images and
// coordinates and get class probabilities and heatmaps back. LibTorch stays behind the plugins.
//
// A task knows which inputs it accepts, how to preprocess them for its model, how to run the model
// and what its outputs mean. One "output" is one prediction target: the single ALS type or
// osteoporosis diagnosis, or one of lumbar's 25 (condition, level) targets.

#include <memory>
#include <string>
#include <vector>

#include "core/annotation/rsna_dataset.h"
#include "core/base/progress.h"
#include "core/image/image.h"

namespace osteon::ai {

// One series of a study, as the viewer or the CLI loaded it.
struct TaskSeries {
  std::string seriesId;     // RSNA series folder name, or any id
  std::string description;  // "Sagittal T1", "Sagittal T2/STIR", "Axial T2", ...
  std::shared_ptr<const image::Image> volume;
  std::vector<int> instanceNumbers;  // DICOM InstanceNumber of each slice (may be empty)
  // Why the series could not be loaded ("unreadable: ...", "listed but has no folder"); the
  // volume is then null and the targets read on it say so.
  std::string problem;
};

struct TaskInput {
  // X-ray tasks: one picture (slice `slice` of `image`).
  std::shared_ptr<const image::Image> image;
  int slice = 0;
  // Lumbar: the study's series and the level coordinates (train_label_coordinates.csv rows).
  std::string studyId;
  std::vector<TaskSeries> series;
  std::vector<annotation::RsnaCoordinate> coordinates;
};

struct TaskOutput {
  std::string name;  // "ALS type", "spinal_canal_stenosis_l4_l5", ...
  std::vector<double> probabilities;
  // false when the input lacked what this output needs (e.g. no coordinate for a level); the
  // probabilities are then the model's prior and `note` says why.
  bool measured = true;
  std::string note;
  int best() const;  // index of the largest probability
};

struct TaskResult {
  std::string task;
  std::vector<std::string> classNames;  // shared by every output ("1_healthy", raw)
  // Words to show ("Healthy"), from the model package; empty or short = derived from classNames
  // (ai::displayClassName).
  std::vector<std::string> classDisplayNames;
  std::string displayName(std::size_t c) const;  // "Healthy"
  std::vector<TaskOutput> outputs;
  std::string modelPath, provenance;
  std::string device;  // where the model ran: "cpu", "cuda:0" (ai::computeDevice()); "" = unsaid
  bool demo = false;   // the model says it was trained on synthetic phantoms
  // Lumbar: the coordinates the level localiser placed for this run (same rows as
  // train_label_coordinates.csv: study, series, instance, condition, level, x, y); empty when
  // every coordinate was given. Given coordinates win per (condition, level); the localiser only
  // fills the missing ones.
  std::vector<annotation::RsnaCoordinate> placedCoordinates;
  double milliseconds = 0;
  std::string summary()
      const;  // one line with display names: "3CL 82%" or "3 of 25 targets Severe ..."
};

// A class activation map for one output and class, placed on the picture it explains.
struct TaskExplanation {
  int seriesIndex = -1;  // lumbar: which TaskInput::series; -1 = TaskInput::image
  int slice = 0;
  image::Image heatmap;        // Float32 2D in [0, 1], the size of that slice; 0 outside a crop
  std::vector<double> region;  // x0, y0, x1, y1 of the explained area in slice pixels
  std::string method, layer;
  int outputIndex = 0, classIndex = 0;
  double milliseconds = 0;
};

// What a task accepts (checked by ai::checkTaskInput in core/ai/task_input_check.h).
struct TaskAcceptance {
  std::string expects;     // "one panoramic dental radiograph"
  bool projection = true;  // true: one 2D radiograph; false: a study of volumes (series)
  // Accepted DICOM modalities ("PX", "DX", "CR"); empty = any. Pictures without a modality (plain
  // files, secondary captures "OT"/"SC") are judged by their shape.
  std::vector<std::string> modalities;
  // Keywords (upper case, matched inside BodyPartExamined and the series description) that say
  // a radiograph is this task's anatomy ("JAW", "PANO" / "SPINE"). A projection with a body part
  // or description matching none of them, and no shape hint, is refused.
  std::vector<std::string> anatomy;
  // Study tasks: series descriptions the task reads (lower case words, all contained:
  // "sagittal t1"); at least one must be present.
  std::vector<std::string> seriesDescriptions;
  int minWidth = 0, minHeight = 0;  // pixels
  // Width / height range of the picture (0 = no bound); decides plain pictures and DICOM
  // radiographs whose anatomy is not recorded.
  double minAspect = 0, maxAspect = 0;
  std::string shapeName;  // "a panoramic is about twice as wide as tall"
};

class TaskPlugin {
 public:
  virtual ~TaskPlugin() = default;
  virtual std::string name() const = 0;   // "scoliosis", "lumbar", "osteoporosis"
  virtual std::string title() const = 0;  // "Scoliosis: ALS type"
  virtual std::string acceptedInputs() const = 0;
  // What inputs it accepts, for ai::checkTaskInput; the default accepts anything.
  virtual TaskAcceptance accepts() const { return {}; }
  virtual std::string bundledModel() const = 0;  // file name under resources/models
  // Loads a model package (or TorchScript file); "" = the bundled demo model. Throws
  // osteon::Error when the file is missing, broken, or made for another task.
  virtual void load(const std::string& modelPath) = 0;
  virtual bool loaded() const = 0;
  virtual std::vector<std::string> classNames() const = 0;
  virtual std::vector<std::string> camLayers() const = 0;  // layers a CAM can target
  virtual std::string defaultCamLayer() const = 0;
  // Throws osteon::Error when the input is not what the task accepts; osteon::Cancelled when
  // `progress` reports a cancel.
  virtual TaskResult run(const TaskInput& input, const Progress& progress = {}) = 0;
  // method: "gradcam", "gradcam++", "layercam", "eigencam", "scorecam"; layer "" = default.
  virtual TaskExplanation explain(const TaskInput& input, int outputIndex, int classIndex,
                                  const std::string& method, const std::string& layer) = 0;
};

// "demo: trained on synthetic phantoms, not for clinical use", shown next to demo results.
extern const char* const kDemoLabel;

}  // namespace osteon::ai
