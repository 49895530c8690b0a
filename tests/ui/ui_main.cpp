// Catch2 runner with a QApplication for the GUI suites; settings go to a temporary folder.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <catch2/catch.hpp>

#include "core/engine/engine.h"

int main(int argc, char** argv) {
  osteon::engine::installDefault();  // as the viewer does: LibTorch's engine, or none
  // Application data (measurement projects, journals, PACS downloads) goes to a folder of this
  // process: ctest runs several test_ui processes at once, and a shared folder (Qt's test mode
  // location) let one process's clean-up delete another's saved measurements mid-test.
  const QString appDataRoot =
      QDir(QDir::tempPath())
          .filePath(QStringLiteral("osteon-test-data-%1").arg(QCoreApplication::applicationPid()));
  qputenv("XDG_DATA_HOME", QFile::encodeName(appDataRoot));
  qputenv("XDG_CACHE_HOME", QFile::encodeName(appDataRoot + "/cache"));
  QApplication app(argc, argv);
  QApplication::setOrganizationName("OsteonTest");
  QApplication::setApplicationName("OsteonTest");
  const QString settings = QDir::temp().filePath(
      QStringLiteral("osteon-test-settings-%1").arg(QCoreApplication::applicationPid()));
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
  QDir(appDataRoot).removeRecursively();  // each run starts without saved measurements
  QDir().mkpath(OSTEON_SCREENSHOTS);
  const int rc = Catch::Session().run(argc, argv);
  QDir(settings).removeRecursively();
  QDir(appDataRoot).removeRecursively();
  return rc;
}
