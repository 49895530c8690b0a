#pragma once
// The one mapping between a displayed slice and the widget: slice pixel (column, row), with pixel
// centres at integer coordinates, to widget pixels. The VTK camera and every overlay use it, so
// overlays stay exact under zoom, pan, rotation and flips.
//   widget = centre + s * (R * F * (world - c) - pan),  world = (column * sx, row * sy) in mm
// with F the flips, R the rotation in quarter turns clockwise, c the image centre, s pixels/mm.

#include <QPointF>
#include <QSize>
#include <QTransform>

namespace osteon {
namespace ui {

struct ViewState {
  int rotation = 0;  // quarter turns clockwise
  bool flipH = false, flipV = false;
  double zoom = 1.0;  // relative to "fit to window"
  QPointF pan;        // mm, in screen axes
};

class ViewTransform {
 public:
  ViewTransform() = default;
  ViewTransform(QSize widget, int columns, int rows, double spacingX, double spacingY,
                const ViewState& state);

  double pixelsPerMm() const { return scale_; }
  double fitPixelsPerMm() const { return fit_; }
  QPointF sliceToWidget(const QPointF& pixel) const { return transform_.map(pixel); }
  QPointF widgetToSlice(const QPointF& w) const { return inverse_.map(w); }
  const QTransform& transform() const { return transform_; }

  // For the VTK camera: image centre c (mm), the 2x2 matrix R*F (row-major), focal point c + pan.
  QPointF centerMm() const { return center_; }
  void orientation(double m[4]) const;
  QPointF focalMm() const { return center_ + pan_; }
  double parallelScale() const { return widget_.height() / (2.0 * scale_); }

 private:
  QSize widget_;
  QPointF center_, pan_;
  double scale_ = 1, fit_ = 1, sx_ = 1, sy_ = 1;
  double m_[4] = {1, 0, 0, 1};
  QTransform transform_, inverse_;
};

}  // namespace ui
}  // namespace osteon
