// The annotation session: validation, undo/redo against a replayed model, the project file, the
// journal, and recovery after a real process is killed with SIGKILL mid-session.

#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <thread>

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

// Starts the journal helper process with `args`; its stdout is readable from `fd`.
pid_t startHelper(const std::vector<std::string>& args, int& fd) {
  int out[2];
  REQUIRE(pipe(out) == 0);
  std::vector<char*> argv{const_cast<char*>(OSTEON_JOURNAL_HELPER)};
  for (const std::string& a : args)
    argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    dup2(out[1], STDOUT_FILENO);
    close(out[0]);
    execv(OSTEON_JOURNAL_HELPER, argv.data());
    _exit(127);
  }
  close(out[1]);
  fd = out[0];
  return pid;
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

TEST_CASE("several points added as one edit: one journal line, one undo step, all or nothing") {
  test::TempDir dir;
  StudyAnnotations base;
  base.studyId = "77";
  AnnotationSession s(base, size320());
  s.attachJournal(dir.file("j.jsonl"));
  s.addLandmark(lm(0, 2, 10, 10));  // the annotator's own point
  std::vector<Landmark> placed;
  for (int l : {0, 1, 3, 4})
    placed.push_back(lm(0, l, 100 + l, 200 - l));
  s.addLandmarks(placed, "add 4 AI-placed points");
  REQUIRE(s.document().landmarks.size() == 5);
  CHECK(s.undoText() == "add 4 AI-placed points");
  // Distinct new ids, after the existing one.
  std::set<std::int64_t> ids;
  for (const Landmark& l : s.document().landmarks)
    ids.insert(l.id);
  CHECK(ids.size() == 5);
  {
    std::ifstream j(dir.file("j.jsonl"));
    int lines = 0;
    for (std::string line; std::getline(j, line);)
      ++lines;
    CHECK(lines == 3);  // begin, the annotator's point, the batch
  }
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  s.undo();  // all four go at once
  CHECK(s.document().landmarks.size() == 1);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  s.redo();
  CHECK(s.document().landmarks.size() == 5);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  // A batch with a point on a level that has one, a duplicate inside the batch or a point
  // outside the image is refused whole.
  const StudyAnnotations before = s.document();
  CHECK_THROWS_WITH(s.addLandmarks({lm(1, 0), lm(0, 2)}, "x"), Catch::Contains("already placed"));
  CHECK_THROWS_WITH(s.addLandmarks({lm(2, 0), lm(2, 0)}, "x"), Catch::Contains("already placed"));
  CHECK_THROWS_WITH(s.addLandmarks({lm(3, 0), lm(3, 1, 500, 10)}, "x"),
                    Catch::Contains("outside the image"));
  CHECK_THROWS(s.addLandmarks({}, "x"));
  CHECK(s.document() == before);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == before);
}

TEST_CASE(
    "several measurements added as one edit (an imported report): one undo step, all or "
    "nothing") {
  test::TempDir dir;
  StudyAnnotations base;
  AnnotationSession s(base, size320());
  s.attachJournal(dir.file("j.jsonl"));
  auto make = [](Measurement::Kind k, std::vector<Point2> pts) {
    Measurement m;
    m.kind = k;
    m.series = "s1";
    m.instance = 1;
    m.points = std::move(pts);
    return m;
  };
  s.addMeasurement(make(Measurement::Kind::Line, {{1, 1}, {5, 5}}));
  s.addMeasurements({make(Measurement::Kind::Line, {{10, 10}, {40, 50}}),
                     make(Measurement::Kind::Angle, {{10, 0}, {0, 0}, {0, 10}}),
                     make(Measurement::Kind::Cobb, {{0, 0}, {10, 0}, {0, 20}, {10, 25}})},
                    "import 3 measurements");
  REQUIRE(s.document().measurements.size() == 4);
  CHECK(s.undoText() == "import 3 measurements");
  std::set<std::int64_t> ids;
  for (const Measurement& m : s.document().measurements)
    ids.insert(m.id);
  CHECK(ids.size() == 4);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  s.undo();
  CHECK(s.document().measurements.size() == 1);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  s.redo();
  CHECK(s.document().measurements.size() == 4);
  const StudyAnnotations before = s.document();
  // A point outside the image or a wrong point count refuses the whole batch.
  CHECK_THROWS_WITH(s.addMeasurements({make(Measurement::Kind::Line, {{1, 1}, {2, 2}}),
                                       make(Measurement::Kind::Line, {{1, 1}, {900, 2}})},
                                      "x"),
                    Catch::Contains("outside the image"));
  CHECK_THROWS_WITH(s.addMeasurements({make(Measurement::Kind::Angle, {{1, 1}, {2, 2}})}, "x"),
                    Catch::Contains("cannot have 2 points"));
  CHECK_THROWS(s.addMeasurements({}, "x"));
  CHECK(s.document() == before);
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == before);
}

TEST_CASE("after kill -9 of a real process mid-session every finished edit is recovered") {
  test::TempDir dir;
  const std::string journal = dir.file("session.jsonl");
  int fd = -1;
  const pid_t pid = startHelper({journal, "200"}, fd);
  FILE* f = fdopen(fd, "r");
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

namespace {

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

StudyAnnotations threePoints() {
  StudyAnnotations d;
  d.studyId = "900";
  for (int l = 0; l < 3; ++l) {
    Landmark x = lm(rsna::SpinalCanal, l, 10.0 + l, 20.0 + l);
    x.id = l + 1;
    d.landmarks.push_back(x);
  }
  d.nextId = 4;
  return d;
}

}  // namespace

TEST_CASE("leaving a study and coming back gives exactly the saved document (issue 18 repro)") {
  test::TempDir dir;
  const StudyFiles files{dir.file("900.json"), dir.file("900.journal")};
  StudyAnnotations fromCsv = threePoints();
  // Open (nothing on disk yet), delete point 0, leave the study (a checkpoint), come back.
  OpenedStudy first = openStudy(files, fromCsv);
  AnnotationSession s(first.document);
  s.checkpoint(files);
  s.removeLandmark(0);
  s.checkpoint(files);  // Alt+Right
  int asked = 0;
  OpenedStudy back = openStudy(files, fromCsv, [&](int) {
    ++asked;
    return true;
  });
  CHECK(asked == 0);  // nothing unsaved: no restore is offered
  CHECK(back.restored == 0);
  CHECK(back.notes.empty());
  CHECK(back.document == s.document());
  REQUIRE(back.document.landmarks.size() == 2);
  CHECK(back.document.landmarks[0].level == 1);
  CHECK(back.document.landmarks[1].level == 2);
}

TEST_CASE("a crash between the project write and the new journal replays nothing twice") {
  test::TempDir dir;
  const StudyFiles files{dir.file("900.json"), dir.file("900.journal")};
  AnnotationSession s(threePoints());
  s.checkpoint(files);
  s.removeLandmark(0);
  s.addLandmark(lm(rsna::LeftForaminal, 4));
  // The first half of a checkpoint: the project holds the edits, the journal still has them.
  StudyAnnotations snapshot = s.document();
  snapshot.revision = s.document().revision + 1;
  saveProject(snapshot, files.project);
  int asked = 0;
  const OpenedStudy o = openStudy(files, threePoints(), [&](int) {
    ++asked;
    return true;
  });
  CHECK(asked == 0);
  CHECK(o.notes.empty());
  CHECK(o.document == s.document());  // one deletion, one addition: not two of each
  CHECK(AnnotationSession::replay(snapshot, files.journal).stale);
}

TEST_CASE("journal entries name points by id: replay does not depend on positions") {
  test::TempDir dir;
  AnnotationSession s(threePoints());
  s.attachJournal(dir.file("j"));
  s.removeLandmark(1);        // the L2/L3 point
  s.moveLandmark(1, 77, 88);  // now at index 1: the L3/L4 point
  s.undo();                   // journaled as a move back
  s.undo();                   // journaled as the point's re-insertion
  s.redo();
  s.addLandmark(lm(rsna::RightForaminal, 0, 5, 5));
  const std::string text = readAll(dir.file("j"));
  CHECK(text.find("\"index\":1,\"op\":\"removeLandmark\"") == std::string::npos);
  CHECK(text.find("\"id\":2") != std::string::npos);
  const Recovery r = AnnotationSession::replay(threePoints(), dir.file("j"));
  CHECK(r.problems.empty());
  CHECK(r.replayed == 6);
  CHECK(r.document == s.document());
  CHECK(r.document.nextId == s.document().nextId);
  // Ids are never reused: the point added after the undo/redo got a new one.
  CHECK(s.document().landmarks.back().id == 4);
}

TEST_CASE("a damaged line in the middle is reported and skipped, the later entries still apply") {
  test::TempDir dir;
  const StudyFiles files{dir.file("p.json"), dir.file("j")};
  AnnotationSession s(threePoints());
  s.checkpoint(files);
  s.setGrade(0, 0, rsna::Severe);
  s.setNotes("first");
  s.setGrade(0, 1, rsna::Moderate);
  // Damage the second entry's line (not the last one).
  std::string text = readAll(files.journal);
  const auto a = text.find("\"first\"");
  REQUIRE(a != std::string::npos);
  text[a + 2] = '\x01';
  text.insert(a, "}{garbage");
  { std::ofstream(files.journal, std::ios::binary | std::ios::trunc) << text; }
  const Recovery r = AnnotationSession::replay(loadProject(files.project), files.journal);
  CHECK(r.replayed == 2);
  REQUIRE(r.problems.size() == 2);  // the damaged line, then the gap in sequence numbers
  CHECK(r.problems[0].find("line 3: damaged entry skipped") != std::string::npos);
  CHECK(r.problems[1].find("entries are missing") != std::string::npos);
  CHECK(r.document.grades[0][0] == rsna::Severe);
  CHECK(r.document.grades[0][1] == rsna::Moderate);
  CHECK(r.document.notes.empty());
  // Opening the study keeps the damaged journal beside it and says so.
  const OpenedStudy o = openStudy(files, threePoints());
  CHECK(o.restored == 2);
  bool kept = false;
  for (const auto& e : std::filesystem::directory_iterator(dir.path()))
    kept = kept || e.path().filename().string().rfind("j.damaged-", 0) == 0;
  CHECK(kept);
  CHECK(o.notes.back().find("kept as") != std::string::npos);
  // A declined restore is kept too.
  AnnotationSession s2(o.document);
  s2.checkpoint(files);
  s2.setNotes("unsaved");
  const OpenedStudy declined = openStudy(files, threePoints(), [](int) { return false; });
  CHECK(declined.document.notes.empty());
  CHECK(declined.notes.back().find(".declined-") != std::string::npos);
}

TEST_CASE("an edit that cannot be journaled is refused and changes nothing") {
  test::TempDir dir;
  AnnotationSession s(threePoints());
  s.attachJournal(dir.file("j"));
  s.setGrade(1, 1, rsna::Moderate);
  const StudyAnnotations before = s.document();
  const auto size = std::filesystem::file_size(dir.file("j"));
  // The file size limit makes the next journal write fail (EFBIG), as a full disk would.
  struct Limit {
    rlimit old{};
    void (*oldHandler)(int) = nullptr;
    explicit Limit(rlim_t bytes) {
      getrlimit(RLIMIT_FSIZE, &old);
      oldHandler = signal(SIGXFSZ, SIG_IGN);
      rlimit l = old;
      l.rlim_cur = bytes;
      setrlimit(RLIMIT_FSIZE, &l);
    }
    ~Limit() {
      setrlimit(RLIMIT_FSIZE, &old);
      signal(SIGXFSZ, oldHandler);
    }
  };
  {
    Limit limit(size + 20);  // room for a part of the next entry only
    CHECK_THROWS_WITH(s.addLandmark(lm(rsna::RightSubarticular, 4)),
                      Catch::Contains("the edit is not applied"));
    CHECK(s.document() == before);
    CHECK_FALSE(s.canRedo());
    CHECK(s.undoText() == "grade L2/L3 Left Neural Foraminal Narrowing");
  }
  // The partial entry was cut away: the journal still replays to the acknowledged document,
  // and editing goes on once the disk has room again.
  CHECK(std::filesystem::file_size(dir.file("j")) == size);
  CHECK(AnnotationSession::recover(threePoints(), dir.file("j")) == before);
  s.setNotes("after");
  CHECK(AnnotationSession::recover(threePoints(), dir.file("j")) == s.document());
}

TEST_CASE("journals of the version before ids still replay") {
  test::TempDir dir;
  {
    std::ofstream j(dir.file("old.journal"));
    j << "{\"op\":\"begin\",\"study_id\":\"900\"}\n"
      << "{\"op\":\"removeLandmark\",\"index\":0}\n"
      << "{\"op\":\"setGrade\",\"condition\":\"Spinal Canal Stenosis\",\"level\":\"L1/L2\","
         "\"grade\":\"Severe\"}\n"
      << "{\"op\":\"undo\"}\n";
  }
  const Recovery r = AnnotationSession::replay(threePoints(), dir.file("old.journal"));
  CHECK(r.problems.empty());
  CHECK(r.document.landmarks.size() == 2);
  CHECK(r.document.grades[0][0] == -1);
}

TEST_CASE("project files of version 1 load with ids") {
  test::TempDir dir;
  {
    std::ofstream(dir.file("v1.json"))
        << R"({"format":"osteon-annotations","version":1,"study_id":"5","landmarks":[)"
        << R"({"series":"1","instance":2,"x":3,"y":4,"condition":"Spinal Canal Stenosis",)"
        << R"("level":"L1/L2"}],"grades":{},"measurements":[{"kind":"line","points":[[0,0],[1,1]]}],)"
        << R"("notes":""})";
  }
  const StudyAnnotations d = loadProject(dir.file("v1.json"));
  REQUIRE(d.landmarks.size() == 1);
  CHECK(d.landmarks[0].id == 1);
  CHECK(d.measurements[0].id == 2);
  CHECK(d.nextId == 3);
  CHECK(d.revision == 0);
}

TEST_CASE("randomized kill -9 of a labelling process: every acknowledged edit survives") {
  // A real process labels three studies (edits, undo/redo, saves, study switches) and is killed
  // with SIGKILL at a random moment, many times. What a viewer then opens from the files must be
  // the documents after n steps of the script for some n >= the steps acknowledged before the
  // kill (n is acknowledged + 1 when the kill came after a step's write but before its ack).
  std::mt19937 rng(20261204);
  const int kTrials = 300;
  int matched = 0, inFlightSave = 0, inFlightSwitch = 0, inFlightEdit = 0, oneAhead = 0;
  long totalAcked = 0;
  for (int trial = 0; trial < kTrials; ++trial) {
    test::TempDir dir, model;
    const unsigned seed = 1000u + static_cast<unsigned>(trial);
    int fd = -1;
    const pid_t pid = startHelper({"--studies", dir.path(), std::to_string(seed), "100000"}, fd);
    std::this_thread::sleep_for(std::chrono::microseconds(2000 + rng() % 60000));
    REQUIRE(kill(pid, SIGKILL) == 0);
    int status = 0;
    waitpid(pid, &status, 0);
    REQUIRE(WIFSIGNALED(status));
    std::string text;
    char buf[4096];
    for (ssize_t n; (n = read(fd, buf, sizeof buf)) > 0;)
      text.append(buf, static_cast<std::size_t>(n));
    close(fd);
    int acked = 0;  // complete lines only: a line cut by the kill was never acknowledged
    for (std::size_t pos = 0, nl; (nl = text.find('\n', pos)) != std::string::npos; pos = nl + 1)
      std::sscanf(text.substr(pos, nl - pos).c_str(), "ack %d", &acked);
    totalAcked += acked;

    std::array<StudyAnnotations, test::ScriptedLabeller::kStudies> got;
    for (int i = 0; i < test::ScriptedLabeller::kStudies; ++i)
      got[static_cast<std::size_t>(i)] = test::ScriptedLabeller::recovered(dir.path(), i);
    // The model: the same script in process, up to a few steps past the acknowledged ones.
    test::ScriptedLabeller m(model.path(), seed);
    for (int n = 0; n < acked; ++n)
      m.step();
    int found = m.documents() == got ? acked : -1;
    const test::ScriptedLabeller::Kind next = m.step();  // the step in flight at the kill
    if (found < 0 && m.documents() == got) found = acked + 1;
    for (int n = acked + 2; n <= acked + 3 && found < 0; ++n) {
      m.step();
      if (m.documents() == got) found = n;
    }
    INFO("trial " << trial << ", seed " << seed << ", acknowledged " << acked);
    CHECK(found >= acked);
    matched += found >= acked ? 1 : 0;
    oneAhead += found == acked + 1 ? 1 : 0;
    if (found == acked) {
      // What was in flight when the kill came (the step after the last acknowledged one).
      if (next == test::ScriptedLabeller::Kind::Save) ++inFlightSave;
      if (next == test::ScriptedLabeller::Kind::Switch) ++inFlightSwitch;
      if (next == test::ScriptedLabeller::Kind::Edit) ++inFlightEdit;
    }
  }
  std::printf(
      "kill -9 test: %d/%d trials recovered exactly; %ld steps acknowledged in all; in flight at "
      "the kill: %d edits, %d saves, %d study switches; %d trials had the unacknowledged step "
      "on disk\n",
      matched, kTrials, totalAcked, inFlightEdit, inFlightSave, inFlightSwitch, oneAhead);
  CHECK(matched == kTrials);
  // The kills must land in every kind of step, project-file writes included.
  CHECK(inFlightSave + inFlightSwitch >= kTrials / 20);
}
