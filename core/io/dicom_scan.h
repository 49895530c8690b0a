#pragma once
// Header-only scan of files, folders (recursive) and DICOMDIRs, grouped patient > study > series
// > stack. A series is split into stacks when orientation, size, spacing, pixel format, echo or
// temporal position differ, or when two slices share a position. Slices of a stack are sorted by
// their position along the slice normal.

#include <cstddef>
#include <string>
#include <vector>

#include "core/base/progress.h"
#include "core/io/dicom_header.h"

namespace osteon::io {

// One 2D plane of a stack: a frame of an instance.
struct SliceRef {
  std::size_t instance = 0;  // index into DicomSeries::instances
  int frame = 0;
  bool hasPosition = false;
  Vec3 position{0, 0, 0};
  image::Rescale rescale;
};

struct DicomStack {
  std::vector<SliceRef> slices;  // sorted along the normal when positions exist
  image::Geometry geometry;
  int rows = 0, columns = 0;
  bool hasGeometry = false;   // positions and orientation from the header
  std::string spacingSource;  // "PixelSpacing", "ImagerPixelSpacing" or "" (uncalibrated)
  std::vector<std::string> warnings;
  std::string label() const;  // "384x384x17"
};

struct DicomSeries {
  std::string seriesUid, description, modality;
  int number = 0;
  std::vector<DicomInstance> instances;
  std::vector<DicomStack> stacks;
};

struct DicomStudy {
  std::string studyUid, date, time, description, accessionNumber;
  std::vector<DicomSeries> series;
};

struct DicomPatient {
  std::string id, name, birthDate, sex;
  std::vector<DicomStudy> studies;
};

struct ScanIssue {
  std::string path;
  std::string message;
};

struct ScanResult {
  std::vector<DicomPatient> patients;
  std::vector<ScanIssue> errors;     // files that looked like DICOM but could not be used
  std::vector<std::string> skipped;  // files that are not DICOM
  std::size_t filesVisited = 0;
  std::size_t instanceCount() const;
  std::size_t seriesCount() const;
};

struct ScanOptions {
  int threads = 0;  // 0 = all cores
};

// Reads one file's header. Returns false with `error` set when the file is DICOM but unusable,
// and false with an empty error when the file is not DICOM at all.
bool readDicomHeader(const std::string& path, DicomInstance& out, std::string& error);

// True when the file starts like DICOM (preamble + "DICM", or a raw dataset's first tag).
bool looksLikeDicom(const std::string& path);

// Scans files, folders and DICOMDIR files. Never throws on bad files: they land in errors.
ScanResult scanDicom(const std::vector<std::string>& paths, const ScanOptions& options = {},
                     const Progress& progress = {});

// The stack with the most voxels in a scan (the first of equals) and its series: what
// io::openSeries() opens, and what results computed on it (SR, Parametric Map) reference. Both
// null when the scan has no stack.
struct LargestStack {
  const DicomSeries* series = nullptr;
  const DicomStack* stack = nullptr;
};
LargestStack largestStack(const ScanResult& scan);

// Groups already-read headers (used by scanDicom; exposed for tests).
void assembleSeries(std::vector<DicomInstance> instances, ScanResult& result);

// The instances a DICOMDIR references (absolute paths). Throws osteon::Error when unreadable.
std::vector<std::string> dicomdirFiles(const std::string& dicomdirPath);

}  // namespace osteon::io
