#include "core/io/dicom_writer.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcrleerg.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmjpeg/djencode.h>
#include <dcmtk/dcmjpeg/djrplol.h>
#include <dcmtk/dcmjpeg/djrploss.h>
#include <dcmtk/dcmjpls/djencode.h>
#include <dcmtk/dcmjpls/djrparam.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <mutex>
#include <random>
#include <sstream>

#include "core/base/error.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

using image::Image;
using image::PixelType;

namespace {

// UIDs under the "2.25" arc (ISO/IEC 9834-8: a 128-bit number in decimal), at most 44 characters
// so that "<series UID>.<instance>" stays within DICOM's 64.
std::string uid225(std::uint64_t hi, std::uint64_t lo) {
  hi = hi % 10000000000000000000ull;
  if (hi == 0) hi = 1;
  std::string low = std::to_string(lo % 10000000000000000000ull);
  low.insert(0, 19 - low.size(), '0');
  return "2.25." + std::to_string(hi) + low;
}

void registerEncoders() {
  static std::once_flag once;
  std::call_once(once, [] {
    detail::initDcmtk();
    // pUsePixelValues = false: lossy JPEG must code the stored values as they are, not stretched
    // to the pixel range (DCMTK's default would change values without writing a rescale).
    DJEncoderRegistration::registerCodecs(ECC_lossyYCbCr, EUC_default, OFFalse, 0, 0, 0, OFTrue,
                                          ESS_422, OFTrue, OFFalse, 0, 0, 0.0, 0.0, 0, 0, 0, 0,
                                          OFFalse);
    DJLSEncoderRegistration::registerCodecs();
    DcmRLEEncoderRegistration::registerCodecs();
  });
}

E_TransferSyntax xferOf(TransferSyntax ts) {
  switch (ts) {
    case TransferSyntax::ExplicitLittle:
      return EXS_LittleEndianExplicit;
    case TransferSyntax::ImplicitLittle:
      return EXS_LittleEndianImplicit;
    case TransferSyntax::ExplicitBig:
      return EXS_BigEndianExplicit;
    case TransferSyntax::Deflated:
      return EXS_DeflatedLittleEndianExplicit;
    case TransferSyntax::RleLossless:
      return EXS_RLELossless;
    case TransferSyntax::JpegLossless:
      return EXS_JPEGProcess14SV1;
    case TransferSyntax::JpegBaseline:
      return EXS_JPEGProcess1;
    case TransferSyntax::JpegExtended:
      return EXS_JPEGProcess2_4;
    case TransferSyntax::JpegLsLossless:
      return EXS_JPEGLSLossless;
    case TransferSyntax::JpegLsNearLossless:
      return EXS_JPEGLSLossy;
  }
  return EXS_LittleEndianExplicit;
}

std::string fmt(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.10g", std::fabs(v) < 1e-12 ? 0.0 : v);
  return b;
}

void put(DcmDataset* ds, const DcmTagKey& key, const std::string& value) {
  if (ds->putAndInsertString(key, value.c_str()).bad())
    throw Error("DICOM writer: cannot set " + std::string(DcmTag(key).getTagName()));
}

}  // namespace

TransferSyntax transferSyntaxFromName(const std::string& n) {
  if (n == "explicit") return TransferSyntax::ExplicitLittle;
  if (n == "implicit") return TransferSyntax::ImplicitLittle;
  if (n == "big") return TransferSyntax::ExplicitBig;
  if (n == "deflated") return TransferSyntax::Deflated;
  if (n == "rle") return TransferSyntax::RleLossless;
  if (n == "jpeg-lossless") return TransferSyntax::JpegLossless;
  if (n == "jpeg-baseline") return TransferSyntax::JpegBaseline;
  if (n == "jpeg-extended") return TransferSyntax::JpegExtended;
  if (n == "jpegls-lossless") return TransferSyntax::JpegLsLossless;
  if (n == "jpegls-near") return TransferSyntax::JpegLsNearLossless;
  throw Error("unknown transfer syntax '" + n +
              "' (explicit, implicit, big, deflated, rle, jpeg-lossless, jpeg-baseline, "
              "jpeg-extended, jpegls-lossless, jpegls-near)");
}

std::string transferSyntaxUid(TransferSyntax ts) {
  return DcmXfer(xferOf(ts)).getXferID();
}

std::string makeUid(const std::string& seed) {
  if (seed.empty()) {
    static std::mutex m;
    static std::mt19937_64 rng{
        std::random_device{}() ^
        static_cast<std::uint64_t>(
            std::chrono::high_resolution_clock::now().time_since_epoch().count())};
    std::lock_guard<std::mutex> lock(m);
    const std::uint64_t a = rng(), b = rng();
    return uid225(a, b);
  }
  // Deterministic: two 64-bit FNV-1a hashes of the seed.
  auto fnv = [](const std::string& s, std::uint64_t h) {
    for (unsigned char c : s)
      h = (h ^ c) * 1099511628211ull;
    return h;
  };
  return uid225(fnv(seed, 1469598103934665603ull), fnv(seed + "#", 7809847782465536322ull));
}

void writeDicomImage(const Image& img, int k, const std::string& path, DicomWriteInfo& info,
                     int instanceNumber) {
  registerEncoders();
  if (img.empty()) throw Error(fileError(path, "DICOM writer: empty image"));
  if (k < 0 || k >= img.depth()) throw Error(fileError(path, "DICOM writer: slice out of range"));
  if (info.studyUid.empty()) info.studyUid = makeUid();
  if (info.seriesUid.empty()) info.seriesUid = makeUid();
  if (info.frameOfReferenceUid.empty()) info.frameOfReferenceUid = makeUid();

  DcmFileFormat ff;
  DcmDataset* ds = ff.getDataset();
  const bool sc = info.modality == "OT";
  const char* sopClass = sc                      ? UID_SecondaryCaptureImageStorage
                         : info.modality == "CT" ? UID_CTImageStorage
                         : info.modality == "DX" ? UID_DigitalXRayImageStorageForPresentation
                         : info.modality == "CR" ? UID_ComputedRadiographyImageStorage
                                                 : UID_MRImageStorage;
  put(ds, DCM_SOPClassUID, sopClass);
  put(ds, DCM_SOPInstanceUID, info.seriesUid + "." + std::to_string(instanceNumber));
  put(ds, DCM_SpecificCharacterSet, "ISO_IR 100");
  put(ds, DCM_PatientName, info.patientName);
  put(ds, DCM_PatientID, info.patientId);
  put(ds, DCM_StudyInstanceUID, info.studyUid);
  put(ds, DCM_SeriesInstanceUID, info.seriesUid);
  put(ds, DCM_StudyDate, info.studyDate);
  put(ds, DCM_StudyTime, info.studyTime);
  put(ds, DCM_StudyDescription, info.studyDescription);
  put(ds, DCM_SeriesDescription, info.seriesDescription);
  put(ds, DCM_Modality, info.modality);
  if (!info.bodyPart.empty()) put(ds, DCM_BodyPartExamined, info.bodyPart);
  put(ds, DCM_SeriesNumber, std::to_string(info.seriesNumber));
  put(ds, DCM_InstanceNumber, std::to_string(instanceNumber));
  if (sc) put(ds, DCM_ConversionType, "WSD");
  if (info.modality == "DX") put(ds, DCM_PresentationIntentType, "FOR PRESENTATION");

  const image::Geometry& g = img.geometry;
  const double sx = g.spacing[0], sy = g.spacing[1];
  if (info.imagerPixelSpacing)
    put(ds, DCM_ImagerPixelSpacing, fmt(sy) + "\\" + fmt(sx));
  else
    put(ds, DCM_PixelSpacing, fmt(sy) + "\\" + fmt(sx));
  if (info.writeGeometry && !sc && info.modality != "DX" && info.modality != "CR") {
    put(ds, DCM_FrameOfReferenceUID, info.frameOfReferenceUid);
    put(ds, DCM_PositionReferenceIndicator, "");
    const image::Vec3 p = g.indexToPatient({0, 0, static_cast<double>(k)});
    put(ds, DCM_ImagePositionPatient, fmt(p[0]) + "\\" + fmt(p[1]) + "\\" + fmt(p[2]));
    const image::Vec3 r = g.direction.column(0), c = g.direction.column(1);
    put(ds, DCM_ImageOrientationPatient,
        fmt(r[0]) + "\\" + fmt(r[1]) + "\\" + fmt(r[2]) + "\\" + fmt(c[0]) + "\\" + fmt(c[1]) +
            "\\" + fmt(c[2]));
    put(ds, DCM_SliceThickness, fmt(g.spacing[2]));
    put(ds, DCM_SpacingBetweenSlices, fmt(g.spacing[2]));
    put(ds, DCM_SliceLocation, fmt(image::dot(p, g.normal())));
  }

  const int w = img.width(), h = img.height();
  const std::size_t n = img.sliceVoxels();
  put(ds, DCM_Rows, std::to_string(h));
  put(ds, DCM_Columns, std::to_string(w));
  image::Rescale rescale = img.rescale;
  if (img.pixelType() == PixelType::RGB8) {
    put(ds, DCM_SamplesPerPixel, "3");
    put(ds, DCM_PhotometricInterpretation, "RGB");
    put(ds, DCM_PlanarConfiguration, "0");
    put(ds, DCM_BitsAllocated, "8");
    put(ds, DCM_BitsStored, "8");
    put(ds, DCM_HighBit, "7");
    put(ds, DCM_PixelRepresentation, "0");
    const std::uint8_t* src = img.bytes() + n * 3 * static_cast<std::size_t>(k);
    ds->putAndInsertUint8Array(DCM_PixelData, src, static_cast<unsigned long>(n * 3));
  } else {
    put(ds, DCM_SamplesPerPixel, "1");
    put(ds, DCM_PhotometricInterpretation, info.photometric);
    if (img.pixelType() == PixelType::UInt8) {
      put(ds, DCM_BitsAllocated, "8");
      put(ds, DCM_BitsStored, "8");
      put(ds, DCM_HighBit, "7");
      put(ds, DCM_PixelRepresentation, "0");
      ds->putAndInsertUint8Array(DCM_PixelData, img.bytes() + n * static_cast<std::size_t>(k),
                                 static_cast<unsigned long>(n));
    } else {
      std::vector<Uint16> words(n);
      bool isSigned = false;
      if (img.pixelType() == PixelType::UInt16) {
        std::copy_n(img.data<std::uint16_t>() + n * static_cast<std::size_t>(k), n, words.begin());
      } else if (img.pixelType() == PixelType::Int16) {
        isSigned = true;
        const std::int16_t* s = img.data<std::int16_t>() + n * static_cast<std::size_t>(k);
        for (std::size_t i = 0; i < n; ++i)
          words[i] = static_cast<Uint16>(s[i]);
      } else {
        // Float32: int16 storage with a slope that spans the whole volume's range.
        isSigned = true;
        const auto [lo, hi] = image::valueRange(img);
        const double slope = hi > lo ? (hi - lo) / 60000.0 : 1.0;
        const double intercept = (hi + lo) / 2;
        const float* s = img.data<float>() + n * static_cast<std::size_t>(k);
        for (std::size_t i = 0; i < n; ++i) {
          const double v = std::round((img.rescale.apply(s[i]) - intercept) / slope);
          words[i] =
              static_cast<Uint16>(static_cast<std::int16_t>(std::clamp(v, -32768.0, 32767.0)));
        }
        rescale = {slope, intercept};
      }
      // JPEG baseline only takes 8 bits and extended 12: clamp BitsStored for those syntaxes.
      int bitsStored = 16;
      if (info.transferSyntax == TransferSyntax::JpegExtended) bitsStored = 12;
      if (bitsStored < 16) {
        for (Uint16& v : words)
          v = static_cast<Uint16>(std::min<int>(v, (1 << bitsStored) - 1));
        isSigned = false;
      }
      put(ds, DCM_BitsAllocated, "16");
      put(ds, DCM_BitsStored, std::to_string(bitsStored));
      put(ds, DCM_HighBit, std::to_string(bitsStored - 1));
      put(ds, DCM_PixelRepresentation, isSigned ? "1" : "0");
      ds->putAndInsertUint16Array(DCM_PixelData, words.data(), static_cast<unsigned long>(n));
    }
    if (!rescale.isIdentity() || info.modality == "CT") {
      put(ds, DCM_RescaleSlope, fmt(rescale.slope));
      put(ds, DCM_RescaleIntercept, fmt(rescale.intercept));
      if (info.modality != "CT") put(ds, DCM_RescaleType, "US");
    }
    if (!img.windowPresets.empty()) {
      std::string c, wd, names;
      for (std::size_t i = 0; i < img.windowPresets.size(); ++i) {
        const auto& p = img.windowPresets[i];
        if (i) c += "\\", wd += "\\", names += "\\";
        c += fmt(p.center);
        wd += fmt(p.width);
        names += p.name;
      }
      put(ds, DCM_WindowCenter, c);
      put(ds, DCM_WindowWidth, wd);
      put(ds, DCM_WindowCenterWidthExplanation, names);
    }
  }

  const E_TransferSyntax xfer = xferOf(info.transferSyntax);
  const DcmXfer x(xfer);
  if (x.isEncapsulated()) {
    OFCondition st;
    if (info.transferSyntax == TransferSyntax::JpegLsNearLossless) {
      DJLSRepresentationParameter param(2, OFFalse);  // NEAR = 2, lossy process
      st = ds->chooseRepresentation(xfer, &param);
    } else if (info.transferSyntax == TransferSyntax::JpegBaseline ||
               info.transferSyntax == TransferSyntax::JpegExtended) {
      DJ_RPLossy param(95);
      st = ds->chooseRepresentation(xfer, &param);
    } else if (info.transferSyntax == TransferSyntax::JpegLossless) {
      DJ_RPLossless param(6, 0);
      st = ds->chooseRepresentation(xfer, &param);
    } else {
      st = ds->chooseRepresentation(xfer, nullptr);
    }
    if (st.bad() || !ds->canWriteXfer(xfer))
      throw Error(
          fileError(path, "cannot encode as " + std::string(x.getXferName()) + ": " + st.text()));
  }
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  const OFCondition st = ff.saveFile(path.c_str(), xfer);
  if (st.bad()) throw Error(fileError(path, std::string("cannot write: ") + st.text()));
}

std::vector<std::string> writeDicomSeries(const Image& vol, const std::string& dir,
                                          DicomWriteInfo& info) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw Error(fileError(dir, "cannot create folder: " + ec.message()));
  std::vector<std::string> paths;
  for (int k = 0; k < vol.depth(); ++k) {
    const int number = info.firstInstanceNumber + k;
    const std::string path =
        (std::filesystem::path(dir) / (std::to_string(number) + ".dcm")).string();
    writeDicomImage(vol, k, path, info, number);
    paths.push_back(path);
  }
  return paths;
}

}  // namespace osteon::io
