// The AI panel picks the task for the study and refuses inputs a task does not accept: on a
// lumbar MR phantom it proposes lumbar; osteoporosis on it shows the reason with "Run anyway
// (research use)" and does not run until that is pressed; on a panoramic it proposes
// osteoporosis and shows the classes as words ("Healthy", "Osteoporosis").

#include <QDockWidget>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <filesystem>

#include "core/phantom/lumbar_study.h"
#include "core/phantom/panoramic.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/ai/ai_panel.h"
#include "ui/ai/probability_chart.h"
#include "ui/shell/main_window.h"

using namespace osteon;

namespace {

struct Window {
  ui::MainWindow w;
  explicit Window(const std::string& path) {
    w.setLayoutKind(ui::Layout::One);
    w.resize(1600, 1100);
    w.show();
    REQUIRE(QTest::qWaitForWindowExposed(&w));
    QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
    w.openPaths({QString::fromStdString(path)});
    REQUIRE(loaded.wait(60000));
    w.aiDock()->show();
    w.aiDock()->raise();
    QTest::qWait(50);
  }
};

}  // namespace

TEST_CASE("the AI panel proposes lumbar for an MR study and warns before osteoporosis runs on it",
          "[ai]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  test::TempDir dir;
  phantom::LumbarOptions o;
  o.seed = 14;
  o.sagittalSize = 256;
  o.axialSize = 192;
  const auto studies = phantom::writeLumbarDataset(dir.path(), o, 1);
  Window win(dir.path() + "/train_images/" + studies.front());
  ui::AiPanel* ai = win.w.aiPanel();
  // The study proposes its task.
  CHECK(ai->task() == "lumbar");
  CHECK_THAT(ai->proposalReason().toStdString(), Catch::Contains("MR study"));
  auto* warning = ai->findChild<QLabel*>("aiInputWarning");
  auto* anyway = ai->findChild<QPushButton*>("aiRunAnyway");
  REQUIRE(warning);
  REQUIRE(anyway);
  CHECK_FALSE(anyway->isVisible());

  // Osteoporosis on it: not run; the reason and "Run anyway" in the panel.
  REQUIRE(ai->setTask("osteoporosis"));
  QSignalSpy done(ai, &ui::AiPanel::runFinished);
  CHECK_FALSE(ai->run());
  REQUIRE(done.count() == 1);
  CHECK_FALSE(done.at(0).at(0).toBool());
  CHECK_FALSE(ai->busy());
  CHECK(ai->result() == nullptr);
  CHECK_THAT(ai->inputWarning().toStdString(),
             Catch::Contains("osteoporosis expects one panoramic dental radiograph; this is an "
                             "MR series"));
  CHECK(ai->errorText().isEmpty());
  QApplication::processEvents();
  CHECK(warning->isVisible());
  CHECK(anyway->isVisible());
  const QImage shot = test::screenshot(&win.w, "ai-input-refused");
  {
    // The warning is painted in its orange (#f0a030) where the label is.
    const QRect where =
        QRect(warning->mapTo(&win.w, QPoint(0, 0)), warning->size()).intersected(shot.rect());
    int orange = 0;
    for (int y = where.top(); y <= where.bottom(); ++y)
      for (int x = where.left(); x <= where.right(); ++x) {
        const QRgb c = shot.pixel(x, y);
        orange += std::abs(qRed(c) - 0xf0) < 40 && std::abs(qGreen(c) - 0xa0) < 40 &&
                          std::abs(qBlue(c) - 0x30) < 50
                      ? 1
                      : 0;
      }
    INFO("orange pixels in the warning: " << orange);
    CHECK(orange > 40);
  }
  // Changing the task takes the warning away.
  REQUIRE(ai->setTask("lumbar"));
  CHECK(ai->inputWarning().isEmpty());
  REQUIRE(ai->setTask("osteoporosis"));
  CHECK_FALSE(ai->run());
  REQUIRE(ai->inputWarning().size() > 0);

  if (!std::filesystem::exists(test::sourcePath("resources/models/osteoporosis-demo.osteon")))
    OSTEON_SKIP("resources/models/osteoporosis-demo.osteon is missing: nothing to run anyway");
  // "Run anyway (research use)" runs it, and the result says it was forced.
  QTest::mouseClick(anyway, Qt::LeftButton);
  REQUIRE(done.wait(180000));
  INFO(done.last().at(1).toString().toStdString() << " / " << ai->errorText().toStdString());
  REQUIRE(done.last().at(0).toBool());
  REQUIRE(ai->result());
  CHECK(ai->inputWarning().isEmpty());
  auto* forced = ai->findChild<QLabel*>("aiForcedNote");
  REQUIRE(forced);
  CHECK(forced->isVisible());
  CHECK_THAT(forced->text().toStdString(), Catch::Contains("research use"));
  test::screenshot(&win.w, "ai-input-run-anyway");
}

TEST_CASE("the AI panel proposes osteoporosis for a panoramic and shows class names as words",
          "[ai]") {
  if (!ui::AiPanel::available()) OSTEON_SKIP("Osteon was built without LibTorch: no AI panel");
  test::TempDir dir;
  phantom::PanoramicOptions o;
  o.seed = 22;
  o.osteoporosis = 1;
  const auto rel = phantom::writePanoramicDataset(dir.path(), o, 1);
  Window win(dir.path() + "/dicom/" + std::filesystem::path(rel.front()).stem().string() + ".dcm");
  ui::AiPanel* ai = win.w.aiPanel();
  CHECK(ai->task() == "osteoporosis");
  if (!std::filesystem::exists(test::sourcePath("resources/models/osteoporosis-demo.osteon")))
    OSTEON_SKIP("resources/models/osteoporosis-demo.osteon is missing: nothing to run");
  QSignalSpy done(ai, &ui::AiPanel::runFinished);
  REQUIRE(ai->run());
  REQUIRE(done.wait(180000));
  REQUIRE(done.at(0).at(0).toBool());
  CHECK(ai->inputWarning().isEmpty());
  CHECK(ai->shownClassNames() == QStringList({"Healthy", "Osteoporosis"}));
  const QString summary = ai->summaryText();
  INFO(summary.toStdString());
  CHECK((summary.startsWith("Healthy ") || summary.startsWith("Osteoporosis ")));
  CHECK_FALSE(summary.contains('_'));
  test::screenshot(&win.w, "ai-class-names");
}
