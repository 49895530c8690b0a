// osteon-cli results as DICOM: cobb --sr (Auto Cobb as a TID 1500 SR) re-imported by import-sr
// with the same angles and end vertebrae; gradcam --dicom (CAM as a Parametric Map) read back by
// pydicom with the same values as the saliency; export-sr from a project file. dciodvfy: no errors.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

using nlohmann::json;
using osteon::test::runCommand;
using osteon::test::shellQuote;

namespace {

std::string firstIn(const std::string& dir) {
  std::string f;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (f.empty() || e.path().string() < f) f = e.path().string();
  return f;
}

void noDciodvfyErrors(const std::string& f) {
  const auto r = runCommand("dciodvfy " + shellQuote(f) + " 2>&1");
  std::stringstream ss(r.output);
  std::string line;
  while (std::getline(ss, line)) {
    if (line.rfind("Warning", 0) == 0) WARN(f << ": " << line);
    if (line.rfind("Error", 0) == 0) FAIL_CHECK(f << ": " << line);
  }
}

}  // namespace

TEST_CASE("cobb --sr writes Auto Cobb as SR and import-sr gives the same angles",
          "[dicom-export]") {
  if (!std::filesystem::exists("/usr/bin/dciodvfy"))
    OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(runCommand(cli + " phantom --task scoliosis --count 1 --seed 3 --out " +
                     shellQuote(dir.file("x")))
              .status == 0);
  const std::string dcm = firstIn(dir.file("x/dicom"));
  auto r = runCommand(cli + " cobb --json " + shellQuote(dcm) + " --sr " +
                      shellQuote(dir.file("cobb.dcm")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json cobb = json::parse(r.output.substr(r.output.find('{')));
  noDciodvfyErrors(dir.file("cobb.dcm"));
  r = runCommand(cli + " import-sr --json " + shellQuote(dir.file("cobb.dcm")) + " --image " +
                 shellQuote(dcm));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json in = json::parse(r.output);
  CHECK(in["skipped"].empty());
  REQUIRE(in["groups"].size() == 1);
  const json& curves = in["groups"][0]["auto_cobb"];
  REQUIRE(curves.size() == 3);
  CHECK(curves[0]["degrees"].get<double>() ==
        Approx(cobb["cobb"]["principal_deg"].get<double>()).margin(1e-6));
  CHECK(curves[1]["degrees"].get<double>() ==
        Approx(cobb["cobb"]["second_deg"].get<double>()).margin(1e-6));
  CHECK(curves[2]["degrees"].get<double>() ==
        Approx(cobb["cobb"]["third_deg"].get<double>()).margin(1e-6));
  CHECK(curves[0]["upper_end_vertebra"] == cobb["cobb"]["upper_end_vertebra"]);
  CHECK(curves[0]["lower_end_vertebra"] == cobb["cobb"]["lower_end_vertebra"]);
  // The 68 corners come back on the right image.
  REQUIRE(in["measurements"].size() == 1);
  const json& m = in["measurements"][0];
  CHECK(m["kind"] == "spine");
  CHECK(m["instance"] == 1);
  REQUIRE(m["points"].size() == 68);
  for (std::size_t i = 0; i < 68; ++i) {
    CHECK(m["points"][i][0].get<double>() ==
          Approx(cobb["landmarks"][i]["x"].get<double>()).margin(1e-3));
    CHECK(m["points"][i][1].get<double>() ==
          Approx(cobb["landmarks"][i]["y"].get<double>()).margin(1e-3));
  }
  // Not an SR / not DICOM: clear errors.
  r = runCommand(cli + " import-sr " + shellQuote(dcm));
  CHECK(r.status == 1);
  CHECK(r.output.find("not a DICOM Structured Report") != std::string::npos);
  r = runCommand(cli + " cobb " + shellQuote(firstIn(dir.file("x/images"))) + " --sr " +
                 shellQuote(dir.file("png.dcm")));
  CHECK(r.status == 1);
  CHECK(r.output.find("DICOM results need a DICOM source") != std::string::npos);
}

TEST_CASE("gradcam --dicom writes the CAM as a Parametric Map pydicom reads", "[dicom-export]") {
  if (!std::filesystem::exists("/usr/bin/dciodvfy"))
    OSTEON_SKIP("dciodvfy (Debian package dicom3tools) is not installed");
  if (!osteon::test::pythonHas("pydicom")) OSTEON_SKIP("python3 with pydicom is not installed");
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(runCommand(cli + " phantom --task osteoporosis --count 1 --seed 2 --out " +
                     shellQuote(dir.file("x")))
              .status == 0);
  const std::string dcm = firstIn(dir.file("x/dicom"));
  auto r =
      runCommand(cli + " gradcam --model " +
                 shellQuote(osteon::test::sourcePath("resources/models/osteoporosis-demo.osteon")) +
                 " --out " + shellQuote(dir.file("cam")) + " --dicom " +
                 shellQuote(dir.file("cam.dcm")) + " " + shellQuote(dcm));
  INFO(r.output);
  REQUIRE(r.status == 0);
  noDciodvfyErrors(dir.file("cam.dcm"));
  r = runCommand(shellQuote(osteon::test::pythonExe()) + " " +
                 shellQuote(osteon::test::sourcePath("tests/support/dicom_results_probe.py")) +
                 " " + shellQuote(dir.file("cam.dcm")) + " " + shellQuote(dir.file("cam.raw")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  const json p = json::parse(r.output);
  CHECK(p["sop_class"] == "1.2.840.10008.5.1.4.1.1.30");
  const std::vector<double> v = osteon::test::readDoubles(dir.file("cam.raw"));
  REQUIRE(v.size() == p["rows"].get<std::size_t>() * p["columns"].get<std::size_t>());
  double lo = 1e9, hi = -1e9;
  for (double x : v)
    lo = std::min(lo, x), hi = std::max(hi, x);
  // A min-max normalised CAM resampled to the image: within 0..1, spanning most of it.
  CHECK(lo >= 0);
  CHECK(lo < 0.1);
  CHECK(hi <= 1);
  CHECK(hi > 0.9);
  // The source the map references is the input file.
  std::string sop;
  {
    const auto h = runCommand(shellQuote(osteon::test::pythonExe()) + " -c " +
                              shellQuote("import pydicom,sys; print(pydicom.dcmread(sys.argv[1])"
                                         ".SOPInstanceUID)") +
                              " " + shellQuote(dcm));
    sop = h.output.substr(0, h.output.find('\n'));
  }
  CHECK(p["source"] == sop);
}

TEST_CASE("export-sr writes a project's measurements and refuses bad input", "[dicom-export]") {
  osteon::test::TempDir dir;
  const std::string cli = shellQuote(OSTEON_CLI);
  REQUIRE(runCommand(cli + " phantom --task scoliosis --count 1 --seed 4 --out " +
                     shellQuote(dir.file("x")))
              .status == 0);
  const std::string dcm = firstIn(dir.file("x/dicom"));
  const auto uids = runCommand(
      shellQuote(osteon::test::pythonExe()) + " -c " +
      shellQuote("import pydicom,sys; d=pydicom.dcmread(sys.argv[1]); print(d.SeriesInstanceUID)") +
      " " + shellQuote(dcm));
  if (uids.status != 0) OSTEON_SKIP("python3 with pydicom is not installed");
  const std::string series = uids.output.substr(0, uids.output.find('\n'));
  const json project = {{"format", "osteon-annotations"},
                        {"version", 2},
                        {"study_id", "s"},
                        {"landmarks", json::array()},
                        {"grades", json::object()},
                        {"revision", 1},
                        {"next_id", 3},
                        {"measurements",
                         {{{"id", 1},
                           {"kind", "line"},
                           {"series", series},
                           {"instance", 1},
                           {"label", "width"},
                           {"points", {{10, 10}, {110, 10}}}},
                          {{"id", 2},
                           {"kind", "cobb"},
                           {"series", series},
                           {"instance", 1},
                           {"upper", "T4"},
                           {"lower", "T11"},
                           {"points", {{10, 10}, {110, 30}, {10, 400}, {110, 380}}}}}}};
  std::ofstream(dir.file("p.json")) << project.dump();
  auto r = runCommand(cli + " export-sr --annotations " + shellQuote(dir.file("p.json")) +
                      " --image " + shellQuote(dcm) + " --out " + shellQuote(dir.file("r.dcm")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  if (std::filesystem::exists("/usr/bin/dciodvfy")) noDciodvfyErrors(dir.file("r.dcm"));
  r = runCommand(cli + " import-sr --json " + shellQuote(dir.file("r.dcm")) + " --image " +
                 shellQuote(dcm));
  REQUIRE(r.status == 0);
  const json in = json::parse(r.output);
  REQUIRE(in["measurements"].size() == 2);
  CHECK(in["measurements"][0]["kind"] == "line");
  CHECK(in["measurements"][0]["label"] == "width");
  CHECK(in["measurements"][1]["kind"] == "cobb");
  CHECK(in["groups"][0]["unit"] == "mm");
  // Without the source images: nothing can be referenced.
  r = runCommand(cli + " export-sr --annotations " + shellQuote(dir.file("p.json")) + " --image " +
                 shellQuote(dir.file("x/images")) + " --out " + shellQuote(dir.file("r2.dcm")));
  CHECK(r.status == 1);
  CHECK_FALSE(std::filesystem::exists(dir.file("r2.dcm")));
}
