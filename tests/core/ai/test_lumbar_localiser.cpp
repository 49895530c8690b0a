// core/ai lumbar level localiser: heatmap peak decoding, the sagittal -> axial projection through
// DICOM patient coordinates on a DCMTK-written phantom, the network's shapes and its package.

#include <cmath>
#include <filesystem>

#include "core/ai/lumbar_crops.h"
#include "core/ai/lumbar_localiser.h"
#include "core/ai/model_package.h"
#include "core/annotation/rsna.h"
#include "core/base/error.h"
#include "core/io/dicom_writer.h"
#include "core/io/open.h"
#include "core/phantom/lumbar_study.h"
#include "tests/core/ai/ai_test_support.h"
#include "tests/support/test_support.h"

using namespace osteon;
namespace loc = ai::lumbar;
namespace rsna = annotation::rsna;

TEST_CASE("localiser: the heatmap peak is found over slices and refined to sub-pixel") {
  // A Gaussian at (x 20.3, y 10.6) on slice 3 (value 0.9) and a weaker one on slice 1.
  torch::Tensor maps = torch::zeros({5, 32, 40});
  auto gauss = [&](int k, double cx, double cy, double a) {
    for (int y = 0; y < 32; ++y)
      for (int x = 0; x < 40; ++x)
        maps[k][y][x] += static_cast<float>(
            a * std::exp(-((x - cx) * (x - cx) + (y - cy) * (y - cy)) / (2 * 1.5 * 1.5)));
  };
  gauss(3, 20.3, 10.6, 0.9);
  gauss(1, 5.0, 25.0, 0.5);
  const loc::Peak p = loc::decodePeak(maps);
  CHECK(p.slice == 3);
  CHECK(p.hx == Approx(20.3).margin(0.15));
  CHECK(p.hy == Approx(10.6).margin(0.15));
  CHECK(p.value == Approx(0.9 * std::exp(-(0.3 * 0.3 + 0.4 * 0.4) / 4.5)).margin(0.01));
  // Heatmap <-> pixel mapping is an exact round trip.
  CHECK(loc::fromHeatmap(loc::toHeatmap(123.4, 384, 128), 384, 128) == Approx(123.4));
  CHECK_THROWS_AS(loc::decodePeak(torch::zeros({4, 4})), Error);
}

TEST_CASE(
    "localiser: sagittal canal points projected through patient coordinates land on the "
    "axial slice and place of the level (DCMTK-written phantom)") {
  phantom::LumbarOptions o;
  o.seed = 21;
  o.sagittalSize = 192;
  o.axialSize = 160;
  o.sagittalSlices = 13;
  o.poseJitter = 20;  // shifted and tilted: the projection must follow the geometry
  const phantom::LumbarStudy st = phantom::makeLumbarStudy(o);
  test::TempDir dir;
  std::vector<image::Image> vols;
  std::vector<std::vector<int>> instances;
  for (std::size_t s = 0; s < st.series.size(); ++s) {
    const std::string d = dir.file("s" + std::to_string(s));
    io::DicomWriteInfo info = st.series[s].info;
    io::writeDicomSeries(st.series[s].volume, d, info);
    io::OpenedSeries os = io::openSeries(d);
    instances.push_back(os.instanceNumbers);
    vols.push_back(std::move(os.volume));
  }
  const image::Image &sag = vols[1], &ax = vols[2];
  int checked = 0;
  for (int l = 0; l < 5; ++l) {
    const phantom::LumbarCoordinate *canal = nullptr, *left = nullptr, *right = nullptr;
    for (const auto& c : st.coordinates)
      if (c.level == l) {
        if (c.condition == rsna::SpinalCanal) canal = &c;
        if (c.condition == rsna::LeftSubarticular) left = &c;
        if (c.condition == rsna::RightSubarticular) right = &c;
      }
    REQUIRE(canal);
    REQUIRE(left);
    REQUIRE(right);
    const int k = loc::sliceForInstance(instances[1], canal->instanceNumber, sag.depth());
    REQUIRE(k >= 0);
    const image::Vec3 idx = loc::projectPoint(sag, canal->x, canal->y, k, ax);
    // The phantom labels the recesses on the axial slice through the disc centre, as the canal
    // point: the projected slice is that instance (the canal point is off its slice centre by
    // less than half a sagittal slice, 2 mm, which is half an axial slice at most).
    const int axialSlice = loc::sliceForInstance(instances[2], left->instanceNumber, ax.depth());
    CHECK(std::abs(idx[2] - axialSlice) <= 0.6);
    // In plane: midway between the left and right recess points in x (patient left-right), and
    // 3 mm anterior... posterior offsets aside, within 4 mm in y.
    const double sx = ax.geometry.spacing[0], sy = ax.geometry.spacing[1];
    CHECK(std::abs(idx[0] - 0.5 * (left->x + right->x)) * sx < 2.5);
    CHECK(std::abs(idx[1] - 0.5 * (left->y + right->y)) * sy < 4.5);
    ++checked;
  }
  CHECK(checked == 5);
  // A point projected back comes home.
  const image::Vec3 there = loc::projectPoint(sag, 50.0, 60.0, 4, ax);
  const image::Vec3 back = ax.geometry.patientToIndex(ax.geometry.indexToPatient(there));
  CHECK(back[0] == Approx(there[0]));
  const image::Vec3 home = sag.geometry.patientToIndex(ax.geometry.indexToPatient(there));
  CHECK(home[0] == Approx(50.0).margin(1e-6));
  CHECK(home[1] == Approx(60.0).margin(1e-6));
  CHECK(home[2] == Approx(4.0).margin(1e-6));
}

TEST_CASE("localiser: network shapes, package round trip and refusal of other models") {
  torch::manual_seed(1);
  auto net = std::dynamic_pointer_cast<loc::LocaliserNet>(
      ai::makeNetwork(loc::kLocaliserArchitecture, 12, 64, 64));
  REQUIRE(net);
  net->eval();
  torch::NoGradGuard ng;
  const torch::Tensor x = torch::rand({2, 3, 64, 64});
  CHECK(net->forwardHead(loc::SagittalT2, x).sizes() == torch::IntArrayRef({2, 5, 32, 32}));
  CHECK(net->forwardHead(loc::SagittalT1, x).sizes() == torch::IntArrayRef({2, 5, 32, 32}));
  CHECK(net->forwardHead(loc::AxialT2, x).sizes() == torch::IntArrayRef({2, 2, 32, 32}));
  CHECK_THROWS_AS(net->forwardHead(3, x), Error);
  CHECK_THROWS_AS(loc::LocaliserNet(60, 8), Error);  // not a multiple of 16

  ai::ModelInfo info;
  info.task = loc::kLocaliserTask;
  info.architecture = loc::kLocaliserArchitecture;
  info.classNames = loc::localiserChannelNames();
  info.inputSize = 64;
  test::TempDir dir;
  ai::saveModel(dir.file("loc.osteon"), info, *net);
  const loc::LumbarLocaliser loaded(dir.file("loc.osteon"));
  CHECK(torch::allclose(loaded.net().forwardHead(loc::AxialT2, x),
                        net->forwardHead(loc::AxialT2, x)));
  // A classifier package is not a localiser.
  ai::ModelInfo other;
  other.task = "lumbar";
  other.architecture = "cnn5";
  other.classNames = {"a", "b", "c"};
  other.inputSize = 64;
  auto cnn = ai::makeNetwork("cnn5", 3, 64, 64);
  ai::saveModel(dir.file("cnn.osteon"), other, *cnn);
  CHECK_THROWS_WITH(loc::LumbarLocaliser(dir.file("cnn.osteon")),
                    Catch::Contains("not a lumbar level localiser"));
  // Channels: both foramina of a level share a channel; every condition has one.
  CHECK(loc::channelOf(rsna::LeftForaminal, 2).channel ==
        loc::channelOf(rsna::RightForaminal, 2).channel);
  CHECK(loc::channelOf(rsna::LeftSubarticular, 4).head == loc::AxialT2);
}
