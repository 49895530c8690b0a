#pragma once
// The scripted labelling work of the crash tests. A labeller works on three studies the way the
// viewer does: edits (points, grades, measurements, notes, undo, redo), saves (a checkpoint of
// the project file and a fresh journal) and study switches (checkpoint, then the other study is
// opened from its files). The helper process runs the script until it is killed; the test runs
// the same script in process to know the documents after each step.
#include <algorithm>
#include <array>
#include <memory>
#include <random>
#include <string>

#include "core/annotation/study_annotations.h"
#include "core/base/error.h"

namespace osteon::test {

// The old single-study script (kept for the edit-by-edit recovery test).
inline void scriptedEdit(annotation::AnnotationSession& s, int i) {
  if (i % 3 == 2) {
    s.setGrade(i % 5, (i / 5) % 5, i % 3);
    return;
  }
  annotation::Landmark l;
  l.series = "1001";
  l.instance = 1 + i;
  l.x = 10.5 + i;
  l.y = 20.25 + i;
  l.condition = i % 5;
  l.level = (i / 5) % 5;
  try {
    s.addLandmark(l);
  } catch (...) {
    s.setNotes("note " + std::to_string(i));  // a level placed twice is refused: note it instead
  }
}

class ScriptedLabeller {
 public:
  static constexpr int kStudies = 3;
  enum class Kind { Edit, Save, Switch };

  ScriptedLabeller(std::string dir, unsigned seed) : dir_(std::move(dir)), rng_(seed) { open(0); }

  static std::string studyId(int i) { return "70" + std::to_string(i); }
  static annotation::StudyFiles filesOf(const std::string& dir, int i) {
    return {dir + "/" + studyId(i) + ".json", dir + "/" + studyId(i) + ".journal"};
  }
  // What a viewer opening study i from the folder finds (project + journal, restored).
  static annotation::StudyAnnotations recovered(const std::string& dir, int i) {
    annotation::StudyAnnotations empty;
    empty.studyId = studyId(i);
    return annotation::openStudy(filesOf(dir, i), empty).document;
  }

  // Performs the next step of the script and says what it was.
  Kind step() {
    const int r = static_cast<int>(rng_() % 100);
    if (r < 8) {
      session_->checkpoint(filesOf(dir_, current_));
      return Kind::Save;
    }
    if (r < 16) {
      const int next = (current_ + 1 + static_cast<int>(rng_() % (kStudies - 1))) % kStudies;
      session_->checkpoint(filesOf(dir_, current_));
      open(next);
      return Kind::Switch;
    }
    edit(r);
    return Kind::Edit;
  }

  // The documents now: the current study's session, the others as their files hold them.
  std::array<annotation::StudyAnnotations, kStudies> documents() const {
    std::array<annotation::StudyAnnotations, kStudies> d;
    for (int i = 0; i < kStudies; ++i)
      d[static_cast<std::size_t>(i)] = i == current_ ? session_->document() : recovered(dir_, i);
    return d;
  }

 private:
  void open(int i) {
    current_ = i;
    annotation::StudyAnnotations empty;
    empty.studyId = studyId(i);
    session_ = std::make_unique<annotation::AnnotationSession>(
        annotation::openStudy(filesOf(dir_, i), empty).document);
    session_->checkpoint(filesOf(dir_, i));
  }

  void edit(int r) {
    auto& s = *session_;
    const auto& d = s.document();
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng_() % n); };
    try {
      if (r < 40) {
        annotation::Landmark l;
        l.series = "1" + std::to_string(rng_() % 3);
        l.instance = 1 + static_cast<int>(rng_() % 17);
        l.x = static_cast<double>(rng_() % 3000) / 10;
        l.y = static_cast<double>(rng_() % 3000) / 10;
        l.condition = static_cast<int>(rng_() % 5);
        l.level = static_cast<int>(rng_() % 5);
        s.addLandmark(l);
      } else if (r < 50 && !d.landmarks.empty()) {
        s.moveLandmark(pick(d.landmarks.size()), static_cast<double>(rng_() % 300),
                       static_cast<double>(rng_() % 300));
      } else if (r < 58 && !d.landmarks.empty()) {
        s.removeLandmark(pick(d.landmarks.size()));
      } else if (r < 68) {
        s.setGrade(static_cast<int>(rng_() % 5), static_cast<int>(rng_() % 5),
                   static_cast<int>(rng_() % 4) - 1);
      } else if (r < 74) {
        annotation::Measurement m;
        m.kind = annotation::Measurement::Kind::Line;
        m.points = {{double(rng_() % 100), 1}, {5, double(rng_() % 100)}};
        s.addMeasurement(m);
      } else if (r < 78 && !d.measurements.empty()) {
        s.moveMeasurementPoint(pick(d.measurements.size()), rng_() % 2,
                               static_cast<double>(rng_() % 100), 7);
      } else if (r < 81 && !d.measurements.empty()) {
        s.removeMeasurement(pick(d.measurements.size()));
      } else if (r < 84) {
        s.setNotes("note " + std::to_string(rng_() % 1000));
      } else if (r < 93) {
        s.undo();
      } else {
        s.redo();
      }
    } catch (const Error&) {
      // A refused edit (a level placed twice) changes nothing; the script goes on.
    }
  }

  std::string dir_;
  std::mt19937 rng_;
  int current_ = 0;
  std::unique_ptr<annotation::AnnotationSession> session_;
};

}  // namespace osteon::test
