#include "core/annotation/dicom_results.h"

#include <algorithm>

#include "core/base/error.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_sr.h"

namespace osteon::annotation {

std::vector<io::DicomInstance> headersOf(const std::vector<std::string>& paths) {
  const io::ScanResult scan = io::scanDicom(paths);
  std::vector<io::DicomInstance> out;
  for (const auto& p : scan.patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        for (const auto& in : se.instances)
          out.push_back(in);
  if (out.empty()) {
    if (!scan.errors.empty())
      throw Error(fileError(scan.errors.front().path, scan.errors.front().message));
    throw Error("no DICOM images found in the given paths");
  }
  return out;
}

SliceSource sliceSourceOf(const std::string& path, int slice) {
  const io::ScanResult scan = io::scanDicom({path});
  // The stack openSeries() opens: the slice indices callers pass are that stack's.
  const auto [bestSeries, best] = io::largestStack(scan);
  if (!best)
    throw Error(fileError(path,
                          "not a DICOM image: DICOM results need a DICOM source (its UIDs "
                          "are what the result references)"));
  if (slice < 0 || slice >= static_cast<int>(best->slices.size()))
    throw Error(fileError(path, "slice " + std::to_string(slice) + " out of range"));
  const io::SliceRef& ref = best->slices[static_cast<std::size_t>(slice)];
  const io::DicomInstance& in = bestSeries->instances.at(ref.instance);
  return {in, in.frames > 1 ? ref.frame + 1 : 0};
}

std::string writeHeatmapMap(const SliceSource& source, const image::Image& heatmap,
                            const std::string& description, const std::string& out) {
  if (heatmap.pixelType() != image::PixelType::Float32 || heatmap.depth() != 1)
    throw Error("heatmap export: a 2D float heatmap is expected");
  io::ParametricMap pm;
  pm.width = heatmap.width();
  pm.height = heatmap.height();
  pm.values.assign(heatmap.data<float>(), heatmap.data<float>() + heatmap.voxelCount());
  pm.contentLabel = "GRADCAM";
  pm.contentDescription = description;
  pm.lutLabel = "CAM";
  pm.sourceFrame = source.frame;
  io::writeParametricMap(pm, source.header, out);
  return "wrote " + out + " (DICOM Parametric Map on " + source.header.sopInstanceUid + ")";
}

HeatmapMap readHeatmapMap(const std::string& path) {
  HeatmapMap r;
  r.map = io::readParametricMap(path);
  if (r.map.sourceSopInstanceUid.empty())
    throw Error(fileError(path,
                          "the Parametric Map does not say which image it was derived from "
                          "(no Derivation Image / Referenced Image)"));
  r.heatmap = image::Image(image::PixelType::Float32, {r.map.width, r.map.height, 1});
  std::copy(r.map.values.begin(), r.map.values.end(), r.heatmap.data<float>());
  return r;
}

ReportWritten writeReport(const StudyAnnotations& doc, const SourceLookup& lookup,
                          const std::string& out) {
  SrExport ex = reportFromAnnotations(doc, lookup);
  io::writeMeasurementReport(ex.report, out);
  ReportWritten w;
  w.sopInstanceUid = ex.report.sopInstanceUid;
  w.groups = ex.report.measurements.size();
  w.images = ex.report.images.size();
  w.skipped = std::move(ex.skipped);
  return w;
}

ImageResolver resolverFor(const std::vector<io::DicomInstance>& sources) {
  return [sources](const io::SrImage& im, std::string& series, int& instance) {
    for (const io::DicomInstance& s : sources)
      if (s.sopInstanceUid == im.sopInstanceUid) {
        series = s.seriesUid;
        instance = s.instanceNumber;
        return true;
      }
    return false;
  };
}

}  // namespace osteon::annotation
