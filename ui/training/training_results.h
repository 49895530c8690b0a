#pragma once
// The Training tab's results view: the summary line, the loss and metric curves, the validation
// confusion matrix, and the tabs with the dataset report (class counts, notes, problems), the
// per-epoch table, the log and the augmentation preview. It shows what it is given; the panel
// decides when. Its strings are translated as the panel's.

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <vector>

#include "core/train/trainer.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QVBoxLayout;
class QWidget;

namespace osteon {
namespace ui {

class ConfusionMatrixView;
class TrainingCurves;

class TrainingResults {
  Q_DECLARE_TR_FUNCTIONS(osteon::ui::TrainingPanel)

 public:
  // Builds the summary, the charts and the tabs as children of `parent`, added to `layout`.
  TrainingResults(QWidget* parent, QVBoxLayout* layout);

  // The checked dataset in the Dataset tab; returns the one-line status for the form.
  QString showDataset(const train::DatasetReport& d);
  // The dataset cannot be used: no classes or problems, `message` in the notes.
  void showDatasetError(const QString& message);
  // Empties the epoch table, the curves, the confusion matrix and the summary.
  void clearRun();
  // True when the epoch table shows epochs (a resume keeps them).
  bool hasEpochs() const { return !records_.empty(); }
  // A training starts: the summary hides and the Epochs tab shows.
  void showRunning();
  // A finished epoch: its row (replacing the rows from the same fold and epoch on), its points,
  // the best epoch marked, and its confusion matrix over `classes`.
  void addEpoch(const train::EpochRecord& e, const QStringList& classes, int folds);
  // The finished (or cancelled) training, which is the whole story: every epoch, the best fold's
  // confusion matrix and the summary naming the report folder. Returns the status line.
  QString showReport(const train::TrainReport& r, const QString& reportDir);
  // The augmentation preview, described by `message`, in its tab.
  void showPreview(const QImage& image, const QString& message);
  void appendLog(const QString& line);

  QLabel* summary() const { return summary_; }
  QTableWidget* classTable() const { return classTable_; }
  QListWidget* problemList() const { return problems_; }
  QTableWidget* epochTable() const { return epochTable_; }
  TrainingCurves* lossCurves() const { return lossCurves_; }
  TrainingCurves* metricCurves() const { return metricCurves_; }
  ConfusionMatrixView* confusionView() const { return confusion_; }
  QPlainTextEdit* logView() const { return log_; }

 private:
  void addEpochRow(const train::EpochRecord& e);
  void markBest(int fold, int epoch);

  QLabel* summary_ = nullptr;
  TrainingCurves *lossCurves_ = nullptr, *metricCurves_ = nullptr;
  ConfusionMatrixView* confusion_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QTableWidget *classTable_ = nullptr, *epochTable_ = nullptr;
  QLabel* notes_ = nullptr;
  QListWidget* problems_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  QLabel* previewLabel_ = nullptr;
  std::vector<train::EpochRecord> records_;  // shown in the table, in arrival order
};

}  // namespace ui
}  // namespace osteon
