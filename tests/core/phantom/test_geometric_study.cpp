#include <cmath>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/image/reslice.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/phantom/geometric_study.h"
#include "tests/support/test_support.h"

using namespace osteon;

namespace {
phantom::GeometricStudyOptions small() {
  phantom::GeometricStudyOptions o;
  o.sagittalSize = 128, o.sagittalSlices = 9, o.axialSize = 96, o.axialSlices = 12;
  return o;
}
std::string slurp(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
}  // namespace

TEST_CASE("the same seed writes the same files - another seed does not") {
  test::TempDir a, b, c;
  auto o = small();
  const std::string da = phantom::writeGeometricStudy(a.path(), o);
  const std::string db = phantom::writeGeometricStudy(b.path(), o);
  o.seed = 2;
  phantom::writeGeometricStudy(c.path(), o);
  std::size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(da)) {
    if (!e.is_regular_file()) continue;
    ++files;
    const auto rel = std::filesystem::relative(e.path(), da);
    REQUIRE(slurp(e.path().string()) == slurp((std::filesystem::path(db) / rel).string()));
  }
  CHECK(files == 9 + 9 + 12);
  CHECK(slurp(a.file("train_series_descriptions.csv")) !=
        slurp(c.file("train_series_descriptions.csv")));
}

TEST_CASE(
    "the three series share a frame of reference and see the same anatomy at the same point") {
  test::TempDir dir;
  phantom::writeGeometricStudy(dir.path(), small());
  const auto scan = io::scanDicom({dir.path()});
  REQUIRE(scan.errors.empty());
  const auto& series = scan.patients.at(0).studies.at(0).series;
  REQUIRE(series.size() == 3);
  CHECK(series[0].description == "Sagittal T1");
  CHECK(series[1].description == "Sagittal T2/STIR");
  CHECK(series[2].description == "Axial T2");
  const std::string forUid = series[0].instances[0].frameOfReferenceUid;
  for (const auto& se : series)
    CHECK(se.instances[0].frameOfReferenceUid == forUid);

  const image::Image sagT2 = io::loadStack(series[1], series[1].stacks[0]);
  const image::Image axT2 = io::loadStack(series[2], series[2].stacks[0]);
  CHECK(image::acquisitionPlane(sagT2.geometry) == image::Plane::Sagittal);
  CHECK(image::acquisitionPlane(axT2.geometry) == image::Plane::Axial);
  // CSF ring of the canal (x = 0, y = 28 + 8.5) is bright on T2 in both series; the vertebral
  // body at the same level (z = -80, inside the axial slab) is darker.
  auto sample = [](const image::Image& img, const image::Vec3& p) {
    const image::Vec3 idx = img.geometry.patientToIndex(p);
    const int i = static_cast<int>(std::lround(idx[0])), j = static_cast<int>(std::lround(idx[1])),
              k = static_cast<int>(std::lround(idx[2]));
    REQUIRE(img.contains(i, j, k));
    return img.value(i, j, k);
  };
  const image::Vec3 csf{0, 36.5, -80};
  const image::Vec3 body{0, 0, -80};
  CHECK(sample(sagT2, csf) > 800);
  CHECK(sample(axT2, csf) > 800);
  CHECK(sample(sagT2, body) < 600);
  CHECK(sample(axT2, body) < 600);
}

TEST_CASE("the series descriptions CSV has the RSNA layout") {
  test::TempDir dir;
  phantom::writeGeometricStudy(dir.path(), small());
  std::ifstream in(dir.file("train_series_descriptions.csv"));
  std::string header, line;
  std::getline(in, header);
  CHECK(header == "study_id,series_id,series_description");
  int rows = 0;
  while (std::getline(in, line)) {
    ++rows;
    const auto first = line.find(','), second = line.find(',', first + 1);
    REQUIRE(second != std::string::npos);
    const std::string study = line.substr(0, first),
                      seriesId = line.substr(first + 1, second - first - 1);
    CHECK(std::filesystem::is_directory(dir.file("train_images/" + study + "/" + seriesId)));
    CHECK(std::filesystem::exists(dir.file("train_images/" + study + "/" + seriesId + "/1.dcm")));
  }
  CHECK(rows == 3);
}
