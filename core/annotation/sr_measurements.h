#pragma once
// A study's measurements, RSNA points and grades <-> a DICOM SR Measurement Report
// (core/io/dicom_sr.h). Lines and polylines become Lengths (mm from the source's PixelSpacing, or
// ImagerPixelSpacing; pixels when neither is known), angles Angles, Cobb measurements Cobb angles
// with their end vertebrae, Auto Cobb results (the 68 corners) the three AASCE Cobb angles with
// their end vertebrae (+ the corners), points Centers, and each graded or pointed RSNA condition
// at a level one group with its points and grade.

#include <functional>
#include <string>
#include <vector>

#include "core/annotation/study_annotations.h"
#include "core/io/dicom_header.h"
#include "core/io/dicom_sr.h"

namespace osteon::annotation {

// The source header of (series, instance) of a measurement or point, or nullptr when unknown.
using SourceLookup =
    std::function<const io::DicomInstance*(const std::string& series, int instance)>;
// Looks up among headers by SeriesInstanceUID and InstanceNumber (a one-image series also
// matches any instance).
SourceLookup lookupIn(const std::vector<io::DicomInstance>& sources);

// Names of CobbResult's three angles, in angles() order (principal, above, below).
extern const std::array<const char*, 3> kCobbCurveNames;

// The three Cobb angles of 68 vertebra corners with the end vertebrae of each and the axes of
// those vertebrae (image height: the source's rows, as in Auto Cobb).
std::vector<io::SrCobbCurve> cobbCurves(const std::vector<Point2>& corners, double imageHeight);

struct SrExport {
  io::SrReport report;
  std::vector<std::string> skipped;  // what had no DICOM source (and why)
};
// Throws osteon::Error when nothing at all can be exported.
SrExport reportFromAnnotations(const StudyAnnotations& doc, const SourceLookup& lookup);

struct SrImport {
  std::vector<Measurement> measurements;  // ids 0 (assigned when added to a session)
  std::vector<Landmark> landmarks;
  struct Grade {
    int condition, level, severity;
  };
  std::vector<Grade> grades;
  std::vector<std::string> skipped;
};
// `resolve` maps a referenced image to the (series, instance) Osteon names it by; false when the
// image is not known (its measurements are then skipped and listed). Without `resolve`: the
// report's series UID and the instance number when known, else 1.
using ImageResolver = std::function<bool(const io::SrImage&, std::string& series, int& instance)>;
SrImport annotationsFromReport(const io::SrReport& report, const ImageResolver& resolve = {});

// Adds an import to a document: measurements and points get new ids, grades are set.
void addImport(StudyAnnotations& doc, const SrImport& import);

}  // namespace osteon::annotation
