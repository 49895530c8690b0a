#pragma once
// The annotation document of one study and the session that edits it. Every edit is a command
// on an undo/redo stack; invalid edits are refused with a message and change nothing; every
// edit, undo and redo is appended to a journal on disk before the call returns, so that after a
// crash (even kill -9) the work on screen can be rebuilt from the last saved project + journal.

#include <array>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/annotation/cobb.h"
#include "core/annotation/rsna_dataset.h"

namespace osteon::annotation {

struct Landmark {
  std::string series;   // series id (RSNA) or SeriesInstanceUID
  int instance = 1;     // instance number
  double x = 0, y = 0;  // column and row in that instance's pixel grid
  int condition = 0, level = 0;
  std::string author, time;
  bool operator==(const Landmark& o) const;
};

struct Measurement {
  // Spine: the 68 vertebra corners of an AP radiograph (T1..L5, TL TR BL BR each; cobb.h),
  // from which the three Cobb angles follow.
  enum class Kind { Point, Line, Angle, Polyline, Cobb, Spine };
  Kind kind = Kind::Line;
  std::string series;
  int instance = 1;
  std::vector<Point2> points;  // pixels; Cobb: two endplate lines (p0-p1, p2-p3)
  std::string label;
  std::string upperVertebra, lowerVertebra;  // Cobb end vertebrae, e.g. "T6", "T12"
  bool operator==(const Measurement& o) const;
};

struct StudyAnnotations {
  std::string studyId;
  std::vector<Landmark> landmarks;
  std::array<std::array<int, 5>, 5> grades;  // [condition][level], -1 = not graded
  std::vector<Measurement> measurements;
  std::string notes;
  StudyAnnotations();
  bool operator==(const StudyAnnotations& o) const;
  nlohmann::json toJson() const;
  static StudyAnnotations fromJson(const nlohmann::json& j);  // throws osteon::Error
};

// Project file (one JSON per study), written atomically.
void saveProject(const StudyAnnotations& doc, const std::string& path);
StudyAnnotations loadProject(const std::string& path);

// RSNA CSVs <-> document.
StudyAnnotations fromDataset(const RsnaDataset& d, const std::string& study);
void toDataset(const StudyAnnotations& doc, RsnaDataset& d);

// Measurement values: millimetres from pixel spacing (x between columns, y between rows), or
// pixels marked uncalibrated when no spacing is known.
struct Calibration {
  double sx = 1, sy = 1;
  bool calibrated = false;
  std::string source;  // "PixelSpacing", "ImagerPixelSpacing" or ""
};
struct MeasurementValue {
  double value = 0;
  std::string unit;  // "mm", "px (uncalibrated)", "deg"
  std::string text() const;
};
MeasurementValue measure(const Measurement& m, const Calibration& c);

// Size of an instance for validation; returns false when unknown (then no bounds check).
using InstanceSize =
    std::function<bool(const std::string& series, int instance, int& width, int& height)>;

class AnnotationSession {
 public:
  explicit AnnotationSession(StudyAnnotations doc = {}, InstanceSize sizes = {});
  ~AnnotationSession();
  const StudyAnnotations& document() const { return doc_; }

  void addLandmark(Landmark l);
  void moveLandmark(std::size_t index, double x, double y);
  void removeLandmark(std::size_t index);
  void setGrade(int condition, int level, int severity);
  void addMeasurement(Measurement m);
  void removeMeasurement(std::size_t index);
  // Replaces a measurement by another of any kind (e.g. a new Auto Cobb result): one undo step.
  void replaceMeasurement(std::size_t index, Measurement m);
  // Moves one point of a measurement (e.g. a vertebra corner after Auto Cobb): one undo step.
  void moveMeasurementPoint(std::size_t index, std::size_t point, double x, double y);
  void setNotes(std::string notes);

  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }
  void undo();
  void redo();
  std::string undoText() const;
  std::string redoText() const;

  // Starts a fresh journal at `path` (truncating it); the document as it is now is its base.
  void attachJournal(const std::string& path);
  // Rebuilds the document: `base` (the last saved project) + every entry of the journal. A torn
  // last line (a crash while writing) is ignored.
  static StudyAnnotations recover(StudyAnnotations base, const std::string& journalPath,
                                  InstanceSize sizes = {});

  struct Command;

 private:
  void execute(std::unique_ptr<Command> c);
  void journal(const nlohmann::json& entry);
  void validateLandmark(const Landmark& l, std::size_t ignoreIndex) const;

  StudyAnnotations doc_;
  InstanceSize sizes_;
  std::vector<std::unique_ptr<Command>> undo_, redo_;
  int journalFd_ = -1;
};

}  // namespace osteon::annotation
