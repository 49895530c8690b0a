#pragma once
// Measurements as a DICOM Structured Report: a Comprehensive SR with the TID 1500 Measurement
// Report (DCMTK dcmsr), the form OHIF, 3D Slicer (dcmqi) and highdicom read.
//
//   CONTAINER (126000, DCM, "Imaging Measurement Report")                         TID 1500
//     HAS CONCEPT MOD  Language of Content Item and Descendants = en-US
//     HAS OBS CONTEXT  Observer Type = Device, Device Observer UID / Name        TID 1001
//     HAS CONCEPT MOD  Procedure reported = (363679005, SCT, "Imaging procedure")
//     CONTAINS CONTAINER Image Library > Image Library Group > IMAGE (each source) TID 1600
//     CONTAINS CONTAINER Imaging Measurements
//       CONTAINS CONTAINER Measurement Group                                       TID 1501
//         HAS OBS CONTEXT  Tracking Identifier (TEXT), Tracking Unique Identifier (UIDREF)
//         CONTAINS CODE    Finding, HAS CONCEPT MOD Finding Site (level points)
//         CONTAINS NUM     Length (410668003, SCT) mm | Angle (1483009, SCT) deg |
//                          Cobb angle (285285000, SCT) deg                          TID 300
//           INFERRED FROM  SCOORD POLYLINE > SELECTED FROM IMAGE
//         CONTAINS SCOORD  Center (111010, DCM) POINT (level points, plain points)
//         CONTAINS CODE    Severity (246112005, SCT) (RSNA grades)
//
// Cobb angles follow dcmjs' TID300 CobbAngle: one POLYLINE of four points, the two endplate lines
// p1-p2 and p3-p4 (the reader also accepts two 2-point POLYLINEs). Auto Cobb (the 68 vertebra
// corners) is one group with three Cobb angles; each carries its curve and end vertebrae as
// HAS PROPERTIES TEXT items of Osteon's private scheme 99OSTEON, and the principal angle is also
// INFERRED FROM a MULTIPOINT of the 68 corners, so the corners come back on import.
//
// Coordinates: Osteon's pixel coordinates have pixel centres at integers; SCOORD has (0, 0) at
// the top-left corner of the top-left pixel, so 0.5 is added on write and removed on read.
// Plain data: no DCMTK types leak out of core/io.

#include <string>
#include <vector>

#include "core/io/dicom_header.h"

namespace osteon::io {

struct SrPoint {
  double x = 0, y = 0;  // column, row; pixel centres at integers
};

// A source image the report measures on.
struct SrImage {
  std::string sopClassUid, sopInstanceUid;
  int frame = 0;  // 1-based frame of a multi-frame image; 0 = single frame
  std::string studyUid, seriesUid;
  int instanceNumber = 0;  // known on write; on read only when resolved against sources
};

struct SrCobbCurve {
  std::string region;  // "proximal thoracic", "main thoracic", "thoracolumbar/lumbar"
  double degrees = 0;
  std::string upperVertebra, lowerVertebra;  // "T1" .. "L5"
  std::vector<SrPoint> lines;                // 4: the axes of the two end vertebrae
};

struct SrMeasurement {
  enum class Kind {
    Length,      // NUM Length over a POLYLINE of 2+ points
    Angle,       // NUM Angle over a POLYLINE of 3 points (vertex in the middle)
    Cobb,        // NUM Cobb angle over a POLYLINE of 4 points (two lines)
    AutoCobb,    // three NUM Cobb angles; points = the 68 vertebra corners
    Point,       // SCOORD POINT
    LevelPoints  // RSNA: condition at a level, its grade and 0..n points
  };
  Kind kind = Kind::Length;
  std::string trackingId;   // written as Tracking Identifier; generated when empty
  std::string trackingUid;  // generated when empty
  std::string label;        // Osteon's label (99OSTEON); foreign reports: the tracking identifier
  std::size_t image = 0;    // index into SrReport::images (LevelPoints: per point, pointImages)
  std::vector<SrPoint> points;
  double value = 0;        // Length: mm (or pixels when !calibrated); Angle/Cobb: degrees
  bool calibrated = true;  // Length in mm (UCUM "mm"); false: UCUM "{pixel}"
  std::string upperVertebra, lowerVertebra;  // Cobb end vertebrae (optional)
  std::vector<SrCobbCurve> curves;           // AutoCobb: three curves
  // LevelPoints (RSNA vocabulary, as in core/annotation/rsna.h):
  int condition = -1, level = -1;        // 0..4
  int grade = -1;                        // 0 Normal/Mild, 1 Moderate, 2 Severe; -1 not graded
  std::vector<std::size_t> pointImages;  // LevelPoints: image of each point
};

struct SrReport {
  // Patient / study of the sources (copied from the first source on fromSource()).
  std::string patientName, patientId, patientBirthDate, patientSex;
  std::string studyUid, studyDate, studyTime, studyId, accessionNumber, studyDescription;
  std::string seriesDescription = "Osteon measurements";
  std::string observerName = "Osteon";
  // Filled on write (generated when empty) and on read.
  std::string seriesUid, sopInstanceUid;
  std::string contentDate, contentTime;
  std::vector<SrImage> images;
  std::vector<SrMeasurement> measurements;
  // Set by the reader: content items it did not understand (foreign templates, value types).
  std::vector<std::string> skipped;
};

// An image reference for a source header; fills the report's patient/study from the first one.
std::size_t addSourceImage(SrReport& report, const DicomInstance& source, int frame = 0);

// Writes `report` as a Comprehensive SR. Throws osteon::Error with a clear message on an empty
// report, a measurement without a valid image reference or source UIDs, non-finite or absurd
// values (|coordinate| > 1e6 px, angles outside [0, 360], negative lengths), or a write failure.
// Generated UIDs and dates are filled back into `report`.
void writeMeasurementReport(SrReport& report, const std::string& path);

// Reads a TID 1500 Measurement Report (written by Osteon, dcmjs, dcmqi or highdicom) back into
// measurements. Throws osteon::Error when the file is not DICOM, not an SR, or not a Measurement
// Report; content it does not understand is listed in `skipped`.
SrReport readMeasurementReport(const std::string& path);

// True when the file is a DICOM Structured Report (header only; never throws).
bool isStructuredReport(const std::string& path);

}  // namespace osteon::io
