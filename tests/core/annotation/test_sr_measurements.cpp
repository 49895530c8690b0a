// A study's measurements, Auto Cobb result, RSNA points and grades through a DICOM SR Measurement
// Report and back (core/annotation/sr_measurements.h): same measurements on the same images.

#include <cmath>
#include <filesystem>

#include "core/annotation/cobb.h"
#include "core/annotation/sr_measurements.h"
#include "core/base/error.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_sr.h"
#include "core/io/dicom_writer.h"
#include "tests/support/test_support.h"

using namespace osteon;
using namespace osteon::annotation;

namespace {

// 17 vertebrae along an S curve: 68 corners (TL, TR, BL, BR each) in a 400 x 900 image.
std::vector<Point2> sCurveSpine() {
  std::vector<Point2> p;
  for (int v = 0; v < kSpineVertebrae; ++v) {
    const double cy = 80 + 45.0 * v, cx = 200 + 40 * std::sin(v * 0.45);
    const double tilt = 0.35 * std::cos(v * 0.45);  // radians
    const double w = 30, h = 16;
    const double ux = std::cos(tilt), uy = std::sin(tilt);  // along the endplate
    const double vx = -uy, vy = ux;                         // along the spine
    for (int corner = 0; corner < 4; ++corner) {
      const double a = (corner % 2 ? 1 : -1) * w, b = (corner < 2 ? -1 : 1) * h;
      p.push_back({cx + a * ux + b * vx, cy + a * uy + b * vy});
    }
  }
  return p;
}

}  // namespace

TEST_CASE("SR round trip: measurements, Auto Cobb, RSNA points and grades come back") {
  test::TempDir dir;
  image::Image xr(image::PixelType::UInt16, {400, 900, 1});
  xr.geometry.spacing = {0.3, 0.3, 1};
  io::DicomWriteInfo w;
  w.modality = "DX";
  w.imagerPixelSpacing = true;
  w.writeGeometry = false;
  io::writeDicomImage(xr, 0, dir.file("dx.dcm"), w, 1);
  image::Image vol(image::PixelType::Int16, {64, 64, 3});
  io::DicomWriteInfo m;
  m.studyUid = w.studyUid;
  io::writeDicomSeries(vol, dir.file("mr"), m);
  std::vector<io::DicomInstance> sources;
  for (const std::string& f : {dir.file("dx.dcm"), dir.file("mr/1.dcm"), dir.file("mr/3.dcm")}) {
    io::DicomInstance h;
    std::string e;
    REQUIRE(io::readDicomHeader(f, h, e));
    sources.push_back(h);
  }

  StudyAnnotations doc;
  auto add = [&](Measurement::Kind k, const std::string& series, int instance,
                 std::vector<Point2> pts, const std::string& label = "") {
    Measurement x;
    x.kind = k;
    x.id = doc.nextId++;
    x.series = series;
    x.instance = instance;
    x.points = std::move(pts);
    x.label = label;
    doc.measurements.push_back(x);
    return &doc.measurements.back();
  };
  add(Measurement::Kind::Line, w.seriesUid, 1, {{10, 20}, {110.5, 220.25}}, "disc height");
  add(Measurement::Kind::Polyline, w.seriesUid, 1, {{1, 1}, {5, 9}, {30, 40}});
  add(Measurement::Kind::Angle, m.seriesUid, 3, {{1, 1}, {10, 10}, {20, 1}});
  Measurement* cobb =
      add(Measurement::Kind::Cobb, w.seriesUid, 1, {{50, 100}, {150, 120}, {60, 500}, {160, 470}});
  cobb->upperVertebra = "T5";
  cobb->lowerVertebra = "T11";
  add(Measurement::Kind::Spine, w.seriesUid, 1, sCurveSpine(), "Auto Cobb");
  add(Measurement::Kind::Point, m.seriesUid, 1, {{3.5, 4.5}});
  for (int i = 0; i < 3; ++i) {
    Landmark l;
    l.id = doc.nextId++;
    l.series = m.seriesUid;
    l.instance = i == 2 ? 3 : 1;
    l.x = 10 + i;
    l.y = 20 + 2 * i;
    l.condition = i == 0 ? 0 : 3;
    l.level = i == 0 ? 2 : 4;
    doc.landmarks.push_back(l);
  }
  doc.grades[0][2] = 1;
  doc.grades[3][4] = 2;
  doc.grades[4][0] = 0;  // graded without a point

  SrExport ex = reportFromAnnotations(doc, lookupIn(sources));
  CHECK(ex.skipped.empty());
  const std::string path = dir.file("report.dcm");
  io::writeMeasurementReport(ex.report, path);
  if (std::filesystem::exists("/usr/bin/dciodvfy")) {
    const auto r = test::runCommand("dciodvfy " + test::shellQuote(path) + " 2>&1");
    INFO(r.output);
    CHECK(r.output.find("\nError") == std::string::npos);
    CHECK(r.output.rfind("Error", 0) != 0);
  }

  const io::SrReport back = io::readMeasurementReport(path);
  CHECK(back.skipped.empty());
  // Auto Cobb: the three angles with their end vertebrae are in the report as written.
  const io::SrMeasurement* spine = nullptr;
  for (const auto& s : back.measurements)
    if (s.kind == io::SrMeasurement::Kind::AutoCobb) spine = &s;
  REQUIRE(spine);
  const CobbResult truth = cobbAngles(sCurveSpine(), 900);
  REQUIRE(spine->curves.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(spine->curves[i].degrees == Approx(truth.angles()[i]).epsilon(1e-8));
    CHECK(spine->curves[i].region == kCobbCurveNames[i]);
  }
  CHECK(spine->curves[0].upperVertebra == kVertebraNames[std::size_t(truth.upper)]);
  CHECK(spine->curves[0].lowerVertebra == kVertebraNames[std::size_t(truth.lower)]);
  CHECK(truth.principal > 20);

  const ImageResolver resolve = [&](const io::SrImage& im, std::string& series, int& instance) {
    for (const io::DicomInstance& s : sources)
      if (s.sopInstanceUid == im.sopInstanceUid) {
        series = s.seriesUid;
        instance = s.instanceNumber;
        return true;
      }
    return false;
  };
  const SrImport in = annotationsFromReport(back, resolve);
  CHECK(in.skipped.empty());
  REQUIRE(in.measurements.size() == doc.measurements.size());
  for (std::size_t i = 0; i < doc.measurements.size(); ++i) {
    const Measurement &a = doc.measurements[i], &b = in.measurements[i];
    INFO("measurement " << i);
    CHECK(a.kind == b.kind);
    CHECK(a.series == b.series);
    CHECK(a.instance == b.instance);
    CHECK(a.label == b.label);
    CHECK(a.upperVertebra == b.upperVertebra);
    CHECK(a.lowerVertebra == b.lowerVertebra);
    REQUIRE(a.points.size() == b.points.size());
    for (std::size_t k = 0; k < a.points.size(); ++k) {
      CHECK(b.points[k].x == Approx(a.points[k].x).margin(1e-3));
      CHECK(b.points[k].y == Approx(a.points[k].y).margin(1e-3));
    }
  }
  // The same measured values (SR coordinates are float32: 1e-4 relative).
  const Calibration cal{0.3, 0.3, true, "ImagerPixelSpacing"};
  CHECK(measure(in.measurements[0], cal).value ==
        Approx(measure(doc.measurements[0], cal).value).epsilon(1e-5));
  CHECK(back.measurements[0].value == Approx(measure(doc.measurements[0], cal).value));
  CHECK(measure(in.measurements[4], cal).value ==
        Approx(measure(doc.measurements[4], cal).value).epsilon(1e-4));

  StudyAnnotations merged;
  addImport(merged, in);
  REQUIRE(merged.landmarks.size() == doc.landmarks.size());
  for (std::size_t i = 0; i < doc.landmarks.size(); ++i) {
    // Groups are written per condition and level, so the order may differ: match by content.
    bool found = false;
    for (const Landmark& l : merged.landmarks)
      found |= l.series == doc.landmarks[i].series && l.instance == doc.landmarks[i].instance &&
               l.condition == doc.landmarks[i].condition && l.level == doc.landmarks[i].level &&
               std::fabs(l.x - doc.landmarks[i].x) < 1e-3 &&
               std::fabs(l.y - doc.landmarks[i].y) < 1e-3;
    CHECK(found);
  }
  CHECK(merged.grades == doc.grades);
  CHECK(merged.measurements.size() == doc.measurements.size());
}

TEST_CASE("SR export: measurements without a DICOM source are listed, none at all is an error") {
  StudyAnnotations doc;
  Measurement x;
  x.kind = Measurement::Kind::Line;
  x.id = 1;
  x.series = "not-loaded";
  x.points = {{0, 0}, {1, 1}};
  doc.measurements.push_back(x);
  const std::vector<io::DicomInstance> none;
  try {
    reportFromAnnotations(doc, lookupIn(none));
    FAIL("exported without sources");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("no DICOM source for series not-loaded") != std::string::npos);
  }
  CHECK_THROWS_WITH(reportFromAnnotations(StudyAnnotations{}, lookupIn(none)),
                    Catch::Contains("no measurements or points"));
}
