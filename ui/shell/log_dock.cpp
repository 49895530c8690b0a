#include "ui/shell/log_dock.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>
#include <memory>
#include <mutex>

namespace osteon::ui {

QString logFilePath() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("osteon.log"));
}

bool installLogFile(QString* error) {
  static std::mutex mutex;
  static bool installed = false;
  std::lock_guard<std::mutex> lock(mutex);
  if (installed) return true;
  try {
    log::Logger::instance().addSink(std::make_shared<log::FileSink>(
        QDir::toNativeSeparators(logFilePath()).toStdString(), log::Level::Info));
  } catch (const std::exception& e) {
    if (error) *error = QString::fromStdString(e.what());
    return false;
  }
  installed = true;
  OSTEON_LOG_INFO("gui", "Osteon %s started (Qt %s)",
                  QApplication::applicationVersion().toUtf8().constData(), qVersion());
  return true;
}

LogDock::LogDock(QWidget* parent) : QDockWidget(tr("Log"), parent) {
  setObjectName(QStringLiteral("logDock"));
  auto* panel = new QWidget(this);
  auto* layout = new QVBoxLayout(panel);
  layout->setContentsMargins(4, 4, 4, 4);
  list_ = new QListWidget(panel);
  list_->setObjectName(QStringLiteral("logList"));
  list_->setSelectionMode(QAbstractItemView::ExtendedSelection);
  list_->setUniformItemSizes(true);
  QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
  list_->setFont(mono);
  list_->setToolTip(tr("Recent lines of Osteon's log (errors, warnings and information)"));
  layout->addWidget(list_, 1);

  auto* row = new QHBoxLayout;
  where_ = new QLabel(panel);
  where_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  where_->setText(tr("Log file: %1").arg(QDir::toNativeSeparators(logFilePath())));
  row->addWidget(where_, 1);
  auto* copy = new QPushButton(tr("Copy all"), panel);
  copy->setObjectName(QStringLiteral("logCopyAll"));
  copy->setToolTip(tr("Copy every line shown to the clipboard, to paste into a bug report"));
  connect(copy, &QPushButton::clicked, this, [this] { copyAll(); });
  row->addWidget(copy);
  auto* open = new QPushButton(tr("Open log folder"), panel);
  open->setObjectName(QStringLiteral("logOpenFolder"));
  open->setToolTip(tr("Show the folder of the log file, to attach osteon.log to a bug report"));
  connect(open, &QPushButton::clicked, this, [] {
    const QString dir = QFileInfo(logFilePath()).absolutePath();
    QDir().mkpath(dir);
    QDesktopServices::openUrl(QUrl::fromLocalFile(dir));
  });
  row->addWidget(open);
  layout->addLayout(row);
  setWidget(panel);

  // The sink is called on any thread: the line crosses to the GUI thread through a queued
  // connection. ~LogDock removes the sink before the list goes.
  connect(this, &LogDock::lineLogged, this, &LogDock::append, Qt::QueuedConnection);
  sink_ = log::Logger::instance().addSink(std::make_shared<log::CallbackSink>(
      [this](const log::Record& r, const std::string& line) {
        emit lineLogged(static_cast<int>(r.level), QString::fromStdString(line));
      },
      log::Level::Info));
}

LogDock::~LogDock() {
  log::Logger::instance().removeSink(sink_);
}

QStringList LogDock::lines() const {
  QStringList out;
  out.reserve(list_->count());
  for (int i = 0; i < list_->count(); ++i)
    out << list_->item(i)->text();
  return out;
}

void LogDock::copyAll() const {
  QApplication::clipboard()->setText(lines().join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

void LogDock::append(int level, const QString& line) {
  // Follow the new lines unless the user scrolled up to read.
  const QScrollBar* bar = list_->verticalScrollBar();
  const bool atEnd = bar->value() >= bar->maximum();
  auto* item = new QListWidgetItem(line);
  switch (static_cast<log::Level>(level)) {
    case log::Level::Error:
      item->setForeground(QColor(255, 110, 100));
      break;
    case log::Level::Warning:
      item->setForeground(QColor(240, 190, 80));
      break;
    case log::Level::Info:
      break;
    case log::Level::Debug:
      item->setForeground(QColor(150, 150, 150));
      break;
  }
  list_->addItem(item);
  while (list_->count() > kMaxLines)
    delete list_->takeItem(0);
  if (atEnd) list_->scrollToBottom();
}

}  // namespace osteon::ui
