// Grouping patient > study > series > stack, and splitting of inconsistent series.

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "tests/core/io/fixtures.h"
#include "tests/support/test_support.h"

using namespace osteon;
using test::FixtureSpec;

namespace {
void writeSlice(const std::string& path, FixtureSpec s, std::uint16_t value) {
  test::saveWords(
      s, std::vector<std::uint16_t>(static_cast<std::size_t>(s.rows * s.columns), value), path);
}
const io::DicomSeries& onlySeries(const io::ScanResult& r) {
  REQUIRE(r.patients.size() == 1);
  REQUIRE(r.patients[0].studies.size() == 1);
  REQUIRE(r.patients[0].studies[0].series.size() == 1);
  return r.patients[0].studies[0].series[0];
}
}  // namespace

TEST_CASE("patients - studies and series are grouped and series sorted by number") {
  test::TempDir dir;
  FixtureSpec a;
  a.patientId = "A";
  FixtureSpec b = a;
  b.seriesUid = "1.2.3.2", b.seriesNumber = 2;
  FixtureSpec c = a;
  c.seriesUid = "1.2.3.3", c.seriesNumber = 1;
  FixtureSpec d = a;
  d.patientId = "B", d.studyUid = "1.2.3.9", d.seriesUid = "1.2.3.10";
  std::filesystem::create_directories(dir.file("x/y"));
  writeSlice(dir.file("a.dcm"), a, 1);
  writeSlice(dir.file("x/b.dcm"), b, 2);
  writeSlice(dir.file("x/y/c.dcm"), c, 3);
  writeSlice(dir.file("x/y/d.dcm"), d, 4);
  const io::ScanResult r = io::scanDicom({dir.path()});
  CHECK(r.filesVisited == 4);
  REQUIRE(r.patients.size() == 2);
  const auto& pa = r.patients[0].id == "A" ? r.patients[0] : r.patients[1];
  REQUIRE(pa.studies.size() == 1);
  REQUIRE(pa.studies[0].series.size() == 3);
  CHECK(pa.studies[0].series[0].number <= pa.studies[0].series[1].number);
  CHECK(pa.studies[0].series[1].number <= pa.studies[0].series[2].number);
  CHECK(r.instanceCount() == 4);
  CHECK(r.seriesCount() == 4);
}

TEST_CASE("a series with two orientations or two sizes splits into stacks") {
  test::TempDir dir;
  FixtureSpec s;
  for (int k = 0; k < 3; ++k) {
    s.instanceNumber = k + 1, s.z = k * 2.0;
    writeSlice(dir.file("ax" + std::to_string(k) + ".dcm"), s, 10);
  }
  FixtureSpec sag = s;
  sag.iop = "0\\1\\0\\0\\0\\-1";
  for (int k = 0; k < 2; ++k) {
    sag.instanceNumber = 10 + k, sag.ipp = std::to_string(k * 3) + "\\0\\0";
    writeSlice(dir.file("sag" + std::to_string(k) + ".dcm"), sag, 20);
  }
  FixtureSpec big = s;
  big.rows = 8, big.columns = 8, big.instanceNumber = 20, big.z = 0;
  writeSlice(dir.file("big.dcm"), big, 30);
  const io::ScanResult r = io::scanDicom({dir.path()});
  const auto& series = onlySeries(r);
  REQUIRE(series.stacks.size() == 3);
  std::vector<std::size_t> sizes;
  for (const auto& st : series.stacks)
    sizes.push_back(st.slices.size());
  std::sort(sizes.begin(), sizes.end());
  CHECK(sizes == std::vector<std::size_t>{1, 2, 3});
  for (const auto& st : series.stacks)
    CHECK_NOTHROW(io::loadStack(series, st));
}

TEST_CASE("slices repeating a position split into separate stacks with a warning") {
  test::TempDir dir;
  FixtureSpec s;
  for (int rep = 0; rep < 2; ++rep)
    for (int k = 0; k < 3; ++k) {
      s.instanceNumber = rep * 10 + k + 1, s.z = k * 5.0;
      writeSlice(dir.file(std::to_string(rep) + "_" + std::to_string(k) + ".dcm"), s,
                 static_cast<std::uint16_t>(rep + 1));
    }
  const auto r = io::scanDicom({dir.path()});
  const auto& series = onlySeries(r);
  REQUIRE(series.stacks.size() == 2);
  for (const auto& st : series.stacks) {
    CHECK(st.slices.size() == 3);
    CHECK(st.geometry.spacing[2] == Approx(5));
    REQUIRE_FALSE(st.warnings.empty());
    CHECK_THAT(st.warnings[0], Catch::Contains("repeated positions"));
  }
}

TEST_CASE("non-uniform slice spacing is reported") {
  test::TempDir dir;
  FixtureSpec s;
  const double zs[] = {0, 3, 6, 12};
  for (int k = 0; k < 4; ++k) {
    s.instanceNumber = k + 1, s.z = zs[k];
    writeSlice(dir.file(std::to_string(k) + ".dcm"), s, 1);
  }
  const auto r = io::scanDicom({dir.path()});
  const auto& st = onlySeries(r).stacks.at(0);
  CHECK(st.geometry.spacing[2] == Approx(3));
  REQUIRE_FALSE(st.warnings.empty());
  CHECK_THAT(st.warnings[0], Catch::Contains("non-uniform"));
}

TEST_CASE("files that are not DICOM are skipped and the rest loads") {
  test::TempDir dir;
  FixtureSpec s;
  writeSlice(dir.file("good.dcm"), s, 7);
  std::ofstream(dir.file("notes.txt")) << "not a dicom file\n";
  std::ofstream(dir.file("empty.dcm"));
  const auto r = io::scanDicom({dir.path()});
  CHECK(r.skipped.size() == 2);
  CHECK(r.errors.empty());
  const auto& series = onlySeries(r);
  CHECK(io::loadStack(series, series.stacks.at(0)).stored(0, 0) == 7);
}

TEST_CASE("a DICOMDIR lists the same images as scanning its folder") {
  const std::string root = "/usr/lib/python3/dist-packages/pydicom/data/test_files/dicomdirtests";
  if (!std::filesystem::exists(root + "/DICOMDIR"))
    OSTEON_SKIP("python3-pydicom's DICOMDIR test files are not installed");
  const auto viaDir = io::scanDicom({root + "/DICOMDIR"});
  CHECK(viaDir.errors.empty());
  CHECK(viaDir.instanceCount() > 0);
  std::size_t folderImages = 0;
  for (const auto& sub : {"77654033", "98892001", "98892003"})
    folderImages += io::scanDicom({root + "/" + sub}).instanceCount();
  CHECK(viaDir.instanceCount() == folderImages);
  CHECK_THROWS_AS(io::dicomdirFiles(root + "/77654033"), osteon::Error);
}
