#pragma once
// Osteon's main window: menus, toolbar, the dockable study browser, the view grid, a status bar
// with the pixel value and LPS position under the cursor, recent studies, drag and drop, and
// settings kept with QSettings. Loading runs on a worker thread; the window stays usable.

#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "ui/annotate/labelling_panel.h"
#include "ui/annotate/measure_tool.h"
#include "ui/browser/study_browser.h"
#include "ui/browser/study_loader.h"
#include "ui/shell/view_grid.h"

class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;
class QMenu;
class QDockWidget;
class QTabWidget;

namespace osteon {
namespace ui {

class AiPanel;
class LogDock;
class TrainingPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
 public:
  explicit MainWindow(QWidget* parent = nullptr);
  ~MainWindow() override;

  // Opens images, folders and DICOMDIRs; DICOM results among them (a Measurement Report, a
  // Parametric Map) are opened on the study once it is shown (openResult).
  void openPaths(const QStringList& paths);
  // A result made on the shown study: a DICOM SR's measurements are added (one undo step; level
  // points and grades go to the labels when the study is open for labelling), a Parametric Map
  // is shown as a heatmap overlay on its image. False with `message` saying why.
  bool openResult(const QString& path, QString* message = nullptr);
  // File > Export measurements as DICOM SR: the study's measurements, with the labelling
  // points and grades when the study is open for labelling. False with `message`.
  bool exportMeasurementReport(const QString& path, QString* message = nullptr);
  ViewGrid* viewGrid() const { return grid_; }
  StudyBrowser* browser() const { return browser_; }
  StudyLoader* loader() const { return loader_; }
  const std::vector<LoadedSeries>& series() const;
  QStringList problems() const;
  // Shows series `index` in the active view.
  void showSeries(int index);
  void setLayoutKind(Layout layout);
  QList<QAction*> allActions() const { return actions_; }
  QAction* action(const QString& objectName) const;
  LabellingPanel* labelling() const { return labelling_; }
  MeasureTool* measureTool() const { return measure_; }
  AiPanel* aiPanel() const { return ai_; }
  QDockWidget* aiDock() const { return aiDock_; }
  TrainingPanel* trainingPanel() const { return training_; }
  // View > Log: the recent lines of the process log (hidden by default).
  LogDock* logDock() const { return logDock_; }
  // The central tabs: the viewer (view grid) and the Training tab. While training is shown the
  // viewer's docks are put away and its view actions disabled; they come back with the viewer.
  void showTraining(bool on);
  bool trainingShown() const;
  // How "restore unsaved work?" is answered (a dialog by default; tests answer it themselves).
  // Replaces the close-time Save / Discard / Cancel question (tests).
  void setSavePrompt(std::function<LabellingPanel::SaveChoice(const QStringList&)> prompt) {
    savePrompt_ = std::move(prompt);
  }
  void setRestorePrompt(std::function<bool(const QString& study)> prompt) {
    restorePrompt_ = std::move(prompt);
  }

 signals:
  void studyLoaded();

 protected:
  void closeEvent(QCloseEvent*) override;
  void dragEnterEvent(QDragEnterEvent*) override;
  void dropEvent(QDropEvent*) override;

 private:
  QAction* addAction(QMenu* menu, const QString& name, const QString& text, const QKeySequence& key,
                     std::function<void()> fn, bool toolbar = false);
  void buildActions();
  void onLoaded(std::shared_ptr<LoadResult> result);
  QStringList pendingResults_;  // results opened with their study, opened once it is shown
  void assignViews();
  void rememberRecent(const QStringList& paths);
  void rebuildRecentMenu();
  QString measurementStorage() const;
  ImageView* view() const { return grid_->activeView(); }

  ViewGrid* grid_ = nullptr;
  StudyBrowser* browser_ = nullptr;
  QListWidget* problems_ = nullptr;
  StudyLoader* loader_ = nullptr;
  std::shared_ptr<LoadResult> result_;
  QLabel* pixelLabel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QToolButton* cancel_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QToolBar* toolbar_ = nullptr;
  QList<QAction*> actions_;
  LabellingPanel* labelling_ = nullptr;
  MeasureTool* measure_ = nullptr;
  AiPanel* ai_ = nullptr;
  QDockWidget* aiDock_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  TrainingPanel* training_ = nullptr;
  LogDock* logDock_ = nullptr;
  QList<QMenu*> viewerMenus_;
  QList<QPointer<QDockWidget>> hiddenDocks_;
  void onTabChanged(int index);
  void wireViews();
  std::function<bool(const QString&)> restorePrompt_;
  std::function<LabellingPanel::SaveChoice(const QStringList&)> savePrompt_;
};

}  // namespace ui
}  // namespace osteon
