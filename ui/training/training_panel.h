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
// Only the tensor-free headers core/train/trainer.h and dataset.h are included; without LibTorch
// the panel says that training is not in this build.

#include <QFutureWatcher>
#include <QImage>
#include <QWidget>
#include <atomic>
#include <memory>
#include <vector>

#include "core/train/trainer.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace osteon {
namespace ui {

class ConfusionMatrixView;
class TrainingCurves;

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
  QTableWidget* classTable() const { return classTable_; }
  QListWidget* problemList() const { return problems_; }
  QTableWidget* epochTable() const { return epochTable_; }
  TrainingCurves* lossCurves() const { return lossCurves_; }
  TrainingCurves* metricCurves() const { return metricCurves_; }
  ConfusionMatrixView* confusionView() const { return confusion_; }
  QPlainTextEdit* logView() const { return log_; }
  QPushButton* checkButton() const { return check_; }
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
  struct Job;

  void buildUi();
  void connectForm();
  void fillForm(const train::TrainConfig& c);
  void formChanged();
  void datasetFieldsChanged();
  QString datasetKey() const;
  QString defaultOutPath() const;
  void updateDatasetFields();
  void updateButtons();
  void setBusy(bool on);
  void showError(const QString& message);
  void appendLog(const QString& line);
  void runJob(std::shared_ptr<Job> job);
  void onJobDone();
  void onEpoch(const train::EpochRecord& e);
  void onProgress(double fraction, const QString& what);
  void showDataset();
  void showReport();
  void addEpochRow(const train::EpochRecord& e);
  void markBest(int fold, int epoch);
  void clearRun();
  void rememberConfig();
  void restoreConfig();
  QStringList classNames() const;

  // Form.
  QWidget* content_ = nullptr;
  QLabel* unavailable_ = nullptr;
  QComboBox* kind_ = nullptr;
  QLineEdit *path_ = nullptr, *imageRoot_ = nullptr, *labelColumns_ = nullptr;
  QLabel *imageRootLabel_ = nullptr, *labelColumnsLabel_ = nullptr, *datasetStatus_ = nullptr;
  QWidget* imageRootRow_ = nullptr;
  QPushButton *browse_ = nullptr, *check_ = nullptr;
  QComboBox *task_ = nullptr, *arch_ = nullptr, *optimizer_ = nullptr, *scheduler_ = nullptr,
            *monitor_ = nullptr, *loss_ = nullptr;
  QSpinBox *width_ = nullptr, *height_ = nullptr, *epochs_ = nullptr, *batch_ = nullptr,
           *plateauPatience_ = nullptr, *earlyStop_ = nullptr, *frozen_ = nullptr,
           *unfreeze_ = nullptr, *folds_ = nullptr, *seed_ = nullptr;
  QLineEdit *lr_ = nullptr, *weightDecay_ = nullptr, *minLr_ = nullptr, *focalAlpha_ = nullptr,
            *out_ = nullptr;
  QDoubleSpinBox *momentum_ = nullptr, *plateauFactor_ = nullptr, *finetune_ = nullptr,
                 *gamma_ = nullptr, *valFraction_ = nullptr, *rotation_ = nullptr,
                 *shift_ = nullptr, *zoom_ = nullptr, *brightness_ = nullptr,
                 *elasticAlpha_ = nullptr, *elasticSigma_ = nullptr;
  QCheckBox *classWeights_ = nullptr, *oversample_ = nullptr, *augment_ = nullptr,
            *hflip_ = nullptr, *vflip_ = nullptr;
  QPushButton *preview_ = nullptr, *saveConfig_ = nullptr, *loadConfig_ = nullptr,
              *browseOut_ = nullptr;
  // Run and results.
  QPushButton *start_ = nullptr, *cancel_ = nullptr, *resume_ = nullptr, *useModel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel *status_ = nullptr, *error_ = nullptr, *summary_ = nullptr;
  TrainingCurves *lossCurves_ = nullptr, *metricCurves_ = nullptr;
  ConfusionMatrixView* confusion_ = nullptr;
  QTabWidget* tabs_ = nullptr;
  QTableWidget *classTable_ = nullptr, *epochTable_ = nullptr;
  QLabel* notes_ = nullptr;
  QListWidget* problems_ = nullptr;
  QPlainTextEdit* log_ = nullptr;
  QLabel* previewLabel_ = nullptr;
  QTimer* saveTimer_ = nullptr;

  // State.
  train::TrainConfig base_;  // fields the form does not show
  bool filling_ = false;
  bool outAuto_ = true;  // the output path follows the dataset until edited
  std::shared_ptr<const train::DatasetReport> dataset_;
  QString datasetKey_;  // what dataset_ was read from
  std::shared_ptr<const train::TrainReport> report_;
  QString reportDir_;
  std::vector<train::EpochRecord> records_;  // shown in the table, in arrival order
  QImage previewImage_;
  QFutureWatcher<void> watcher_;
  std::shared_ptr<Job> job_;
};

}  // namespace ui
}  // namespace osteon
