#pragma once
// Labelling mode for RSNA-style lumbar annotation: choose the condition (F5..F9) and the level
// (1..5) from the keyboard, click a view to place the point, drag it to move it, Delete to remove
// it, J to jump to the next missing (condition, level), G / M / X to grade Normal/Mild, Moderate,
// Severe; a 5 x 5 checklist shows what is done. Points are kept in the instance's pixel grid (as
// in train_label_coordinates.csv) and shown on every view whose slice passes through them.
// Every edit goes through core/annotation's session: undo/redo, and a journal on disk so that
// nothing is lost on a crash (the next start offers to restore it).

#include <QWidget>
#include <functional>
#include <memory>
#include <optional>

#include "core/annotation/rsna_dataset.h"
#include "core/annotation/study_annotations.h"
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
  struct Host {
    std::function<std::vector<ImageView*>()> views;
    std::function<const std::vector<LoadedSeries>*()> series;
    std::function<void(const QString& studyFolder)> openStudy;  // loads train_images/<study>
    std::function<void(const QString& message)> status;
    // Asked when a journal with unsaved work is found; true = restore it.
    std::function<bool(const QString& study)> askRestore;
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
  // Writes the RSNA CSVs of the dataset and the study's project; clears the journal.
  void save();
  // save(), then the CSVs and a de-identified copy (PS3.15 basic profile) of train_images/ to
  // `outDir`. Returns the number of DICOM files written.
  int exportDeidentified(const QString& outDir);

  const annotation::AnnotationSession* session() const { return session_.get(); }
  std::shared_ptr<AnnotationLayer> layer() const { return layer_; }
  QString progressText() const;

  // ViewEditHandler
  bool press(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void drag(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void release(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;

 signals:
  void changed();

 private:
  const LoadedSeries* seriesOf(const ImageView* view) const;
  const LoadedSeries* seriesById(const std::string& id) const;
  bool toPixel(const ImageView* view, const image::Vec3& patient, int& instance, double& x,
               double& y) const;
  void refresh();
  QString journalPath(const QString& study) const;
  QString projectPath(const QString& study) const;

  Host host_;
  std::optional<annotation::RsnaDataset> dataset_;
  QString root_;
  QStringList studies_;
  int studyIndex_ = -1;
  QString currentStudy_;
  std::unique_ptr<annotation::AnnotationSession> session_;
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
