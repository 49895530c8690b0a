#pragma once
// The Training tab's settings column: the dataset, model, optimisation, fine-tuning, imbalance,
// validation, augmentation and output sections, the TrainConfig they describe (fields the form
// does not show come from the last configuration set or loaded), the seeds' defaults per task,
// and the last configuration remembered in QSettings. TrainingPanel composes it with the results
// view and the job runner; its strings are translated as the panel's.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <functional>
#include <vector>

#include "core/train/train_settings.h"
#include "core/train/trainer.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace osteon {
namespace ui {

class TrainingForm : public QWidget {
  Q_DECLARE_TR_FUNCTIONS(osteon::ui::TrainingPanel)

 public:
  // Builds the form as the widget of `scroll`; file dialogs open on `dialogParent`.
  TrainingForm(QScrollArea* scroll, QWidget* dialogParent);

  // Calls `changed` when any setting changes, `datasetChanged` when the dataset fields change
  // (after `changed`) and `taskChosen` when the user picks a task (not while filling the form).
  void connectChanges(QObject* context, const std::function<void()>& changed,
                      const std::function<void()>& datasetChanged,
                      const std::function<void(const QString&)>& taskChosen);

  // The configuration the form describes, and filling the form from one.
  train::TrainConfig config() const;
  void setConfig(const train::TrainConfig& c);
  // TrainConfig::defaultsFor(task), keeping the dataset, the output and the report folder.
  void applyTaskDefaults(const QString& task);
  // QSettings: the configuration and whether the output path follows the dataset.
  void rememberConfig() const;
  void restoreConfig();

  // The settings that are not numbers ("learning rate", ...), empty when all are.
  QStringList unparsableNumbers() const;
  // What the dataset fields name, to tell whether the checked dataset is still the one shown.
  QString datasetKey() const;
  QString pathText() const;
  QString outPath() const;
  QString task() const;
  // True while the form is being filled from a configuration (its change signals are not edits).
  bool filling() const { return filling_; }
  // The dataset fields changed: updateDatasetFields(), and the output path follows the dataset
  // until the user edits it.
  void datasetFieldsChanged();
  // The image root and label column show for a CSV only.
  void updateDatasetFields();
  void setDatasetStatus(const QString& text);
  QString datasetStatus() const;
  // The settings stay readable but cannot change while a job runs.
  void setEditable(bool on);

  QPushButton* checkButton() const { return check_; }
  QPushButton* previewButton() const { return preview_; }
  QPushButton* saveConfigButton() const { return saveConfig_; }
  QPushButton* loadConfigButton() const { return loadConfig_; }

 private:
  void build();
  void fillForm(const train::TrainConfig& c);
  QString defaultOutPath() const;

  QWidget* dialogParent_ = nullptr;
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

  // The widget of each scalar setting the form shows (a spin box, check box or number edit).
  struct SettingWidget {
    const train::TrainSetting* setting;
    QWidget* widget;
  };
  std::vector<SettingWidget> bindings_;
  train::TrainConfig base_;  // fields the form does not show
  bool filling_ = false;
  bool outAuto_ = true;  // the output path follows the dataset until edited
};

}  // namespace ui
}  // namespace osteon
