#include "ui/shell/main_window.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

#include "core/io/dicom_pmap.h"
#include "core/io/dicom_sr.h"
#include "ui/ai/ai_panel.h"
#include "ui/pacs/pacs_dialog.h"
#include "ui/shell/log_dock.h"
#include "ui/shell/shortcuts_dialog.h"
#include "ui/shell/translations.h"
#include "ui/training/training_panel.h"

namespace osteon {
namespace ui {

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent) {
  setWindowTitle(tr("Osteon"));
  setAcceptDrops(true);
  // Central tabs: the views, and the Training tab.
  tabs_ = new QTabWidget(this);
  tabs_->setObjectName("centralTabs");
  tabs_->setDocumentMode(true);
  grid_ = new ViewGrid(tabs_);
  tabs_->addTab(grid_, tr("Viewer"));
  training_ = new TrainingPanel(tabs_);
  training_->setObjectName("trainingPanel");
  tabs_->addTab(training_, tr("Training"));
  setCentralWidget(tabs_);

  // Study browser dock: the series tree above the list of problems found while loading.
  auto* dock = new QDockWidget(tr("Studies"), this);
  dock->setObjectName("studiesDock");
  auto* panel = new QSplitter(Qt::Vertical, dock);
  browser_ = new StudyBrowser(panel);
  problems_ = new QListWidget(panel);
  problems_->setToolTip(tr("Files that could not be loaded, with the reason"));
  panel->addWidget(browser_);
  panel->addWidget(problems_);
  panel->setStretchFactor(0, 4);
  panel->setStretchFactor(1, 1);
  dock->setWidget(panel);
  addDockWidget(Qt::LeftDockWidgetArea, dock);
  connect(browser_, &StudyBrowser::seriesActivated, this, &MainWindow::showSeries);

  // Labelling dock (RSNA coordinates and grades).
  LabellingPanel::Host host;
  host.views = [this] { return grid_->views(); };
  host.series = [this]() -> const std::vector<LoadedSeries>* {
    return result_ ? &result_->series : nullptr;
  };
  host.openStudy = [this](const QString& study) {
    openPaths({QDir(labelling_->datasetRoot()).filePath("train_images/" + study)});
  };
  host.status = [this](const QString& m) { statusBar()->showMessage(m, 8000); };
  host.askRestore = [this](const QString& study) {
    if (restorePrompt_) return restorePrompt_(study);
    return QMessageBox::question(this, tr("Restore unsaved work"),
                                 tr("Study %1 has annotation work that was not saved when Osteon "
                                    "last closed. Restore it?")
                                     .arg(study),
                                 QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
  };
  host.askSave = [this](const QStringList& studies) {
    if (savePrompt_) return savePrompt_(studies);
    QMessageBox box(QMessageBox::Warning, tr("Unsaved labels"),
                    tr("%n study(ies) have labels that are not in the CSV files yet: %1", nullptr,
                       static_cast<int>(studies.size()))
                        .arg(studies.mid(0, 8).join(", ")),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Discard keeps a copy in the dataset's .osteon folder."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
      case QMessageBox::Save:
        return LabellingPanel::SaveChoice::Save;
      case QMessageBox::Discard:
        return LabellingPanel::SaveChoice::Discard;
      default:
        return LabellingPanel::SaveChoice::Cancel;
    }
  };
  labelling_ = new LabellingPanel(host, this);
  measure_ = new MeasureTool(this);
  measure_->setFallback(labelling_);
  connect(measure_, &MeasureTool::message, this,
          [this](const QString& m) { statusBar()->showMessage(m, 8000); });
  connect(measure_, &MeasureTool::changed, this, [this] {
    for (ImageView* v : grid_->views())
      v->update();
  });
  connect(measure_, &MeasureTool::autoCobbFinished, this, [this](bool, const QString&) {
    progress_->setRange(0, 100);
    progress_->setVisible(false);
  });
  auto* labelDock = new QDockWidget(tr("Labelling"), this);
  labelDock->setObjectName("labellingDock");
  labelDock->setWidget(labelling_);
  addDockWidget(Qt::RightDockWidgetArea, labelDock);

  // AI dock (task plugins, probabilities, class activation maps), a tab beside Labelling.
  AiPanel::Host aiHost;
  aiHost.activeView = [this] { return grid_->activeView(); };
  aiHost.views = [this] { return grid_->views(); };
  aiHost.series = host.series;
  aiHost.annotations = [this]() -> const annotation::StudyAnnotations* {
    return labelling_->session() ? &labelling_->session()->document() : nullptr;
  };
  aiHost.status = host.status;
  // Points the lumbar localiser placed become labelling points (one undoable edit).
  aiHost.addPoints = [this](const std::vector<annotation::RsnaCoordinate>& coords,
                            QString* message) {
    return labelling_->addPlacedPoints(coords, message);
  };
  ai_ = new AiPanel(aiHost, this);
  connect(labelling_, &LabellingPanel::changed, ai_, &AiPanel::refreshPlacedPoints);
  // A new study: the result goes, and the panel proposes the study's task.
  connect(this, &MainWindow::studyLoaded, ai_, &AiPanel::studyShown);
  aiDock_ = new QDockWidget(tr("AI"), this);
  aiDock_->setObjectName("aiDock");
  aiDock_->setWidget(ai_);
  addDockWidget(Qt::RightDockWidgetArea, aiDock_);
  tabifyDockWidget(labelDock, aiDock_);
  labelDock->raise();

  pixelLabel_ = new QLabel(this);
  pixelLabel_->setMinimumWidth(420);
  statusBar()->addWidget(pixelLabel_, 1);
  progress_ = new QProgressBar(this);
  progress_->setMaximumWidth(220);
  progress_->setVisible(false);
  cancel_ = new QToolButton(this);
  cancel_->setText(tr("Cancel"));
  cancel_->setVisible(false);
  statusBar()->addPermanentWidget(progress_);
  statusBar()->addPermanentWidget(cancel_);
  connect(grid_, &ViewGrid::pixelInfo, pixelLabel_, &QLabel::setText);

  loader_ = new StudyLoader(this);
  connect(cancel_, &QToolButton::clicked, loader_, &StudyLoader::cancel);
  connect(loader_, &StudyLoader::progress, this, [this](int pct, const QString& what) {
    progress_->setValue(pct);
    progress_->setFormat(what + QStringLiteral(" %p%"));
  });
  connect(loader_, &StudyLoader::finished, this, &MainWindow::onLoaded);

  // Log dock (View > Log), hidden until asked for; it stays with the Training tab too.
  logDock_ = new LogDock(this);
  addDockWidget(Qt::BottomDockWidgetArea, logDock_);
  logDock_->hide();

  buildActions();
  connect(tabs_, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);
  connect(training_, &TrainingPanel::useModel, this, [this](const QString& path) {
    // The trained package goes to the AI panel, for the task it was trained for when the panel
    // has that task (a generic classifier is offered to the current task, which checks it).
    showTraining(false);
    aiDock_->show();
    aiDock_->raise();
    const QString task = training_->trainedTask();
    if (ai_->taskNames().contains(task)) ai_->setTask(task);
    ai_->setModelPath(path);
    statusBar()->showMessage(tr("Loading the trained model %1 in the AI panel").arg(path), 6000);
  });
  QSettings s;
  restoreGeometry(s.value("window/geometry").toByteArray());
  restoreState(s.value("window/state").toByteArray());
  if (!s.contains("window/geometry")) resize(1400, 900);
  const int layout = s.value("view/layout", 0).toInt();
  setLayoutKind(layout == 2 ? Layout::TwoByTwo : layout == 1 ? Layout::OneByThree : Layout::One);
}

MainWindow::~MainWindow() = default;

const std::vector<LoadedSeries>& MainWindow::series() const {
  static const std::vector<LoadedSeries> none;
  return result_ ? result_->series : none;
}

QStringList MainWindow::problems() const {
  return result_ ? result_->errors : QStringList();
}

QAction* MainWindow::action(const QString& name) const {
  for (QAction* a : actions_)
    if (a->objectName() == name) return a;
  return nullptr;
}

QAction* MainWindow::addAction(QMenu* menu, const QString& name, const QString& text,
                               const QKeySequence& key, std::function<void()> fn, bool toolbar) {
  auto* a = new QAction(text, this);
  a->setObjectName(name);
  if (!key.isEmpty()) a->setShortcut(key);
  a->setShortcutContext(Qt::WindowShortcut);
  connect(a, &QAction::triggered, this, [fn] { fn(); });
  menu->addAction(a);
  if (toolbar) toolbar_->addAction(a);
  actions_ << a;
  QMainWindow::addAction(a);
  return a;
}

void MainWindow::buildActions() {
  toolbar_ = addToolBar(tr("Main"));
  toolbar_->setObjectName("mainToolbar");
  toolbar_->setToolButtonStyle(Qt::ToolButtonTextOnly);
  auto* file = menuBar()->addMenu(tr("&File"));
  addAction(
      file, "open", tr("&Open file..."), QKeySequence::Open,
      [this] {
        const QStringList files =
            QFileDialog::getOpenFileNames(this, tr("Open images"), QString(),
                                          tr("Images (*.dcm *.png *.jpg *.jpeg *.tif *.tiff *.bmp "
                                             "*.nii *.nii.gz *.nrrd *.mha *);;All files (*)"));
        if (!files.isEmpty()) openPaths(files);
      },
      true);
  addAction(
      file, "openFolder", tr("Open &folder..."), QKeySequence(tr("Ctrl+Shift+O")),
      [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Open a folder of DICOM files"));
        if (!dir.isEmpty()) openPaths({dir});
      },
      true);
  addAction(file, "openDicomdir", tr("Open &DICOMDIR..."), QKeySequence(tr("Ctrl+Shift+D")),
            [this] {
              const QString f = QFileDialog::getOpenFileName(this, tr("Open a DICOMDIR"), QString(),
                                                             tr("DICOMDIR (DICOMDIR dicomdir)"));
              if (!f.isEmpty()) openPaths({f});
            });
  addAction(file, "queryPacs", tr("&Query PACS..."), QKeySequence(tr("Ctrl+Shift+P")), [this] {
    // One non-modal dialog: the retrieved study opens in this window behind it.
    auto* d = findChild<PacsDialog*>();
    if (!d) {
      d = new PacsDialog(this);
      connect(d, &PacsDialog::studyRetrieved, this,
              [this](const QString& dir) { openPaths({dir}); });
    }
    d->show();
    d->raise();
    d->activateWindow();
  });
  addAction(file, "openDataset", tr("Open RSNA &dataset for labelling..."),
            QKeySequence(tr("Ctrl+Shift+L")), [this] {
              const QString dir = QFileDialog::getExistingDirectory(
                  this, tr("Open an RSNA dataset folder (train_images + CSV files)"));
              if (!dir.isEmpty()) labelling_->openDataset(dir);
            });
  addAction(file, "saveLabels", tr("&Save labels (RSNA CSV files)"), QKeySequence::Save,
            [this] { labelling_->save(); });
  addAction(file, "exportDeidentified", tr("Export &de-identified dataset..."), QKeySequence(),
            [this] {
              if (!labelling_->hasDataset()) {
                statusBar()->showMessage(tr("Open an RSNA dataset for labelling first."), 6000);
                return;
              }
              labelling_->exportDeidentifiedDialog();
            });
  addAction(file, "exportSr", tr("Export measurements as DICOM S&R..."),
            QKeySequence(tr("Ctrl+Shift+R")), [this] {
              QString f = QFileDialog::getSaveFileName(
                  this, tr("Export measurements as a DICOM SR Measurement Report"), QString(),
                  tr("DICOM files (*.dcm)"));
              if (f.isEmpty()) return;
              if (!f.endsWith(QStringLiteral(".dcm"), Qt::CaseInsensitive))
                f += QStringLiteral(".dcm");
              exportMeasurementReport(f);
            });
  addAction(file, "exportView", tr("&Export view as PNG..."), QKeySequence(tr("Ctrl+Shift+E")),
            [this] {
              const QString f = QFileDialog::getSaveFileName(this, tr("Export view"), QString(),
                                                             tr("PNG images (*.png)"));
              if (!f.isEmpty() && !view()->grab().save(f))
                statusBar()->showMessage(tr("Could not write %1").arg(f), 6000);
            });
  recentMenu_ = file->addMenu(tr("&Recent studies"));
  rebuildRecentMenu();
  file->addSeparator();
  addAction(file, "quit", tr("&Quit"), QKeySequence::Quit, [this] { close(); });

  auto* viewMenu = menuBar()->addMenu(tr("&View"));
  toolbar_->addSeparator();
  addAction(
      viewMenu, "layout1", tr("Layout 1x1"), QKeySequence(tr("Ctrl+1")),
      [this] { setLayoutKind(Layout::One); }, true);
  addAction(
      viewMenu, "layout3", tr("Layout 1x3"), QKeySequence(tr("Ctrl+2")),
      [this] { setLayoutKind(Layout::OneByThree); }, true);
  addAction(
      viewMenu, "layout4", tr("Layout 2x2"), QKeySequence(tr("Ctrl+3")),
      [this] { setLayoutKind(Layout::TwoByTwo); }, true);
  addAction(viewMenu, "nextView", tr("Next view"), QKeySequence(tr("N")),
            [this] { grid_->activateNext(); });
  viewMenu->addSeparator();
  addAction(
      viewMenu, "axial", tr("Axial plane"), QKeySequence(tr("A")),
      [this] { view()->setPlane(image::Plane::Axial); }, true);
  addAction(
      viewMenu, "sagittal", tr("Sagittal plane"), QKeySequence(tr("S")),
      [this] { view()->setPlane(image::Plane::Sagittal); }, true);
  addAction(
      viewMenu, "coronal", tr("Coronal plane"), QKeySequence(tr("C")),
      [this] { view()->setPlane(image::Plane::Coronal); }, true);
  viewMenu->addSeparator();
  addAction(viewMenu, "nextSlice", tr("Next slice"), QKeySequence(Qt::Key_Down),
            [this] { view()->scrollBy(1); });
  addAction(viewMenu, "prevSlice", tr("Previous slice"), QKeySequence(Qt::Key_Up),
            [this] { view()->scrollBy(-1); });
  addAction(viewMenu, "pageDown", tr("Ten slices forward"), QKeySequence(Qt::Key_PageDown),
            [this] { view()->scrollBy(10); });
  addAction(viewMenu, "pageUp", tr("Ten slices back"), QKeySequence(Qt::Key_PageUp),
            [this] { view()->scrollBy(-10); });
  addAction(viewMenu, "firstSlice", tr("First slice"), QKeySequence(Qt::Key_Home),
            [this] { view()->setSliceIndex(0); });
  addAction(viewMenu, "lastSlice", tr("Last slice"), QKeySequence(Qt::Key_End),
            [this] { view()->setSliceIndex(view()->sliceCount() - 1); });
  addAction(viewMenu, "cine", tr("Cine play/stop"), QKeySequence(Qt::Key_Space), [this] {
    if (view()->cineRunning())
      view()->stopCine();
    else
      view()->startCine(10);
  });
  viewMenu->addSeparator();
  addAction(
      viewMenu, "fit", tr("Fit to window"), QKeySequence(tr("F")), [this] { view()->fit(); }, true);
  addAction(viewMenu, "oneToOne", tr("Actual pixels (1:1)"), QKeySequence(tr("Ctrl+0")),
            [this] { view()->oneToOne(); });
  addAction(viewMenu, "zoomIn", tr("Zoom in"), QKeySequence(QKeySequence::ZoomIn),
            [this] { view()->zoomBy(1.25); });
  addAction(viewMenu, "zoomOut", tr("Zoom out"), QKeySequence(QKeySequence::ZoomOut),
            [this] { view()->zoomBy(0.8); });
  addAction(viewMenu, "rotateCw", tr("Rotate 90 degrees clockwise"), QKeySequence(tr("R")),
            [this] { view()->rotate(1); });
  addAction(viewMenu, "rotateCcw", tr("Rotate 90 degrees counter-clockwise"),
            QKeySequence(tr("Shift+R")), [this] { view()->rotate(-1); });
  addAction(viewMenu, "flipH", tr("Flip horizontally"), QKeySequence(tr("H")),
            [this] { view()->flipHorizontal(); });
  addAction(viewMenu, "flipV", tr("Flip vertically"), QKeySequence(tr("V")),
            [this] { view()->flipVertical(); });
  addAction(
      viewMenu, "invert", tr("Invert"), QKeySequence(tr("I")),
      [this] { view()->setInvert(!view()->inverted()); }, true);
  addAction(viewMenu, "smooth", tr("Smooth interpolation"), QKeySequence(tr("Shift+I")), [this] {
    static bool smooth = true;
    smooth = !smooth;
    for (ImageView* v : grid_->views())
      v->setSmooth(smooth);
  });
  viewMenu->addSeparator();
  addAction(viewMenu, "cornerText", tr("Show corner text"), QKeySequence(tr("T")), [this] {
    const bool on = !view()->cornerTextVisible();
    for (ImageView* v : grid_->views())
      v->setCornerTextVisible(on);
  });
  addAction(viewMenu, "overlays", tr("Show overlays"), QKeySequence(tr("O")), [this] {
    static bool on = true;
    on = !on;
    for (ImageView* v : grid_->views())
      v->setOverlaysVisible(on);
  });
  addAction(viewMenu, "showLabels", tr("Show labelling points"), QKeySequence(tr("Shift+O")),
            [this] {
              labelling_->layer()->setVisible(!labelling_->layer()->isVisible());
              for (ImageView* v : grid_->views())
                v->update();
            });
  addAction(viewMenu, "showMeasurements", tr("Show measurements"), QKeySequence(tr("Ctrl+Shift+M")),
            [this] {
              measure_->layer()->setVisible(!measure_->layer()->isVisible());
              for (ImageView* v : grid_->views())
                v->update();
            });
  addAction(viewMenu, "linkCursor", tr("Link cursor between views"), QKeySequence(tr("L")), [this] {
    grid_->setLinkedCursor(!grid_->linkedCursor());
    statusBar()->showMessage(
        grid_->linkedCursor() ? tr("Linked cursor on") : tr("Linked cursor off"), 3000);
  });
  addAction(viewMenu, "reset", tr("Reset view"), QKeySequence(tr("Esc")), [this] {
    view()->setViewState({});
    view()->clearCursor();
    if (view()->volume()) view()->setWindow(image::defaultWindow(*view()->volume()));
  });
  QAction* showLog = logDock_->toggleViewAction();
  showLog->setObjectName("showLog");
  viewMenu->addAction(showLog);
  actions_ << showLog;
  auto* lang = viewMenu->addMenu(tr("Language"));
  for (const QString& l : availableLanguages()) {
    const QString label = l == "en"      ? QStringLiteral("English")
                          : l == "pt_BR" ? QStringLiteral("Português (Brasil)")
                                         : QStringLiteral("Español");
    QAction* a = lang->addAction(label);
    connect(a, &QAction::triggered, this, [this, l] {
      QSettings().setValue("language", l);
      statusBar()->showMessage(tr("The language changes the next time Osteon starts."), 5000);
    });
  }

  auto* win = menuBar()->addMenu(tr("&Window"));
  addAction(
      win, "autoWindow", tr("Auto window/level"), QKeySequence(tr("W")),
      [this] { view()->autoWindow(); }, true);
  for (int i = 0; i < 4; ++i)
    addAction(win, QStringLiteral("preset%1").arg(i + 1), tr("Header preset %1").arg(i + 1),
              QKeySequence(QStringLiteral("Alt+%1").arg(i + 1)),
              [this, i] { view()->applyPreset(i); });

  auto* label = menuBar()->addMenu(tr("&Labelling"));
  for (int c = 0; c < 5; ++c)
    addAction(label, QStringLiteral("condition%1").arg(c + 1),
              tr("Condition: %1")
                  .arg(QString::fromLatin1(
                      annotation::rsna::kConditionNames[static_cast<std::size_t>(c)])),
              QKeySequence(QStringLiteral("F%1").arg(c + 5)),
              [this, c] { labelling_->setCondition(c); });
  for (int l = 0; l < 5; ++l)
    addAction(
        label, QStringLiteral("level%1").arg(l + 1),
        tr("Level %1")
            .arg(QString::fromLatin1(annotation::rsna::kLevelNames[static_cast<std::size_t>(l)])),
        QKeySequence(QString::number(l + 1)), [this, l] { labelling_->setLevel(l); });
  addAction(label, "gradeNormal", tr("Grade Normal/Mild"), QKeySequence(tr("G")),
            [this] { labelling_->grade(0); });
  addAction(label, "gradeModerate", tr("Grade Moderate"), QKeySequence(tr("M")),
            [this] { labelling_->grade(1); });
  addAction(label, "gradeSevere", tr("Grade Severe"), QKeySequence(tr("X")),
            [this] { labelling_->grade(2); });
  addAction(label, "nextMissing", tr("Jump to the next missing label"), QKeySequence(tr("J")),
            [this] { labelling_->nextMissing(); });
  addAction(label, "deletePoint", tr("Delete the selected point"),
            QKeySequence(QKeySequence::Delete), [this] { labelling_->deleteSelected(); });
  addAction(label, "undo", tr("Undo"), QKeySequence::Undo, [this] { labelling_->undo(); });
  addAction(label, "redo", tr("Redo"), QKeySequence(tr("Ctrl+Shift+Z")),
            [this] { labelling_->redo(); });
  addAction(label, "nextStudy", tr("Next study"), QKeySequence(tr("Alt+Right")),
            [this] { labelling_->openStudyAt(labelling_->studyIndex() + 1); });
  addAction(label, "prevStudy", tr("Previous study"), QKeySequence(tr("Alt+Left")),
            [this] { labelling_->openStudyAt(labelling_->studyIndex() - 1); });

  auto* measureMenu = menuBar()->addMenu(tr("&Measure"));
  addAction(
      measureMenu, "measureDistance", tr("Distance"), QKeySequence(tr("D")),
      [this] { measure_->setMode(MeasureTool::Mode::Distance); }, true);
  addAction(
      measureMenu, "measureAngle", tr("Angle"), QKeySequence(tr("E")),
      [this] { measure_->setMode(MeasureTool::Mode::Angle); }, true);
  addAction(
      measureMenu, "measureCobb", tr("Cobb angle"), QKeySequence(tr("B")),
      [this] { measure_->setMode(MeasureTool::Mode::Cobb); }, true);
  addAction(measureMenu, "autoCobb", tr("Auto Cobb (find vertebrae, measure, ALS type)"),
            QKeySequence(tr("Shift+B")), [this] {
              if (!view()) return;
              if (measure_->autoCobb(view())) {
                progress_->setRange(0, 0);  // busy: the model runs on a worker thread
                progress_->setFormat(tr("Auto Cobb"));
                progress_->setVisible(true);
              }
            });
  addAction(measureMenu, "measureOff", tr("Stop measuring"), QKeySequence(tr("Q")),
            [this] { measure_->setMode(MeasureTool::Mode::None); });
  addAction(measureMenu, "measureUndo", tr("Undo the last measurement edit"),
            QKeySequence(tr("Backspace")), [this] { measure_->undo(); });

  auto* aiMenu = menuBar()->addMenu(tr("&AI"));
  auto showAi = [this] {
    aiDock_->show();
    aiDock_->raise();
  };
  addAction(aiMenu, "aiRun", tr("Run model on the current image or study"),
            QKeySequence(tr("Ctrl+R")), [this, showAi] {
              showAi();
              ai_->run();
            });
  addAction(aiMenu, "aiLoadModel", tr("Load model..."), QKeySequence(), [this, showAi] {
    showAi();
    ai_->chooseModel();
  });
  addAction(aiMenu, "aiExportOverlay", tr("Export heatmap overlay..."), QKeySequence(),
            [this] { ai_->exportOverlayDialog(); });
  addAction(aiMenu, "aiPanel", tr("Show/hide the AI panel"), QKeySequence(tr("Ctrl+Shift+A")),
            [this, showAi] {
              if (aiDock_->isVisible())
                aiDock_->hide();
              else
                showAi();
            });

  auto* trainMenu = menuBar()->addMenu(tr("&Training"));
  addAction(trainMenu, "trainingTab", tr("Show/hide the training tab"),
            QKeySequence(tr("Ctrl+Shift+T")), [this] { showTraining(!trainingShown()); });
  addAction(trainMenu, "trainingCheck", tr("Check the training dataset"), QKeySequence(), [this] {
    showTraining(true);
    training_->checkDataset();
  });
  addAction(trainMenu, "trainingStart", tr("Start training"), QKeySequence(), [this] {
    showTraining(true);
    training_->start(false);
  });
  addAction(trainMenu, "trainingCancel", tr("Cancel training"), QKeySequence(),
            [this] { training_->cancel(); });
  trainMenu->addSeparator();
  addAction(trainMenu, "trainingLoadConfig", tr("Load training configuration..."), QKeySequence(),
            [this] {
              showTraining(true);
              const QString f = QFileDialog::getOpenFileName(
                  this, tr("Load a training configuration"), QString(), tr("JSON files (*.json)"));
              if (!f.isEmpty()) training_->loadConfig(f);
            });
  addAction(trainMenu, "trainingSaveConfig", tr("Save training configuration..."), QKeySequence(),
            [this] {
              QString f = QFileDialog::getSaveFileName(this, tr("Save the training configuration"),
                                                       QString(), tr("JSON files (*.json)"));
              if (f.isEmpty()) return;
              if (!f.endsWith(QStringLiteral(".json"))) f += QStringLiteral(".json");
              training_->saveConfig(f);
            });
  viewerMenus_ = {viewMenu, win, label, measureMenu};

  auto* help = menuBar()->addMenu(tr("&Help"));
  addAction(help, "shortcuts", tr("&Keyboard shortcuts"), QKeySequence(tr("F1")), [this] {
    ShortcutsDialog d(actions_, this);
    d.exec();
  });
  addAction(help, "logLocation", tr("&Log file location"), QKeySequence(), [this] {
    QMessageBox box(QMessageBox::Information, tr("Log file location"),
                    tr("Osteon's log is in %1 (the previous one in osteon.log.1). Attach it to a "
                       "bug report.")
                        .arg(QDir::toNativeSeparators(logFilePath())),
                    QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
  });
  addAction(help, "about", tr("&About Osteon"), QKeySequence(), [this] {
    QMessageBox::about(
        this, tr("About Osteon"),
        tr("Osteon %1: a radiology viewer for bone and spine imaging.\nNot for clinical use.")
            .arg(QApplication::applicationVersion()));
  });
}

bool MainWindow::trainingShown() const {
  return tabs_->currentWidget() == training_;
}

void MainWindow::showTraining(bool on) {
  tabs_->setCurrentWidget(on ? static_cast<QWidget*>(training_) : grid_);
}

void MainWindow::onTabChanged(int) {
  const bool training = trainingShown();
  if (training) {
    // The docks belong to the viewer: put them away, to bring them back with it.
    for (QDockWidget* d : findChildren<QDockWidget*>())
      if (d->isVisible() && d != logDock_) {
        hiddenDocks_ << d;
        d->hide();
      }
  } else {
    for (const QPointer<QDockWidget>& d : hiddenDocks_)
      if (d) d->show();
    hiddenDocks_.clear();
  }
  for (QMenu* m : viewerMenus_)
    for (QAction* a : m->actions())
      if (!a->menu() && a != logDock_->toggleViewAction()) a->setEnabled(!training);
}

void MainWindow::wireViews() {
  for (ImageView* v : grid_->views()) {
    v->setEditHandler(measure_);
    if (std::find(v->overlays().begin(), v->overlays().end(), measure_->layer()) ==
        v->overlays().end())
      v->addOverlay(measure_->layer());
  }
  ai_->attachViews(grid_->views());
}

void MainWindow::setLayoutKind(Layout layout) {
  grid_->setLayoutKind(layout);
  wireViews();
  QSettings().setValue("view/layout", layout == Layout::One          ? 0
                                      : layout == Layout::OneByThree ? 1
                                                                     : 2);
  assignViews();
}

bool MainWindow::exportMeasurementReport(const QString& path, QString* message) {
  QString m;
  const annotation::StudyAnnotations* labels =
      labelling_->session() ? &labelling_->session()->document() : nullptr;
  const bool ok = result_ && !result_->series.empty()
                      ? measure_->exportReport(path, labels, m)
                      : (m = tr("Open a study and measure it first."), false);
  statusBar()->showMessage(m, 10000);
  if (message) *message = m;
  return ok;
}

bool MainWindow::openResult(const QString& path, QString* message) {
  QString m;
  bool ok = false;
  const std::string p = path.toStdString();
  if (!result_ || result_->series.empty()) {
    m = tr("%1 is a result made on a study: open the study first, then the result.")
            .arg(QFileInfo(path).fileName());
  } else if (io::isStructuredReport(p)) {
    annotation::SrImport levels;
    ok = measure_->importReport(path, levels, m);
    if (ok && (!levels.landmarks.empty() || !levels.grades.empty())) {
      QString lm;
      labelling_->importLevels(levels.landmarks, levels.grades, &lm);
      m += QStringLiteral("; ") + lm;
    }
  } else if (io::isParametricMap(p)) {
    aiDock_->show();
    aiDock_->raise();
    ok = ai_->showParametricMap(path, m);
  } else {
    m = tr("%1 is neither a DICOM SR Measurement Report nor a Parametric Map.")
            .arg(QFileInfo(path).fileName());
  }
  statusBar()->showMessage(m, 10000);
  if (!ok) problems_->addItem(m);
  if (message) *message = m;
  return ok;
}

void MainWindow::openPaths(const QStringList& requested) {
  // DICOM results (SR, Parametric Map) are opened on the study, not loaded as series.
  QStringList paths, results;
  for (const QString& r : requested) {
    const std::string p = r.toStdString();
    if (QFileInfo(r).isFile() && (io::isStructuredReport(p) || io::isParametricMap(p)))
      results << r;
    else
      paths << r;
  }
  if (paths.isEmpty()) {
    for (const QString& r : results)
      openResult(r);
    return;
  }
  pendingResults_ = results;
  if (loader_->busy()) {
    statusBar()->showMessage(tr("Still loading; cancel first to open something else."), 4000);
    return;
  }
  showTraining(false);  // what is opened is shown in the views
  progress_->setValue(0);
  progress_->setVisible(true);
  cancel_->setVisible(true);
  statusBar()->showMessage(tr("Loading %1").arg(paths.join(", ")));
  rememberRecent(paths);
  loader_->start(paths);
}

void MainWindow::onLoaded(std::shared_ptr<LoadResult> result) {
  progress_->setVisible(false);
  cancel_->setVisible(false);
  if (result->cancelled) {
    pendingResults_.clear();
    statusBar()->showMessage(tr("Loading cancelled"), 4000);
    return;
  }
  result_ = std::move(result);
  browser_->setSeries(&result_->series);
  problems_->clear();
  for (const QString& e : result_->errors)
    problems_->addItem(e);
  statusBar()->showMessage(
      tr("%n series loaded", nullptr, static_cast<int>(result_->series.size())) +
          (result_->errors.isEmpty() ? QString()
                                     : tr(", %n problem(s): see the Studies panel", nullptr,
                                          static_cast<int>(result_->errors.size()))),
      6000);
  if (!result_->series.empty()) {
    const LoadedSeries& s = result_->series.front();
    setWindowTitle(tr("Osteon - %1").arg(s.patient.isEmpty() ? s.description : s.patient));
  }
  assignViews();
  measure_->setSeries(&result_->series);
  measure_->reset(
      result_->series.empty() ? std::string() : result_->series.front().studyFolder.toStdString(),
      measurementStorage());
  wireViews();
  if (labelling_->hasDataset()) labelling_->studyLoaded();
  emit studyLoaded();
  const QStringList results = std::exchange(pendingResults_, {});
  for (const QString& r : results)
    openResult(r);
}

void MainWindow::assignViews() {
  if (!result_ || result_->series.empty()) return;
  const auto& views = grid_->views();
  const auto& s = result_->series;
  ImageView* active = grid_->activeView();
  int activeIndex = 0;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (active && active->volume() == s[i].volume) activeIndex = static_cast<int>(i);
  if (views.size() == 1) {
    views[0]->setVolume(s[static_cast<std::size_t>(activeIndex)].volume,
                        s[static_cast<std::size_t>(activeIndex)].label());
    return;
  }
  if (views.size() == 3 && s.size() >= 3) {
    // One view per series (the RSNA workflow: sagittal T1, sagittal T2, axial T2 side by side).
    for (std::size_t i = 0; i < 3; ++i)
      views[i]->setVolume(s[i].volume, s[i].label());
    return;
  }
  // MPR of the active series: acquisition plane first, then the other planes.
  const LoadedSeries& a = s[static_cast<std::size_t>(activeIndex)];
  const image::Plane planes[3] = {image::Plane::Axial, image::Plane::Sagittal,
                                  image::Plane::Coronal};
  std::size_t v = 0;
  if (views.size() == 4) views[v++]->setVolume(a.volume, a.label());
  for (image::Plane p : planes) {
    if (v >= views.size()) break;
    views[v]->setVolume(a.volume, a.label());
    views[v]->setPlane(p);
    ++v;
  }
}

void MainWindow::showSeries(int index) {
  if (!result_ || index < 0 || index >= static_cast<int>(result_->series.size())) return;
  const LoadedSeries& s = result_->series[static_cast<std::size_t>(index)];
  view()->setVolume(s.volume, s.label());
}

void MainWindow::rememberRecent(const QStringList& paths) {
  QSettings s;
  QStringList recent = s.value("recent").toStringList();
  const QString entry = paths.join('\n');
  recent.removeAll(entry);
  recent.prepend(entry);
  while (recent.size() > 10)
    recent.removeLast();
  s.setValue("recent", recent);
  rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu() {
  recentMenu_->clear();
  const QStringList recent = QSettings().value("recent").toStringList();
  for (const QString& r : recent) {
    QAction* a = recentMenu_->addAction(QString(r).replace('\n', QStringLiteral("; ")));
    connect(a, &QAction::triggered, this, [this, r] { openPaths(r.split('\n')); });
  }
  recentMenu_->setEnabled(!recent.isEmpty());
}

QString MainWindow::measurementStorage() const {
  if (!result_ || result_->series.empty()) return QString();
  // One folder per study: a hash of where its first series came from.
  const LoadedSeries& s = result_->series.front();
  const QByteArray key =
      QCryptographicHash::hash((s.source + "|" + s.seriesId).toUtf8(), QCryptographicHash::Sha1)
          .toHex()
          .left(20);
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath("measurements/" + QString::fromLatin1(key));
}

void MainWindow::closeEvent(QCloseEvent* e) {
  if (!labelling_->confirmClose()) {
    e->ignore();
    return;
  }
  showTraining(false);  // the docks' state is saved as the viewer shows them
  measure_->save();
  QSettings s;
  s.setValue("window/geometry", saveGeometry());
  s.setValue("window/state", saveState());
  loader_->cancel();
  e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* e) {
  if (e->mimeData()->hasUrls()) e->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* e) {
  QStringList paths;
  for (const QUrl& u : e->mimeData()->urls())
    if (u.isLocalFile()) paths << u.toLocalFile();
  openPaths(paths);
}

}  // namespace ui
}  // namespace osteon
