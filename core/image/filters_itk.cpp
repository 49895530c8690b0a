#include <itkFlatStructuringElement.h>
#include <itkImage.h>
#include <itkWhiteTopHatImageFilter.h>

#include <cstring>

#include "core/base/error.h"
#include "core/image/filters.h"

namespace osteon::image {

Image rollingBallBackgroundRemoval(const Image& img, int radius, int slice) {
  if (radius < 1) throw Error("rolling ball: the radius must be at least 1 pixel");
  if (img.empty() || slice < 0 || slice >= img.depth()) throw Error("rolling ball: no such slice");
  using ItkImage = itk::Image<float, 2>;
  auto in = ItkImage::New();
  ItkImage::RegionType region;
  region.SetSize({{static_cast<itk::SizeValueType>(img.width()),
                   static_cast<itk::SizeValueType>(img.height())}});
  in->SetRegions(region);
  in->Allocate();
  float* p = in->GetBufferPointer();
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x)
      p[static_cast<std::size_t>(y) * img.width() + x] = static_cast<float>(img.value(x, y, slice));
  using Element = itk::FlatStructuringElement<2>;
  Element::RadiusType r;
  r.Fill(static_cast<itk::SizeValueType>(radius));
  auto filter = itk::WhiteTopHatImageFilter<ItkImage, ItkImage, Element>::New();
  filter->SetInput(in);
  filter->SetKernel(Element::Ball(r));
  try {
    filter->Update();
  } catch (const itk::ExceptionObject& e) {
    throw Error(std::string("rolling ball: ") + e.GetDescription());
  }
  Image out(PixelType::Float32, {img.width(), img.height(), 1});
  out.geometry = img.geometry;
  std::memcpy(out.bytes(), filter->GetOutput()->GetBufferPointer(), out.byteSize());
  return out;
}

}  // namespace osteon::image
