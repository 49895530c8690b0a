// osteon: the viewer. Thin: application set-up, command line, main window.

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

#include "core/engine/engine.h"
#include "ui/shell/log_dock.h"
#include "ui/shell/main_window.h"
#include "ui/shell/theme.h"
#include "ui/shell/translations.h"

int main(int argc, char** argv) {
  QElapsedTimer sinceStart;
  sinceStart.start();
  osteon::engine::installDefault();  // the AI engine of this build (LibTorch), or none
  QApplication app(argc, argv);
  QApplication::setOrganizationName("Osteon");
  QApplication::setApplicationName("Osteon");
  QApplication::setApplicationVersion(OSTEON_VERSION);

  QCommandLineParser cli;
  cli.setApplicationDescription(QApplication::translate("main", "Osteon radiology viewer"));
  cli.addHelpOption();
  cli.addVersionOption();
  cli.addPositionalArgument(
      "paths",
      QApplication::translate("main", "DICOM files or folders, DICOMDIR, or images to open"));
  QCommandLineOption layout(
      "layout", QApplication::translate("main", "View layout: 1x1, 1x3 or 2x2"), "layout");
  QCommandLineOption lang(
      "language", QApplication::translate("main", "User interface language: en, pt_BR or es"),
      "language");
  QCommandLineOption shot(
      "screenshot",
      QApplication::translate("main",
                              "Save a screenshot of the window once the study is shown, then quit"),
      "png");
  QCommandLineOption startup(
      "measure-startup",
      QApplication::translate("main",
                              "Print the time from start to the first image shown, then quit"));
  cli.addOptions({layout, lang, shot, startup});
  cli.process(app);

  // The log file for bug reports (Help > Log file location; View > Log shows its recent lines).
  QString logError;
  if (!osteon::ui::installLogFile(&logError))
    std::fprintf(stderr, "osteon: no log file: %s\n", logError.toLocal8Bit().constData());

  osteon::ui::installTranslation(app, cli.value(lang));
  osteon::ui::applyDarkTheme(app);
  osteon::ui::MainWindow window;
  if (cli.isSet(layout)) {
    const QString l = cli.value(layout);
    window.setLayoutKind(l == "2x2"   ? osteon::ui::Layout::TwoByTwo
                         : l == "1x3" ? osteon::ui::Layout::OneByThree
                                      : osteon::ui::Layout::One);
  }
  window.show();
  if (cli.isSet(shot) || cli.isSet(startup)) {
    QObject::connect(&window, &osteon::ui::MainWindow::studyLoaded, &window, [&] {
      // Paint synchronously, then report.
      for (auto* v : window.viewGrid()->views())
        v->repaint();
      if (cli.isSet(startup))
        std::printf("first image after %.0f ms\n", sinceStart.nsecsElapsed() / 1e6);
      if (cli.isSet(shot)) window.grab().save(cli.value(shot));
      QTimer::singleShot(0, &app, &QApplication::quit);
    });
  }
  if (!cli.positionalArguments().isEmpty()) window.openPaths(cli.positionalArguments());
  return app.exec();
}
