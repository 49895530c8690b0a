// The Training tab's results view: dataset report, epoch table, curves, confusion matrix,
// summary, log and augmentation preview.
#include "ui/training/training_results.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/training/confusion_matrix_view.h"
#include "ui/training/training_curves.h"
#include "ui/training/training_internal.h"

namespace osteon {
namespace ui {

using training_detail::fixed;
using training_detail::q;

namespace {

// "0.958" or "0.912 ± 0.031" from the report summary's {"mean", "sd", "folds"}.
QString meanSd(const nlohmann::json& s) {
  if (!s.is_object() || !s.contains("mean") || !s.at("mean").is_number())
    return QStringLiteral("–");
  const double mean = s.at("mean").get<double>();
  const int folds = s.value("folds", 1);
  if (folds <= 1) return QString::number(mean, 'f', 3);
  return QStringLiteral("%1 ± %2").arg(mean, 0, 'f', 3).arg(s.value("sd", 0.0), 0, 'f', 3);
}

nlohmann::json summaryOf(const train::TrainReport& r) {
  return r.summary();
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

TrainingResults::TrainingResults(QWidget* parent, QVBoxLayout* layout) {
  summary_ = new QLabel(parent);
  summary_->setObjectName("trainingSummary");
  summary_->setWordWrap(true);
  summary_->setTextInteractionFlags(Qt::TextBrowserInteraction);
  summary_->setOpenExternalLinks(true);
  summary_->setVisible(false);
  summary_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
  layout->addWidget(summary_);

  auto* split = new QSplitter(Qt::Vertical, parent);
  split->setChildrenCollapsible(false);
  layout->addWidget(split, 1);
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
}

QString TrainingResults::showDataset(const train::DatasetReport& d) {
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
  tabs_->setCurrentIndex(0);
  appendLog(notes.front());
  return tr("%n class(es), %1 images, %2 problem(s)", nullptr, static_cast<int>(d.classes.size()))
      .arg(d.samples.size())
      .arg(d.problems.size());
}

void TrainingResults::showDatasetError(const QString& message) {
  classTable_->setRowCount(0);
  problems_->clear();
  notes_->setText(message);
}

void TrainingResults::clearRun() {
  records_.clear();
  epochTable_->setRowCount(0);
  lossCurves_->clear();
  metricCurves_->clear();
  confusion_->clear();
  summary_->clear();
  summary_->setVisible(false);
}

void TrainingResults::showRunning() {
  summary_->setVisible(false);
  tabs_->setCurrentIndex(1);
}

void TrainingResults::addEpochRow(const train::EpochRecord& e) {
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

void TrainingResults::markBest(int fold, int epoch) {
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

void TrainingResults::addEpoch(const train::EpochRecord& e, const QStringList& classes, int folds) {
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
  confusion_->setMatrix(
      classes, e.confusion,
      folds > 1 ? tr("fold %1, epoch %2").arg(e.fold).arg(e.epoch) : tr("epoch %1").arg(e.epoch));
  epochTable_->scrollToBottom();
}

QString TrainingResults::showReport(const train::TrainReport& r, const QString& reportDir) {
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
  QString status;
  if (r.cancelled) {
    lines << tr("Cancelled after %n finished epoch(s); Resume continues from there.", nullptr,
                epochs);
    status = tr("Cancelled.");
  } else {
    status = tr("Finished in %1 s.").arg(r.seconds, 0, 'f', 0);
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
                        .arg(QUrl::fromLocalFile(reportDir).toString(), reportDir.toHtmlEscaped()));
  summary_->setText(lines.join(QStringLiteral("<br>")));
  summary_->setVisible(true);
  appendLog(tr("Report written to %1").arg(reportDir));
  return status;
}

void TrainingResults::showPreview(const QImage& image, const QString& message) {
  const int scale = std::clamp(
      std::min(640 / std::max(1, image.width()), 300 / std::max(1, image.height())), 1, 4);
  previewLabel_->setWordWrap(false);
  previewLabel_->setPixmap(QPixmap::fromImage(image.scaled(
      image.width() * scale, image.height() * scale, Qt::KeepAspectRatio, Qt::FastTransformation)));
  tabs_->setCurrentIndex(3);
  previewLabel_->setToolTip(message);
}

void TrainingResults::appendLog(const QString& line) {
  log_->appendPlainText(line);
}

}  // namespace ui
}  // namespace osteon
