#include <cstdint>

#include "core/base/error.h"
#include "core/image/image.h"
#include "tests/support/test_support.h"

using namespace osteon::image;

TEST_CASE("an image allocates zeroed pixels of its type") {
  Image img(PixelType::Int16, {4, 3, 2});
  CHECK(img.voxelCount() == 24);
  CHECK(img.byteSize() == 48);
  for (std::size_t i = 0; i < img.voxelCount(); ++i)
    CHECK(img.data<std::int16_t>()[i] == 0);
  img.setStored(3, 2, 1, -1234);
  CHECK(img.stored(3, 2, 1) == -1234);
  CHECK(img.data<std::int16_t>()[img.offset(3, 2, 1)] == -1234);
  CHECK(img.offset(3, 2, 1) == 23);
}

TEST_CASE("large images - mapped rather than allocated - are zeroed - movable and freed") {
  // 2 MiB and more come from mmap with huge-page advice (core/image/image.cpp).
  for (int round = 0; round < 3; ++round) {
    Image img(PixelType::Float32, {1024, 1024, 3});  // 12 MiB
    const float* p = img.data<float>();
    bool zero = true;
    for (std::size_t i = 0; i < img.voxelCount(); ++i)
      zero = zero && p[i] == 0.0f;
    CHECK(zero);
    img.setStored(1023, 1023, 2, 7.5);
    Image moved = std::move(img);
    CHECK(img.empty());
    CHECK(moved.stored(1023, 1023, 2) == 7.5);
    Image copy = moved.clone();
    CHECK(copy.stored(1023, 1023, 2) == 7.5);
    moved = Image(PixelType::UInt8, {8, 8, 1});  // the mapping is released, a small one taken
    CHECK(moved.byteSize() == 64);
  }
}

TEST_CASE("value applies the rescale - stored does not") {
  Image img(PixelType::UInt16, {2, 2, 1});
  img.setStored(1, 0, 0, 1000);
  img.rescale = {2.5, -1024};
  CHECK(img.stored(1, 0) == 1000);
  CHECK(img.value(1, 0) == Approx(1000 * 2.5 - 1024));
  const auto [lo, hi] = valueRange(img);
  CHECK(lo == Approx(-1024));
  CHECK(hi == Approx(1476));
}

TEST_CASE("RGB images store three interleaved components") {
  Image img(PixelType::RGB8, {2, 1, 1});
  img.setStored(1, 0, 0, 200, 0);
  img.setStored(1, 0, 0, 100, 1);
  img.setStored(1, 0, 0, 50, 2);
  CHECK(img.bytes()[3] == 200);
  CHECK(img.bytes()[4] == 100);
  CHECK(img.bytes()[5] == 50);
  CHECK(img.value(1, 0) == Approx(0.299 * 200 + 0.587 * 100 + 0.114 * 50));
}

TEST_CASE("absurd and empty sizes are refused before allocation") {
  CHECK_THROWS_AS(Image(PixelType::UInt8, {0, 10, 1}), osteon::Error);
  CHECK_THROWS_AS(Image(PixelType::UInt8, {-5, 10, 1}), osteon::Error);
  CHECK_THROWS_WITH(Image(PixelType::UInt16, {100000, 100000, 1000}),
                    Catch::Contains("exceeds the limit"));
  const std::size_t old = maxVoxels();
  setMaxVoxels(100);
  CHECK_THROWS_AS(Image(PixelType::UInt8, {11, 10, 1}), osteon::Error);
  CHECK_NOTHROW(Image(PixelType::UInt8, {10, 10, 1}));
  setMaxVoxels(old);
}

TEST_CASE("clone copies pixels and metadata - toFloat applies the rescale") {
  Image img(PixelType::Int16, {3, 1, 1});
  img.setStored(0, 0, 0, -5);
  img.setStored(2, 0, 0, 7);
  img.rescale = {0.5, 10};
  img.meta["modality"] = "CT";
  img.geometry.origin = {1, 2, 3};
  Image c = img.clone();
  CHECK(c.stored(2, 0) == 7);
  CHECK(c.meta.at("modality") == "CT");
  CHECK(c.geometry.origin[2] == 3);
  c.setStored(2, 0, 0, 9);
  CHECK(img.stored(2, 0) == 7);
  Image f = toFloat(img);
  CHECK(f.pixelType() == PixelType::Float32);
  CHECK(f.stored(0, 0) == Approx(7.5));
  CHECK(f.stored(2, 0) == Approx(13.5));
  CHECK(f.rescale.isIdentity());
}
