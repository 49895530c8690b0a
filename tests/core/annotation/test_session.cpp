// The annotation session: validation, undo/redo against a replayed model, the project file, the
// journal, and recovery after a real process is killed with SIGKILL mid-session.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>

#include "core/annotation/study_annotations.h"
#include "core/base/error.h"
#include "tests/core/annotation/journal_script.h"
#include "tests/support/test_support.h"

using namespace osteon;
using namespace osteon::annotation;

namespace {

Landmark lm(int condition, int level, double x = 50, double y = 60, int instance = 3) {
  Landmark l;
  l.series = "100";
  l.instance = instance;
  l.x = x;
  l.y = y;
  l.condition = condition;
  l.level = level;
  l.author = "tester";
  return l;
}

InstanceSize size320() {
  return [](const std::string&, int, int& w, int& h) {
    w = h = 320;
    return true;
  };
}

}  // namespace

TEST_CASE("invalid edits are refused with a clear message and change nothing") {
  AnnotationSession s({}, size320());
  s.addLandmark(lm(rsna::SpinalCanal, 3));
  const StudyAnnotations before = s.document();
  CHECK_THROWS_WITH(s.addLandmark(lm(rsna::SpinalCanal, 3, 10, 10)),
                    Catch::Contains("L4/L5 Spinal Canal Stenosis is already placed"));
  CHECK_THROWS_WITH(s.addLandmark(lm(rsna::LeftForaminal, 0, 400, 10)),
                    Catch::Contains("outside the image (320 x 320)"));
  CHECK_THROWS_WITH(s.addLandmark(lm(7, 0)), Catch::Contains("unknown condition"));
  CHECK_THROWS_WITH(s.addLandmark(lm(0, 5)), Catch::Contains("unknown level"));
  CHECK_THROWS_WITH(s.moveLandmark(0, -1, 5), Catch::Contains("outside the image"));
  CHECK_THROWS_WITH(s.moveLandmark(4, 1, 5), Catch::Contains("no point 5"));
  CHECK_THROWS_WITH(s.setGrade(0, 0, 3), Catch::Contains("unknown grade"));
  Measurement bad;
  bad.kind = Measurement::Kind::Angle;
  bad.points = {{1, 1}, {2, 2}};
  CHECK_THROWS_WITH(s.addMeasurement(bad), Catch::Contains("cannot have 2 points"));
  CHECK(s.document() == before);
  // Moving a point onto its own level is allowed.
  CHECK_NOTHROW(s.moveLandmark(0, 70, 80));
}

TEST_CASE("undo and redo sequences agree with a model replayed from the effective edits") {
  std::mt19937 rng(99);
  for (int trial = 0; trial < 20; ++trial) {
    AnnotationSession s;
    // The model: the list of states after each effective edit; undo moves back, redo forward.
    std::vector<StudyAnnotations> history = {s.document()};
    std::size_t at = 0;
    for (int step = 0; step < 60; ++step) {
      const int what = static_cast<int>(rng() % 10);
      try {
        if (what < 3) {
          s.addLandmark(lm(static_cast<int>(rng() % 5), static_cast<int>(rng() % 5), rng() % 300,
                           rng() % 300));
        } else if (what < 4 && !s.document().landmarks.empty()) {
          s.moveLandmark(rng() % s.document().landmarks.size(), rng() % 300, rng() % 300);
        } else if (what < 5 && !s.document().landmarks.empty()) {
          s.removeLandmark(rng() % s.document().landmarks.size());
        } else if (what < 6) {
          s.setGrade(static_cast<int>(rng() % 5), static_cast<int>(rng() % 5),
                     static_cast<int>(rng() % 4) - 1);
        } else if (what < 7) {
          Measurement m;
          m.kind = Measurement::Kind::Line;
          m.points = {{double(rng() % 100), 1}, {5, double(rng() % 100)}};
          s.addMeasurement(m);
        } else if (what < 8) {
          if (!s.canUndo()) continue;
          s.undo();
          --at;
          REQUIRE(s.document() == history[at]);
          continue;
        } else if (what < 9) {
          if (!s.canRedo()) continue;
          s.redo();
          ++at;
          REQUIRE(s.document() == history[at]);
          continue;
        } else {
          s.setNotes("note " + std::to_string(step));
        }
      } catch (const osteon::Error&) {
        REQUIRE(s.document() == history[at]);  // refused: nothing changed
        continue;
      }
      history.resize(at + 1);
      history.push_back(s.document());
      ++at;
    }
    // Undo all the way back, then redo all the way forward.
    while (s.canUndo())
      s.undo();
    CHECK(s.document() == history[0]);
    while (s.canRedo())
      s.redo();
    CHECK(s.document() == history.back());
  }
}

TEST_CASE("the project file and the RSNA rows carry the whole document") {
  test::TempDir dir;
  AnnotationSession s;
  s.addLandmark(lm(rsna::RightSubarticular, 4, 12.25, 99.5));
  s.setGrade(rsna::RightSubarticular, 4, rsna::Moderate);
  Measurement cobb;
  cobb.kind = Measurement::Kind::Cobb;
  cobb.points = {{0, 0}, {100, 0}, {0, 50}, {100, 80}};
  cobb.upperVertebra = "T6";
  cobb.lowerVertebra = "T12";
  s.addMeasurement(cobb);
  s.setNotes("comma, \"quotes\" and\nnewlines");
  saveProject(s.document(), dir.file("study.json"));
  CHECK(loadProject(dir.file("study.json")) == s.document());
  { std::ofstream(dir.file("bad.json")) << "{\"format\": \"something else\"}"; }
  CHECK_THROWS_WITH(loadProject(dir.file("bad.json")),
                    Catch::Contains("not an Osteon annotation project"));
  { std::ofstream(dir.file("broken.json")) << "{\"format\": "; }
  CHECK_THROWS_WITH(loadProject(dir.file("broken.json")), Catch::Contains("not valid JSON"));
}

TEST_CASE("measurements are in mm with a calibration and say uncalibrated without one") {
  Measurement line;
  line.kind = Measurement::Kind::Line;
  line.points = {{0, 0}, {30, 40}};
  CHECK(measure(line, {0.5, 0.5, true, "PixelSpacing"}).value == Approx(25));
  CHECK(measure(line, {0.5, 0.5, true, "PixelSpacing"}).unit == "mm");
  CHECK(measure(line, {}).unit == "px (uncalibrated)");
  CHECK(measure(line, {}).value == Approx(50));
  Measurement angle;
  angle.kind = Measurement::Kind::Angle;
  angle.points = {{10, 0}, {0, 0}, {0, 10}};
  CHECK(measure(angle, {}).value == Approx(90));
  Measurement cobb;
  cobb.kind = Measurement::Kind::Cobb;
  const double t = 25 * M_PI / 180;
  cobb.points = {{0, 0}, {100, 0}, {0, 50}, {100 * std::cos(t), 50 + 100 * std::sin(t)}};
  CHECK(measure(cobb, {0.2, 0.2, true, "ImagerPixelSpacing"}).value == Approx(25));
  cobb.points[3] = {-100 * std::cos(t), 50 - 100 * std::sin(t)};  // same line drawn the other way
  CHECK(measure(cobb, {}).value == Approx(25));
  CHECK(measure(cobb, {}).text() == "25.0\u00B0");
}

TEST_CASE("the journal rebuilds the session, and a torn last line is ignored") {
  test::TempDir dir;
  StudyAnnotations base;
  base.studyId = "55";
  AnnotationSession s(base);
  s.attachJournal(dir.file("j.jsonl"));
  s.addLandmark(lm(0, 0));
  s.addLandmark(lm(1, 1));
  s.setGrade(0, 0, rsna::Severe);
  s.undo();
  s.moveLandmark(1, 5, 6);
  s.undo();
  s.redo();
  s.removeLandmark(0);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  { std::ofstream(dir.file("j.jsonl"), std::ios::app) << "{\"op\":\"addLandm"; }
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
}

TEST_CASE("after kill -9 of a real process mid-session every finished edit is recovered") {
  test::TempDir dir;
  const std::string journal = dir.file("session.jsonl");
  int out[2];
  REQUIRE(pipe(out) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execl(OSTEON_JOURNAL_HELPER, OSTEON_JOURNAL_HELPER, journal.c_str(), "200",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out[1]);
  FILE* f = fdopen(out[0], "r");
  char line[128];
  int confirmed = 0;
  // Kill it in the middle of its edits, after at least 25 have returned.
  while (confirmed < 25 && std::fgets(line, sizeof line, f))
    std::sscanf(line, "edit %d", &confirmed);
  REQUIRE(kill(pid, SIGKILL) == 0);
  int status = 0;
  waitpid(pid, &status, 0);
  std::fclose(f);
  CHECK(WIFSIGNALED(status));
  CHECK(WTERMSIG(status) == SIGKILL);
  REQUIRE(confirmed >= 25);

  StudyAnnotations base;
  base.studyId = "4242";
  const StudyAnnotations recovered = AnnotationSession::recover(base, journal);
  // Replay the helper's first `confirmed` edits in process: the recovered document holds them
  // all (and possibly the one that was being written when the signal came).
  auto replay = [](int n) {
    AnnotationSession s(StudyAnnotations{});
    for (int i = 0; i < n; ++i)
      test::scriptedEdit(s, i);
    StudyAnnotations d = s.document();
    d.studyId = "4242";
    return d;
  };
  const bool exact = recovered == replay(confirmed) || recovered == replay(confirmed + 1);
  CHECK(exact);
  CHECK(recovered.landmarks.size() >= static_cast<std::size_t>(confirmed / 3));
}
