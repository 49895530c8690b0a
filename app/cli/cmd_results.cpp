// osteon-cli export-sr / import-sr, and the DICOM outputs of cobb --sr and gradcam --dicom:
// measurements as a TID 1500 Measurement Report, heatmaps as a Parametric Map.

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/cli/args.h"
#include "app/cli/dicom_results.h"
#include "core/annotation/dicom_results.h"
#include "core/annotation/sr_measurements.h"
#include "core/annotation/study_annotations.h"
#include "core/base/error.h"
#include "core/io/dicom_sr.h"

using nlohmann::json;

namespace osteon::cli {

namespace {

const char* kindName(annotation::Measurement::Kind k) {
  switch (k) {
    case annotation::Measurement::Kind::Point:
      return "point";
    case annotation::Measurement::Kind::Line:
      return "line";
    case annotation::Measurement::Kind::Angle:
      return "angle";
    case annotation::Measurement::Kind::Polyline:
      return "polyline";
    case annotation::Measurement::Kind::Cobb:
      return "cobb";
    case annotation::Measurement::Kind::Spine:
      return "spine";
  }
  return "?";
}

}  // namespace

int cmdExportSr(int argc, char** argv) {
  Args args(argc, argv, 2, {"--annotations", "--image", "--out"}, {"--help"});
  if (args.flag("--help") || !args.has("--annotations") || !args.has("--out") ||
      (!args.has("--image") && args.positional().empty())) {
    std::fputs(
        "usage: osteon-cli export-sr --annotations PROJECT.json --image DICOM... --out REPORT.dcm\n"
        "  Writes a study's measurements (lines, polylines, angles, Cobb angles, Auto Cobb with\n"
        "  its three angles and end vertebrae, points) and RSNA level points with their grades as "
        "a\n"
        "  DICOM SR TID 1500 Measurement Report that references the source images. --image: the\n"
        "  study's DICOM files or folders (repeatable; also positional). Lengths are in mm from\n"
        "  PixelSpacing or ImagerPixelSpacing.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  const annotation::StudyAnnotations doc = annotation::loadProject(args.value("--annotations"));
  std::vector<std::string> paths = args.values("--image");
  for (const std::string& p : args.positional())
    paths.push_back(p);
  const std::vector<io::DicomInstance> sources = annotation::headersOf(paths);
  const annotation::ReportWritten w =
      annotation::writeReport(doc, annotation::lookupIn(sources), args.value("--out"));
  std::printf("wrote %s: %zu measurement groups on %zu images (SOP Instance UID %s)\n",
              args.value("--out").c_str(), w.groups, w.images, w.sopInstanceUid.c_str());
  for (const std::string& s : w.skipped)
    std::printf("skipped: %s\n", s.c_str());
  return 0;
}

int cmdImportSr(int argc, char** argv) {
  Args args(argc, argv, 2, {"--image", "--project"}, {"--help", "--json"});
  if (args.flag("--help") || args.positional().size() != 1) {
    std::fputs(
        "usage: osteon-cli import-sr REPORT.dcm [--image DICOM...] [--json] [--project OUT.json]\n"
        "  Reads a TID 1500 Measurement Report (Osteon, dcmjs/OHIF, dcmqi, highdicom) and prints\n"
        "  its measurements. With --image, referenced images are matched to those files (series\n"
        "  and instance number); --project writes them as an Osteon project file.\n",
        args.flag("--help") ? stdout : stderr);
    return args.flag("--help") ? 0 : 2;
  }
  const io::SrReport report = io::readMeasurementReport(args.positional()[0]);
  std::vector<io::DicomInstance> sources;
  if (args.has("--image")) sources = annotation::headersOf(args.values("--image"));
  annotation::ImageResolver resolve;
  if (!sources.empty()) resolve = annotation::resolverFor(sources);
  const annotation::SrImport in = annotation::annotationsFromReport(report, resolve);
  json out = {{"report", args.positional()[0]},
              {"study_uid", report.studyUid},
              {"sop_instance_uid", report.sopInstanceUid},
              {"images", json::array()},
              {"groups", json::array()},
              {"measurements", json::array()},
              {"points", json::array()},
              {"grades", json::array()},
              {"skipped", report.skipped}};
  for (const io::SrImage& im : report.images)
    out["images"].push_back({{"sop_instance_uid", im.sopInstanceUid},
                             {"sop_class_uid", im.sopClassUid},
                             {"series_uid", im.seriesUid},
                             {"frame", im.frame}});
  for (const io::SrMeasurement& g : report.measurements) {
    json j = {{"tracking_id", g.trackingId}, {"tracking_uid", g.trackingUid}};
    if (g.kind == io::SrMeasurement::Kind::AutoCobb) {
      j["auto_cobb"] = json::array();
      for (const auto& c : g.curves)
        j["auto_cobb"].push_back({{"curve", c.region},
                                  {"degrees", c.degrees},
                                  {"upper_end_vertebra", c.upperVertebra},
                                  {"lower_end_vertebra", c.lowerVertebra}});
    } else if (g.kind == io::SrMeasurement::Kind::LevelPoints) {
      j["condition"] = g.condition;
      j["level"] = g.level;
      j["grade"] = g.grade;
      j["points"] = g.points.size();
    } else if (g.kind != io::SrMeasurement::Kind::Point) {
      j["value"] = g.value;
      j["unit"] = g.kind == io::SrMeasurement::Kind::Length ? (g.calibrated ? "mm" : "px") : "deg";
    }
    out["groups"].push_back(j);
  }
  for (const annotation::Measurement& m : in.measurements) {
    json pts = json::array();
    for (const auto& p : m.points)
      pts.push_back({p.x, p.y});
    json j = {{"kind", kindName(m.kind)},
              {"series", m.series},
              {"instance", m.instance},
              {"label", m.label},
              {"points", pts}};
    if (!m.upperVertebra.empty()) j["upper_vertebra"] = m.upperVertebra;
    if (!m.lowerVertebra.empty()) j["lower_vertebra"] = m.lowerVertebra;
    out["measurements"].push_back(j);
  }
  for (const annotation::Landmark& l : in.landmarks)
    out["points"].push_back({{"series", l.series},
                             {"instance", l.instance},
                             {"condition", l.condition},
                             {"level", l.level},
                             {"x", l.x},
                             {"y", l.y}});
  for (const auto& g : in.grades)
    out["grades"].push_back(
        {{"condition", g.condition}, {"level", g.level}, {"severity", g.severity}});
  for (const std::string& s : in.skipped)
    out["skipped"].push_back(s);
  if (args.has("--project")) {
    annotation::StudyAnnotations doc;
    doc.studyId = report.studyUid;
    annotation::addImport(doc, in);
    annotation::saveProject(doc, args.value("--project"));
  }
  if (args.flag("--json")) {
    std::cout << out.dump(2) << std::endl;
    return 0;
  }
  std::printf("%s: Measurement Report of study %s, %zu images, %zu groups\n",
              args.positional()[0].c_str(), report.studyUid.c_str(), report.images.size(),
              report.measurements.size());
  for (const json& g : out["groups"]) {
    std::printf("  %s", g["tracking_id"].get<std::string>().c_str());
    if (g.contains("value"))
      std::printf(": %.2f %s", g["value"].get<double>(), g["unit"].get<std::string>().c_str());
    if (g.contains("auto_cobb"))
      for (const json& c : g["auto_cobb"])
        std::printf("\n    Cobb %s: %.1f deg (%s-%s)", c["curve"].get<std::string>().c_str(),
                    c["degrees"].get<double>(), c["upper_end_vertebra"].get<std::string>().c_str(),
                    c["lower_end_vertebra"].get<std::string>().c_str());
    if (g.contains("grade"))
      std::printf(": %d point(s), grade %d", g["points"].get<int>(), g["grade"].get<int>());
    std::printf("\n");
  }
  for (const json& s : out["skipped"])
    std::printf("skipped: %s\n", s.get<std::string>().c_str());
  return 0;
}

std::string writeAutoCobbSr(const std::string& imagePath, int slice,
                            const std::vector<annotation::Point2>& corners,
                            const std::string& out) {
  const auto [src, frame] = annotation::sliceSourceOf(imagePath, slice);
  annotation::StudyAnnotations doc;
  annotation::Measurement m;
  m.kind = annotation::Measurement::Kind::Spine;
  m.id = doc.nextId++;
  m.series = src.seriesUid;
  m.instance = src.instanceNumber;
  m.points = corners;
  m.label = "Auto Cobb";
  doc.measurements.push_back(m);
  const std::vector<io::DicomInstance> sources{src};
  annotation::SrExport ex = annotation::reportFromAnnotations(doc, annotation::lookupIn(sources));
  if (frame > 0)
    for (io::SrImage& im : ex.report.images)
      im.frame = frame;
  io::writeMeasurementReport(ex.report, out);
  return "wrote " + out + " (DICOM SR Measurement Report, Auto Cobb on " + src.sopInstanceUid + ")";
}

std::string writeHeatmapParametricMap(const std::string& imagePath, int slice,
                                      const image::Image& heatmap, const std::string& description,
                                      const std::string& out) {
  return annotation::writeHeatmapMap(annotation::sliceSourceOf(imagePath, slice), heatmap,
                                     description, out);
}

}  // namespace osteon::cli
