// Plain images and volumes: round trips with geometry (ITK reads what Osteon's own NIfTI and PNG
// writers write), the NIfTI writer against ITK's, and errors.

#include <nifti1.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "core/base/error.h"
#include "core/io/image_file.h"
#include "core/io/itk_module.h"
#include "core/io/open.h"
#include "tests/support/test_support.h"

using namespace osteon;
using image::Image;
using image::PixelType;

namespace {
Image obliqueVolume(PixelType t) {
  Image v(t, {9, 7, 5});
  for (int k = 0; k < 5; ++k)
    for (int j = 0; j < 7; ++j)
      for (int i = 0; i < 9; ++i)
        v.setStored(i, j, k, (i * 7 + j * 3 + k * 11) % 200 - (t == PixelType::Int16 ? 100 : 0));
  const double a = 0.3;
  v.geometry.direction.setColumn(0, {std::cos(a), 0, std::sin(a)});
  v.geometry.direction.setColumn(1, {0, 1, 0});
  v.geometry.direction.setColumn(2, {-std::sin(a), 0, std::cos(a)});
  v.geometry.spacing = {0.8, 0.9, 2.5};
  v.geometry.origin = {10, -20, 30.5};
  return v;
}
}  // namespace

TEST_CASE("NIfTI - NRRD and MetaImage keep pixels and LPS geometry") {
  for (const char* ext : {".nii", ".nii.gz", ".nrrd", ".mha"}) {
    DYNAMIC_SECTION(ext) {
      test::TempDir dir;
      const Image v = obliqueVolume(PixelType::Int16);
      const std::string path = dir.file(std::string("vol") + ext);
      io::writeImageFile(v, path);
      const Image r = io::readImageFile(path);
      REQUIRE(r.dims() == v.dims());
      CHECK(r.pixelType() == PixelType::Int16);
      for (std::size_t i = 0; i < v.voxelCount(); ++i)
        REQUIRE(r.data<std::int16_t>()[i] == v.data<std::int16_t>()[i]);
      for (std::size_t a = 0; a < 3; ++a) {
        CHECK(r.geometry.origin[a] == Approx(v.geometry.origin[a]).margin(1e-4));
        CHECK(r.geometry.spacing[a] == Approx(v.geometry.spacing[a]).margin(1e-5));
        for (int c = 0; c < 3; ++c)
          CHECK(r.geometry.direction(static_cast<int>(a), c) ==
                Approx(v.geometry.direction(static_cast<int>(a), c)).margin(1e-5));
      }
    }
  }
}

TEST_CASE("a non-identity rescale is written as physical float values") {
  test::TempDir dir;
  Image v = obliqueVolume(PixelType::UInt16);
  v.rescale = {0.5, -10};
  io::writeImageFile(v, dir.file("r.nii.gz"));
  const Image r = io::readImageFile(dir.file("r.nii.gz"));
  REQUIRE(r.pixelType() == PixelType::Float32);
  CHECK(r.stored(3, 2, 1) == Approx(v.value(3, 2, 1)));
}

TEST_CASE("PNG round trips 8-bit - 16-bit and RGB slices") {
  test::TempDir dir;
  for (PixelType t : {PixelType::UInt8, PixelType::UInt16, PixelType::RGB8}) {
    Image v(t, {13, 6, 1});
    for (int j = 0; j < 6; ++j)
      for (int i = 0; i < 13; ++i)
        for (int c = 0; c < v.components(); ++c)
          v.setStored(i, j, 0, (i * 19 + j * 7 + c * 50) % 256 * (t == PixelType::UInt16 ? 200 : 1),
                      c);
    const std::string path = dir.file(std::string(image::pixelTypeName(t)) + ".png");
    io::writeImageFile(v, path);
    const Image r = io::readImageFile(path);
    REQUIRE(r.pixelType() == t);
    REQUIRE(r.dims() == v.dims());
    for (std::size_t i = 0; i < v.byteSize(); ++i)
      REQUIRE(r.bytes()[i] == v.bytes()[i]);
  }
}

TEST_CASE("writing and reading errors name the file") {
  test::TempDir dir;
  const Image v = obliqueVolume(PixelType::Int16);
  CHECK_THROWS_WITH(io::writeImageFile(v, dir.file("x.png")),
                    Catch::Contains("x.png") && Catch::Contains("one slice"));
  CHECK_THROWS_WITH(io::writeImageFile(v, dir.file("x.xyz")),
                    Catch::Contains("unknown output format"));
  CHECK_THROWS_WITH(io::readImageFile(dir.file("missing.png")), Catch::Contains("missing.png"));
  {
    std::ofstream bad(dir.file("bad.png"), std::ios::binary);
    bad << "\x89PNG\r\n\x1a\n garbage that is not a png stream";
  }
  CHECK_THROWS_AS(io::readImageFile(dir.file("bad.png")), osteon::Error);
  {
    // Found by the fuzzer: a valid header, then an sCAL chunk that declares 553 MB. libpng would
    // allocate it before noticing the file ends.
    std::ofstream big(dir.file("big-chunk.png"), std::ios::binary);
    const unsigned char bytes[] = {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0,    0,    0,
                                   0x0d, 'I',  'H',  'D',  'R',  0,    0,    1,    0x80, 0,    0,
                                   1,    0x80, 8,    0,    0,    0,    0,    0x81, 0xac, 0xea, 0x63,
                                   0x21, 0,    0,    4,    's',  'C',  'A',  'L',  1,    '1',  0};
    big.write(reinterpret_cast<const char*>(bytes), sizeof bytes);
  }
  CHECK_THROWS_WITH(
      io::readImageFile(dir.file("big-chunk.png")),
      Catch::Contains("big-chunk.png") && Catch::Contains("sCAL") && Catch::Contains("truncated"));
  CHECK_THROWS_AS(io::openImage(dir.file("nothing-here")), osteon::Error);
}

TEST_CASE("real PNG and JPEG files decode as PIL decodes them") {
  const std::string lumbar = test::sharedData("lumbar-mri-png");
  const std::string aasce = test::sharedData("aasce-spine-xray-train/images");
  if (lumbar.empty() || aasce.empty()) OSTEON_SKIP("../shared/data is absent");
  if (!test::pythonHas("PIL") || !test::pythonHas("numpy"))
    OSTEON_SKIP("python3-pil/numpy are not installed");
  std::vector<std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(lumbar))
    if (e.path().extension() == ".png") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  files.resize(std::min<std::size_t>(files.size(), 4));
  std::vector<std::string> jpgs;
  for (const auto& e : std::filesystem::directory_iterator(aasce))
    jpgs.push_back(e.path().string());
  std::sort(jpgs.begin(), jpgs.end());
  files.push_back(jpgs.front());
  files.push_back(jpgs.back());
  test::TempDir dir;
  for (std::size_t n = 0; n < files.size(); ++n) {
    const std::string raw = dir.file(std::to_string(n) + ".raw");
    const std::string py =
        "import numpy as np, sys\nfrom PIL import Image\nim = Image.open(sys.argv[1])\n"
        "im = im.convert('RGB') if im.mode in ('RGBA', 'P') else im\n"
        "im = im.convert('L') if im.mode not in ('L', 'I;16', 'RGB') else im\n"
        "a = np.asarray(im)\nprint(a.shape)\nnp.asarray(a, dtype='<f8').tofile(sys.argv[2])\n";
    const auto res =
        test::runCommand(test::shellQuote(test::pythonExe()) + " -c " + test::shellQuote(py) + " " +
                         test::shellQuote(files[n]) + " " + test::shellQuote(raw));
    REQUIRE(res.status == 0);
    const std::vector<double> ref = test::readDoubles(raw);
    const Image img = io::readImageFile(files[n]);
    INFO(files[n] << " " << res.output);
    REQUIRE(ref.size() == img.voxelCount() * static_cast<std::size_t>(img.components()));
    double maxDiff = 0;
    std::size_t idx = 0;
    for (int j = 0; j < img.height(); ++j)
      for (int i = 0; i < img.width(); ++i)
        for (int c = 0; c < img.components(); ++c)
          maxDiff = std::max(maxDiff, std::fabs(ref[idx++] - img.stored(i, j, 0, c)));
    CHECK(maxDiff == 0);
  }
}

namespace {
nifti_1_header readNiftiHeader(const std::string& path, std::string* voxels) {
  std::ifstream f(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  nifti_1_header h{};
  REQUIRE(bytes.size() >= 352);
  std::memcpy(&h, bytes.data(), sizeof h);
  *voxels = bytes.substr(static_cast<std::size_t>(h.vox_offset));
  return h;
}
}  // namespace

TEST_CASE("the NIfTI writer gives the header ITK's NIfTI writer gives") {
  // Osteon writes .nii without ITK (core/io/nifti_writer.cpp); ITK's writer, through the ITK
  // module, is the reference: the same codes, quaternion, offsets, affine rows and voxels, for
  // an oblique right-handed volume and a left-handed one (qfac -1).
  test::TempDir dir;
  for (bool leftHanded : {false, true}) {
    DYNAMIC_SECTION((leftHanded ? "left-handed" : "right-handed")) {
      Image v = obliqueVolume(PixelType::Int16);
      if (leftHanded)
        v.geometry.direction.setColumn(2, image::scale(v.geometry.direction.column(2), -1));
      const std::string ours = dir.file(leftHanded ? "ours-l.nii" : "ours-r.nii");
      const std::string itk = dir.file(leftHanded ? "itk-l.nii" : "itk-r.nii");
      io::writeImageFile(v, ours);
      const OsteonItkModule& m = io::detail::itkModule("the reference NIfTI writer");
      OsteonItkVolume vol{};
      for (int a = 0; a < 3; ++a) {
        vol.dims[a] = v.dims()[static_cast<std::size_t>(a)];
        vol.origin[a] = v.geometry.origin[static_cast<std::size_t>(a)];
        vol.spacing[a] = v.geometry.spacing[static_cast<std::size_t>(a)];
        for (int b = 0; b < 3; ++b)
          vol.direction[3 * a + b] = v.geometry.direction(a, b);
      }
      vol.pixel = OSTEON_ITK_INT16;
      vol.voxels = const_cast<std::uint8_t*>(v.bytes());
      char error[512] = "";
      REQUIRE(m.write(itk.c_str(), &vol, error, sizeof error) == 0);
      std::string ourVoxels, itkVoxels;
      const nifti_1_header a = readNiftiHeader(ours, &ourVoxels);
      const nifti_1_header b = readNiftiHeader(itk, &itkVoxels);
      CHECK(a.sizeof_hdr == b.sizeof_hdr);
      CHECK(std::string(a.magic, 3) == std::string(b.magic, 3));
      CHECK(a.datatype == b.datatype);
      CHECK(a.bitpix == b.bitpix);
      for (int i = 1; i <= 3; ++i) {
        CHECK(a.dim[i] == b.dim[i]);
        CHECK(a.pixdim[i] == Approx(b.pixdim[i]).margin(1e-6));
      }
      CHECK(a.pixdim[0] == b.pixdim[0]);  // qfac
      CHECK(a.pixdim[0] == (leftHanded ? -1.0f : 1.0f));
      CHECK(a.qform_code == b.qform_code);
      CHECK(a.sform_code == b.sform_code);
      CHECK((a.xyzt_units & 0x07) == (b.xyzt_units & 0x07));  // millimetres
      CHECK(a.quatern_b == Approx(b.quatern_b).margin(1e-5));
      CHECK(a.quatern_c == Approx(b.quatern_c).margin(1e-5));
      CHECK(a.quatern_d == Approx(b.quatern_d).margin(1e-5));
      CHECK(a.qoffset_x == Approx(b.qoffset_x).margin(1e-4));
      CHECK(a.qoffset_y == Approx(b.qoffset_y).margin(1e-4));
      CHECK(a.qoffset_z == Approx(b.qoffset_z).margin(1e-4));
      for (int c = 0; c < 4; ++c) {
        CHECK(a.srow_x[c] == Approx(b.srow_x[c]).margin(1e-4));
        CHECK(a.srow_y[c] == Approx(b.srow_y[c]).margin(1e-4));
        CHECK(a.srow_z[c] == Approx(b.srow_z[c]).margin(1e-4));
      }
      CHECK(ourVoxels == itkVoxels);
      // And ITK reads ours back to the same geometry (the round trip test above covers .nii.gz).
      const Image r = io::readImageFile(ours);
      for (int i = 0; i < 3; ++i)
        for (int c = 0; c < 3; ++c)
          CHECK(r.geometry.direction(i, c) == Approx(v.geometry.direction(i, c)).margin(1e-5));
    }
  }
}

TEST_CASE("NIfTI and PNG writing fail cleanly and leave no partial file") {
  test::TempDir dir;
  const Image v = obliqueVolume(PixelType::Int16);
  const std::string missing = dir.file("no-such-folder/v.nii");
  CHECK_THROWS_WITH(io::writeImageFile(v, missing),
                    Catch::Contains("no-such-folder/v.nii") && Catch::Contains("cannot write"));
  Image slice(PixelType::Float32, {4, 4, 1});
  CHECK_THROWS_WITH(io::writeImageFile(slice, dir.file("f.png")),
                    Catch::Contains("apply a window first"));
  CHECK_FALSE(std::filesystem::exists(dir.file("f.png")));
  CHECK_THROWS_WITH(io::writeImageFile(Image(), dir.file("e.nii")), Catch::Contains("empty"));
  // Sizes come from the PNG header alone.
  Image grey(PixelType::UInt8, {37, 11, 1});
  io::writeImageFile(grey, dir.file("g.png"));
  CHECK(io::readImageSize(dir.file("g.png")) == Image::Dims{37, 11, 1});
  {
    std::ofstream bad(dir.file("bad.png"), std::ios::binary);
    bad << "not a png at all, just text";
  }
  CHECK_THROWS_WITH(io::readImageSize(dir.file("bad.png")), Catch::Contains("bad.png"));
}
