#pragma once
// The annotation document of one study and the session that edits it. Every edit is a command
// on an undo/redo stack; invalid edits are refused with a message and change nothing.
//
// Durability: a study's work on disk is one project file (a snapshot with a revision number) and
// one journal (the edits made since that snapshot, each fdatasync'd before the edit is applied).
// The journal names the revision it continues; checkpoint() writes a new snapshot and then
// atomically replaces the journal by an empty one that continues the new revision, so the two
// files always form one consistent state: a journal that continues an older revision is already
// contained in the project and is never replayed twice. Journal entries are absolute operations
// on points and measurements named by stable ids (undo is journaled as the inverse operation),
// so replay does not depend on list positions or on an undo stack.

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/annotation/cobb.h"
#include "core/annotation/rsna_dataset.h"

namespace osteon::annotation {

struct Landmark {
  std::int64_t id = 0;  // stable within the study (journal entries name points by id)
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
  std::int64_t id = 0;  // stable within the study
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
  std::int64_t nextId = 1;    // the id the next new point or measurement gets
  std::int64_t revision = 0;  // of the project file this document was last written to
  StudyAnnotations();
  // The content: study, points and measurements (with their ids), grades, notes; not nextId or
  // revision.
  bool operator==(const StudyAnnotations& o) const;
  nlohmann::json toJson() const;
  static StudyAnnotations fromJson(const nlohmann::json& j);  // throws osteon::Error
};

// Project file (one JSON per study), written atomically (file and folder fsync'd). Files of
// version 1 (no ids) load with ids 1..n in document order.
void saveProject(const StudyAnnotations& doc, const std::string& path);
StudyAnnotations loadProject(const std::string& path);

// Where one study's work lives: the project snapshot and the journal that continues it.
struct StudyFiles {
  std::string project, journal;
};

// What reading a study's files gave: the document (project + journal), how many journal entries
// were replayed on top of the project, and every problem met (damaged lines, entries that could
// not be applied, a project older than its journal). Problems never stop the replay: each entry
// is applied on its own.
struct Recovery {
  StudyAnnotations document;
  int replayed = 0;
  bool stale = false;  // the journal continues an older revision: its work is in the project
  std::vector<std::string> problems;
};

// Opens a study's work for editing: the project file (or `fallback` when there is none) plus the
// journal's unsaved edits when `restore(count)` says yes (no callback: yes). Nothing is thrown
// away: a project file that cannot be read and a journal that is declined or damaged are kept
// beside the original name (".damaged-<time>", ".declined-<time>") and named in `notes`. The
// caller then makes a session of the document and calls checkpoint(), which replaces both files.
struct OpenedStudy {
  StudyAnnotations document;
  int restored = 0;                // journal entries replayed into the document
  std::vector<std::string> notes;  // problems met and where damaged files were kept
};
OpenedStudy openStudy(const StudyFiles& files, const StudyAnnotations& fallback,
                      const std::function<bool(int unsavedEdits)>& restore = {});

// Same content as the RSNA rows of the dataset (grades and points; ids, authors and times aside)?
bool matchesDataset(const StudyAnnotations& doc, const RsnaDataset& d);

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
  // Adds several points as ONE edit (one journal entry, one undo step), e.g. the points an AI
  // level localiser placed. Every point is validated first (also against each other); one that
  // does not fit refuses them all and changes nothing. `text` names the edit ("add 25 AI points").
  void addLandmarks(std::vector<Landmark> points, const std::string& text);
  void moveLandmark(std::size_t index, double x, double y);
  void removeLandmark(std::size_t index);
  void setGrade(int condition, int level, int severity);
  void addMeasurement(Measurement m);
  // Adds several measurements as ONE edit (one journal entry, one undo step), e.g. the
  // measurements of an imported DICOM SR. Every one is validated first; one that does not fit
  // refuses them all and changes nothing. `text` names the edit ("import 3 measurements").
  void addMeasurements(std::vector<Measurement> ms, const std::string& text);
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

  // Writes the document as a new project revision, then atomically replaces the journal by one
  // that continues that revision. Throws osteon::Error (the previous files then still hold the
  // work: a failed project write leaves the old project and journal in place).
  void checkpoint(const StudyFiles& files);
  // Starts a fresh journal at `path` (replacing it atomically) that continues the document's
  // current revision.
  void attachJournal(const std::string& path);
  bool journalAttached() const { return journalFd_ >= 0; }

  // Replays a journal on `base` (the project it continues). A line without its final newline is
  // a write the crash cut off and is ignored; any other damaged line is reported and skipped.
  // Journals of Osteon before ids (no base revision) are replayed through the index-based edits
  // they recorded.
  static Recovery replay(StudyAnnotations base, const std::string& journalPath);
  // replay(...).document.
  static StudyAnnotations recover(StudyAnnotations base, const std::string& journalPath,
                                  InstanceSize sizes = {});

  struct Command;

 private:
  // Validates `op` on a copy, journals it (durably), then applies it: an edit that cannot be
  // journaled is refused and changes nothing.
  void perform(const nlohmann::json& op);
  void execute(std::unique_ptr<Command> c);
  void journal(nlohmann::json entry);
  void validateLandmark(const Landmark& l, std::size_t ignoreIndex) const;

  StudyAnnotations doc_;
  InstanceSize sizes_;
  std::vector<std::unique_ptr<Command>> undo_, redo_;
  int journalFd_ = -1;
  std::string journalPath_;
  std::int64_t journalSize_ = 0;  // bytes of acknowledged entries
  std::int64_t seq_ = 0;          // sequence number of the last journaled entry
  bool journalBroken_ = false;    // a failed write could not be rolled back
};

}  // namespace osteon::annotation
