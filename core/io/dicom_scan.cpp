#include "core/io/dicom_scan.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcmetinf.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <tuple>

#include "core/base/error.h"
#include "core/base/log.h"
#include "core/base/parallel.h"
#include "core/io/itk_bridge.h"

namespace fs = std::filesystem;

namespace osteon::io {

namespace {

std::string str(DcmItem* item, const DcmTagKey& key) {
  OFString v;
  if (item->findAndGetOFStringArray(key, v).good()) {
    std::string s = v.c_str();
    while (!s.empty() && (s.back() == ' ' || s.back() == '\0'))
      s.pop_back();
    return s;
  }
  return {};
}

int integer(DcmItem* item, const DcmTagKey& key, int fallback = 0) {
  Sint32 v = 0;
  if (item->findAndGetSint32(key, v).good()) return v;
  Uint16 u = 0;
  if (item->findAndGetUint16(key, u).good()) return u;
  // IS values that DCMTK cannot convert (e.g. "12.0") still parse as text.
  const std::string s = str(item, key);
  if (!s.empty()) {
    char* end = nullptr;
    const double d = std::strtod(s.c_str(), &end);
    if (end != s.c_str() && std::isfinite(d) && std::fabs(d) < 2e9) return static_cast<int>(d);
  }
  return fallback;
}

bool reals(DcmItem* item, const DcmTagKey& key, double* out, int n) {
  for (int i = 0; i < n; ++i) {
    Float64 v = 0;
    if (item->findAndGetFloat64(key, v, static_cast<unsigned long>(i)).bad()) return false;
    if (!std::isfinite(v)) return false;
    out[i] = v;
  }
  return true;
}

DcmItem* firstItem(DcmItem* item, const DcmTagKey& seq) {
  DcmItem* out = nullptr;
  if (item && item->findAndGetSequenceItem(seq, out, 0).good()) return out;
  return nullptr;
}

// Plane position/orientation, pixel measures and value transformation of a functional group
// item (enhanced objects) or of the dataset itself (classic objects).
void readPlane(DcmItem* item, FrameInfo& f) {
  double v[6];
  if (reals(item, DCM_ImagePositionPatient, v, 3)) {
    f.hasPosition = true;
    f.position = {v[0], v[1], v[2]};
  }
  if (reals(item, DCM_ImageOrientationPatient, v, 6)) {
    f.hasOrientation = true;
    f.rowDirection = {v[0], v[1], v[2]};
    f.colDirection = {v[3], v[4], v[5]};
  }
  if (reals(item, DCM_RescaleSlope, v, 1)) f.rescale.slope = v[0];
  if (reals(item, DCM_RescaleIntercept, v, 1)) f.rescale.intercept = v[0];
}

void readFunctionalGroup(DcmItem* group, FrameInfo& f, DicomInstance& inst) {
  if (DcmItem* p = firstItem(group, DCM_PlanePositionSequence)) readPlane(p, f);
  if (DcmItem* o = firstItem(group, DCM_PlaneOrientationSequence)) readPlane(o, f);
  if (DcmItem* t = firstItem(group, DCM_PixelValueTransformationSequence)) readPlane(t, f);
  if (DcmItem* m = firstItem(group, DCM_PixelMeasuresSequence)) {
    double ps[2];
    if (reals(m, DCM_PixelSpacing, ps, 2)) {
      inst.hasPixelSpacing = true;
      inst.spacingY = ps[0];
      inst.spacingX = ps[1];
    }
    double t;
    if (reals(m, DCM_SliceThickness, &t, 1)) inst.sliceThickness = t;
  }
}

bool plausibleTag(const unsigned char* b) {
  // Raw dataset without preamble: the first element is usually in group 0002 or 0008 (either
  // byte order), and carries a small element number.
  const unsigned groupLE = b[0] | (b[1] << 8);
  const unsigned groupBE = (b[0] << 8) | b[1];
  return groupLE == 0x0002 || groupLE == 0x0008 || groupBE == 0x0008;
}

std::string normalPath(const fs::path& p) {
  std::error_code ec;
  fs::path abs = fs::absolute(p, ec);
  return (ec ? p : abs).lexically_normal().string();
}

void collectFiles(const std::string& path, std::vector<std::string>& files, ScanResult& result) {
  std::error_code ec;
  const fs::path p(path);
  if (fs::is_directory(p, ec)) {
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
      result.errors.push_back({path, "cannot read folder: " + ec.message()});
      return;
    }
    for (; it != end; it.increment(ec)) {
      if (ec) {
        result.errors.push_back({path, "cannot read folder: " + ec.message()});
        break;
      }
      std::error_code fec;
      if (it->is_regular_file(fec)) files.push_back(normalPath(it->path()));
    }
    return;
  }
  if (!fs::exists(p, ec)) {
    result.errors.push_back({path, "no such file or folder"});
    return;
  }
  std::string name = p.filename().string();
  std::transform(name.begin(), name.end(), name.begin(), ::toupper);
  if (name == "DICOMDIR") {
    try {
      for (const std::string& f : dicomdirFiles(path))
        files.push_back(f);
    } catch (const Error& e) {
      result.errors.push_back({path, e.what()});
    }
    return;
  }
  files.push_back(normalPath(p));
}

std::string round3(double v) {
  char b[32];
  std::snprintf(b, sizeof b, "%.3f", std::fabs(v) < 5e-4 ? 0.0 : v);
  return b;
}

bool validOrientation(const FrameInfo& f) {
  const double nr = image::norm(f.rowDirection), nc = image::norm(f.colDirection);
  if (std::fabs(nr - 1) > 0.01 || std::fabs(nc - 1) > 0.01) return false;
  return std::fabs(image::dot(f.rowDirection, f.colDirection)) < 0.01;
}

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
  return v[v.size() / 2];
}

// Builds geometry for a stack whose slices have positions and a shared, valid orientation.
void finishStack(const DicomSeries& series, DicomStack& stack) {
  const DicomInstance& first = series.instances[stack.slices.front().instance];
  stack.rows = first.rows;
  stack.columns = first.columns;
  image::Geometry& g = stack.geometry;
  if (first.hasPixelSpacing) {
    g.spacing = {first.spacingX, first.spacingY, 1};
    stack.spacingSource = "PixelSpacing";
  } else if (first.hasImagerPixelSpacing) {
    g.spacing = {first.imagerSpacingX, first.imagerSpacingY, 1};
    stack.spacingSource = "ImagerPixelSpacing";
  } else {
    g.spacing = {1, 1, 1};
  }
  const FrameInfo& f0 = first.perFrame.empty()
                            ? first.geometry
                            : first.perFrame[static_cast<std::size_t>(stack.slices.front().frame)];
  stack.hasGeometry = false;
  if (f0.hasOrientation && validOrientation(f0)) {
    const Vec3 r = image::normalized(f0.rowDirection), c = image::normalized(f0.colDirection);
    g.direction.setColumn(0, r);
    g.direction.setColumn(1, c);
    g.direction.setColumn(2, image::normalized(image::cross(r, c)));
    bool allPositions = true;
    for (const SliceRef& s : stack.slices)
      allPositions = allPositions && s.hasPosition;
    if (allPositions) {
      stack.hasGeometry = true;
      g.origin = stack.slices.front().position;
      if (stack.slices.size() > 1) {
        const Vec3 n = g.normal();
        std::vector<double> gaps;
        for (std::size_t i = 1; i < stack.slices.size(); ++i)
          gaps.push_back(
              image::dot(image::sub(stack.slices[i].position, stack.slices[i - 1].position), n));
        const double med = median(gaps);
        g.spacing[2] = med > 0 ? med : 1;
        const auto [lo, hi] = std::minmax_element(gaps.begin(), gaps.end());
        if (med > 0 && (*hi - *lo) > 0.1 * med) {
          char b[160];
          std::snprintf(b, sizeof b, "non-uniform slice spacing (%.3g to %.3g mm); %.3g mm used",
                        *lo, *hi, med);
          stack.warnings.push_back(b);
        }
        // Slices must lie on the line along the normal; otherwise the stack is sheared (gantry
        // tilt) and the volume's geometry is approximate.
        const Vec3 last = stack.slices.back().position;
        const Vec3 along = image::sub(last, g.origin);
        const Vec3 off = image::sub(along, image::scale(n, image::dot(along, n)));
        if (image::norm(off) > 0.01 * (g.spacing[0] + g.spacing[1]) * 50)
          stack.warnings.push_back("slices are not stacked along the normal (tilt or shear)");
      } else if (first.sliceThickness > 0) {
        g.spacing[2] = first.sliceThickness;
      }
    }
  } else if (f0.hasOrientation) {
    stack.warnings.push_back("ImageOrientationPatient is not orthonormal; identity used");
  }
  if (!stack.hasGeometry && f0.hasPosition) g.origin = f0.position;
}

}  // namespace

std::size_t ScanResult::instanceCount() const {
  std::size_t n = 0;
  for (const auto& p : patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        n += se.instances.size();
  return n;
}

std::size_t ScanResult::seriesCount() const {
  std::size_t n = 0;
  for (const auto& p : patients)
    for (const auto& st : p.studies)
      n += st.series.size();
  return n;
}

std::string DicomStack::label() const {
  return std::to_string(columns) + "x" + std::to_string(rows) + "x" + std::to_string(slices.size());
}

bool looksLikeDicom(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  unsigned char buf[132] = {};
  in.read(reinterpret_cast<char*>(buf), sizeof buf);
  const std::streamsize got = in.gcount();
  if (got == 132 && buf[128] == 'D' && buf[129] == 'I' && buf[130] == 'C' && buf[131] == 'M')
    return true;
  return got >= 8 && plausibleTag(buf);
}

bool readDicomHeader(const std::string& path, DicomInstance& out, std::string& error) {
  error.clear();
  if (!looksLikeDicom(path)) return false;
  detail::initDcmtk();
  DcmFileFormat ff;
  // Elements longer than 4 KiB stay on disk; parsing stops at the pixel data.
  OFCondition st = ff.loadFileUntilTag(path.c_str(), EXS_Unknown, EGL_noChange, 4096,
                                       ERM_autoDetect, DCM_PixelData);
  if (st.bad()) {
    error = std::string("not readable as DICOM: ") + st.text();
    return false;
  }
  DcmDataset* ds = ff.getDataset();
  DcmMetaInfo* meta = ff.getMetaInfo();
  out = DicomInstance{};
  out.path = path;
  OFString ts;
  if (meta && meta->findAndGetOFString(DCM_TransferSyntaxUID, ts).good())
    out.transferSyntaxUid = ts.c_str();
  if (out.transferSyntaxUid.empty()) {
    DcmXfer x(ds->getOriginalXfer());
    out.transferSyntaxUid = x.getXferID();
  }
  out.sopClassUid = str(ds, DCM_SOPClassUID);
  out.sopInstanceUid = str(ds, DCM_SOPInstanceUID);
  out.patientName = str(ds, DCM_PatientName);
  out.patientId = str(ds, DCM_PatientID);
  out.patientBirthDate = str(ds, DCM_PatientBirthDate);
  out.patientSex = str(ds, DCM_PatientSex);
  out.studyUid = str(ds, DCM_StudyInstanceUID);
  out.studyDate = str(ds, DCM_StudyDate);
  out.studyTime = str(ds, DCM_StudyTime);
  out.studyDescription = str(ds, DCM_StudyDescription);
  out.accessionNumber = str(ds, DCM_AccessionNumber);
  out.seriesUid = str(ds, DCM_SeriesInstanceUID);
  out.seriesDescription = str(ds, DCM_SeriesDescription);
  out.modality = str(ds, DCM_Modality);
  out.bodyPart = str(ds, DCM_BodyPartExamined);
  out.frameOfReferenceUid = str(ds, DCM_FrameOfReferenceUID);
  out.seriesNumber = integer(ds, DCM_SeriesNumber);
  out.instanceNumber = integer(ds, DCM_InstanceNumber);
  out.echoNumber = integer(ds, DCM_EchoNumbers);
  out.temporalPosition = integer(ds, DCM_TemporalPositionIdentifier);

  out.rows = integer(ds, DCM_Rows);
  out.columns = integer(ds, DCM_Columns);
  out.frames = std::max(1, integer(ds, DCM_NumberOfFrames, 1));
  out.samplesPerPixel = integer(ds, DCM_SamplesPerPixel, 1);
  out.bitsAllocated = integer(ds, DCM_BitsAllocated);
  out.bitsStored = integer(ds, DCM_BitsStored, out.bitsAllocated);
  out.highBit = integer(ds, DCM_HighBit, out.bitsStored - 1);
  out.pixelRepresentation = integer(ds, DCM_PixelRepresentation);
  out.planarConfiguration = integer(ds, DCM_PlanarConfiguration);
  out.photometric = str(ds, DCM_PhotometricInterpretation);

  double ps[2];
  if (reals(ds, DCM_PixelSpacing, ps, 2)) {
    out.hasPixelSpacing = true;
    out.spacingY = ps[0];
    out.spacingX = ps[1];
  }
  if (reals(ds, DCM_ImagerPixelSpacing, ps, 2)) {
    out.hasImagerPixelSpacing = true;
    out.imagerSpacingY = ps[0];
    out.imagerSpacingX = ps[1];
  }
  double t;
  if (reals(ds, DCM_SliceThickness, &t, 1)) out.sliceThickness = t;
  readPlane(ds, out.geometry);
  out.rescale = out.geometry.rescale;

  // Window presets: WindowCenter/WindowWidth are multi-valued, explanation optional.
  for (unsigned long i = 0;; ++i) {
    Float64 c, w;
    if (ds->findAndGetFloat64(DCM_WindowCenter, c, i).bad() ||
        ds->findAndGetFloat64(DCM_WindowWidth, w, i).bad())
      break;
    image::WindowPreset p;
    p.center = c;
    p.width = w;
    OFString name;
    if (ds->findAndGetOFString(DCM_WindowCenterWidthExplanation, name, i).good())
      p.name = name.c_str();
    out.windows.push_back(p);
  }

  // Enhanced multi-frame objects keep geometry in functional groups.
  if (DcmItem* shared = firstItem(ds, DCM_SharedFunctionalGroupsSequence)) {
    readFunctionalGroup(shared, out.geometry, out);
    out.rescale = out.geometry.rescale;
    if (DcmItem* voi = firstItem(shared, DCM_FrameVOILUTSequence)) {
      double c, w;
      if (reals(voi, DCM_WindowCenter, &c, 1) && reals(voi, DCM_WindowWidth, &w, 1))
        out.windows.push_back({c, w, ""});
    }
  }
  DcmSequenceOfItems* perFrame = nullptr;
  if (ds->findAndGetSequence(DCM_PerFrameFunctionalGroupsSequence, perFrame).good() && perFrame &&
      perFrame->card() == static_cast<unsigned long>(out.frames)) {
    for (unsigned long i = 0; i < perFrame->card(); ++i) {
      FrameInfo f = out.geometry;
      readFunctionalGroup(perFrame->getItem(i), f, out);
      out.perFrame.push_back(f);
    }
  }

  // What makes a file unusable as an image. Non-image objects (no Rows) are skipped quietly.
  if (out.rows == 0 && out.columns == 0) {
    error.clear();
    return false;
  }
  auto fail = [&](const std::string& m) {
    error = m;
    return false;
  };
  if (out.rows <= 0 || out.columns <= 0)
    return fail("image size " + std::to_string(out.columns) + "x" + std::to_string(out.rows) +
                " is not valid");
  if (out.bitsAllocated != 1 && out.bitsAllocated != 8 && out.bitsAllocated != 16 &&
      out.bitsAllocated != 32)
    return fail("BitsAllocated " + std::to_string(out.bitsAllocated) +
                " is not supported (1, 8, 16, 32)");
  if (out.bitsAllocated == 1 && out.samplesPerPixel != 1)
    return fail("1-bit pixel data must have one sample per pixel");
  if (out.bitsStored <= 0 || out.bitsStored > out.bitsAllocated)
    return fail("BitsStored " + std::to_string(out.bitsStored) + " does not fit BitsAllocated " +
                std::to_string(out.bitsAllocated));
  if (out.samplesPerPixel != 1 && out.samplesPerPixel != 3)
    return fail("SamplesPerPixel " + std::to_string(out.samplesPerPixel) + " is not supported");
  const double voxels = static_cast<double>(out.rows) * out.columns * out.frames;
  if (voxels > static_cast<double>(image::maxVoxels()))
    return fail("header claims " + std::to_string(out.columns) + "x" + std::to_string(out.rows) +
                "x" + std::to_string(out.frames) + " pixels, more than the limit of " +
                std::to_string(image::maxVoxels()));
  if (out.hasPixelSpacing && !(out.spacingX > 0 && out.spacingY > 0)) {
    char b[128];
    std::snprintf(b, sizeof b, "PixelSpacing %g\\%g is not positive", out.spacingY, out.spacingX);
    return fail(b);
  }
  if (out.hasImagerPixelSpacing && !(out.imagerSpacingX > 0 && out.imagerSpacingY > 0))
    out.hasImagerPixelSpacing = false;  // imager spacing only calibrates measurements
  if (out.studyUid.empty()) out.studyUid = "(no study UID)";
  if (out.seriesUid.empty()) out.seriesUid = "(no series UID) " + out.studyUid;
  return true;
}

std::vector<std::string> dicomdirFiles(const std::string& dicomdirPath) {
  detail::initDcmtk();
  DcmFileFormat ff;
  OFCondition st = ff.loadFile(dicomdirPath.c_str());
  if (st.bad())
    throw Error(fileError(dicomdirPath, std::string("not a readable DICOMDIR: ") + st.text()));
  DcmSequenceOfItems* records = nullptr;
  if (ff.getDataset()->findAndGetSequence(DCM_DirectoryRecordSequence, records).bad() || !records)
    throw Error(fileError(dicomdirPath, "DICOMDIR has no directory record sequence"));
  const fs::path base = fs::path(dicomdirPath).parent_path();
  std::vector<std::string> out;
  for (unsigned long i = 0; i < records->card(); ++i) {
    DcmItem* rec = records->getItem(i);
    OFString id;
    if (rec->findAndGetOFStringArray(DCM_ReferencedFileID, id).bad() || id.empty()) continue;
    fs::path rel;
    std::string part;
    for (char ch : std::string(id.c_str())) {
      if (ch == '\\') {
        rel /= part;
        part.clear();
      } else if (ch != ' ') {
        part.push_back(ch);
      }
    }
    if (!part.empty()) rel /= part;
    fs::path full = base / rel;
    std::error_code ec;
    if (!fs::exists(full, ec)) {
      // Media written on case-insensitive systems: try the lower-case name.
      std::string lower = rel.string();
      std::transform(lower.begin(), lower.end(), lower.begin(), ::tolower);
      if (fs::exists(base / lower, ec)) full = base / lower;
    }
    out.push_back(normalPath(full));
  }
  return out;
}

void assembleSeries(std::vector<DicomInstance> instances, ScanResult& result) {
  // patient key -> study uid -> series uid -> instances
  std::map<std::string, std::map<std::string, std::map<std::string, std::vector<DicomInstance>>>>
      tree;
  for (DicomInstance& inst : instances) {
    const std::string pkey = inst.patientId + "\x1f" + inst.patientName;
    tree[pkey][inst.studyUid][inst.seriesUid].push_back(std::move(inst));
  }
  for (auto& [pkey, studies] : tree) {
    DicomPatient patient;
    for (auto& [studyUid, seriesMap] : studies) {
      DicomStudy study;
      study.studyUid = studyUid;
      for (auto& [seriesUid, list] : seriesMap) {
        DicomSeries series;
        series.seriesUid = seriesUid;
        std::sort(list.begin(), list.end(), [](const DicomInstance& a, const DicomInstance& b) {
          return std::tie(a.instanceNumber, a.path) < std::tie(b.instanceNumber, b.path);
        });
        const DicomInstance& f = list.front();
        series.description = f.seriesDescription;
        series.modality = f.modality;
        series.number = f.seriesNumber;
        if (patient.id.empty() && patient.name.empty()) {
          patient.id = f.patientId;
          patient.name = f.patientName;
          patient.birthDate = f.patientBirthDate;
          patient.sex = f.patientSex;
        }
        if (study.date.empty()) {
          study.date = f.studyDate;
          study.time = f.studyTime;
          study.description = f.studyDescription;
          study.accessionNumber = f.accessionNumber;
        }
        series.instances = std::move(list);

        // Stack keys for single-frame instances with a plane; everything else stands alone.
        std::map<std::string, std::vector<SliceRef>> groups;
        std::vector<std::string> order;
        for (std::size_t i = 0; i < series.instances.size(); ++i) {
          const DicomInstance& in = series.instances[i];
          const FrameInfo& g = in.geometry;
          if (in.frames > 1 || !g.hasPosition || !g.hasOrientation) {
            DicomStack s;
            for (int fr = 0; fr < in.frames; ++fr) {
              SliceRef r;
              r.instance = i;
              r.frame = fr;
              const FrameInfo& fi =
                  in.perFrame.empty() ? g : in.perFrame[static_cast<std::size_t>(fr)];
              r.hasPosition =
                  fi.hasPosition && fi.hasOrientation && in.frames > 1 && !in.perFrame.empty();
              r.position = fi.position;
              r.rescale = fi.rescale;
              s.slices.push_back(r);
            }
            if (s.slices.size() > 1 &&
                std::all_of(s.slices.begin(), s.slices.end(),
                            [](const SliceRef& r) { return r.hasPosition; })) {
              const Vec3 n = image::cross(in.perFrame[0].rowDirection, in.perFrame[0].colDirection);
              std::stable_sort(s.slices.begin(), s.slices.end(),
                               [&](const SliceRef& a, const SliceRef& b) {
                                 return image::dot(a.position, n) < image::dot(b.position, n);
                               });
            } else {
              for (SliceRef& r : s.slices)
                r.hasPosition = g.hasPosition && in.frames == 1;
              for (SliceRef& r : s.slices)
                r.position = g.position;
            }
            series.stacks.push_back(std::move(s));
            continue;
          }
          std::string key;
          for (double v : g.rowDirection)
            key += round3(v) + ",";
          for (double v : g.colDirection)
            key += round3(v) + ",";
          key += std::to_string(in.rows) + "x" + std::to_string(in.columns) + "|" +
                 round3(in.spacingX) + "," + round3(in.spacingY) + "|" +
                 std::to_string(in.samplesPerPixel) + "," + std::to_string(in.bitsAllocated) + "," +
                 std::to_string(in.pixelRepresentation) + "|e" + std::to_string(in.echoNumber) +
                 "|t" + std::to_string(in.temporalPosition);
          if (!groups.count(key)) order.push_back(key);
          SliceRef r;
          r.instance = i;
          r.hasPosition = true;
          r.position = g.position;
          r.rescale = in.rescale;
          groups[key].push_back(r);
        }
        for (const std::string& key : order) {
          std::vector<SliceRef>& refs = groups[key];
          const DicomInstance& in0 = series.instances[refs.front().instance];
          const Vec3 n = image::cross(in0.geometry.rowDirection, in0.geometry.colDirection);
          std::stable_sort(refs.begin(), refs.end(), [&](const SliceRef& a, const SliceRef& b) {
            return image::dot(a.position, n) < image::dot(b.position, n);
          });
          // Slices sharing a position go to separate stacks by rank (repeated acquisitions).
          std::vector<std::vector<SliceRef>> ranks;
          std::size_t i = 0;
          while (i < refs.size()) {
            std::size_t j = i + 1;
            const double p = image::dot(refs[i].position, n);
            while (j < refs.size() && std::fabs(image::dot(refs[j].position, n) - p) < 1e-3)
              ++j;
            for (std::size_t r = 0; r < j - i; ++r) {
              if (ranks.size() <= r) ranks.emplace_back();
              ranks[r].push_back(refs[i + r]);
            }
            i = j;
          }
          for (std::size_t r = 0; r < ranks.size(); ++r) {
            DicomStack s;
            s.slices = std::move(ranks[r]);
            if (ranks.size() > 1)
              s.warnings.push_back("slices at repeated positions were split into " +
                                   std::to_string(ranks.size()) + " stacks (this is " +
                                   std::to_string(r + 1) + ")");
            series.stacks.push_back(std::move(s));
          }
        }
        for (DicomStack& s : series.stacks)
          finishStack(series, s);
        study.series.push_back(std::move(series));
      }
      std::sort(study.series.begin(), study.series.end(),
                [](const DicomSeries& a, const DicomSeries& b) {
                  return std::tie(a.number, a.seriesUid) < std::tie(b.number, b.seriesUid);
                });
      patient.studies.push_back(std::move(study));
    }
    std::sort(patient.studies.begin(), patient.studies.end(),
              [](const DicomStudy& a, const DicomStudy& b) {
                return std::tie(a.date, a.time, a.studyUid) < std::tie(b.date, b.time, b.studyUid);
              });
    result.patients.push_back(std::move(patient));
  }
}

LargestStack largestStack(const ScanResult& scan) {
  LargestStack best;
  const auto voxels = [](const DicomStack& s) {
    return s.slices.size() * static_cast<std::size_t>(s.rows) * static_cast<std::size_t>(s.columns);
  };
  for (const auto& p : scan.patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        for (const auto& sk : se.stacks)
          if (!best.stack || voxels(sk) > voxels(*best.stack)) best = {&se, &sk};
  return best;
}

ScanResult scanDicom(const std::vector<std::string>& paths, const ScanOptions& options,
                     const Progress& progress) {
  ScanResult result;
  std::vector<std::string> files;
  for (const std::string& p : paths)
    collectFiles(p, files, result);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  result.filesVisited = files.size();

  std::vector<DicomInstance> headers(files.size());
  std::vector<std::string> errors(files.size());
  std::vector<char> ok(files.size(), 0);
  std::atomic<std::size_t> done{0};
  parallelFor(
      files.size(),
      [&](std::size_t i) {
        progress.throwIfCancelled();
        try {
          ok[i] = readDicomHeader(files[i], headers[i], errors[i]) ? 1 : 0;
        } catch (const std::exception& e) {
          errors[i] = e.what();
        }
        const std::size_t d = ++done;
        if (d % 64 == 0 || d == files.size())
          progress.report(static_cast<double>(d) / static_cast<double>(files.size()),
                          "reading headers");
      },
      options.threads);

  std::vector<DicomInstance> good;
  good.reserve(files.size());
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (ok[i])
      good.push_back(std::move(headers[i]));
    else if (!errors[i].empty())
      result.errors.push_back({files[i], errors[i]});
    else
      result.skipped.push_back(files[i]);
  }
  assembleSeries(std::move(good), result);
  OSTEON_LOG_INFO("io", "DICOM scan: %zu files, %zu series, %zu instances, %zu errors, %zu skipped",
                  files.size(), result.seriesCount(), result.instanceCount(), result.errors.size(),
                  result.skipped.size());
  for (std::size_t i = 0; i < result.errors.size() && i < 20; ++i)  // the first few, not a flood
    OSTEON_LOG_INFO("io", "DICOM scan: %s: %s", result.errors[i].path.c_str(),
                    result.errors[i].message.c_str());
  return result;
}

}  // namespace osteon::io
