// The AI panel on a panoramic radiograph phantom: the osteoporosis demo model runs off the GUI
// thread, its two class probabilities are charted with the demo label, Grad-CAM heatmaps are
// drawn over the image (aligned with its pixels, through zoom and pan), change with the method
// and the class, can be compared side by side and exported as PNG; a broken model file is an
// error message in the panel, not a crash.

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDockWidget>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <functional>

#include "core/phantom/lumbar_study.h"
#include "core/phantom/panoramic.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/ai/ai_panel.h"
#include "ui/ai/heatmap_pane.h"
#include "ui/ai/probability_chart.h"
#include "ui/shell/main_window.h"

using namespace osteon;

namespace {

// Saturated pixels: a heatmap colour over the grey radiograph (grey has R = G = B).
bool colored(QRgb c) {
  return std::max({qRed(c), qGreen(c), qBlue(c)}) - std::min({qRed(c), qGreen(c), qBlue(c)}) > 60;
}

int countIn(const QImage& img, const QRect& r, const std::function<bool(QRgb)>& match) {
  int n = 0;
  for (int y = std::max(0, r.top()); y <= std::min(img.height() - 1, r.bottom()); y += 2)
    for (int x = std::max(0, r.left()); x <= std::min(img.width() - 1, r.right()); x += 2)
      n += match(img.pixel(x, y)) ? 1 : 0;
  return n;
}

bool near(QRgb c, const QColor& want, int tolerance) {
  return std::abs(qRed(c) - want.red()) <= tolerance &&
         std::abs(qGreen(c) - want.green()) <= tolerance &&
         std::abs(qBlue(c) - want.blue()) <= tolerance;
}

double meanAbsDiff(const image::Image& a, const image::Image& b) {
  if (a.width() != b.width() || a.height() != b.height()) return 1;
  double s = 0;
  for (int y = 0; y < a.height(); ++y)
    for (int x = 0; x < a.width(); ++x)
      s += std::fabs(a.value(x, y, 0) - b.value(x, y, 0));
  return s / (double(a.width()) * a.height());
}

// Slice pixel of the heatmap's maximum.
QPointF hottest(const image::Image& h) {
  double best = -1;
  QPointF at;
  for (int y = 0; y < h.height(); ++y)
    for (int x = 0; x < h.width(); ++x)
      if (h.value(x, y, 0) > best) best = h.value(x, y, 0), at = QPointF(x, y);
  return at;
}

struct Fixture {
  test::TempDir dir;
  std::string dicom;
  ui::MainWindow w;
  ui::ImageView* view = nullptr;
  ui::AiPanel* ai = nullptr;

  Fixture() {
    phantom::PanoramicOptions o;
    o.seed = 21;
    o.osteoporosis = 1;
    const auto rel = phantom::writePanoramicDataset(dir.path(), o, 1);
    dicom = dir.path() + "/dicom/" + std::filesystem::path(rel.front()).stem().string() + ".dcm";
    REQUIRE(std::filesystem::exists(dicom));
    w.setLayoutKind(ui::Layout::One);
    w.resize(1600, 1100);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
    w.openPaths({QString::fromStdString(dicom)});
    REQUIRE(loaded.wait(60000));
    view = w.viewGrid()->views().front();
    REQUIRE(view->volume());
    ai = w.aiPanel();
    REQUIRE(ai);
    w.aiDock()->show();
    w.aiDock()->raise();
    QTest::qWait(50);
  }
  QRect viewRect() const { return QRect(view->mapTo(&w, QPoint(0, 0)), view->size()); }
};

bool bundledModelPresent() {
  return std::filesystem::exists(test::sourcePath("resources/models/osteoporosis-demo.osteon"));
}

}  // namespace

TEST_CASE("the AI panel runs the osteoporosis demo model and shows Grad-CAM heatmaps", "[ai]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  Fixture f;
  ui::AiPanel* ai = f.ai;
  REQUIRE(ai->taskNames().contains("osteoporosis"));
  REQUIRE(ai->setTask("osteoporosis"));
  if (!bundledModelPresent())
    OSTEON_SKIP("resources/models/osteoporosis-demo.osteon is missing: nothing to run");

  // Run through the menu shortcut: the work is on a worker thread, the GUI keeps answering.
  QSignalSpy done(ai, &ui::AiPanel::runFinished);
  QTest::keyClick(&f.w, Qt::Key_R, Qt::ControlModifier);
  CHECK(ai->busy());
  REQUIRE(done.wait(180000));
  INFO("run: " << done.at(0).at(1).toString().toStdString() << " / "
               << ai->errorText().toStdString());
  REQUIRE(done.at(0).at(0).toBool());
  CHECK_FALSE(ai->busy());
  REQUIRE(ai->result());
  const ui::ProbabilityChart* chart = ai->chart();
  REQUIRE(chart->classNames().size() == 2);
  REQUIRE(chart->rows().size() == 1);
  const auto& p = chart->rows().front().probabilities;
  REQUIRE(p.size() == 2);
  CHECK(p[0] + p[1] == Approx(1).margin(1e-3));
  CHECK(chart->isVisible());
  CHECK_FALSE(ai->summaryText().isEmpty());
  CHECK(ai->demoLabelShown());
  CHECK(ai->demoText() ==
        QStringLiteral("demo: trained on synthetic phantoms, not for clinical use"));
  CHECK(ai->errorText().isEmpty());
  const QImage before = test::screenshot(&f.w, "ai-osteoporosis-result");
  const int coloredBefore = countIn(before, f.viewRect(), colored);
  // The chart is painted: its two bars (blue and orange) are in the screenshot.
  const QRect chartRect(chart->mapTo(&f.w, QPoint(0, 0)), chart->size());
  CHECK(countIn(before, chartRect, [](QRgb c) { return qBlue(c) > 180 && qRed(c) < 120; }) +
            countIn(before, chartRect, [](QRgb c) { return qRed(c) > 200 && qBlue(c) < 100; }) >
        50);
  // A Qt Charts bar chart: one bar per class (top to bottom in the model's order, named by the
  // display names), values in percent, the most probable bar selected (highlight colour).
  QChartView* view = chart->chartView();
  REQUIRE(view);
  CHECK(view->isVisible());
  QChart* qc = view->chart();
  REQUIRE(qc->series().size() == 1);
  auto* bars = qobject_cast<QHorizontalBarSeries*>(qc->series().first());
  REQUIRE(bars);
  REQUIRE(bars->barSets().size() == 1);
  const QBarSet* set = bars->barSets().first();
  REQUIRE(set->count() == 2);
  const int top = p[0] >= p[1] ? 0 : 1, topIndex = 1 - top;  // categories run bottom up
  CHECK(set->at(topIndex) == Approx(100 * p[top]).margin(0.051));
  CHECK(set->at(1 - topIndex) == Approx(100 * p[1 - top]).margin(0.051));
  CHECK(set->isBarSelected(topIndex));
  CHECK_FALSE(set->isBarSelected(1 - topIndex));
  const auto vertical = qc->axes(Qt::Vertical);
  REQUIRE(vertical.size() == 1);
  auto* names = qobject_cast<QBarCategoryAxis*>(vertical.first());
  REQUIRE(names);
  CHECK(names->categories() == QStringList{chart->classNames()[1], chart->classNames()[0]});
  CHECK(chart->classNames().contains(QStringLiteral("Osteoporosis")));
  // On screen: the highlighted bar ends where its probability lies on the percent axis.
  const QImage chartImg = view->grab().toImage().convertToFormat(QImage::Format_RGB32);
  const auto onView = [&](double value, double category) {
    return view->mapFromScene(qc->mapToScene(qc->mapToPosition(QPointF(value, category), bars)));
  };
  const QPoint zero = onView(0, topIndex), full = onView(100, topIndex);
  int right = -1, orange = 0;
  for (int y = zero.y() - 4; y <= zero.y() + 4; ++y)
    for (int x = 0; x < chartImg.width(); ++x)
      if (y >= 0 && y < chartImg.height() &&
          near(chartImg.pixel(x, y), ui::ProbabilityChart::bestBarColor(), 16)) {
        right = std::max(right, x);
        ++orange;
      }
  INFO("bar from x " << zero.x() << ", 100% at x " << full.x() << ", orange up to x " << right);
  CHECK(orange > 9 * 20);
  CHECK(right == Approx(zero.x() + p[top] * (full.x() - zero.x())).margin(3));
  // The class name beside the bar is written out, not elided: its text spans at least the name's
  // width left of the axis.
  {
    const QColor text = view->palette().color(QPalette::Text);
    int left = zero.x();
    const int half = view->fontMetrics().height() / 2 + 2;
    for (int y = zero.y() - half; y <= zero.y() + half; ++y)
      for (int x = 0; x < zero.x() - 3; ++x)
        if (y >= 0 && y < chartImg.height() && near(chartImg.pixel(x, y), text, 70))
          left = std::min(left, x);
    const int nameWidth = view->fontMetrics().horizontalAdvance(chart->classNames()[top]);
    INFO("name '" << chart->classNames()[top].toStdString() << "' " << nameWidth
                  << " px wide, text from x " << left << " to the axis at " << zero.x());
    CHECK(zero.x() - left >= nameWidth * 0.9);
  }
  test::screenshot(view, "ai-probability-chart");

  // Grad-CAM over the image.
  QSignalSpy cam(ai, &ui::AiPanel::camFinished);
  ai->setCamMethod("gradcam");
  REQUIRE(ai->camLayers().size() >= 1);
  ai->setCamEnabled(true);
  REQUIRE(cam.wait(180000));
  INFO("cam: " << cam.last().at(1).toString().toStdString());
  REQUIRE(cam.last().at(0).toBool());
  auto gradcam = ai->explanation();
  REQUIRE(gradcam);
  CHECK(gradcam->method == "gradcam");
  REQUIRE(gradcam->heatmap.width() == f.view->volume()->width());
  REQUIRE(gradcam->heatmap.height() == f.view->volume()->height());
  QImage shot = test::screenshot(&f.w, "ai-osteoporosis-gradcam");
  const int coloredAfter = countIn(shot, f.viewRect(), colored);
  INFO("coloured pixels in the view: " << coloredBefore << " -> " << coloredAfter);
  CHECK(coloredAfter > coloredBefore + 2000);
  // The image is not black around the heatmap.
  CHECK(test::meanStd(shot, f.viewRect()).first > 20);
  // Aligned with the image pixels: the hottest pixel of the map is coloured on screen, at the
  // widget point the view maps it to, and it stays so under zoom and pan.
  auto hotOnScreen = [&](const char* name) {
    const QImage s = test::screenshot(&f.w, name);
    const QPointF wp = f.view->currentTransform().sliceToWidget(hottest(gradcam->heatmap));
    const QPoint at = f.view->mapTo(&f.w, wp.toPoint());
    return countIn(s, QRect(at - QPoint(3, 3), QSize(7, 7)), colored);
  };
  CHECK(hotOnScreen("ai-osteoporosis-gradcam") >= 12);
  f.view->zoomBy(2.0);
  ui::ViewState st = f.view->viewState();
  st.pan += QPointF(40, -25);
  f.view->setViewState(st);
  QApplication::processEvents();
  CHECK(hotOnScreen("ai-osteoporosis-gradcam-zoomed") >= 12);
  f.view->fit();

  // Another method gives another map.
  ai->setCamMethod("gradcam++");
  REQUIRE(cam.wait(180000));
  REQUIRE(cam.last().at(0).toBool());
  REQUIRE(ai->explanation());
  CHECK(ai->explanation()->method == "gradcam++");
  CHECK(meanAbsDiff(ai->explanation()->heatmap, gradcam->heatmap) > 1e-3);

  // Another class gives another map (Grad-CAM of the other class).
  ai->setCamMethod("gradcam");
  QApplication::processEvents();  // cached: shown at once
  const int other = 1 - ai->camClass();
  ai->setCamClass(other);
  REQUIRE(cam.wait(180000));
  REQUIRE(cam.last().at(0).toBool());
  REQUIRE(ai->explanation());
  CHECK(ai->explanation()->classIndex == other);
  CHECK(meanAbsDiff(ai->explanation()->heatmap, gradcam->heatmap) > 1e-3);

  // Opacity and colour map restyle the overlay (on the predicted class's map: the other class's
  // Grad-CAM may be empty when the model is sure).
  const int best = 1 - other;
  ai->setCamClass(best);
  QApplication::processEvents();
  REQUIRE(ai->explanation());
  CHECK(ai->explanation()->classIndex == best);
  ai->setColormap(ui::Colormap::Inferno);
  ai->setOpacity(0.7);
  CHECK(ai->layer()->colormap() == ui::Colormap::Inferno);
  CHECK(ai->layer()->opacity() == Approx(0.7));
  QApplication::processEvents();
  const QImage inferno = test::screenshot(&f.w, "ai-osteoporosis-inferno");
  CHECK(countIn(inferno, f.viewRect(), colored) > coloredBefore + 2000);

  // Two classes side by side: the predicted class in the view and the first pane, the other
  // class in the second pane.
  ai->setColormap(ui::Colormap::Jet);
  ai->setOpacity(0.5);
  ai->setCompare(true, other);
  if (!ai->compareExplanation()) REQUIRE(cam.wait(180000));
  REQUIRE(ai->explanation());
  REQUIRE(ai->compareExplanation());
  CHECK(ai->explanation()->classIndex == best);
  CHECK(ai->compareExplanation()->classIndex == other);
  QApplication::processEvents();
  const QImage compare = test::screenshot(&f.w, "ai-osteoporosis-compare");
  for (int i = 0; i < 2; ++i) {
    ui::HeatmapPane* pane = ai->comparePane(i);
    REQUIRE(pane->isVisible());
    REQUIRE_FALSE(pane->image().isNull());
    CHECK(pane->caption().startsWith(chart->classNames()[i == 0 ? best : other]));
    const QRect r(pane->mapTo(&f.w, QPoint(0, 0)), pane->size());
    // The radiograph is drawn in both panes; the predicted class's heatmap is coloured.
    CHECK(test::meanStd(compare, r).second > 10);
    if (i == 0) CHECK(countIn(compare, r, colored) > 100);
  }

  // Export: both classes side by side, then one.
  const QString both = QString::fromStdString(f.dir.file("overlay-compare.png"));
  REQUIRE(ai->exportOverlay(both));
  QImage png(both);
  REQUIRE_FALSE(png.isNull());
  CHECK(png.width() == 2 * f.view->volume()->width() + 8);
  CHECK(countIn(png, png.rect(), colored) > 2000);
  ai->setCompare(false);
  const QString one = QString::fromStdString(f.dir.file("overlay.png"));
  REQUIRE(ai->exportOverlay(one));
  png = QImage(one);
  REQUIRE_FALSE(png.isNull());
  CHECK(png.size() == QSize(f.view->volume()->width(), f.view->volume()->height()));
  CHECK(QFileInfo(one).size() > 20000);
  CHECK(countIn(png, png.rect(), colored) > 2000);
  CHECK(test::meanStd(png, png.rect()).second > 10);  // a picture, not a flat fill
  png.save(QDir(OSTEON_SCREENSHOTS).filePath("ai-osteoporosis-export.png"));

  // Off: the view shows the radiograph alone again.
  ai->setCamEnabled(false);
  QApplication::processEvents();
  const QImage off = test::screenshot(&f.w, "ai-osteoporosis-off");
  CHECK(countIn(off, f.viewRect(), colored) < coloredBefore + 200);
}

TEST_CASE("the AI panel reports a broken model file and a missing image in the panel", "[ai]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  test::TempDir dir;
  {
    // Nothing open: a message, no run.
    ui::MainWindow w;
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    REQUIRE(w.aiPanel()->setTask("osteoporosis"));
    CHECK_FALSE(w.aiPanel()->run());
    CHECK(w.aiPanel()->errorText().contains("Open an image"));
  }
  Fixture f;
  ui::AiPanel* ai = f.ai;
  REQUIRE(ai->setTask("osteoporosis"));
  const std::string broken = dir.file("broken.osteon");
  {
    std::ofstream out(broken, std::ios::binary);
    out << "PK\x03\x04 this is not a model package";
  }
  QSignalSpy loaded(ai, &ui::AiPanel::modelLoaded);
  ai->setModelPath(QString::fromStdString(broken));
  REQUIRE(loaded.wait(60000));
  CHECK_FALSE(loaded.at(0).at(0).toBool());
  INFO(ai->errorText().toStdString());
  CHECK(ai->errorText().startsWith("The model could not be loaded"));
  CHECK(ai->modelPath().isEmpty());  // the bundled model stays in use
  QApplication::processEvents();
  {
    // The reason is shown in the panel, in its red bold error style (#ff6b6b), where the error
    // label is.
    auto* error = ai->findChild<QLabel*>("aiError");
    REQUIRE(error);
    CHECK(error->isVisible());
    const QImage shot = test::screenshot(&f.w, "ai-broken-model");
    const QRect where(error->mapTo(&f.w, QPoint(0, 0)), error->size());
    const int red = countIn(shot, where.intersected(shot.rect()), [](QRgb c) {
      return std::abs(qRed(c) - 0xff) < 40 && std::abs(qGreen(c) - 0x6b) < 40 &&
             std::abs(qBlue(c) - 0x6b) < 40;
    });
    INFO("error-coloured pixels in the error label: " << red);
    CHECK(red > 40);
  }
  // A run afterwards uses the bundled model again.
  if (!bundledModelPresent())
    OSTEON_SKIP("resources/models/osteoporosis-demo.osteon is missing: nothing to run");
  QSignalSpy done(ai, &ui::AiPanel::runFinished);
  REQUIRE(ai->run());
  REQUIRE(done.wait(180000));
  CHECK(done.at(0).at(0).toBool());
  CHECK(ai->errorText().isEmpty());
  // Cancel: the run stops without a result and the panel is usable again.
  ai->clearResult();
  REQUIRE(ai->run());
  CHECK_FALSE(ai->run());  // one run at a time
  ai->cancel();
  REQUIRE(done.wait(180000));
  CHECK_FALSE(done.last().at(0).toBool());
  CHECK(ai->result() == nullptr);
  CHECK_FALSE(ai->busy());
}

TEST_CASE("the AI panel runs the lumbar task on a study's series and its RSNA coordinates",
          "[ai]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  if (!std::filesystem::exists(test::sourcePath("resources/models/lumbar-demo.osteon")))
    OSTEON_SKIP("resources/models/lumbar-demo.osteon is missing: nothing to run");
  test::TempDir dir;
  phantom::LumbarOptions o;
  o.seed = 12;
  o.sagittalSize = 256;
  o.axialSize = 192;
  const auto studies = phantom::writeLumbarDataset(dir.path(), o, 1);
  ui::MainWindow w;
  w.setLayoutKind(ui::Layout::OneByThree);
  w.resize(1600, 1100);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  w.openPaths({QString::fromStdString(dir.path() + "/train_images/" + studies.front())});
  REQUIRE(loaded.wait(60000));
  REQUIRE(w.series().size() == 3);
  w.aiDock()->show();
  w.aiDock()->raise();
  ui::AiPanel* ai = w.aiPanel();
  REQUIRE(ai->setTask("lumbar"));
  QSignalSpy done(ai, &ui::AiPanel::runFinished);
  REQUIRE(ai->run());
  REQUIRE(done.wait(300000));
  INFO(done.at(0).at(1).toString().toStdString() << " / " << ai->errorText().toStdString());
  REQUIRE(done.at(0).at(0).toBool());
  const ui::ProbabilityChart* chart = ai->chart();
  REQUIRE(chart->isTable());
  CHECK_FALSE(chart->chartView()->isVisible());  // the heat table, not bars
  REQUIRE(chart->rows().size() == 25);
  REQUIRE(chart->classNames().size() == 3);
  int measured = 0;
  for (const auto& row : chart->rows()) {
    REQUIRE(row.probabilities.size() == 3);
    CHECK(row.probabilities[0] + row.probabilities[1] + row.probabilities[2] ==
          Approx(1).margin(1e-3));
    measured += row.measured ? 1 : 0;
  }
  // The coordinates come from the dataset's train_label_coordinates.csv.
  CHECK(measured > 0);
  // A click on a measured row selects that output for the CAM.
  int target = -1;
  for (int r = static_cast<int>(chart->rows().size()) - 1; r >= 0 && target < 0; --r)
    if (chart->rows()[static_cast<std::size_t>(r)].measured) target = r;
  REQUIRE(target >= 0);
  QTest::mouseClick(const_cast<ui::ProbabilityChart*>(chart), Qt::LeftButton, Qt::NoModifier,
                    chart->rowRect(target).center());
  CHECK(ai->camOutput() == target);
  QSignalSpy cam(ai, &ui::AiPanel::camFinished);
  ai->setCamEnabled(true);
  REQUIRE(cam.wait(300000));
  INFO(cam.last().at(1).toString().toStdString());
  REQUIRE(cam.last().at(0).toBool());
  REQUIRE(ai->explanation());
  CHECK(ai->explanation()->outputIndex == target);
  REQUIRE(ai->explanation()->seriesIndex >= 0);
  // A view shows the explained slice of that series, with the heatmap over it.
  QApplication::processEvents();
  const QImage shot = test::screenshot(&w, "ai-lumbar-cam");
  bool shown = false;
  for (ui::ImageView* v : w.viewGrid()->views()) {
    const QRect r(v->mapTo(&w, QPoint(0, 0)), v->size());
    if (v->volume() && v->sliceIndex() == ai->explanation()->slice &&
        countIn(shot, r, colored) > 200)
      shown = true;
  }
  CHECK(shown);
}
