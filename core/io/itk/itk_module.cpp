// libosteon_io_itk.so: the image formats core/io reads and writes through ITK, and GDCM's DICOM
// decoding (JPEG 2000). Loaded by core/io on first use (core/io/itk_module.h has the contract and
// says why); nothing else in Osteon links ITK's I/O. Exceptions stay inside: each entry point
// returns 0 or a message.

#include "core/io/itk_module.h"

#ifdef OSTEON_HAVE_GDCM_TRACE
#include <gdcmTrace.h>
#endif
#include <itkBMPImageIOFactory.h>
#include <itkGDCMImageIO.h>
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
#include <itkRGBAPixel.h>
#include <itkRGBPixel.h>
#include <itkTIFFImageIOFactory.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <exception>
#include <mutex>
#include <new>
#include <string>

namespace {

// A failure inside the module, turned into a message at the entry point.
struct Failure {
  std::string message;
};

void registerFactories() {
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

std::size_t bytesPerVoxel(int pixel) {
  switch (pixel) {
    case OSTEON_ITK_UINT8:
      return 1;
    case OSTEON_ITK_INT16:
    case OSTEON_ITK_UINT16:
      return 2;
    case OSTEON_ITK_FLOAT32:
      return 4;
    case OSTEON_ITK_RGB8:
      return 3;
  }
  throw Failure{"unknown voxel type " + std::to_string(pixel)};
}

std::size_t voxelCount(const OsteonItkVolume& v) {
  return static_cast<std::size_t>(v.dims[0]) * static_cast<std::size_t>(v.dims[1]) *
         static_cast<std::size_t>(v.dims[2]);
}

template <class ItkImage>
void geometryFrom(const ItkImage* src, OsteonItkVolume& v) {
  const auto size = src->GetLargestPossibleRegion().GetSize();
  const auto origin = src->GetOrigin();
  const auto spacing = src->GetSpacing();
  const auto dir = src->GetDirection();
  for (unsigned a = 0; a < 3; ++a) {
    v.dims[a] = static_cast<int>(size[a]);
    v.origin[a] = origin[a];
    v.spacing[a] = spacing[a];
    for (unsigned b = 0; b < 3; ++b)
      v.direction[3 * a + b] = dir(a, b);
  }
}

template <class ItkImage>
void geometryTo(const OsteonItkVolume& v, ItkImage* dst) {
  typename ItkImage::PointType origin;
  typename ItkImage::SpacingType spacing;
  typename ItkImage::DirectionType dir;
  for (unsigned a = 0; a < 3; ++a) {
    origin[a] = v.origin[a];
    spacing[a] = v.spacing[a];
    for (unsigned b = 0; b < 3; ++b)
      dir(a, b) = v.direction[3 * a + b];
  }
  dst->SetOrigin(origin);
  dst->SetSpacing(spacing);
  dst->SetDirection(dir);
}

// Asks the caller for the output buffer once the header is known.
void* allocateFor(OsteonItkVolume& out, int pixel, OsteonItkAllocate allocate, void* context) {
  out.pixel = pixel;
  out.voxels = nullptr;
  void* buffer = allocate(context, &out);
  if (!buffer) throw Failure{"the image was refused"};
  out.voxels = buffer;
  return buffer;
}

template <class TPixel>
void readAs(itk::ImageFileReader<itk::Image<TPixel, 3>>* reader, int pixel,
            OsteonItkAllocate allocate, void* context, OsteonItkVolume& out) {
  reader->Update();
  const auto* im = reader->GetOutput();
  geometryFrom(im, out);
  void* buffer = allocateFor(out, pixel, allocate, context);
  std::memcpy(buffer, static_cast<const void*>(im->GetBufferPointer()),
              voxelCount(out) * bytesPerVoxel(pixel));
}

template <class TPixel>
void readFile(const char* path, int pixel, OsteonItkAllocate allocate, void* context,
              OsteonItkVolume& out) {
  auto reader = itk::ImageFileReader<itk::Image<TPixel, 3>>::New();
  reader->SetFileName(path);
  readAs<TPixel>(reader.GetPointer(), pixel, allocate, context, out);
}

void readRgba(const char* path, OsteonItkAllocate allocate, void* context, OsteonItkVolume& out) {
  using RGBA = itk::RGBAPixel<unsigned char>;
  auto reader = itk::ImageFileReader<itk::Image<RGBA, 3>>::New();
  reader->SetFileName(path);
  reader->Update();
  const auto* im = reader->GetOutput();
  geometryFrom(im, out);
  auto* q = static_cast<unsigned char*>(allocateFor(out, OSTEON_ITK_RGB8, allocate, context));
  const RGBA* p = im->GetBufferPointer();
  const std::size_t n = voxelCount(out);
  for (std::size_t i = 0; i < n; ++i) {
    q[3 * i] = p[i][0];
    q[3 * i + 1] = p[i][1];
    q[3 * i + 2] = p[i][2];
  }
}

itk::ImageIOBase::Pointer headerOf(const char* path) {
  itk::ImageIOBase::Pointer io =
      itk::ImageIOFactory::CreateImageIO(path, itk::ImageIOFactory::IOFileModeEnum::ReadMode);
  if (!io) throw Failure{"not a supported image format (PNG, JPEG, TIFF, BMP, NIfTI, NRRD, MHA)"};
  io->SetFileName(path);
  try {
    io->ReadImageInformation();
  } catch (const itk::ExceptionObject& e) {
    throw Failure{std::string("cannot read the header: ") + e.GetDescription()};
  }
  return io;
}

void readImage(const char* path, std::size_t maxVoxels, OsteonItkAllocate allocate, void* context,
               OsteonItkVolume& out) {
  registerFactories();
  itk::ImageIOBase::Pointer io = headerOf(path);
  const unsigned dims = io->GetNumberOfDimensions();
  if (dims < 2 || dims > 3) throw Failure{std::to_string(dims) + "-D images are not supported"};
  // Checked before ITK allocates anything: a corrupt header may declare any size.
  double voxels = 1;
  for (unsigned d = 0; d < dims; ++d)
    voxels *= static_cast<double>(io->GetDimensions(d));
  if (voxels == 0 || voxels > static_cast<double>(maxVoxels))
    throw Failure{"image size is empty or above the limit"};
  using C = itk::IOComponentEnum;
  const unsigned nc = io->GetNumberOfComponents();
  try {
    if (nc == 3)
      return readFile<itk::RGBPixel<unsigned char>>(path, OSTEON_ITK_RGB8, allocate, context, out);
    if (nc == 4) return readRgba(path, allocate, context, out);
    // Grey + alpha (PNG "LA"): ITK keeps the grey channel.
    if (nc == 2) return readFile<unsigned char>(path, OSTEON_ITK_UINT8, allocate, context, out);
    if (nc != 1) throw Failure{std::to_string(nc) + "-component images are not supported"};
    switch (io->GetComponentType()) {
      case C::UCHAR:
        return readFile<unsigned char>(path, OSTEON_ITK_UINT8, allocate, context, out);
      case C::CHAR:
      case C::SHORT:
        return readFile<short>(path, OSTEON_ITK_INT16, allocate, context, out);
      case C::USHORT:
        return readFile<unsigned short>(path, OSTEON_ITK_UINT16, allocate, context, out);
      default:
        return readFile<float>(path, OSTEON_ITK_FLOAT32, allocate, context, out);
    }
  } catch (const itk::ExceptionObject& e) {
    throw Failure{std::string("cannot read: ") + e.GetDescription()};
  }
}

template <class TPixel, unsigned D>
void writeAs(const OsteonItkVolume& v, const char* path) {
  using ItkImage = itk::Image<TPixel, D>;
  auto im = ItkImage::New();
  typename ItkImage::SizeType size;
  for (unsigned a = 0; a < D; ++a)
    size[a] = static_cast<itk::SizeValueType>(v.dims[a]);
  im->SetRegions(typename ItkImage::RegionType(size));
  im->Allocate();
  std::memcpy(static_cast<void*>(im->GetBufferPointer()), v.voxels,
              voxelCount(v) * bytesPerVoxel(v.pixel));
  if constexpr (D == 3) geometryTo(v, im.GetPointer());
  auto writer = itk::ImageFileWriter<ItkImage>::New();
  writer->SetFileName(path);
  writer->SetInput(im);
  if constexpr (D == 3) writer->UseCompressionOn();
  writer->Update();
}

template <unsigned D>
void writeTyped(const OsteonItkVolume& v, const char* path) {
  switch (v.pixel) {
    case OSTEON_ITK_UINT8:
      return writeAs<unsigned char, D>(v, path);
    case OSTEON_ITK_INT16:
      return writeAs<short, D>(v, path);
    case OSTEON_ITK_UINT16:
      return writeAs<unsigned short, D>(v, path);
    case OSTEON_ITK_FLOAT32:
      return writeAs<float, D>(v, path);
    case OSTEON_ITK_RGB8:
      return writeAs<itk::RGBPixel<unsigned char>, D>(v, path);
  }
  throw Failure{"unknown voxel type " + std::to_string(v.pixel)};
}

std::string lowerExtension(const std::string& path) {
  std::string name = path.substr(path.find_last_of('/') + 1);
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (name.size() > 7 && name.compare(name.size() - 7, 7, ".nii.gz") == 0) return ".nii.gz";
  const auto dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(dot);
}

void writeImage(const char* path, const OsteonItkVolume& v) {
  registerFactories();
  const std::string ext = lowerExtension(path);
  try {
    if (ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".tif" || ext == ".tiff" ||
        ext == ".bmp") {
      // Pictures are 2D: a volume of one slice is written as a 2D file.
      if (v.dims[2] != 1)
        throw Failure{ext.substr(1) + " holds one slice; this image has " +
                      std::to_string(v.dims[2])};
      return writeTyped<2>(v, path);
    }
    if (ext == ".nii" || ext == ".nii.gz" || ext == ".nrrd" || ext == ".nhdr" || ext == ".mha" ||
        ext == ".mhd")
      return writeTyped<3>(v, path);
  } catch (const itk::ExceptionObject& e) {
    throw Failure{std::string("cannot write: ") + e.GetDescription()};
  }
  throw Failure{"unknown output format '" + ext + "' (png, nii, nii.gz, nrrd, mha)"};
}

template <class TPixel>
void readWithGdcm(const char* path, int pixel, OsteonItkAllocate allocate, void* context,
                  OsteonItkVolume& out) {
  try {
    auto reader = itk::ImageFileReader<itk::Image<TPixel, 3>>::New();
    reader->SetImageIO(itk::GDCMImageIO::New());
    reader->SetFileName(path);
    readAs<TPixel>(reader.GetPointer(), pixel, allocate, context, out);
  } catch (const itk::ExceptionObject& e) {
    throw Failure{std::string("GDCM cannot decode: ") + e.GetDescription()};
  }
}

// Runs one entry point: 0, or 1 with the message in error.
template <class F>
int guarded(char* error, std::size_t errorSize, F&& f) {
  std::string message;
  try {
    f();
    return 0;
  } catch (const Failure& e) {
    message = e.message;
  } catch (const itk::ExceptionObject& e) {
    message = e.GetDescription();
  } catch (const std::bad_alloc&) {
    message = "out of memory";
  } catch (const std::exception& e) {
    message = e.what();
  } catch (...) {
    message = "unknown error in the ITK image module";
  }
  if (error && errorSize) std::snprintf(error, errorSize, "%s", message.c_str());
  return 1;
}

int moduleRead(const char* path, std::size_t maxVoxels, OsteonItkAllocate allocate, void* context,
               OsteonItkVolume* out, char* error, std::size_t errorSize) {
  return guarded(error, errorSize, [&] { readImage(path, maxVoxels, allocate, context, *out); });
}

int moduleReadSize(const char* path, int dims[3], char* error, std::size_t errorSize) {
  return guarded(error, errorSize, [&] {
    registerFactories();
    itk::ImageIOBase::Pointer io = headerOf(path);
    for (unsigned a = 0; a < 3; ++a)
      dims[a] = a < io->GetNumberOfDimensions() ? static_cast<int>(io->GetDimensions(a)) : 1;
  });
}

int moduleWrite(const char* path, const OsteonItkVolume* volume, char* error,
                std::size_t errorSize) {
  return guarded(error, errorSize, [&] { writeImage(path, *volume); });
}

int moduleReadDicom(const char* path, int rgb, OsteonItkAllocate allocate, void* context,
                    OsteonItkVolume* out, char* error, std::size_t errorSize) {
  return guarded(error, errorSize, [&] {
    registerFactories();
    if (rgb)
      readWithGdcm<itk::RGBPixel<unsigned char>>(path, OSTEON_ITK_RGB8, allocate, context, *out);
    else
      readWithGdcm<float>(path, OSTEON_ITK_FLOAT32, allocate, context, *out);
  });
}

const OsteonItkModule kModule = {OSTEON_ITK_MODULE_ABI, moduleRead, moduleReadSize, moduleWrite,
                                 moduleReadDicom};

}  // namespace

extern "C" __attribute__((visibility("default"))) const OsteonItkModule* osteon_itk_module(void) {
  return &kModule;
}
