#pragma once
// Labelling mode for RSNA-style lumbar annotation: choose the condition (F5..F9) and the level
// (1..5) from the keyboard, click a view to place the point, drag it to move it, Delete to remove
// it, J to jump to the next missing (condition, level), G / M / X to grade Normal/Mild, Moderate,
// Severe; a 5 x 5 checklist shows what is done. Points are kept in the instance's pixel grid (as
// in train_label_coordinates.csv) and shown on every view whose slice passes through them.
// Every edit goes through core/annotation's session: undo/redo, and a journal on disk so that
// nothing is lost on a crash (the next start offers to restore it).

#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

#include "core/annotation/rsna_dataset.h"
#include "core/annotation/sr_measurements.h"
#include "core/annotation/study_annotations.h"
#include "core/io/deidentify.h"
#include "ui/browser/study_loader.h"
#include "ui/viewer/image_view.h"
#include "ui/viewer/overlays.h"

class QLabel;
class QLineEdit;
class QTableWidget;
class QButtonGroup;

namespace osteon {
namespace ui {

class LabellingPanel : public QWidget, public ViewEditHandler {
  Q_OBJECT
 public:
  enum class SaveChoice { Save, Discard, Cancel };
  struct Host {
    std::function<std::vector<ImageView*>()> views;
    std::function<const std::vector<LoadedSeries>*()> series;
    std::function<void(const QString& studyFolder)> openStudy;  // loads train_images/<study>
    std::function<void(const QString& message)> status;
    // Asked when a journal with unsaved work is found; true = restore it.
    std::function<bool(const QString& study)> askRestore;
    // Asked on close when studies have work not yet in the CSV files.
    std::function<SaveChoice(const QStringList& studies)> askSave;
  };
  LabellingPanel(Host host, QWidget* parent = nullptr);
  ~LabellingPanel() override;

  // Opens an RSNA dataset folder (train_images/ + CSVs); the first study is opened.
  bool openDataset(const QString& root);
  bool hasDataset() const { return dataset_.has_value(); }
  QString datasetRoot() const { return root_; }
  QStringList studies() const { return studies_; }
  int studyIndex() const { return studyIndex_; }
  void openStudyAt(int index);
  // Called by the host when a study's series are loaded (binds the annotation session).
  void studyLoaded();

  void setCondition(int condition);
  void setLevel(int level);
  int condition() const { return condition_; }
  int level() const { return level_; }
  void grade(int severity);
  void nextMissing();
  void deleteSelected();
  void undo();
  void redo();
  // Writes every edited study (this one and those visited before) into the RSNA CSVs, and the
  // current study's project (a new revision; its journal starts afresh). False when not saved.
  bool save();
  // Studies whose work is not in the CSV files yet.
  QStringList unsavedStudies() const;
  // Before the window closes: with unsaved studies asks Save / Discard / Cancel (Discard moves
  // the studies' project files and journals to .osteon/discarded-<time>/). False = do not close.
  bool confirmClose();
  // save(), then a de-identified copy of the dataset (PS3.15 Table E.1-1 with `options`; study
  // and series folders and the CSVs' ids pseudonymised) in `outDir`, on a worker thread with a
  // progress dialog and Cancel. exportFinished() tells the outcome. False when it did not start.
  bool exportDeidentified(const QString& outDir, const io::DeidentifyOptions& options = {});
  bool exporting() const;
  // Asks a running export to stop (as the progress dialog's Cancel does).
  void cancelExport();
  // Asks for the output folder and the option profiles, then exportDeidentified().
  void exportDeidentifiedDialog();

  // Points an AI level localiser placed, as ordinary labelling points of the open study: ONE
  // edit (journaled; Ctrl+Z removes them all), editable like any point. Coordinates of another
  // study and (condition, level) pairs that already have a point are left out: the annotator's
  // points win. Returns the number added, or -1 with `message` saying why (no study open for
  // labelling, a point outside its image, the journal cannot be written).
  // `author` names where they came from (default: the AI level localiser).
  int addPlacedPoints(const std::vector<annotation::RsnaCoordinate>& coords,
                      QString* message = nullptr, const QString& author = QString());
  // The level points and grades of an imported DICOM SR (MeasureTool::importReport) into the
  // open study's labels: the points as one edit (levels that have a point keep it), then the
  // grades of levels not graded yet. Returns points + grades added, -1 with `message` when no
  // study is open for labelling.
  int importLevels(const std::vector<annotation::Landmark>& points,
                   const std::vector<annotation::SrImport::Grade>& grades, QString* message);
  // The study open for labelling ("" when none).
  QString currentStudy() const { return session_ ? currentStudy_ : QString(); }

  const annotation::AnnotationSession* session() const { return session_.get(); }
  std::shared_ptr<AnnotationLayer> layer() const { return layer_; }
  QString progressText() const;

  // ViewEditHandler
  bool press(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void drag(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void release(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;

 signals:
  void changed();
  // written: DICOM files written (-1 when the export failed or was cancelled).
  void exportFinished(int written, const QString& message);

 private:
  const LoadedSeries* seriesOf(const ImageView* view) const;
  const LoadedSeries* seriesById(const std::string& id) const;
  bool toPixel(const ImageView* view, const image::Vec3& patient, int& instance, double& x,
               double& y) const;
  void refresh();
  QString journalPath(const QString& study) const;
  QString projectPath(const QString& study) const;
  annotation::StudyFiles filesOf(const QString& study) const;
  // The current study's work to its files (a checkpoint) and to the dataset in memory.
  void keepCurrentStudy();
  void showNotes(const std::vector<std::string>& notes);

  Host host_;
  std::optional<annotation::RsnaDataset> dataset_;
  QString root_;
  QStringList studies_;
  int studyIndex_ = -1;
  QString currentStudy_;
  std::unique_ptr<annotation::AnnotationSession> session_;
  QSet<QString> unsaved_;  // studies other than the current one whose project differs from CSVs
  bool discarded_ = false;
  struct Export;
  std::unique_ptr<Export> export_;
  int condition_ = 0, level_ = 0;
  int selected_ = -1;
  int dragging_ = -1;
  double dragX_ = 0, dragY_ = 0;
  std::shared_ptr<AnnotationLayer> layer_;
  QTableWidget* checklist_ = nullptr;
  QLabel* info_ = nullptr;
  QButtonGroup* conditions_ = nullptr;
  QLineEdit* notes_ = nullptr;
};

}  // namespace ui
}  // namespace osteon
