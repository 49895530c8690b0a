// The Training tab's settings column: building the form, TrainConfig <-> form, the defaults per
// task, QSettings, and which settings are not numbers.
#include "ui/training/training_form.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDoubleValidator>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>
#include <cmath>
#include <stdexcept>
#include <string>

#include "core/train/train_settings.h"
#include "ui/training/training_internal.h"

namespace osteon {
namespace ui {

using training_detail::q;

namespace {

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

}  // namespace

TrainingForm::TrainingForm(QScrollArea* scroll, QWidget* dialogParent)
    : QWidget(scroll), dialogParent_(dialogParent) {
  scroll->setWidget(this);
  build();
}

void TrainingForm::build() {
  auto* fv = new QVBoxLayout(this);
  fv->setSpacing(4);

  // Widgets of the scalar settings (core/train/train_settings.h): their ranges and tooltips come
  // from the table, and config() <-> form goes through it. The row labels stay the form's own.
  const auto setting = [](const char* path) -> const train::TrainSetting& {
    const train::TrainSetting* s = train::findTrainSetting(path);
    if (!s) throw std::logic_error(std::string("no training setting ") + path);
    return *s;
  };
  const auto bind = [this](const train::TrainSetting& s, QWidget* w) {
    QString where = QString::fromLatin1(s.path().c_str());
    if (*s.flag) where += QStringLiteral(", osteon-cli train ") + QString::fromLatin1(s.flag);
    QString tip = QCoreApplication::translate("osteon::train::TrainSetting", s.help);
    if (s.type != train::SettingType::Bool)
      tip += QLatin1Char('\n') + tr("Range %1 (%2)").arg(q(s.rangeText()), where);
    w->setToolTip(tip);
    bindings_.push_back({&s, w});
  };
  const auto intSetting = [&](QWidget* parent, const char* path,
                              const QString& special = QString()) {
    const train::TrainSetting& s = setting(path);
    const double lo = s.minExclusive ? s.min + 1 : s.min;
    const double hi = std::min<double>(s.formMax - (s.maxExclusive ? 1 : 0), INT_MAX);
    QSpinBox* w = intSpin(parent, static_cast<int>(std::max<double>(lo, INT_MIN)),
                          static_cast<int>(hi), special);
    bind(s, w);
    return w;
  };
  const auto doubleSetting = [&](QWidget* parent, const char* path, int decimals, double step) {
    const train::TrainSetting& s = setting(path);
    const double unit = std::pow(10.0, -decimals);  // an exclusive bound: the next shown value
    QDoubleSpinBox* w = doubleSpin(parent, s.min + (s.minExclusive ? unit : 0),
                                   s.formMax - (s.maxExclusive ? unit : 0), decimals, step);
    bind(s, w);
    return w;
  };
  const auto numberSetting = [&](QWidget* parent, const char* path) {
    QLineEdit* e = numberEdit(parent);
    bind(setting(path), e);
    return e;
  };
  const auto boolSetting = [&](QWidget* parent, const char* path, const QString& text) {
    auto* b = new QCheckBox(text, parent);
    bind(setting(path), b);
    return b;
  };

  // Dataset.
  auto* dataBody = new QWidget(this);
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
  fv->addWidget(section(tr("Dataset"), dataBody, true, this));

  // Model.
  auto* modelBody = new QWidget(this);
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
  width_ = intSetting(modelBody, "input_width");
  width_->setObjectName("trainingWidth");
  height_ = intSetting(modelBody, "input_height", tr("square"));
  height_->setObjectName("trainingHeight");
  sizeRow->addWidget(width_, 1);
  sizeRow->addWidget(new QLabel(QStringLiteral("×"), modelBody));
  sizeRow->addWidget(height_, 1);
  mf->addRow(tr("Input (w × h)"), sizeRow);
  auto* runRow = new QHBoxLayout;
  epochs_ = intSetting(modelBody, "epochs");
  epochs_->setObjectName("trainingEpochs");
  batch_ = intSetting(modelBody, "batch_size");
  batch_->setObjectName("trainingBatch");
  runRow->addWidget(epochs_, 1);
  runRow->addWidget(new QLabel(tr("batch"), modelBody));
  runRow->addWidget(batch_, 1);
  mf->addRow(tr("Epochs"), runRow);
  fv->addWidget(section(tr("Model"), modelBody, true, this));

  // Optimisation.
  auto* optBody = new QWidget(this);
  auto* of = formOn(optBody);
  optimizer_ = new QComboBox(optBody);
  optimizer_->setObjectName("trainingOptimizer");
  optimizer_->addItem(QStringLiteral("Adam"), QStringLiteral("adam"));
  optimizer_->addItem(QStringLiteral("AdamW"), QStringLiteral("adamw"));
  optimizer_->addItem(QStringLiteral("SGD"), QStringLiteral("sgd"));
  of->addRow(tr("Optimiser"), optimizer_);
  lr_ = numberSetting(optBody, "learning_rate");
  lr_->setObjectName("trainingLearningRate");
  of->addRow(tr("Learning rate"), lr_);
  weightDecay_ = numberSetting(optBody, "weight_decay");
  of->addRow(tr("Weight decay"), weightDecay_);
  momentum_ = doubleSetting(optBody, "momentum", 3, 0.01);
  of->addRow(tr("Momentum"), momentum_);
  scheduler_ = new QComboBox(optBody);
  scheduler_->addItem(tr("none"), QStringLiteral("none"));
  scheduler_->addItem(tr("reduce on plateau"), QStringLiteral("plateau"));
  scheduler_->addItem(tr("cosine"), QStringLiteral("cosine"));
  of->addRow(tr("Schedule"), scheduler_);
  auto* plateauRow = new QHBoxLayout;
  plateauFactor_ = doubleSetting(optBody, "plateau_factor", 2, 0.05);
  plateauPatience_ = intSetting(optBody, "plateau_patience");
  plateauRow->addWidget(plateauFactor_, 1);
  plateauRow->addWidget(new QLabel(tr("patience"), optBody));
  plateauRow->addWidget(plateauPatience_, 1);
  of->addRow(tr("Plateau factor"), plateauRow);
  minLr_ = numberSetting(optBody, "min_learning_rate");
  of->addRow(tr("Minimum rate"), minLr_);
  earlyStop_ = intSetting(optBody, "early_stopping_patience", tr("off"));
  of->addRow(tr("Early stopping"), earlyStop_);
  monitor_ = new QComboBox(optBody);
  monitor_->addItem(tr("validation loss"), QStringLiteral("val_loss"));
  monitor_->addItem(tr("validation accuracy"), QStringLiteral("val_accuracy"));
  monitor_->addItem(tr("macro-F1"), QStringLiteral("macro_f1"));
  monitor_->addItem(tr("ROC AUC"), QStringLiteral("roc_auc"));
  monitor_->setToolTip(tr("Picks the best epoch (the checkpoint kept) and drives the schedule"));
  of->addRow(tr("Monitor"), monitor_);
  fv->addWidget(section(tr("Optimisation"), optBody, false, this));

  // Fine-tuning.
  auto* ftBody = new QWidget(this);
  auto* ff = formOn(ftBody);
  frozen_ = intSetting(ftBody, "frozen_epochs", tr("none"));
  ff->addRow(tr("Frozen epochs"), frozen_);
  unfreeze_ = intSetting(ftBody, "unfreeze_blocks", tr("all"));
  ff->addRow(tr("Unfreeze blocks"), unfreeze_);
  finetune_ = doubleSetting(ftBody, "finetune_lr_factor", 3, 0.05);
  ff->addRow(tr("Fine-tune factor"), finetune_);
  fv->addWidget(section(tr("Fine-tuning"), ftBody, false, this));

  // Imbalance.
  auto* imbBody = new QWidget(this);
  auto* imf = formOn(imbBody);
  loss_ = new QComboBox(imbBody);
  loss_->addItem(tr("cross-entropy"), QStringLiteral("cross_entropy"));
  loss_->addItem(tr("focal"), QStringLiteral("focal"));
  imf->addRow(tr("Loss"), loss_);
  focalAlpha_ = new QLineEdit(imbBody);
  focalAlpha_->setPlaceholderText(tr("1 for every class"));
  focalAlpha_->setToolTip(tr("Focal loss weight per class, comma separated (e.g. 0.2, 0.5, 0.7)"));
  imf->addRow(tr("Focal alpha"), focalAlpha_);
  gamma_ = doubleSetting(imbBody, "focal_gamma", 2, 0.5);
  imf->addRow(tr("Focal gamma"), gamma_);
  classWeights_ = boolSetting(imbBody, "class_weights", tr("Class weights (inverse frequency)"));
  imf->addRow(QString(), classWeights_);
  oversample_ = boolSetting(imbBody, "oversample", tr("Oversample rare classes"));
  imf->addRow(QString(), oversample_);
  fv->addWidget(section(tr("Imbalance"), imbBody, false, this));

  // Validation.
  auto* valBody = new QWidget(this);
  auto* vf = formOn(valBody);
  valFraction_ = doubleSetting(valBody, "validation_fraction", 2, 0.05);
  valFraction_->setObjectName("trainingValFraction");
  vf->addRow(tr("Validation share"), valFraction_);
  folds_ = intSetting(valBody, "folds", tr("no K-fold"));
  folds_->setObjectName("trainingFolds");
  vf->addRow(tr("Folds"), folds_);
  seed_ = intSetting(valBody, "seed");
  vf->addRow(tr("Seed"), seed_);
  fv->addWidget(section(tr("Validation"), valBody, false, this));

  // Augmentation.
  auto* augBody = new QWidget(this);
  auto* af = formOn(augBody);
  augment_ = boolSetting(augBody, "augment.enabled", tr("Augment training images"));
  af->addRow(QString(), augment_);
  rotation_ = doubleSetting(augBody, "augment.rotation_degrees", 1, 1);
  rotation_->setSuffix(QStringLiteral("°"));
  af->addRow(tr("Rotation ±"), rotation_);
  shift_ = doubleSetting(augBody, "augment.shift", 2, 0.01);
  af->addRow(tr("Shift ±"), shift_);
  zoom_ = doubleSetting(augBody, "augment.zoom", 2, 0.01);
  af->addRow(tr("Zoom ±"), zoom_);
  brightness_ = doubleSetting(augBody, "augment.brightness", 2, 0.05);
  af->addRow(tr("Brightness ±"), brightness_);
  auto* flips = new QHBoxLayout;
  hflip_ = boolSetting(augBody, "augment.horizontal_flip", tr("horizontal"));
  vflip_ = boolSetting(augBody, "augment.vertical_flip", tr("vertical"));
  flips->addWidget(hflip_);
  flips->addWidget(vflip_);
  flips->addStretch(1);
  af->addRow(tr("Flips"), flips);
  auto* elastic = new QHBoxLayout;
  elasticAlpha_ = doubleSetting(augBody, "augment.elastic_alpha", 1, 5);
  elasticAlpha_->setSpecialValueText(tr("off"));
  elasticSigma_ = doubleSetting(augBody, "augment.elastic_sigma", 1, 1);
  elastic->addWidget(elasticAlpha_, 1);
  elastic->addWidget(new QLabel(QStringLiteral("σ"), augBody));
  elastic->addWidget(elasticSigma_, 1);
  af->addRow(tr("Elastic α"), elastic);
  preview_ = new QPushButton(tr("Preview augmentation"), augBody);
  preview_->setObjectName("trainingPreview");
  preview_->setToolTip(tr("Random augmentations of the dataset's first image (check it first)"));
  af->addRow(QString(), preview_);
  fv->addWidget(section(tr("Augmentation"), augBody, false, this));

  // Output.
  auto* outBody = new QWidget(this);
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
  fv->addWidget(section(tr("Output"), outBody, true, this));
  fv->addStretch(1);

  connect(browse_, &QPushButton::clicked, this, [this] {
    QString p;
    if (kind_->currentData().toString() == QLatin1String("csv"))
      p = QFileDialog::getOpenFileName(dialogParent_, tr("Choose the labels CSV"), path_->text(),
                                       tr("CSV files (*.csv);;All files (*)"));
    else
      p = QFileDialog::getExistingDirectory(dialogParent_, tr("Choose the dataset folder"),
                                            path_->text());
    if (!p.isEmpty()) path_->setText(p);
  });
  connect(browseRoot, &QPushButton::clicked, this, [this] {
    const QString p = QFileDialog::getExistingDirectory(
        dialogParent_, tr("Choose the images folder"), imageRoot_->text());
    if (!p.isEmpty()) imageRoot_->setText(p);
  });
  connect(browseOut_, &QPushButton::clicked, this, [this] {
    QString p = QFileDialog::getSaveFileName(dialogParent_, tr("Model file"), out_->text(),
                                             tr("Osteon models (*.osteon)"));
    if (p.isEmpty()) return;
    if (!p.endsWith(QStringLiteral(".osteon"))) p += QStringLiteral(".osteon");
    outAuto_ = false;
    out_->setText(p);
  });
}

void TrainingForm::connectChanges(QObject* context, const std::function<void()>& changed,
                                  const std::function<void()>& datasetChanged,
                                  const std::function<void(const QString&)>& taskChosen) {
  for (QLineEdit* e : findChildren<QLineEdit*>()) {
    if (e->parent() && qobject_cast<QAbstractSpinBox*>(e->parent())) continue;
    connect(e, &QLineEdit::textChanged, context, [changed] { changed(); });
  }
  for (QComboBox* c : findChildren<QComboBox*>())
    connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), context,
            [changed] { changed(); });
  for (QSpinBox* s : findChildren<QSpinBox*>())
    connect(s, QOverload<int>::of(&QSpinBox::valueChanged), context, [changed] { changed(); });
  for (QDoubleSpinBox* s : findChildren<QDoubleSpinBox*>())
    connect(s, QOverload<double>::of(&QDoubleSpinBox::valueChanged), context,
            [changed] { changed(); });
  for (QCheckBox* b : findChildren<QCheckBox*>())
    connect(b, &QCheckBox::toggled, context, [changed] { changed(); });
  for (QLineEdit* e : {path_, imageRoot_, labelColumns_})
    connect(e, &QLineEdit::textChanged, context, [datasetChanged] { datasetChanged(); });
  connect(kind_, QOverload<int>::of(&QComboBox::currentIndexChanged), context,
          [datasetChanged] { datasetChanged(); });
  connect(out_, &QLineEdit::textEdited, this, [this] { outAuto_ = out_->text().isEmpty(); });
  connect(task_, QOverload<int>::of(&QComboBox::currentIndexChanged), context, [this, taskChosen] {
    if (!filling_) taskChosen(task_->currentData().toString());
  });
}

// ---- configuration <-> form ------------------------------------------------------------------

train::TrainConfig TrainingForm::config() const {
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
  c.optimizer = optimizer_->currentData().toString().toStdString();
  c.scheduler = scheduler_->currentData().toString().toStdString();
  c.monitor = monitor_->currentData().toString().toStdString();
  c.loss = loss_->currentData().toString().toStdString();
  c.focalAlpha.clear();
  for (const QString& s : focalAlpha_->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    bool ok = false;
    const double a = QLocale::c().toDouble(s.trimmed(), &ok);
    c.focalAlpha.push_back(ok ? a : -1);  // validate() names a bad value
  }
  // The scalar settings the form shows (a number that does not parse keeps the last value).
  for (const SettingWidget& b : bindings_) {
    if (auto* w = qobject_cast<QSpinBox*>(b.widget))
      b.setting->set(c, w->value());
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(b.widget))
      b.setting->set(c, d->value());
    else if (auto* x = qobject_cast<QCheckBox*>(b.widget))
      b.setting->set(c, x->isChecked());
    else if (auto* e = qobject_cast<QLineEdit*>(b.widget)) {
      double v = 0;
      if (parseNumber(e, v)) b.setting->set(c, v);
    }
  }
  c.out = out_->text().trimmed().toStdString();
  c.resume = false;
  return c;
}

void TrainingForm::fillForm(const train::TrainConfig& c) {
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
  selectData(optimizer_, q(c.optimizer));
  selectData(scheduler_, q(c.scheduler));
  selectData(monitor_, q(c.monitor));
  selectData(loss_, q(c.loss));
  QStringList alpha;
  for (double a : c.focalAlpha)
    alpha << numberText(a);
  focalAlpha_->setText(alpha.join(QStringLiteral(", ")));
  for (const SettingWidget& b : bindings_) {
    const double v = b.setting->get(c);
    if (auto* w = qobject_cast<QSpinBox*>(b.widget))
      w->setValue(static_cast<int>(std::clamp<double>(v, w->minimum(), w->maximum())));
    else if (auto* d = qobject_cast<QDoubleSpinBox*>(b.widget))
      d->setValue(v);
    else if (auto* x = qobject_cast<QCheckBox*>(b.widget))
      x->setChecked(v != 0);
    else if (auto* e = qobject_cast<QLineEdit*>(b.widget))
      e->setText(numberText(v));
  }
  out_->setText(q(c.out));
  filling_ = false;
}

void TrainingForm::setConfig(const train::TrainConfig& c) {
  base_ = c;
  base_.resume = false;
  fillForm(base_);
  outAuto_ = c.out.empty();
}

void TrainingForm::applyTaskDefaults(const QString& task) {
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
}

void TrainingForm::rememberConfig() const {
  QSettings s;
  s.setValue("training/config", q(config().toJson().dump()));
  s.setValue("training/outAuto", outAuto_);
}

void TrainingForm::restoreConfig() {
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
}

QString TrainingForm::defaultOutPath() const {
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

QString TrainingForm::datasetKey() const {
  return kind_->currentData().toString() + QLatin1Char('|') + path_->text().trimmed() +
         QLatin1Char('|') + imageRoot_->text().trimmed() + QLatin1Char('|') +
         labelColumns_->text().trimmed();
}

void TrainingForm::updateDatasetFields() {
  const bool csv = kind_->currentData().toString() == QLatin1String("csv");
  imageRootLabel_->setVisible(csv);
  imageRootRow_->setVisible(csv);
  labelColumnsLabel_->setVisible(csv);
  labelColumns_->setVisible(csv);
  path_->setPlaceholderText(csv ? tr("labels CSV (image path + label)") : tr("dataset folder"));
}

void TrainingForm::datasetFieldsChanged() {
  updateDatasetFields();
  if (outAuto_) {
    filling_ = true;
    out_->setText(defaultOutPath());
    filling_ = false;
  }
}

QStringList TrainingForm::unparsableNumbers() const {
  QStringList bad;
  double unused = 0;
  if (!parseNumber(lr_, unused)) bad << tr("learning rate");
  if (!parseNumber(weightDecay_, unused)) bad << tr("weight decay");
  if (!parseNumber(minLr_, unused)) bad << tr("minimum rate");
  return bad;
}

QString TrainingForm::pathText() const {
  return path_->text();
}

QString TrainingForm::outPath() const {
  return out_->text().trimmed();
}

QString TrainingForm::task() const {
  return task_->currentData().toString();
}

void TrainingForm::setDatasetStatus(const QString& text) {
  datasetStatus_->setText(text);
}

QString TrainingForm::datasetStatus() const {
  return datasetStatus_->text();
}

void TrainingForm::setEditable(bool on) {
  for (QWidget* w : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
    w->setEnabled(on);
}

}  // namespace ui
}  // namespace osteon
