// Plain image files by extension: PNG through libpng and NIfTI writing natively, the rest through
// the ITK module loaded on first use (core/io/itk_module.h), so converting DICOM to NIfTI or PNG
// never loads ITK.

#include "core/io/image_file.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <utility>

#include "core/base/error.h"
#include "core/io/itk_bridge.h"
#include "core/io/itk_module.h"
#include "core/io/nifti_writer.h"
#include "core/io/png_file.h"

namespace osteon::io {

using image::Image;
using image::PixelType;

namespace {

constexpr std::size_t kErrorSize = 1024;

// Osteon's voxel types and the module's codes (core/io/itk_module.h), one row each.
constexpr std::pair<PixelType, int> kPixelCodes[] = {{PixelType::UInt8, OSTEON_ITK_UINT8},
                                                     {PixelType::Int16, OSTEON_ITK_INT16},
                                                     {PixelType::UInt16, OSTEON_ITK_UINT16},
                                                     {PixelType::Float32, OSTEON_ITK_FLOAT32},
                                                     {PixelType::RGB8, OSTEON_ITK_RGB8}};

int itkPixel(PixelType t) {
  for (const auto& [type, code] : kPixelCodes)
    if (type == t) return code;
  return -1;
}

bool pixelFromItk(int p, PixelType& t) {
  for (const auto& [type, code] : kPixelCodes)
    if (code == p) {
      t = type;
      return true;
    }
  return false;
}

// The image a module reader fills: made by the allocate callback once the header is known.
struct Receiver {
  Image image;
  std::string refusal;  // why allocate() said no

  static void* allocate(void* context, const OsteonItkVolume* v) {
    auto* self = static_cast<Receiver*>(context);
    try {
      PixelType t;
      if (!pixelFromItk(v->pixel, t)) throw Error("unknown voxel type from the ITK module");
      self->image = Image(t, {v->dims[0], v->dims[1], v->dims[2]});
      for (int a = 0; a < 3; ++a) {
        const auto k = static_cast<std::size_t>(a);
        self->image.geometry.origin[k] = v->origin[a];
        self->image.geometry.spacing[k] = v->spacing[a];
        for (int b = 0; b < 3; ++b)
          self->image.geometry.direction(a, b) = v->direction[3 * a + b];
      }
      return self->image.bytes();
    } catch (const std::exception& e) {  // absurd sizes, out of memory
      self->refusal = e.what();
      return nullptr;
    }
  }
};

// Runs a module reader and returns its image; throws osteon::Error naming the file.
template <class F>
Image receive(const std::string& path, F&& read) {
  Receiver r;
  OsteonItkVolume v{};
  char error[kErrorSize] = "";
  if (read(&Receiver::allocate, &r, &v, error) != 0)
    throw Error(fileError(path, r.refusal.empty() ? std::string(error) : r.refusal));
  return std::move(r.image);
}

OsteonItkVolume volumeOf(const Image& img) {
  OsteonItkVolume v{};
  for (int a = 0; a < 3; ++a) {
    const auto k = static_cast<std::size_t>(a);
    v.dims[a] = img.dims()[k];
    v.origin[a] = img.geometry.origin[k];
    v.spacing[a] = img.geometry.spacing[k];
    for (int b = 0; b < 3; ++b)
      v.direction[3 * a + b] = img.geometry.direction(a, b);
  }
  v.pixel = itkPixel(img.pixelType());
  v.voxels = const_cast<std::uint8_t*>(img.bytes());  // the module only reads it
  return v;
}

const char* formatName(const std::string& ext) {
  if (ext == ".jpg" || ext == ".jpeg") return "JPEG";
  if (ext == ".tif" || ext == ".tiff") return "TIFF";
  if (ext == ".bmp") return "BMP";
  if (ext == ".nii" || ext == ".nii.gz") return "NIfTI";
  if (ext == ".nrrd" || ext == ".nhdr") return "NRRD";
  if (ext == ".mha" || ext == ".mhd") return "MetaImage";
  return "this kind of";
}

bool isPicture(const std::string& ext) {
  return ext == ".png" || ext == ".jpg" || ext == ".jpeg" || ext == ".tif" || ext == ".tiff" ||
         ext == ".bmp";
}

}  // namespace

std::string detail::lowerExtension(const std::string& path) {
  std::string name = std::filesystem::path(path).filename().string();
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  if (name.size() > 7 && name.compare(name.size() - 7, 7, ".nii.gz") == 0) return ".nii.gz";
  const auto dot = name.rfind('.');
  return dot == std::string::npos ? "" : name.substr(dot);
}

bool isPlainImagePath(const std::string& path) {
  static const char* exts[] = {".png", ".jpg",    ".jpeg", ".tif",  ".tiff", ".bmp",
                               ".nii", ".nii.gz", ".nrrd", ".nhdr", ".mha",  ".mhd"};
  const std::string e = detail::lowerExtension(path);
  return std::any_of(std::begin(exts), std::end(exts), [&](const char* x) { return e == x; });
}

Image readImageFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error(fileError(path, "no such file"));
  const std::string ext = detail::lowerExtension(path);
  if (ext == ".png") return detail::readPng(path);
  const OsteonItkModule& m =
      detail::itkModule(fileError(path, std::string("reading ") + formatName(ext) + " files"));
  Image img = receive(path, [&](OsteonItkAllocate alloc, void* ctx, OsteonItkVolume* v, char* e) {
    return m.read(path.c_str(), image::maxVoxels(), alloc, ctx, v, e, kErrorSize);
  });
  // Pictures carry no patient orientation (NIfTI, NRRD and MetaImage do).
  if (isPicture(ext)) img.meta["has_geometry"] = "0";
  return img;
}

Image::Dims readImageSize(const std::string& path) {
  const std::string ext = detail::lowerExtension(path);
  if (ext == ".png") return detail::readPngSize(path);
  const OsteonItkModule& m =
      detail::itkModule(fileError(path, std::string("reading ") + formatName(ext) + " files"));
  int dims[3] = {1, 1, 1};
  char error[kErrorSize] = "";
  if (m.readSize(path.c_str(), dims, error, kErrorSize) != 0) throw Error(fileError(path, error));
  return {dims[0], dims[1], dims[2]};
}

void writeImageFile(const Image& img, const std::string& path) {
  if (img.empty()) throw Error(fileError(path, "nothing to write: empty image"));
  const std::string ext = detail::lowerExtension(path);
  if (ext == ".png") return detail::writePng(img, path);
  const bool volume = ext == ".nii" || ext == ".nii.gz" || ext == ".nrrd" || ext == ".nhdr" ||
                      ext == ".mha" || ext == ".mhd";
  if (!volume)
    throw Error(
        fileError(path, "unknown output format '" + ext + "' (png, nii, nii.gz, nrrd, mha)"));
  // Physical values are written: a non-identity rescale is applied into float32.
  const bool rescaled = !img.rescale.isIdentity() && img.pixelType() != PixelType::RGB8;
  const Image physical = rescaled ? image::toFloat(img) : Image();
  const Image& out = rescaled ? physical : img;
  if (ext == ".nii" || ext == ".nii.gz") return detail::writeNifti(out, path, ext == ".nii.gz");
  const OsteonItkModule& m =
      detail::itkModule(fileError(path, std::string("writing ") + formatName(ext) + " files"));
  const OsteonItkVolume v = volumeOf(out);
  char error[kErrorSize] = "";
  if (m.write(path.c_str(), &v, error, kErrorSize) != 0) throw Error(fileError(path, error));
}

namespace detail {

image::Image readDicomWithGdcm(const std::string& path) {
  const OsteonItkModule& m = itkModule(fileError(path, "decoding this transfer syntax (GDCM)"));
  return receive(path, [&](OsteonItkAllocate alloc, void* ctx, OsteonItkVolume* v, char* e) {
    return m.readDicom(path.c_str(), 0, alloc, ctx, v, e, kErrorSize);
  });
}

image::Image readDicomRgbWithGdcm(const std::string& path) {
  const OsteonItkModule& m = itkModule(fileError(path, "decoding this transfer syntax (GDCM)"));
  return receive(path, [&](OsteonItkAllocate alloc, void* ctx, OsteonItkVolume* v, char* e) {
    return m.readDicom(path.c_str(), 1, alloc, ctx, v, e, kErrorSize);
  });
}

}  // namespace detail

}  // namespace osteon::io
