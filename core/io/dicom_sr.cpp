#include "core/io/dicom_sr.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcsequen.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrfl.h>
#include <dcmtk/dcmsr/dsrdoc.h>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>

#include "core/base/error.h"
#include "core/io/dicom_writer.h"
#include "core/io/itk_bridge.h"

namespace osteon::io {

namespace {

constexpr const char* kPrivateScheme = "99OSTEON";
constexpr double kMaxCoordinate = 1e6;

// The RSNA vocabulary (core/annotation/rsna.h; core/io cannot depend on core/annotation).
const char* const kConditionKeys[5] = {"spinal_canal_stenosis", "left_neural_foraminal_narrowing",
                                       "right_neural_foraminal_narrowing",
                                       "left_subarticular_stenosis", "right_subarticular_stenosis"};
const char* const kConditionNames[5] = {
    "Spinal Canal Stenosis", "Left Neural Foraminal Narrowing", "Right Neural Foraminal Narrowing",
    "Left Subarticular Stenosis", "Right Subarticular Stenosis"};
// Levels: SNOMED CT "Level of Lx/Ly intervertebral disc".
const char* const kLevelCodes[5] = {"243920003", "243921004", "243922006", "243923001",
                                    "243927000"};
const char* const kLevelNames[5] = {"L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1"};
// Grades: Moderate and Severe are SNOMED CT; RSNA's "Normal/Mild" has no single code.
struct GradeCode {
  const char *value, *scheme, *meaning;
};
const GradeCode kGrades[3] = {{"normal-mild", kPrivateScheme, "Normal/Mild"},
                              {"6736007", "SCT", "Moderate"},
                              {"24484000", "SCT", "Severe"}};

DSRCodedEntryValue code(const char* value, const char* scheme, const char* meaning) {
  return DSRCodedEntryValue(value, scheme, meaning);
}
DSRCodedEntryValue priv(const char* value, const char* meaning) {
  return DSRCodedEntryValue(value, kPrivateScheme, meaning);
}

const DSRCodedEntryValue kReport = code("126000", "DCM", "Imaging Measurement Report");
const DSRCodedEntryValue kLanguage =
    code("121049", "DCM", "Language of Content Item and Descendants");
const DSRCodedEntryValue kObserverType = code("121005", "DCM", "Observer Type");
const DSRCodedEntryValue kDevice = code("121007", "DCM", "Device");
const DSRCodedEntryValue kDeviceUid = code("121012", "DCM", "Device Observer UID");
const DSRCodedEntryValue kDeviceName = code("121013", "DCM", "Device Observer Name");
const DSRCodedEntryValue kProcedure = code("121058", "DCM", "Procedure reported");
const DSRCodedEntryValue kImagingProcedure = code("363679005", "SCT", "Imaging procedure");
const DSRCodedEntryValue kImageLibrary = code("111028", "DCM", "Image Library");
const DSRCodedEntryValue kImageLibraryGroup = code("126200", "DCM", "Image Library Group");
const DSRCodedEntryValue kMeasurements = code("126010", "DCM", "Imaging Measurements");
const DSRCodedEntryValue kGroup = code("125007", "DCM", "Measurement Group");
const DSRCodedEntryValue kTrackingId = code("112039", "DCM", "Tracking Identifier");
const DSRCodedEntryValue kTrackingUid = code("112040", "DCM", "Tracking Unique Identifier");
const DSRCodedEntryValue kFinding = code("121071", "DCM", "Finding");
const DSRCodedEntryValue kFindingSite = code("363698007", "SCT", "Finding Site");
const DSRCodedEntryValue kLength = code("410668003", "SCT", "Length");
const DSRCodedEntryValue kAngle = code("1483009", "SCT", "Angle");
const DSRCodedEntryValue kCobb = code("285285000", "SCT", "Cobb angle");
const DSRCodedEntryValue kCenter = code("111010", "DCM", "Center");
const DSRCodedEntryValue kSeverity = code("246112005", "SCT", "Severity");
const DSRCodedEntryValue kScoliosis = code("298382003", "SCT", "Scoliosis deformity of spine");
const DSRCodedEntryValue kLabel = priv("label", "Osteon label");
const DSRCodedEntryValue kCurve = priv("curve", "Curve");
const DSRCodedEntryValue kUpper = priv("upper-end-vertebra", "Upper end vertebra");
const DSRCodedEntryValue kLower = priv("lower-end-vertebra", "Lower end vertebra");
const DSRCodedEntryValue kCorners = priv("vertebra-corners", "Vertebra corners T1-L5");

std::string fmtValue(double v) {
  // DS holds 16 characters.
  char b[32];
  for (int precision = 10; precision >= 4; --precision) {
    std::snprintf(b, sizeof b, "%.*g", precision, std::fabs(v) < 1e-12 ? 0.0 : v);
    if (std::string(b).size() <= 16) break;
  }
  return b;
}

void check(const OFCondition& c, const std::string& what) {
  if (c.bad()) throw Error("DICOM SR writer: " + what + ": " + c.text());
}

// Builds the content tree through DCMTK's cursor; every add is checked against the IOD's
// relationship constraints by DCMTK itself.
class Builder {
 public:
  explicit Builder(DSRDocumentTree& t) : tree_(t) {}
  // Adds a child of the current item and makes it current.
  void child(DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType vt,
             const DSRCodedEntryValue& conceptName, const char* what) {
    check(tree_.addChildContentItem(rel, vt, conceptName), what);
    added_ = true;
  }
  // Adds a sibling of the current item (the item just added) and makes it current.
  void sibling(DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType vt,
               const DSRCodedEntryValue& conceptName, const char* what) {
    check(tree_.addContentItem(rel, vt, conceptName), what);
  }
  void childNoConcept(DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType vt,
                      const char* what) {
    if (tree_.addContentItem(rel, vt, DSRTypes::AM_belowCurrent) == 0)
      throw Error(std::string("DICOM SR writer: cannot add ") + what);
  }
  void siblingNoConcept(DSRTypes::E_RelationshipType rel, DSRTypes::E_ValueType vt,
                        const char* what) {
    if (tree_.addContentItem(rel, vt, DSRTypes::AM_afterCurrent) == 0)
      throw Error(std::string("DICOM SR writer: cannot add ") + what);
  }
  DSRContentItem& item() { return tree_.getCurrentContentItem(); }
  void up() {
    if (tree_.goUp() == 0) throw Error("DICOM SR writer: content tree cursor lost");
  }
  DSRDocumentTree& tree() { return tree_; }

 private:
  DSRDocumentTree& tree_;
  bool added_ = false;
};

void checkPoint(const SrPoint& p, const std::string& where) {
  if (!std::isfinite(p.x) || !std::isfinite(p.y))
    throw Error("DICOM SR writer: " + where + " has a coordinate that is not a finite number");
  if (std::fabs(p.x) > kMaxCoordinate || std::fabs(p.y) > kMaxCoordinate)
    throw Error("DICOM SR writer: " + where + " has an absurd coordinate (" + std::to_string(p.x) +
                ", " + std::to_string(p.y) + ")");
}

void checkAngle(double v, const std::string& where) {
  if (!std::isfinite(v) || v < 0 || v > 360)
    throw Error("DICOM SR writer: " + where + " has an angle of " + std::to_string(v) +
                " degrees (expected a finite value in 0..360)");
}

std::string nameOf(const SrMeasurement& m, std::size_t index) {
  return "measurement " + std::to_string(index + 1) +
         (m.trackingId.empty() ? std::string() : " ('" + m.trackingId + "')");
}

void validate(const SrReport& r) {
  if (r.measurements.empty())
    throw Error("DICOM SR writer: no measurements to export (the report would be empty)");
  if (r.images.empty()) throw Error("DICOM SR writer: no source image to reference");
  for (std::size_t i = 0; i < r.images.size(); ++i) {
    const SrImage& im = r.images[i];
    if (im.sopClassUid.empty() || im.sopInstanceUid.empty() || im.studyUid.empty() ||
        im.seriesUid.empty())
      throw Error("DICOM SR writer: source image " + std::to_string(i + 1) +
                  " has no SOP Class/Instance, Study or Series UID (measurements can only be "
                  "exported on DICOM sources)");
    if (im.sopInstanceUid.size() > 64 || im.sopClassUid.size() > 64)
      throw Error("DICOM SR writer: source image " + std::to_string(i + 1) +
                  " has a UID longer "
                  "than 64 characters");
  }
  if (r.studyUid.empty()) throw Error("DICOM SR writer: no Study Instance UID");
  for (std::size_t i = 0; i < r.measurements.size(); ++i) {
    const SrMeasurement& m = r.measurements[i];
    const std::string where = nameOf(m, i);
    auto needImage = [&](std::size_t im) {
      if (im >= r.images.size())
        throw Error("DICOM SR writer: " + where + " references source image " +
                    std::to_string(im + 1) + " of " + std::to_string(r.images.size()));
    };
    for (const SrPoint& p : m.points)
      checkPoint(p, where);
    using K = SrMeasurement::Kind;
    switch (m.kind) {
      case K::Length:
        needImage(m.image);
        if (m.points.size() < 2) throw Error("DICOM SR writer: " + where + " needs 2+ points");
        if (!std::isfinite(m.value) || m.value < 0 || m.value > 1e7)
          throw Error("DICOM SR writer: " + where + " has a length of " + std::to_string(m.value));
        break;
      case K::Angle:
        needImage(m.image);
        if (m.points.size() != 3) throw Error("DICOM SR writer: " + where + " needs 3 points");
        checkAngle(m.value, where);
        break;
      case K::Cobb:
        needImage(m.image);
        if (m.points.size() != 4) throw Error("DICOM SR writer: " + where + " needs 4 points");
        checkAngle(m.value, where);
        break;
      case K::AutoCobb:
        needImage(m.image);
        if (m.points.size() != 68)
          throw Error("DICOM SR writer: " + where + " needs the 68 vertebra corners");
        if (m.curves.empty()) throw Error("DICOM SR writer: " + where + " has no Cobb angle");
        for (const SrCobbCurve& c : m.curves) {
          checkAngle(c.degrees, where);
          if (c.lines.size() != 4)
            throw Error("DICOM SR writer: " + where + ": a curve needs two lines (4 points)");
          for (const SrPoint& p : c.lines)
            checkPoint(p, where);
        }
        break;
      case K::Point:
        needImage(m.image);
        if (m.points.size() != 1) throw Error("DICOM SR writer: " + where + " needs 1 point");
        break;
      case K::LevelPoints:
        if (m.condition < 0 || m.condition > 4 || m.level < 0 || m.level > 4)
          throw Error("DICOM SR writer: " + where + " has no valid RSNA condition/level");
        if (m.grade < -1 || m.grade > 2)
          throw Error("DICOM SR writer: " + where + " has grade " + std::to_string(m.grade));
        if (m.pointImages.size() != m.points.size())
          throw Error("DICOM SR writer: " + where + ": one image per point is needed");
        for (std::size_t im : m.pointImages)
          needImage(im);
        if (m.points.empty() && m.grade < 0)
          throw Error("DICOM SR writer: " + where + " has neither a point nor a grade");
        break;
    }
  }
}

void addImageRef(Builder& b, const SrImage& im) {
  DSRImageReferenceValue ref(im.sopClassUid.c_str(), im.sopInstanceUid.c_str());
  if (im.frame > 0) ref.getFrameList().addItem(static_cast<Sint32>(im.frame));
  check(b.item().setImageReference(ref), "image reference");
}

// SCOORD (current: the parent) with its SELECTED FROM IMAGE; leaves the cursor on the parent.
void addScoord(Builder& b, DSRTypes::E_RelationshipType rel, const DSRCodedEntryValue* conceptName,
               DSRTypes::E_GraphicType type, const std::vector<SrPoint>& pts, const SrImage& im) {
  if (conceptName)
    b.child(rel, DSRTypes::VT_SCoord, *conceptName, "SCOORD");
  else
    b.childNoConcept(rel, DSRTypes::VT_SCoord, "SCOORD");
  DSRSpatialCoordinatesValue sc(type);
  for (const SrPoint& p : pts)
    sc.getGraphicDataList().addItem(static_cast<Float32>(p.x + 0.5),
                                    static_cast<Float32>(p.y + 0.5));
  check(b.item().setSpatialCoordinates(sc), "spatial coordinates");
  b.childNoConcept(DSRTypes::RT_selectedFrom, DSRTypes::VT_Image, "image reference");
  addImageRef(b, im);
  b.up();
  b.up();
}

void addText(Builder& b, DSRTypes::E_RelationshipType rel, const DSRCodedEntryValue& conceptName,
             const std::string& text, bool asChild) {
  if (asChild)
    b.child(rel, DSRTypes::VT_Text, conceptName, "TEXT");
  else
    b.sibling(rel, DSRTypes::VT_Text, conceptName, "TEXT");
  check(b.item().setStringValue(text), "text value");
}

// NUM child of the current item (the group); cursor stays on the NUM afterwards.
void addNum(Builder& b, const DSRCodedEntryValue& conceptName, double value,
            const DSRCodedEntryValue& unit) {
  b.child(DSRTypes::RT_contains, DSRTypes::VT_Num, conceptName, "NUM");
  DSRNumericMeasurementValue v(fmtValue(value).c_str(), unit);
  check(b.item().setNumericValue(v), "numeric value");
}

const DSRCodedEntryValue kMm = code("mm", "UCUM", "millimeter");
const DSRCodedEntryValue kPixel = code("{pixel}", "UCUM", "pixel");
const DSRCodedEntryValue kDeg = code("deg", "UCUM", "degree");

void writeGroup(Builder& b, const SrReport& r, const SrMeasurement& m) {
  using K = SrMeasurement::Kind;
  // Group: the cursor is on the group container afterwards.
  b.child(DSRTypes::RT_contains, DSRTypes::VT_Container, kGroup, "measurement group");
  check(b.item().setTemplateIdentification("1501", "DCMR"), "template identification");
  addText(b, DSRTypes::RT_hasObsContext, kTrackingId, m.trackingId, true);
  b.sibling(DSRTypes::RT_hasObsContext, DSRTypes::VT_UIDRef, kTrackingUid, "tracking UID");
  check(b.item().setStringValue(m.trackingUid), "tracking UID");
  b.up();  // back on the group
  const SrImage& im = r.images[m.kind == K::LevelPoints ? 0 : m.image];
  auto endVertebrae = [&](const std::string& curve, const std::string& upper,
                          const std::string& lower) {
    // On the NUM: HAS PROPERTIES texts.
    bool first = true;
    auto prop = [&](const DSRCodedEntryValue& c, const std::string& v) {
      if (v.empty()) return;
      addText(b, DSRTypes::RT_hasProperties, c, v, first);
      first = false;
    };
    prop(kCurve, curve);
    prop(kUpper, upper);
    prop(kLower, lower);
    if (!first) b.up();
  };
  switch (m.kind) {
    case K::Length:
      addNum(b, kLength, m.value, m.calibrated ? kMm : kPixel);
      addScoord(b, DSRTypes::RT_inferredFrom, nullptr, DSRTypes::GT_Polyline, m.points, im);
      b.up();
      break;
    case K::Angle:
      addNum(b, kAngle, m.value, kDeg);
      addScoord(b, DSRTypes::RT_inferredFrom, nullptr, DSRTypes::GT_Polyline, m.points, im);
      b.up();
      break;
    case K::Cobb:
      addNum(b, kCobb, m.value, kDeg);
      endVertebrae("", m.upperVertebra, m.lowerVertebra);
      addScoord(b, DSRTypes::RT_inferredFrom, nullptr, DSRTypes::GT_Polyline, m.points, im);
      b.up();
      break;
    case K::AutoCobb: {
      b.child(DSRTypes::RT_contains, DSRTypes::VT_Code, kFinding, "finding");
      check(b.item().setCodeValue(kScoliosis), "finding");
      b.up();
      for (std::size_t c = 0; c < m.curves.size(); ++c) {
        const SrCobbCurve& curve = m.curves[c];
        addNum(b, kCobb, curve.degrees, kDeg);
        endVertebrae(curve.region, curve.upperVertebra, curve.lowerVertebra);
        addScoord(b, DSRTypes::RT_inferredFrom, nullptr, DSRTypes::GT_Polyline, curve.lines, im);
        if (c == 0)
          addScoord(b, DSRTypes::RT_inferredFrom, &kCorners, DSRTypes::GT_Multipoint, m.points, im);
        b.up();
      }
      break;
    }
    case K::Point:
      addScoord(b, DSRTypes::RT_contains, &kCenter, DSRTypes::GT_Point, m.points, im);
      break;
    case K::LevelPoints: {
      b.child(DSRTypes::RT_contains, DSRTypes::VT_Code, kFinding, "finding");
      check(b.item().setCodeValue(priv(kConditionKeys[m.condition], kConditionNames[m.condition])),
            "finding");
      b.up();
      b.child(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, kFindingSite, "finding site");
      check(
          b.item().setCodeValue(code(
              kLevelCodes[m.level], "SCT",
              (std::string("Level of ") + kLevelNames[m.level] + " intervertebral disc").c_str())),
          "finding site");
      b.up();
      for (std::size_t p = 0; p < m.points.size(); ++p)
        addScoord(b, DSRTypes::RT_contains, &kCenter, DSRTypes::GT_Point, {m.points[p]},
                  r.images[m.pointImages[p]]);
      if (m.grade >= 0) {
        b.child(DSRTypes::RT_contains, DSRTypes::VT_Code, kSeverity, "severity");
        const GradeCode& g = kGrades[m.grade];
        check(b.item().setCodeValue(code(g.value, g.scheme, g.meaning)), "severity");
        b.up();
      }
      break;
    }
  }
  if (!m.label.empty()) {
    addText(b, DSRTypes::RT_contains, kLabel, m.label, true);
    b.up();
  }
  b.up();  // back on the Imaging Measurements container
}

std::string kindName(SrMeasurement::Kind k) {
  switch (k) {
    case SrMeasurement::Kind::Length:
      return "Length";
    case SrMeasurement::Kind::Angle:
      return "Angle";
    case SrMeasurement::Kind::Cobb:
      return "Cobb angle";
    case SrMeasurement::Kind::AutoCobb:
      return "Auto Cobb";
    case SrMeasurement::Kind::Point:
      return "Point";
    case SrMeasurement::Kind::LevelPoints:
      return "Level";
  }
  return "Measurement";
}

std::string nowStamp(const char* format) {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  char b[32];
  std::strftime(b, sizeof b, format, &tm);
  return b;
}

}  // namespace

std::size_t addSourceImage(SrReport& report, const DicomInstance& s, int frame) {
  if (report.images.empty()) {
    report.patientName = s.patientName;
    report.patientId = s.patientId;
    report.patientBirthDate = s.patientBirthDate;
    report.patientSex = s.patientSex;
    report.studyUid = s.studyUid;
    report.studyDate = s.studyDate;
    report.studyTime = s.studyTime;
    report.accessionNumber = s.accessionNumber;
    report.studyDescription = s.studyDescription;
  }
  for (std::size_t i = 0; i < report.images.size(); ++i)
    if (report.images[i].sopInstanceUid == s.sopInstanceUid && report.images[i].frame == frame)
      return i;
  SrImage im;
  im.sopClassUid = s.sopClassUid;
  im.sopInstanceUid = s.sopInstanceUid;
  im.frame = frame;
  im.studyUid = s.studyUid;
  im.seriesUid = s.seriesUid;
  im.instanceNumber = s.instanceNumber;
  report.images.push_back(im);
  return report.images.size() - 1;
}

void writeMeasurementReport(SrReport& r, const std::string& path) {
  detail::initDcmtk();
  validate(r);
  for (std::size_t i = 0; i < r.measurements.size(); ++i) {
    SrMeasurement& m = r.measurements[i];
    if (m.trackingId.empty()) m.trackingId = kindName(m.kind) + " " + std::to_string(i + 1);
    if (m.trackingUid.empty()) m.trackingUid = makeUid();
  }
  if (r.seriesUid.empty()) r.seriesUid = makeUid();
  if (r.sopInstanceUid.empty()) r.sopInstanceUid = makeUid();
  if (r.contentDate.empty()) r.contentDate = nowStamp("%Y%m%d");
  if (r.contentTime.empty()) r.contentTime = nowStamp("%H%M%S");

  DSRDocument doc(DSRTypes::DT_ComprehensiveSR);
  check(doc.setSpecificCharacterSetType(DSRTypes::CS_UTF8), "character set");
  check(doc.setPatientName(r.patientName), "Patient Name");
  check(doc.setPatientID(r.patientId), "Patient ID");
  if (!r.patientBirthDate.empty()) check(doc.setPatientBirthDate(r.patientBirthDate), "birth date");
  if (!r.patientSex.empty()) check(doc.setPatientSex(r.patientSex), "sex");
  check(doc.createNewSeriesInStudy(r.studyUid), "Study Instance UID");
  if (!r.studyDate.empty()) check(doc.setStudyDate(r.studyDate), "Study Date");
  if (!r.studyTime.empty()) check(doc.setStudyTime(r.studyTime), "Study Time");
  if (!r.studyId.empty()) check(doc.setStudyID(r.studyId), "Study ID");
  if (!r.accessionNumber.empty()) check(doc.setAccessionNumber(r.accessionNumber), "Accession");
  if (!r.studyDescription.empty())
    check(doc.setStudyDescription(r.studyDescription), "Study Description");
  check(doc.setSeriesDescription(r.seriesDescription), "Series Description");
  check(doc.setSeriesNumber("900"), "Series Number");
  check(doc.setInstanceNumber("1"), "Instance Number");
  check(doc.setManufacturer("Osteon"), "Manufacturer");
  check(doc.setManufacturerModelName("Osteon"), "Manufacturer's Model Name");
  check(doc.setSoftwareVersions("Osteon"), "Software Versions");
  check(doc.setDeviceSerialNumber("0"), "Device Serial Number");
  check(doc.setContentDate(r.contentDate), "Content Date");
  check(doc.setContentTime(r.contentTime), "Content Time");
  check(doc.getCodingSchemeIdentification().addItem(kPrivateScheme, "", "Osteon local codes",
                                                    "Osteon"),
        "coding scheme identification");
  for (const SrImage& im : r.images)
    check(doc.getCurrentRequestedProcedureEvidence().addItem(im.studyUid, im.seriesUid,
                                                             im.sopClassUid, im.sopInstanceUid),
          "evidence of " + im.sopInstanceUid);

  DSRDocumentTree& tree = doc.getTree();
  Builder b(tree);
  if (tree.addContentItem(DSRTypes::RT_isRoot, DSRTypes::VT_Container) == 0)
    throw Error("DICOM SR writer: cannot create the root container");
  check(b.item().setConceptName(kReport), "report title");
  check(tree.setTemplateIdentification("1500", "DCMR"), "template identification");
  b.child(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, kLanguage, "language");
  check(b.item().setCodeValue(code("en-US", "RFC5646", "English (United States)")), "language");
  b.sibling(DSRTypes::RT_hasObsContext, DSRTypes::VT_Code, kObserverType, "observer type");
  check(b.item().setCodeValue(kDevice), "observer type");
  b.sibling(DSRTypes::RT_hasObsContext, DSRTypes::VT_UIDRef, kDeviceUid, "device observer UID");
  check(b.item().setStringValue(makeUid("osteon-device-observer")), "device observer UID");
  b.sibling(DSRTypes::RT_hasObsContext, DSRTypes::VT_Text, kDeviceName, "device observer name");
  check(b.item().setStringValue(r.observerName), "device observer name");
  b.sibling(DSRTypes::RT_hasConceptMod, DSRTypes::VT_Code, kProcedure, "procedure reported");
  check(b.item().setCodeValue(kImagingProcedure), "procedure reported");
  // Image library.
  b.sibling(DSRTypes::RT_contains, DSRTypes::VT_Container, kImageLibrary, "image library");
  b.child(DSRTypes::RT_contains, DSRTypes::VT_Container, kImageLibraryGroup, "library group");
  for (std::size_t i = 0; i < r.images.size(); ++i) {
    if (i == 0)
      b.childNoConcept(DSRTypes::RT_contains, DSRTypes::VT_Image, "library image");
    else
      b.siblingNoConcept(DSRTypes::RT_contains, DSRTypes::VT_Image, "library image");
    addImageRef(b, r.images[i]);
  }
  b.up();  // group
  b.up();  // library
  b.sibling(DSRTypes::RT_contains, DSRTypes::VT_Container, kMeasurements, "imaging measurements");
  for (const SrMeasurement& m : r.measurements)
    writeGroup(b, r, m);

  check(doc.completeDocument(), "completion flag");
  if (!doc.isValid()) throw Error("DICOM SR writer: DCMTK reports the document as invalid");
  DcmFileFormat ff;
  check(doc.write(*ff.getDataset()), "encoding");
  // The SOP Instance UID and Series UID are ours (so that callers know them).
  DcmDataset* ds = ff.getDataset();
  ds->putAndInsertString(DCM_SOPInstanceUID, r.sopInstanceUid.c_str());
  ds->putAndInsertString(DCM_SeriesInstanceUID, r.seriesUid.c_str());
  ds->putAndInsertString(DCM_InstanceCreationDate, r.contentDate.c_str());
  ds->putAndInsertString(DCM_InstanceCreationTime, r.contentTime.c_str());
  std::error_code ec;
  const auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  const OFCondition st = ff.saveFile(path.c_str(), EXS_LittleEndianExplicit);
  if (st.bad()) throw Error(fileError(path, std::string("cannot write: ") + st.text()));
}

// ---------------------------------------------------------------------------------------------
// Reader: the content tree straight from the dataset (dcmdata), so that reports of other
// writers load even where DCMTK's stricter document model would refuse them.

namespace {

struct Code {
  std::string value, scheme, meaning;
  bool is(const char* v, const char* s) const {
    // SRT/SNM3 codes of older writers map to SCT meanings by value only where unambiguous.
    return value == v && (scheme == s || (std::string(s) == "SCT" && scheme == "SRT"));
  }
  bool empty() const { return value.empty(); }
};

struct Node {
  std::string valueType, relationship;
  Code conceptName;
  std::string text;  // TEXT, UIDREF
  Code codeValue;    // CODE
  double num = std::nan("");
  Code unit;
  std::string graphicType;
  std::vector<float> graphic;
  std::string refClass, refInstance;
  int frame = 0;
  std::vector<Node> children;
};

std::string str(DcmItem* it, const DcmTagKey& key) {
  OFString s;
  if (it && it->findAndGetOFStringArray(key, s).good()) return s.c_str();
  return {};
}

Code codeIn(DcmItem* it, const DcmTagKey& seq) {
  DcmItem* c = nullptr;
  Code out;
  if (it && it->findAndGetSequenceItem(seq, c, 0).good() && c) {
    out.value = str(c, DCM_CodeValue);
    if (out.value.empty()) out.value = str(c, DCM_LongCodeValue);
    if (out.value.empty()) out.value = str(c, DCM_URNCodeValue);
    out.scheme = str(c, DCM_CodingSchemeDesignator);
    out.meaning = str(c, DCM_CodeMeaning);
  }
  return out;
}

void parseItems(DcmItem* parent, std::vector<Node>& out, int depth) {
  if (depth > 64) throw Error("SR content tree deeper than 64 levels");
  DcmSequenceOfItems* seq = nullptr;
  if (!parent || parent->findAndGetSequence(DCM_ContentSequence, seq).bad() || !seq) return;
  for (unsigned long i = 0; i < seq->card(); ++i) {
    DcmItem* it = seq->getItem(i);
    Node n;
    n.valueType = str(it, DCM_ValueType);
    n.relationship = str(it, DCM_RelationshipType);
    n.conceptName = codeIn(it, DCM_ConceptNameCodeSequence);
    if (n.valueType == "TEXT") n.text = str(it, DCM_TextValue);
    if (n.valueType == "UIDREF") n.text = str(it, DCM_UID);
    if (n.valueType == "CODE") n.codeValue = codeIn(it, DCM_ConceptCodeSequence);
    if (n.valueType == "NUM") {
      DcmItem* mv = nullptr;
      if (it->findAndGetSequenceItem(DCM_MeasuredValueSequence, mv, 0).good() && mv) {
        Float64 f = 0;
        if (mv->findAndGetFloat64(DCM_FloatingPointValue, f).good())
          n.num = f;
        else if (mv->findAndGetFloat64(DCM_NumericValue, f).good())
          n.num = f;
        n.unit = codeIn(mv, DCM_MeasurementUnitsCodeSequence);
      }
    }
    if (n.valueType == "SCOORD") {
      n.graphicType = str(it, DCM_GraphicType);
      DcmElement* e = nullptr;
      if (it->findAndGetElement(DCM_GraphicData, e).good() && e) {
        const unsigned long vm = e->getVM();
        for (unsigned long k = 0; k < vm; ++k) {
          Float32 f = 0;
          if (e->getFloat32(f, k).good()) n.graphic.push_back(f);
        }
      }
    }
    if (n.valueType == "IMAGE" || n.valueType == "COMPOSITE") {
      DcmItem* r = nullptr;
      if (it->findAndGetSequenceItem(DCM_ReferencedSOPSequence, r, 0).good() && r) {
        n.refClass = str(r, DCM_ReferencedSOPClassUID);
        n.refInstance = str(r, DCM_ReferencedSOPInstanceUID);
        Sint32 f = 0;
        if (r->findAndGetSint32(DCM_ReferencedFrameNumber, f).good()) n.frame = f;
      }
    }
    parseItems(it, n.children, depth + 1);
    out.push_back(std::move(n));
  }
}

const Node* findChild(const Node& n, const char* value, const char* scheme) {
  for (const Node& c : n.children)
    if (c.conceptName.is(value, scheme)) return &c;
  return nullptr;
}

}  // namespace

bool isStructuredReport(const std::string& path) {
  detail::initDcmtk();
  DcmFileFormat ff;
  if (ff.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, 4096, ERM_autoDetect).bad())
    return false;
  OFString modality;
  ff.getDataset()->findAndGetOFString(DCM_Modality, modality);
  DcmItem* ds = ff.getDataset();
  return modality == "SR" || ds->tagExists(DCM_ContentSequence);
}

SrReport readMeasurementReport(const std::string& path) {
  detail::initDcmtk();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) throw Error(fileError(path, "no such file"));
  DcmFileFormat ff;
  const OFCondition st = ff.loadFile(path.c_str());
  if (st.bad())
    throw Error(fileError(path, std::string("not a readable DICOM file: ") + st.text()));
  DcmDataset* ds = ff.getDataset();
  const std::string modality = str(ds, DCM_Modality), vt = str(ds, DCM_ValueType);
  if (modality != "SR" || vt != "CONTAINER")
    throw Error(fileError(path, "not a DICOM Structured Report (Modality " +
                                    (modality.empty() ? std::string("missing") : modality) + ")"));
  Node root;
  root.valueType = vt;
  root.conceptName = codeIn(ds, DCM_ConceptNameCodeSequence);
  if (!root.conceptName.is("126000", "DCM"))
    throw Error(fileError(path, "this SR is not a TID 1500 Measurement Report (title: '" +
                                    root.conceptName.meaning + "')"));
  parseItems(ds, root.children, 0);

  SrReport r;
  r.patientName = str(ds, DCM_PatientName);
  r.patientId = str(ds, DCM_PatientID);
  r.patientBirthDate = str(ds, DCM_PatientBirthDate);
  r.patientSex = str(ds, DCM_PatientSex);
  r.studyUid = str(ds, DCM_StudyInstanceUID);
  r.studyDate = str(ds, DCM_StudyDate);
  r.studyTime = str(ds, DCM_StudyTime);
  r.studyId = str(ds, DCM_StudyID);
  r.accessionNumber = str(ds, DCM_AccessionNumber);
  r.studyDescription = str(ds, DCM_StudyDescription);
  r.seriesDescription = str(ds, DCM_SeriesDescription);
  r.seriesUid = str(ds, DCM_SeriesInstanceUID);
  r.sopInstanceUid = str(ds, DCM_SOPInstanceUID);
  r.contentDate = str(ds, DCM_ContentDate);
  r.contentTime = str(ds, DCM_ContentTime);

  // SOP instance -> series and study, from the evidence sequences.
  std::map<std::string, std::pair<std::string, std::string>> seriesOf;
  for (const DcmTagKey& key :
       {DCM_CurrentRequestedProcedureEvidenceSequence, DCM_PertinentOtherEvidenceSequence}) {
    DcmSequenceOfItems* studies = nullptr;
    if (ds->findAndGetSequence(key, studies).bad() || !studies) continue;
    for (unsigned long s = 0; s < studies->card(); ++s) {
      DcmItem* study = studies->getItem(s);
      const std::string studyUid = str(study, DCM_StudyInstanceUID);
      DcmSequenceOfItems* series = nullptr;
      if (study->findAndGetSequence(DCM_ReferencedSeriesSequence, series).bad() || !series)
        continue;
      for (unsigned long e = 0; e < series->card(); ++e) {
        DcmItem* se = series->getItem(e);
        const std::string seriesUid = str(se, DCM_SeriesInstanceUID);
        DcmSequenceOfItems* sops = nullptr;
        if (se->findAndGetSequence(DCM_ReferencedSOPSequence, sops).bad() || !sops) continue;
        for (unsigned long k = 0; k < sops->card(); ++k)
          seriesOf[str(sops->getItem(k), DCM_ReferencedSOPInstanceUID)] = {studyUid, seriesUid};
      }
    }
  }

  auto imageIndex = [&](const Node& img) -> std::size_t {
    for (std::size_t i = 0; i < r.images.size(); ++i)
      if (r.images[i].sopInstanceUid == img.refInstance && r.images[i].frame == img.frame) return i;
    SrImage im;
    im.sopClassUid = img.refClass;
    im.sopInstanceUid = img.refInstance;
    im.frame = img.frame;
    const auto it = seriesOf.find(img.refInstance);
    if (it != seriesOf.end()) im.studyUid = it->second.first, im.seriesUid = it->second.second;
    r.images.push_back(im);
    return r.images.size() - 1;
  };
  // Points of a SCOORD and the image it is selected from; false when it has none.
  auto scoord = [&](const Node& n, std::vector<SrPoint>& pts, std::size_t& image) {
    pts.clear();
    for (std::size_t k = 0; k + 1 < n.graphic.size(); k += 2)
      pts.push_back({n.graphic[k] - 0.5, n.graphic[k + 1] - 0.5});
    for (const Node& c : n.children)
      if (c.valueType == "IMAGE" && !c.refInstance.empty()) {
        image = imageIndex(c);
        return true;
      }
    return false;
  };

  // Image library first, so that images keep the library's order.
  for (const Node& c : root.children)
    if (c.conceptName.is("111028", "DCM")) {
      std::function<void(const Node&)> walk = [&](const Node& n) {
        if (n.valueType == "IMAGE" && !n.refInstance.empty()) imageIndex(n);
        for (const Node& k : n.children)
          walk(k);
      };
      walk(c);
    }

  const Node* measurements = findChild(root, "126010", "DCM");
  if (!measurements) {
    r.skipped.push_back("no Imaging Measurements container");
    return r;
  }
  for (const Node& g : measurements->children) {
    if (g.valueType != "CONTAINER") continue;
    SrMeasurement base;
    if (const Node* t = findChild(g, "112039", "DCM")) base.trackingId = t->text;
    if (const Node* t = findChild(g, "112040", "DCM")) base.trackingUid = t->text;
    if (const Node* t = findChild(g, "label", kPrivateScheme))
      base.label = t->text;
    else if (base.trackingId.rfind("Osteon ", 0) != 0)  // a foreign report's name
      base.label = base.trackingId;
    const Node* finding = findChild(g, "121071", "DCM");
    // RSNA level points.
    if (finding && finding->codeValue.scheme == kPrivateScheme) {
      SrMeasurement m = base;
      m.kind = SrMeasurement::Kind::LevelPoints;
      for (int c = 0; c < 5; ++c)
        if (finding->codeValue.value == kConditionKeys[c]) m.condition = c;
      if (const Node* site = findChild(g, "363698007", "SCT"))
        for (int l = 0; l < 5; ++l)
          if (site->codeValue.value == kLevelCodes[l]) m.level = l;
      if (const Node* sev = findChild(g, "246112005", "SCT"))
        for (int k = 0; k < 3; ++k)
          if (sev->codeValue.value == kGrades[k].value) m.grade = k;
      for (const Node& c : g.children)
        if (c.valueType == "SCOORD" && c.graphicType == "POINT") {
          std::vector<SrPoint> pts;
          std::size_t im = 0;
          if (scoord(c, pts, im) && pts.size() == 1) {
            m.points.push_back(pts[0]);
            m.pointImages.push_back(im);
          }
        }
      if (m.condition >= 0 && m.level >= 0) {
        r.measurements.push_back(m);
      } else {
        r.skipped.push_back("group '" + base.trackingId + "': unknown condition or level");
      }
      continue;
    }
    // Auto Cobb: a group whose Cobb angle carries the 68 corners.
    SrMeasurement autoCobb = base;
    autoCobb.kind = SrMeasurement::Kind::AutoCobb;
    bool anyUnderstood = false;
    for (const Node& c : g.children) {
      if (c.valueType == "NUM") {
        const bool isCobb =
            c.conceptName.is("285285000", "SCT") || c.conceptName.value == "F-00E5C";
        const bool isLength = c.conceptName.is("410668003", "SCT") ||
                              c.conceptName.value == "G-D7FE" || c.conceptName.is("121206", "DCM");
        const bool isAngle = c.conceptName.is("1483009", "SCT");
        std::vector<SrPoint> line, corners;
        std::size_t im = 0, cornersImage = 0;
        bool haveLine = false, haveCorners = false;
        for (const Node& k : c.children) {
          if (k.valueType != "SCOORD") continue;
          std::vector<SrPoint> pts;
          std::size_t i = 0;
          if (!scoord(k, pts, i)) continue;
          if (k.conceptName.is("vertebra-corners", kPrivateScheme) && pts.size() == 68) {
            corners = pts, cornersImage = i, haveCorners = true;
          } else if (k.graphicType == "POLYLINE") {
            // dcmjs writes one 4-point POLYLINE for a Cobb angle; two 2-point ones also occur.
            if (!haveLine || line.size() == 2) {
              if (haveLine && i != im) continue;
              line.insert(line.end(), pts.begin(), pts.end());
              im = i;
              haveLine = true;
            }
          }
        }
        auto text = [&](const DSRCodedEntryValue& conceptName) {
          const Node* t = findChild(c, conceptName.getCodeValue().c_str(), kPrivateScheme);
          return t ? t->text : std::string();
        };
        if (!std::isfinite(c.num) || !haveLine) {
          r.skipped.push_back("group '" + base.trackingId + "': NUM '" + c.conceptName.meaning +
                              "' without a value or image coordinates");
          continue;
        }
        if (haveCorners || (isCobb && !text(kCurve).empty())) {
          SrCobbCurve curve;
          curve.region = text(kCurve);
          curve.degrees = c.num;
          curve.upperVertebra = text(kUpper);
          curve.lowerVertebra = text(kLower);
          curve.lines = line;
          autoCobb.curves.push_back(curve);
          if (haveCorners) autoCobb.points = corners, autoCobb.image = cornersImage;
          anyUnderstood = true;
          continue;
        }
        SrMeasurement m = base;
        m.image = im;
        m.points = line;
        m.value = c.num;
        if (isLength) {
          m.kind = SrMeasurement::Kind::Length;
          m.calibrated = c.unit.value != "{pixel}" && c.unit.value != "{pixels}";
          if (c.unit.value == "cm") m.value *= 10;
        } else if ((isCobb || isAngle) && line.size() == 4) {
          m.kind = SrMeasurement::Kind::Cobb;
          m.upperVertebra = text(kUpper);
          m.lowerVertebra = text(kLower);
        } else if ((isCobb || isAngle) && line.size() == 3) {
          m.kind = SrMeasurement::Kind::Angle;
        } else {
          r.skipped.push_back("group '" + base.trackingId + "': NUM '" + c.conceptName.meaning +
                              "' is not a length, angle or Cobb angle Osteon knows");
          continue;
        }
        if (m.kind != SrMeasurement::Kind::Length && (m.value < 0 || m.value > 360)) {
          r.skipped.push_back("group '" + base.trackingId + "': angle out of range");
          continue;
        }
        r.measurements.push_back(m);
        anyUnderstood = true;
      } else if (c.valueType == "SCOORD" && c.graphicType == "POINT") {
        SrMeasurement m = base;
        m.kind = SrMeasurement::Kind::Point;
        if (scoord(c, m.points, m.image) && m.points.size() == 1) {
          r.measurements.push_back(m);
          anyUnderstood = true;
        }
      }
    }
    if (!autoCobb.curves.empty()) {
      if (autoCobb.points.size() == 68) {
        r.measurements.push_back(autoCobb);
      } else {
        // Cobb angles with curve names but no corners: plain Cobb measurements.
        for (const SrCobbCurve& c : autoCobb.curves) {
          SrMeasurement m = base;
          m.kind = SrMeasurement::Kind::Cobb;
          m.points = c.lines;
          m.value = c.degrees;
          m.upperVertebra = c.upperVertebra;
          m.lowerVertebra = c.lowerVertebra;
          m.image = autoCobb.image;
          r.measurements.push_back(m);
        }
      }
    }
    if (!anyUnderstood)
      r.skipped.push_back("group '" + base.trackingId + "': no measurement Osteon can show");
  }
  return r;
}

}  // namespace osteon::io
