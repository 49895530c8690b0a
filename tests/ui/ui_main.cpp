// Catch2 runner with a QApplication for the GUI suites; settings go to a temporary folder.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <catch2/catch.hpp>

int main(int argc, char** argv) {
  QApplication app(argc, argv);
  QApplication::setOrganizationName("OsteonTest");
  QApplication::setApplicationName("OsteonTest");
  const QString settings = QDir::temp().filePath(
      QStringLiteral("osteon-test-settings-%1").arg(QCoreApplication::applicationPid()));
  QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings);
  // Application data (measurement projects and journals) goes to Qt's test location.
  QStandardPaths::setTestModeEnabled(true);
  const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
  QDir(appData).removeRecursively();  // each run starts without saved measurements
  QDir().mkpath(OSTEON_SCREENSHOTS);
  const int rc = Catch::Session().run(argc, argv);
  QDir(settings).removeRecursively();
  QDir(appData).removeRecursively();
  return rc;
}
