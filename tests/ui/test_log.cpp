// The viewer's log (issue 16): the file in the application's data folder and the Log dock
// (View > Log) with the lines of a study that was opened, lines from worker threads included.

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <thread>

#include "core/base/log.h"
#include "core/phantom/lumbar_study.h"
#include "tests/support/test_support.h"
#include "tests/ui/ui_test_support.h"
#include "ui/shell/log_dock.h"
#include "ui/shell/main_window.h"

using namespace osteon;

TEST_CASE("the Log dock shows the scan of an opened study and the log file has it", "[log]") {
  QString error;
  REQUIRE(ui::installLogFile(&error));
  REQUIRE(ui::installLogFile());  // once per process: a second call adds no second sink
  test::TempDir dir;
  phantom::LumbarOptions o;
  o.seed = 5;
  o.sagittalSize = 192;
  o.axialSize = 160;
  phantom::writeLumbarDataset(dir.path(), o, 1);

  ui::MainWindow w;
  w.resize(1500, 1000);
  w.show();
  REQUIRE(QTest::qWaitForWindowExposed(&w));
  ui::LogDock* dock = w.logDock();
  REQUIRE(dock);
  CHECK_FALSE(dock->isVisible());  // hidden by default
  QAction* show = w.action("showLog");
  REQUIRE(show);
  show->trigger();
  REQUIRE(dock->isVisible());
  REQUIRE(w.action("logLocation"));

  QSignalSpy loaded(&w, &ui::MainWindow::studyLoaded);
  w.openPaths({QString::fromStdString(dir.path())});
  REQUIRE(loaded.wait(60000));
  // The scan ran on the loader's worker thread; its line comes through the queued connection.
  QTRY_VERIFY_WITH_TIMEOUT(dock->lines().join("\n").contains("io: DICOM scan: "), 5000);
  const QString scan = dock->lines().filter("io: DICOM scan: ").first();
  CHECK(scan.contains("3 series"));
  CHECK(scan.contains(" INFO "));
  QTRY_VERIFY_WITH_TIMEOUT(dock->lines().join("\n").contains("io: loaded series"), 5000);

  // A warning and an error from another thread: shown, in their own colours.
  std::thread([] {
    OSTEON_LOG_WARNING("test", "a warning from a worker thread");
    OSTEON_LOG_ERROR("test", "an error from a worker thread");
    OSTEON_LOG_DEBUG("test", "a debug line the dock does not take");
  }).join();
  QTRY_VERIFY_WITH_TIMEOUT(dock->lines().join("\n").contains("an error from a worker thread"),
                           5000);
  CHECK_FALSE(dock->lines().join("\n").contains("a debug line"));
  QListWidget* list = dock->list();
  const QColor normal =
      list->item(list->row(list->findItems("io: DICOM scan: ", Qt::MatchContains).first()))
          ->foreground()
          .color();
  const QColor warning =
      list->findItems("a warning from a worker", Qt::MatchContains).first()->foreground().color();
  const QColor err =
      list->findItems("an error from a worker", Qt::MatchContains).first()->foreground().color();
  CHECK(warning != normal);
  CHECK(err != normal);
  CHECK(err != warning);
  CHECK(err.red() > err.green() + 60);

  // Copy all: every line, for a bug report.
  dock->copyAll();
  const QString copied = QApplication::clipboard()->text();
  CHECK(copied.contains(scan));
  CHECK(copied.contains("an error from a worker thread"));

  QApplication::processEvents();
  const QImage shot = test::screenshot(&w, "log-dock");
  const QRect r(dock->mapTo(&w, QPoint(0, 0)), dock->size());
  const auto [mean, sd] = test::meanStd(shot, r);
  INFO("log dock mean " << mean << " sd " << sd);
  CHECK(sd > 8);  // text drawn, not an empty panel

  // The dock stays with the Training tab (the viewer's docks are put away).
  w.showTraining(true);
  QApplication::processEvents();
  CHECK(dock->isVisible());
  CHECK(show->isEnabled());
  w.showTraining(false);

  // The file: in the application's data folder, with the same scan line.
  const QString path = ui::logFilePath();
  INFO(path.toStdString());
  REQUIRE(QFile::exists(path));
  QFile f(path);
  REQUIRE(f.open(QIODevice::ReadOnly));
  const QString text = QString::fromUtf8(f.readAll());
  CHECK(text.contains(scan));
  CHECK(text.contains("an error from a worker thread"));
  CHECK(text.contains("gui: Osteon"));
}
