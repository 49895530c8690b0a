// Labelling an RSNA phantom study from the keyboard and the mouse, then the exported CSV; and the
// offer to restore work that was never saved.

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <QStatusBar>
#include "core/annotation/rsna_dataset.h"
#include "core/phantom/lumbar_study.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/shell/main_window.h"

using namespace osteon;
namespace rsna = annotation::rsna;

namespace {

struct Truth {
  std::string study, series;
  int instance = 0;
  double x = 0, y = 0;
};

// A one-study phantom dataset whose coordinates file is emptied: the annotator starts from zero.
std::vector<Truth> writeUnlabelled(const std::string& dir) {
  phantom::LumbarOptions o;
  o.seed = 21;
  o.sagittalSize = 256;
  o.axialSize = 192;
  phantom::writeLumbarDataset(dir, o, 1);
  std::vector<Truth> truth;
  std::ifstream in(dir + "/train_label_coordinates.csv");
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> c;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ','))
      c.push_back(cell);
    if (c[3] == "Spinal Canal Stenosis")
      truth.push_back({c[0], c[1], std::stoi(c[2]), std::stod(c[5]), std::stod(c[6])});
  }
  std::ofstream(dir + "/train_label_coordinates.csv")
      << "study_id,series_id,instance_number,condition,level,x,y\n";
  std::ofstream(dir + "/train.csv") << "study_id\n";
  return truth;
}

ui::ImageView* sagittalT2(ui::MainWindow& w) {
  for (ui::ImageView* v : w.viewGrid()->views())
    if (v->title().contains("Sagittal T2")) return v;
  return nullptr;
}

// Shows the window active (shortcuts go to the active window) in the 1x3 layout and opens the
// dataset for labelling; returns the sagittal T2 view once the study is loaded.
ui::ImageView* openForLabelling(ui::MainWindow& w, const std::string& dataset) {
  w.setLayoutKind(ui::Layout::OneByThree);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  w.activateWindow();
  REQUIRE(QTest::qWaitForWindowActive(&w));
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  REQUIRE(w.labelling()->openDataset(QString::fromStdString(dataset)));
  REQUIRE(loaded.wait(60000));
  ui::ImageView* sag = sagittalT2(w);
  REQUIRE(sag);
  return sag;
}

}  // namespace

TEST_CASE(
    "an annotator labels canal stenosis at five levels by clicks and keys and exports the CSV",
    "[labelling]") {
  test::TempDir dir;
  const auto truth = writeUnlabelled(dir.path());
  REQUIRE(truth.size() == 5);
  ui::MainWindow w;
  w.setRestorePrompt([](const QString&) { return true; });
  w.resize(1600, 950);
  ui::ImageView* sag = openForLabelling(w, dir.path());

  // F5 = Spinal Canal Stenosis, 1 = L1/L2; then click each level (the panel moves to the next
  // level by itself).
  QTest::keyClick(&w, Qt::Key_F6);
  CHECK(w.labelling()->condition() == rsna::LeftForaminal);
  QTest::keyClick(&w, Qt::Key_F5);
  QTest::keyClick(&w, Qt::Key_3);
  CHECK(w.labelling()->level() == 2);
  QTest::keyClick(&w, Qt::Key_1);
  CHECK(w.labelling()->condition() == rsna::SpinalCanal);
  CHECK(w.labelling()->level() == 0);
  for (const Truth& t : truth) {
    sag->setSliceIndex(t.instance - 1);
    const QPointF at = sag->currentTransform().sliceToWidget({t.x, t.y});
    QTest::mouseClick(sag, Qt::LeftButton, Qt::NoModifier, at.toPoint());
    INFO("status: " << w.statusBar()->currentMessage().toStdString());
    CHECK(w.labelling()->session()->document().landmarks.size() ==
          static_cast<std::size_t>(&t - &truth[0] + 1));
  }
  REQUIRE(w.labelling()->session()->document().landmarks.size() == 5);
  QTest::keyClick(&w, Qt::Key_4);
  QTest::keyClick(&w, Qt::Key_M);  // L4/L5 Moderate
  QTest::keyClick(&w, Qt::Key_5);
  QTest::keyClick(&w, Qt::Key_X);  // L5/S1 Severe
  // A second point at a level that has one is refused, nothing changes.
  const QPointF again = sag->currentTransform().sliceToWidget({truth[0].x + 30, truth[0].y});
  QTest::keyClick(&w, Qt::Key_1);
  QTest::mouseClick(sag, Qt::LeftButton, Qt::NoModifier, again.toPoint());
  CHECK(w.labelling()->session()->document().landmarks.size() == 5);
  // Undo the last grade and redo it.
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier);
  CHECK(w.labelling()->session()->document().grades[0][4] == -1);
  QTest::keyClick(&w, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
  INFO("focus: " << (QApplication::focusWidget()
                         ? QApplication::focusWidget()->metaObject()->className()
                         : "none")
                 << " status: " << w.statusBar()->currentMessage().toStdString());
  CHECK(w.labelling()->session()->document().grades[0][4] == rsna::Severe);
  QImage shot = test::screenshot(&w, "labelling-placed");
  // The placed points are drawn on the sagittal T2 and (at their own level) on the axial view.
  {
    const QPointF p = sag->currentTransform().sliceToWidget({truth[4].x, truth[4].y});
    sag->setSliceIndex(truth[4].instance - 1);
    const QImage v = test::screenshot(sag, "labelling-sagittal");
    bool coloured = false;
    for (int dy = -7; dy <= 7; ++dy)
      for (int dx = -7; dx <= 7; ++dx) {
        const QRgb c = v.pixel(static_cast<int>(p.x()) + dx, static_cast<int>(p.y()) + dy);
        coloured = coloured || (qRed(c) != qGreen(c) || qGreen(c) != qBlue(c));
      }
    CHECK(coloured);
  }

  // Ctrl+S writes the RSNA CSVs; a Kaggle-style reader finds the clicked points.
  QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
  const annotation::RsnaDataset d = annotation::RsnaDataset::load(dir.path());
  const auto coords = d.coordinates(truth[0].study);
  REQUIRE(coords.size() == 5);
  for (std::size_t i = 0; i < 5; ++i) {
    INFO("level " << i);
    CHECK(coords[i].condition == rsna::SpinalCanal);
    CHECK(coords[i].level == static_cast<int>(i));
    CHECK(coords[i].series == truth[i].series);
    CHECK(coords[i].instance == truth[i].instance);
    CHECK(coords[i].x == Approx(truth[i].x).margin(1.0));
    CHECK(coords[i].y == Approx(truth[i].y).margin(1.0));
  }
  CHECK(d.grade(truth[0].study, rsna::SpinalCanal, 3) == rsna::Moderate);
  CHECK(d.grade(truth[0].study, rsna::SpinalCanal, 4) == rsna::Severe);
  CHECK(d.grade(truth[0].study, rsna::SpinalCanal, 0) == -1);

  // The de-identified export: the same CSVs and DICOM without the patient's name.
  test::TempDir out;
  CHECK(w.labelling()->exportDeidentified(QString::fromStdString(out.path())) == 17 + 17 + 48);
  CHECK(annotation::RsnaDataset::load(out.path()).coordinates(truth[0].study).size() == 5);
  std::ifstream dcm(
      out.path() + "/train_images/" + truth[0].study + "/" + truth[0].series + "/1.dcm",
      std::ios::binary);
  const std::string bytes{std::istreambuf_iterator<char>(dcm), std::istreambuf_iterator<char>()};
  CHECK(bytes.find("PHANTOM^LUMBAR") == std::string::npos);
  CHECK(bytes.find("ANONYMOUS") != std::string::npos);
}

TEST_CASE("work that was never saved is offered back at the next start", "[labelling]") {
  test::TempDir dir;
  const auto truth = writeUnlabelled(dir.path());
  {
    ui::MainWindow w;
    ui::ImageView* sag = openForLabelling(w, dir.path());
    sag->setSliceIndex(truth[2].instance - 1);
    QTest::keyClick(&w, Qt::Key_3);
    QTest::mouseClick(sag, Qt::LeftButton, Qt::NoModifier,
                      sag->currentTransform().sliceToWidget({truth[2].x, truth[2].y}).toPoint());
    QTest::keyClick(&w, Qt::Key_3);
    QTest::keyClick(&w, Qt::Key_G);
    INFO("status: " << w.statusBar()->currentMessage().toStdString() << " sag slice "
                    << sag->sliceIndex() << " of " << sag->sliceCount());
    REQUIRE(w.labelling()->session()->document().landmarks.size() == 1);
    // No save: remove the project file the window writes on close, as a killed process would
    // never have written it; only the journal remains.
  }
  const std::string study = truth[0].study;
  std::filesystem::remove(dir.path() + "/.osteon/" + study + ".json");
  REQUIRE(std::filesystem::exists(dir.path() + "/.osteon/" + study + ".journal"));
  ui::MainWindow w;
  QStringList asked;
  w.setRestorePrompt([&](const QString& s) {
    asked << s;
    return true;
  });
  w.show();
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  REQUIRE(w.labelling()->openDataset(QString::fromStdString(dir.path())));
  REQUIRE(loaded.wait(60000));
  CHECK(asked == QStringList{QString::fromStdString(study)});
  const auto& doc = w.labelling()->session()->document();
  REQUIRE(doc.landmarks.size() == 1);
  CHECK(doc.landmarks[0].level == 2);
  CHECK(doc.landmarks[0].x == Approx(truth[2].x).margin(1.0));
  CHECK(doc.grades[0][2] == rsna::NormalMild);
  test::screenshot(&w, "labelling-restored");
}
