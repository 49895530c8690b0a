#pragma once
// Osteon's results as DICOM objects, shared by the CLI (export-sr, cobb --sr, gradcam --dicom)
// and the viewer (File > Export measurements as DICOM SR, the AI panel's Parametric Map export,
// opening a report or a map): which DICOM instance (and frame) a shown slice came from, and the
// writers that reference it. Plain data in and out; DCMTK stays inside core/io.

#include <string>
#include <vector>

#include "core/annotation/sr_measurements.h"
#include "core/annotation/study_annotations.h"
#include "core/image/image.h"
#include "core/io/dicom_header.h"
#include "core/io/dicom_pmap.h"

namespace osteon::annotation {

// Where one displayed slice came from: its instance's header and, for a multi-frame instance,
// the 1-based frame (0 = a single-frame instance).
struct SliceSource {
  io::DicomInstance header;
  int frame = 0;
};

// Every DICOM header under the given files/folders. Throws osteon::Error when there is none.
std::vector<io::DicomInstance> headersOf(const std::vector<std::string>& paths);

// The source of slice `slice` of the stack io::openSeries(path) loads (the largest stack).
// Throws osteon::Error on a non-DICOM path or a slice out of range.
SliceSource sliceSourceOf(const std::string& path, int slice);

// Writes a 2D float heatmap (values in [0, 1], any grid covering the slice's field of view) as
// a Parametric Map derived from `source`. Returns a one-line summary.
std::string writeHeatmapMap(const SliceSource& source, const image::Image& heatmap,
                            const std::string& description, const std::string& out);

// A Parametric Map read back as a heatmap Image (Float32, width x height x 1, unit spacing; the
// caller places it on the referenced slice) with what it references.
struct HeatmapMap {
  io::ParametricMap map;
  image::Image heatmap;
};
HeatmapMap readHeatmapMap(const std::string& path);

// A report's measurement document written to `out`; `skipped` lists what had no DICOM source.
struct ReportWritten {
  std::string sopInstanceUid;
  std::size_t groups = 0, images = 0;
  std::vector<std::string> skipped;
};
ReportWritten writeReport(const StudyAnnotations& doc, const SourceLookup& lookup,
                          const std::string& out);

// Matches a report's image references to sources by SOP Instance UID (series = the source's
// SeriesInstanceUID, instance = its InstanceNumber).
ImageResolver resolverFor(const std::vector<io::DicomInstance>& sources);

}  // namespace osteon::annotation
