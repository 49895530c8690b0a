// osteon-cli convert against dcm2niix (the converter users compare it with), and the conversion
// path's independence from ITK (issue 16: DICOM to NIfTI or PNG never loads the ITK module).

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "tests/support/test_support.h"

using nlohmann::json;
using osteon::test::runCommand;
using osteon::test::shellQuote;
namespace fs = std::filesystem;

namespace {

std::string cli(const std::string& args) {
  return shellQuote(OSTEON_CLI) + " " + args;
}

bool haveTool(const std::string& tool) {
  return runCommand("command -v " + tool + " >/dev/null 2>&1").status == 0;
}

// One series: converted by osteon-cli and by dcm2niix into `work`, compared by nibabel.
json compareWithDcm2niix(const std::string& series, const std::string& work) {
  fs::create_directories(work);
  auto r =
      runCommand(cli("convert " + shellQuote(series) + " " + shellQuote(work + "/osteon.nii.gz")));
  INFO(r.output);
  REQUIRE(r.status == 0);
  // A folder for dcm2niix: the series' own folder, or the one file copied into one.
  std::string in = series;
  if (fs::is_regular_file(series)) {
    in = work + "/in";
    fs::create_directories(in);
    fs::copy_file(series, in + "/" + fs::path(series).filename().string());
  }
  r = runCommand("dcm2niix -z n -f ref -o " + shellQuote(work) + " " + shellQuote(in));
  INFO(r.output);
  REQUIRE(r.status == 0);
  REQUIRE(fs::exists(work + "/ref.nii"));
  r = runCommand(osteon::test::pythonExe() + " " +
                 shellQuote(osteon::test::sourcePath("tests/support/nifti_compare.py")) + " " +
                 shellQuote(work + "/osteon.nii.gz") + " " + shellQuote(work + "/ref.nii"));
  INFO(r.output);
  REQUIRE(r.status == 0);
  return json::parse(r.output.substr(r.output.find('{')));
}

}  // namespace

TEST_CASE("convert gives dcm2niix's voxels and world geometry") {
  if (!haveTool("dcm2niix")) OSTEON_SKIP("dcm2niix not found (Debian package dcm2niix)");
  if (!osteon::test::pythonHas("nibabel")) OSTEON_SKIP("python3-nibabel not found");
  osteon::test::TempDir dir;
  // DCMTK-written phantom series: sagittal T1, sagittal T2 (both with rows running head to
  // foot) and an axial T2 stack.
  auto r = runCommand(cli("phantom --task geometric --seed 3 --out " + shellQuote(dir.file("ph"))));
  REQUIRE(r.status == 0);
  std::vector<std::string> series;
  for (const auto& e : fs::directory_iterator(dir.file("ph/train_images/1000003")))
    series.push_back(e.path().string());
  REQUIRE(series.size() == 3);
  // Real files: an enhanced multi-frame CT (3 frames), an oblique 1024 x 1024 MR slice with a
  // rescale to float values, a Siemens MR, and a CT slice in lossless JPEG.
  const std::string data = osteon::test::sharedData();
  if (data.empty()) OSTEON_SKIP("../shared/data not found");
  for (const char* f : {"pydicom-data/liver.dcm", "pydicom-data/MR2_UNCI.dcm",
                        "pydicom-data/MR-SIEMENS-DICOM-WithOverlays.dcm",
                        "dicom-transfer-syntaxes/"
                        "CTImage.dcm_JPEGProcess14SV1TransferSyntax_1.2.840.10008.1.2.4.70.dcm"})
    series.push_back((fs::path(data) / f).string());
  int n = 0;
  for (const std::string& s : series) {
    INFO("series " << s);
    const json c = compareWithDcm2niix(s, dir.file("cmp" + std::to_string(++n)));
    INFO(c.dump());
    REQUIRE(c["same_shape"] == true);
    // Voxels: identical integers; rescaled values within float32 rounding.
    CHECK(c["max_voxel_diff"].get<double>() <= 1e-3 + 1e-6 * c["max_abs_value"].get<double>());
    // World geometry: the same affine (voxel axes and origin) within 1e-3 mm.
    CHECK(c["max_affine_diff_mm"].get<double>() <= 1e-3);
    // The qform (a rotation) and sform (the exact affine) agree, both "scanner anatomical".
    CHECK(c["qform_sform_diff_mm"].get<double>() <= 1e-3);
    CHECK(c["codes"] == json::array({1, 1}));
  }
}

TEST_CASE("convert to NIfTI and PNG never loads ITK - the formats that need it say so") {
  osteon::test::TempDir dir;
  // osteon-cli does not link ITK or GDCM (they cost ~45 ms of start-up: core/io/itk_module.h).
  auto r = runCommand("ldd " + shellQuote(OSTEON_CLI));
  REQUIRE(r.status == 0);
  CHECK_THAT(r.output, !Catch::Contains("libITK") && !Catch::Contains("libgdcm"));

  r = runCommand(cli("phantom --task geometric --seed 4 --out " + shellQuote(dir.file("ph"))));
  REQUIRE(r.status == 0);
  const std::string study = shellQuote(dir.file("ph/train_images/1000004"));
  // With the module made unfindable, DICOM still converts to NIfTI and PNG.
  const std::string noModule = "OSTEON_ITK_MODULE=/nonexistent/libosteon_io_itk.so ";
  r = runCommand(noModule + cli("convert " + study + " " + shellQuote(dir.file("v.nii.gz"))));
  INFO(r.output);
  CHECK(r.status == 0);
  r = runCommand(noModule + cli("convert " + study + " " + shellQuote(dir.file("v.nii"))));
  CHECK(r.status == 0);
  r = runCommand(noModule + cli("convert " + study + " " + shellQuote(dir.file("png")) +
                                " --format png --stack 1"));
  CHECK(r.status == 0);
  CHECK(fs::exists(dir.file("png/17.png")));
  // NRRD needs ITK: a clear message naming the file, the module and the way out; no crash.
  r = runCommand(noModule + cli("convert " + study + " " + shellQuote(dir.file("v.nrrd"))));
  CHECK(r.status == 1);
  CHECK_THAT(r.output, Catch::Contains("v.nrrd") && Catch::Contains("needs ITK") &&
                           Catch::Contains("libosteon_io_itk.so") &&
                           Catch::Contains("OSTEON_ITK_MODULE"));
  CHECK_FALSE(fs::exists(dir.file("v.nrrd")));
  // Found where the build (and the package) puts it, it writes NRRD, which reads back as the
  // NIfTI written without it did.
  r = runCommand(cli("convert " + study + " " + shellQuote(dir.file("v.nrrd"))));
  INFO(r.output);
  REQUIRE(r.status == 0);
  r = runCommand(cli("info --json " + shellQuote(dir.file("v.nrrd"))));
  INFO(r.output);
  CHECK(r.status == 0);
  r = runCommand(
      cli("convert " + shellQuote(dir.file("v.nrrd")) + " " + shellQuote(dir.file("back.nii"))));
  CHECK(r.status == 0);
  // The same voxels after the 352-byte header.
  auto voxels = [](const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    return bytes.size() > 352 ? bytes.substr(352) : std::string();
  };
  const std::string a = voxels(dir.file("back.nii")), b = voxels(dir.file("v.nii"));
  CHECK(a.size() == 320u * 320u * 30u * 2u);  // the largest stack: axial T2
  CHECK(a == b);
}

TEST_CASE("convert warns when the slices are not evenly spaced") {
  // pydicom's test CT series: four slices, the first 202.5 mm from the others (1.25 mm apart).
  const std::string ct =
      "/usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests/"
      "77654033/CT2";
  if (!fs::is_directory(ct)) OSTEON_SKIP("python3-pydicom's test files not found");
  osteon::test::TempDir dir;
  const auto r =
      runCommand(cli("convert " + shellQuote(ct) + " " + shellQuote(dir.file("ct.nii"))));
  INFO(r.output);
  CHECK(r.status == 0);
  CHECK_THAT(r.output, Catch::Contains("warning:") &&
                           Catch::Contains("non-uniform slice spacing") &&
                           Catch::Contains("world positions are wrong"));
  // A regular series gives no warning.
  const auto ok =
      runCommand(cli("phantom --task geometric --seed 2 --out " + shellQuote(dir.file("ph"))));
  REQUIRE(ok.status == 0);
  const auto r2 = runCommand(
      cli("convert " + shellQuote(dir.file("ph")) + " " + shellQuote(dir.file("ph.nii"))));
  CHECK(r2.status == 0);
  CHECK_THAT(r2.output, !Catch::Contains("warning"));
}
