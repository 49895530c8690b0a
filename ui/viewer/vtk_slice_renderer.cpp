#include "ui/viewer/vtk_slice_renderer.h"

#include <vtkCamera.h>
#include <vtkFloatArray.h>
#include <vtkImageActor.h>
#include <vtkImageData.h>
#include <vtkImageMapper3D.h>
#include <vtkImageProperty.h>
#include <vtkLookupTable.h>
#include <vtkMatrix4x4.h>
#include <vtkNew.h>
#include <vtkPointData.h>
#include <vtkRenderWindow.h>
#include <vtkRenderer.h>
#include <vtkUnsignedCharArray.h>

#include <cstring>

namespace osteon {
namespace ui {

struct VtkSliceRenderer::Impl {
  vtkNew<vtkRenderWindow> window;
  vtkNew<vtkRenderer> renderer;
  vtkNew<vtkImageActor> actor;
  vtkNew<vtkImageData> data;
  vtkNew<vtkLookupTable> lut;
  vtkNew<vtkMatrix4x4> matrix;
  vtkNew<vtkUnsignedCharArray> pixels;
  bool rgb = false;
  bool hasData = false;
};

VtkSliceRenderer::VtkSliceRenderer() : d_(std::make_unique<Impl>()) {
  d_->window->SetOffScreenRendering(1);
  d_->window->SetMultiSamples(0);
  d_->window->AddRenderer(d_->renderer);
  d_->renderer->AddActor(d_->actor);
  d_->actor->GetMapper()->SetInputData(d_->data);
  d_->actor->SetUserMatrix(d_->matrix);
  d_->lut->SetNumberOfTableValues(256);
  d_->lut->SetSaturationRange(0, 0);
  d_->lut->SetHueRange(0, 0);
  d_->lut->SetValueRange(0, 1);
  d_->lut->SetRampToLinear();
  d_->lut->Build();
  vtkImageProperty* p = d_->actor->GetProperty();
  p->SetLookupTable(d_->lut);
  p->UseLookupTableScalarRangeOff();
  p->SetInterpolationTypeToLinear();
  d_->renderer->GetActiveCamera()->ParallelProjectionOn();
  d_->actor->SetVisibility(0);
}

VtkSliceRenderer::~VtkSliceRenderer() = default;

void VtkSliceRenderer::setSlice(const image::Image& slice) {
  vtkImageData* data = d_->data;
  const int w = slice.width(), h = slice.height();
  data->SetDimensions(w, h, 1);
  data->SetSpacing(slice.geometry.spacing[0], slice.geometry.spacing[1], 1);
  data->SetOrigin(0, 0, 0);
  d_->rgb = slice.pixelType() == image::PixelType::RGB8;
  if (d_->rgb) {
    data->AllocateScalars(VTK_UNSIGNED_CHAR, 3);
    std::memcpy(data->GetScalarPointer(), slice.bytes(), slice.sliceVoxels() * 3);
    d_->actor->GetProperty()->SetLookupTable(nullptr);
    d_->actor->GetProperty()->SetColorWindow(255);
    d_->actor->GetProperty()->SetColorLevel(127.5);
  } else {
    data->AllocateScalars(VTK_FLOAT, 1);
    const image::Image f = image::toFloat(slice);
    std::memcpy(data->GetScalarPointer(), f.bytes(), f.sliceVoxels() * sizeof(float));
    d_->actor->GetProperty()->SetLookupTable(d_->lut);
  }
  data->Modified();
  d_->hasData = true;
  d_->actor->SetVisibility(1);
}

void VtkSliceRenderer::setWindow(double center, double width, bool invert) {
  if (d_->rgb) return;
  d_->lut->SetValueRange(invert ? 1 : 0, invert ? 0 : 1);
  d_->lut->ForceBuild();
  vtkImageProperty* p = d_->actor->GetProperty();
  // VTK maps [level - window/2, level + window/2] onto the table, as the DICOM function does
  // up to its half-pixel offset.
  p->SetColorWindow(std::max(width, 1e-6));
  p->SetColorLevel(center - 0.5);
}

void VtkSliceRenderer::setSmooth(bool linear) {
  if (linear)
    d_->actor->GetProperty()->SetInterpolationTypeToLinear();
  else
    d_->actor->GetProperty()->SetInterpolationTypeToNearest();
}

QImage VtkSliceRenderer::render(const ViewTransform& t, QSize size, const QColor& background) {
  const int w = std::max(1, size.width()), h = std::max(1, size.height());
  d_->window->SetSize(w, h);
  d_->renderer->SetBackground(background.redF(), background.greenF(), background.blueF());
  // Actor: world -> c + R F (world - c); camera centred on c + pan, y down on screen.
  double m[4];
  t.orientation(m);
  const QPointF c = t.centerMm();
  vtkMatrix4x4* M = d_->matrix;
  M->Identity();
  M->SetElement(0, 0, m[0]);
  M->SetElement(0, 1, m[1]);
  M->SetElement(1, 0, m[2]);
  M->SetElement(1, 1, m[3]);
  M->SetElement(0, 3, c.x() - (m[0] * c.x() + m[1] * c.y()));
  M->SetElement(1, 3, c.y() - (m[2] * c.x() + m[3] * c.y()));
  M->Modified();
  vtkCamera* cam = d_->renderer->GetActiveCamera();
  const QPointF f = t.focalMm();
  cam->SetFocalPoint(f.x(), f.y(), 0);
  cam->SetPosition(f.x(), f.y(), -1000);
  cam->SetViewUp(0, -1, 0);
  cam->SetParallelScale(t.parallelScale());
  d_->renderer->ResetCameraClippingRange();
  d_->window->Render();

  d_->window->GetRGBACharPixelData(0, 0, w - 1, h - 1, 0, d_->pixels);
  // VTK's rows run bottom-up; the background is opaque, so RGBA can be used as is.
  const QImage view(d_->pixels->GetPointer(0), w, h, w * 4, QImage::Format_RGBX8888);
  return view.mirrored(false, true);
}

}  // namespace ui
}  // namespace osteon
