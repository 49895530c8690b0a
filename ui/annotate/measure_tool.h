#pragma once
// Measurement tools on the image views: distance (2 clicks), angle (3 clicks: arm, vertex, arm)
// and Cobb angle (4 clicks: two endplate lines). Values are in mm from the pixel spacing or
// imager pixel spacing, and say "uncalibrated" when the image has neither. Every measurement is
// an undoable edit of the study's annotation session and is drawn on the image with its value.
// When no tool is active, presses go to the labelling panel.
//
// Auto Cobb (built with LibTorch): the spine landmark model finds the 68 vertebra corners of the
// X-ray in the view on a worker thread; they become one Spine measurement drawn as vertebra
// outlines with the end vertebrae and the three Cobb angles. Dragging a corner (in any mode)
// moves it with the angles updating live; the move is one undo step.
//
// Measurements persist per study: a project JSON and an fsync'd journal under the application
// data folder (measurements/<key>.json|.journal); after a crash the journal is replayed on the
// next open, so no confirmed edit is lost.

#include <QObject>
#include <memory>

#include "core/annotation/study_annotations.h"
#include "ui/browser/study_loader.h"
#include "ui/common/background_job.h"
#include "ui/viewer/image_view.h"
#include "ui/viewer/overlays.h"

namespace osteon {
namespace ui {

class MeasureTool : public QObject, public ViewEditHandler {
  Q_OBJECT
 public:
  enum class Mode { None, Distance, Angle, Cobb };
  explicit MeasureTool(QObject* parent = nullptr);

  void setFallback(ViewEditHandler* h) { fallback_ = h; }
  void setMode(Mode m);
  Mode mode() const { return mode_; }
  // The session of a newly opened study (measurements are per study): its saved project and
  // journal are loaded from `storageDir` when they exist ("" = no storage).
  void reset(const std::string& studyId, const QString& storageDir = QString());
  // Writes the project and restarts the journal from it.
  void save();
  QString projectPath() const { return projectPath_; }
  // Auto Cobb on the view's current slice. False (with a message) when it cannot start.
  bool autoCobb(ImageView* view, const QString& modelPath = QString());
  bool autoCobbRunning() const { return autoCobb_.running(); }
  static bool autoCobbAvailable();
  // Index of the Spine measurement shown for a series slice, or -1.
  int spineMeasurement(const LoadedSeries* s, int slice) const;
  annotation::AnnotationSession& session() { return *session_; }
  void undo();
  // The layer to put on every view.
  std::shared_ptr<AnnotationLayer> layer() const { return layer_; }
  void setSeries(const std::vector<LoadedSeries>* series) { series_ = series; }

  bool press(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void drag(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void release(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;

  static annotation::Calibration calibrationOf(const image::Image& volume);

  // The DICOM source of (series key, instance) among the loaded series, or null (a plain image,
  // or a series that is not loaded).
  const annotation::SliceSource* sourceOf(const std::string& series, int instance) const;
  // Writes this study's measurements, and `labels`' RSNA level points and grades when given, as
  // a DICOM SR TID 1500 Measurement Report referencing the images they were made on. False with
  // `message` saying why (nothing measured on a DICOM image, a write failure).
  bool exportReport(const QString& path, const annotation::StudyAnnotations* labels,
                    QString& message) const;
  // Reads a Measurement Report made on the loaded images (matched by SOP Instance UID): its
  // measurements are added as ONE undoable edit and drawn; its level points and grades go to
  // `levels` (the labelling panel's). False with `message` when the file is not a report or none
  // of its images is loaded.
  bool importReport(const QString& path, annotation::SrImport& levels, QString& message);

 signals:
  void message(const QString& text);
  void changed();
  void autoCobbFinished(bool ok, const QString& text);

 private:
  const LoadedSeries* seriesOf(const ImageView* view) const;
  void rebuild();
  int sliceOf(const LoadedSeries* s, int instance) const;
  std::string seriesKey(const LoadedSeries* s) const;
  void spineItems(const annotation::Measurement& m, std::size_t index, const LoadedSeries* s, int k,
                  std::vector<AnnotationLayer::Item>& items) const;
  struct AutoCobbResult {
    std::vector<annotation::Point2> landmarks;
    double ms = 0;
    QString provenance;
  };
  void onAutoCobbDone(const BackgroundJob::Outcome& outcome, const AutoCobbResult& r);

  Mode mode_ = Mode::None;
  ViewEditHandler* fallback_ = nullptr;
  bool forwarded_ = false;
  std::unique_ptr<annotation::AnnotationSession> session_;
  std::shared_ptr<AnnotationLayer> layer_;
  const std::vector<LoadedSeries>* series_ = nullptr;
  // The measurement being drawn.
  const LoadedSeries* target_ = nullptr;
  int slice_ = 0;
  std::vector<annotation::Point2> points_;
  // A corner being dragged.
  int dragMeasurement_ = -1, dragPoint_ = -1;
  annotation::Point2 dragPos_;
  // Auto Cobb in flight.
  const LoadedSeries* autoTarget_ = nullptr;
  int autoSlice_ = 0;
  QString projectPath_, journalPath_;
  BackgroundJob autoCobb_;  // last: destroyed (waited for) first
};

}  // namespace ui
}  // namespace osteon
