#pragma once
// An RSNA 2024 dataset folder's label files (train.csv, train_label_coordinates.csv,
// train_series_descriptions.csv), read and written so that a load followed by a save with no
// edits reproduces the three files byte for byte.
//
// Row-order rule: rows keep the order they were read in; an edited row stays where it was; a
// new row for a study goes right after that study's last row (or at the end when the study has
// none); removed rows leave no gap. Numbers of rows that were not edited keep their original text.

#include <string>
#include <vector>

#include "core/annotation/csv.h"
#include "core/annotation/rsna.h"

namespace osteon::annotation {

struct RsnaCoordinate {
  std::string study, series;
  int instance = 1;
  int condition = 0, level = 0;
  double x = 0, y = 0;
  bool operator==(const RsnaCoordinate& o) const;
};

class RsnaDataset {
 public:
  // Reads the three files under `root`; an absent file counts as empty (it is created on save).
  // Throws osteon::Error naming the file, line and problem (unknown columns, unknown grades,
  // conditions or levels, unparsable numbers).
  static RsnaDataset load(const std::string& root);
  static RsnaDataset empty();
  // Only a coordinates file in train_label_coordinates.csv's format (e.g. for a test split).
  static RsnaDataset loadCoordinateFile(const std::string& csvPath);
  void save(const std::string& root) const;

  std::vector<std::string> studyIds()
      const;  // train.csv order, then studies only in the other files
  // -1 when empty; else rsna::Severity.
  int grade(const std::string& study, int condition, int level) const;
  void setGrade(const std::string& study, int condition, int level, int severity);

  std::vector<RsnaCoordinate> coordinates(const std::string& study) const;
  // Replaces a study's coordinates; rows equal to existing ones keep their text and place.
  void setCoordinates(const std::string& study, const std::vector<RsnaCoordinate>& coords);

  std::string seriesDescription(const std::string& study, const std::string& series) const;
  std::vector<std::pair<std::string, std::string>> series(
      const std::string& study) const;  // (id, description)

  const CsvTable& trainTable() const { return train_; }
  const CsvTable& coordinateTable() const { return coords_; }
  const CsvTable& seriesTable() const { return series_; }

 private:
  CsvTable train_, coords_, series_;
  std::vector<int> trainColumn_;  // [condition * 5 + level] -> column in train_
};

// Parses "Normal/Mild" | "Moderate" | "Severe" (-1 for ""); throws on anything else.
int severityFromName(const std::string& s);
int conditionFromName(const std::string& title);  // "Spinal Canal Stenosis" ...; -1 when unknown
int levelFromName(const std::string& name);       // "L1/L2" ...; -1 when unknown

}  // namespace osteon::annotation
