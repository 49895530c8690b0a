#include "core/io/dicom_pmap.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "core/base/error.h"
#include "core/io/dicom_writer.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

namespace {

constexpr const char* kParametricMapStorage = "1.2.840.10008.5.1.4.1.1.30";
constexpr int kMaxSide = 65535;

std::string fmt(double v) {
  char b[32];
  for (int precision = 10; precision >= 4; --precision) {
    std::snprintf(b, sizeof b, "%.*g", precision, std::fabs(v) < 1e-12 ? 0.0 : v);
    if (std::string(b).size() <= 16) break;
  }
  return b;
}

void put(DcmItem* it, const DcmTagKey& key, const std::string& value) {
  if (it->putAndInsertString(key, value.c_str()).bad())
    throw Error("Parametric Map writer: cannot set " + std::string(DcmTag(key).getTagName()));
}

DcmItem* newItem(DcmItem* parent, const DcmTagKey& seq) {
  DcmItem* it = nullptr;
  if (parent->findOrCreateSequenceItem(seq, it, -2).bad() || !it)
    throw Error("Parametric Map writer: cannot create " + std::string(DcmTag(seq).getTagName()));
  return it;
}

void putCode(DcmItem* parent, const DcmTagKey& seq, const char* value, const char* scheme,
             const char* meaning) {
  DcmItem* c = newItem(parent, seq);
  put(c, DCM_CodeValue, value);
  put(c, DCM_CodingSchemeDesignator, scheme);
  put(c, DCM_CodeMeaning, meaning);
}

std::string nowStamp(const char* format) {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char b[32];
  std::strftime(b, sizeof b, format, &tm);
  return b;
}

// CS: upper-case letters, digits, space and underscore, at most 16 characters.
std::string codeString(const std::string& s, const char* fallback) {
  std::string out;
  for (char c : s) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out += static_cast<char>(std::toupper(u));
    else if (c == ' ' || c == '_' || c == '-')
      out += '_';
  }
  if (out.size() > 16) out.resize(16);
  return out.empty() ? fallback : out;
}

std::string shortString(const std::string& s, std::size_t n) {
  std::string out;
  for (char c : s)
    if (c != '\\' && static_cast<unsigned char>(c) >= 0x20) out += c;
  if (out.size() > n) out.resize(n);
  return out;
}

std::string str(DcmItem* it, const DcmTagKey& key) {
  OFString s;
  if (it && it->findAndGetOFStringArray(key, s).good()) return s.c_str();
  return {};
}

}  // namespace

void writeParametricMap(ParametricMap& m, const DicomInstance& src, const std::string& path) {
  detail::initDcmtk();
  if (m.width <= 0 || m.height <= 0 || m.width > kMaxSide || m.height > kMaxSide)
    throw Error("Parametric Map writer: invalid size " + std::to_string(m.width) + " x " +
                std::to_string(m.height));
  if (m.values.size() != static_cast<std::size_t>(m.width) * static_cast<std::size_t>(m.height))
    throw Error("Parametric Map writer: " + std::to_string(m.values.size()) + " values for a " +
                std::to_string(m.width) + " x " + std::to_string(m.height) + " map");
  float lo = 0, hi = 0;
  for (std::size_t i = 0; i < m.values.size(); ++i) {
    const float v = m.values[i];
    if (!std::isfinite(v))
      throw Error("Parametric Map writer: value " + std::to_string(i) + " (column " +
                  std::to_string(i % static_cast<std::size_t>(m.width)) + ", row " +
                  std::to_string(i / static_cast<std::size_t>(m.width)) +
                  ") is not a finite number");
    if (i == 0 || v < lo) lo = v;
    if (i == 0 || v > hi) hi = v;
  }
  if (src.sopClassUid.empty() || src.sopInstanceUid.empty() || src.studyUid.empty() ||
      src.seriesUid.empty())
    throw Error(
        "Parametric Map writer: the source image has no SOP Class/Instance, Study or "
        "Series UID (a map can only reference a DICOM source)");
  if (src.columns <= 0 || src.rows <= 0)
    throw Error("Parametric Map writer: the source image has no size (Rows/Columns)");
  if (m.sopInstanceUid.empty()) m.sopInstanceUid = makeUid();
  if (m.seriesUid.empty()) m.seriesUid = makeUid();
  m.sourceSopClassUid = src.sopClassUid;
  m.sourceSopInstanceUid = src.sopInstanceUid;
  m.sourceSeriesUid = src.seriesUid;
  m.sourceStudyUid = src.studyUid;
  const std::string date = nowStamp("%Y%m%d"), time = nowStamp("%H%M%S");

  DcmFileFormat ff;
  DcmDataset* ds = ff.getDataset();
  // SOP Common.
  put(ds, DCM_SpecificCharacterSet, "ISO_IR 192");
  put(ds, DCM_SOPClassUID, kParametricMapStorage);
  put(ds, DCM_SOPInstanceUID, m.sopInstanceUid);
  put(ds, DCM_InstanceCreationDate, date);
  put(ds, DCM_InstanceCreationTime, time);
  // Patient, General Study (from the source).
  put(ds, DCM_PatientName, src.patientName);
  put(ds, DCM_PatientID, src.patientId);
  put(ds, DCM_PatientBirthDate, src.patientBirthDate);
  put(ds, DCM_PatientSex, src.patientSex);
  put(ds, DCM_StudyInstanceUID, src.studyUid);
  put(ds, DCM_StudyDate, src.studyDate);
  put(ds, DCM_StudyTime, src.studyTime);
  put(ds, DCM_ReferringPhysicianName, "");
  put(ds, DCM_StudyID, "");
  put(ds, DCM_AccessionNumber, src.accessionNumber);
  if (!src.studyDescription.empty()) put(ds, DCM_StudyDescription, src.studyDescription);
  // General Series + Parametric Map Series.
  put(ds, DCM_Modality, src.modality.empty() ? "OT" : src.modality);
  put(ds, DCM_SeriesInstanceUID, m.seriesUid);
  put(ds, DCM_SeriesNumber, "901");
  put(ds, DCM_SeriesDescription, shortString("Osteon " + m.lutLabel + " heatmap", 64));
  // Enhanced General Equipment.
  put(ds, DCM_Manufacturer, "Osteon");
  put(ds, DCM_ManufacturerModelName, "Osteon");
  put(ds, DCM_DeviceSerialNumber, "0");
  put(ds, DCM_SoftwareVersions, "Osteon");
  // Frame of Reference: the source's, when it has a patient geometry.
  m.hasGeometry =
      !src.frameOfReferenceUid.empty() && src.geometry.hasPosition && src.geometry.hasOrientation;
  // The IOD requires a Frame of Reference and plane position/orientation even for a projection
  // radiograph, which has no patient coordinate system: the map then gets a Frame of Reference of
  // its own (shared with no other object, so it claims no registration) and the identity plane.
  m.frameOfReferenceUid = m.hasGeometry ? src.frameOfReferenceUid : makeUid();
  put(ds, DCM_FrameOfReferenceUID, m.frameOfReferenceUid);
  put(ds, DCM_PositionReferenceIndicator, "");
  // Parametric Map Image + Floating Point Image Pixel.
  // Image flavor VOLUME for a plane of a patient geometry; OTHER for a projection radiograph.
  const std::string imageType =
      std::string("DERIVED\\PRIMARY\\") + (m.hasGeometry ? "VOLUME" : "OTHER") + "\\NONE";
  put(ds, DCM_ImageType, imageType);
  put(ds, DCM_ContentQualification, "RESEARCH");
  put(ds, DCM_InstanceNumber, "1");
  put(ds, DCM_ContentLabel, codeString(m.contentLabel, "HEATMAP"));
  put(ds, DCM_ContentDescription, shortString(m.contentDescription, 64));
  put(ds, DCM_ContentCreatorName, "");
  put(ds, DCM_ContentDate, date);
  put(ds, DCM_ContentTime, time);
  put(ds, DCM_SamplesPerPixel, "1");
  put(ds, DCM_PhotometricInterpretation, "MONOCHROME2");
  put(ds, DCM_Rows, std::to_string(m.height));
  put(ds, DCM_Columns, std::to_string(m.width));
  put(ds, DCM_BitsAllocated, "32");
  put(ds, DCM_BurnedInAnnotation, "NO");
  put(ds, DCM_RecognizableVisualFeatures, "NO");
  put(ds, DCM_LossyImageCompression, "00");
  put(ds, DCM_PresentationLUTShape, "IDENTITY");
  put(ds, DCM_NumberOfFrames, "1");
  // Acquisition Context (type 2, empty).
  ds->insertEmptyElement(DCM_AcquisitionContextSequence);

  // Multi-frame Dimension: one dimension, the in-stack position of the frame.
  const std::string dimUid = makeUid();
  put(newItem(ds, DCM_DimensionOrganizationSequence), DCM_DimensionOrganizationUID, dimUid);
  {
    DcmItem* d = newItem(ds, DCM_DimensionIndexSequence);
    if (d->putAndInsertTagKey(DCM_DimensionIndexPointer, DCM_InStackPositionNumber).bad() ||
        d->putAndInsertTagKey(DCM_FunctionalGroupPointer, DCM_FrameContentSequence).bad())
      throw Error("Parametric Map writer: cannot set the dimension index");
    put(d, DCM_DimensionOrganizationUID, dimUid);
    put(d, DCM_DimensionDescriptionLabel, "In-Stack Position");
  }

  // Shared functional groups.
  DcmItem* shared = newItem(ds, DCM_SharedFunctionalGroupsSequence);
  {
    // Pixel Measures: the source's spacing over the map's grid.
    double sx = src.hasPixelSpacing         ? src.spacingX
                : src.hasImagerPixelSpacing ? src.imagerSpacingX
                                            : 0;
    double sy = src.hasPixelSpacing         ? src.spacingY
                : src.hasImagerPixelSpacing ? src.imagerSpacingY
                                            : 0;
    if (sx > 0 && sy > 0) {
      sx *= static_cast<double>(src.columns) / m.width;
      sy *= static_cast<double>(src.rows) / m.height;
      m.spacingX = sx;
      m.spacingY = sy;
      DcmItem* pm = newItem(shared, DCM_PixelMeasuresSequence);
      put(pm, DCM_PixelSpacing, fmt(sy) + "\\" + fmt(sx));
      put(pm, DCM_SliceThickness, fmt(src.sliceThickness > 0 ? src.sliceThickness : 1));
    }
    {
      const Vec3 r = m.hasGeometry ? src.geometry.rowDirection : Vec3{1, 0, 0};
      const Vec3 c = m.hasGeometry ? src.geometry.colDirection : Vec3{0, 1, 0};
      put(newItem(shared, DCM_PlaneOrientationSequence), DCM_ImageOrientationPatient,
          fmt(r[0]) + "\\" + fmt(r[1]) + "\\" + fmt(r[2]) + "\\" + fmt(c[0]) + "\\" + fmt(c[1]) +
              "\\" + fmt(c[2]));
    }
    // Derivation Image: the source image (and frame).
    DcmItem* der = newItem(shared, DCM_DerivationImageSequence);
    put(der, DCM_DerivationDescription,
        shortString(
            m.contentDescription.empty() ? "Heatmap computed by Osteon" : m.contentDescription,
            1024));
    // A class activation map has no code in CID 7203; Osteon's private code says what it is.
    putCode(der, DCM_DerivationCodeSequence, "CAM", "99OSTEON", "Class activation map");
    DcmItem* srcImg = newItem(der, DCM_SourceImageSequence);
    put(srcImg, DCM_ReferencedSOPClassUID, src.sopClassUid);
    put(srcImg, DCM_ReferencedSOPInstanceUID, src.sopInstanceUid);
    if (m.sourceFrame > 0) put(srcImg, DCM_ReferencedFrameNumber, std::to_string(m.sourceFrame));
    putCode(srcImg, DCM_PurposeOfReferenceCodeSequence, "121322", "DCM",
            "Source image for image processing operation");
    // Frame Anatomy.
    DcmItem* anat = newItem(shared, DCM_FrameAnatomySequence);
    std::string body = src.bodyPart;
    for (char& ch : body)
      ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    if (body.find("SPINE") != std::string::npos)
      putCode(anat, DCM_AnatomicRegionSequence, "421060004", "SCT", "Spine");
    else
      putCode(anat, DCM_AnatomicRegionSequence, "38266002", "SCT", "Entire body");
    put(anat, DCM_FrameLaterality, "U");
    // Real World Value Mapping: identity, dimensionless.
    DcmItem* rwv = newItem(shared, DCM_RealWorldValueMappingSequence);
    if (rwv->putAndInsertFloat64(DCM_DoubleFloatRealWorldValueFirstValueMapped, lo).bad() ||
        rwv->putAndInsertFloat64(DCM_DoubleFloatRealWorldValueLastValueMapped, hi).bad())
      throw Error("Parametric Map writer: cannot set the mapped value range");
    put(rwv, DCM_RealWorldValueIntercept, "0");
    put(rwv, DCM_RealWorldValueSlope, "1");
    put(rwv, DCM_LUTExplanation, shortString(m.lutExplanation, 64));
    put(rwv, DCM_LUTLabel, shortString(m.lutLabel.empty() ? "CAM" : m.lutLabel, 16));
    putCode(rwv, DCM_MeasurementUnitsCodeSequence, "1", "UCUM", "no units");
    // Identity Pixel Value Transformation (required by the IOD whatever the pixel type).
    DcmItem* pvt = newItem(shared, DCM_PixelValueTransformationSequence);
    put(pvt, DCM_RescaleIntercept, "0");
    put(pvt, DCM_RescaleSlope, "1");
    put(pvt, DCM_RescaleType, "US");
    // Parametric Map Frame Type.
    put(newItem(shared, DCM_ParametricMapFrameTypeSequence), DCM_FrameType, imageType);
  }
  // Per-frame functional groups: frame content, plane position.
  {
    DcmItem* frame = newItem(ds, DCM_PerFrameFunctionalGroupsSequence);
    DcmItem* fc = newItem(frame, DCM_FrameContentSequence);
    const Uint32 dimIndex = 1;
    if (fc->putAndInsertUint32Array(DCM_DimensionIndexValues, &dimIndex, 1).bad())
      throw Error("Parametric Map writer: cannot set the dimension index values");
    put(fc, DCM_StackID, "1");
    put(fc, DCM_InStackPositionNumber, "1");
    {
      const Vec3 p = m.hasGeometry ? src.geometry.position : Vec3{0, 0, 0};
      put(newItem(frame, DCM_PlanePositionSequence), DCM_ImagePositionPatient,
          fmt(p[0]) + "\\" + fmt(p[1]) + "\\" + fmt(p[2]));
    }
  }
  // Common Instance Reference.
  {
    DcmItem* se = newItem(ds, DCM_ReferencedSeriesSequence);
    put(se, DCM_SeriesInstanceUID, src.seriesUid);
    DcmItem* in = newItem(se, DCM_ReferencedInstanceSequence);
    put(in, DCM_ReferencedSOPClassUID, src.sopClassUid);
    put(in, DCM_ReferencedSOPInstanceUID, src.sopInstanceUid);
  }
  if (ds->putAndInsertFloat32Array(DCM_FloatPixelData, m.values.data(),
                                   static_cast<unsigned long>(m.values.size()))
          .bad())
    throw Error("Parametric Map writer: cannot store the pixel data");

  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  const OFCondition st = ff.saveFile(path.c_str(), EXS_LittleEndianExplicit);
  if (st.bad()) throw Error(fileError(path, std::string("cannot write: ") + st.text()));
}

bool isParametricMap(const std::string& path) {
  detail::initDcmtk();
  DcmFileFormat ff;
  if (ff.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect).bad())
    return false;
  return str(ff.getDataset(), DCM_SOPClassUID) == kParametricMapStorage;
}

ParametricMap readParametricMap(const std::string& path) {
  detail::initDcmtk();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error(fileError(path, "no such file"));
  DcmFileFormat ff;
  const OFCondition st = ff.loadFile(path.c_str());
  if (st.bad())
    throw Error(fileError(path, std::string("not a readable DICOM file: ") + st.text()));
  DcmDataset* ds = ff.getDataset();
  if (str(ds, DCM_SOPClassUID) != kParametricMapStorage)
    throw Error(fileError(path, "not a DICOM Parametric Map (SOP Class " +
                                    (str(ds, DCM_SOPClassUID).empty() ? std::string("missing")
                                                                      : str(ds, DCM_SOPClassUID)) +
                                    ")"));
  ParametricMap m;
  Uint16 rows = 0, cols = 0;
  ds->findAndGetUint16(DCM_Rows, rows);
  ds->findAndGetUint16(DCM_Columns, cols);
  if (rows == 0 || cols == 0) throw Error(fileError(path, "Parametric Map without Rows/Columns"));
  m.width = cols;
  m.height = rows;
  m.sopInstanceUid = str(ds, DCM_SOPInstanceUID);
  m.seriesUid = str(ds, DCM_SeriesInstanceUID);
  m.sourceStudyUid = str(ds, DCM_StudyInstanceUID);
  m.frameOfReferenceUid = str(ds, DCM_FrameOfReferenceUID);
  m.contentLabel = str(ds, DCM_ContentLabel);
  m.contentDescription = str(ds, DCM_ContentDescription);
  const std::size_t n = static_cast<std::size_t>(rows) * cols;
  m.values.resize(n);

  double slope = 1, intercept = 0;
  DcmItem* shared = nullptr;
  if (ds->findAndGetSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).good() && shared) {
    DcmItem* rwv = nullptr;
    if (shared->findAndGetSequenceItem(DCM_RealWorldValueMappingSequence, rwv, 0).good() && rwv) {
      Float64 f = 0;
      if (rwv->findAndGetFloat64(DCM_RealWorldValueSlope, f).good()) slope = f;
      if (rwv->findAndGetFloat64(DCM_RealWorldValueIntercept, f).good()) intercept = f;
      m.lutLabel = str(rwv, DCM_LUTLabel);
      m.lutExplanation = str(rwv, DCM_LUTExplanation);
    }
    DcmItem* der = nullptr;
    if (shared->findAndGetSequenceItem(DCM_DerivationImageSequence, der, 0).good() && der) {
      DcmItem* s = nullptr;
      if (der->findAndGetSequenceItem(DCM_SourceImageSequence, s, 0).good() && s) {
        m.sourceSopClassUid = str(s, DCM_ReferencedSOPClassUID);
        m.sourceSopInstanceUid = str(s, DCM_ReferencedSOPInstanceUID);
        Sint32 f = 0;
        if (s->findAndGetSint32(DCM_ReferencedFrameNumber, f).good()) m.sourceFrame = f;
      }
    }
    DcmItem* pm = nullptr;
    if (shared->findAndGetSequenceItem(DCM_PixelMeasuresSequence, pm, 0).good() && pm) {
      Float64 r = 0, c = 0;
      if (pm->findAndGetFloat64(DCM_PixelSpacing, r, 0).good() &&
          pm->findAndGetFloat64(DCM_PixelSpacing, c, 1).good())
        m.spacingY = r, m.spacingX = c;
    }
  }
  // Without a derivation image, the Common Instance Reference names the source.
  DcmItem* se = nullptr;
  if (ds->findAndGetSequenceItem(DCM_ReferencedSeriesSequence, se, 0).good() && se) {
    m.sourceSeriesUid = str(se, DCM_SeriesInstanceUID);
    if (m.sourceSopInstanceUid.empty()) {
      DcmItem* in = nullptr;
      if (se->findAndGetSequenceItem(DCM_ReferencedInstanceSequence, in, 0).good() && in) {
        m.sourceSopClassUid = str(in, DCM_ReferencedSOPClassUID);
        m.sourceSopInstanceUid = str(in, DCM_ReferencedSOPInstanceUID);
      }
    }
  }
  if (m.sourceSopInstanceUid.empty())
    throw Error(fileError(path, "Parametric Map does not name the image it derives from"));

  auto truncated = [&](unsigned long have) {
    return Error(fileError(path, "Parametric Map pixel data is truncated (" + std::to_string(have) +
                                     " of " + std::to_string(n) + " values)"));
  };
  Float32* f32 = nullptr;
  Float64* f64 = nullptr;
  DcmElement* e = nullptr;
  if (ds->findAndGetElement(DCM_FloatPixelData, e).good() && e) {
    const unsigned long count = e->getLength() / 4;
    if (count < n || e->getFloat32Array(f32).bad() || !f32) throw truncated(count);
    for (std::size_t i = 0; i < n; ++i)
      m.values[i] = static_cast<float>(f32[i] * slope + intercept);
  } else if (ds->findAndGetElement(DCM_DoubleFloatPixelData, e).good() && e) {
    const unsigned long count = e->getLength() / 8;
    if (count < n || e->getFloat64Array(f64).bad() || !f64) throw truncated(count);
    for (std::size_t i = 0; i < n; ++i)
      m.values[i] = static_cast<float>(f64[i] * slope + intercept);
  } else if (ds->findAndGetElement(DCM_PixelData, e).good() && e) {
    Uint16 bits = 0, repr = 0;
    ds->findAndGetUint16(DCM_BitsAllocated, bits);
    ds->findAndGetUint16(DCM_PixelRepresentation, repr);
    if (bits != 16) throw Error(fileError(path, "Parametric Map with unsupported Pixel Data"));
    Uint16* w = nullptr;
    const unsigned long count = e->getLength() / 2;
    if (count < n || e->getUint16Array(w).bad() || !w) throw truncated(count);
    for (std::size_t i = 0; i < n; ++i) {
      const double v = repr ? static_cast<double>(static_cast<Sint16>(w[i])) : w[i];
      m.values[i] = static_cast<float>(v * slope + intercept);
    }
  } else {
    throw Error(fileError(path, "Parametric Map without pixel data"));
  }
  return m;
}

}  // namespace osteon::io
