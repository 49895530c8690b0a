// Points the lumbar level localiser placed (TaskResult::placedCoordinates) in the viewer: drawn
// over the views until an annotator adds them to the labels, then ordinary labelling points in
// ONE undoable edit; a moved point is what the next run is given (given coordinates win).
// The result is built here with placedCoordinates (the localiser's own points are checked by its
// tests); the run before and after is the real lumbar task.

#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/phantom/lumbar_study.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/ai/ai_panel.h"
#include "ui/shell/main_window.h"

using namespace osteon;

namespace {

// The spinal canal points of a one-study phantom; its coordinate and grade files are emptied so
// the study has no labels at all.
std::vector<annotation::RsnaCoordinate> writeUnlabelledStudy(const std::string& dir) {
  phantom::LumbarOptions o;
  o.seed = 23;
  o.sagittalSize = 256;
  o.axialSize = 192;
  phantom::writeLumbarDataset(dir, o, 1);
  std::vector<annotation::RsnaCoordinate> canal;
  std::ifstream in(dir + "/train_label_coordinates.csv");
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> c;
    std::stringstream ss(line);
    for (std::string cell; std::getline(ss, cell, ',');)
      c.push_back(cell);
    if (c[3] != "Spinal Canal Stenosis") continue;
    annotation::RsnaCoordinate r;
    r.study = c[0];
    r.series = c[1];
    r.instance = std::stoi(c[2]);
    r.condition = 0;
    r.level = static_cast<int>(canal.size());
    r.x = std::stod(c[5]);
    r.y = std::stod(c[6]);
    canal.push_back(r);
  }
  std::ofstream(dir + "/train_label_coordinates.csv")
      << "study_id,series_id,instance_number,condition,level,x,y\n";
  std::ofstream(dir + "/train.csv") << "study_id\n";
  return canal;
}

ui::ImageView* viewOf(ui::MainWindow& w, const QString& description) {
  for (ui::ImageView* v : w.viewGrid()->views())
    if (v->title().contains(description)) return v;
  return nullptr;
}

// Pixels of the placed-point magenta (R and B high, G low) within `radius` of `at`.
int magentaNear(const QImage& img, const QPoint& at, int radius) {
  int n = 0;
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx) {
      const QPoint p = at + QPoint(dx, dy);
      if (!img.rect().contains(p)) continue;
      const QRgb c = img.pixel(p);
      n += (qRed(c) > 170 && qBlue(c) > 170 && qGreen(c) < 110) ? 1 : 0;
    }
  return n;
}

bool runLumbar(ui::AiPanel* ai) {
  QSignalSpy done(ai, &ui::AiPanel::runFinished);
  if (!ai->run()) return false;
  if (!done.wait(300000)) return false;
  INFO(done.at(0).at(1).toString().toStdString());
  return done.at(0).at(0).toBool();
}

}  // namespace

TEST_CASE(
    "placed points become one undoable labelling edit, and moved points are what the next "
    "run is given",
    "[ai][ai-placed]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  if (!std::filesystem::exists(test::sourcePath("resources/models/lumbar-demo.osteon")))
    OSTEON_SKIP("resources/models/lumbar-demo.osteon is missing: nothing to run");
  test::TempDir dir;
  const auto canal = writeUnlabelledStudy(dir.path());
  REQUIRE(canal.size() == 5);
  ui::MainWindow w;
  w.setRestorePrompt([](const QString&) { return true; });
  w.setLayoutKind(ui::Layout::OneByThree);
  w.resize(1600, 1000);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  w.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&w));
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  REQUIRE(w.labelling()->openDataset(QString::fromStdString(dir.path())));
  REQUIRE(loaded.wait(60000));
  ui::ImageView* sag = viewOf(w, "Sagittal T2");
  REQUIRE(sag);
  w.aiDock()->show();
  w.aiDock()->raise();
  ui::AiPanel* ai = w.aiPanel();
  REQUIRE(ai->setTask("lumbar"));

  // A run on the unlabelled study, then its result as the localiser would have completed it:
  // the five canal points placed on the sagittal T2.
  REQUIRE(runLumbar(ai));
  ai::TaskResult placedResult = *ai->result();
  placedResult.placedCoordinates = canal;
  ai->setResult(placedResult, ai->resultInput());
  REQUIRE(ai->result()->placedCoordinates.size() == 5);
  CHECK(ai->pendingPlacedPoints().size() == 5);
  CHECK(ai->placedLayer()->items().size() == 5);
  CHECK(ai->placedText().contains("placed 5 point(s)"));
  auto* add = ai->findChild<QPushButton*>("aiAddPlaced");
  REQUIRE(add);
  CHECK(add->isVisible());
  CHECK(add->isEnabled());

  // Drawn on the sagittal T2 where they lie, in magenta, before they are labels.
  const annotation::RsnaCoordinate& p3 = canal[2];
  sag->setSliceIndex(p3.instance - 1);
  QApplication::processEvents();
  QPoint at = sag->currentTransform().sliceToWidget({p3.x, p3.y}).toPoint();
  QImage shot = test::screenshot(sag, "ai-placed-preview");
  CHECK(magentaNear(shot, at, 9) > 12);
  CHECK(magentaNear(shot, QPoint(12, 12), 9) == 0);  // the corner shows no point
  CHECK(w.labelling()->session()->document().landmarks.empty());

  // One click: five ordinary labelling points, one undo step, journaled.
  QTest::mouseClick(add, Qt::LeftButton);
  QApplication::processEvents();
  const auto& doc = w.labelling()->session()->document();
  REQUIRE(doc.landmarks.size() == 5);
  for (const auto& l : doc.landmarks) {
    INFO("level " << l.level);
    CHECK(l.condition == 0);
    CHECK(l.author == "AI level localiser");
    CHECK(l.x == Approx(canal[static_cast<std::size_t>(l.level)].x));
    CHECK(l.instance == canal[static_cast<std::size_t>(l.level)].instance);
  }
  CHECK(w.labelling()->session()->undoText() == "add 5 AI-placed points");
  CHECK(ai->pendingPlacedPoints().empty());
  CHECK(ai->placedLayer()->items().empty());
  CHECK_FALSE(add->isEnabled());
  {
    std::ifstream j(dir.path() + "/.osteon/" + canal[0].study + ".journal");
    std::stringstream ss;
    ss << j.rdbuf();
    CHECK(ss.str().find("\"op\":\"batch\"") != std::string::npos);
  }
  shot = test::screenshot(sag, "ai-placed-labels");
  CHECK(magentaNear(shot, at, 9) == 0);        // no longer the AI preview...
  CHECK(test::coloredNear(shot, at, 9) > 12);  // ...but a labelling point

  // Ctrl+Z removes all five at once (and the preview comes back); Ctrl+Shift+Z restores them.
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
  CHECK(w.labelling()->session()->document().landmarks.empty());
  CHECK(ai->pendingPlacedPoints().size() == 5);
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  REQUIRE(w.labelling()->session()->document().landmarks.size() == 5);
  CHECK(ai->pendingPlacedPoints().empty());

  // The annotator drags L3/L4 by 12 pixels to the right; the next run is given that point.
  sag->setSliceIndex(p3.instance - 1);
  QApplication::processEvents();
  at = sag->currentTransform().sliceToWidget({p3.x, p3.y}).toPoint();
  const QPoint to = sag->currentTransform().sliceToWidget({p3.x + 12, p3.y}).toPoint();
  QTest::mousePress(sag, Qt::LeftButton, Qt::NoModifier, at);
  QTest::mouseMove(sag, (at + to) / 2);
  QTest::mouseMove(sag, to);
  QTest::mouseRelease(sag, Qt::LeftButton, Qt::NoModifier, to);
  INFO("status: " << w.statusBar()->currentMessage().toStdString());
  const annotation::Landmark* moved = nullptr;
  for (const auto& l : w.labelling()->session()->document().landmarks)
    if (l.level == 2) moved = &l;
  REQUIRE(moved);
  CHECK(moved->x == Approx(p3.x + 12).margin(1.5));
  const double movedX = moved->x;
  REQUIRE(runLumbar(ai));
  bool given = false;
  for (const auto& c : ai->resultInput().coordinates)
    if (c.condition == 0 && c.level == 2) given = c.x == Approx(movedX).margin(1e-6);
  CHECK(given);
  for (const auto& c : ai->result()->placedCoordinates)
    CHECK(c.condition != 0);  // the canal levels were given: nothing placed for them
  for (int l = 0; l < 5; ++l)
    CHECK(ai->result()->outputs[static_cast<std::size_t>(l)].measured);
  QApplication::processEvents();
  test::screenshot(&w, "ai-placed-rerun");
}

TEST_CASE("unmeasured lumbar targets say why in the AI panel's result", "[ai][ai-placed]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  if (!std::filesystem::exists(test::sourcePath("resources/models/lumbar-demo.osteon")))
    OSTEON_SKIP("resources/models/lumbar-demo.osteon is missing: nothing to run");
  test::TempDir dir;
  phantom::LumbarOptions o;
  o.seed = 24;
  o.sagittalSize = 192;
  o.axialSize = 160;
  const auto studies = phantom::writeLumbarDataset(dir.path(), o, 1);
  // No Sagittal T1: its folder is removed.
  std::string t1;
  {
    std::ifstream in(dir.path() + "/train_series_descriptions.csv");
    std::string line;
    while (std::getline(in, line))
      if (line.find("Sagittal T1") != std::string::npos)
        t1 = line.substr(line.find(',') + 1, line.rfind(',') - line.find(',') - 1);
  }
  REQUIRE_FALSE(t1.empty());
  std::filesystem::remove_all(dir.path() + "/train_images/" + studies.front() + "/" + t1);
  ui::MainWindow w;
  w.setLayoutKind(ui::Layout::OneByThree);
  w.resize(1600, 1000);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  w.openPaths({QString::fromStdString(dir.path() + "/train_images/" + studies.front())});
  REQUIRE(loaded.wait(60000));
  w.aiDock()->show();
  w.aiDock()->raise();
  ui::AiPanel* ai = w.aiPanel();
  REQUIRE(ai->setTask("lumbar"));
  REQUIRE(runLumbar(ai));
  int unmeasured = 0;
  for (const auto& out : ai->result()->outputs)
    if (!out.measured) {
      ++unmeasured;
      CHECK_FALSE(out.note.empty());
    }
  CHECK(unmeasured >= 10);
  const QString text = ai->notMeasuredText();
  INFO(text.toStdString());
  CHECK(text.contains("10 target(s) not measured: no Sagittal T1 series"));
  auto* label = ai->findChild<QLabel*>("aiNotMeasured");
  REQUIRE(label);
  CHECK(label->isVisible());
  CHECK(label->text() == text);
  QApplication::processEvents();
  const QImage shot = test::screenshot(w.aiDock(), "ai-not-measured");
  const QRect r(label->mapTo(w.aiDock(), QPoint(0, 0)), label->size());
  // The reasons are drawn in the warning colour inside the label.
  int orange = 0;
  for (int y = r.top(); y <= r.bottom(); ++y)
    for (int x = r.left(); x <= r.right(); ++x) {
      if (!shot.rect().contains(QPoint(x, y))) continue;
      const QRgb c = shot.pixel(x, y);
      orange += (qRed(c) > 180 && qGreen(c) > 110 && qGreen(c) < 200 && qBlue(c) < 110) ? 1 : 0;
    }
  CHECK(orange > 40);
}
