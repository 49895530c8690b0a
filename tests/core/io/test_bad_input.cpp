// Bad input: every broken file gives an error naming the file and the problem, memory stays
// bounded, and the rest of the folder still loads.

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/dicom_writer.h"
#include "tests/core/io/fixtures.h"
#include "tests/support/test_support.h"

using namespace osteon;
using test::FixtureSpec;

namespace {

std::string findError(const io::ScanResult& r, const std::string& name) {
  for (const auto& e : r.errors)
    if (std::filesystem::path(e.path).filename() == name) return e.message;
  return "";
}

std::vector<char> readAll(const std::string& p) {
  std::ifstream in(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void writeAll(const std::string& p, const std::vector<char>& d) {
  std::ofstream out(p, std::ios::binary);
  out.write(d.data(), static_cast<std::streamsize>(d.size()));
}

void goodSlice(const std::string& path, FixtureSpec s = {}) {
  s.rows = 64, s.columns = 64;
  test::saveWords(s, std::vector<std::uint16_t>(64 * 64, 123), path);
}

}  // namespace

TEST_CASE("a file truncated inside its pixel data fails to load with its name - the folder loads") {
  test::TempDir dir;
  FixtureSpec s;
  s.seriesUid = "1.2.3.100";
  goodSlice(dir.file("cut.dcm"), s);
  auto bytes = readAll(dir.file("cut.dcm"));
  bytes.resize(bytes.size() - 3000);
  writeAll(dir.file("cut.dcm"), bytes);
  FixtureSpec other;
  other.seriesUid = "1.2.3.200";
  goodSlice(dir.file("ok.dcm"), other);

  const auto r = io::scanDicom({dir.path()});
  // The header is intact: the damage shows at load time, with the file named.
  bool loadedGood = false, failedCut = false;
  for (const auto& se : r.patients.at(0).studies.at(0).series) {
    for (const auto& st : se.stacks) {
      try {
        const auto img = io::loadStack(se, st);
        loadedGood = img.stored(5, 5) == 123;
      } catch (const osteon::Error& e) {
        failedCut = std::string(e.what()).find("cut.dcm") != std::string::npos;
        INFO(e.what());
        CHECK_THAT(std::string(e.what()),
                   Catch::Contains("truncated") || Catch::Contains("cannot read"));
      }
    }
  }
  CHECK(loadedGood);
  CHECK(failedCut);
}

TEST_CASE("a file truncated inside its header is listed as an error") {
  test::TempDir dir;
  goodSlice(dir.file("head.dcm"));
  auto bytes = readAll(dir.file("head.dcm"));
  bytes.resize(300);
  writeAll(dir.file("head.dcm"), bytes);
  const auto r = io::scanDicom({dir.path()});
  const std::string msg = findError(r, "head.dcm");
  INFO("errors: " << r.errors.size() << " skipped: " << r.skipped.size() << " message: " << msg);
  // 300 bytes end inside the file meta information: refused with a reason, nothing loaded.
  CHECK(r.errors.size() == 1);
  CHECK_FALSE(msg.empty());
  CHECK(r.skipped.empty());
  CHECK(r.instanceCount() == 0);
}

TEST_CASE("a wrong value length is an error - not a crash or a huge allocation") {
  test::TempDir dir;
  goodSlice(dir.file("len.dcm"));
  auto bytes = readAll(dir.file("len.dcm"));
  // Find PatientName (0010,0010) "PN" and claim a 0xFFF0-byte value.
  const char tag[] = {0x10, 0x00, 0x10, 0x00, 'P', 'N'};
  auto it = std::search(bytes.begin(), bytes.end(), std::begin(tag), std::end(tag));
  REQUIRE(it != bytes.end());
  it[6] = static_cast<char>(0xF0);
  it[7] = static_cast<char>(0xFF);
  writeAll(dir.file("len.dcm"), bytes);
  const auto r = io::scanDicom({dir.path()});
  if (r.instanceCount() == 1) {
    // DCMTK may read on; loading must then fail cleanly or give an image of the right size.
    const auto& se = r.patients.at(0).studies.at(0).series.at(0);
    try {
      const auto img = io::loadStack(se, se.stacks.at(0));
      CHECK(img.width() == 64);
    } catch (const osteon::Error& e) {
      CHECK_THAT(std::string(e.what()), Catch::Contains("len.dcm"));
    }
  } else {
    CHECK_FALSE(findError(r, "len.dcm").empty());
  }
}

TEST_CASE("missing pixel data is reported at load") {
  test::TempDir dir;
  DcmFileFormat ff;
  FixtureSpec s;
  test::fillHeader(ff.getDataset(), s);
  test::saveDataset(ff, dir.file("nopix.dcm"));
  CHECK_THROWS_WITH(io::loadDicomFile(dir.file("nopix.dcm")),
                    Catch::Contains("nopix.dcm") && Catch::Contains("no pixel data"));
}

TEST_CASE("pixel data shorter than the header claims is reported") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 512, s.columns = 512;
  test::saveWords(s, std::vector<std::uint16_t>(10, 1), dir.file("short.dcm"));
  CHECK_THROWS_WITH(
      io::loadDicomFile(dir.file("short.dcm")),
      Catch::Contains("short.dcm") && (Catch::Contains("truncated") || Catch::Contains("smaller")));
}

TEST_CASE("zero and negative pixel spacing are refused with the file named") {
  test::TempDir dir;
  FixtureSpec s;
  s.pixelSpacing = "0\\0.5";
  goodSlice(dir.file("zero.dcm"), s);
  s.pixelSpacing = "-1\\-1";
  s.instanceNumber = 2;
  goodSlice(dir.file("neg.dcm"), s);
  const auto r = io::scanDicom({dir.path()});
  CHECK_THAT(findError(r, "zero.dcm"), Catch::Contains("PixelSpacing"));
  CHECK_THAT(findError(r, "neg.dcm"), Catch::Contains("not positive"));
}

TEST_CASE("a header claiming 10^9 frames is refused before any allocation") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 512, s.columns = 512, s.frames = 1000000000;
  test::saveWords(s, std::vector<std::uint16_t>(512 * 512, 1), dir.file("huge.dcm"));
  FixtureSpec ok;
  ok.seriesUid = "1.2.3.4.5";
  goodSlice(dir.file("fine.dcm"), ok);
  const auto r = io::scanDicom({dir.path()});
  CHECK_THAT(findError(r, "huge.dcm"), Catch::Contains("more than the limit"));
  REQUIRE(r.instanceCount() == 1);
  const auto& se = r.patients.at(0).studies.at(0).series.at(0);
  CHECK(io::loadStack(se, se.stacks.at(0)).stored(1, 1) == 123);
}

TEST_CASE("unsupported layouts are refused with the reason") {
  test::TempDir dir;
  FixtureSpec s;
  s.bitsAllocated = 12, s.bitsStored = 12, s.highBit = 11;
  goodSlice(dir.file("b12.dcm"), s);
  FixtureSpec t;
  t.bitsStored = 20;
  t.instanceNumber = 2;
  goodSlice(dir.file("b20.dcm"), t);
  const auto r = io::scanDicom({dir.path()});
  CHECK_THAT(findError(r, "b12.dcm"), Catch::Contains("BitsAllocated 12"));
  CHECK_THAT(findError(r, "b20.dcm"), Catch::Contains("BitsStored 20"));
}

TEST_CASE("random bytes behind a DICOM preamble never crash the scanner or loader") {
  test::TempDir dir;
  std::mt19937 rng(1234);
  std::vector<char> valid;
  goodSlice(dir.file("seed.dcm"));
  valid = readAll(dir.file("seed.dcm"));
  for (int n = 0; n < 60; ++n) {
    std::vector<char> d = valid;
    if (n % 2 == 0) {
      // Pure noise after the preamble.
      d.resize(132 + rng() % 4000);
      for (std::size_t i = 132; i < d.size(); ++i)
        d[i] = static_cast<char>(rng());
    } else {
      // A valid file with a few bytes flipped in the header.
      for (int f = 0; f < 4; ++f)
        d[132 + rng() % 400] = static_cast<char>(rng());
    }
    writeAll(dir.file("fuzz" + std::to_string(n) + ".dcm"), d);
  }
  std::filesystem::remove(dir.file("seed.dcm"));
  const auto r = io::scanDicom({dir.path()});
  CHECK(r.filesVisited == 60);
  for (const auto& p : r.patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        for (const auto& sk : se.stacks) {
          try {
            (void)io::loadStack(se, sk);
          } catch (const osteon::Error&) {
          }
        }
  for (const auto& e : r.errors)
    CHECK_FALSE(e.message.empty());
}

TEST_CASE("a missing path is an error - not an exception") {
  const auto r = io::scanDicom({"/nonexistent/osteon/path"});
  REQUIRE(r.errors.size() == 1);
  CHECK_THAT(r.errors[0].message, Catch::Contains("no such file"));
}
