#pragma once
// The RSNA 2024 Lumbar Spine competition's folder layout, in one place. A split ("train" or
// "test") of a dataset folder ROOT is
//   ROOT/train.csv                           severities, one row per study (train only)
//   ROOT/<split>_label_coordinates.csv       level points (study, series, instance, condition,
//                                            level, x, y)
//   ROOT/<split>_series_descriptions.csv     study_id, series_id, series_description
//   ROOT/<split>_images/<study>/<series>/<instance>.dcm
// Readers, writers, the trainer, the CLI and the viewer name these paths through RsnaLayout only.

#include <filesystem>
#include <optional>
#include <string>

namespace osteon::annotation {

struct RsnaLayout {
  std::filesystem::path root;
  std::string split = "train";

  // File names, for messages ("train_label_coordinates.csv is missing").
  std::string gradesName() const { return split + ".csv"; }
  std::string coordinatesName() const { return split + "_label_coordinates.csv"; }
  std::string seriesDescriptionsName() const { return split + "_series_descriptions.csv"; }
  std::string imagesName() const { return split + "_images"; }

  std::filesystem::path grades() const { return root / gradesName(); }
  std::filesystem::path coordinates() const { return root / coordinatesName(); }
  std::filesystem::path seriesDescriptions() const { return root / seriesDescriptionsName(); }
  std::filesystem::path images() const { return root / imagesName(); }
  std::filesystem::path studyFolder(const std::string& study) const { return images() / study; }
  std::filesystem::path seriesFolder(const std::string& study, const std::string& series) const {
    return images() / study / series;
  }

  // The other split of the same folder (train <-> test).
  RsnaLayout withSplit(const std::string& s) const { return {root, s}; }

  // The layout a series folder sits in (ROOT/<split>_images/<study>/<series>), when it does.
  static std::optional<RsnaLayout> ofSeriesFolder(const std::filesystem::path& seriesFolder);
  // The split a dataset folder holds: "test" when it has test_images/ and no train_images/,
  // else "train" when it has train_images/; nullopt when it has neither.
  static std::optional<RsnaLayout> detect(const std::filesystem::path& root);
};

}  // namespace osteon::annotation
