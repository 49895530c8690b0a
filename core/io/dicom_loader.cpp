#include "core/io/dicom_loader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcpixel.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/oflog.h>

#include <atomic>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>

#include "core/base/error.h"
#include "core/base/log.h"
#include "core/base/parallel.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

using image::Image;
using image::PixelType;

void detail::initDcmtk() {
  static std::once_flag once;
  std::call_once(once, [] {
    OFLog::configure(OFLogger::FATAL_LOG_LEVEL);
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    DcmRLEDecoderRegistration::registerCodecs();
  });
}

void registerDicomCodecs() {
  detail::initDcmtk();
}

namespace {

bool isJpeg2000(const std::string& uid) {
  return uid == "1.2.840.10008.1.2.4.90" || uid == "1.2.840.10008.1.2.4.91" ||
         uid == "1.2.840.10008.1.2.4.92" || uid == "1.2.840.10008.1.2.4.93";
}

PixelType pixelTypeFor(const DicomInstance& in) {
  if (in.isColor()) return PixelType::RGB8;
  if (in.bitsAllocated == 1) return PixelType::UInt8;
  if (in.bitsAllocated == 8) return in.pixelRepresentation ? PixelType::Int16 : PixelType::UInt8;
  if (in.bitsAllocated == 16) return in.pixelRepresentation ? PixelType::Int16 : PixelType::UInt16;
  return PixelType::Float32;
}

// Stored value of one raw sample: shift by the high bit, mask to BitsStored, sign-extend.
struct BitLayout {
  unsigned shift = 0;
  std::uint32_t mask = 0;
  bool isSigned = false;
  std::uint32_t signBit = 0;
  explicit BitLayout(const DicomInstance& in) {
    const int bs = in.bitsStored;
    const int hb = (in.highBit >= bs - 1 && in.highBit < in.bitsAllocated) ? in.highBit : bs - 1;
    shift = static_cast<unsigned>(hb + 1 - bs);
    mask = bs >= 32 ? 0xffffffffu : ((1u << bs) - 1u);
    isSigned = in.pixelRepresentation == 1;
    signBit = bs >= 32 ? 0x80000000u : (1u << (bs - 1));
  }
  std::int64_t operator()(std::uint32_t raw) const {
    std::uint32_t v = (raw >> shift) & mask;
    if (isSigned && (v & signBit))
      return static_cast<std::int64_t>(v) - (static_cast<std::int64_t>(mask) + 1);
    return v;
  }
};

// Converts one raw monochrome frame to the destination type (stored values, or physical values
// when `toPhysical` is set and dst is float).
template <class Raw>
void convertFrame(const Raw* src, std::size_t n, const BitLayout& bits, PixelType type,
                  std::uint8_t* dst, bool toPhysical, const image::Rescale& r) {
  switch (type) {
    case PixelType::UInt8:
      for (std::size_t i = 0; i < n; ++i)
        dst[i] = static_cast<std::uint8_t>(bits(src[i]));
      break;
    case PixelType::Int16: {
      auto* d = reinterpret_cast<std::int16_t*>(dst);
      for (std::size_t i = 0; i < n; ++i)
        d[i] = static_cast<std::int16_t>(bits(src[i]));
      break;
    }
    case PixelType::UInt16: {
      auto* d = reinterpret_cast<std::uint16_t*>(dst);
      for (std::size_t i = 0; i < n; ++i)
        d[i] = static_cast<std::uint16_t>(bits(src[i]));
      break;
    }
    case PixelType::Float32: {
      auto* d = reinterpret_cast<float*>(dst);
      for (std::size_t i = 0; i < n; ++i) {
        const double v = static_cast<double>(bits(src[i]));
        d[i] = static_cast<float>(toPhysical ? r.apply(v) : v);
      }
      break;
    }
    case PixelType::RGB8:
      break;
  }
}

struct Target {
  int frame;
  int k;
  image::Rescale rescale;
};

// Decodes the frames through ITK/GDCM (physical values) and stores them: as they are in a float
// volume, or turned back into stored values with the frame's rescale otherwise.
void decodeWithGdcm(const DicomInstance& in, const std::vector<Target>& targets, Image& vol,
                    const std::string& dcmtkReason) {
  Image j;
  try {
    j = detail::readDicomWithGdcm(in.path);
  } catch (const Error& e) {
    throw Error(dcmtkReason.empty() ? std::string(e.what())
                                    : fileError(in.path, dcmtkReason) + "; " + e.what());
  }
  if (j.width() != in.columns || j.height() != in.rows)
    throw Error(fileError(in.path, "decoded frame size differs from the header"));
  const std::size_t pixels = vol.sliceVoxels();
  for (const Target& t : targets) {
    if (t.frame >= j.depth())
      throw Error(fileError(in.path, "frame " + std::to_string(t.frame + 1) + " is missing"));
    const float* src = j.data<float>() + pixels * static_cast<std::size_t>(t.frame);
    for (std::size_t i = 0; i < pixels; ++i) {
      const int x = static_cast<int>(i % static_cast<std::size_t>(in.columns));
      const int y = static_cast<int>(i / static_cast<std::size_t>(in.columns));
      const double v = vol.pixelType() == PixelType::Float32
                           ? src[i]
                           : std::round((src[i] - t.rescale.intercept) / t.rescale.slope);
      vol.setStored(x, y, t.k, v);
    }
  }
}

// 1-bit pixel data: frames are packed back to back (not byte-aligned), least significant bit first.
void unpackBits(const std::uint8_t* packed, std::size_t packedBytes, std::size_t firstBit,
                std::size_t count, std::uint8_t* dst, const std::string& path) {
  if ((firstBit + count + 7) / 8 > packedBytes)
    throw Error(fileError(path, "1-bit pixel data is truncated"));
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t b = firstBit + i;
    dst[i] = static_cast<std::uint8_t>((packed[b >> 3] >> (b & 7)) & 1u);
  }
}

// Decodes the requested frames of one instance into the volume.
void decodeInstance(const DicomInstance& in, const std::vector<Target>& targets, Image& vol,
                    bool floatOut) {
  const std::string& path = in.path;
  const std::size_t pixels =
      static_cast<std::size_t>(in.rows) * static_cast<std::size_t>(in.columns);
  const std::size_t sliceBytes = vol.sliceVoxels() * image::bytesPerPixel(vol.pixelType());

  if (in.bitsAllocated == 1 &&
      DcmXfer(E_TransferSyntax(DcmXfer(in.transferSyntaxUid.c_str()).getXfer())).isEncapsulated())
    throw Error(fileError(
        path, "compressed 1-bit pixel data (" + in.transferSyntaxName() + ") is not supported"));
  if (isJpeg2000(in.transferSyntaxUid) && !in.isColor()) {
    decodeWithGdcm(in, targets, vol, "");
    return;
  }

  DcmFileFormat ff;
  OFCondition st = ff.loadFile(path.c_str());
  if (st.bad()) throw Error(fileError(path, std::string("cannot read: ") + st.text()));
  DcmDataset* ds = ff.getDataset();
  DcmElement* pixelData = nullptr;
  if (ds->findAndGetElement(DCM_PixelData, pixelData).bad() || !pixelData)
    throw Error(fileError(path, "no pixel data"));

  if (in.isColor() && isJpeg2000(in.transferSyntaxUid)) {
    const Image j = detail::readDicomRgbWithGdcm(path);
    if (j.width() != in.columns || j.height() != in.rows)
      throw Error(fileError(path, "decoded frame size differs from the header"));
    for (const Target& t : targets) {
      if (t.frame >= j.depth())
        throw Error(fileError(path, "frame " + std::to_string(t.frame + 1) + " is missing"));
      std::memcpy(vol.bytes() + sliceBytes * static_cast<std::size_t>(t.k),
                  j.bytes() + pixels * 3 * static_cast<std::size_t>(t.frame), pixels * 3);
    }
    return;
  }
  if (in.isColor()) {
    const DcmXfer xfer(ds->getOriginalXfer());
    if (xfer.isEncapsulated() && ds->chooseRepresentation(EXS_LittleEndianExplicit, nullptr).bad())
      throw Error(fileError(path, "cannot decompress " + in.transferSyntaxName() +
                                      (isJpeg2000(in.transferSyntaxUid) ? " colour images" : "")));
    for (const Target& t : targets) {
      DicomImage di(ds, EXS_LittleEndianExplicit, 0, static_cast<unsigned long>(t.frame), 1);
      if (di.getStatus() != EIS_Normal)
        throw Error(fileError(path, std::string("cannot decode colour image: ") +
                                        DicomImage::getString(di.getStatus())));
      const void* rgb = di.getOutputData(8, 0, 0);
      if (!rgb || di.getWidth() != static_cast<unsigned long>(in.columns) ||
          di.getHeight() != static_cast<unsigned long>(in.rows))
        throw Error(fileError(path, "colour frame could not be rendered"));
      // DCMTK may render a damaged colour header as monochrome: size the copy by what it made.
      const std::size_t made = di.getOutputDataSize(8);
      std::uint8_t* dst = vol.bytes() + sliceBytes * static_cast<std::size_t>(t.k);
      if (di.isMonochrome()) {
        if (made < pixels) throw Error(fileError(path, "colour frame could not be rendered"));
        const auto* g = static_cast<const std::uint8_t*>(rgb);
        for (std::size_t i = 0; i < pixels; ++i)
          dst[3 * i] = dst[3 * i + 1] = dst[3 * i + 2] = g[i];
      } else {
        if (made < pixels * 3) throw Error(fileError(path, "colour frame could not be rendered"));
        std::memcpy(dst, rgb, pixels * 3);
      }
    }
    return;
  }

  const DcmXfer xfer(ds->getOriginalXfer());
  if (in.bitsAllocated == 1 && !xfer.isEncapsulated()) {
    Uint8* packed = nullptr;
    if (ds->findAndGetUint8Array(DCM_PixelData, const_cast<const Uint8*&>(packed)).bad() ||
        !packed) {
      Uint16* words = nullptr;
      if (ds->findAndGetUint16Array(DCM_PixelData, const_cast<const Uint16*&>(words)).bad() ||
          !words)
        throw Error(fileError(path, "1-bit pixel data cannot be read"));
      packed = reinterpret_cast<Uint8*>(words);  // little-endian in memory: same byte order
    }
    for (const Target& t : targets)
      unpackBits(packed, pixelData->getLength(), pixels * static_cast<std::size_t>(t.frame), pixels,
                 vol.bytes() + sliceBytes * static_cast<std::size_t>(t.k), path);
    return;
  }

  Uint32 frameSize = 0;
  if (pixelData->getUncompressedFrameSize(ds, frameSize).bad() || frameSize == 0)
    throw Error(fileError(path, "pixel data size cannot be determined"));
  const std::size_t bytesPerSample = static_cast<std::size_t>(in.bitsAllocated / 8);
  if (in.bitsAllocated > 1 && frameSize < pixels * bytesPerSample)
    throw Error(fileError(path, "pixel data is smaller than Rows x Columns"));
  // Native pixel data must hold every frame the header claims (truncated files).
  if (!xfer.isEncapsulated()) {
    const std::size_t need = pixels * bytesPerSample * static_cast<std::size_t>(in.frames);
    if (pixelData->getLength() < need)
      throw Error(
          fileError(path, "pixel data is truncated: " + std::to_string(pixelData->getLength()) +
                              " bytes, " + std::to_string(need) + " expected"));
  }
  std::vector<std::uint8_t> buffer(frameSize + (frameSize & 1u));
  const BitLayout bits(in);
  Uint32 startFragment = 0;
  // Frames of encapsulated data are decoded in order; the fragment cursor makes that linear.
  std::vector<Target> ordered = targets;
  std::sort(ordered.begin(), ordered.end(),
            [](const Target& a, const Target& b) { return a.frame < b.frame; });
  for (const Target& t : ordered) {
    OFString colorModel;
    st = pixelData->getUncompressedFrame(ds, static_cast<Uint32>(t.frame), startFragment,
                                         buffer.data(), static_cast<Uint32>(buffer.size()),
                                         colorModel);
    if (st.bad()) {
      const std::string reason = "frame " + std::to_string(t.frame + 1) + ": DCMTK cannot decode " +
                                 in.transferSyntaxName() + ": " + st.text();
      if (!xfer.isEncapsulated()) throw Error(fileError(path, reason));
      // Some encoders' streams trip DCMTK's codecs (e.g. JPEG-LS with BitsStored < 8): GDCM next.
      decodeWithGdcm(in, targets, vol, reason);
      return;
    }
    std::uint8_t* dst = vol.bytes() + sliceBytes * static_cast<std::size_t>(t.k);
    const PixelType type = vol.pixelType();
    if (in.bitsAllocated == 1) {
      unpackBits(buffer.data(), buffer.size(), 0, pixels, dst, path);
      continue;
    }
    switch (in.bitsAllocated) {
      case 8:
        convertFrame(buffer.data(), pixels, bits, type, dst, floatOut, t.rescale);
        break;
      case 16:
        convertFrame(reinterpret_cast<const std::uint16_t*>(buffer.data()), pixels, bits, type, dst,
                     floatOut, t.rescale);
        break;
      default:
        convertFrame(reinterpret_cast<const std::uint32_t*>(buffer.data()), pixels, bits, type, dst,
                     floatOut, t.rescale);
        break;
    }
  }
}

}  // namespace

Image loadStack(const DicomSeries& series, const DicomStack& stack, const LoadOptions& options,
                const Progress& progress) {
  const auto started = std::chrono::steady_clock::now();
  registerDicomCodecs();
  if (stack.slices.empty()) throw Error("series " + series.seriesUid + ": empty stack");
  const DicomInstance& first = series.instances.at(stack.slices.front().instance);
  const int depth = static_cast<int>(stack.slices.size());

  bool sameRescale = true, anyJ2k = false;
  for (const SliceRef& s : stack.slices) {
    const image::Rescale& r = s.rescale;
    const image::Rescale& r0 = stack.slices.front().rescale;
    if (r.slope != r0.slope || r.intercept != r0.intercept) sameRescale = false;
    const DicomInstance& in = series.instances.at(s.instance);
    if (isJpeg2000(in.transferSyntaxUid)) anyJ2k = true;
    if (in.rows != first.rows || in.columns != first.columns)
      throw Error(fileError(in.path, "slice size " + std::to_string(in.columns) + "x" +
                                         std::to_string(in.rows) + " differs from the series (" +
                                         std::to_string(first.columns) + "x" +
                                         std::to_string(first.rows) + ")"));
  }
  const bool isColor = first.isColor();
  const bool floatOut = !isColor && (!sameRescale || anyJ2k);
  const PixelType type = floatOut ? PixelType::Float32 : pixelTypeFor(first);

  Image vol(type, {first.columns, first.rows, depth});
  vol.geometry = stack.geometry;
  if (!floatOut && !isColor) vol.rescale = stack.slices.front().rescale;
  vol.invertForDisplay = first.photometric == "MONOCHROME1";
  vol.windowPresets = first.windows;
  vol.meta["patient_name"] = first.patientName;
  vol.meta["patient_id"] = first.patientId;
  vol.meta["study_date"] = first.studyDate;
  vol.meta["study_description"] = first.studyDescription;
  vol.meta["series_description"] = first.seriesDescription;
  vol.meta["series_number"] = std::to_string(first.seriesNumber);
  vol.meta["modality"] = first.modality;
  vol.meta["photometric"] = first.photometric;
  vol.meta["transfer_syntax"] = first.transferSyntaxName();
  vol.meta["spacing_source"] = stack.spacingSource.empty() ? "none" : stack.spacingSource;
  vol.meta["body_part"] = first.bodyPart;
  vol.meta["series_uid"] = series.seriesUid;
  vol.meta["has_geometry"] = stack.hasGeometry ? "1" : "0";
  vol.meta["frame_of_reference_uid"] = first.frameOfReferenceUid;
  // The scan's findings about the stack ("slices are not stacked along the normal (tilt or
  // shear)", non-uniform spacing), for tasks that rely on the geometry.
  std::string stackWarnings;
  for (const std::string& w : stack.warnings)
    stackWarnings += (stackWarnings.empty() ? "" : "; ") + w;
  if (!stackWarnings.empty()) vol.meta["stack_warnings"] = stackWarnings;
  if (first.hasImagerPixelSpacing) {
    vol.meta["imager_spacing_x"] = std::to_string(first.imagerSpacingX);
    vol.meta["imager_spacing_y"] = std::to_string(first.imagerSpacingY);
  }

  // Group slices by instance: one file read per instance, whatever its frame count.
  std::map<std::size_t, std::vector<Target>> byInstance;
  for (int k = 0; k < depth; ++k) {
    const SliceRef& s = stack.slices[static_cast<std::size_t>(k)];
    byInstance[s.instance].push_back({s.frame, k, s.rescale});
  }
  std::vector<std::pair<std::size_t, std::vector<Target>>> work(byInstance.begin(),
                                                                byInstance.end());
  std::atomic<std::size_t> done{0};
  parallelFor(
      work.size(),
      [&](std::size_t w) {
        progress.throwIfCancelled();
        decodeInstance(series.instances.at(work[w].first), work[w].second, vol, floatOut);
        const std::size_t d = ++done;
        progress.report(static_cast<double>(d) / static_cast<double>(work.size()),
                        "loading slices");
      },
      options.threads);
  OSTEON_LOG_INFO("io", "loaded series %d \"%s\" (%dx%dx%d, %s) in %.2f s", first.seriesNumber,
                  first.seriesDescription.c_str(), first.columns, first.rows, depth,
                  first.transferSyntaxName().c_str(), log::secondsSince(started));
  return vol;
}

Image loadDicomFile(const std::string& path) {
  ScanOptions opt;
  opt.threads = 1;
  ScanResult r = scanDicom({path}, opt);
  if (!r.errors.empty()) throw Error(fileError(r.errors.front().path, r.errors.front().message));
  for (const DicomPatient& p : r.patients)
    for (const DicomStudy& st : p.studies)
      for (const DicomSeries& se : st.series)
        if (!se.stacks.empty()) return loadStack(se, se.stacks.front());
  throw Error(fileError(path, "not a DICOM image"));
}

}  // namespace osteon::io
