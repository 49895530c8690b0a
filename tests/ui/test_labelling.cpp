// Labelling an RSNA phantom study from the keyboard and the mouse, then the exported CSV; and the
// offer to restore work that was never saved.

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
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
    bool colored = false;
    for (int dy = -7; dy <= 7; ++dy)
      for (int dx = -7; dx <= 7; ++dx) {
        const QRgb c = v.pixel(static_cast<int>(p.x()) + dx, static_cast<int>(p.y()) + dy);
        colored = colored || (qRed(c) != qGreen(c) || qGreen(c) != qBlue(c));
      }
    CHECK(colored);
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

  // The de-identified export (off the GUI thread): the same CSVs under pseudonyms, and DICOM
  // without the patient's name in folders that do not name the study.
  test::TempDir out;
  QSignalSpy exported(w.labelling(), &ui::LabellingPanel::exportFinished);
  REQUIRE(w.labelling()->exportDeidentified(QString::fromStdString(out.path())));
  CHECK(w.labelling()->exporting());
  REQUIRE(exported.wait(120000));
  CHECK(exported.at(0).at(0).toInt() == 17 + 17 + 48);
  CHECK_FALSE(w.labelling()->exporting());
  const annotation::RsnaDataset ex = annotation::RsnaDataset::load(out.path());
  REQUIRE(ex.studyIds().size() == 1);
  const std::string pseudo = ex.studyIds()[0];
  CHECK(pseudo != truth[0].study);
  CHECK(ex.coordinates(pseudo).size() == 5);
  CHECK(ex.grade(pseudo, rsna::SpinalCanal, 4) == rsna::Severe);
  CHECK_FALSE(std::filesystem::exists(out.path() + "/train_images/" + truth[0].study));
  const std::string series = ex.coordinates(pseudo)[0].series;
  CHECK(series != truth[0].series);
  std::ifstream dcm(out.path() + "/train_images/" + pseudo + "/" + series + "/1.dcm",
                    std::ios::binary);
  REQUIRE(dcm);
  const std::string bytes{std::istreambuf_iterator<char>(dcm), std::istreambuf_iterator<char>()};
  CHECK(bytes.find("PHANTOM") == std::string::npos);
  CHECK(bytes.find("ANONYMOUS") != std::string::npos);

  // Cancel stops a running export and says where the partial copy is.
  test::TempDir cancelled;
  QSignalSpy stopped(w.labelling(), &ui::LabellingPanel::exportFinished);
  REQUIRE(w.labelling()->exportDeidentified(QString::fromStdString(cancelled.path())));
  w.labelling()->cancelExport();
  REQUIRE(stopped.wait(120000));
  CHECK(stopped.at(0).at(0).toInt() == -1);
  CHECK(stopped.at(0).at(1).toString().contains("cancelled"));
}

namespace {

// The files of a dataset's .osteon folder (name -> bytes): what a crash leaves on disk.
std::map<std::string, std::string> snapshot(const std::string& dataset) {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(dataset + "/.osteon"))
    if (e.is_regular_file()) {
      std::ifstream in(e.path(), std::ios::binary);
      files[e.path().filename().string()] = {std::istreambuf_iterator<char>(in),
                                             std::istreambuf_iterator<char>()};
    }
  return files;
}

void restoreSnapshot(const std::string& dataset, const std::map<std::string, std::string>& files) {
  std::filesystem::remove_all(dataset + "/.osteon");
  std::filesystem::create_directories(dataset + "/.osteon");
  for (const auto& [name, bytes] : files)
    std::ofstream(dataset + "/.osteon/" + name, std::ios::binary) << bytes;
}

// A labelled two-study phantom dataset (the annotator corrects existing points).
void writeLabelled(const std::string& dir) {
  phantom::LumbarOptions o;
  o.seed = 33;
  o.sagittalSize = 192;
  o.axialSize = 160;
  phantom::writeLumbarDataset(dir, o, 2);
}

void goToStudy(ui::MainWindow& w, int key) {
  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  QTest::keyClick(&w, static_cast<Qt::Key>(key), Qt::AltModifier);
  REQUIRE(loaded.wait(60000));
}

}  // namespace

TEST_CASE("work a crash left in the journal is offered back at the next start", "[labelling]") {
  test::TempDir dir;
  const auto truth = writeUnlabelled(dir.path());
  std::map<std::string, std::string> atCrash;
  {
    ui::MainWindow w;
    ui::ImageView* sag = openForLabelling(w, dir.path());
    sag->setSliceIndex(truth[2].instance - 1);
    QTest::keyClick(&w, Qt::Key_3);
    QTest::mouseClick(sag, Qt::LeftButton, Qt::NoModifier,
                      sag->currentTransform().sliceToWidget({truth[2].x, truth[2].y}).toPoint());
    QTest::keyClick(&w, Qt::Key_3);
    QTest::keyClick(&w, Qt::Key_G);
    INFO("status: " << w.statusBar()->currentMessage().toStdString());
    REQUIRE(w.labelling()->session()->document().landmarks.size() == 1);
    // The process dies here: what is on disk now is all that is left.
    atCrash = snapshot(dir.path());
  }
  restoreSnapshot(dir.path(), atCrash);
  const std::string study = truth[0].study;
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
  // Restored work is not in the CSVs yet: closing asks.
  CHECK(w.labelling()->unsavedStudies() == QStringList{QString::fromStdString(study)});
}

TEST_CASE("switching studies and back, and closing and reopening, restore exactly the saved work",
          "[labelling]") {
  test::TempDir dir;
  writeLabelled(dir.path());
  annotation::StudyAnnotations left;
  annotation::Landmark deleted;
  {
    ui::MainWindow w;
    int restoreAsked = 0;
    w.setRestorePrompt([&](const QString&) {
      ++restoreAsked;
      return true;
    });
    ui::ImageView* sag = openForLabelling(w, dir.path());
    ui::LabellingPanel* panel = w.labelling();
    const auto& doc = panel->session()->document();
    REQUIRE(doc.landmarks.size() == 25);
    // Grade from the keyboard, then pick the L3/L4 canal point with the mouse and delete it.
    QTest::keyClick(&w, Qt::Key_F5);
    QTest::keyClick(&w, Qt::Key_1);
    QTest::keyClick(&w, Qt::Key_X);  // L1/L2 spinal canal: Severe
    std::size_t target = doc.landmarks.size();
    for (std::size_t i = 0; i < doc.landmarks.size(); ++i)
      if (doc.landmarks[i].condition == rsna::SpinalCanal && doc.landmarks[i].level == 2)
        target = i;
    REQUIRE(target < doc.landmarks.size());
    const annotation::Landmark picked = doc.landmarks[target];
    deleted = picked;
    const std::int64_t deletedId = picked.id;
    sag->setSliceIndex(picked.instance - 1);
    const QPoint at = sag->currentTransform().sliceToWidget({picked.x, picked.y}).toPoint();
    QTest::mousePress(sag, Qt::LeftButton, Qt::NoModifier, at);
    QTest::mouseRelease(sag, Qt::LeftButton, Qt::NoModifier, at);
    QTest::keyClick(&w, Qt::Key_Delete);
    INFO("status: " << w.statusBar()->currentMessage().toStdString());
    REQUIRE(panel->session()->document().landmarks.size() == 24);
    const annotation::StudyAnnotations edited = panel->session()->document();
    CHECK(edited.grades[0][0] == rsna::Severe);
    goToStudy(w, Qt::Key_Right);
    CHECK(w.labelling()->studyIndex() == 1);
    goToStudy(w, Qt::Key_Left);
    CHECK(w.labelling()->studyIndex() == 0);
    CHECK(restoreAsked == 0);
    CHECK(w.labelling()->session()->document() == edited);
    for (const auto& l : w.labelling()->session()->document().landmarks)
      CHECK(l.id != deletedId);
    left = edited;
  }
  // Closed without a crash: reopening gives the same document and asks nothing.
  ui::MainWindow w;
  int restoreAsked = 0;
  w.setRestorePrompt([&](const QString&) {
    ++restoreAsked;
    return true;
  });
  ui::ImageView* sag = openForLabelling(w, dir.path());
  CHECK(restoreAsked == 0);
  CHECK(w.labelling()->session()->document() == left);
  test::screenshot(&w, "labelling-reopened");
  // On screen: no glyph where the deleted point was; the L2/L3 canal point is still drawn.
  auto colored = [&](const annotation::Landmark& l, const char* name) {
    sag->setSliceIndex(l.instance - 1);
    const QPointF p = sag->currentTransform().sliceToWidget({l.x, l.y});
    const QImage v = test::screenshot(sag, name);
    int n = 0;
    for (int dy = -5; dy <= 5; ++dy)
      for (int dx = -5; dx <= 5; ++dx) {
        const QRgb c = v.pixel(static_cast<int>(p.x()) + dx, static_cast<int>(p.y()) + dy);
        n += (qRed(c) != qGreen(c) || qGreen(c) != qBlue(c)) ? 1 : 0;
      }
    return n;
  };
  CHECK(colored(deleted, "labelling-reopened-deleted") == 0);
  const annotation::Landmark* kept = nullptr;
  for (const auto& l : left.landmarks)
    if (l.condition == rsna::SpinalCanal && l.level == 1) kept = &l;
  REQUIRE(kept);
  CHECK(colored(*kept, "labelling-reopened-kept") > 10);
}

TEST_CASE("Ctrl+S saves every edited study; closing with unsaved work asks", "[labelling]") {
  test::TempDir dir;
  writeLabelled(dir.path());
  const annotation::RsnaDataset before = annotation::RsnaDataset::load(dir.path());
  const auto ids = before.studyIds();
  REQUIRE(ids.size() == 2);
  ui::MainWindow w;
  w.setRestorePrompt([](const QString&) { return true; });
  openForLabelling(w, dir.path());
  const std::string first = w.labelling()->studies()[0].toStdString();
  const std::string second = w.labelling()->studies()[1].toStdString();
  QTest::keyClick(&w, Qt::Key_F6);
  QTest::keyClick(&w, Qt::Key_2);
  const int old0 = before.grade(first, rsna::LeftForaminal, 1);
  const int new0 = old0 == rsna::Severe ? rsna::NormalMild : rsna::Severe;
  w.labelling()->grade(new0);
  goToStudy(w, Qt::Key_Right);
  QTest::keyClick(&w, Qt::Key_F7);
  QTest::keyClick(&w, Qt::Key_4);
  const int old1 = before.grade(second, rsna::RightForaminal, 3);
  const int new1 = old1 == rsna::Moderate ? rsna::NormalMild : rsna::Moderate;
  w.labelling()->grade(new1);
  CHECK(w.labelling()->unsavedStudies() ==
        QStringList({QString::fromStdString(first), QString::fromStdString(second)}));
  // Close: Cancel keeps the window and the work.
  QStringList asked;
  w.setSavePrompt([&](const QStringList& studies) {
    asked = studies;
    return ui::LabellingPanel::SaveChoice::Cancel;
  });
  CHECK_FALSE(w.close());
  CHECK(asked.size() == 2);
  CHECK(w.isVisible());
  // Ctrl+S writes both studies.
  QTest::keyClick(&w, Qt::Key_S, Qt::ControlModifier);
  const annotation::RsnaDataset saved = annotation::RsnaDataset::load(dir.path());
  CHECK(saved.grade(first, rsna::LeftForaminal, 1) == new0);
  CHECK(saved.grade(second, rsna::RightForaminal, 3) == new1);
  CHECK(w.labelling()->unsavedStudies().isEmpty());
  // New unsaved work, then Discard: the CSVs keep the saved state, the drafts are kept aside.
  w.labelling()->grade(old1 < 0 ? rsna::Severe : old1);
  asked.clear();
  w.setSavePrompt([&](const QStringList& studies) {
    asked = studies;
    return ui::LabellingPanel::SaveChoice::Discard;
  });
  CHECK(w.close());
  CHECK(asked == QStringList{QString::fromStdString(second)});
  CHECK(annotation::RsnaDataset::load(dir.path()).grade(second, rsna::RightForaminal, 3) == new1);
  bool kept = false;
  for (const auto& e : std::filesystem::directory_iterator(dir.path() + "/.osteon"))
    kept = kept || e.path().filename().string().rfind("discarded-", 0) == 0;
  CHECK(kept);
}
