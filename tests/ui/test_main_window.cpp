// The main window on a phantom study written by Osteon: load, scroll, window/level, overlays,
// layouts and the linked cursor, each checked on a screenshot.

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>

#include "core/phantom/lumbar_study.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/shell/main_window.h"
#include "ui/shell/shortcuts_dialog.h"

using namespace osteon;

namespace {

struct Study {
  test::TempDir dir;
  std::vector<std::vector<std::string>> coords;
};

std::unique_ptr<Study> writeStudy() {
  auto s = std::make_unique<Study>();
  phantom::LumbarOptions o;
  o.seed = 11;
  o.sagittalSize = 256;
  o.axialSize = 192;
  phantom::writeLumbarDataset(s->dir.path(), o, 1);
  std::ifstream in(s->dir.file("train_label_coordinates.csv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string c;
    while (std::getline(ss, c, ','))
      cells.push_back(c);
    s->coords.push_back(cells);
  }
  return s;
}

bool loadInto(ui::MainWindow& w, const QString& path) {
  QSignalSpy spy(&w, &ui::MainWindow::studyLoaded);
  w.openPaths({path});
  return spy.wait(60000);
}

QRect viewRect(ui::MainWindow& w, ui::ImageView* v) {
  return QRect(v->mapTo(&w, QPoint(0, 0)), v->size());
}

}  // namespace

TEST_CASE("the main window opens a study and every view shows it", "[window]") {
  auto study = writeStudy();
  ui::MainWindow w;
  w.resize(1500, 900);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  REQUIRE(loadInto(w, QString::fromStdString(study->dir.path())));
  REQUIRE(w.series().size() == 3);
  CHECK(w.problems().isEmpty());
  CHECK(w.browser()->topLevelItemCount() == 1);

  w.setLayoutKind(ui::Layout::OneByThree);
  QApplication::processEvents();
  const auto& views = w.viewGrid()->views();
  REQUIRE(views.size() == 3);
  QImage shot = test::screenshot(&w, "window-1x3");
  for (ui::ImageView* v : views) {
    REQUIRE(v->volume());
    // Not a black window: the image region has structure and brightness.
    const auto [mean, sd] = test::meanStd(shot, viewRect(w, v).adjusted(40, 60, -40, -60));
    INFO(v->title().toStdString() << " mean " << mean << " sd " << sd);
    CHECK(mean > 25);
    CHECK(sd > 20);
  }
  CHECK(views[0]->title().contains("Sagittal T1"));
  CHECK(views[2]->title().contains("Axial T2"));
  // The three views (images, orientation labels, titles, scale bars) against the reviewed
  // baseline.
  OSTEON_CHECK_BASELINE(test::toRgb(test::screenshot(w.viewGrid(), "window-1x3-views")),
                        "viewer-1x3");

  SECTION("scrolling changes the slice and the picture") {
    ui::ImageView* v = views[1];
    w.viewGrid()->setActiveView(v);
    const int before = v->sliceIndex();
    const QImage a = test::screenshot(v, "window-scroll-before");
    w.action("nextSlice")->trigger();
    w.action("nextSlice")->trigger();
    CHECK(v->sliceIndex() == before + 2);
    const QImage b = test::screenshot(v, "window-scroll-after");
    int changed = 0;
    for (int y = 0; y < a.height(); y += 4)
      for (int x = 0; x < a.width(); x += 4)
        changed += qGray(a.pixel(x, y)) != qGray(b.pixel(x, y));
    CHECK(changed > 100);
    w.action("lastSlice")->trigger();
    CHECK(v->sliceIndex() == v->sliceCount() - 1);
  }

  SECTION("window/level changes brightness the right way") {
    ui::ImageView* v = views[1];
    const QRect r = QRect(QPoint(40, 60), v->size() - QSize(80, 120));
    v->setWindow({300, 400});
    const double low = test::meanStd(test::screenshot(v, "window-wl-low-centre"), r).first;
    v->setWindow({1200, 400});
    const double high = test::meanStd(test::screenshot(v, "window-wl-high-centre"), r).first;
    CHECK(low > high + 30);  // a lower centre makes the same tissue brighter
    w.action("autoWindow")->trigger();
    CHECK(v->window().width > 1);
  }

  SECTION("overlays show and hide with the toggle") {
    ui::ImageView* v = views[1];
    const image::Image* slice = v->currentSlice();
    REQUIRE(slice);
    auto layer = std::make_shared<ui::AnnotationLayer>("test marks");
    const image::Vec3 p =
        slice->geometry.indexToPatient({slice->width() / 2.0, slice->height() / 2.0, 0});
    const image::Vec3 q =
        slice->geometry.indexToPatient({slice->width() / 2.0 + 40, slice->height() / 2.0, 0});
    layer->addItem({ui::AnnotationLayer::Kind::Line, {p, q}, "", QColor(0, 255, 0)});
    v->addOverlay(layer);
    const QPointF mid =
        (v->currentTransform().sliceToWidget({slice->width() / 2.0, slice->height() / 2.0}) +
         v->currentTransform().sliceToWidget({slice->width() / 2.0 + 40, slice->height() / 2.0})) /
        2;
    QImage on = test::screenshot(v, "window-overlay-on");
    CHECK(qGreen(on.pixel(mid.toPoint())) > 200);
    CHECK(qRed(on.pixel(mid.toPoint())) < 80);
    w.action("overlays")->trigger();
    QImage off = test::screenshot(v, "window-overlay-off");
    CHECK(qRed(off.pixel(mid.toPoint())) == qGreen(off.pixel(mid.toPoint())));
    w.action("overlays")->trigger();
  }

  SECTION("2x2 reslices the active series in three planes") {
    w.viewGrid()->setActiveView(views[0]);
    w.setLayoutKind(ui::Layout::TwoByTwo);
    QApplication::processEvents();
    const auto& four = w.viewGrid()->views();
    REQUIRE(four.size() == 4);
    CHECK(four[1]->plane() == image::Plane::Axial);
    CHECK(four[2]->plane() == image::Plane::Sagittal);
    CHECK(four[3]->plane() == image::Plane::Coronal);
    shot = test::screenshot(&w, "window-2x2");
    for (ui::ImageView* v : four)
      CHECK(test::meanStd(shot, viewRect(w, v).adjusted(40, 60, -40, -60)).second > 10);
    w.setLayoutKind(ui::Layout::One);
    CHECK(w.viewGrid()->views().size() == 1);
  }

  SECTION("a click on a disc level in sagittal T2 moves the axial view to that level") {
    // The Spinal Canal Stenosis L4/L5 label sits at the disc on the sagittal T2.
    const auto& rows = study->coords;
    std::vector<std::string> canal, recess;
    for (const auto& r : rows) {
      if (r[3] == "Spinal Canal Stenosis" && r[4] == "L4/L5") canal = r;
      if (r[3] == "Left Subarticular Stenosis" && r[4] == "L4/L5") recess = r;
    }
    REQUIRE(!canal.empty());
    REQUIRE(!recess.empty());
    ui::ImageView* sag = views[1];
    ui::ImageView* ax = views[2];
    sag->setSliceIndex(std::stoi(canal[2]) - 1);
    const QPointF at =
        sag->currentTransform().sliceToWidget({std::stod(canal[5]), std::stod(canal[6])});
    ax->setSliceIndex(0);
    QTest::mouseClick(sag, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    QApplication::processEvents();
    // The axial instance labelled at the same disc.
    CHECK(std::abs(ax->sliceIndex() - (std::stoi(recess[2]) - 1)) <= 1);
    CHECK(ax->hasCursor());
    test::screenshot(&w, "window-linked-cursor");
    // The axial view draws the linked cursor as a cyan (0 220 255) crosshair: four 10-pixel arms
    // from 4 to 14 pixels off its centre. Grey MR pixels have no cyan tint; antialiased arm pixels
    // keep one.
    const QImage axShot = test::screenshot(ax, "window-linked-cursor-axial");
    int n = 0, left = axShot.width(), right = -1, top = axShot.height(), bottom = -1;
    for (int y = 0; y < axShot.height(); ++y)
      for (int x = 0; x < axShot.width(); ++x) {
        const QRgb c = axShot.pixel(x, y);
        if (qBlue(c) - qRed(c) > 60 && qGreen(c) - qRed(c) > 50) {
          ++n;
          left = std::min(left, x), right = std::max(right, x);
          top = std::min(top, y), bottom = std::max(bottom, y);
        }
      }
    INFO("cyan pixels on the axial view: " << n << " in x " << left << ".." << right << ", y "
                                           << top << ".." << bottom);
    CHECK(n >= 40);
    CHECK(right - left >= 27);
    CHECK(right - left <= 31);
    CHECK(bottom - top >= 27);
    CHECK(bottom - top <= 31);
    // Its centre (between the arms) is not drawn.
    const QRgb center = axShot.pixel((left + right) / 2, (top + bottom) / 2);
    CHECK_FALSE((qBlue(center) - qRed(center) > 60 && qGreen(center) - qRed(center) > 50));
  }

  SECTION("every common action has a shortcut listed in Help > Keyboard shortcuts") {
    int withShortcut = 0;
    for (QAction* a : w.allActions())
      withShortcut += a->shortcut().isEmpty() ? 0 : 1;
    CHECK(withShortcut >= 30);
    ui::ShortcutsDialog d(w.allActions(), &w);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    // The dialog shows its table of actions as text: a blank or empty dialog has no contrast.
    const QImage shot = test::screenshot(&d, "window-shortcuts");
    const auto [mean, sd] = test::meanStd(shot, shot.rect());
    INFO("mean " << mean << ", sd " << sd);
    CHECK(sd > 15);
  }
}

TEST_CASE("bad input is reported in the window, not a crash", "[window]") {
  test::TempDir dir;
  {
    std::ofstream(dir.file("broken.dcm"), std::ios::binary)
        << std::string(128, '\0') << "DICM" << std::string(50, '\x7f');
    std::ofstream(dir.file("notes.txt")) << "hello";
  }
  ui::MainWindow w;
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  REQUIRE(loadInto(w, QString::fromStdString(dir.path())));
  CHECK(w.series().empty());
  REQUIRE(!w.problems().isEmpty());
  CHECK(w.problems().join("\n").contains("broken.dcm"));
  // The problem list shows its rows: text drawn in the first row's rectangle, not an empty list.
  auto* list = w.findChild<QListWidget*>();
  REQUIRE(list);
  REQUIRE(list->count() >= 1);
  CHECK(list->isVisible());
  const QImage shot = test::screenshot(&w, "window-bad-input");
  // The first row as far as the list shows it (a long reason runs past the viewport's edge).
  const QRect shown = list->visualItemRect(list->item(0)).intersected(list->viewport()->rect());
  const QRect row(list->viewport()->mapTo(&w, shown.topLeft()), shown.size());
  REQUIRE(shot.rect().contains(row));
  // The row's background is its most common grey level; text pixels stand out from it.
  std::vector<int> histogram(256, 0);
  for (int y = row.top(); y <= row.bottom(); ++y)
    for (int x = row.left(); x <= row.right(); ++x)
      ++histogram[static_cast<std::size_t>(qGray(shot.pixel(x, y)))];
  const int background =
      static_cast<int>(std::max_element(histogram.begin(), histogram.end()) - histogram.begin());
  int text = 0;
  for (int g = 0; g < 256; ++g)
    text += std::abs(g - background) > 60 ? histogram[static_cast<std::size_t>(g)] : 0;
  const int area = row.width() * row.height();
  INFO("text pixels in the first problem row: " << text << " of " << area << ", background grey "
                                                << background);
  CHECK(text > 40);
  CHECK(text < area / 2);
}
