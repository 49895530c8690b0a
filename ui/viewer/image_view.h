#pragma once
// One image view: a slice of a volume in a plane (axial, coronal, sagittal; reslicing when it is
// not the acquisition plane), rendered by VTK through VtkSliceRenderer, with overlay layers on top.
// Mouse: left drag = window/level, left click = linked cursor, middle or shift+left drag = pan,
// right drag or ctrl+wheel = zoom, wheel = scroll. Keyboard actions live in the main window.

#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

#include "core/image/image.h"
#include "core/image/reslice.h"
#include "core/image/window_level.h"
#include "ui/viewer/overlays.h"
#include "ui/viewer/view_transform.h"

namespace osteon {
namespace ui {

class VtkSliceRenderer;
class ImageView;

// Tools that edit on a view (labelling, measurements) receive left-button presses first.
class ViewEditHandler {
 public:
  virtual ~ViewEditHandler() = default;
  // True when the tool takes the press (no window/level drag, no linked cursor then).
  virtual bool press(ImageView* view, const QPointF& widget, const image::Vec3& patient) = 0;
  virtual void drag(ImageView*, const QPointF&, const image::Vec3&) {}
  virtual void release(ImageView*, const QPointF&, const image::Vec3&) {}
};

class ImageView : public QWidget {
  Q_OBJECT
 public:
  explicit ImageView(QWidget* parent = nullptr);
  ~ImageView() override;

  // The volume shown (shared: several views may show one volume). Resets plane, slice and W/L.
  void setVolume(std::shared_ptr<const image::Image> volume, const QString& title = {});
  const std::shared_ptr<const image::Image>& volume() const { return volume_; }
  QString title() const { return title_; }

  void setPlane(image::Plane plane);
  image::Plane plane() const { return plane_; }
  int sliceIndex() const { return slice_; }
  int sliceCount() const;
  void setSliceIndex(int index);
  void scrollBy(int delta);

  void setWindow(const image::WindowLevel& wl);
  image::WindowLevel window() const { return wl_; }
  void autoWindow();
  void applyPreset(int index);  // header presets, in order

  const ViewState& viewState() const { return state_; }
  void setViewState(const ViewState& s);
  void zoomBy(double factor);
  void fit();
  void oneToOne();
  void rotate(int quarterTurns);
  void flipHorizontal();
  void flipVertical();
  void setInvert(bool invert);
  bool inverted() const { return invert_; }
  void setSmooth(bool smooth);
  void setCornerTextVisible(bool visible);
  bool cornerTextVisible() const;
  // Corner text k (0 top-left .. 3 bottom-right), as drawn.
  QString cornerText(int k) const;
  // A single-slice projection radiograph (DX/CR/PX/MG/RF/XA/IO) or a plain 2D picture: no plane
  // or slice label.
  bool isProjection() const { return projection_; }
  // The pixels have a real size (DICOM PixelSpacing/ImagerPixelSpacing, or a volume format with
  // geometry): the scale bar and mm positions are shown; otherwise pixels are "uncalibrated".
  bool isCalibrated() const { return calibrated_; }

  // Linked cursor: jump to the slice nearest a patient point and mark it.
  void setCursorPoint(const image::Vec3& patient);
  void clearCursor();
  bool hasCursor() const { return hasCursor_; }

  void setEditHandler(ViewEditHandler* handler) { editHandler_ = handler; }
  void addOverlay(std::shared_ptr<OverlayLayer> layer);
  void removeOverlay(const std::shared_ptr<OverlayLayer>& layer);
  const std::vector<std::shared_ptr<OverlayLayer>>& overlays() const { return overlays_; }
  void setOverlaysVisible(bool visible);

  void startCine(int framesPerSecond);
  void stopCine();
  bool cineRunning() const { return cine_.isActive(); }

  // The displayed slice and its mapping to the widget (for tests, export and overlays).
  const image::Image* currentSlice();
  ViewTransform currentTransform() const;
  // Patient position of a widget point on the current slice.
  bool widgetToPatient(const QPointF& w, image::Vec3& out);
  // Time of the last paint, in milliseconds (benchmarks).
  double lastRenderMs() const { return lastRenderMs_; }
  void setActive(bool active);

 signals:
  void cursorPlaced(const osteon::image::Vec3& patient);
  void pixelInfo(const QString& text);
  void sliceChanged(int index);
  void windowChanged();
  void activated();

 protected:
  void paintEvent(QPaintEvent*) override;
  void resizeEvent(QResizeEvent*) override;
  void mousePressEvent(QMouseEvent*) override;
  void mouseMoveEvent(QMouseEvent*) override;
  void mouseReleaseEvent(QMouseEvent*) override;
  void wheelEvent(QWheelEvent*) override;

 private:
  void ensureSlice();
  void updateCornerText();
  OverlayContext context();

  std::shared_ptr<const image::Image> volume_;
  QString title_;
  image::Plane plane_ = image::Plane::Axial;
  int slice_ = 0;
  image::WindowLevel wl_;
  bool invert_ = false;
  ViewState state_;
  std::unique_ptr<VtkSliceRenderer> renderer_;
  image::Image sliceImage_;
  bool sliceDirty_ = true, windowDirty_ = true;
  std::shared_ptr<TextLayer> text_;
  bool projection_ = false, calibrated_ = true;
  std::vector<std::shared_ptr<OverlayLayer>> overlays_;
  bool overlaysVisible_ = true;
  bool hasCursor_ = false;
  image::Vec3 cursor_{0, 0, 0};
  QTimer cine_;
  int cineStep_ = 1;
  bool active_ = false;
  // Drag state.
  Qt::MouseButton dragButton_ = Qt::NoButton;
  QPoint pressPos_, lastPos_;
  bool dragged_ = false;
  double lastRenderMs_ = 0;
  ViewEditHandler* editHandler_ = nullptr;
  bool editing_ = false;
};

}  // namespace ui
}  // namespace osteon
