// Osteon against an independent reader: pydicom (python3-pydicom) reads the same files, and
// headers, geometry and every stored pixel value must agree. Covers files Osteon writes and the
// real public files in ../shared/data.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/phantom/geometric_study.h"
#include "tests/support/test_support.h"

using namespace osteon;
using nlohmann::json;

namespace {

struct Probe {
  std::vector<json> records;
  std::unique_ptr<test::PydicomProbe> raw;
  std::string rawPath(std::size_t i) const { return raw->rawPath(i); }
};

// Runs pydicom over files; returns one JSON record per file (pixels in rawPath(index)).
std::unique_ptr<Probe> probe(const std::vector<std::string>& files) {
  auto p = std::make_unique<Probe>();
  p->raw = test::runPydicomProbe(files);
  for (const auto& r : p->raw->records)
    p->records.push_back(json::parse(r));
  REQUIRE(p->records.size() == files.size());
  return p;
}

struct Comparison {
  double maxDiff = 0;
  std::size_t compared = 0;
};

// Compares each frame Osteon loaded for `path` with pydicom's stored values (rescaled when the
// Osteon volume holds physical values).
Comparison compareFile(const io::DicomSeries& se, const io::DicomStack& st, const image::Image& img,
                       const json& rec, const std::string& raw) {
  Comparison c;
  const std::vector<double> ref = test::readDoubles(raw);
  const int rows = rec["rows"], cols = rec["columns"];
  const std::size_t frame = static_cast<std::size_t>(rows) * static_cast<std::size_t>(cols);
  const bool color = img.pixelType() == image::PixelType::RGB8;
  const std::size_t perFrame = frame * (color ? 3 : 1);
  const bool physical = img.pixelType() == image::PixelType::Float32 &&
                        !(rec["slope"] == 1.0 && rec["intercept"] == 0.0);
  for (std::size_t k = 0; k < st.slices.size(); ++k) {
    if (se.instances[st.slices[k].instance].path != rec["path"].get<std::string>()) continue;
    const std::size_t f = static_cast<std::size_t>(st.slices[k].frame);
    REQUIRE(ref.size() >= (f + 1) * perFrame);
    for (int j = 0; j < rows; ++j)
      for (int i = 0; i < cols; ++i)
        for (int ch = 0; ch < (color ? 3 : 1); ++ch) {
          double r = ref[f * perFrame +
                         (static_cast<std::size_t>(j) * static_cast<std::size_t>(cols) +
                          static_cast<std::size_t>(i)) *
                             (color ? 3 : 1) +
                         static_cast<std::size_t>(ch)];
          if (physical) r = r * rec["slope"].get<double>() + rec["intercept"].get<double>();
          // Colour loads as 8 bits a sample: 16-bit RGB is scaled to 0..255 (DCMTK rounds).
          if (color && rec["bits_allocated"].get<int>() == 16) r = std::floor(r * 255.0 / 65535.0);
          const double o = img.stored(i, j, static_cast<int>(k), ch);
          c.maxDiff = std::max(c.maxDiff, std::fabs(r - o));
          ++c.compared;
        }
  }
  return c;
}

}  // namespace

TEST_CASE(
    "pydicom reads every file of a phantom study and agrees with Osteon's geometry and pixels") {
  if (!test::pythonHas("pydicom") || !test::pythonHas("numpy"))
    OSTEON_SKIP("python3-pydicom/numpy are not installed");
  test::TempDir out;
  phantom::GeometricStudyOptions opt;
  opt.sagittalSize = 96, opt.axialSize = 80, opt.sagittalSlices = 5, opt.axialSlices = 6;
  phantom::writeGeometricStudy(out.path(), opt);
  const io::ScanResult scan = io::scanDicom({out.path()});
  REQUIRE(scan.errors.empty());
  REQUIRE(scan.seriesCount() == 3);
  std::vector<std::string> files;
  for (const auto& se : scan.patients[0].studies[0].series)
    for (const auto& in : se.instances)
      files.push_back(in.path);
  const auto p = probe(files);
  std::map<std::string, std::size_t> byPath;
  for (std::size_t i = 0; i < files.size(); ++i)
    byPath[files[i]] = i;
  for (const auto& se : scan.patients[0].studies[0].series) {
    const auto& st = se.stacks.at(0);
    const image::Image img = io::loadStack(se, st);
    for (std::size_t k = 0; k < st.slices.size(); ++k) {
      const std::size_t idx = byPath.at(se.instances[st.slices[k].instance].path);
      const json& rec = p->records[idx];
      REQUIRE(rec["pixels"] == true);
      // Position of slice k as Osteon computes it == ImagePositionPatient as pydicom reads it.
      const image::Vec3 pos = img.geometry.indexToPatient({0, 0, static_cast<double>(k)});
      for (std::size_t a = 0; a < 3; ++a)
        CHECK(rec["ipp"][a].get<double>() == Approx(pos[a]).margin(1e-6));
      for (int a = 0; a < 3; ++a) {
        CHECK(rec["iop"][static_cast<std::size_t>(a)].get<double>() ==
              Approx(img.geometry.direction(a, 0)).margin(1e-9));
        CHECK(rec["iop"][static_cast<std::size_t>(a + 3)].get<double>() ==
              Approx(img.geometry.direction(a, 1)).margin(1e-9));
      }
      CHECK(rec["pixel_spacing"][0].get<double>() == Approx(img.geometry.spacing[1]));
      CHECK(rec["pixel_spacing"][1].get<double>() == Approx(img.geometry.spacing[0]));
      const Comparison c = compareFile(se, st, img, rec, p->rawPath(idx));
      CHECK(c.compared == img.sliceVoxels());
      CHECK(c.maxDiff == 0);
    }
  }
}

TEST_CASE(
    "every real DICOM file in ../shared/data loads or fails with a reason - and agrees with "
    "pydicom") {
  const std::string a = test::sharedData("dicom-transfer-syntaxes");
  const std::string b = test::sharedData("pydicom-data");
  if (a.empty() || b.empty()) OSTEON_SKIP("../shared/data is absent");
  if (!test::pythonHas("pydicom") || !test::pythonHas("numpy"))
    OSTEON_SKIP("python3-pydicom/numpy are not installed");

  // Files that cannot be decoded here, with the reason Osteon must give.
  const std::map<std::string, std::string> expectedFailures = {
      {"no-pixel-data.dcm", "no image"},         // no Rows/Columns: skipped as non-image
      {"JLSL_08_07_0_1F.dcm", "cannot decode"},  // JPEG-LS, 7 of 8 bits: DCMTK and GDCM refuse
      {"emri_small_jpeg_2k_lossless_too_short.dcm", "cannot decode"},  // truncated JPEG 2000 stream
      {"liver_j2k.dcm", "1-bit"},                                      // compressed 1-bit data
      {"liver_rle.dcm", "1-bit"},
  };
  // Lossy syntaxes: Osteon's and pydicom's decoders may round differently.
  const std::set<std::string> lossy = {"1.2.840.10008.1.2.4.50", "1.2.840.10008.1.2.4.51",
                                       "1.2.840.10008.1.2.4.53", "1.2.840.10008.1.2.4.55",
                                       "1.2.840.10008.1.2.4.81", "1.2.840.10008.1.2.4.91"};
  std::vector<std::string> files;
  for (const std::string& d : {a, b})
    for (const auto& e : std::filesystem::directory_iterator(d))
      if (e.path().filename() != "LICENSE") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  const auto p = probe(files);

  std::size_t loaded = 0, comparedFiles = 0;
  for (std::size_t n = 0; n < files.size(); ++n) {
    const std::string name = std::filesystem::path(files[n]).filename().string();
    const json& rec = p->records[n];
    INFO(name);
    const io::ScanResult scan = io::scanDicom({files[n]});
    std::string failure;
    for (const auto& e : scan.errors)
      failure += e.message;
    std::vector<std::pair<const io::DicomSeries*, const io::DicomStack*>> stacks;
    for (const auto& pt : scan.patients)
      for (const auto& st : pt.studies)
        for (const auto& se : st.series)
          for (const auto& sk : se.stacks)
            stacks.push_back({&se, &sk});
    if (stacks.empty() && failure.empty()) failure = "no image";
    for (const auto& [se, sk] : stacks) {
      image::Image img;
      try {
        img = io::loadStack(*se, *sk);
      } catch (const osteon::Error& e) {
        failure = e.what();
        CHECK_THAT(failure, Catch::Contains(name));
        continue;
      }
      ++loaded;
      CHECK(img.width() == rec["columns"].get<int>());
      CHECK(img.height() == rec["rows"].get<int>());
      const std::string photometric = rec["photometric"];
      // pydicom leaves YBR and palette data unconverted; compare grey and native RGB only.
      const bool comparable =
          rec["pixels"] == true &&
          (img.pixelType() != image::PixelType::RGB8 || photometric == "RGB") &&
          !(img.pixelType() == image::PixelType::RGB8 && lossy.count(rec["transfer_syntax"]));
      if (!comparable) continue;
      const Comparison c = compareFile(*se, *sk, img, rec, p->rawPath(n));
      ++comparedFiles;
      INFO("max difference " << c.maxDiff << " over " << c.compared << " values");
      CHECK(c.compared == img.voxelCount() * static_cast<std::size_t>(img.components()));
      if (lossy.count(rec["transfer_syntax"]))
        CHECK(c.maxDiff <= 8);
      else
        CHECK(c.maxDiff == 0);
    }
    const auto exp = expectedFailures.find(name);
    if (exp != expectedFailures.end()) {
      CHECK_THAT(failure, Catch::Contains(exp->second));
    } else {
      CHECK(failure.empty());
    }
  }
  WARN("loaded " << loaded << " stacks from " << files.size() << " files; " << comparedFiles
                 << " compared pixel for pixel with pydicom");
  CHECK(loaded >= 35);
  CHECK(comparedFiles >= 15);
}
