#pragma once
// What a task accepts, checked before it runs, and which task fits a loaded study. Tensor-free:
// the viewer and osteon-cli call these on what they loaded, and refuse (or warn, with a way to run
// anyway for research use) with a reason a user can act on:
//   "osteoporosis expects one panoramic dental radiograph; this is an MR series (Sagittal T2, 17
//    slices)".
// DICOM images say what they are (meta "modality", "body_part", "series_description"); plain
// pictures (PNG/JPEG/TIFF) do not, so a projection task goes by their shape (a panoramic is about
// twice as wide as tall, an AP spine radiograph taller than wide) and the reason says so.

#include <string>
#include <vector>

#include "core/ai/task.h"
#include "core/image/image.h"

namespace osteon::ai {

struct InputCheck {
  bool ok = true;
  std::string reason;  // empty when ok; else "<task> expects ...; this is ..."
  std::string input;   // what the input is, in words ("an MR series (Sagittal T2, 17 slices)")
};

// Checks `input` against what task `task` accepts. Never throws.
InputCheck checkTaskInput(const std::string& task, const TaskAcceptance& accepts,
                          const TaskInput& input);

// The acceptance of the three tasks this build has (plugins declare theirs through these).
TaskAcceptance osteoporosisAcceptance();
TaskAcceptance scoliosisAcceptance();
TaskAcceptance lumbarAcceptance();

// One series of a loaded study, as much as the proposal needs.
struct SeriesSummary {
  std::string modality, description, bodyPart;
  int width = 0, height = 0, depth = 0;
};
SeriesSummary summarize(const image::Image& volume, const std::string& description = {});

struct TaskProposal {
  std::string task;    // "lumbar", "scoliosis", "osteoporosis" or "" (nothing fits)
  std::string reason;  // "MR study with sagittal and axial series"
};
// MR with sagittal/axial (lumbar) series -> lumbar; a spine projection radiograph (DX/CR with a
// spine body part or description, or a tall picture) -> scoliosis; a panoramic dental radiograph
// (PX, a jaw body part, a "pano" description, or a wide picture) -> osteoporosis.
TaskProposal proposeTask(const std::vector<SeriesSummary>& series);

// Class names as words: "1_healthy" -> "Healthy", "3_osteoporosis" -> "Osteoporosis",
// "normal_mild" -> "Normal mild"; names without '_' (e.g. "3CH", "Normal/Mild") stay as they are.
std::string displayClassName(const std::string& raw);

}  // namespace osteon::ai
