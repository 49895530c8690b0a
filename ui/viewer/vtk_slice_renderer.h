#pragma once
// The Qt 6 <-> VTK bridge: a 2D slice rendered by VTK (vtkImageActor, window/level through a
// vtkImageProperty lookup table, a parallel camera) in an off-screen vtkRenderWindow with its own
// GL context, read back into a QImage that the widget paints. VTK types stay in the .cpp.

#include <QColor>
#include <QImage>
#include <memory>

#include "core/image/image.h"
#include "ui/viewer/view_transform.h"

namespace osteon {
namespace ui {

class VtkSliceRenderer {
 public:
  VtkSliceRenderer();
  ~VtkSliceRenderer();
  VtkSliceRenderer(const VtkSliceRenderer&) = delete;
  VtkSliceRenderer& operator=(const VtkSliceRenderer&) = delete;

  // A 2D image (depth 1): grey images are uploaded as physical values (rescale applied), RGB as is.
  void setSlice(const image::Image& slice);
  void setWindow(double center, double width, bool invert);
  void setSmooth(bool linear);
  // Renders at `size` with the camera of `t`; RGB32 image, top row first.
  QImage render(const ViewTransform& t, QSize size, const QColor& background);

 private:
  struct Impl;
  std::unique_ptr<Impl> d_;
};

}  // namespace ui
}  // namespace osteon
