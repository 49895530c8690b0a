#include "ui/ai/ai_panel.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/ai/task_input_check.h"
#include "core/annotation/dicom_results.h"
#include "core/annotation/rsna_dataset.h"
#include "core/annotation/rsna_layout.h"
#include "core/base/error.h"
#include "core/engine/engine.h"
#include "core/image/reslice.h"
#include "ui/ai/cam_controls.h"
#include "ui/ai/cam_view.h"
#include "ui/ai/heatmap_pane.h"
#include "ui/ai/probability_chart.h"

namespace osteon {
namespace ui {

// The demo label is core/ai's text (ai::kDemoLabel), translated here (this marks it for lupdate).
[[maybe_unused]] static const char* const kDemoLabelSource = QT_TRANSLATE_NOOP(
    "osteon::ui::AiPanel", "demo: trained on synthetic phantoms, not for clinical use");

struct AiPanel::Job {
  enum class Kind { Load, Run, Explain };
  Kind kind = Kind::Run;
  std::string task;
  std::shared_ptr<ai::TaskPlugin> plugin;
  QString path;  // model to load first when needLoad
  bool needLoad = false;
  ai::TaskInput input;
  QString inputWarning;  // run anyway on an input the task does not accept
  // Explain.
  QString key;
  int output = 0, classIndex = 0;
  std::string method, layer;
  // Outcome.
  bool ok = false, loaded = false, loadFailed = false, cancelled = false;
  QString error;
  std::vector<std::string> classes, layers;
  std::string defaultLayer;
  ai::TaskResult result;
  std::shared_ptr<const ai::TaskExplanation> explanation;
};

namespace {

QString q(const std::string& s) {
  return QString::fromStdString(s);
}

std::string summaryOf(const ai::TaskResult& r) {
  return r.summary();
}

// Class c as words ("Healthy" for "1_healthy", or the package's display name).
QString displayNameOf(const ai::TaskResult& r, std::size_t c) {
  return QString::fromStdString(r.displayName(c));
}

// RSNA targets ("left_neural_foraminal_narrowing_l4_l5") as the labelling panel writes them
// ("LNFN L4/L5"); other output names unchanged.
QString shortOutputName(const std::string& name) {
  static const std::pair<const char*, const char*> conditions[] = {
      {"spinal_canal_stenosis_", "SCS"},
      {"left_neural_foraminal_narrowing_", "LNFN"},
      {"right_neural_foraminal_narrowing_", "RNFN"},
      {"left_subarticular_stenosis_", "LSS"},
      {"right_subarticular_stenosis_", "RSS"}};
  for (const auto& [prefix, code] : conditions) {
    const std::string pre(prefix);
    if (name.size() == pre.size() + 5 && name.compare(0, pre.size(), pre) == 0) {
      QString level = QString::fromStdString(name.substr(pre.size())).toUpper();
      level.replace(QLatin1Char('_'), QLatin1Char('/'));
      return QString::fromLatin1(code) + QLatin1Char(' ') + level;
    }
  }
  return QString::fromStdString(name);
}

}  // namespace

AiPanel::AiPanel(Host host, QWidget* parent) : QWidget(parent), host_(std::move(host)) {
  placedLayer_ = std::make_shared<AnnotationLayer>(tr("AI placed points"));
  buildUi();
  CamView::Host camHost;
  camHost.activeView = host_.activeView;
  camHost.views = host_.views;
  camHost.series = host_.series;
  camHost.status = host_.status;
  camHost.showError = [this](const QString& message) { showError(message); };
  camHost.hideError = [this] { error_->setVisible(false); };
  camHost.finished = [this](bool ok, const QString& message) { emit camFinished(ok, message); };
  camView_ = std::make_unique<CamView>(cam_, std::move(camHost), input_);
  const engine::Engine* ai = engine::get();
  if (!ai) {
    showError(tr("AI is not in this build: Osteon was built without LibTorch."));
    onTaskChanged();
    setBusy(false);
    return;
  }
  try {
    for (const std::string& name : ai->taskNames()) {
      std::shared_ptr<ai::TaskPlugin> p = ai->makeTask(name);
      plugins_[name] = p;
      task_->addItem(q(p->title()), q(name));
      task_->setItemData(task_->count() - 1, q(p->acceptedInputs()), Qt::ToolTipRole);
    }
  } catch (const std::exception& e) {
    showError(tr("The AI tasks could not be listed: %1").arg(q(e.what())));
  }
  // Osteoporosis first when present: its demo model is bundled.
  const int osteo = task_->findData(QStringLiteral("osteoporosis"));
  if (osteo >= 0) task_->setCurrentIndex(osteo);
  if (task_->count() == 0 && errorText().isEmpty())
    showError(tr("This build has no AI task plugins."));
  onTaskChanged();
  setBusy(false);
}

AiPanel::~AiPanel() {
  worker_.cancel();
  worker_.wait();
}

bool AiPanel::available() {
  return engine::get() != nullptr;
}

void AiPanel::buildUi() {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(0, 0, 0, 0);
  auto* scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  outer->addWidget(scroll);
  auto* content = new QWidget(scroll);
  scroll->setWidget(content);
  auto* v = new QVBoxLayout(content);

  // Task and model.
  auto* form = new QFormLayout;
  task_ = new QComboBox(content);
  task_->setObjectName("aiTask");
  form->addRow(tr("Task"), task_);
  taskInfo_ = new QLabel(content);
  taskInfo_->setWordWrap(true);
  taskInfo_->setStyleSheet("color: gray");
  form->addRow(QString(), taskInfo_);
  model_ = new QLabel(content);
  model_->setObjectName("aiModel");
  model_->setWordWrap(true);
  form->addRow(tr("Model"), model_);
  auto* modelButtons = new QHBoxLayout;
  loadModel_ = new QPushButton(tr("Load model..."), content);
  loadModel_->setToolTip(tr("A model package (.osteon) or a TorchScript file (.pt) for this task"));
  bundled_ = new QPushButton(tr("Bundled demo model"), content);
  modelButtons->addWidget(loadModel_);
  modelButtons->addWidget(bundled_);
  form->addRow(QString(), modelButtons);
  v->addLayout(form);

  auto* runRow = new QHBoxLayout;
  run_ = new QPushButton(tr("Run"), content);
  run_->setObjectName("aiRun");
  run_->setToolTip(tr("Run the model on the current image or study (Ctrl+R)"));
  cancel_ = new QPushButton(tr("Cancel"), content);
  progress_ = new QProgressBar(content);
  progress_->setTextVisible(true);
  runRow->addWidget(run_);
  runRow->addWidget(cancel_);
  runRow->addWidget(progress_, 1);
  v->addLayout(runRow);

  error_ = new QLabel(content);
  error_->setObjectName("aiError");
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet("color: #ff6b6b; font-weight: bold");
  error_->setVisible(false);
  v->addWidget(error_);

  // The task does not accept this input: the reason, and running anyway for research use.
  inputWarningBox_ = new QWidget(content);
  auto* wv = new QVBoxLayout(inputWarningBox_);
  wv->setContentsMargins(0, 0, 0, 0);
  inputWarning_ = new QLabel(inputWarningBox_);
  inputWarning_->setObjectName("aiInputWarning");
  inputWarning_->setWordWrap(true);
  inputWarning_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  inputWarning_->setStyleSheet("color: #f0a030; font-weight: bold");
  wv->addWidget(inputWarning_);
  runAnyway_ = new QPushButton(tr("Run anyway (research use)"), inputWarningBox_);
  runAnyway_->setObjectName("aiRunAnyway");
  runAnyway_->setToolTip(
      tr("Run the model on this input although the task does not accept it; the result is not "
         "meaningful for diagnosis"));
  wv->addWidget(runAnyway_, 0, Qt::AlignLeft);
  inputWarningBox_->setVisible(false);
  v->addWidget(inputWarningBox_);

  // Result.
  auto* resultBox = new QGroupBox(tr("Result"), content);
  auto* rv = new QVBoxLayout(resultBox);
  chart_ = new ProbabilityChart(resultBox);
  chart_->setObjectName("aiChart");
  rv->addWidget(chart_);
  summary_ = new QLabel(resultBox);
  summary_->setObjectName("aiSummary");
  summary_->setWordWrap(true);
  QFont bold = summary_->font();
  bold.setBold(true);
  summary_->setFont(bold);
  rv->addWidget(summary_);
  demo_ = new QLabel(resultBox);
  demo_->setObjectName("aiDemo");
  demo_->setWordWrap(true);
  demo_->setStyleSheet("color: #f0a030");
  demo_->setVisible(false);
  rv->addWidget(demo_);
  forcedNote_ = new QLabel(resultBox);
  forcedNote_->setObjectName("aiForcedNote");
  forcedNote_->setWordWrap(true);
  forcedNote_->setStyleSheet("color: #f0a030");
  forcedNote_->setVisible(false);
  rv->addWidget(forcedNote_);
  timing_ = new QLabel(resultBox);
  timing_->setWordWrap(true);
  timing_->setStyleSheet("color: gray");
  rv->addWidget(timing_);
  // Why targets were not measured, one line per reason.
  notMeasured_ = new QLabel(resultBox);
  notMeasured_->setObjectName("aiNotMeasured");
  notMeasured_->setWordWrap(true);
  notMeasured_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  notMeasured_->setStyleSheet("color: #f0a030");
  notMeasured_->setVisible(false);
  rv->addWidget(notMeasured_);
  // Points the level localiser placed, and making them labelling points.
  placedBox_ = new QWidget(resultBox);
  auto* pv = new QVBoxLayout(placedBox_);
  pv->setContentsMargins(0, 0, 0, 0);
  placedInfo_ = new QLabel(placedBox_);
  placedInfo_->setObjectName("aiPlacedInfo");
  placedInfo_->setWordWrap(true);
  pv->addWidget(placedInfo_);
  addPlaced_ = new QPushButton(tr("Add placed points to labelling"), placedBox_);
  addPlaced_->setObjectName("aiAddPlaced");
  addPlaced_->setToolTip(
      tr("Make the points the localiser placed ordinary labelling points of this study (one edit: "
         "Ctrl+Z removes them). Move any of them and run again: your positions are then used."));
  pv->addWidget(addPlaced_, 0, Qt::AlignLeft);
  placedBox_->setVisible(false);
  rv->addWidget(placedBox_);
  v->addWidget(resultBox);

  // Class activation maps.
  cam_ = new CamControls(content);
  v->addWidget(cam_);
  v->addStretch(1);

  connect(task_, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
          [this](int) { onTaskChanged(); });
  connect(loadModel_, &QPushButton::clicked, this, &AiPanel::chooseModel);
  connect(bundled_, &QPushButton::clicked, this, [this] { setModelPath(QString()); });
  connect(run_, &QPushButton::clicked, this, [this] { run(); });
  connect(runAnyway_, &QPushButton::clicked, this, [this] { runAnyway(); });
  connect(addPlaced_, &QPushButton::clicked, this, [this] { addPlacedPoints(); });
  connect(cancel_, &QPushButton::clicked, this, &AiPanel::cancel);
  connect(chart_, &ProbabilityChart::rowSelected, this, [this](int r) { setCamOutput(r); });
  connect(cam_, &CamControls::camToggled, this, [this](bool) { updateCam(); });
  connect(cam_, &CamControls::selectionChanged, this, [this] { updateCam(); });
  connect(cam_, &CamControls::outputChanged, this, [this](int i) {
    chart_->setSelectedRow(i);
    selectClasses(i);
    updateCam();
  });
  connect(cam_, &CamControls::opacityChanged, this, [this](double) { camView_->updateOpacity(); });
  connect(cam_, &CamControls::colormapChanged, this,
          [this](Colormap) { camView_->updateColormap(); });
  connect(cam_, &CamControls::compareToggled, this, [this](bool) { updateCam(); });
  connect(cam_, &CamControls::exportOverlayClicked, this, &AiPanel::exportOverlayDialog);
  connect(cam_, &CamControls::exportParametricMapClicked, this,
          &AiPanel::exportParametricMapDialog);
}

// ---- tasks and models ------------------------------------------------------------------------

QStringList AiPanel::taskNames() const {
  QStringList names;
  for (int i = 0; i < task_->count(); ++i)
    names << task_->itemData(i).toString();
  return names;
}

QString AiPanel::task() const {
  return task_->currentData().toString();
}

bool AiPanel::setTask(const QString& name) {
  const int i = task_->findData(name);
  if (i < 0) return false;
  task_->setCurrentIndex(i);
  return true;
}

std::shared_ptr<ai::TaskPlugin> AiPanel::plugin(const std::string& name, QString& error) {
  const auto it = plugins_.find(name);
  if (it != plugins_.end()) return it->second;
  error = name.empty() ? tr("No AI task is selected.") : tr("Unknown AI task %1").arg(q(name));
  return nullptr;
}

void AiPanel::onTaskChanged() {
  const std::string name = task().toStdString();
  if (result_ && resultTask_ != name) clearResult();
  inputWarningBox_->setVisible(false);
  const auto it = plugins_.find(name);
  QString info =
      it == plugins_.end() ? QString() : tr("Input: %1").arg(q(it->second->acceptedInputs()));
  if (!proposedTask_.isEmpty() && proposedTask_ == task())
    info += QLatin1Char('\n') + tr("Proposed for this study: %1").arg(proposalReason_);
  taskInfo_->setText(info);
  updateModelLine();
  fillCamControls();
}

QString AiPanel::modelPath() const {
  const auto it = models_.find(task().toStdString());
  return it == models_.end() ? QString() : it->second.path;
}

void AiPanel::updateModelLine() {
  const std::string name = task().toStdString();
  const auto p = plugins_.find(name);
  const QString path = modelPath();
  if (p == plugins_.end()) {
    model_->setText(QString());
    return;
  }
  if (path.isEmpty()) {
    model_->setText(tr("Bundled demo model (%1)").arg(q(p->second->bundledModel())));
    model_->setToolTip(QString());
  } else {
    model_->setText(QFileInfo(path).fileName());
    model_->setToolTip(path);
  }
}

void AiPanel::chooseModel() {
  const QString f = QFileDialog::getOpenFileName(
      this, tr("Load a model for %1").arg(task_->currentText()), QString(),
      tr("Models (*.osteon *.pt *.pth *.ts);;All files (*)"));
  if (!f.isEmpty()) setModelPath(f);
}

void AiPanel::setModelPath(const QString& path) {
  const std::string name = task().toStdString();
  QString why;
  auto p = plugin(name, why);
  if (!p) {
    showError(why);
    emit modelLoaded(false, why);
    return;
  }
  if (busy()) {
    const QString m = tr("The model is busy; cancel or wait before loading another.");
    showError(m);
    emit modelLoaded(false, m);
    return;
  }
  TaskModel& m = models_[name];
  m.path = path;
  m.loaded = false;
  updateModelLine();
  if (result_) clearResult();
  auto job = std::make_shared<Job>();
  job->kind = Job::Kind::Load;
  job->task = name;
  job->plugin = p;
  job->path = path;
  job->needLoad = true;
  error_->setVisible(false);
  progress_->setFormat(tr("Loading the model..."));
  start(
      job, [](Job&, const Progress&) {}, false);
}

// ---- running ---------------------------------------------------------------------------------

bool AiPanel::busy() const {
  return job_ != nullptr;
}

void AiPanel::setBusy(bool on, bool determinate) {
  const bool usable = available() && task_->count() > 0;
  run_->setEnabled(!on && usable);
  loadModel_->setEnabled(!on && usable);
  bundled_->setEnabled(!on && usable);
  task_->setEnabled(!on && usable);
  cancel_->setEnabled(on);
  progress_->setVisible(on);
  if (on) {
    progress_->setRange(0, determinate ? 100 : 0);
    progress_->setValue(0);
  }
  const bool haveResult = result_.has_value();
  cam_->setCamAvailable(usable && haveResult);
  cam_->setExportEnabled(camView_->explanation() != nullptr);
  emit busyChanged(on);
}

void AiPanel::showError(const QString& message) {
  error_->setText(message);
  error_->setVisible(!message.isEmpty());
  if (!message.isEmpty() && host_.status) host_.status(message);
}

QString AiPanel::errorText() const {
  return error_->isHidden() ? QString() : error_->text();
}

QString AiPanel::summaryText() const {
  return summary_->text();
}

bool AiPanel::demoLabelShown() const {
  return !demo_->isHidden() && !demo_->text().isEmpty();
}

QString AiPanel::demoText() const {
  return demo_->text();
}

void AiPanel::start(std::shared_ptr<Job> job, std::function<void(Job&, const Progress&)> work,
                    bool determinate, BackgroundJob::OnProgress progress) {
  job_ = job;
  setBusy(true, determinate);
  worker_.start(
      [job, work](const Progress& progress) {
        if (job->needLoad) {
          try {
            job->plugin->load(job->path.toStdString());
          } catch (...) {
            job->loadFailed = true;
            throw;
          }
          job->loaded = true;
          job->classes = job->plugin->classNames();
          job->layers = job->plugin->camLayers();
          job->defaultLayer = job->plugin->defaultCamLayer();
        }
        progress.throwIfCancelled();
        work(*job, progress);
        progress.throwIfCancelled();
      },
      [this, job](const BackgroundJob::Outcome& o) {
        job->ok = o.ok();
        job->cancelled = o.cancelled();
        job->error = o.error;
        onJobDone(job);
      },
      std::move(progress));
}

bool AiPanel::gatherInput(ai::TaskInput& in, QString& error) const {
  const std::vector<LoadedSeries>* all = host_.series ? host_.series() : nullptr;
  ImageView* view = host_.activeView ? host_.activeView() : nullptr;
  std::shared_ptr<const image::Image> volume = view ? view->volume() : nullptr;
  const LoadedSeries* current = nullptr;
  if (all)
    for (const LoadedSeries& s : *all)
      if (volume && s.volume == volume) current = &s;
  if (!volume && all && !all->empty()) {
    current = &all->front();
    volume = current->volume;
  }
  if (!volume) {
    error = tr("Open an image or a study first.");
    return false;
  }
  // The picture: the active view's slice when it shows the acquisition plane.
  in.image = volume;
  in.slice = 0;
  if (volume->depth() > 1) {
    in.slice = volume->depth() / 2;
    if (view && view->volume() == volume &&
        image::resliceAxes(volume->geometry, view->plane()).sliceAxis == 2)
      in.slice = view->sliceIndex();
  }
  // The study: every loaded series of the current series' study, with its coordinates.
  if (all && !all->empty()) {
    const LoadedSeries& ref = current ? *current : all->front();
    for (const LoadedSeries& s : *all) {
      if (s.studyFolder != ref.studyFolder || s.study != ref.study || !s.volume) continue;
      ai::TaskSeries t;
      t.seriesId = (s.seriesId.isEmpty() ? s.source : s.seriesId).toStdString();
      t.description = s.description.toStdString();
      t.volume = s.volume;
      t.instanceNumbers = s.instanceNumbers;
      in.series.push_back(std::move(t));
    }
    in.studyId = (ref.studyFolder.isEmpty() ? ref.study : ref.studyFolder).toStdString();
    in.coordinates = coordinatesFor(in.studyId, ref);
  }
  return true;
}

std::vector<annotation::RsnaCoordinate> AiPanel::coordinatesFor(const std::string& study,
                                                                const LoadedSeries& any) const {
  std::vector<annotation::RsnaCoordinate> out;
  // The points of the labelling panel (what the user placed, saved or not).
  if (host_.annotations)
    if (const annotation::StudyAnnotations* doc = host_.annotations())
      if (doc->studyId == study) {
        for (const annotation::Landmark& l : doc->landmarks) {
          annotation::RsnaCoordinate c;
          c.study = study;
          c.series = l.series;
          c.instance = l.instance;
          c.condition = l.condition;
          c.level = l.level;
          c.x = l.x;
          c.y = l.y;
          out.push_back(c);
        }
        return out;
      }
  // Else the split's label coordinates of the RSNA layout the series sits in
  // (<root>/<split>_images/<study>/<series>/).
  if (any.source.isEmpty() || any.studyFolder.isEmpty()) return out;
  const QDir seriesDir = QFileInfo(any.source).absoluteDir();
  const auto layout =
      annotation::RsnaLayout::ofSeriesFolder(seriesDir.absolutePath().toStdString());
  if (!layout || QFileInfo(seriesDir.absolutePath()).dir().dirName() != any.studyFolder ||
      !QFileInfo::exists(QString::fromStdString(layout->coordinates().string())))
    return out;
  try {
    return annotation::RsnaDataset::loadCoordinateFile(layout->coordinates().string())
        .coordinates(study);
  } catch (const std::exception&) {
    return out;  // the task then reports the levels as not measured
  }
}

bool AiPanel::run() {
  return runWith(false);
}

bool AiPanel::runAnyway() {
  return runWith(true);
}

QString AiPanel::inputWarning() const {
  return inputWarningBox_->isHidden() ? QString() : inputWarning_->text();
}

void AiPanel::showInputWarning(const QString& reason) {
  inputWarning_->setText(reason);
  inputWarningBox_->setVisible(!reason.isEmpty());
  if (!reason.isEmpty() && host_.status) host_.status(reason);
}

bool AiPanel::runWith(bool force) {
  auto refuse = [this](const QString& why) {
    showError(why);
    emit runFinished(false, why);
    return false;
  };
  if (!available())
    return refuse(tr("AI is not in this build: Osteon was built without LibTorch."));
  if (busy()) return refuse(tr("The model is already running."));
  const std::string name = task().toStdString();
  QString why;
  auto p = plugin(name, why);
  if (!p) return refuse(why);
  auto job = std::make_shared<Job>();
  job->kind = Job::Kind::Run;
  job->task = name;
  job->plugin = p;
  if (!gatherInput(job->input, why)) return refuse(why);
  {
    const ai::InputCheck check = ai::checkTaskInput(name, p->accepts(), job->input);
    if (!check.ok && !force) {
      // Not run: the reason and a way to run anyway, in the panel.
      error_->setVisible(false);
      const QString msg =
          tr("%1 Run it anyway only for research use.").arg(q(check.reason) + QLatin1Char('.'));
      showInputWarning(msg);
      emit runFinished(false, msg);
      return false;
    }
    if (!check.ok) job->inputWarning = q(check.reason);
  }
  showInputWarning(QString());
  TaskModel& m = models_[name];
  job->path = m.path;
  job->needLoad = !m.loaded || !p->loaded();
  error_->setVisible(false);
  progress_->setFormat(job->needLoad ? tr("Loading the model...") : tr("Running %p%"));
  start(
      job, [](Job& j, const Progress& progress) { j.result = j.plugin->run(j.input, progress); },
      true,
      [this](double fraction, const QString& what) {
        if (!busy()) return;
        progress_->setRange(0, 100);
        progress_->setValue(static_cast<int>(std::lround(100 * fraction)));
        progress_->setFormat(what + QStringLiteral(" %p%"));
      });
  if (host_.status) host_.status(tr("%1: running...").arg(task_->currentText()));
  return true;
}

void AiPanel::cancel() {
  if (!busy()) return;
  worker_.cancel();
  progress_->setFormat(tr("Cancelling..."));
  if (job_ && job_->kind == Job::Kind::Explain) {
    // A CAM cannot be interrupted; its result is dropped and the heatmap switched off.
    cam_->switchOffSilently();
  }
}

void AiPanel::onJobDone(std::shared_ptr<Job> j) {
  job_.reset();
  TaskModel& m = models_[j->task];
  if (j->loaded) {
    m.loaded = true;
    m.loadedPath = j->path;
    m.classes = j->classes;
    m.layers = j->layers;
    m.defaultLayer = j->defaultLayer;
  }
  if (j->loadFailed) {
    // The previous model stays in use (loaded again on the next run).
    m.loaded = false;
    m.path = m.loadedPath;
    updateModelLine();
  }
  setBusy(false);
  const bool current = j->task == task().toStdString();
  switch (j->kind) {
    case Job::Kind::Load: {
      if (j->ok) {
        const QString msg =
            tr("Model loaded: %1")
                .arg(j->path.isEmpty() ? tr("bundled demo model") : QFileInfo(j->path).fileName());
        if (host_.status) host_.status(msg);
        if (current) fillCamControls();
        emit modelLoaded(true, msg);
      } else {
        const QString msg = j->cancelled ? tr("Loading the model was cancelled.")
                                         : tr("The model could not be loaded: %1").arg(j->error);
        showError(msg);
        emit modelLoaded(false, msg);
      }
      break;
    }
    case Job::Kind::Run: {
      if (j->cancelled) {
        const QString msg = tr("Cancelled.");
        if (host_.status) host_.status(msg);
        emit runFinished(false, msg);
        break;
      }
      if (!j->ok) {
        const QString msg = j->loadFailed ? tr("The model could not be loaded: %1").arg(j->error)
                                          : tr("The model could not run: %1").arg(j->error);
        showError(msg);
        emit runFinished(false, msg);
        break;
      }
      result_ = std::move(j->result);
      input_ = std::move(j->input);
      forcedNote_->setText(j->inputWarning.isEmpty()
                               ? QString()
                               : tr("Run anyway, for research use: %1").arg(j->inputWarning));
      forcedNote_->setVisible(!j->inputWarning.isEmpty());
      resultTask_ = j->task;
      camView_->forget();
      showResult();
      setBusy(false);
      const QString msg = q(summaryOf(*result_));
      if (host_.status) host_.status(tr("%1: %2").arg(task_->currentText(), msg));
      emit runFinished(true, msg);
      break;
    }
    case Job::Kind::Explain: {
      if (j->cancelled) break;  // switched off by cancel()
      CamView::Entry e;
      if (j->ok)
        e.explanation = j->explanation;
      else
        e.error = j->error;
      camView_->store(j->key, e);
      break;
    }
  }
  updateCam();
}

void AiPanel::clearResult() {
  result_.reset();
  input_ = ai::TaskInput{};
  resultTask_.clear();
  camView_->clear();
  chart_->clear();
  summary_->clear();
  demo_->setVisible(false);
  forcedNote_->setVisible(false);
  timing_->clear();
  notMeasured_->clear();
  notMeasured_->setVisible(false);
  placedBox_->setVisible(false);
  placedLayer_->setItems({});
  cam_->clearChoices();
  if (!busy()) setBusy(false);
  updateViews();
}

void AiPanel::studyShown() {
  clearResult();
  showInputWarning(QString());
  proposeTask();
}

QString AiPanel::proposeTask() {
  proposedTask_.clear();
  proposalReason_.clear();
  const std::vector<LoadedSeries>* all = host_.series ? host_.series() : nullptr;
  if (!all || all->empty()) return {};
  std::vector<ai::SeriesSummary> series;
  for (const LoadedSeries& s : *all) {
    if (!s.volume) continue;
    ai::SeriesSummary sum = ai::summarize(*s.volume, s.description.toStdString());
    if (sum.modality.empty()) sum.modality = s.modality.toStdString();
    series.push_back(std::move(sum));
  }
  const ai::TaskProposal p = ai::proposeTask(series);
  proposedTask_ = q(p.task);
  proposalReason_ = q(p.reason);
  if (p.task.empty() || !setTask(proposedTask_)) {
    proposedTask_.clear();
    proposalReason_.clear();
    onTaskChanged();
    return {};
  }
  onTaskChanged();
  return proposedTask_;
}

QStringList AiPanel::shownClassNames() const {
  return chart_->classNames();
}

void AiPanel::showResult() {
  const ai::TaskResult& r = *result_;
  QStringList classes;
  for (std::size_t c = 0; c < r.classNames.size(); ++c)
    classes << displayNameOf(r, c);
  std::vector<ProbabilityChart::Row> rows;
  for (const ai::TaskOutput& o : r.outputs)
    rows.push_back({shortOutputName(o.name), o.probabilities, o.measured,
                    q(o.name) + (o.note.empty() ? QString() : QLatin1Char('\n') + q(o.note))});
  chart_->setData(classes, rows);
  int unmeasured = 0;
  for (const ai::TaskOutput& o : r.outputs)
    unmeasured += o.measured ? 0 : 1;
  QString summary = q(summaryOf(r));
  if (unmeasured > 0 && r.outputs.size() == 1)
    summary += QLatin1Char('\n') + tr("Not measured: %1").arg(q(r.outputs.front().note));
  summary_->setText(summary);
  demo_->setText(QCoreApplication::translate("osteon::ui::AiPanel", ai::kDemoLabel));
  demo_->setVisible(r.demo);
  const QString model =
      r.modelPath.empty() ? tr("bundled demo model") : QFileInfo(q(r.modelPath)).fileName();
  timing_->setText(tr("%1 ms, %2").arg(r.milliseconds, 0, 'f', 0).arg(model));
  timing_->setToolTip(q(r.provenance));
  {
    std::vector<std::pair<QString, QString>> outputs;
    int first = 0;
    for (std::size_t i = 0; i < r.outputs.size(); ++i) {
      outputs.emplace_back(shortOutputName(r.outputs[i].name), q(r.outputs[i].name));
      if (!r.outputs[first].measured && r.outputs[i].measured) first = static_cast<int>(i);
    }
    cam_->setChoices(outputs, first, classes);
    chart_->setSelectedRow(first);
  }
  selectClasses(cam_->output());
  fillCamControls();
  const QString notes = notMeasuredText();
  notMeasured_->setText(notes);
  notMeasured_->setVisible(!notes.isEmpty() && r.outputs.size() > 1);
  refreshPlacedPoints();
}

void AiPanel::setResult(ai::TaskResult result, ai::TaskInput input) {
  if (busy()) return;
  if (!result.task.empty() && q(result.task) != task()) setTask(q(result.task));
  result_ = std::move(result);
  input_ = std::move(input);
  resultTask_ = result_->task;
  forcedNote_->setVisible(false);
  camView_->forget();
  showResult();
  updateCam();
}

QString AiPanel::notMeasuredText() const {
  if (!result_) return {};
  // "<reason>: <condition> at <level> not measured" counts for <reason>.
  std::vector<std::pair<QString, int>> reasons;
  for (const ai::TaskOutput& o : result_->outputs) {
    if (o.measured) continue;
    QString reason = o.note.empty() ? tr("no reason given") : q(o.note);
    // "<reason>: <condition> at <level> not measured[ (level localiser: ...)]" -> "<reason>[ (level
    // localiser: ...)]".
    const int tail = reason.lastIndexOf(QStringLiteral(" not measured"));
    const int colon = tail > 0 ? reason.lastIndexOf(QStringLiteral(": "), tail) : -1;
    if (colon > 0) reason = reason.left(colon) + reason.mid(tail + 13);
    auto it = std::find_if(reasons.begin(), reasons.end(),
                           [&](const auto& p) { return p.first == reason; });
    if (it == reasons.end())
      reasons.emplace_back(reason, 1);
    else
      ++it->second;
  }
  QStringList lines;
  for (const auto& [reason, count] : reasons)
    lines << tr("%n target(s) not measured: %1", nullptr, count).arg(reason);
  return lines.join(QLatin1Char('\n'));
}

std::vector<annotation::RsnaCoordinate> AiPanel::pendingPlacedPoints() const {
  std::vector<annotation::RsnaCoordinate> out;
  if (!result_) return out;
  const annotation::StudyAnnotations* doc = host_.annotations ? host_.annotations() : nullptr;
  for (const annotation::RsnaCoordinate& c : result_->placedCoordinates) {
    bool labelled = false;
    if (doc && (c.study.empty() || doc->studyId == c.study))
      for (const annotation::Landmark& l : doc->landmarks)
        labelled = labelled || (l.condition == c.condition && l.level == c.level);
    if (!labelled) out.push_back(c);
  }
  return out;
}

QString AiPanel::placedText() const {
  return placedBox_->isHidden() ? QString() : placedInfo_->text();
}

void AiPanel::refreshPlacedPoints() {
  static const char* const kShortNames[5] = {"SCS", "LNFN", "RNFN", "LSS", "RSS"};
  static const char* const kLevels[5] = {"L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1"};
  std::vector<AnnotationLayer::Item> items;
  const std::size_t placed = result_ ? result_->placedCoordinates.size() : 0;
  const std::vector<annotation::RsnaCoordinate> pending = pendingPlacedPoints();
  for (const annotation::RsnaCoordinate& c : pending) {
    if (c.condition < 0 || c.condition > 4 || c.level < 0 || c.level > 4) continue;
    for (const ai::TaskSeries& s : input_.series) {
      if (s.seriesId != c.series || !s.volume) continue;
      const auto it = std::find(s.instanceNumbers.begin(), s.instanceNumbers.end(), c.instance);
      const double k = it == s.instanceNumbers.end()
                           ? c.instance - 1.0
                           : static_cast<double>(it - s.instanceNumbers.begin());
      AnnotationLayer::Item item;
      item.kind = AnnotationLayer::Kind::Point;
      item.points = {s.volume->geometry.indexToPatient({c.x, c.y, k})};
      item.label =
          QStringLiteral("%1 %2 (AI)")
              .arg(QLatin1String(kLevels[c.level]), QLatin1String(kShortNames[c.condition]));
      item.color = QColor(255, 0, 255);
      items.push_back(std::move(item));
      break;
    }
  }
  placedLayer_->setItems(std::move(items));
  if (host_.views) attachViews(host_.views());
  placedBox_->setVisible(placed > 0);
  if (placed > 0) {
    const annotation::StudyAnnotations* doc = host_.annotations ? host_.annotations() : nullptr;
    const bool labelling = doc && doc->studyId == input_.studyId && host_.addPoints;
    QString text = tr("The level localiser placed %n point(s).", nullptr, static_cast<int>(placed));
    if (pending.empty())
      text += QLatin1Char(' ') + tr("They are labelling points now: move any of them and run "
                                    "again to grade your positions.");
    else if (labelling)
      text += QLatin1Char(' ') + tr("%n of them are drawn in magenta, marked (AI); add them to "
                                    "the labels to correct them.",
                                    nullptr, static_cast<int>(pending.size()));
    else
      text +=
          QLatin1Char(' ') + tr("They are drawn in magenta, marked (AI). Open the study for "
                                "labelling (File > Open RSNA dataset) to keep and correct them.");
    placedInfo_->setText(text);
    addPlaced_->setEnabled(labelling && !pending.empty() && !busy());
  }
  updateViews();
}

bool AiPanel::addPlacedPoints() {
  const std::vector<annotation::RsnaCoordinate> pending = pendingPlacedPoints();
  if (pending.empty() || !host_.addPoints) return false;
  QString message;
  const int added = host_.addPoints(pending, &message);
  if (added < 0) showError(message);
  refreshPlacedPoints();
  return added > 0;
}

void AiPanel::selectClasses(int output) {
  // The CAM shows the output's most probable class; the comparison its runner-up.
  if (!result_ || output < 0 || output >= static_cast<int>(result_->outputs.size())) return;
  cam_->selectRanked(result_->outputs[static_cast<std::size_t>(output)].probabilities);
}

void AiPanel::fillCamControls() {
  const auto it = models_.find(task().toStdString());
  if (it == models_.end())
    cam_->setLayers({}, std::string());
  else
    cam_->setLayers(it->second.layers, it->second.defaultLayer);
}

// ---- class activation maps -------------------------------------------------------------------

QStringList AiPanel::camMethods() const {
  return CamControls::methodIds();
}

void AiPanel::setCamEnabled(bool on) {
  cam_->setCamEnabled(on);
}
bool AiPanel::camEnabled() const {
  return cam_->camEnabled();
}
void AiPanel::setCamMethod(const QString& method) {
  cam_->setMethod(method);
}
QString AiPanel::camMethod() const {
  return cam_->method();
}
void AiPanel::setCamOutput(int output) {
  cam_->setOutput(output);
}
int AiPanel::camOutput() const {
  return cam_->output();
}
void AiPanel::setCamClass(int c) {
  cam_->setClass(c);
}
int AiPanel::camClass() const {
  return cam_->classIndex();
}
void AiPanel::setCamLayer(const QString& layer) {
  cam_->setLayer(layer);
}
QString AiPanel::camLayer() const {
  return cam_->layer();
}
QStringList AiPanel::camLayers() const {
  return cam_->layers();
}
void AiPanel::setOpacity(double o) {
  cam_->setOpacity(o);
}
double AiPanel::opacity() const {
  return cam_->opacity();
}
void AiPanel::setColormap(Colormap map) {
  cam_->setColormap(map);
}
Colormap AiPanel::colormap() const {
  return cam_->colormap();
}
void AiPanel::setCompare(bool on, int second) {
  cam_->setCompareClassSilently(second);
  if (cam_->compare() != on)
    cam_->setCompareChecked(on);
  else
    updateCam();
}
bool AiPanel::compare() const {
  return cam_->compare();
}
int AiPanel::compareClass() const {
  return cam_->compareClass();
}

std::shared_ptr<const ai::TaskExplanation> AiPanel::explanation() const {
  return camView_->explanation();
}
std::shared_ptr<const ai::TaskExplanation> AiPanel::compareExplanation() const {
  return camView_->compareExplanation();
}
std::shared_ptr<HeatmapLayer> AiPanel::layer() const {
  return camView_->layer();
}

HeatmapPane* AiPanel::comparePane(int i) const {
  return cam_->pane(i);
}

void AiPanel::updateCam() {
  cam_->setExportEnabled(false);
  if (!cam_->camEnabled() || !result_ || resultTask_ != task().toStdString() ||
      cam_->classIndex() < 0) {
    camView_->hide();
    return;
  }
  std::vector<std::pair<QString, int>> wanted{{camView_->key(camClass()), camClass()}};
  if (cam_->compare() && cam_->compareClass() >= 0)
    wanted.emplace_back(camView_->key(cam_->compareClass()), cam_->compareClass());
  for (const auto& [key, cls] : wanted) {
    const CamView::Entry* cached = camView_->find(key);
    if (!cached) {
      cam_->setInfo(
          tr("Computing the %1 map of class %2...").arg(cam_->methodText(), cam_->classText(cls)));
      if (busy()) return;  // started when the running job ends
      QString why;
      auto p = plugin(resultTask_, why);
      if (!p) return showError(why);
      auto job = std::make_shared<Job>();
      job->kind = Job::Kind::Explain;
      job->task = resultTask_;
      job->plugin = p;
      job->input = input_;
      job->key = key;
      job->output = camOutput();
      job->classIndex = cls;
      job->method = camMethod().toStdString();
      job->layer = camLayer().toStdString();
      const TaskModel& m = models_[resultTask_];
      job->path = m.path;
      job->needLoad = !m.loaded || !p->loaded();
      progress_->setFormat(tr("Class activation map..."));
      start(
          job,
          [](Job& j, const Progress&) {
            j.explanation = std::make_shared<const ai::TaskExplanation>(
                j.plugin->explain(j.input, j.output, j.classIndex, j.method, j.layer));
          },
          false);
      return;
    }
    if (!cached->error.isEmpty()) {
      camView_->fail(tr("The class activation map could not be computed: %1").arg(cached->error));
      return;
    }
  }
  camView_->show(wanted.front().first);
}

void AiPanel::updateViews() {
  if (!host_.views) return;
  for (ImageView* v : host_.views())
    v->update();
}

void AiPanel::attachViews(const std::vector<ImageView*>& views) {
  for (ImageView* v : views)
    for (const std::shared_ptr<OverlayLayer>& l :
         {std::static_pointer_cast<OverlayLayer>(camView_->layer()),
          std::static_pointer_cast<OverlayLayer>(placedLayer_)})
      if (std::find(v->overlays().begin(), v->overlays().end(), l) == v->overlays().end())
        v->addOverlay(l);
}

// ---- export ----------------------------------------------------------------------------------

bool AiPanel::exportOverlay(const QString& path) {
  return camView_->exportOverlay(path);
}

void AiPanel::exportOverlayDialog() {
  QString f = QFileDialog::getSaveFileName(this, tr("Export the overlay"), QString(),
                                           tr("PNG images (*.png)"));
  if (f.isEmpty()) return;
  if (!f.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) f += QStringLiteral(".png");
  exportOverlay(f);
}

bool AiPanel::exportParametricMap(const QString& path) {
  return camView_->exportParametricMap(path);
}

void AiPanel::exportParametricMapDialog() {
  QString f = QFileDialog::getSaveFileName(this, tr("Export the heatmap as DICOM"), QString(),
                                           tr("DICOM files (*.dcm)"));
  if (f.isEmpty()) return;
  if (!f.endsWith(QStringLiteral(".dcm"), Qt::CaseInsensitive)) f += QStringLiteral(".dcm");
  exportParametricMap(f);
}

bool AiPanel::showParametricMap(const QString& path, QString& message) {
  return camView_->showParametricMap(path, message);
}

}  // namespace ui
}  // namespace osteon
