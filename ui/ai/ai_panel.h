#pragma once
// The AI panel: pick a task (the task plugins of this build) and its model (the bundled demo
// model or a package/TorchScript file), run it on the current image (X-ray tasks) or on the
// loaded study's series with their level coordinates (lumbar), and read the class probabilities
// as a chart with the result's summary, timing and, for demo models, the demo label. Class
// activation maps (Grad-CAM, Grad-CAM++, Layer-CAM, Eigen-CAM, Score-CAM) for a chosen output,
// class and layer are drawn over the image views as a heatmap layer (opacity and colour map
// adjustable), or for two classes side by side; "Export overlay" writes picture + heatmap as PNG.
//
// Loading, inference and CAMs run on a worker thread with progress and Cancel; the panel keeps
// the GUI responsive and shows every failure (missing input, broken model file, a task refusing
// its input) as a message in the panel. The panel sees only the tensor-free ai::TaskPlugin
// interface; without LibTorch it says that AI is not in this build.
//
// When a study is shown the panel proposes its task (ai::proposeTask: lumbar for an MR spine
// study, scoliosis for a spine radiograph, osteoporosis for a panoramic). Running a task on an
// input it does not accept (ai::checkTaskInput) does not run: the panel shows the reason with a
// "Run anyway (research use)" button, in the panel (no modal dialog).

#include <QWidget>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/ai/task.h"
#include "core/annotation/study_annotations.h"
#include "ui/browser/study_loader.h"
#include "ui/common/background_job.h"
#include "ui/viewer/image_view.h"
#include "ui/viewer/overlays.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace osteon {
namespace ui {

class CamControls;
class CamView;
class HeatmapPane;
class ProbabilityChart;

class AiPanel : public QWidget {
  Q_OBJECT
 public:
  struct Host {
    std::function<ImageView*()> activeView;
    std::function<std::vector<ImageView*>()> views;
    std::function<const std::vector<LoadedSeries>*()> series;
    // The labelling document of the open study (RSNA coordinates placed by hand), or null.
    std::function<const annotation::StudyAnnotations*()> annotations;
    std::function<void(const QString& message)> status;
    // Adds points a level localiser placed to the labelling session of the open study (one
    // undoable edit); returns how many were added, -1 with `message` when they cannot be (no
    // study open for labelling). Unset = the panel only shows them.
    std::function<int(const std::vector<annotation::RsnaCoordinate>&, QString* message)> addPoints;
  };
  explicit AiPanel(Host host, QWidget* parent = nullptr);
  ~AiPanel() override;

  // True when this build has LibTorch and the task plugins.
  static bool available();

  // Tasks ("osteoporosis", "scoliosis", "lumbar", ...) in the picker's order.
  QStringList taskNames() const;
  QString task() const;
  bool setTask(const QString& name);
  // The model of the current task: "" = the bundled demo model. Loads it on the worker thread
  // (modelLoaded() reports); a file that cannot be loaded leaves the previous model in use.
  void setModelPath(const QString& path);
  QString modelPath() const;
  void chooseModel();  // file dialog, then setModelPath

  // Runs the current task on the current image / study. False (with a message in the panel)
  // when it cannot start; otherwise runFinished() reports.
  bool run();
  // Runs the current task even on an input it does not accept (research use); the result then
  // carries the warning. The "Run anyway (research use)" button calls it.
  bool runAnyway();
  // The warning of the last run refused for its input ("osteoporosis expects one panoramic
  // dental radiograph; this is an MR series (...)"), or "" when none is shown.
  QString inputWarning() const;
  // Proposes the task for the loaded study and selects it (the main window calls it when a study
  // is shown, after clearing the result). Returns the proposed task or "" when none fits.
  QString proposeTask();
  QString proposalReason() const { return proposalReason_; }
  // Class names as shown (display names: "Healthy", "Osteoporosis").
  QStringList shownClassNames() const;
  void cancel();
  bool busy() const;
  // Forgets the result and the heatmaps (a new study was opened).
  void clearResult();
  // A new study is shown: clearResult() and proposeTask().
  void studyShown();

  // Class activation maps.
  void setCamEnabled(bool on);
  bool camEnabled() const;
  QStringList camMethods() const;  // "gradcam", "gradcam++", "layercam", "eigencam", "scorecam"
  void setCamMethod(const QString& method);
  QString camMethod() const;
  void setCamOutput(int output);
  int camOutput() const;
  void setCamClass(int classIndex);
  int camClass() const;
  void setCamLayer(const QString& layer);
  QString camLayer() const;
  QStringList camLayers() const;
  void setOpacity(double opacity);  // 0..1
  double opacity() const;
  void setColormap(Colormap map);
  Colormap colormap() const;
  // Two classes side by side (the view shows `camClass()`; the panes show both).
  void setCompare(bool on, int secondClass = -1);
  bool compare() const;
  int compareClass() const;

  // Writes the picture with the heatmap blended over it (both classes side by side in compare
  // mode) as PNG. False with a message when there is no heatmap or the file cannot be written.
  bool exportOverlay(const QString& path);
  void exportOverlayDialog();
  // Writes the shown map (the first class in compare mode) as a DICOM Parametric Map: float
  // values in [0, 1] with a real world value mapping, referencing the explained image (and
  // frame). False with a message when there is no map or the image is not DICOM.
  bool exportParametricMap(const QString& path);
  void exportParametricMapDialog();
  // Shows a Parametric Map file (written by Osteon or another tool) as the heatmap layer on the
  // loaded image it was derived from (matched by SOP Instance UID and frame), navigating a view
  // to that slice; opacity and colour map stay adjustable. False with `message` when the file
  // is not a Parametric Map or its image is not loaded.
  bool showParametricMap(const QString& path, QString& message);

  // Shows a result computed elsewhere (a result file, a test) for `input` as if this panel had
  // run it: chart, notes, placed points.
  void setResult(ai::TaskResult result, ai::TaskInput input);
  // The input of the shown result (its series and the coordinates it was given).
  const ai::TaskInput& resultInput() const { return input_; }

  // Points the lumbar localiser placed for the shown result: drawn over the views (magenta,
  // "(AI)") until they are labelling points; "Add placed points to labelling" makes them
  // ordinary, editable labelling points in one undoable edit. A re-run then takes them, moved
  // or not, as given coordinates (given coordinates win over placed ones).
  bool addPlacedPoints();
  // The placed points not yet in the labelling session (the ones drawn by placedLayer()).
  std::vector<annotation::RsnaCoordinate> pendingPlacedPoints() const;
  std::shared_ptr<AnnotationLayer> placedLayer() const { return placedLayer_; }
  // Redraws the placed points (the main window calls it when the labels change).
  void refreshPlacedPoints();
  QString placedText() const;
  // Why targets were not measured, one line per reason ("10 targets: no Sagittal T1 series").
  QString notMeasuredText() const;

  // What the panel shows (tests, main window).
  const ai::TaskResult* result() const { return result_ ? &*result_ : nullptr; }
  std::shared_ptr<const ai::TaskExplanation> explanation() const;
  std::shared_ptr<const ai::TaskExplanation> compareExplanation() const;
  QString errorText() const;
  QString summaryText() const;
  bool demoLabelShown() const;
  QString demoText() const;
  ProbabilityChart* chart() const { return chart_; }
  HeatmapPane* comparePane(int i) const;
  std::shared_ptr<HeatmapLayer> layer() const;
  // Puts the heatmap layer on these views (the main window calls it when its views change).
  void attachViews(const std::vector<ImageView*>& views);

 signals:
  void modelLoaded(bool ok, const QString& message);
  void runFinished(bool ok, const QString& message);
  void camFinished(bool ok, const QString& message);
  void busyChanged(bool busy);

 private:
  struct Job;
  struct TaskModel {
    QString path;         // requested ("" = bundled)
    bool loaded = false;  // `path` is what the plugin has loaded
    QString loadedPath;   // the last path that loaded
    std::vector<std::string> classes, layers;
    std::string defaultLayer;
  };

  void buildUi();
  bool runWith(bool force);
  void showInputWarning(const QString& reason);
  std::shared_ptr<ai::TaskPlugin> plugin(const std::string& name, QString& error);
  bool gatherInput(ai::TaskInput& in, QString& error) const;
  std::vector<annotation::RsnaCoordinate> coordinatesFor(const std::string& study,
                                                         const LoadedSeries& any) const;
  void start(std::shared_ptr<Job> job, std::function<void(Job&, const Progress&)> work,
             bool determinate, BackgroundJob::OnProgress progress = {});
  void onJobDone(std::shared_ptr<Job> j);
  void setBusy(bool busy, bool determinate = false);
  void showError(const QString& message);
  void showResult();
  void fillCamControls();
  void selectClasses(int output);
  void updateModelLine();
  void onTaskChanged();
  void updateCam();
  void updateViews();

  Host host_;
  bool building_ = false;
  // Controls.
  QComboBox* task_ = nullptr;
  QLabel* model_ = nullptr;
  QPushButton *loadModel_ = nullptr, *bundled_ = nullptr, *run_ = nullptr, *cancel_ = nullptr;
  QProgressBar* progress_ = nullptr;
  QLabel *error_ = nullptr, *summary_ = nullptr, *demo_ = nullptr, *timing_ = nullptr;
  ProbabilityChart* chart_ = nullptr;
  CamControls* cam_ = nullptr;  // the "Class activation map" group
  QLabel* taskInfo_ = nullptr;
  QWidget* inputWarningBox_ = nullptr;
  QLabel* inputWarning_ = nullptr;
  QPushButton* runAnyway_ = nullptr;
  QLabel* forcedNote_ = nullptr;  // the result was run on an input the task does not accept
  QString proposedTask_, proposalReason_;
  QLabel* notMeasured_ = nullptr;
  QWidget* placedBox_ = nullptr;
  QLabel* placedInfo_ = nullptr;
  QPushButton* addPlaced_ = nullptr;
  // State.
  std::map<std::string, std::shared_ptr<ai::TaskPlugin>> plugins_;
  std::map<std::string, TaskModel> models_;
  std::optional<ai::TaskResult> result_;
  ai::TaskInput input_;
  std::string resultTask_;
  std::unique_ptr<CamView> camView_;  // the maps: cache, heatmap layer, panes, export
  std::shared_ptr<AnnotationLayer> placedLayer_;
  std::shared_ptr<Job> job_;  // the job running (or whose result is about to be shown)
  BackgroundJob worker_;      // last: destroyed (waited for) first
};

}  // namespace ui
}  // namespace osteon
