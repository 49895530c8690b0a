// The Training tab on a tiny generated dataset (bright discs vs dark squares, 64 x 64 PNG): the
// dataset check lists both classes, training runs off the GUI thread with live curves, the
// confusion heat map and the per-epoch table, writes the model and the report, and "Use this
// model" hands the package to the AI panel; Cancel leaves a checkpoint that Resume finishes; a
// bad dataset path is a message, not a crash.

#include <QChart>
#include <QCheckBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>
#include <QValueAxis>
#include <filesystem>
#include <fstream>
#include <functional>
#include <random>

#include "core/image/image.h"
#include "core/io/image_file.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/ai/ai_panel.h"
#include "ui/shell/main_window.h"
#include "ui/training/confusion_matrix_view.h"
#include "ui/training/training_curves.h"
#include "ui/training/training_panel.h"

using namespace osteon;
namespace fs = std::filesystem;

namespace {

// root/bright_disc/*.png and root/dark_square/*.png, `perClass` each.
std::string writeDataset(const std::string& dir, int perClass) {
  const fs::path root = fs::path(dir) / "discs-and-squares";
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> noise(0, 30), jitter(-5, 5);
  for (int c = 0; c < 2; ++c) {
    const fs::path folder = root / (c == 0 ? "bright_disc" : "dark_square");
    fs::create_directories(folder);
    for (int i = 0; i < perClass; ++i) {
      image::Image img(image::PixelType::UInt8, {64, 64, 1});
      const int cx = 32 + jitter(rng), cy = 32 + jitter(rng);
      for (int y = 0; y < 64; ++y)
        for (int x = 0; x < 64; ++x) {
          double v = 0;
          if (c == 0)
            v = (x - cx) * (x - cx) + (y - cy) * (y - cy) < 15 * 15 ? 225 + noise(rng)
                                                                    : 10 + noise(rng);
          else
            v = std::abs(x - cx) < 13 && std::abs(y - cy) < 13 ? 5 + noise(rng) / 3
                                                               : 140 + noise(rng);
          img.setStored(x, y, 0, v);
        }
      io::writeImageFile(img, (folder / ("img" + std::to_string(i) + ".png")).string());
    }
  }
  return root.string();
}

train::TrainConfig tinyConfig(const std::string& data, const std::string& out, int epochs) {
  train::TrainConfig c;  // plain struct: no engine call, so this compiles without LibTorch too
  c.datasetKind = "folder";
  c.data = data;
  c.task = "osteoporosis";  // two classes: the AI panel's osteoporosis task can load the result
  c.architecture = "cnn5";
  c.inputWidth = 64;
  c.inputHeight = 0;
  c.epochs = epochs;
  c.batchSize = 8;
  c.learningRate = 1e-3;
  c.scheduler = "none";
  c.earlyStoppingPatience = 0;
  c.monitor = "val_accuracy";
  c.validationFraction = 0.25;
  c.folds = 1;
  c.augment.rotationDegrees = 5;
  c.augment.elasticAlpha = 0;
  c.workers = 2;
  c.out = out;
  return c;
}

int countIn(const QImage& img, const std::function<bool(QRgb)>& match) {
  int n = 0;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x)
      n += match(img.pixel(x, y)) ? 1 : 0;
  return n;
}

bool near(QRgb c, const QColor& want, int tolerance) {
  return std::abs(qRed(c) - want.red()) <= tolerance &&
         std::abs(qGreen(c) - want.green()) <= tolerance &&
         std::abs(qBlue(c) - want.blue()) <= tolerance;
}

QImage grabImage(QWidget* w) {
  return w->grab().toImage().convertToFormat(QImage::Format_RGB32);
}

struct Fixture {
  test::TempDir dir;
  std::string data;
  ui::MainWindow w;
  ui::TrainingPanel* panel = nullptr;

  Fixture() {
    data = writeDataset(dir.path(), 12);
    w.resize(1280, 800);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w));
    // The Training tab fits a 1280 x 800 screen and does not widen the viewer.
    CHECK(w.width() == 1280);
    panel = w.trainingPanel();
    REQUIRE(panel);
    // Ctrl+Shift+T shows the tab (and puts the viewer's docks away).
    QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(w.trainingShown());
    auto* studies = w.findChild<QDockWidget*>("studiesDock");
    REQUIRE(studies);
    CHECK_FALSE(studies->isVisible());
    QTest::qWait(50);
  }

  void check() {
    QSignalSpy checked(panel, &ui::TrainingPanel::datasetChecked);
    QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
    REQUIRE((checked.count() > 0 || checked.wait(60000)));
    INFO("check: " << checked.at(0).at(1).toString().toStdString());
    REQUIRE(checked.at(0).at(0).toBool());
  }

  bool train(QPushButton* button, int timeoutMs = 180000) {
    QSignalSpy finished(panel, &ui::TrainingPanel::trainingFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    REQUIRE((finished.count() > 0 || finished.wait(timeoutMs)));
    INFO("training: " << finished.at(0).at(1).toString().toStdString() << " / "
                      << panel->errorText().toStdString());
    return finished.at(0).at(0).toBool();
  }
};

}  // namespace

TEST_CASE("the Training tab checks a dataset, trains with live curves and hands the model over",
          "[training]") {
  if (!ui::TrainingPanel::available())
    OSTEON_SKIP("Osteon was built without LibTorch: no training");
  Fixture f;
  ui::TrainingPanel* panel = f.panel;
  const std::string out = f.dir.file("discs.osteon");
  panel->setConfig(tinyConfig(f.data, out, 5));
  // The form is the configuration: a widget edit shows in config().
  auto* epochs = panel->findChild<QSpinBox*>("trainingEpochs");
  REQUIRE(epochs);
  epochs->setValue(3);
  CHECK(panel->config().epochs == 3);
  CHECK(panel->config().architecture == "cnn5");
  CHECK(panel->config().data == f.data);
  CHECK_FALSE(panel->startButton()->isEnabled());  // not checked yet

  f.check();
  const QTableWidget* classes = panel->classTable();
  REQUIRE(classes->rowCount() == 2);
  CHECK(classes->item(0, 0)->text() == "bright_disc");
  CHECK(classes->item(0, 1)->text() == "12");
  CHECK(classes->item(1, 0)->text() == "dark_square");
  CHECK(classes->item(1, 1)->text() == "12");
  CHECK(panel->problemList()->count() == 0);
  CHECK(panel->startButton()->isEnabled());
  test::screenshot(&f.w, "training-dataset-checked");

  // Augmentation preview of the first image: a 4 x 2 grid of 64-pixel cells.
  QSignalSpy preview(panel, &ui::TrainingPanel::previewFinished);
  panel->previewAugmentation();
  REQUIRE((preview.count() > 0 || preview.wait(60000)));
  INFO("preview: " << preview.at(0).at(1).toString().toStdString());
  REQUIRE(preview.at(0).at(0).toBool());
  CHECK(panel->previewImage().width() == 4 * 64 + 3 * 4);
  CHECK(panel->previewImage().height() == 2 * 64 + 4);
  test::screenshot(&f.w, "training-augmentation-preview");
  {
    // The grid shows eight different augmented copies, and the panel shows the grid.
    const QImage grid = panel->previewImage().convertToFormat(QImage::Format_RGB32);
    std::vector<double> cellMeans;
    for (int r = 0; r < 2; ++r)
      for (int c = 0; c < 4; ++c)
        cellMeans.push_back(test::meanStd(grid, QRect(c * 68, r * 68, 64, 64)).first);
    int distinct = 0;
    for (std::size_t i = 1; i < cellMeans.size(); ++i)
      distinct += std::fabs(cellMeans[i] - cellMeans[0]) > 0.5 ? 1 : 0;
    CHECK(distinct >= 4);
    auto* label = panel->findChild<QLabel*>("trainingPreviewImage");
    REQUIRE(label);
    const QImage shown = test::screenshot(label, "training-augmentation-preview-grid");
    CHECK(test::meanStd(shown, shown.rect()).second > 10);
  }

  // Train: epochs arrive while the worker runs.
  QSignalSpy epochSpy(panel, &ui::TrainingPanel::epochAdded);
  const bool ok = f.train(panel->startButton());
  REQUIRE(ok);
  CHECK(epochSpy.count() == 3);
  CHECK_FALSE(panel->busy());
  const QTableWidget* table = panel->epochTable();
  REQUIRE(table->rowCount() == 3);
  for (int r = 0; r < 3; ++r)
    CHECK(table->item(r, 1)->text() == QString::number(r + 1));
  int bestMarks = 0;
  for (int r = 0; r < 3; ++r)
    bestMarks += table->item(r, table->columnCount() - 1)->text().isEmpty() ? 0 : 1;
  CHECK(bestMarks == 1);
  REQUIRE(panel->report());
  CHECK(fs::exists(out));
  CHECK(fs::exists(panel->reportDir().toStdString() + "/report.json"));
  CHECK(fs::exists(panel->reportDir().toStdString() + "/epochs.csv"));
  CHECK(panel->summaryText().contains("Accuracy"));
  CHECK(panel->summaryText().contains(panel->reportDir()));
  CHECK(panel->errorText().isEmpty());
  CHECK_FALSE(panel->logView()->toPlainText().isEmpty());

  // The curves are painted in their series colours, with the best epoch marked.
  ui::TrainingCurves* loss = panel->lossCurves();
  CHECK(loss->pointCount() == 3);
  CHECK(loss->bestEpoch(1) >= 1);
  const QImage lossImg = grabImage(loss);
  const int trainLossPixels =
      countIn(lossImg, [&](QRgb c) { return near(c, loss->seriesColor(1, 0), 30); });
  const int valLossPixels =
      countIn(lossImg, [&](QRgb c) { return near(c, loss->seriesColor(1, 1), 30); });
  INFO("loss curve pixels: train " << trainLossPixels << ", validation " << valLossPixels);
  CHECK(trainLossPixels > 60);
  CHECK(valLossPixels > 30);
  // Qt Charts: a line per series with a point per epoch, labelled axes that hold the values, the
  // best epoch ringed on the validation loss.
  REQUIRE(loss->lineSeries(1, 0));
  REQUIRE(loss->lineSeries(1, 1));
  CHECK(loss->lineSeries(1, 0)->count() == 3);
  CHECK(loss->lineSeries(1, 0)->name() == loss->seriesNames()[0]);
  CHECK(loss->epochAxis()->titleText() == QStringLiteral("epoch"));
  CHECK(loss->valueAxis()->titleText() == QStringLiteral("loss"));
  CHECK(loss->epochAxis()->max() >= 3);
  double maxLoss = 0;
  for (int s = 0; s < 2; ++s)
    for (const QPointF& pt : loss->lineSeries(1, s)->points())
      maxLoss = std::max(maxLoss, pt.y());
  CHECK(maxLoss > 0);
  CHECK(loss->valueAxis()->max() >= maxLoss);
  {
    // The ring at the best epoch is drawn around the validation point (text colour ring).
    QPointF bestPt(-1, 0);
    for (const QPointF& pt : loss->lineSeries(1, 1)->points())
      if (pt.x() == loss->bestEpoch(1)) bestPt = pt;
    REQUIRE(bestPt.x() > 0);
    const QPoint at = loss->mapFromScene(
        loss->chart()->mapToScene(loss->chart()->mapToPosition(bestPt, loss->lineSeries(1, 1))));
    const QColor text = loss->palette().color(QPalette::Text);
    int ring = 0;
    for (int y = at.y() - 9; y <= at.y() + 9; ++y)
      for (int x = at.x() - 9; x <= at.x() + 9; ++x)
        if (lossImg.rect().contains(x, y) && near(lossImg.pixel(x, y), text, 40)) ++ring;
    INFO("best epoch " << loss->bestEpoch(1) << " at " << at.x() << "," << at.y());
    CHECK(ring > 12);
  }
  test::screenshot(loss, "training-loss-curves");
  ui::TrainingCurves* metrics = panel->metricCurves();
  CHECK(metrics->valueAxis()->max() == Approx(1));
  CHECK(metrics->lineSeries(1, 2)->name() == metrics->seriesNames()[2]);
  const QImage metricImg = grabImage(metrics);
  CHECK(countIn(metricImg, [&](QRgb c) { return near(c, metrics->seriesColor(1, 2), 30); }) > 30);
  // The confusion heat map: the best epoch's validation matrix, coloured cells with counts.
  ui::ConfusionMatrixView* confusion = panel->confusionView();
  REQUIRE(confusion->matrix().size() == 2);
  int validated = 0;
  for (const auto& row : confusion->matrix())
    for (int v : row)
      validated += v;
  CHECK(validated == 6);  // a quarter of each class
  CHECK(confusion->caption().contains("best"));
  const QImage confusionImg = grabImage(confusion);
  CHECK(countIn(confusionImg, [&](QRgb c) { return near(c, confusion->cellColor(1.0), 12); }) +
            countIn(confusionImg, [&](QRgb c) { return near(c, confusion->cellColor(0.5), 12); }) >
        400);
  test::screenshot(&f.w, "training-finished");
  panel->findChild<QTabWidget*>("trainingTabs")->setCurrentIndex(1);
  QApplication::processEvents();
  test::screenshot(&f.w, "training-finished-epochs");

  // Use this model: the AI panel gets the package (its osteoporosis task, two classes).
  REQUIRE(panel->useModelButton()->isEnabled());
  QSignalSpy loaded(f.w.aiPanel(), &ui::AiPanel::modelLoaded);
  QTest::mouseClick(panel->useModelButton(), Qt::LeftButton);
  CHECK_FALSE(f.w.trainingShown());
  CHECK(f.w.aiDock()->isVisible());
  auto* modelLine = f.w.aiPanel()->findChild<QLabel*>("aiModel");
  REQUIRE(modelLine);
  CHECK(modelLine->text().contains("discs.osteon"));
  if (ui::AiPanel::available()) {
    CHECK(f.w.aiPanel()->task() == "osteoporosis");
    REQUIRE((loaded.count() > 0 || loaded.wait(60000)));
    INFO("load: " << loaded.at(0).at(1).toString().toStdString());
    CHECK(loaded.at(0).at(0).toBool());
    CHECK(modelLine->text().contains("discs.osteon"));
    CHECK(f.w.aiPanel()->modelPath() == QString::fromStdString(out));
  }
  test::screenshot(&f.w, "training-model-in-ai-panel");
}

TEST_CASE("Cancel leaves a checkpoint and Resume finishes the remaining epochs", "[training]") {
  if (!ui::TrainingPanel::available())
    OSTEON_SKIP("Osteon was built without LibTorch: no training");
  Fixture f;
  ui::TrainingPanel* panel = f.panel;
  const int total = 6;
  panel->setConfig(tinyConfig(f.data, f.dir.file("resumable.osteon"), total));
  f.check();
  CHECK_FALSE(panel->resumeButton()->isEnabled());  // no checkpoint yet

  // Cancel as soon as the first epoch is shown: the run stops within the next epoch.
  const QMetaObject::Connection cancelAtFirst =
      QObject::connect(panel, &ui::TrainingPanel::epochAdded, panel, [panel](int, int epoch) {
        if (epoch == 1) QTest::mouseClick(panel->cancelButton(), Qt::LeftButton);
      });
  const bool finished = f.train(panel->startButton());
  CHECK_FALSE(finished);
  REQUIRE(panel->report());
  CHECK(panel->report()->cancelled);
  const int done = panel->epochTable()->rowCount();
  INFO("epochs before the cancel took effect: " << done);
  REQUIRE(done >= 1);
  REQUIRE(done < total);
  CHECK(panel->summaryText().contains("Resume"));
  CHECK(panel->resumeButton()->isEnabled());
  CHECK(panel->startButton()->isEnabled());
  test::screenshot(&f.w, "training-cancelled");

  QObject::disconnect(cancelAtFirst);
  QSignalSpy epochSpy(panel, &ui::TrainingPanel::epochAdded);
  REQUIRE(f.train(panel->resumeButton()));
  CHECK(epochSpy.count() == total - done);
  const QTableWidget* table = panel->epochTable();
  REQUIRE(table->rowCount() == total);
  for (int r = 0; r < total; ++r)
    CHECK(table->item(r, 1)->text() == QString::number(r + 1));
  CHECK(panel->lossCurves()->pointCount() == total);
  CHECK_FALSE(panel->report()->cancelled);
  CHECK(fs::exists(f.dir.file("resumable.osteon")));
  test::screenshot(&f.w, "training-resumed");
}

TEST_CASE("a bad dataset path or configuration is a message in the Training tab", "[training]") {
  if (!ui::TrainingPanel::available())
    OSTEON_SKIP("Osteon was built without LibTorch: no training");
  Fixture f;
  ui::TrainingPanel* panel = f.panel;
  auto* path = panel->findChild<QLineEdit*>("trainingPath");
  REQUIRE(path);
  path->setText(QString::fromStdString(f.dir.file("no-such-folder")));
  QSignalSpy checked(panel, &ui::TrainingPanel::datasetChecked);
  QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
  REQUIRE((checked.count() > 0 || checked.wait(60000)));
  CHECK_FALSE(checked.at(0).at(0).toBool());
  INFO("error: " << panel->errorText().toStdString());
  CHECK(panel->errorText().contains("no-such-folder"));
  CHECK_FALSE(panel->startButton()->isEnabled());
  CHECK_FALSE(panel->start());
  CHECK_FALSE(panel->busy());
  test::screenshot(&f.w, "training-bad-dataset");

  // A folder with a single class cannot be trained either.
  const fs::path one = fs::path(f.dir.path()) / "one-class" / "only";
  fs::create_directories(one);
  fs::copy_file(fs::path(f.data) / "bright_disc" / "img0.png", one / "a.png");
  path->setText(QString::fromStdString((fs::path(f.dir.path()) / "one-class").string()));
  checked.clear();
  QTest::mouseClick(panel->checkButton(), Qt::LeftButton);
  REQUIRE((checked.count() > 0 || checked.wait(60000)));
  CHECK_FALSE(checked.at(0).at(0).toBool());
  CHECK_FALSE(panel->errorText().isEmpty());

  // A broken configuration file is refused with its name.
  const std::string broken = f.dir.file("broken.json");
  std::ofstream(broken) << "{\"epochs\": ";
  CHECK_FALSE(panel->loadConfig(QString::fromStdString(broken)));
  CHECK(panel->errorText().contains("broken.json"));

  // A saved configuration loads back into the form.
  panel->setConfig(tinyConfig(f.data, f.dir.file("m.osteon"), 4));
  const QString saved = QString::fromStdString(f.dir.file("saved.json"));
  REQUIRE(panel->saveConfig(saved));
  auto* epochs = panel->findChild<QSpinBox*>("trainingEpochs");
  epochs->setValue(9);
  REQUIRE(panel->loadConfig(saved));
  CHECK(epochs->value() == 4);
  CHECK(panel->config().architecture == "cnn5");
  CHECK(panel->errorText().isEmpty());
  // The panel remembers the last configuration (QSettings) for the next session.
  {
    ui::TrainingPanel restored;
    CHECK(restored.config().epochs == 4);
    CHECK(restored.config().architecture == "cnn5");
    CHECK(restored.config().data == f.data);
    CHECK(restored.config().out == f.dir.file("m.osteon"));
  }

  // Every section of the form unfolded: the form scrolls inside its column.
  for (QToolButton* head :
       panel->findChild<QScrollArea*>("trainingForm")->findChildren<QToolButton*>())
    if (head->isCheckable() && !head->isChecked()) head->click();
  QApplication::processEvents();
  test::screenshot(&f.w, "training-form-unfolded");
  CHECK(f.w.width() == 1280);

  // Ctrl+Shift+T goes back to the viewer, with its docks.
  QTest::keyClick(&f.w, Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
  CHECK_FALSE(f.w.trainingShown());
  CHECK(f.w.findChild<QDockWidget*>("studiesDock")->isVisible());
}

TEST_CASE("K-fold training shows one curve colour per fold and mean ± sd", "[training]") {
  if (!ui::TrainingPanel::available())
    OSTEON_SKIP("Osteon was built without LibTorch: no training");
  Fixture f;
  ui::TrainingPanel* panel = f.panel;
  train::TrainConfig c = tinyConfig(f.data, f.dir.file("kfold.osteon"), 2);
  c.folds = 2;
  panel->setConfig(c);
  f.check();
  REQUIRE(f.train(panel->startButton()));
  CHECK(panel->epochTable()->rowCount() == 4);
  ui::TrainingCurves* loss = panel->lossCurves();
  CHECK(loss->foldCount() == 2);
  CHECK(loss->seriesColor(1, 0) != loss->seriesColor(2, 0));
  const QImage img = grabImage(loss);
  for (int fold = 1; fold <= 2; ++fold)
    CHECK(countIn(img, [&](QRgb px) { return near(px, loss->seriesColor(fold, 0), 30); }) > 30);
  // The legend: one entry per fold, drawn (fold colours right of the plot), the line styles
  // named under the title.
  CHECK(loss->legendLabels() == QStringList({"fold 1", "fold 2"}));
  const QRectF plot = loss->chart()->plotArea();
  for (int fold = 1; fold <= 2; ++fold)
    CHECK(countIn(img.copy(QRect(static_cast<int>(plot.right()) + 4, 0,
                                 img.width() - static_cast<int>(plot.right()) - 4, img.height())),
                  [&](QRgb px) { return near(px, loss->seriesColor(fold, 0), 30); }) >= 6);
  CHECK(loss->chart()->title().contains("dashed"));
  test::screenshot(loss, "training-kfold-loss-curves");
  CHECK(panel->summaryText().contains(QStringLiteral("±")));
  CHECK(panel->confusionView()->caption().contains("fold"));
  CHECK(fs::exists(f.dir.file("kfold.osteon")));
  test::screenshot(&f.w, "training-kfold");
}
