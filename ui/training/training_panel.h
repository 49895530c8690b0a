#pragma once
// The Training tab: train a classifier on the user's own data with core/train's engine.
//
//   Dataset: folder per class, CSV of image + label, or an RSNA 2024 folder; "Check dataset"
//   reads it off the GUI thread and shows the class counts, notes and every problem (missing
//   files, unreadable images, studies without labels or coordinates).
//   Form: task (fills the form with the seeds' defaults), architecture, input size, epochs,
//   batch, optimiser and schedule, early stopping, two-phase fine-tuning, loss and imbalance,
//   split or K-fold, augmentation (with a preview grid of augmented copies), output package;
//   configurations saved and loaded as JSON, the last one remembered in QSettings.
//   Run: Start / Cancel / Resume on a worker thread with progress; live loss and metric curves,
//   the latest (at the end the best) validation confusion matrix, a per-epoch table and the
//   engine's log. At the end the report folder is written and the summary shown (mean +- sd over
//   folds); "Use this model" hands the package to the AI panel.
//
// The panel composes three pieces: TrainingForm (training_form.h, the settings column),
// TrainingResults (training_results.h, the curves, confusion matrix and tables) and
// TrainingJobRunner (training_job.h, the background job with progress and cancel).
//
// Only the tensor-free headers core/train/trainer.h and dataset.h are included; without LibTorch
// the panel says that training is not in this build.

#include <QImage>
#include <QWidget>
#include <atomic>
#include <memory>
#include <vector>

#include "core/train/trainer.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace osteon {
namespace ui {

class ConfusionMatrixView;
class TrainingCurves;
class TrainingForm;
class TrainingResults;
class TrainingJobRunner;
struct TrainingJob;

class TrainingPanel : public QWidget {
  Q_OBJECT
 public:
  explicit TrainingPanel(QWidget* parent = nullptr);
  ~TrainingPanel() override;

  // True when this build has LibTorch and core/train.
  static bool available();

  // The configuration the form describes (fields the form does not show come from the last
  // configuration set or loaded), and filling the form from one.
  train::TrainConfig config() const;
  void setConfig(const train::TrainConfig& config);
  // Fills the form with TrainConfig::defaultsFor(task), keeping the dataset and the output.
  void applyTaskDefaults(const QString& task);
  bool saveConfig(const QString& path);
  bool loadConfig(const QString& path);

  // Reads and checks the dataset on a worker thread; datasetChecked() reports. False (with a
  // message in the panel) when it cannot start.
  bool checkDataset();
  // Trains on the checked dataset (resume: continue from the report folder's checkpoint);
  // trainingFinished() reports, also after Cancel.
  bool start(bool resume = false);
  void cancel();
  bool busy() const;
  bool canStart() const;
  bool canResume() const;
  // Renders augmentationPreview() of the checked dataset's first image; previewFinished().
  bool previewAugmentation();
  // Emits useModel() with the trained package (false when there is none).
  bool useTrainedModel();

  // What the panel shows (tests, main window).
  const train::DatasetReport* datasetReport() const { return dataset_.get(); }
  const train::TrainReport* report() const { return report_.get(); }
  QString modelPath() const;  // the package "Use this model" hands over ("" = none)
  QString trainedTask() const;
  QString errorText() const;
  QString summaryText() const;
  QString statusText() const;
  QString reportDir() const { return reportDir_; }
  QImage previewImage() const { return previewImage_; }
  QTableWidget* classTable() const;
  QListWidget* problemList() const;
  QTableWidget* epochTable() const;
  TrainingCurves* lossCurves() const;
  TrainingCurves* metricCurves() const;
  ConfusionMatrixView* confusionView() const;
  QPlainTextEdit* logView() const;
  QPushButton* checkButton() const;
  QPushButton* startButton() const { return start_; }
  QPushButton* cancelButton() const { return cancel_; }
  QPushButton* resumeButton() const { return resume_; }
  QPushButton* useModelButton() const { return useModel_; }

 signals:
  void datasetChecked(bool ok, const QString& message);
  void trainingFinished(bool ok, const QString& message);
  void previewFinished(bool ok, const QString& message);
  void epochAdded(int fold, int epoch);
  void busyChanged(bool busy);
  // The trained model package, for the AI panel.
  void useModel(const QString& path);

 private:
  void buildUi();
  void formChanged();
  void datasetFieldsChanged();
  void updateButtons();
  void setBusy(bool on);
  void showError(const QString& message);
  void appendLog(const QString& line);
  void runJob(std::shared_ptr<TrainingJob> job);
  void onJobDone();
  void onEpoch(const train::EpochRecord& e);
  void onProgress(double fraction, const QString& what);
  void rememberConfig();
  QStringList classNames() const;

  // The pieces: the settings column, the results view, the background job.
  TrainingForm* form_ = nullptr;
  std::unique_ptr<TrainingResults> results_;
  std::unique_ptr<TrainingJobRunner> jobs_;
  // Run controls.
  QLabel* unavailable_ = nullptr;
  QPushButton *start_ = nullptr, *cancel_ = nullptr, *resume_ = nullptr, *useModel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel *status_ = nullptr, *error_ = nullptr;
  QTimer* saveTimer_ = nullptr;

  // State.
  std::shared_ptr<const train::DatasetReport> dataset_;
  QString datasetKey_;  // what dataset_ was read from
  std::shared_ptr<const train::TrainReport> report_;
  QString reportDir_;
  QImage previewImage_;
};

}  // namespace ui
}  // namespace osteon
