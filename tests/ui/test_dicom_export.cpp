// Results as DICOM objects from the viewer: measurements (lines, angles, a Cobb angle and an
// Auto Cobb spine of 68 corners) exported with File > Export measurements as DICOM SR pass
// dciodvfy and come back, opened with their study in another window, as the same measurements
// (one undo step) drawn on the image; a Grad-CAM exported from the AI panel as a Parametric Map
// passes dciodvfy and re-opens as the heatmap overlay on its image. Wrong and broken files are
// messages, never a crash.

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include "core/annotation/cobb.h"
#include "core/phantom/panoramic.h"
#include "core/phantom/spine_xray.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/ai/ai_panel.h"
#include "ui/annotate/measure_tool.h"
#include "ui/shell/main_window.h"

using namespace osteon;

namespace {

void showWindow(ui::MainWindow& w) {
  w.setLayoutKind(ui::Layout::One);
  w.resize(1400, 1100);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  w.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&w));
}

// Opens paths in a shown window and waits for the study.
void openIn(ui::MainWindow& w, const QStringList& paths) {
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  w.openPaths(paths);
  REQUIRE(loaded.wait(60000));
  REQUIRE(w.viewGrid()->views().front()->volume());
}

// dciodvfy's "Error" lines (dicom3tools); nullopt when it is not installed.
std::optional<std::vector<std::string>> dciodvfyErrors(const std::string& f) {
  if (!std::filesystem::exists("/usr/bin/dciodvfy")) return std::nullopt;
  const auto r = test::runCommand("dciodvfy " + test::shellQuote(f) + " 2>&1");
  std::vector<std::string> errors;
  std::stringstream ss(r.output);
  for (std::string line; std::getline(ss, line);)
    if (line.rfind("Error", 0) == 0) errors.push_back(line);
  return errors;
}

int countColor(const QImage& img, const QRect& r, const std::function<bool(QRgb)>& match) {
  int n = 0;
  for (int y = std::max(0, r.top()); y <= std::min(img.height() - 1, r.bottom()); y += 2)
    for (int x = std::max(0, r.left()); x <= std::min(img.width() - 1, r.right()); x += 2)
      n += match(img.pixel(x, y)) ? 1 : 0;
  return n;
}

QRect viewRect(ui::MainWindow& w) {
  ui::ImageView* v = w.viewGrid()->views().front();
  return QRect(v->mapTo(&w, QPoint(0, 0)), v->size());
}

bool measurementGreen(QRgb c) {
  return qGreen(c) > 200 && qRed(c) > 80 && qRed(c) < 170 && qBlue(c) > 110 && qBlue(c) < 210;
}

bool colored(QRgb c) {
  return std::max({qRed(c), qGreen(c), qBlue(c)}) - std::min({qRed(c), qGreen(c), qBlue(c)}) > 60;
}

}  // namespace

TEST_CASE(
    "measurements exported from the viewer as DICOM SR pass dciodvfy and come back on "
    "their study",
    "[dicom-export]") {
  test::TempDir dir;
  phantom::SpineXrayOptions o;
  o.seed = 12;
  o.alsType = 1;
  o.magnitude = 30;
  o.width = 420;
  o.height = 1000;
  const phantom::SpineXray x = phantom::makeSpineXray(o);
  phantom::writeSpineXrayDataset(dir.path(), o, 1);
  const std::string dcm = dir.path() + "/dicom/" + x.name + ".dcm";  // written by DCMTK
  // The same file in another folder: a study Osteon has no saved measurements for.
  std::filesystem::create_directories(dir.path() + "/copy");
  const std::string copy = dir.path() + "/copy/" + x.name + ".dcm";
  std::filesystem::copy_file(dcm, copy);
  const QString sr = QString::fromStdString(dir.path() + "/measurements-sr.dcm");

  std::vector<annotation::Measurement> made;
  std::vector<annotation::MeasurementValue> values;
  {
    ui::MainWindow w;
    showWindow(w);
    openIn(w, {QString::fromStdString(dcm)});
    const ui::LoadedSeries& s = w.series().front();
    REQUIRE(s.sources.size() == 1);  // the slice knows the DICOM instance it came from
    CHECK_FALSE(s.sources.front().header.sopInstanceUid.empty());
    ui::MeasureTool* tool = w.measureTool();
    auto add = [&](annotation::Measurement::Kind k, std::vector<annotation::Point2> pts) {
      annotation::Measurement m;
      m.kind = k;
      m.series = s.seriesId.toStdString();
      m.instance = s.instanceNumbers.front();
      m.points = std::move(pts);
      tool->session().addMeasurement(m);
    };
    add(annotation::Measurement::Kind::Line, {{60, 100}, {300, 160}});
    add(annotation::Measurement::Kind::Angle, {{100, 400}, {200, 420}, {150, 520}});
    add(annotation::Measurement::Kind::Cobb, {{120, 300}, {280, 330}, {110, 700}, {290, 650}});
    add(annotation::Measurement::Kind::Spine, x.landmarks);  // an Auto Cobb result's 68 corners
    made = tool->session().document().measurements;
    REQUIRE(made.size() == 4);
    for (const auto& m : made)
      values.push_back(annotation::measure(m, ui::MeasureTool::calibrationOf(*s.volume)));
    // File > Export measurements as DICOM SR (the action's dialog asks for this path).
    REQUIRE(w.action("exportSr"));
    CHECK(w.action("exportSr")->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    QString message;
    const bool exported = w.exportMeasurementReport(sr, &message);
    INFO(message.toStdString());
    REQUIRE(exported);
    CHECK(message.contains("4 measurement group"));
  }
  REQUIRE(std::filesystem::exists(sr.toStdString()));
  const auto errors = dciodvfyErrors(sr.toStdString());
  if (errors)
    for (const std::string& e : *errors)
      FAIL_CHECK("dciodvfy: " << e);

  // Another window opens the copied study together with the report: the measurements come back.
  ui::MainWindow again;
  showWindow(again);
  ui::MeasureTool* tool = again.measureTool();
  openIn(again, {QString::fromStdString(copy), sr});
  const auto& ms = tool->session().document().measurements;
  INFO("problems: " << again.problems().join("; ").toStdString());
  REQUIRE(ms.size() == made.size());
  const ui::LoadedSeries& s = again.series().front();
  for (std::size_t i = 0; i < made.size(); ++i) {
    INFO("measurement " << i);
    CHECK(ms[i].kind == made[i].kind);
    CHECK(ms[i].series == s.seriesId.toStdString());
    REQUIRE(ms[i].points.size() == made[i].points.size());
    for (std::size_t p = 0; p < ms[i].points.size(); ++p) {
      CHECK(ms[i].points[p].x == Approx(made[i].points[p].x).margin(1e-3));
      CHECK(ms[i].points[p].y == Approx(made[i].points[p].y).margin(1e-3));
    }
    const auto v = annotation::measure(ms[i], ui::MeasureTool::calibrationOf(*s.volume));
    CHECK(v.unit == values[i].unit);
    CHECK(v.value == Approx(values[i].value).margin(0.01));
  }
  // They are drawn: measurement lines (green) and the spine's vertebra outlines over the image.
  QApplication::processEvents();
  const QImage shot = test::screenshot(&again, "dicom-export-sr-reopened");
  const int green = countColor(shot, viewRect(again), measurementGreen);
  INFO("measurement-green pixels " << green);
  CHECK(green > 150);
  CHECK(test::meanStd(shot, viewRect(again)).first > 15);  // the radiograph, not a black view
  // One undo takes the whole import back; opening the report alone puts it back.
  tool->undo();
  CHECK(ms.empty());
  QString message;
  REQUIRE(again.openResult(sr, &message));
  CHECK(ms.size() == made.size());

  // Bad input: an image is not a result, a truncated report and an unrelated study are messages.
  CHECK_FALSE(again.openResult(QString::fromStdString(copy), &message));
  CHECK(message.contains("neither"));
  const std::string cut = dir.path() + "/cut-sr.dcm";
  {
    std::ifstream in(sr.toStdString(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() * 2 / 3);
  }
  CHECK_FALSE(again.openResult(QString::fromStdString(cut), &message));
  CHECK_FALSE(message.isEmpty());
  CHECK(ms.size() == made.size());  // nothing lost
  ui::MainWindow empty;
  CHECK_FALSE(empty.openResult(sr, &message));
  CHECK(message.contains("open the study first"));
  if (!errors) OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
}

TEST_CASE(
    "a Grad-CAM exported from the AI panel as a DICOM Parametric Map re-opens as the "
    "overlay on its image",
    "[dicom-export]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  if (!std::filesystem::exists(test::sourcePath("resources/models/osteoporosis-demo.osteon")))
    OSTEON_SKIP("resources/models/osteoporosis-demo.osteon is missing: nothing to run");
  test::TempDir dir;
  phantom::PanoramicOptions o;
  o.seed = 23;
  o.osteoporosis = 1;
  const auto rel = phantom::writePanoramicDataset(dir.path(), o, 1);
  const std::string dcm =
      dir.path() + "/dicom/" + std::filesystem::path(rel.front()).stem().string() + ".dcm";
  const QString pm = QString::fromStdString(dir.path() + "/gradcam-pm.dcm");
  image::Image heat;
  {
    ui::MainWindow w;
    showWindow(w);
    openIn(w, {QString::fromStdString(dcm)});
    ui::AiPanel* ai = w.aiPanel();
    w.aiDock()->show();
    w.aiDock()->raise();
    REQUIRE(ai->setTask("osteoporosis"));
    // Nothing shown yet: the export says so.
    CHECK_FALSE(ai->exportParametricMap(pm));
    CHECK(ai->errorText().contains("show a class activation map first"));
    QSignalSpy done(ai, &ui::AiPanel::runFinished);
    REQUIRE(ai->run());
    REQUIRE(done.wait(180000));
    REQUIRE(done.at(0).at(0).toBool());
    QSignalSpy cam(ai, &ui::AiPanel::camFinished);
    ai->setCamMethod("gradcam");
    ai->setCamEnabled(true);
    REQUIRE(cam.wait(180000));
    REQUIRE(cam.last().at(0).toBool());
    REQUIRE(ai->explanation());
    heat = ai->explanation()->heatmap.clone();
    INFO(ai->errorText().toStdString());
    REQUIRE(ai->exportParametricMap(pm));
  }
  REQUIRE(std::filesystem::exists(pm.toStdString()));
  const auto errors = dciodvfyErrors(pm.toStdString());
  if (errors)
    for (const std::string& e : *errors)
      FAIL_CHECK("dciodvfy: " << e);

  // A fresh window: the radiograph and the map opened together show the map over the image.
  ui::MainWindow again;
  showWindow(again);
  ui::ImageView* v = again.viewGrid()->views().front();
  QApplication::processEvents();
  openIn(again, {QString::fromStdString(dcm)});
  const QImage before = test::screenshot(&again, "dicom-export-pm-before");
  const int coloredBefore = countColor(before, viewRect(again), colored);
  QString message;
  const bool opened = again.openResult(pm, &message);
  INFO("open: " << message.toStdString());
  REQUIRE(opened);
  CHECK(message.contains("Grad-CAM"));
  const auto layer = again.aiPanel()->layer();
  REQUIRE(layer);
  CHECK(layer->isVisible());
  QApplication::processEvents();
  const QImage shot = test::screenshot(&again, "dicom-export-pm-overlay");
  const int coloredAfter = countColor(shot, viewRect(again), colored);
  INFO("coloured pixels in the view: " << coloredBefore << " -> " << coloredAfter);
  CHECK(coloredAfter > coloredBefore + 2000);
  CHECK(test::meanStd(shot, viewRect(again)).first > 20);
  // Aligned: the hottest pixel of the exported map is coloured where the view draws that pixel.
  double best = -1;
  QPointF hot;
  for (int y = 0; y < heat.height(); ++y)
    for (int xx = 0; xx < heat.width(); ++xx)
      if (heat.value(xx, y, 0) > best) best = heat.value(xx, y, 0), hot = QPointF(xx, y);
  const QPoint at = v->mapTo(&again, v->currentTransform().sliceToWidget(hot).toPoint());
  CHECK(countColor(shot, QRect(at - QPoint(3, 3), QSize(7, 7)), colored) >= 12);

  // A map whose image is not open, and a broken file, are messages.
  ui::MainWindow empty;
  CHECK_FALSE(empty.openResult(pm, &message));
  const std::string cut = dir.path() + "/cut-pm.dcm";
  {
    std::ifstream in(pm.toStdString(), std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(cut, std::ios::binary) << bytes.substr(0, bytes.size() / 2);
  }
  CHECK_FALSE(again.openResult(QString::fromStdString(cut), &message));
  CHECK_FALSE(message.isEmpty());
  if (!errors) OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
}
