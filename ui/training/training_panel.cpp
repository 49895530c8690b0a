// The Training tab: composes the settings form (training_form.cpp), the results view
// (training_results.cpp) and the job runner (training_job.cpp), and decides what runs when.
#include "ui/training/training_panel.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <utility>

#include "core/engine/engine.h"
#include "ui/training/training_form.h"
#include "ui/training/training_internal.h"
#include "ui/training/training_job.h"
#include "ui/training/training_results.h"

namespace osteon {
namespace ui {

using training_detail::fixed;
using training_detail::problemOf;
using training_detail::q;
using training_detail::reportDirOf;

// ---- construction ----------------------------------------------------------------------------

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
  TrainingJobRunner::Hooks hooks;
  hooks.progress = [this](double fraction, const QString& what) { onProgress(fraction, what); };
  hooks.epoch = [this](const train::EpochRecord& e) { onEpoch(e); };
  hooks.log = [this](const QString& line) { appendLog(line); };
  jobs_ = std::make_unique<TrainingJobRunner>(this, std::move(hooks), [this] { onJobDone(); });
  saveTimer_ = new QTimer(this);
  saveTimer_->setSingleShot(true);
  saveTimer_->setInterval(400);
  connect(saveTimer_, &QTimer::timeout, this, &TrainingPanel::rememberConfig);
  buildUi();
  form_->restoreConfig();
  form_->connectChanges(
      this, [this] { formChanged(); }, [this] { datasetFieldsChanged(); },
      [this](const QString& task) { applyTaskDefaults(task); });
  form_->updateDatasetFields();
  setBusy(false);
  if (!available()) {
    findChild<QScrollArea*>("trainingPage")->setVisible(false);
    unavailable_->setVisible(true);
  }
}

TrainingPanel::~TrainingPanel() {
  jobs_->stop();
  if (saveTimer_->isActive()) rememberConfig();
}

bool TrainingPanel::available() {
  return engine::get() != nullptr;
}

void TrainingPanel::buildUi() {
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(4, 4, 4, 4);
  unavailable_ =
      new QLabel(tr("Training is not in this build: Osteon was built without LibTorch."), this);
  unavailable_->setObjectName("trainingUnavailable");
  unavailable_->setAlignment(Qt::AlignCenter);
  unavailable_->setWordWrap(true);
  unavailable_->setVisible(false);
  outer->addWidget(unavailable_);
  // The whole tab scrolls when the window is smaller than the form and the charts need, so that
  // the tab never widens the main window (a tab's minimum size counts while the viewer shows).
  auto* page = new QScrollArea(this);
  page->setObjectName("trainingPage");
  page->setWidgetResizable(true);
  page->setFrameShape(QFrame::NoFrame);
  outer->addWidget(page, 1);
  auto* content = new QWidget(page);
  page->setWidget(content);
  auto* columns = new QHBoxLayout(content);
  columns->setContentsMargins(0, 0, 0, 0);

  // ---- left: the form, in a scroll area -------------------------------------------------------
  auto* scroll = new QScrollArea(content);
  scroll->setObjectName("trainingForm");
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(360);
  scroll->setMaximumWidth(430);
  columns->addWidget(scroll);
  form_ = new TrainingForm(scroll, this);

  // ---- right: run controls, curves, confusion, tables -----------------------------------------
  auto* right = new QWidget(content);
  columns->addWidget(right, 1);
  auto* rv = new QVBoxLayout(right);
  rv->setContentsMargins(0, 0, 0, 0);
  auto* run = new QHBoxLayout;
  start_ = new QPushButton(tr("Start training"), right);
  start_->setObjectName("trainingStart");
  cancel_ = new QPushButton(tr("Cancel"), right);
  cancel_->setObjectName("trainingCancel");
  resume_ = new QPushButton(tr("Resume"), right);
  resume_->setObjectName("trainingResume");
  resume_->setToolTip(tr("Continue after the last finished epoch of the interrupted training"));
  progress_ = new QProgressBar(right);
  progress_->setRange(0, 100);
  progress_->setValue(0);
  progress_->setTextVisible(true);
  useModel_ = new QPushButton(tr("Use this model"), right);
  useModel_->setObjectName("trainingUseModel");
  useModel_->setToolTip(tr("Load the trained model in the AI panel"));
  run->addWidget(start_);
  run->addWidget(cancel_);
  run->addWidget(resume_);
  run->addWidget(progress_, 3);
  run->addStretch(1);
  run->addWidget(useModel_);
  rv->addLayout(run);
  status_ = new QLabel(right);
  status_->setObjectName("trainingStatus");
  status_->setStyleSheet("color: gray");
  status_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  rv->addWidget(status_);
  error_ = new QLabel(right);
  error_->setObjectName("trainingError");
  error_->setWordWrap(true);
  error_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  error_->setStyleSheet("color: #e04848; font-weight: bold");
  error_->setVisible(false);
  error_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  rv->addWidget(error_);
  results_ = std::make_unique<TrainingResults>(right, rv);

  // Buttons.
  connect(form_->saveConfigButton(), &QPushButton::clicked, this, [this] {
    QString p = QFileDialog::getSaveFileName(this, tr("Save the training configuration"), QString(),
                                             tr("JSON files (*.json)"));
    if (p.isEmpty()) return;
    if (!p.endsWith(QStringLiteral(".json"))) p += QStringLiteral(".json");
    saveConfig(p);
  });
  connect(form_->loadConfigButton(), &QPushButton::clicked, this, [this] {
    const QString p = QFileDialog::getOpenFileName(this, tr("Load a training configuration"),
                                                   QString(), tr("JSON files (*.json)"));
    if (!p.isEmpty()) loadConfig(p);
  });
  connect(form_->checkButton(), &QPushButton::clicked, this, [this] { checkDataset(); });
  connect(start_, &QPushButton::clicked, this, [this] { start(false); });
  connect(resume_, &QPushButton::clicked, this, [this] { start(true); });
  connect(cancel_, &QPushButton::clicked, this, &TrainingPanel::cancel);
  connect(form_->previewButton(), &QPushButton::clicked, this, [this] { previewAugmentation(); });
  connect(useModel_, &QPushButton::clicked, this, [this] { useTrainedModel(); });
}

// ---- configuration <-> form ------------------------------------------------------------------

train::TrainConfig TrainingPanel::config() const {
  return form_->config();
}

void TrainingPanel::setConfig(const train::TrainConfig& c) {
  form_->setConfig(c);
  datasetFieldsChanged();
}

void TrainingPanel::applyTaskDefaults(const QString& task) {
  form_->applyTaskDefaults(task);
  datasetFieldsChanged();
}

bool TrainingPanel::saveConfig(const QString& path) {
  try {
    config().save(path.toStdString());
    appendLog(tr("Configuration saved to %1").arg(path));
    rememberConfig();
    return true;
  } catch (const std::exception& e) {
    showError(tr("The configuration could not be saved: %1").arg(q(e.what())));
    return false;
  }
}

bool TrainingPanel::loadConfig(const QString& path) {
  if (busy()) return false;
  try {
    setConfig(train::TrainConfig::load(path.toStdString()));
    showError(QString());
    appendLog(tr("Configuration loaded from %1").arg(path));
    rememberConfig();
    return true;
  } catch (const std::exception& e) {
    showError(tr("The configuration could not be loaded: %1").arg(q(e.what())));
    return false;
  }
}

void TrainingPanel::rememberConfig() {
  form_->rememberConfig();
}

void TrainingPanel::datasetFieldsChanged() {
  if (form_->filling()) return;
  form_->datasetFieldsChanged();
  if (dataset_ && datasetKey_ != form_->datasetKey())
    form_->setDatasetStatus(tr("The dataset changed since the check: check it again."));
  else if (!dataset_)
    form_->setDatasetStatus(tr("Not checked yet."));
  formChanged();
}

void TrainingPanel::formChanged() {
  if (form_->filling()) return;
  saveTimer_->start();
  updateButtons();
}

// ---- state -----------------------------------------------------------------------------------

bool TrainingPanel::busy() const {
  return jobs_->job() != nullptr;
}

bool TrainingPanel::canStart() const {
  return available() && !busy() && dataset_ && datasetKey_ == form_->datasetKey();
}

bool TrainingPanel::canResume() const {
  if (!engine::get() || !canStart()) return false;
  try {
    return engine::get()->hasCheckpoint(config());
  } catch (const std::exception&) {
    return false;
  }
}

QString TrainingPanel::modelPath() const {
  if (report_ && !report_->modelPath.empty() && QFileInfo::exists(q(report_->modelPath)))
    return q(report_->modelPath);
  const QString out = form_->outPath();
  return !out.isEmpty() && QFileInfo(out).isFile() ? out : QString();
}

QString TrainingPanel::trainedTask() const {
  if (report_ && q(report_->modelPath) == modelPath()) return q(report_->config.task);
  return form_->task();
}

QString TrainingPanel::errorText() const {
  return error_->isHidden() ? QString() : error_->text();
}

QString TrainingPanel::summaryText() const {
  return results_->summary()->isHidden() ? QString() : results_->summary()->text();
}

QString TrainingPanel::statusText() const {
  return status_->text();
}

void TrainingPanel::updateButtons() {
  const bool idle = available() && !busy();
  form_->checkButton()->setEnabled(idle);
  start_->setEnabled(canStart());
  resume_->setEnabled(canResume());
  cancel_->setEnabled(busy());
  form_->previewButton()->setEnabled(canStart() && !dataset_->samples.empty());
  useModel_->setEnabled(idle && !modelPath().isEmpty());
  form_->loadConfigButton()->setEnabled(idle);
  start_->setToolTip(canStart() ? tr("Train with these settings") : tr("Check the dataset first"));
}

void TrainingPanel::setBusy(bool on) {
  form_->setEditable(!on);
  progress_->setVisible(on);
  if (on) {
    progress_->setRange(0, 0);
    progress_->setValue(0);
  }
  updateButtons();
  emit busyChanged(on);
}

void TrainingPanel::showError(const QString& message) {
  error_->setText(message);
  error_->setVisible(!message.isEmpty());
  if (!message.isEmpty()) appendLog(message);
}

void TrainingPanel::appendLog(const QString& line) {
  results_->appendLog(line);
}

QStringList TrainingPanel::classNames() const {
  QStringList names;
  const std::vector<std::string>* classes = report_ ? &report_->classes : nullptr;
  if (jobs_->job() && jobs_->job()->data) classes = &jobs_->job()->data->classes;
  if (!classes && dataset_) classes = &dataset_->classes;
  if (classes)
    for (const std::string& c : *classes)
      names << q(c);
  return names;
}

// ---- jobs ------------------------------------------------------------------------------------

void TrainingPanel::runJob(std::shared_ptr<TrainingJob> job) {
  jobs_->setJob(std::move(job));
  showError(QString());
  setBusy(true);
  jobs_->start();
}

void TrainingPanel::cancel() {
  if (!jobs_->job()) return;
  jobs_->cancel();
  status_->setText(tr("Cancelling..."));
  progress_->setFormat(tr("Cancelling..."));
}

void TrainingPanel::onProgress(double fraction, const QString& what) {
  if (!jobs_->job() || jobs_->job()->cancel.load()) return;
  progress_->setRange(0, 100);
  progress_->setValue(static_cast<int>(std::lround(100 * std::clamp(fraction, 0.0, 1.0))));
  progress_->setFormat(QStringLiteral("%p%"));
  status_->setText(what);
}

bool TrainingPanel::checkDataset() {
  if (!available()) {
    showError(tr("Training is not in this build: Osteon was built without LibTorch."));
    emit datasetChecked(false, errorText());
    return false;
  }
  if (busy()) return false;
  auto job = std::make_shared<TrainingJob>();
  job->kind = TrainingJob::Kind::Check;
  job->config = config();
  job->datasetKey = form_->datasetKey();
  const std::string problem = problemOf(job->config);
  if (job->config.data.empty() && job->config.labels.empty()) {
    showError(tr("Choose the dataset first (a folder or a CSV file)."));
    emit datasetChecked(false, errorText());
    return false;
  }
  if (!problem.empty() && problem != "no output model path is given") {
    showError(tr("The settings cannot be used: %1").arg(q(problem)));
    emit datasetChecked(false, errorText());
    return false;
  }
  status_->setText(tr("Checking the dataset..."));
  appendLog(tr("Checking %1").arg(form_->pathText()));
  rememberConfig();
  runJob(job);
  return true;
}

bool TrainingPanel::start(bool resume) {
  auto refuse = [this](const QString& why) {
    showError(why);
    emit trainingFinished(false, why);
    return false;
  };
  if (!available())
    return refuse(tr("Training is not in this build: Osteon was built without LibTorch."));
  if (busy()) return refuse(tr("Training is already running."));
  if (!dataset_ || datasetKey_ != form_->datasetKey())
    return refuse(tr("Check the dataset first."));
  const QStringList bad = form_->unparsableNumbers();
  if (!bad.isEmpty()) return refuse(tr("Not a number: %1").arg(bad.join(QStringLiteral(", "))));
  train::TrainConfig c = config();
  const std::string problem = problemOf(c);
  if (!problem.empty()) return refuse(tr("The settings cannot be used: %1").arg(q(problem)));
  if (resume && !canResume())
    return refuse(tr("Nothing to resume: no checkpoint in %1").arg(reportDirOf(c)));
  c.resume = resume;
  auto job = std::make_shared<TrainingJob>();
  job->kind = TrainingJob::Kind::Train;
  job->config = c;
  job->data = dataset_;
  if (!resume || !results_->hasEpochs()) results_->clearRun();
  report_.reset();
  reportDir_ = reportDirOf(c);
  results_->showRunning();
  appendLog(resume ? tr("Resuming the training from %1").arg(reportDir_)
                   : tr("Training %1 on %2 images of %3 classes")
                         .arg(q(c.architecture))
                         .arg(dataset_->samples.size())
                         .arg(dataset_->classes.size()));
  status_->setText(resume ? tr("Resuming...") : tr("Starting..."));
  rememberConfig();
  runJob(job);
  return true;
}

bool TrainingPanel::previewAugmentation() {
  auto refuse = [this](const QString& why) {
    showError(why);
    emit previewFinished(false, why);
    return false;
  };
  if (!available())
    return refuse(tr("Training is not in this build: Osteon was built without LibTorch."));
  if (busy()) return refuse(tr("Wait for the running job to finish."));
  if (!dataset_ || dataset_->samples.empty()) return refuse(tr("Check the dataset first."));
  auto job = std::make_shared<TrainingJob>();
  job->kind = TrainingJob::Kind::Preview;
  job->config = config();
  job->imagePath = dataset_->samples.front().path;
  status_->setText(tr("Rendering the augmentation preview..."));
  runJob(job);
  return true;
}

bool TrainingPanel::useTrainedModel() {
  const QString path = modelPath();
  if (path.isEmpty()) {
    showError(tr("There is no trained model yet."));
    return false;
  }
  emit useModel(path);
  return true;
}

void TrainingPanel::onJobDone() {
  if (!jobs_->job()) return;
  std::shared_ptr<TrainingJob> job = jobs_->take();
  progress_->setFormat(QStringLiteral("%p%"));
  switch (job->kind) {
    case TrainingJob::Kind::Check: {
      if (job->ok) {
        dataset_ = job->dataset;
        datasetKey_ = job->datasetKey;
        form_->setDatasetStatus(results_->showDataset(*dataset_));
        const QString msg = form_->datasetStatus();
        status_->setText(msg);
        setBusy(false);
        emit datasetChecked(true, msg);
      } else {
        const QString msg = job->cancelled ? tr("Checking the dataset was cancelled.")
                                           : tr("The dataset cannot be used: %1").arg(job->error);
        if (!job->cancelled) {
          dataset_.reset();
          datasetKey_.clear();
          results_->showDatasetError(msg);
          form_->setDatasetStatus(tr("Not usable: see the message above."));
        }
        status_->setText(msg);
        setBusy(false);
        if (!job->cancelled) showError(msg);
        emit datasetChecked(false, msg);
      }
      return;
    }
    case TrainingJob::Kind::Train: {
      if (job->report) {
        report_ = job->report;
        status_->setText(results_->showReport(*report_, reportDir_));
        setBusy(false);
        if (!job->reportError.isEmpty())
          showError(tr("The report could not be written: %1").arg(job->reportError));
        emit trainingFinished(!job->cancelled, results_->summary()->text());
      } else {
        const QString msg = job->cancelled ? tr("Training was cancelled.")
                                           : tr("Training failed: %1").arg(job->error);
        status_->setText(msg);
        setBusy(false);
        if (!job->cancelled) showError(msg);
        emit trainingFinished(false, msg);
      }
      return;
    }
    case TrainingJob::Kind::Preview: {
      if (job->ok) {
        previewImage_ = job->preview;
        const QString msg = tr("Augmentation preview of %1: the first image as the network "
                               "sees it, then random augmentations")
                                .arg(QFileInfo(q(job->imagePath)).fileName());
        results_->showPreview(previewImage_, msg);
        status_->setText(msg);
        setBusy(false);
        emit previewFinished(true, msg);
      } else {
        const QString msg = job->cancelled
                                ? tr("Cancelled.")
                                : tr("The preview could not be rendered: %1").arg(job->error);
        status_->setText(msg);
        setBusy(false);
        if (!job->cancelled) showError(msg);
        emit previewFinished(false, msg);
      }
      return;
    }
  }
}

void TrainingPanel::onEpoch(const train::EpochRecord& e) {
  const std::shared_ptr<TrainingJob> job = jobs_->job();
  if (!job || job->kind != TrainingJob::Kind::Train) return;
  results_->addEpoch(e, classNames(), job->config.folds);
  status_->setText(tr("Fold %1, epoch %2 of %3: validation accuracy %4")
                       .arg(e.fold)
                       .arg(e.epoch)
                       .arg(job->config.epochs)
                       .arg(fixed(e.valAccuracy, 3)));
  emit epochAdded(e.fold, e.epoch);
}

// ---- what the panel shows --------------------------------------------------------------------

QTableWidget* TrainingPanel::classTable() const {
  return results_->classTable();
}

QListWidget* TrainingPanel::problemList() const {
  return results_->problemList();
}

QTableWidget* TrainingPanel::epochTable() const {
  return results_->epochTable();
}

TrainingCurves* TrainingPanel::lossCurves() const {
  return results_->lossCurves();
}

TrainingCurves* TrainingPanel::metricCurves() const {
  return results_->metricCurves();
}

ConfusionMatrixView* TrainingPanel::confusionView() const {
  return results_->confusionView();
}

QPlainTextEdit* TrainingPanel::logView() const {
  return results_->logView();
}

QPushButton* TrainingPanel::checkButton() const {
  return form_->checkButton();
}

}  // namespace ui
}  // namespace osteon
