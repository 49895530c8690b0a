// Measurement tools on a spine X-ray phantom: a Cobb angle drawn by four clicks matches the
// phantom's ground truth, and distances use the imager pixel spacing.

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

#include "core/phantom/spine_xray.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/shell/main_window.h"

using namespace osteon;

namespace {

int countColor(const QImage& shot, const std::function<bool(QRgb)>& match) {
  int n = 0;
  for (int y = 0; y < shot.height(); y += 2)
    for (int x = 0; x < shot.width(); x += 2)
      n += match(shot.pixel(x, y)) ? 1 : 0;
  return n;
}

// Opens one file in a fresh window (shown, active, 1x1 layout) and returns its view.
ui::ImageView* openOne(ui::MainWindow& w, const std::string& path, QSize size = QSize(1200, 1100)) {
  w.setLayoutKind(ui::Layout::One);
  w.resize(size);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  w.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&w));
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  w.openPaths({QString::fromStdString(path)});
  REQUIRE(loaded.wait(60000));
  ui::ImageView* v = w.viewGrid()->views().front();
  REQUIRE(v->volume());
  return v;
}

}  // namespace

TEST_CASE("the Cobb angle and distance tools measure a spine X-ray in degrees and mm",
          "[measure]") {
  test::TempDir dir;
  phantom::SpineXrayOptions o;
  o.seed = 5;
  o.alsType = 4;  // 4C: double major
  o.magnitude = 38;
  o.width = 400;
  o.height = 1000;
  const phantom::SpineXray x = phantom::makeSpineXray(o);
  phantom::writeSpineXrayDataset(dir.path(), o, 1);
  const std::string dcm = dir.path() + "/dicom/" + x.name + ".dcm";
  REQUIRE(std::filesystem::exists(dcm));

  ui::MainWindow w;
  ui::ImageView* v = openOne(w, dcm, QSize(1400, 1000));
  auto click = [&](const annotation::Point2& p) {
    QTest::mouseClick(v, Qt::LeftButton, Qt::NoModifier,
                      v->currentTransform().sliceToWidget({p.x, p.y}).toPoint());
  };

  // Cobb: upper endplate of U (TL, TR) and lower endplate of Lo (BL, BR).
  QTest::keyClick(&w, Qt::Key_B);
  CHECK(w.measureTool()->mode() == ui::MeasureTool::Mode::Cobb);
  const auto& L = x.landmarks;
  click(L[static_cast<std::size_t>(4 * x.cobb.upper)]);
  click(L[static_cast<std::size_t>(4 * x.cobb.upper + 1)]);
  click(L[static_cast<std::size_t>(4 * x.cobb.lower + 2)]);
  click(L[static_cast<std::size_t>(4 * x.cobb.lower + 3)]);
  const auto& ms = w.measureTool()->session().document().measurements;
  REQUIRE(ms.size() == 1);
  const auto cobb = annotation::measure(ms[0], ui::MeasureTool::calibrationOf(*v->volume()));
  INFO("measured " << cobb.value << ", truth " << x.cobb.principal);
  // Clicks land on whole widget pixels: a few tenths of a degree of play.
  CHECK(cobb.value == Approx(x.cobb.principal).margin(1.5));
  CHECK(cobb.unit == "deg");

  // Distance: two points 100 pixels apart vertically = 60 mm at 0.6 mm imager spacing.
  QTest::keyClick(&w, Qt::Key_D);
  click({200, 300});
  click({200, 400});
  REQUIRE(ms.size() == 2);
  const auto d = annotation::measure(ms[1], ui::MeasureTool::calibrationOf(*v->volume()));
  CHECK(d.unit == "mm");
  CHECK(d.value == Approx(60).margin(2));
  QImage shot = test::screenshot(&w, "measure-cobb-distance");
  // The view with its Cobb angle and distance (lines, end ticks, captions) against the reviewed
  // baseline.
  OSTEON_CHECK_BASELINE(test::toRgb(test::screenshot(v, "measure-cobb-distance-view")),
                        "viewer-measurements");
  // The measurement lines are drawn (green) over the grey image.
  const int green =
      countColor(shot, [](QRgb c) { return qGreen(c) > 200 && qRed(c) < 160 && qBlue(c) < 200; });
  CHECK(green > 30);
  // Backspace removes the last measurement; Q leaves the tool (clicks set the cursor again).
  QTest::keyClick(&w, Qt::Key_Backspace);
  CHECK(ms.size() == 1);
  QTest::keyClick(&w, Qt::Key_Q);
  CHECK(w.measureTool()->mode() == ui::MeasureTool::Mode::None);
}

TEST_CASE(
    "Auto Cobb finds the vertebrae of a DX radiograph; dragging a corner updates the angles, "
    "undoably, and the result is kept with the study",
    "[measure]") {
  if (!ui::MeasureTool::autoCobbAvailable()) OSTEON_SKIP("built without LibTorch");
  test::TempDir dir;
  phantom::SpineXrayOptions o;
  o.seed = 8;
  o.alsType = 0;
  o.magnitude = 35;
  o.width = 500;
  o.height = 1200;
  const phantom::SpineXray x = phantom::makeSpineXray(o);
  phantom::writeSpineXrayDataset(dir.path(), o, 1);
  const std::string dcm = dir.path() + "/dicom/" + x.name + ".dcm";  // written by DCMTK
  QString project;
  std::size_t corrected = 0;
  annotation::Point2 correctedAt;
  {
    ui::MainWindow w;
    ui::ImageView* v = openOne(w, dcm);
    ui::MeasureTool* tool = w.measureTool();
    QSignalSpy done(tool, &ui::MeasureTool::autoCobbFinished);
    QTest::keyClick(&w, Qt::Key_B, Qt::ShiftModifier);
    REQUIRE(done.wait(120000));
    INFO(done.at(0).at(1).toString().toStdString());
    REQUIRE(done.at(0).at(0).toBool());
    const auto& ms = tool->session().document().measurements;
    REQUIRE(ms.size() == 1);
    REQUIRE(ms[0].kind == annotation::Measurement::Kind::Spine);
    REQUIRE(ms[0].points.size() == 68);
    // The model found a spine: T1 above L5, the corners inside the image.
    CHECK(ms[0].points[0].y < ms[0].points[67].y);
    QImage shot = test::screenshot(&w, "auto-cobb-phantom");
    // Vertebra outlines (cyan) and the end vertebrae with their axes (orange) are drawn.
    const int cyan =
        countColor(shot, [](QRgb c) { return qBlue(c) > 200 && qGreen(c) > 170 && qRed(c) < 130; });
    const int orange = countColor(shot, [](QRgb c) {
      return qRed(c) > 220 && qGreen(c) > 110 && qGreen(c) < 190 && qBlue(c) < 90;
    });
    INFO("cyan " << cyan << " orange " << orange);
    CHECK(cyan > 100);
    CHECK(orange > 40);

    // Drag the lower end vertebra's bottom-right corner: the principal angle changes while
    // dragging and after, and one Backspace puts it back exactly.
    const auto cal = ui::MeasureTool::calibrationOf(*v->volume());
    const double before = annotation::measure(ms[0], cal).value;
    const auto cobb = annotation::cobbAngles(ms[0].points, v->volume()->height());
    const std::size_t corner = static_cast<std::size_t>(4 * cobb.lower + 3);
    const annotation::Point2 orig = ms[0].points[corner];
    const QPoint from = v->currentTransform().sliceToWidget({orig.x, orig.y}).toPoint();
    // Drag 30 widget pixels up or down, whichever tilts the end vertebra further from U.
    auto principalWith = [&](const QPoint& w) {
      auto pts = ms[0].points;
      const QPointF p = v->currentTransform().widgetToSlice(w);
      pts[corner] = {p.x(), p.y()};
      return annotation::cobbAngles(pts, v->volume()->height()).principal;
    };
    const QPoint to = principalWith(from + QPoint(0, 30)) > principalWith(from - QPoint(0, 30))
                          ? from + QPoint(0, 30)
                          : from - QPoint(0, 30);
    const double expected = principalWith(to);
    auto caption = [&] {
      for (const auto& it : tool->layer()->items())
        if (it.kind == ui::AnnotationLayer::Kind::Text && it.label.startsWith("Cobb"))
          return it.label;
      return QString();
    };
    const QString captionBefore = caption();
    REQUIRE_FALSE(captionBefore.isEmpty());
    QTest::mousePress(v, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(v, (from + to) / 2);
    QTest::mouseMove(v, to);
    // Live: before the release the document is unchanged but the drawn angle has moved.
    CHECK(ms[0].points[corner].y == orig.y);
    INFO("caption before " << captionBefore.toStdString() << ", while dragging "
                           << caption().toStdString());
    CHECK(caption() != captionBefore);
    // On screen the vertebra outline already follows the corner to its new place.
    CHECK(test::coloredNear(test::screenshot(v, "auto-cobb-dragging"), to, 4) > 0);
    QTest::mouseRelease(v, Qt::LeftButton, Qt::NoModifier, to);
    const auto& moved = ms[0].points[corner];
    CHECK(std::fabs(moved.y - orig.y) > 5);
    const double after = annotation::measure(ms[0], cal).value;
    INFO("principal before " << before << ", after " << after << ", expected " << expected);
    CHECK(after == Approx(expected).margin(0.3));
    CHECK(after > before + 1);
    CHECK(test::coloredNear(test::screenshot(&w, "auto-cobb-corrected"), v->mapTo(&w, to), 4) > 0);
    QTest::keyClick(&w, Qt::Key_Backspace);
    REQUIRE(ms.size() == 1);
    CHECK(ms[0].points[corner].x == orig.x);
    CHECK(ms[0].points[corner].y == orig.y);

    // The drag again, then the study is closed (window closed): the correction is kept.
    QTest::mousePress(v, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(v, to);
    QTest::mouseRelease(v, Qt::LeftButton, Qt::NoModifier, to);
    corrected = corner;
    correctedAt = ms[0].points[corner];
    CHECK(std::fabs(correctedAt.y - orig.y) > 5);
    project = tool->projectPath();
    REQUIRE_FALSE(project.isEmpty());
    w.close();
  }
  std::ifstream in(project.toStdString());
  const std::string saved{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  CHECK_THAT(saved, Catch::Contains("\"spine\""));
  ui::MainWindow again;
  openOne(again, dcm);
  const auto& ms = again.measureTool()->session().document().measurements;
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].kind == annotation::Measurement::Kind::Spine);
  CHECK(ms[0].points[corrected].x == Approx(correctedAt.x));
  CHECK(ms[0].points[corrected].y == Approx(correctedAt.y));

  // A broken model path is reported, not a crash.
  QSignalSpy failed(again.measureTool(), &ui::MeasureTool::autoCobbFinished);
  REQUIRE(again.measureTool()->autoCobb(again.viewGrid()->views().front(),
                                        "/nonexistent/model.osteon"));
  REQUIRE(failed.wait(60000));
  CHECK_FALSE(failed.at(0).at(0).toBool());
  CHECK_THAT(failed.at(0).at(1).toString().toStdString(), Catch::Contains("cannot open"));
}

TEST_CASE("Auto Cobb on a real AASCE radiograph draws the detected spine", "[measure]") {
  if (!ui::MeasureTool::autoCobbAvailable()) OSTEON_SKIP("built without LibTorch");
  const std::string data = test::sharedData("aasce-spine-xray-train");
  if (data.empty()) OSTEON_SKIP("../shared/data/aasce-spine-xray-train is absent");
  // A held-out image (the last 20% of filenames.csv are never trained on).
  std::ifstream names(data + "/filenames.csv");
  std::string name;
  for (int i = 0; i < 470 && std::getline(names, name);)
    ++i;
  if (!name.empty() && name.back() == '\r') name.pop_back();
  ui::MainWindow w;
  openOne(w, data + "/images/" + name);
  QSignalSpy done(w.measureTool(), &ui::MeasureTool::autoCobbFinished);
  QTest::keyClick(&w, Qt::Key_B, Qt::ShiftModifier);
  REQUIRE(done.wait(120000));
  REQUIRE(done.at(0).at(0).toBool());
  QImage shot = test::screenshot(&w, "auto-cobb-aasce");
  CHECK(countColor(
            shot, [](QRgb c) { return qBlue(c) > 200 && qGreen(c) > 170 && qRed(c) < 130; }) > 100);
  w.close();
}
