#pragma once
// The viewer's log (issue 16), for bug reports: the file osteon.log in the application's local
// data folder (core/base/log.h's FileSink, rotated to osteon.log.1 at 2 MiB), and the Log dock
// (View > Log) that shows the recent lines of the process log with their level's colour.

#include <QDockWidget>
#include <QStringList>

#include "core/base/log.h"

class QLabel;
class QListWidget;

namespace osteon::ui {

// <AppLocalDataLocation>/osteon.log.
QString logFilePath();
// Adds a file sink for logFilePath() to the process log, once per process (info lines and
// above). False with `error` when the file cannot be opened (the viewer runs on without it).
bool installLogFile(QString* error = nullptr);

class LogDock : public QDockWidget {
  Q_OBJECT
 public:
  // The most recent lines kept in the list.
  static constexpr int kMaxLines = 2000;

  explicit LogDock(QWidget* parent = nullptr);
  ~LogDock() override;

  QListWidget* list() const { return list_; }
  // The lines shown, oldest first ("Copy all" copies them).
  QStringList lines() const;
  void copyAll() const;

 signals:
  // Emitted by the log's callback sink on whichever thread logged; connected queued to the list.
  void lineLogged(int level, const QString& line);

 private:
  void append(int level, const QString& line);

  QListWidget* list_ = nullptr;
  QLabel* where_ = nullptr;
  osteon::log::SinkId sink_ = -1;
};

}  // namespace osteon::ui
