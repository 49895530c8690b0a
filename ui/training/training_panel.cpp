#include "ui/training/training_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrent>
#include <algorithm>
#include <climits>
#include <cmath>

#include "core/base/error.h"
#include "ui/training/confusion_matrix_view.h"
#include "ui/training/training_curves.h"

namespace osteon {
namespace ui {

struct TrainingPanel::Job {
  enum class Kind { Check, Train, Preview };
  Kind kind = Kind::Check;
  train::TrainConfig config;
  QString datasetKey;
  std::shared_ptr<const train::DatasetReport> data;
  std::string imagePath;
  std::atomic<bool> cancel{false};
  // Outcome.
  bool ok = false, cancelled = false;
  QString error, reportError;
  std::shared_ptr<const train::DatasetReport> dataset;
  std::shared_ptr<const train::TrainReport> report;
  QImage preview;
};

namespace {

QString q(const std::string& s) {
  return QString::fromStdString(s);
}

const char* const kArchitectures[] = {"resnet18",        "resnet34",        "resnet50",
                                      "resnet101",       "efficientnet_b0", "efficientnet_b1",
                                      "efficientnet_b2", "efficientnet_b3", "cnn5"};

// Numbers in line edits are written the C way ("1e-4", "0.2"), whatever the user's locale.
QString numberText(double v) {
  return QLocale::c().toString(v, 'g', 6);
}

bool parseNumber(const QLineEdit* e, double& v) {
  bool ok = false;
  const double d = QLocale::c().toDouble(e->text().trimmed(), &ok);
  if (ok && std::isfinite(d)) v = d;
  return ok && std::isfinite(d);
}

QLineEdit* numberEdit(QWidget* parent) {
  auto* e = new QLineEdit(parent);
  auto* v = new QDoubleValidator(0, 1e9, 12, e);
  v->setNotation(QDoubleValidator::ScientificNotation);
  v->setLocale(QLocale::c());
  e->setValidator(v);
  return e;
}

QSpinBox* intSpin(QWidget* parent, int lo, int hi, const QString& special = QString()) {
  auto* s = new QSpinBox(parent);
  s->setRange(lo, hi);
  if (!special.isEmpty()) s->setSpecialValueText(special);
  return s;
}

QDoubleSpinBox* doubleSpin(QWidget* parent, double lo, double hi, int decimals, double step) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(lo, hi);
  s->setDecimals(decimals);
  s->setSingleStep(step);
  return s;
}

void selectData(QComboBox* c, const QString& value) {
  int i = c->findData(value);
  if (i < 0) {
    c->addItem(value, value);
    i = c->count() - 1;
  }
  c->setCurrentIndex(i);
}

// A section of the form whose body folds away under its title (rarely changed options).
QWidget* section(const QString& title, QWidget* body, bool expanded, QWidget* parent) {
  auto* box = new QWidget(parent);
  auto* v = new QVBoxLayout(box);
  v->setContentsMargins(0, 0, 0, 0);
  v->setSpacing(2);
  auto* head = new QToolButton(box);
  head->setText(title);
  head->setCheckable(true);
  head->setChecked(expanded);
  head->setAutoRaise(true);
  head->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
  head->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
  head->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
  QFont f = head->font();
  f.setBold(true);
  head->setFont(f);
  v->addWidget(head);
  body->setParent(box);
  body->setVisible(expanded);
  v->addWidget(body);
  QObject::connect(head, &QToolButton::toggled, box, [head, body](bool on) {
    head->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    body->setVisible(on);
  });
  return box;
}

QFormLayout* formOn(QWidget* w) {
  auto* f = new QFormLayout(w);
  f->setContentsMargins(8, 0, 0, 4);
  f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
  return f;
}

#ifdef OSTEON_UI_HAVE_TRAIN
QImage toQImage(const image::Image& g) {
  QImage img(g.width(), g.height(), QImage::Format_Grayscale8);
  for (int y = 0; y < g.height(); ++y) {
    uchar* row = img.scanLine(y);
    for (int x = 0; x < g.width(); ++x)
      row[x] = static_cast<uchar>(std::clamp(g.stored(x, y, 0), 0.0, 255.0));
  }
  return img;
}
#endif

QString fixed(double v, int decimals) {
  return std::isfinite(v) ? QString::number(v, 'f', decimals) : QStringLiteral("–");
}

// "0.958" or "0.912 ± 0.031" from the report summary's {"mean", "sd", "folds"}.
QString meanSd(const nlohmann::json& s) {
  if (!s.is_object() || !s.contains("mean") || !s.at("mean").is_number())
    return QStringLiteral("–");
  const double mean = s.at("mean").get<double>();
  const int folds = s.value("folds", 1);
  if (folds <= 1) return QString::number(mean, 'f', 3);
  return QStringLiteral("%1 ± %2").arg(mean, 0, 'f', 3).arg(s.value("sd", 0.0), 0, 'f', 3);
}

// The engine calls that need core/train (absent without LibTorch).
std::string problemOf(const train::TrainConfig& c) {
#ifdef OSTEON_UI_HAVE_TRAIN
  return c.validate();
#else
  (void)c;
  return "training is not in this build";
#endif
}

QString reportDirOf(const train::TrainConfig& c) {
#ifdef OSTEON_UI_HAVE_TRAIN
  return q(c.resolvedReportDir());
#else
  (void)c;
  return QString();
#endif
}

nlohmann::json summaryOf(const train::TrainReport& r) {
#ifdef OSTEON_UI_HAVE_TRAIN
  return r.summary();
#else
  (void)r;
  return nlohmann::json::object();
#endif
}

enum EpochColumn {
  kFold,
  kEpoch,
  kPhase,
  kLr,
  kTrainLoss,
  kTrainAcc,
  kValLoss,
  kValAcc,
  kMacroF1,
  kAuc,
  kSeconds,
  kImagesPerSecond,
  kDataWait,
  kBest,
  kColumns
};

}  // namespace

// ---- construction ----------------------------------------------------------------------------

TrainingPanel::TrainingPanel(QWidget* parent) : QWidget(parent) {
  connect(&watcher_, &QFutureWatcher<void>::finished, this, &TrainingPanel::onJobDone);
  saveTimer_ = new QTimer(this);
  saveTimer_->setSingleShot(true);
  saveTimer_->setInterval(400);
  connect(saveTimer_, &QTimer::timeout, this, &TrainingPanel::rememberConfig);
  buildUi();
  restoreConfig();
  connectForm();
  updateDatasetFields();
  setBusy(false);
  if (!available()) {
    findChild<QScrollArea*>("trainingPage")->setVisible(false);
    unavailable_->setVisible(true);
  }
}

TrainingPanel::~TrainingPanel() {
  if (job_) job_->cancel.store(true);
  watcher_.waitForFinished();
  if (saveTimer_->isActive()) rememberConfig();
}

bool TrainingPanel::available() {
#ifdef OSTEON_UI_HAVE_TRAIN
  return true;
#else
  return false;
#endif
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
  content_ = new QWidget(page);
  page->setWidget(content_);
  auto* columns = new QHBoxLayout(content_);
  columns->setContentsMargins(0, 0, 0, 0);

  // ---- left: the form, in a scroll area -------------------------------------------------------
  auto* scroll = new QScrollArea(content_);
  scroll->setObjectName("trainingForm");
  scroll->setWidgetResizable(true);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  scroll->setMinimumWidth(360);
  scroll->setMaximumWidth(430);
  columns->addWidget(scroll);
  auto* form = new QWidget(scroll);
  scroll->setWidget(form);
  auto* fv = new QVBoxLayout(form);
  fv->setSpacing(4);

  // Dataset.
  auto* dataBody = new QWidget(form);
  auto* df = formOn(dataBody);
  kind_ = new QComboBox(dataBody);
  kind_->setObjectName("trainingKind");
  kind_->addItem(tr("Folder per class"), QStringLiteral("folder"));
  kind_->addItem(tr("CSV of image + label"), QStringLiteral("csv"));
  kind_->addItem(tr("RSNA 2024 folder"), QStringLiteral("rsna"));
  kind_->addItem(tr("RSNA 2024 folder: lumbar level localiser"), QStringLiteral("rsna-localiser"));
  kind_->setToolTip(
      tr("Folder per class: root/<class>/<image>. CSV: a column of image paths and "
         "a label column. RSNA 2024: train_images and the competition CSV files "
         "(crops around every labelled coordinate are trained as 3 classes)."));
  df->addRow(tr("Kind"), kind_);
  auto* pathRow = new QHBoxLayout;
  path_ = new QLineEdit(dataBody);
  path_->setObjectName("trainingPath");
  browse_ = new QPushButton(tr("Browse..."), dataBody);
  pathRow->addWidget(path_, 1);
  pathRow->addWidget(browse_);
  df->addRow(tr("Path"), pathRow);
  imageRootRow_ = new QWidget(dataBody);
  auto* rootRow = new QHBoxLayout(imageRootRow_);
  rootRow->setContentsMargins(0, 0, 0, 0);
  imageRoot_ = new QLineEdit(imageRootRow_);
  imageRoot_->setObjectName("trainingImageRoot");
  imageRoot_->setPlaceholderText(tr("the CSV's folder"));
  auto* browseRoot = new QPushButton(tr("Browse..."), imageRootRow_);
  rootRow->addWidget(imageRoot_, 1);
  rootRow->addWidget(browseRoot);
  imageRootLabel_ = new QLabel(tr("Images folder"), dataBody);
  df->addRow(imageRootLabel_, imageRootRow_);
  labelColumns_ = new QLineEdit(dataBody);
  labelColumns_->setObjectName("trainingLabelColumn");
  labelColumns_->setPlaceholderText(tr("label, class, als_type or diagnosis"));
  labelColumns_->setToolTip(tr("The CSV column with the class of each image"));
  labelColumnsLabel_ = new QLabel(tr("Label column"), dataBody);
  df->addRow(labelColumnsLabel_, labelColumns_);
  check_ = new QPushButton(tr("Check dataset"), dataBody);
  check_->setObjectName("trainingCheck");
  check_->setToolTip(tr("Read every image and label and list what cannot be used"));
  df->addRow(QString(), check_);
  datasetStatus_ = new QLabel(dataBody);
  datasetStatus_->setObjectName("trainingDatasetStatus");
  datasetStatus_->setWordWrap(true);
  datasetStatus_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  df->addRow(QString(), datasetStatus_);
  fv->addWidget(section(tr("Dataset"), dataBody, true, form));

  // Model.
  auto* modelBody = new QWidget(form);
  auto* mf = formOn(modelBody);
  task_ = new QComboBox(modelBody);
  task_->setObjectName("trainingTask");
  task_->addItem(tr("Scoliosis (ALS type)"), QStringLiteral("scoliosis"));
  task_->addItem(tr("Lumbar degeneration (RSNA)"), QStringLiteral("lumbar"));
  task_->addItem(tr("Osteoporosis"), QStringLiteral("osteoporosis"));
  task_->addItem(tr("Classification (any classes)"), QStringLiteral("classification"));
  task_->setToolTip(
      tr("Choosing a task fills the form with its recommended settings; the task is "
         "stored in the model so that the AI panel can use it"));
  mf->addRow(tr("Task"), task_);
  arch_ = new QComboBox(modelBody);
  arch_->setObjectName("trainingArchitecture");
  for (const char* a : kArchitectures)
    arch_->addItem(QString::fromLatin1(a), QString::fromLatin1(a));
  for (const char* a : kArchitectures)
    arch_->addItem(QString::fromLatin1(a) + QStringLiteral("+seed000head"),
                   QString::fromLatin1(a) + QStringLiteral("+seed000head"));
  arch_->setToolTip(tr("+seed000head: the network's features through seed 000's dense head"));
  mf->addRow(tr("Architecture"), arch_);
  auto* sizeRow = new QHBoxLayout;
  width_ = intSpin(modelBody, 16, 2048);
  width_->setObjectName("trainingWidth");
  height_ = intSpin(modelBody, 0, 2048, tr("square"));
  height_->setObjectName("trainingHeight");
  sizeRow->addWidget(width_, 1);
  sizeRow->addWidget(new QLabel(QStringLiteral("×"), modelBody));
  sizeRow->addWidget(height_, 1);
  mf->addRow(tr("Input (w × h)"), sizeRow);
  auto* runRow = new QHBoxLayout;
  epochs_ = intSpin(modelBody, 1, 10000);
  epochs_->setObjectName("trainingEpochs");
  batch_ = intSpin(modelBody, 1, 4096);
  batch_->setObjectName("trainingBatch");
  runRow->addWidget(epochs_, 1);
  runRow->addWidget(new QLabel(tr("batch"), modelBody));
  runRow->addWidget(batch_, 1);
  mf->addRow(tr("Epochs"), runRow);
  fv->addWidget(section(tr("Model"), modelBody, true, form));

  // Optimisation.
  auto* optBody = new QWidget(form);
  auto* of = formOn(optBody);
  optimizer_ = new QComboBox(optBody);
  optimizer_->setObjectName("trainingOptimizer");
  optimizer_->addItem(QStringLiteral("Adam"), QStringLiteral("adam"));
  optimizer_->addItem(QStringLiteral("AdamW"), QStringLiteral("adamw"));
  optimizer_->addItem(QStringLiteral("SGD"), QStringLiteral("sgd"));
  of->addRow(tr("Optimiser"), optimizer_);
  lr_ = numberEdit(optBody);
  lr_->setObjectName("trainingLearningRate");
  of->addRow(tr("Learning rate"), lr_);
  weightDecay_ = numberEdit(optBody);
  of->addRow(tr("Weight decay"), weightDecay_);
  momentum_ = doubleSpin(optBody, 0, 0.999, 3, 0.01);
  momentum_->setToolTip(tr("SGD only"));
  of->addRow(tr("Momentum"), momentum_);
  scheduler_ = new QComboBox(optBody);
  scheduler_->addItem(tr("none"), QStringLiteral("none"));
  scheduler_->addItem(tr("reduce on plateau"), QStringLiteral("plateau"));
  scheduler_->addItem(tr("cosine"), QStringLiteral("cosine"));
  of->addRow(tr("Schedule"), scheduler_);
  auto* plateauRow = new QHBoxLayout;
  plateauFactor_ = doubleSpin(optBody, 0.01, 0.99, 2, 0.05);
  plateauPatience_ = intSpin(optBody, 0, 1000);
  plateauRow->addWidget(plateauFactor_, 1);
  plateauRow->addWidget(new QLabel(tr("patience"), optBody));
  plateauRow->addWidget(plateauPatience_, 1);
  of->addRow(tr("Plateau factor"), plateauRow);
  minLr_ = numberEdit(optBody);
  of->addRow(tr("Minimum rate"), minLr_);
  earlyStop_ = intSpin(optBody, 0, 1000, tr("off"));
  earlyStop_->setToolTip(
      tr("Stop after this many epochs without improvement of the monitored "
         "value"));
  of->addRow(tr("Early stopping"), earlyStop_);
  monitor_ = new QComboBox(optBody);
  monitor_->addItem(tr("validation loss"), QStringLiteral("val_loss"));
  monitor_->addItem(tr("validation accuracy"), QStringLiteral("val_accuracy"));
  monitor_->addItem(tr("macro-F1"), QStringLiteral("macro_f1"));
  monitor_->addItem(tr("ROC AUC"), QStringLiteral("roc_auc"));
  monitor_->setToolTip(tr("Picks the best epoch (the checkpoint kept) and drives the schedule"));
  of->addRow(tr("Monitor"), monitor_);
  fv->addWidget(section(tr("Optimisation"), optBody, false, form));

  // Fine-tuning.
  auto* ftBody = new QWidget(form);
  auto* ff = formOn(ftBody);
  frozen_ = intSpin(ftBody, 0, 10000, tr("none"));
  frozen_->setToolTip(tr("Epochs with only the classifier head trainable"));
  ff->addRow(tr("Frozen epochs"), frozen_);
  unfreeze_ = intSpin(ftBody, 0, 100, tr("all"));
  unfreeze_->setToolTip(tr("Blocks trained after the frozen epochs, counted from the top"));
  ff->addRow(tr("Unfreeze blocks"), unfreeze_);
  finetune_ = doubleSpin(ftBody, 0.001, 1, 3, 0.05);
  finetune_->setToolTip(tr("Learning rate factor after the frozen epochs"));
  ff->addRow(tr("Fine-tune factor"), finetune_);
  fv->addWidget(section(tr("Fine-tuning"), ftBody, false, form));

  // Imbalance.
  auto* imbBody = new QWidget(form);
  auto* imf = formOn(imbBody);
  loss_ = new QComboBox(imbBody);
  loss_->addItem(tr("cross-entropy"), QStringLiteral("cross_entropy"));
  loss_->addItem(tr("focal"), QStringLiteral("focal"));
  imf->addRow(tr("Loss"), loss_);
  focalAlpha_ = new QLineEdit(imbBody);
  focalAlpha_->setPlaceholderText(tr("1 for every class"));
  focalAlpha_->setToolTip(tr("Focal loss weight per class, comma separated (e.g. 0.2, 0.5, 0.7)"));
  imf->addRow(tr("Focal alpha"), focalAlpha_);
  gamma_ = doubleSpin(imbBody, 0, 10, 2, 0.5);
  imf->addRow(tr("Focal gamma"), gamma_);
  classWeights_ = new QCheckBox(tr("Class weights (inverse frequency)"), imbBody);
  imf->addRow(QString(), classWeights_);
  oversample_ = new QCheckBox(tr("Oversample rare classes"), imbBody);
  imf->addRow(QString(), oversample_);
  fv->addWidget(section(tr("Imbalance"), imbBody, false, form));

  // Validation.
  auto* valBody = new QWidget(form);
  auto* vf = formOn(valBody);
  valFraction_ = doubleSpin(valBody, 0.01, 0.99, 2, 0.05);
  valFraction_->setObjectName("trainingValFraction");
  valFraction_->setToolTip(tr("Share of every class held out for validation (without K-fold)"));
  vf->addRow(tr("Validation share"), valFraction_);
  folds_ = intSpin(valBody, 1, 20, tr("no K-fold"));
  folds_->setObjectName("trainingFolds");
  vf->addRow(tr("Folds"), folds_);
  seed_ = intSpin(valBody, 0, INT_MAX);
  vf->addRow(tr("Seed"), seed_);
  fv->addWidget(section(tr("Validation"), valBody, false, form));

  // Augmentation.
  auto* augBody = new QWidget(form);
  auto* af = formOn(augBody);
  augment_ = new QCheckBox(tr("Augment training images"), augBody);
  af->addRow(QString(), augment_);
  rotation_ = doubleSpin(augBody, 0, 180, 1, 1);
  rotation_->setSuffix(QStringLiteral("°"));
  af->addRow(tr("Rotation ±"), rotation_);
  shift_ = doubleSpin(augBody, 0, 0.5, 2, 0.01);
  af->addRow(tr("Shift ±"), shift_);
  zoom_ = doubleSpin(augBody, 0, 0.9, 2, 0.01);
  af->addRow(tr("Zoom ±"), zoom_);
  brightness_ = doubleSpin(augBody, 0, 1, 2, 0.05);
  af->addRow(tr("Brightness ±"), brightness_);
  auto* flips = new QHBoxLayout;
  hflip_ = new QCheckBox(tr("horizontal"), augBody);
  vflip_ = new QCheckBox(tr("vertical"), augBody);
  flips->addWidget(hflip_);
  flips->addWidget(vflip_);
  flips->addStretch(1);
  af->addRow(tr("Flips"), flips);
  auto* elastic = new QHBoxLayout;
  elasticAlpha_ = doubleSpin(augBody, 0, 1000, 1, 5);
  elasticAlpha_->setSpecialValueText(tr("off"));
  elasticSigma_ = doubleSpin(augBody, 0, 100, 1, 1);
  elastic->addWidget(elasticAlpha_, 1);
  elastic->addWidget(new QLabel(QStringLiteral("σ"), augBody));
  elastic->addWidget(elasticSigma_, 1);
  af->addRow(tr("Elastic α"), elastic);
  preview_ = new QPushButton(tr("Preview augmentation"), augBody);
  preview_->setObjectName("trainingPreview");
  preview_->setToolTip(tr("Random augmentations of the dataset's first image (check it first)"));
  af->addRow(QString(), preview_);
  fv->addWidget(section(tr("Augmentation"), augBody, false, form));

  // Output.
  auto* outBody = new QWidget(form);
  auto* outf = formOn(outBody);
  auto* outRow = new QHBoxLayout;
  out_ = new QLineEdit(outBody);
  out_->setObjectName("trainingOut");
  out_->setToolTip(tr("The model package; the report goes into <name>-report next to it"));
  browseOut_ = new QPushButton(tr("Browse..."), outBody);
  outRow->addWidget(out_, 1);
  outRow->addWidget(browseOut_);
  outf->addRow(tr("Model file"), outRow);
  auto* configRow = new QHBoxLayout;
  saveConfig_ = new QPushButton(tr("Save config..."), outBody);
  loadConfig_ = new QPushButton(tr("Load config..."), outBody);
  configRow->addWidget(saveConfig_);
  configRow->addWidget(loadConfig_);
  configRow->addStretch(1);
  outf->addRow(QString(), configRow);
  fv->addWidget(section(tr("Output"), outBody, true, form));
  fv->addStretch(1);

  // ---- right: run controls, curves, confusion, tables -----------------------------------------
  auto* right = new QWidget(content_);
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
  summary_ = new QLabel(right);
  summary_->setObjectName("trainingSummary");
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextBrowserInteraction);
  summary_->setOpenExternalLinks(true);
  summary_->setVisible(false);
  summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  rv->addWidget(summary_);

  auto* split = new QSplitter(Qt::Vertical, right);
  split->setChildrenCollapsible(false);
  rv->addWidget(split, 1);
  auto* charts = new QSplitter(Qt::Horizontal, split);
  charts->setChildrenCollapsible(false);
  lossCurves_ = new TrainingCurves(TrainingCurves::Kind::Loss, charts);
  lossCurves_->setObjectName("trainingLossCurves");
  metricCurves_ = new TrainingCurves(TrainingCurves::Kind::Metrics, charts);
  metricCurves_->setObjectName("trainingMetricCurves");
  confusion_ = new ConfusionMatrixView(charts);
  confusion_->setObjectName("trainingConfusion");
  charts->addWidget(lossCurves_);
  charts->addWidget(metricCurves_);
  charts->addWidget(confusion_);
  charts->setStretchFactor(0, 3);
  charts->setStretchFactor(1, 3);
  charts->setStretchFactor(2, 2);
  charts->setSizes({380, 380, 260});
  split->addWidget(charts);

  tabs_ = new QTabWidget(split);
  tabs_->setObjectName("trainingTabs");
  // Dataset report: class counts, notes, problems.
  auto* dataTab = new QWidget(tabs_);
  auto* dh = new QHBoxLayout(dataTab);
  classTable_ = new QTableWidget(0, 2, dataTab);
  classTable_->setObjectName("trainingClassCounts");
  classTable_->setHorizontalHeaderLabels({tr("Class"), tr("Images")});
  classTable_->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
  classTable_->verticalHeader()->setVisible(false);
  classTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  classTable_->setMaximumWidth(300);
  dh->addWidget(classTable_);
  auto* dv = new QVBoxLayout;
  notes_ = new QLabel(dataTab);
  notes_->setObjectName("trainingNotes");
  notes_->setWordWrap(true);
  notes_->setTextInteractionFlags(Qt::TextSelectableByMouse);
  notes_->setText(tr("Check the dataset to see its classes and problems."));
  notes_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  dv->addWidget(notes_);
  problems_ = new QListWidget(dataTab);
  problems_->setObjectName("trainingProblems");
  problems_->setToolTip(tr("Files and rows that cannot be used, with the reason"));
  dv->addWidget(problems_, 1);
  dh->addLayout(dv, 1);
  tabs_->addTab(dataTab, tr("Dataset"));
  // Per-epoch table.
  epochTable_ = new QTableWidget(0, kColumns, tabs_);
  epochTable_->setObjectName("trainingEpochs");
  epochTable_->setHorizontalHeaderLabels({tr("Fold"), tr("Epoch"), tr("Phase"), tr("Rate"),
                                          tr("Train loss"), tr("Train acc."), tr("Val. loss"),
                                          tr("Val. acc."), tr("Macro-F1"), tr("AUC"), tr("s"),
                                          tr("img/s"), tr("Data wait"), tr("Best")});
  epochTable_->verticalHeader()->setVisible(false);
  epochTable_->setEditTriggers(QAbstractItemView::NoEditTriggers);
  epochTable_->setSelectionBehavior(QAbstractItemView::SelectRows);
  epochTable_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  epochTable_->horizontalHeader()->setStretchLastSection(false);
  tabs_->addTab(epochTable_, tr("Epochs"));
  log_ = new QPlainTextEdit(tabs_);
  log_->setObjectName("trainingLog");
  log_->setReadOnly(true);
  log_->setMaximumBlockCount(5000);
  tabs_->addTab(log_, tr("Log"));
  auto* previewScroll = new QScrollArea(tabs_);
  previewScroll->setWidgetResizable(true);
  previewLabel_ = new QLabel(previewScroll);
  previewLabel_->setObjectName("trainingPreviewImage");
  previewLabel_->setAlignment(Qt::AlignCenter);
  previewLabel_->setText(
      tr("Preview augmentation (in the Augmentation section) shows random "
         "augmentations of the first image here."));
  previewLabel_->setWordWrap(true);
  previewScroll->setWidget(previewLabel_);
  tabs_->addTab(previewScroll, tr("Augmentation preview"));
  split->addWidget(tabs_);
  split->setStretchFactor(0, 1);
  split->setStretchFactor(1, 1);

  // Buttons.
  connect(browse_, &QPushButton::clicked, this, [this] {
    QString p;
    if (kind_->currentData().toString() == QLatin1String("csv"))
      p = QFileDialog::getOpenFileName(this, tr("Choose the labels CSV"), path_->text(),
                                       tr("CSV files (*.csv);;All files (*)"));
    else
      p = QFileDialog::getExistingDirectory(this, tr("Choose the dataset folder"), path_->text());
    if (!p.isEmpty()) path_->setText(p);
  });
  connect(browseRoot, &QPushButton::clicked, this, [this] {
    const QString p =
        QFileDialog::getExistingDirectory(this, tr("Choose the images folder"), imageRoot_->text());
    if (!p.isEmpty()) imageRoot_->setText(p);
  });
  connect(browseOut_, &QPushButton::clicked, this, [this] {
    QString p = QFileDialog::getSaveFileName(this, tr("Model file"), out_->text(),
                                             tr("Osteon models (*.osteon)"));
    if (p.isEmpty()) return;
    if (!p.endsWith(QStringLiteral(".osteon"))) p += QStringLiteral(".osteon");
    outAuto_ = false;
    out_->setText(p);
  });
  connect(saveConfig_, &QPushButton::clicked, this, [this] {
    QString p = QFileDialog::getSaveFileName(this, tr("Save the training configuration"), QString(),
                                             tr("JSON files (*.json)"));
    if (p.isEmpty()) return;
    if (!p.endsWith(QStringLiteral(".json"))) p += QStringLiteral(".json");
    saveConfig(p);
  });
  connect(loadConfig_, &QPushButton::clicked, this, [this] {
    const QString p = QFileDialog::getOpenFileName(this, tr("Load a training configuration"),
                                                   QString(), tr("JSON files (*.json)"));
    if (!p.isEmpty()) loadConfig(p);
  });
  connect(check_, &QPushButton::clicked, this, [this] { checkDataset(); });
  connect(start_, &QPushButton::clicked, this, [this] { start(false); });
  connect(resume_, &QPushButton::clicked, this, [this] { start(true); });
  connect(cancel_, &QPushButton::clicked, this, &TrainingPanel::cancel);
  connect(preview_, &QPushButton::clicked, this, [this] { previewAugmentation(); });
  connect(useModel_, &QPushButton::clicked, this, [this] { useTrainedModel(); });
}

void TrainingPanel::connectForm() {
  QWidget* form = findChild<QScrollArea*>("trainingForm")->widget();
  for (QLineEdit* e : form->findChildren<QLineEdit*>()) {
    if (e->parent() && qobject_cast<QAbstractSpinBox*>(e->parent())) continue;
    connect(e, &QLineEdit::textChanged, this, [this] { formChanged(); });
  }
  for (QComboBox* c : form->findChildren<QComboBox*>())
    connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this] { formChanged(); });
  for (QSpinBox* s : form->findChildren<QSpinBox*>())
    connect(s, QOverload<int>::of(&QSpinBox::valueChanged), this, [this] { formChanged(); });
  for (QDoubleSpinBox* s : form->findChildren<QDoubleSpinBox*>())
    connect(s, QOverload<double>::of(&QDoubleSpinBox::valueChanged), this,
            [this] { formChanged(); });
  for (QCheckBox* b : form->findChildren<QCheckBox*>())
    connect(b, &QCheckBox::toggled, this, [this] { formChanged(); });
  for (QLineEdit* e : {path_, imageRoot_, labelColumns_})
    connect(e, &QLineEdit::textChanged, this, [this] { datasetFieldsChanged(); });
  connect(kind_, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
          [this] { datasetFieldsChanged(); });
  connect(out_, &QLineEdit::textEdited, this, [this] { outAuto_ = out_->text().isEmpty(); });
  connect(task_, QOverload<int>::of(&QComboBox::currentIndexChanged), this, [this] {
    if (!filling_) applyTaskDefaults(task_->currentData().toString());
  });
}

// ---- configuration <-> form ------------------------------------------------------------------

train::TrainConfig TrainingPanel::config() const {
  train::TrainConfig c = base_;
  c.datasetKind = kind_->currentData().toString().toStdString();
  if (c.datasetKind == "csv") {
    c.labels = path_->text().trimmed().toStdString();
    c.data = imageRoot_->text().trimmed().toStdString();
    c.labelColumns.clear();
    for (const QString& s : labelColumns_->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
      if (!s.trimmed().isEmpty()) c.labelColumns.push_back(s.trimmed().toStdString());
  } else {
    c.data = path_->text().trimmed().toStdString();
    c.labels.clear();
    c.labelColumns.clear();
  }
  c.task = task_->currentData().toString().toStdString();
  c.architecture = arch_->currentData().toString().toStdString();
  c.inputWidth = width_->value();
  c.inputHeight = height_->value();
  c.epochs = epochs_->value();
  c.batchSize = batch_->value();
  c.optimizer = optimizer_->currentData().toString().toStdString();
  parseNumber(lr_, c.learningRate);
  parseNumber(weightDecay_, c.weightDecay);
  c.momentum = momentum_->value();
  c.scheduler = scheduler_->currentData().toString().toStdString();
  c.plateauFactor = plateauFactor_->value();
  c.plateauPatience = plateauPatience_->value();
  parseNumber(minLr_, c.minLearningRate);
  c.earlyStoppingPatience = earlyStop_->value();
  c.monitor = monitor_->currentData().toString().toStdString();
  c.frozenEpochs = frozen_->value();
  c.unfreezeBlocks = unfreeze_->value();
  c.finetuneLrFactor = finetune_->value();
  c.loss = loss_->currentData().toString().toStdString();
  c.focalGamma = gamma_->value();
  c.focalAlpha.clear();
  for (const QString& s : focalAlpha_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    bool ok = false;
    const double a = QLocale::c().toDouble(s.trimmed(), &ok);
    c.focalAlpha.push_back(ok ? a : -1);  // validate() names a bad value
  }
  c.classWeights = classWeights_->isChecked();
  c.oversample = oversample_->isChecked();
  c.validationFraction = valFraction_->value();
  c.folds = folds_->value();
  c.seed = static_cast<unsigned>(seed_->value());
  c.augment.enabled = augment_->isChecked();
  c.augment.rotationDegrees = rotation_->value();
  c.augment.shift = shift_->value();
  c.augment.zoom = zoom_->value();
  c.augment.brightness = brightness_->value();
  c.augment.horizontalFlip = hflip_->isChecked();
  c.augment.verticalFlip = vflip_->isChecked();
  c.augment.elasticAlpha = elasticAlpha_->value();
  c.augment.elasticSigma = elasticSigma_->value();
  c.out = out_->text().trimmed().toStdString();
  c.resume = false;
  return c;
}

void TrainingPanel::fillForm(const train::TrainConfig& c) {
  filling_ = true;
  selectData(kind_, q(c.datasetKind));
  if (c.datasetKind == "csv") {
    path_->setText(q(c.labels));
    imageRoot_->setText(q(c.data));
  } else {
    path_->setText(q(c.data));
    imageRoot_->clear();
  }
  QStringList cols;
  for (const std::string& s : c.labelColumns)
    cols << q(s);
  labelColumns_->setText(cols.join(QStringLiteral(", ")));
  selectData(task_, q(c.task));
  selectData(arch_, q(c.architecture));
  width_->setValue(c.inputWidth);
  height_->setValue(c.inputHeight);
  epochs_->setValue(c.epochs);
  batch_->setValue(c.batchSize);
  selectData(optimizer_, q(c.optimizer));
  lr_->setText(numberText(c.learningRate));
  weightDecay_->setText(numberText(c.weightDecay));
  momentum_->setValue(c.momentum);
  selectData(scheduler_, q(c.scheduler));
  plateauFactor_->setValue(c.plateauFactor);
  plateauPatience_->setValue(c.plateauPatience);
  minLr_->setText(numberText(c.minLearningRate));
  earlyStop_->setValue(c.earlyStoppingPatience);
  selectData(monitor_, q(c.monitor));
  frozen_->setValue(c.frozenEpochs);
  unfreeze_->setValue(c.unfreezeBlocks);
  finetune_->setValue(c.finetuneLrFactor);
  selectData(loss_, q(c.loss));
  QStringList alpha;
  for (double a : c.focalAlpha)
    alpha << numberText(a);
  focalAlpha_->setText(alpha.join(QStringLiteral(", ")));
  gamma_->setValue(c.focalGamma);
  classWeights_->setChecked(c.classWeights);
  oversample_->setChecked(c.oversample);
  valFraction_->setValue(c.validationFraction);
  folds_->setValue(c.folds);
  seed_->setValue(static_cast<int>(std::min<unsigned>(c.seed, INT_MAX)));
  augment_->setChecked(c.augment.enabled);
  rotation_->setValue(c.augment.rotationDegrees);
  shift_->setValue(c.augment.shift);
  zoom_->setValue(c.augment.zoom);
  brightness_->setValue(c.augment.brightness);
  hflip_->setChecked(c.augment.horizontalFlip);
  vflip_->setChecked(c.augment.verticalFlip);
  elasticAlpha_->setValue(c.augment.elasticAlpha);
  elasticSigma_->setValue(c.augment.elasticSigma);
  out_->setText(q(c.out));
  filling_ = false;
}

void TrainingPanel::setConfig(const train::TrainConfig& c) {
  base_ = c;
  base_.resume = false;
  fillForm(base_);
  outAuto_ = c.out.empty();
  datasetFieldsChanged();
}

void TrainingPanel::applyTaskDefaults(const QString& task) {
#ifdef OSTEON_UI_HAVE_TRAIN
  const train::TrainConfig now = config();
  train::TrainConfig d = train::TrainConfig::defaultsFor(task.toStdString());
  if (!now.data.empty() || !now.labels.empty()) {
    d.datasetKind = now.datasetKind;
    d.data = now.data;
    d.labels = now.labels;
    d.labelColumns = now.labelColumns;
  }
  d.out = now.out;
  d.reportDir = base_.reportDir;
  const bool keepAuto = outAuto_;
  base_ = d;
  fillForm(d);
  outAuto_ = keepAuto;
  datasetFieldsChanged();
#else
  (void)task;
#endif
}

bool TrainingPanel::saveConfig(const QString& path) {
#ifdef OSTEON_UI_HAVE_TRAIN
  try {
    config().save(path.toStdString());
    appendLog(tr("Configuration saved to %1").arg(path));
    rememberConfig();
    return true;
  } catch (const std::exception& e) {
    showError(tr("The configuration could not be saved: %1").arg(q(e.what())));
    return false;
  }
#else
  (void)path;
  return false;
#endif
}

bool TrainingPanel::loadConfig(const QString& path) {
#ifdef OSTEON_UI_HAVE_TRAIN
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
#else
  (void)path;
  return false;
#endif
}

void TrainingPanel::rememberConfig() {
#ifdef OSTEON_UI_HAVE_TRAIN
  QSettings s;
  s.setValue("training/config", q(config().toJson().dump()));
  s.setValue("training/outAuto", outAuto_);
#endif
}

void TrainingPanel::restoreConfig() {
#ifdef OSTEON_UI_HAVE_TRAIN
  QSettings s;
  train::TrainConfig c = train::TrainConfig::defaultsFor("classification");
  const QString text = s.value("training/config").toString();
  bool restored = false;
  if (!text.isEmpty()) {
    try {
      c = train::TrainConfig::fromJson(nlohmann::json::parse(text.toStdString()));
      restored = true;
    } catch (const std::exception&) {
      c = train::TrainConfig::defaultsFor("classification");
    }
  }
  base_ = c;
  fillForm(c);
  outAuto_ = restored ? s.value("training/outAuto", c.out.empty()).toBool() : true;
  if (outAuto_) out_->setText(defaultOutPath());
#endif
}

QString TrainingPanel::defaultOutPath() const {
  QString data = path_->text().trimmed();
  while (data.size() > 1 && (data.endsWith(QLatin1Char('/')) || data.endsWith(QLatin1Char('\\'))))
    data.chop(1);
  if (!data.isEmpty()) {
    const QFileInfo f(data);
    const QString stem = kind_->currentData().toString() == QLatin1String("csv")
                             ? f.completeBaseName()
                             : f.fileName();
    return QDir(f.absolutePath()).filePath(stem + QStringLiteral("-model.osteon"));
  }
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
      .filePath(QStringLiteral("models/") + task_->currentData().toString() +
                QStringLiteral("-model.osteon"));
}

QString TrainingPanel::datasetKey() const {
  return kind_->currentData().toString() + QLatin1Char('|') + path_->text().trimmed() +
         QLatin1Char('|') + imageRoot_->text().trimmed() + QLatin1Char('|') +
         labelColumns_->text().trimmed();
}

void TrainingPanel::updateDatasetFields() {
  const bool csv = kind_->currentData().toString() == QLatin1String("csv");
  imageRootLabel_->setVisible(csv);
  imageRootRow_->setVisible(csv);
  labelColumnsLabel_->setVisible(csv);
  labelColumns_->setVisible(csv);
  path_->setPlaceholderText(csv ? tr("labels CSV (image path + label)") : tr("dataset folder"));
}

void TrainingPanel::datasetFieldsChanged() {
  if (filling_) return;
  updateDatasetFields();
  if (outAuto_) {
    filling_ = true;
    out_->setText(defaultOutPath());
    filling_ = false;
  }
  if (dataset_ && datasetKey_ != datasetKey())
    datasetStatus_->setText(tr("The dataset changed since the check: check it again."));
  else if (!dataset_)
    datasetStatus_->setText(tr("Not checked yet."));
  formChanged();
}

void TrainingPanel::formChanged() {
  if (filling_) return;
  saveTimer_->start();
  updateButtons();
}

// ---- state -----------------------------------------------------------------------------------

bool TrainingPanel::busy() const {
  return job_ != nullptr;
}

bool TrainingPanel::canStart() const {
  return available() && !busy() && dataset_ && datasetKey_ == datasetKey();
}

bool TrainingPanel::canResume() const {
#ifdef OSTEON_UI_HAVE_TRAIN
  if (!canStart()) return false;
  try {
    return train::hasCheckpoint(config());
  } catch (const std::exception&) {
    return false;
  }
#else
  return false;
#endif
}

QString TrainingPanel::modelPath() const {
  if (report_ && !report_->modelPath.empty() && QFileInfo::exists(q(report_->modelPath)))
    return q(report_->modelPath);
  const QString out = out_->text().trimmed();
  return !out.isEmpty() && QFileInfo(out).isFile() ? out : QString();
}

QString TrainingPanel::trainedTask() const {
  if (report_ && q(report_->modelPath) == modelPath()) return q(report_->config.task);
  return task_->currentData().toString();
}

QString TrainingPanel::errorText() const {
  return error_->isHidden() ? QString() : error_->text();
}

QString TrainingPanel::summaryText() const {
  return summary_->isHidden() ? QString() : summary_->text();
}

QString TrainingPanel::statusText() const {
  return status_->text();
}

void TrainingPanel::updateButtons() {
  const bool idle = available() && !busy();
  check_->setEnabled(idle);
  start_->setEnabled(canStart());
  resume_->setEnabled(canResume());
  cancel_->setEnabled(busy());
  preview_->setEnabled(canStart() && !dataset_->samples.empty());
  useModel_->setEnabled(idle && !modelPath().isEmpty());
  loadConfig_->setEnabled(idle);
  start_->setToolTip(canStart() ? tr("Train with these settings") : tr("Check the dataset first"));
}

void TrainingPanel::setBusy(bool on) {
  // The settings stay readable but cannot change while a job runs.
  for (QWidget* w : findChild<QScrollArea*>("trainingForm")
                        ->widget()
                        ->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
    w->setEnabled(!on);
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
  log_->appendPlainText(line);
}

QStringList TrainingPanel::classNames() const {
  QStringList names;
  const std::vector<std::string>* classes = report_ ? &report_->classes : nullptr;
  if (job_ && job_->data) classes = &job_->data->classes;
  if (!classes && dataset_) classes = &dataset_->classes;
  if (classes)
    for (const std::string& c : *classes)
      names << q(c);
  return names;
}

// ---- jobs ------------------------------------------------------------------------------------

void TrainingPanel::runJob(std::shared_ptr<Job> job) {
  job_ = job;
  showError(QString());
  setBusy(true);
#ifdef OSTEON_UI_HAVE_TRAIN
  watcher_.setFuture(QtConcurrent::run([this, job] {
    const Progress progress(
        [this](double fraction, const std::string& what) {
          QMetaObject::invokeMethod(
              this, [this, fraction, w = q(what)] { onProgress(fraction, w); },
              Qt::QueuedConnection);
        },
        &job->cancel);
    try {
      switch (job->kind) {
        case Job::Kind::Check:
          job->dataset = std::make_shared<const train::DatasetReport>(
              train::loadDataset(job->config, progress));
          break;
        case Job::Kind::Train: {
          train::TrainCallbacks callbacks;
          callbacks.onEpoch = [this](const train::EpochRecord& e) {
            QMetaObject::invokeMethod(
                this, [this, e] { onEpoch(e); }, Qt::QueuedConnection);
          };
          callbacks.onLog = [this](const std::string& line) {
            QMetaObject::invokeMethod(
                this, [this, l = q(line)] { appendLog(l); }, Qt::QueuedConnection);
          };
          auto report = std::make_shared<train::TrainReport>(
              train::train(job->config, *job->data, callbacks, progress));
          job->cancelled = report->cancelled;
          try {
            report->write(job->config.resolvedReportDir());
          } catch (const std::exception& e) {
            job->reportError = q(e.what());
          }
          job->report = report;
          break;
        }
        case Job::Kind::Preview:
          job->preview = toQImage(
              train::augmentationPreview(job->imagePath, job->config, 8, job->config.seed));
          break;
      }
      job->ok = true;
    } catch (const Cancelled&) {
      job->cancelled = true;
    } catch (const std::exception& e) {
      job->error = q(e.what());
    } catch (...) {
      job->error = QStringLiteral("unknown error");
    }
  }));
#endif
}

void TrainingPanel::cancel() {
  if (!job_) return;
  job_->cancel.store(true);
  status_->setText(tr("Cancelling..."));
  progress_->setFormat(tr("Cancelling..."));
}

void TrainingPanel::onProgress(double fraction, const QString& what) {
  if (!job_ || job_->cancel.load()) return;
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
  auto job = std::make_shared<Job>();
  job->kind = Job::Kind::Check;
  job->config = config();
  job->datasetKey = datasetKey();
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
  appendLog(tr("Checking %1").arg(path_->text()));
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
  if (!dataset_ || datasetKey_ != datasetKey()) return refuse(tr("Check the dataset first."));
  QStringList bad;
  double unused = 0;
  if (!parseNumber(lr_, unused)) bad << tr("learning rate");
  if (!parseNumber(weightDecay_, unused)) bad << tr("weight decay");
  if (!parseNumber(minLr_, unused)) bad << tr("minimum rate");
  if (!bad.isEmpty()) return refuse(tr("Not a number: %1").arg(bad.join(QStringLiteral(", "))));
  train::TrainConfig c = config();
  const std::string problem = problemOf(c);
  if (!problem.empty()) return refuse(tr("The settings cannot be used: %1").arg(q(problem)));
  if (resume && !canResume())
    return refuse(tr("Nothing to resume: no checkpoint in %1").arg(reportDirOf(c)));
  c.resume = resume;
  auto job = std::make_shared<Job>();
  job->kind = Job::Kind::Train;
  job->config = c;
  job->data = dataset_;
  if (!resume || records_.empty()) clearRun();
  report_.reset();
  reportDir_ = reportDirOf(c);
  summary_->setVisible(false);
  tabs_->setCurrentIndex(1);
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
  auto job = std::make_shared<Job>();
  job->kind = Job::Kind::Preview;
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
  std::shared_ptr<Job> job = job_;
  if (!job) return;
  job_.reset();
  progress_->setFormat(QStringLiteral("%p%"));
  switch (job->kind) {
    case Job::Kind::Check: {
      if (job->ok) {
        dataset_ = job->dataset;
        datasetKey_ = job->datasetKey;
        showDataset();
        const QString msg = datasetStatus_->text();
        status_->setText(msg);
        setBusy(false);
        emit datasetChecked(true, msg);
      } else {
        const QString msg = job->cancelled ? tr("Checking the dataset was cancelled.")
                                           : tr("The dataset cannot be used: %1").arg(job->error);
        if (!job->cancelled) {
          dataset_.reset();
          datasetKey_.clear();
          classTable_->setRowCount(0);
          problems_->clear();
          notes_->setText(msg);
          datasetStatus_->setText(tr("Not usable: see the message above."));
        }
        status_->setText(msg);
        setBusy(false);
        if (!job->cancelled) showError(msg);
        emit datasetChecked(false, msg);
      }
      return;
    }
    case Job::Kind::Train: {
      if (job->report) {
        report_ = job->report;
        showReport();
        setBusy(false);
        if (!job->reportError.isEmpty())
          showError(tr("The report could not be written: %1").arg(job->reportError));
        emit trainingFinished(!job->cancelled, summary_->text());
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
    case Job::Kind::Preview: {
      if (job->ok) {
        previewImage_ = job->preview;
        const int scale = std::clamp(std::min(640 / std::max(1, previewImage_.width()),
                                              300 / std::max(1, previewImage_.height())),
                                     1, 4);
        previewLabel_->setWordWrap(false);
        previewLabel_->setPixmap(QPixmap::fromImage(
            previewImage_.scaled(previewImage_.width() * scale, previewImage_.height() * scale,
                                 Qt::KeepAspectRatio, Qt::FastTransformation)));
        tabs_->setCurrentIndex(3);
        const QString msg = tr("Augmentation preview of %1: the first image as the network "
                               "sees it, then random augmentations")
                                .arg(QFileInfo(q(job->imagePath)).fileName());
        previewLabel_->setToolTip(msg);
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

// ---- results ---------------------------------------------------------------------------------

void TrainingPanel::showDataset() {
  const train::DatasetReport& d = *dataset_;
  classTable_->setRowCount(static_cast<int>(d.classes.size()));
  int total = 0;
  for (std::size_t i = 0; i < d.classes.size(); ++i) {
    const int n = i < d.counts.size() ? d.counts[i] : 0;
    total += n;
    classTable_->setItem(static_cast<int>(i), 0, new QTableWidgetItem(q(d.classes[i])));
    auto* count = new QTableWidgetItem(QString::number(n));
    count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    classTable_->setItem(static_cast<int>(i), 1, count);
  }
  problems_->clear();
  for (const std::string& p : d.problems)
    problems_->addItem(q(p));
  QStringList notes;
  notes << tr("%1 dataset: %2 readable images in %3 classes, %4 problem(s).")
               .arg(q(d.kind))
               .arg(d.samples.size())
               .arg(d.classes.size())
               .arg(d.problems.size());
  if (d.multiOutput())
    notes << tr("Several label columns: training takes one (name it in Label column).");
  for (const std::string& n : d.notes)
    notes << q(n);
  notes_->setText(notes.join(QLatin1Char('\n')));
  datasetStatus_->setText(
      tr("%n class(es), %1 images, %2 problem(s)", nullptr, static_cast<int>(d.classes.size()))
          .arg(d.samples.size())
          .arg(d.problems.size()));
  tabs_->setCurrentIndex(0);
  appendLog(notes.front());
}

void TrainingPanel::clearRun() {
  records_.clear();
  epochTable_->setRowCount(0);
  lossCurves_->clear();
  metricCurves_->clear();
  confusion_->clear();
  summary_->clear();
  summary_->setVisible(false);
}

void TrainingPanel::addEpochRow(const train::EpochRecord& e) {
  const int row = epochTable_->rowCount();
  epochTable_->insertRow(row);
  const QString cells[kColumns] = {QString::number(e.fold),
                                   QString::number(e.epoch),
                                   QString::number(e.phase),
                                   QString::number(e.learningRate, 'g', 3),
                                   fixed(e.trainLoss, 4),
                                   fixed(e.trainAccuracy, 3),
                                   fixed(e.valLoss, 4),
                                   fixed(e.valAccuracy, 3),
                                   fixed(e.valMacroF1, 3),
                                   fixed(e.valRocAuc, 3),
                                   fixed(e.seconds, 1),
                                   fixed(e.imagesPerSecond, 1),
                                   fixed(100 * e.dataWaitFraction, 0) + QLatin1Char('%'),
                                   QString()};
  for (int c = 0; c < kColumns; ++c) {
    auto* item = new QTableWidgetItem(cells[c]);
    item->setTextAlignment((c == kBest ? Qt::AlignCenter : Qt::AlignRight) | Qt::AlignVCenter);
    epochTable_->setItem(row, c, item);
  }
  lossCurves_->addPoint(e.fold, e.epoch, {e.trainLoss, e.valLoss});
  metricCurves_->addPoint(e.fold, e.epoch, {e.trainAccuracy, e.valAccuracy, e.valMacroF1});
}

void TrainingPanel::markBest(int fold, int epoch) {
  for (int r = 0; r < epochTable_->rowCount(); ++r) {
    if (epochTable_->item(r, kFold)->text().toInt() != fold) continue;
    const bool best = epochTable_->item(r, kEpoch)->text().toInt() == epoch;
    epochTable_->item(r, kBest)->setText(best ? QStringLiteral("★") : QString());
    for (int c = 0; c < kColumns; ++c) {
      QFont f = epochTable_->item(r, c)->font();
      f.setBold(best);
      epochTable_->item(r, c)->setFont(f);
    }
  }
  lossCurves_->setBest(fold, epoch);
  metricCurves_->setBest(fold, epoch);
}

void TrainingPanel::onEpoch(const train::EpochRecord& e) {
  if (!job_ || job_->kind != Job::Kind::Train) return;
  // A resumed run repeats nothing, but a row for the same fold and epoch is replaced.
  for (int r = 0; r < epochTable_->rowCount(); ++r)
    if (epochTable_->item(r, kFold)->text().toInt() == e.fold &&
        epochTable_->item(r, kEpoch)->text().toInt() >= e.epoch) {
      epochTable_->setRowCount(r);
      records_.resize(std::min(records_.size(), static_cast<std::size_t>(r)));
      break;
    }
  records_.push_back(e);
  addEpochRow(e);
  if (e.best) markBest(e.fold, e.epoch);
  const int folds = job_->config.folds;
  confusion_->setMatrix(
      classNames(), e.confusion,
      folds > 1 ? tr("fold %1, epoch %2").arg(e.fold).arg(e.epoch) : tr("epoch %1").arg(e.epoch));
  epochTable_->scrollToBottom();
  status_->setText(tr("Fold %1, epoch %2 of %3: validation accuracy %4")
                       .arg(e.fold)
                       .arg(e.epoch)
                       .arg(job_->config.epochs)
                       .arg(fixed(e.valAccuracy, 3)));
  emit epochAdded(e.fold, e.epoch);
}

void TrainingPanel::showReport() {
  const train::TrainReport& r = *report_;
  // The report is the whole story (a resumed run includes the epochs before the interruption).
  clearRun();
  for (const train::FoldResult& f : r.folds) {
    for (const train::EpochRecord& e : f.epochs) {
      records_.push_back(e);
      addEpochRow(e);
    }
    if (f.bestEpoch > 0) markBest(f.fold, f.bestEpoch);
  }
  QStringList classes;
  for (const std::string& c : r.classes)
    classes << q(c);
  for (const train::FoldResult& f : r.folds)
    if (f.fold == r.bestFold && f.bestEpoch > 0) {
      std::vector<std::vector<int>> m = f.best.confusion;
      if (m.empty())
        for (const train::EpochRecord& e : f.epochs)
          if (e.epoch == f.bestEpoch) m = e.confusion;
      confusion_->setMatrix(classes, m,
                            r.folds.size() > 1
                                ? tr("fold %1, best epoch %2").arg(f.fold).arg(f.bestEpoch)
                                : tr("best epoch %1").arg(f.bestEpoch));
    }
  if (!records_.empty()) epochTable_->scrollToBottom();

  QStringList lines;
  int epochs = 0;
  for (const train::FoldResult& f : r.folds)
    epochs += static_cast<int>(f.epochs.size());
  if (r.cancelled) {
    lines << tr("Cancelled after %n finished epoch(s); Resume continues from there.", nullptr,
                epochs);
    status_->setText(tr("Cancelled."));
  } else {
    status_->setText(tr("Finished in %1 s.").arg(r.seconds, 0, 'f', 0));
  }
  if (epochs > 0) {
    const nlohmann::json s = summaryOf(r);
    const int folds = s.contains("accuracy") ? s.at("accuracy").value("folds", 0) : 0;
    QString metrics = tr("Accuracy %1, macro-F1 %2, ROC AUC %3")
                          .arg(meanSd(s.value("accuracy", nlohmann::json())),
                               meanSd(s.value("macro_f1", nlohmann::json())),
                               meanSd(s.value("roc_auc", nlohmann::json())));
    if (folds > 1)
      metrics += QLatin1Char(' ') + tr("(mean ± sd over %1 folds)").arg(folds);
    else
      metrics += QLatin1Char(' ') + tr("(validation, best epoch)");
    lines << QStringLiteral("<b>") + metrics.toHtmlEscaped() + QStringLiteral("</b>");
  }
  if (!r.modelPath.empty()) lines << tr("Model: %1").arg(q(r.modelPath).toHtmlEscaped());
  lines << tr("Report folder: %1")
               .arg(QStringLiteral("<a style=\"color: #4a9cf0\" href=\"%1\">%2</a>")
                        .arg(QUrl::fromLocalFile(reportDir_).toString(),
                             reportDir_.toHtmlEscaped()));
  summary_->setText(lines.join(QStringLiteral("<br>")));
  summary_->setVisible(true);
  appendLog(tr("Report written to %1").arg(reportDir_));
}

}  // namespace ui
}  // namespace osteon
