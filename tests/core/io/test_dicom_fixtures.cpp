// Bit layouts, photometrics and multi-frame objects written with DCMTK directly.

#include <cmath>

#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "tests/core/io/fixtures.h"
#include "tests/support/test_support.h"

using namespace osteon;
using image::Image;
using image::PixelType;
using test::FixtureSpec;

namespace {
Image loadOnly(const std::string& path) {
  return io::loadDicomFile(path);
}
}  // namespace

TEST_CASE("BitsStored 12 with HighBit 11 masks garbage in the unused high bits") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 1, s.columns = 4, s.bitsStored = 12, s.highBit = 11;
  test::saveWords(s, {0xF123, 0x0FFF, 0xA000, 0x0001}, dir.file("a.dcm"));
  const Image img = loadOnly(dir.file("a.dcm"));
  REQUIRE(img.pixelType() == PixelType::UInt16);
  CHECK(img.stored(0, 0) == 0x123);
  CHECK(img.stored(1, 0) == 0xFFF);
  CHECK(img.stored(2, 0) == 0);
  CHECK(img.stored(3, 0) == 1);
}

TEST_CASE("HighBit 15 with BitsStored 12 takes the upper bits") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 1, s.columns = 2, s.bitsStored = 12, s.highBit = 15;
  test::saveWords(s, {0xFFF0, 0x0010}, dir.file("a.dcm"));
  const Image img = loadOnly(dir.file("a.dcm"));
  CHECK(img.stored(0, 0) == 0xFFF);
  CHECK(img.stored(1, 0) == 1);
}

TEST_CASE("signed 12-bit pixels are sign-extended from bit 11") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 1, s.columns = 4, s.bitsStored = 12, s.highBit = 11, s.pixelRepresentation = 1;
  test::saveWords(s, {0x0FFF, 0x0800, 0x07FF, 0xF005}, dir.file("a.dcm"));
  const Image img = loadOnly(dir.file("a.dcm"));
  REQUIRE(img.pixelType() == PixelType::Int16);
  CHECK(img.stored(0, 0) == -1);
  CHECK(img.stored(1, 0) == -2048);
  CHECK(img.stored(2, 0) == 2047);
  CHECK(img.stored(3, 0) == 5);
}

TEST_CASE("signed 8-bit pixels load as int16") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 1, s.columns = 3, s.bitsAllocated = 8, s.bitsStored = 8, s.highBit = 7,
  s.pixelRepresentation = 1;
  test::saveBytes(s, {0x80, 0xFF, 0x7F, 0x00}, dir.file("a.dcm"));
  const Image img = loadOnly(dir.file("a.dcm"));
  REQUIRE(img.pixelType() == PixelType::Int16);
  CHECK(img.stored(0, 0) == -128);
  CHECK(img.stored(1, 0) == -1);
  CHECK(img.stored(2, 0) == 127);
}

TEST_CASE("32-bit integer pixels load as float32") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 1, s.columns = 2, s.bitsAllocated = 32, s.bitsStored = 32, s.highBit = 31;
  // Two 32-bit values as four 16-bit little-endian words.
  test::saveWords(s, {0x0001, 0x0001, 0xFFFF, 0x0000}, dir.file("a.dcm"));
  const Image img = loadOnly(dir.file("a.dcm"));
  REQUIRE(img.pixelType() == PixelType::Float32);
  CHECK(img.stored(0, 0) == 65537);
  CHECK(img.stored(1, 0) == 65535);
}

TEST_CASE("YBR_FULL is converted to RGB") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 1, s.columns = 2, s.bitsAllocated = 8, s.bitsStored = 8, s.highBit = 7;
  s.samplesPerPixel = 3;
  s.photometric = "YBR_FULL";
  // Y Cb Cr: a mid grey and a saturated red (255, 0, 0) = (76, 85, 255).
  test::saveBytes(s, {128, 128, 128, 76, 85, 255}, dir.file("a.dcm"));
  const Image img = loadOnly(dir.file("a.dcm"));
  REQUIRE(img.pixelType() == PixelType::RGB8);
  for (int c = 0; c < 3; ++c)
    CHECK(std::abs(img.stored(0, 0, 0, c) - 128) <= 1);
  CHECK(img.stored(1, 0, 0, 0) >= 253);
  CHECK(img.stored(1, 0, 0, 1) <= 2);
  CHECK(img.stored(1, 0, 0, 2) <= 2);
}

TEST_CASE("a classic multi-frame object loads its frames in order") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 2, s.columns = 2, s.frames = 3, s.geometry = false;
  test::saveWords(s, {1, 2, 3, 4, 10, 20, 30, 40, 100, 200, 300, 400}, dir.file("mf.dcm"));
  const Image img = loadOnly(dir.file("mf.dcm"));
  REQUIRE(img.depth() == 3);
  CHECK(img.stored(1, 1, 0) == 4);
  CHECK(img.stored(0, 1, 2) == 300);
}

TEST_CASE("an enhanced multi-frame object is sorted by per-frame plane positions") {
  test::TempDir dir;
  DcmFileFormat ff;
  FixtureSpec s;
  s.rows = 2, s.columns = 2, s.frames = 3, s.geometry = false, s.pixelSpacing = "";
  DcmDataset* ds = ff.getDataset();
  test::fillHeader(ds, s);
  ds->putAndInsertString(DCM_SOPClassUID, UID_EnhancedMRImageStorage);
  DcmItem* shared = nullptr;
  REQUIRE(ds->findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0).good());
  DcmItem* item = nullptr;
  REQUIRE(shared->findOrCreateSequenceItem(DCM_PlaneOrientationSequence, item, 0).good());
  item->putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
  REQUIRE(shared->findOrCreateSequenceItem(DCM_PixelMeasuresSequence, item, 0).good());
  item->putAndInsertString(DCM_PixelSpacing, "0.8\\0.9");
  item->putAndInsertString(DCM_SliceThickness, "2");
  // Frames stored at z = 10, 4, 7 (out of order); frame 2 has its own rescale.
  const double zs[3] = {10, 4, 7};
  for (int f = 0; f < 3; ++f) {
    DcmItem* frame = nullptr;
    REQUIRE(ds->findOrCreateSequenceItem(DCM_PerFrameFunctionalGroupsSequence, frame, f).good());
    REQUIRE(frame->findOrCreateSequenceItem(DCM_PlanePositionSequence, item, 0).good());
    item->putAndInsertString(DCM_ImagePositionPatient, ("5\\6\\" + std::to_string(zs[f])).c_str());
    REQUIRE(frame->findOrCreateSequenceItem(DCM_PixelValueTransformationSequence, item, 0).good());
    item->putAndInsertString(DCM_RescaleSlope, f == 2 ? "2" : "1");
    item->putAndInsertString(DCM_RescaleIntercept, "0");
  }
  const std::vector<Uint16> words = {1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3};
  ds->putAndInsertUint16Array(DCM_PixelData, words.data(),
                              static_cast<unsigned long>(words.size()));
  test::saveDataset(ff, dir.file("enh.dcm"));

  const io::ScanResult scan = io::scanDicom({dir.file("enh.dcm")});
  REQUIRE(scan.errors.empty());
  const auto& series = scan.patients.at(0).studies.at(0).series.at(0);
  REQUIRE(series.stacks.size() == 1);
  const auto& stack = series.stacks[0];
  REQUIRE(stack.slices.size() == 3);
  CHECK(stack.slices[0].frame == 1);  // z = 4
  CHECK(stack.slices[1].frame == 2);  // z = 7
  CHECK(stack.slices[2].frame == 0);  // z = 10
  CHECK(stack.hasGeometry);
  CHECK(stack.geometry.spacing[2] == Approx(3));
  CHECK(stack.geometry.spacing[0] == Approx(0.9));
  CHECK(stack.geometry.origin[2] == Approx(4));
  const Image img = io::loadStack(series, stack);
  // Per-frame rescales differ: the volume holds physical values.
  REQUIRE(img.pixelType() == PixelType::Float32);
  CHECK(img.stored(0, 0, 0) == 2);
  CHECK(img.stored(0, 0, 1) == 6);
  CHECK(img.stored(0, 0, 2) == 1);
}

TEST_CASE("1-bit frames are unpacked even when they do not start on a byte") {
  test::TempDir dir;
  FixtureSpec s;
  s.rows = 3, s.columns = 3, s.frames = 2, s.bitsAllocated = 1, s.bitsStored = 1, s.highBit = 0;
  s.geometry = false;
  // 18 bits, LSB first: frame 0 = diagonal (bits 0, 4, 8), frame 1 = first row (bits 9, 10, 11).
  const std::uint32_t bits =
      (1u << 0) | (1u << 4) | (1u << 8) | (1u << 9) | (1u << 10) | (1u << 11);
  test::saveBytes(
      s,
      {static_cast<std::uint8_t>(bits & 0xFF), static_cast<std::uint8_t>((bits >> 8) & 0xFF),
       static_cast<std::uint8_t>((bits >> 16) & 0xFF), 0},
      dir.file("bits.dcm"));
  const Image img = loadOnly(dir.file("bits.dcm"));
  REQUIRE(img.depth() == 2);
  for (int j = 0; j < 3; ++j)
    for (int i = 0; i < 3; ++i) {
      CHECK(img.stored(i, j, 0) == (i == j ? 1 : 0));
      CHECK(img.stored(i, j, 1) == (j == 0 ? 1 : 0));
    }
}
