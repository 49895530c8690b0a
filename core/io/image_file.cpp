#include "core/io/image_file.h"

#ifdef OSTEON_HAVE_GDCM_TRACE
#include <gdcmTrace.h>
#endif
#include <itkBMPImageIOFactory.h>
#include <itkGDCMImageIO.h>
#include <itkGDCMImageIOFactory.h>
#include <itkImage.h>
#include <itkImageFileReader.h>
#include <itkImageFileWriter.h>
#include <itkImageIOBase.h>
#include <itkImageIOFactory.h>
#include <itkJPEGImageIOFactory.h>
#include <itkMetaImageIOFactory.h>
#include <itkNiftiImageIOFactory.h>
#include <itkNrrdImageIOFactory.h>
#include <itkPNGImageIOFactory.h>
#include <itkRGBPixel.h>
#include <itkTIFFImageIOFactory.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "core/base/error.h"
#include "core/io/itk_bridge.h"
#include "core/io/png_reader.h"

namespace osteon::io {

using image::Image;
using image::PixelType;

namespace detail {

void registerItkFactories() {
  static std::once_flag once;
  std::call_once(once, [] {
  // GDCM prints codec warnings to stderr; failures still arrive as exceptions.
#ifdef OSTEON_HAVE_GDCM_TRACE
    gdcm::Trace::WarningOff();
    gdcm::Trace::DebugOff();
#endif
    itk::PNGImageIOFactory::RegisterOneFactory();
    itk::JPEGImageIOFactory::RegisterOneFactory();
    itk::TIFFImageIOFactory::RegisterOneFactory();
    itk::BMPImageIOFactory::RegisterOneFactory();
    itk::NiftiImageIOFactory::RegisterOneFactory();
    itk::NrrdImageIOFactory::RegisterOneFactory();
    itk::MetaImageIOFactory::RegisterOneFactory();
  });
}

}  // namespace detail

namespace {

template <class ItkImage>
void copyGeometryFrom(const ItkImage* src, Image& dst) {
  const auto origin = src->GetOrigin();
  const auto spacing = src->GetSpacing();
  const auto dir = src->GetDirection();
  for (unsigned a = 0; a < 3; ++a) {
    dst.geometry.origin[a] = origin[a];
    dst.geometry.spacing[a] = spacing[a];
    for (unsigned b = 0; b < 3; ++b)
      dst.geometry.direction(static_cast<int>(a), static_cast<int>(b)) = dir(a, b);
  }
}

template <class ItkImage>
void copyGeometryTo(const Image& src, ItkImage* dst) {
  typename ItkImage::PointType origin;
  typename ItkImage::SpacingType spacing;
  typename ItkImage::DirectionType dir;
  for (unsigned a = 0; a < 3; ++a) {
    origin[a] = src.geometry.origin[a];
    spacing[a] = src.geometry.spacing[a];
    for (unsigned b = 0; b < 3; ++b)
      dir(a, b) = src.geometry.direction(static_cast<int>(a), static_cast<int>(b));
  }
  dst->SetOrigin(origin);
  dst->SetSpacing(spacing);
  dst->SetDirection(dir);
}

template <class TPixel>
Image readAs(const std::string& path, PixelType type) {
  using ItkImage = itk::Image<TPixel, 3>;
  auto reader = itk::ImageFileReader<ItkImage>::New();
  reader->SetFileName(path);
  reader->Update();
  const ItkImage* im = reader->GetOutput();
  const auto size = im->GetLargestPossibleRegion().GetSize();
  Image out(type,
            {static_cast<int>(size[0]), static_cast<int>(size[1]), static_cast<int>(size[2])});
  std::memcpy(out.bytes(), im->GetBufferPointer(), out.byteSize());
  copyGeometryFrom(im, out);
  return out;
}

template <class TPixel>
void writeAs(const Image& img, const std::string& path) {
  using ItkImage = itk::Image<TPixel, 3>;
  auto im = ItkImage::New();
  typename ItkImage::SizeType size;
  for (unsigned a = 0; a < 3; ++a)
    size[a] = static_cast<itk::SizeValueType>(img.dims()[a]);
  im->SetRegions(typename ItkImage::RegionType(size));
  im->Allocate();
  std::memcpy(static_cast<void*>(im->GetBufferPointer()), img.bytes(), img.byteSize());
  copyGeometryTo(img, im.GetPointer());
  auto writer = itk::ImageFileWriter<ItkImage>::New();
  writer->SetFileName(path);
  writer->SetInput(im);
  writer->UseCompressionOn();
  writer->Update();
}

template <class TPixel>
void write2D(const Image& img, const std::string& path) {
  // PNG is 2D: a 3D ITK image with one slice is written as a 2D file.
  using ItkImage = itk::Image<TPixel, 2>;
  auto im = ItkImage::New();
  typename ItkImage::SizeType size;
  size[0] = static_cast<itk::SizeValueType>(img.width());
  size[1] = static_cast<itk::SizeValueType>(img.height());
  im->SetRegions(typename ItkImage::RegionType(size));
  im->Allocate();
  std::memcpy(static_cast<void*>(im->GetBufferPointer()), img.bytes(), img.byteSize());
  auto writer = itk::ImageFileWriter<ItkImage>::New();
  writer->SetFileName(path);
  writer->SetInput(im);
  writer->Update();
}

}  // namespace

namespace {
Image readImageFileImpl(const std::string& path) {
  detail::registerItkFactories();
  if (!std::filesystem::is_regular_file(path)) throw Error(fileError(path, "no such file"));
  if (detail::lowerExtension(path) == ".png") return detail::readPng(path);
  itk::ImageIOBase::Pointer io = itk::ImageIOFactory::CreateImageIO(
      path.c_str(), itk::ImageIOFactory::IOFileModeEnum::ReadMode);
  if (!io)
    throw Error(
        fileError(path, "not a supported image format (PNG, JPEG, TIFF, BMP, NIfTI, NRRD, MHA)"));
  try {
    io->SetFileName(path);
    io->ReadImageInformation();
    const unsigned dims = io->GetNumberOfDimensions();
    if (dims < 2 || dims > 3)
      throw Error(fileError(path, std::to_string(dims) + "-D images are not supported"));
    std::size_t voxels = 1;
    for (unsigned d = 0; d < dims; ++d)
      voxels *= io->GetDimensions(d);
    if (voxels == 0 || voxels > image::maxVoxels())
      throw Error(fileError(path, "image size is empty or above the limit"));
    using C = itk::IOComponentEnum;
    const C comp = io->GetComponentType();
    const unsigned nc = io->GetNumberOfComponents();
    if (nc == 3 || nc == 4) {
      // Colour: RGB(A) to RGB8 (alpha dropped).
      Image out = nc == 3 ? readAs<itk::RGBPixel<unsigned char>>(path, PixelType::RGB8) : Image();
      if (nc == 4) {
        using RGBA = itk::RGBAPixel<unsigned char>;
        auto reader = itk::ImageFileReader<itk::Image<RGBA, 3>>::New();
        reader->SetFileName(path);
        reader->Update();
        auto* im = reader->GetOutput();
        const auto size = im->GetLargestPossibleRegion().GetSize();
        out = Image(PixelType::RGB8, {static_cast<int>(size[0]), static_cast<int>(size[1]),
                                      static_cast<int>(size[2])});
        const RGBA* p = im->GetBufferPointer();
        std::uint8_t* q = out.bytes();
        for (std::size_t i = 0; i < out.voxelCount(); ++i) {
          q[3 * i] = p[i][0];
          q[3 * i + 1] = p[i][1];
          q[3 * i + 2] = p[i][2];
        }
        copyGeometryFrom(im, out);
      }
      return out;
    }
    if (nc == 2) {
      // Grey + alpha (PNG "LA"): keep the grey channel.
      Image grey = readAs<unsigned char>(path, PixelType::UInt8);
      return grey;
    }
    if (nc != 1)
      throw Error(fileError(path, std::to_string(nc) + "-component images are not supported"));
    switch (comp) {
      case C::UCHAR:
        return readAs<unsigned char>(path, PixelType::UInt8);
      case C::CHAR:
      case C::SHORT:
        return readAs<short>(path, PixelType::Int16);
      case C::USHORT:
        return readAs<unsigned short>(path, PixelType::UInt16);
      default:
        return readAs<float>(path, PixelType::Float32);
    }
  } catch (const itk::ExceptionObject& e) {
    throw Error(fileError(path, std::string("cannot read: ") + e.GetDescription()));
  }
}

}  // namespace

Image readImageFile(const std::string& path) {
  Image img = readImageFileImpl(path);
  const std::string e = detail::lowerExtension(path);
  // Pictures carry no patient orientation (NIfTI, NRRD and MetaImage do).
  if (e == ".png" || e == ".jpg" || e == ".jpeg" || e == ".tif" || e == ".tiff" || e == ".bmp")
    img.meta["has_geometry"] = "0";
  return img;
}

Image::Dims readImageSize(const std::string& path) {
  detail::registerItkFactories();
  itk::ImageIOBase::Pointer io = itk::ImageIOFactory::CreateImageIO(
      path.c_str(), itk::ImageIOFactory::IOFileModeEnum::ReadMode);
  if (!io) throw Error(fileError(path, "not a supported image format"));
  try {
    io->SetFileName(path);
    io->ReadImageInformation();
  } catch (const itk::ExceptionObject& e) {
    throw Error(fileError(path, std::string("cannot read the header: ") + e.GetDescription()));
  }
  Image::Dims d{1, 1, 1};
  for (unsigned a = 0; a < std::min(3u, io->GetNumberOfDimensions()); ++a)
    d[a] = static_cast<int>(io->GetDimensions(a));
  return d;
}

void writeImageFile(const Image& img, const std::string& path) {
  detail::registerItkFactories();
  if (img.empty()) throw Error(fileError(path, "nothing to write: empty image"));
  const std::string ext = detail::lowerExtension(path);
  try {
    if (ext == ".png") {
      if (img.depth() != 1)
        throw Error(
            fileError(path, "PNG holds one slice; this image has " + std::to_string(img.depth())));
      switch (img.pixelType()) {
        case PixelType::UInt8:
          write2D<unsigned char>(img, path);
          return;
        case PixelType::UInt16:
          write2D<unsigned short>(img, path);
          return;
        case PixelType::RGB8:
          write2D<itk::RGBPixel<unsigned char>>(img, path);
          return;
        default:
          throw Error(fileError(path, std::string("PNG cannot hold ") +
                                          image::pixelTypeName(img.pixelType()) +
                                          " pixels; apply a window first"));
      }
    }
    if (ext == ".nii" || ext == ".nii.gz" || ext == ".nrrd" || ext == ".nhdr" || ext == ".mha" ||
        ext == ".mhd") {
      // Physical values are written: a non-identity rescale is applied into float32.
      if (!img.rescale.isIdentity() && img.pixelType() != PixelType::RGB8) {
        writeAs<float>(image::toFloat(img), path);
        return;
      }
      switch (img.pixelType()) {
        case PixelType::UInt8:
          writeAs<unsigned char>(img, path);
          return;
        case PixelType::Int16:
          writeAs<short>(img, path);
          return;
        case PixelType::UInt16:
          writeAs<unsigned short>(img, path);
          return;
        case PixelType::Float32:
          writeAs<float>(img, path);
          return;
        case PixelType::RGB8:
          writeAs<itk::RGBPixel<unsigned char>>(img, path);
          return;
      }
    }
  } catch (const itk::ExceptionObject& e) {
    throw Error(fileError(path, std::string("cannot write: ") + e.GetDescription()));
  }
  throw Error(fileError(path, "unknown output format '" + ext + "' (png, nii, nii.gz, nrrd, mha)"));
}

namespace detail {

template <class TPixel>
Image readWithGdcm(const std::string& path, PixelType type) {
  try {
    using ItkImage = itk::Image<TPixel, 3>;
    auto gdcm = itk::GDCMImageIO::New();
    auto reader = itk::ImageFileReader<ItkImage>::New();
    reader->SetImageIO(gdcm);
    reader->SetFileName(path);
    reader->Update();
    const ItkImage* im = reader->GetOutput();
    const auto size = im->GetLargestPossibleRegion().GetSize();
    Image out(type,
              {static_cast<int>(size[0]), static_cast<int>(size[1]), static_cast<int>(size[2])});
    std::memcpy(out.bytes(), static_cast<const void*>(im->GetBufferPointer()), out.byteSize());
    copyGeometryFrom(im, out);
    return out;
  } catch (const itk::ExceptionObject& e) {
    throw Error(fileError(path, std::string("GDCM cannot decode: ") + e.GetDescription()));
  }
}

Image readDicomWithGdcm(const std::string& path) {
  registerItkFactories();
  return readWithGdcm<float>(path, PixelType::Float32);
}

Image readDicomRgbWithGdcm(const std::string& path) {
  registerItkFactories();
  return readWithGdcm<itk::RGBPixel<unsigned char>>(path, PixelType::RGB8);
}

}  // namespace detail

}  // namespace osteon::io
