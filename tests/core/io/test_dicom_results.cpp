// Results as DICOM objects: the TID 1500 Measurement Report (core/io/dicom_sr.h) and the
// Parametric Map (core/io/dicom_pmap.h). Every written object is checked by dciodvfy (dicom3tools:
// no errors) and read back by pydicom (tests/support/dicom_results_probe.py); the readers get
// truncated and foreign files; the writers get NaN, absurd values, empty lists, missing UIDs.

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "core/base/error.h"
#include "core/io/dicom_pmap.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_sr.h"
#include "core/io/dicom_writer.h"
#include "tests/support/test_support.h"

using namespace osteon;
using nlohmann::json;

namespace {

struct Dciodvfy {
  std::vector<std::string> errors, warnings;
};

bool haveDciodvfy() {
  return std::filesystem::exists("/usr/bin/dciodvfy");
}

Dciodvfy dciodvfy(const std::string& f) {
  const auto r = test::runCommand("dciodvfy " + test::shellQuote(f) + " 2>&1");
  Dciodvfy d;
  std::stringstream ss(r.output);
  std::string line;
  while (std::getline(ss, line)) {
    if (line.rfind("Error", 0) == 0) d.errors.push_back(line);
    if (line.rfind("Warning", 0) == 0) d.warnings.push_back(line);
  }
  return d;
}

void requireValid(const std::string& f) {
  if (!haveDciodvfy()) return;
  const Dciodvfy d = dciodvfy(f);
  for (const std::string& w : d.warnings)
    WARN("dciodvfy " << std::filesystem::path(f).filename().string() << ": " << w);
  for (const std::string& e : d.errors) {
    INFO(e);
    CHECK(false);
  }
  CHECK(d.errors.empty());
}

json probe(const std::string& f, const std::string& raw) {
  const auto r =
      test::runCommand(test::shellQuote(test::pythonExe()) + " " +
                       test::shellQuote(test::sourcePath("tests/support/dicom_results_probe.py")) +
                       " " + test::shellQuote(f) + " " + test::shellQuote(raw) + " 2>&1");
  INFO(r.output);
  REQUIRE(r.status == 0);
  return json::parse(r.output);
}

// A DX radiograph (ImagerPixelSpacing, no patient geometry) and an MR slice (geometry).
struct Sources {
  test::TempDir dir;
  io::DicomInstance dx, mr;
  Sources() {
    image::Image xr(image::PixelType::UInt16, {64, 96, 1});
    for (std::size_t i = 0; i < xr.voxelCount(); ++i)
      xr.data<std::uint16_t>()[i] = static_cast<std::uint16_t>(i % 4000);
    xr.geometry.spacing = {0.2, 0.25, 1};
    io::DicomWriteInfo w;
    w.modality = "DX";
    w.imagerPixelSpacing = true;
    w.writeGeometry = false;
    w.bodyPart = "SPINE";
    w.patientName = "DOE^JANE";
    io::writeDicomImage(xr, 0, dir.file("dx.dcm"), w, 1);
    image::Image vol(image::PixelType::Int16, {40, 30, 3});
    vol.geometry.spacing = {0.8, 0.7, 4};
    vol.geometry.origin = {-10, 20, 30};
    io::DicomWriteInfo m;
    m.studyUid = w.studyUid;
    io::writeDicomSeries(vol, dir.file("mr"), m);
    std::string e;
    REQUIRE(io::readDicomHeader(dir.file("dx.dcm"), dx, e));
    REQUIRE(io::readDicomHeader(dir.file("mr/2.dcm"), mr, e));
  }
};

io::SrReport sampleReport(const Sources& s) {
  io::SrReport r;
  const std::size_t dx = io::addSourceImage(r, s.dx);
  const std::size_t mr = io::addSourceImage(r, s.mr);
  io::SrMeasurement len;
  len.kind = io::SrMeasurement::Kind::Length;
  len.image = dx;
  len.points = {{3, 4}, {13.5, 20.25}};
  len.value = 4.321;
  len.label = "canal width";
  io::SrMeasurement ang;
  ang.kind = io::SrMeasurement::Kind::Angle;
  ang.image = mr;
  ang.points = {{1, 1}, {10, 10}, {20, 1}};
  ang.value = 90;
  io::SrMeasurement cobb;
  cobb.kind = io::SrMeasurement::Kind::Cobb;
  cobb.image = dx;
  cobb.points = {{5, 10}, {40, 14}, {6, 60}, {41, 50}};
  cobb.value = 22.5;
  cobb.upperVertebra = "T6";
  cobb.lowerVertebra = "T12";
  io::SrMeasurement pt;
  pt.kind = io::SrMeasurement::Kind::Point;
  pt.image = mr;
  pt.points = {{7.25, 8.75}};
  io::SrMeasurement lvl;
  lvl.kind = io::SrMeasurement::Kind::LevelPoints;
  lvl.condition = 1;
  lvl.level = 3;
  lvl.grade = 2;
  lvl.points = {{11, 12}, {13, 14}};
  lvl.pointImages = {mr, mr};
  r.measurements = {len, ang, cobb, pt, lvl};
  return r;
}

}  // namespace

TEST_CASE("SR: a measurement report passes dciodvfy, reads back in Osteon and pydicom") {
  Sources s;
  io::SrReport r = sampleReport(s);
  const std::string path = s.dir.file("report.dcm");
  io::writeMeasurementReport(r, path);
  CHECK(io::isStructuredReport(path));
  CHECK_FALSE(io::isStructuredReport(s.dir.file("dx.dcm")));
  if (!haveDciodvfy()) OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
  requireValid(path);

  const io::SrReport back = io::readMeasurementReport(path);
  CHECK(back.skipped.empty());
  CHECK(back.studyUid == s.dx.studyUid);
  CHECK(back.patientName == "DOE^JANE");
  REQUIRE(back.images.size() == 2);
  CHECK(back.images[0].sopInstanceUid == s.dx.sopInstanceUid);
  CHECK(back.images[0].seriesUid == s.dx.seriesUid);
  CHECK(back.images[1].sopInstanceUid == s.mr.sopInstanceUid);
  REQUIRE(back.measurements.size() == r.measurements.size());
  for (std::size_t i = 0; i < r.measurements.size(); ++i) {
    const auto &a = r.measurements[i], &b = back.measurements[i];
    INFO("measurement " << i);
    CHECK(a.kind == b.kind);
    CHECK(a.trackingUid == b.trackingUid);
    CHECK(a.trackingId == b.trackingId);
    CHECK(back.images[b.kind == io::SrMeasurement::Kind::LevelPoints ? b.pointImages[0] : b.image]
              .sopInstanceUid ==
          r.images[a.kind == io::SrMeasurement::Kind::LevelPoints ? a.pointImages[0] : a.image]
              .sopInstanceUid);
    REQUIRE(a.points.size() == b.points.size());
    for (std::size_t k = 0; k < a.points.size(); ++k) {
      CHECK(b.points[k].x == Approx(a.points[k].x).margin(1e-4));
      CHECK(b.points[k].y == Approx(a.points[k].y).margin(1e-4));
    }
    if (a.kind != io::SrMeasurement::Kind::Point && a.kind != io::SrMeasurement::Kind::LevelPoints)
      CHECK(b.value == Approx(a.value).epsilon(1e-9));
    CHECK(a.upperVertebra == b.upperVertebra);
    CHECK(a.lowerVertebra == b.lowerVertebra);
    CHECK(a.grade == b.grade);
    CHECK(a.condition == b.condition);
    CHECK(a.level == b.level);
  }
  CHECK(back.measurements[0].label == "canal width");

  if (!test::pythonHas("pydicom")) OSTEON_SKIP("python3 with pydicom is not installed");
  const json p = probe(path, s.dir.file("sr.raw"));
  CHECK(p["sop_class"] == "1.2.840.10008.5.1.4.1.1.88.33");  // Comprehensive SR
  CHECK(p["modality"] == "SR");
  CHECK(p["title"][0] == "126000");
  CHECK(p["evidence"].size() == 2);
  int lengths = 0, cobbs = 0, severe = 0;
  for (const json& it : p["items"]) {
    const std::string path = it["path"];
    if (it["vt"] == "NUM" && path.find("/Length") != std::string::npos) {
      ++lengths;
      CHECK(it["value"].get<double>() == Approx(4.321));
      CHECK(it["unit"][0] == "mm");
      CHECK(it["unit"][1] == "UCUM");
    }
    if (it["vt"] == "NUM" && path.find("/Cobb angle") == path.size() - 11) {
      ++cobbs;
      CHECK(it["value"].get<double>() == Approx(22.5));
      CHECK(it["unit"][0] == "deg");
    }
    if (it["vt"] == "SCOORD" && path.find("/Cobb angle/") != std::string::npos) {
      // dcmjs' CobbAngle: one POLYLINE of the two lines' four points, SCOORD pixel corners.
      CHECK(it["graphic_type"] == "POLYLINE");
      REQUIRE(it["graphic"].size() == 8);
      CHECK(it["graphic"][0].get<double>() == Approx(5.5));
      CHECK(it["graphic"][7].get<double>() == Approx(50.5));
    }
    if (it["vt"] == "CODE" && it["value"][2] == "Severe") ++severe;
    if (it["vt"] == "IMAGE" && path.find("/Length/") != std::string::npos)
      CHECK(it["ref"] == s.dx.sopInstanceUid);
  }
  CHECK(lengths == 1);
  CHECK(cobbs == 1);
  CHECK(severe == 1);
}

TEST_CASE("SR: the writer refuses bad measurements with clear messages") {
  Sources s;
  const std::string path = s.dir.file("bad.dcm");
  auto refuses = [&](io::SrReport r, const std::string& words) {
    try {
      io::writeMeasurementReport(r, path);
      FAIL("written although " << words);
    } catch (const Error& e) {
      INFO(e.what());
      CHECK(std::string(e.what()).find(words) != std::string::npos);
    }
    CHECK_FALSE(std::filesystem::exists(path));
  };
  io::SrReport empty;
  io::addSourceImage(empty, s.dx);
  refuses(empty, "no measurements");
  io::SrReport r = sampleReport(s);
  r.measurements[0].points[1].x = std::nan("");
  refuses(r, "not a finite number");
  r = sampleReport(s);
  r.measurements[0].points[1].y = 1e12;
  refuses(r, "absurd coordinate");
  r = sampleReport(s);
  r.measurements[1].value = 720;
  refuses(r, "angle of 720");
  r = sampleReport(s);
  r.measurements[0].value = -3;
  refuses(r, "length of -3");
  r = sampleReport(s);
  r.measurements[2].points.pop_back();
  refuses(r, "needs 4 points");
  r = sampleReport(s);
  r.images[0].sopInstanceUid.clear();
  refuses(r, "no SOP Class/Instance");
  r = sampleReport(s);
  r.measurements[0].image = 7;
  refuses(r, "references source image 8");
}

TEST_CASE("SR: the reader refuses truncated, foreign and non-SR files without crashing") {
  Sources s;
  io::SrReport r = sampleReport(s);
  const std::string path = s.dir.file("report.dcm");
  io::writeMeasurementReport(r, path);
  auto refuses = [](const std::string& f, const std::string& words) {
    try {
      io::readMeasurementReport(f);
      FAIL("read " << f);
    } catch (const Error& e) {
      INFO(e.what());
      CHECK(std::string(e.what()).find(words) != std::string::npos);
    }
  };
  refuses(s.dir.file("dx.dcm"), "not a DICOM Structured Report");
  refuses(s.dir.file("missing.dcm"), "no such file");
  { std::ofstream(s.dir.file("text.dcm")) << "hello, not DICOM at all"; }
  refuses(s.dir.file("text.dcm"), "not a readable DICOM file");
  // Truncated at many lengths: an error or a partial report, never a crash.
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  int errors = 0;
  for (std::size_t cut : {std::size_t(10), std::size_t(132), std::size_t(400), bytes.size() / 3,
                          bytes.size() / 2, bytes.size() - 40}) {
    const std::string f = s.dir.file("cut" + std::to_string(cut) + ".dcm");
    std::ofstream(f, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(cut));
    try {
      const io::SrReport part = io::readMeasurementReport(f);
      CHECK(part.measurements.size() <= r.measurements.size());
    } catch (const Error& e) {
      ++errors;
      CHECK(std::string(e.what()).size() > 10);
    }
  }
  CHECK(errors >= 3);
  // An SR that is not a Measurement Report.
  DcmFileFormat ff;
  REQUIRE(ff.loadFile(path.c_str()).good());
  DcmItem* title = nullptr;
  REQUIRE(ff.getDataset()->findAndGetSequenceItem(DCM_ConceptNameCodeSequence, title, 0).good());
  title->putAndInsertString(DCM_CodeValue, "18748-4");
  title->putAndInsertString(DCM_CodingSchemeDesignator, "LN");
  title->putAndInsertString(DCM_CodeMeaning, "Diagnostic imaging report");
  REQUIRE(ff.saveFile(s.dir.file("other.dcm").c_str(), EXS_LittleEndianExplicit).good());
  refuses(s.dir.file("other.dcm"), "not a TID 1500 Measurement Report");
}

TEST_CASE("Parametric Map: float heatmap passes dciodvfy, reads back in Osteon and pydicom") {
  Sources s;
  for (const io::DicomInstance* src : {&s.dx, &s.mr}) {
    io::ParametricMap m;
    m.width = src->columns / 2;
    m.height = src->rows / 2;
    for (int y = 0; y < m.height; ++y)
      for (int x = 0; x < m.width; ++x)
        m.values.push_back(static_cast<float>(x + 2 * y) /
                           static_cast<float>(m.width + m.height * 2));
    m.contentLabel = "GRADCAM";
    m.contentDescription = "Grad-CAM of class Osteoporosis (layer4)";
    m.lutLabel = "Grad-CAM";
    const std::string path = s.dir.file("pm-" + src->modality + ".dcm");
    io::writeParametricMap(m, *src, path);
    INFO(path);
    CHECK(io::isParametricMap(path));
    CHECK_FALSE(io::isParametricMap(src->path));
    const io::ParametricMap back = io::readParametricMap(path);
    CHECK(back.width == m.width);
    CHECK(back.height == m.height);
    CHECK(back.values == m.values);
    CHECK(back.sourceSopInstanceUid == src->sopInstanceUid);
    CHECK(back.sourceSeriesUid == src->seriesUid);
    CHECK(back.lutLabel == "Grad-CAM");
    CHECK(m.hasGeometry == (src == &s.mr));
    if (src == &s.mr) CHECK(back.frameOfReferenceUid == src->frameOfReferenceUid);
    CHECK_FALSE(back.frameOfReferenceUid.empty());
    // The map's grid is half the source's: twice the spacing.
    const double sx = src->hasPixelSpacing ? src->spacingX : src->imagerSpacingX;
    CHECK(back.spacingX == Approx(2 * sx));
    if (!haveDciodvfy()) OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
    requireValid(path);
    if (!test::pythonHas("pydicom")) OSTEON_SKIP("python3 with pydicom is not installed");
    const json p = probe(path, s.dir.file("pm.raw"));
    CHECK(p["sop_class"] == "1.2.840.10008.5.1.4.1.1.30");
    CHECK(p["bits_allocated"] == 32);
    CHECK(p["rows"] == m.height);
    CHECK(p["units"][0] == "1");
    CHECK(p["slope"] == 1.0);
    CHECK(p["intercept"] == 0.0);
    CHECK(p["source"] == src->sopInstanceUid);
    const std::vector<double> px = test::readDoubles(s.dir.file("pm.raw"));
    REQUIRE(px.size() == m.values.size());
    for (std::size_t i = 0; i < px.size(); ++i)
      if (px[i] != static_cast<double>(m.values[i])) FAIL("pixel " << i << " differs");
  }
}

TEST_CASE("Parametric Map: bad maps and bad files give clear errors") {
  Sources s;
  const std::string path = s.dir.file("pm.dcm");
  auto refuses = [&](io::ParametricMap m, const io::DicomInstance& src, const std::string& w) {
    try {
      io::writeParametricMap(m, src, path);
      FAIL("written although " << w);
    } catch (const Error& e) {
      INFO(e.what());
      CHECK(std::string(e.what()).find(w) != std::string::npos);
    }
  };
  io::ParametricMap m;
  m.width = 4;
  m.height = 3;
  m.values.assign(12, 0.5f);
  refuses(io::ParametricMap{}, s.dx, "invalid size");
  io::ParametricMap wrong = m;
  wrong.values.pop_back();
  refuses(wrong, s.dx, "11 values for a 4 x 3 map");
  io::ParametricMap nan = m;
  nan.values[5] = std::nanf("");
  refuses(nan, s.dx, "value 5 (column 1, row 1) is not a finite number");
  io::ParametricMap inf = m;
  inf.values[0] = INFINITY;
  refuses(inf, s.dx, "not a finite number");
  io::DicomInstance noUid = s.dx;
  noUid.sopInstanceUid.clear();
  refuses(m, noUid, "no SOP Class/Instance");
  io::ParametricMap huge = m;
  huge.width = 100000;
  refuses(huge, s.dx, "invalid size");

  io::writeParametricMap(m, s.dx, path);
  auto unreadable = [](const std::string& f, const std::string& w) {
    try {
      io::readParametricMap(f);
      FAIL("read " << f);
    } catch (const Error& e) {
      INFO(e.what());
      CHECK(std::string(e.what()).find(w) != std::string::npos);
    }
  };
  unreadable(s.dir.file("dx.dcm"), "not a DICOM Parametric Map");
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Cut inside the float pixel data: the last 8 bytes are the end of the values.
  const std::string cut = s.dir.file("cut.dcm");
  std::ofstream(cut, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size() - 8));
  try {
    io::readParametricMap(cut);
    FAIL("read a truncated map");
  } catch (const Error& e) {
    INFO(e.what());
    CHECK(std::string(e.what()).size() > 10);
  }
  for (std::size_t n : {std::size_t(0), std::size_t(100), bytes.size() / 2}) {
    std::ofstream(cut, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(n));
    CHECK_THROWS_AS(io::readParametricMap(cut), Error);
  }
}
