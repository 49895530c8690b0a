// Measurement tools on a spine X-ray phantom: a Cobb angle drawn by four clicks matches the
// phantom's ground truth, and distances use the imager pixel spacing.

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <filesystem>

#include "core/phantom/spine_xray.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/shell/main_window.h"

using namespace osteon;

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
  w.setLayoutKind(ui::Layout::One);
  w.resize(1400, 1000);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  w.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&w));
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  w.openPaths({QString::fromStdString(dcm)});
  REQUIRE(loaded.wait(60000));
  ui::ImageView* v = w.viewGrid()->views().front();
  REQUIRE(v->volume());
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
  // The measurement lines are drawn (green) over the grey image.
  int green = 0;
  for (int y = 0; y < shot.height(); y += 2)
    for (int xx = 0; xx < shot.width(); xx += 2) {
      const QRgb c = shot.pixel(xx, y);
      green += (qGreen(c) > 200 && qRed(c) < 160 && qBlue(c) < 200) ? 1 : 0;
    }
  CHECK(green > 30);
  // Backspace removes the last measurement; Q leaves the tool (clicks set the cursor again).
  QTest::keyClick(&w, Qt::Key_Backspace);
  CHECK(ms.size() == 1);
  QTest::keyClick(&w, Qt::Key_Q);
  CHECK(w.measureTool()->mode() == ui::MeasureTool::Mode::None);
}
