#pragma once
// Measurement tools on the image views: distance (2 clicks), angle (3 clicks: arm, vertex, arm)
// and Cobb angle (4 clicks: two endplate lines). Values are in mm from the pixel spacing or
// imager pixel spacing, and say "uncalibrated" when the image has neither. Every measurement is
// an undoable edit of the study's annotation session and is drawn on the image with its value.
// When no tool is active, presses go to the labelling panel.

#include <QObject>
#include <memory>

#include "core/annotation/study_annotations.h"
#include "ui/browser/study_loader.h"
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
  // A fresh session for a newly opened study (measurements are per study).
  void reset(const std::string& studyId);
  annotation::AnnotationSession& session() { return *session_; }
  void undo();
  // The layer to put on every view.
  std::shared_ptr<AnnotationLayer> layer() const { return layer_; }
  void setSeries(const std::vector<LoadedSeries>* series) { series_ = series; }

  bool press(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void drag(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;
  void release(ImageView* view, const QPointF& widget, const image::Vec3& patient) override;

  static annotation::Calibration calibrationOf(const image::Image& volume);

 signals:
  void message(const QString& text);
  void changed();

 private:
  const LoadedSeries* seriesOf(const ImageView* view) const;
  void rebuild();

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
};

}  // namespace ui
}  // namespace osteon
