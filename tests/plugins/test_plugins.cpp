// The task plugins end to end: phantoms written by Osteon (DICOM through DCMTK) -> loaded by
// core/io -> a plugin with its bundled demo model -> outputs and heatmaps. Plus the crop geometry
// the lumbar plugin shares with its training data, and clear errors on wrong models.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <numeric>

#include "core/ai/lumbar_crops.h"
#include "core/ai/lumbar_series.h"
#include "core/ai/model_package.h"
#include "core/ai/task_input_check.h"
#include "core/annotation/rsna_dataset.h"
#include "core/base/error.h"
#include "core/io/open.h"
#include "core/phantom/lumbar_study.h"
#include "core/phantom/panoramic.h"
#include "core/phantom/spine_xray.h"
#include "plugins/lumbar/lumbar_task.h"
#include "plugins/registry.h"
#include "tests/support/test_support.h"

using namespace osteon;
namespace fs = std::filesystem;

namespace {

bool bundled(const std::string& file) {
  try {
    ai::bundledModelPath(file);
    return true;
  } catch (const Error&) {
    return false;
  }
}

double sum(const std::vector<double>& v) {
  return std::accumulate(v.begin(), v.end(), 0.0);
}

// A lumbar phantom study written as DICOM, read back the way osteon-cli and the viewer read it.
ai::TaskInput lumbarInput(const std::string& root, std::uint32_t seed) {
  phantom::LumbarOptions o;
  o.seed = seed;
  const auto ids = phantom::writeLumbarDataset(root, o, 1);
  const auto data = annotation::RsnaDataset::load(root);
  ai::TaskInput in;
  in.studyId = ids.at(0);
  for (const auto& [series, description] : data.series(in.studyId)) {
    io::OpenedSeries s =
        io::openSeries((fs::path(root) / "train_images" / in.studyId / series).string());
    in.series.push_back({series, description, std::make_shared<image::Image>(std::move(s.volume)),
                         s.instanceNumbers});
  }
  in.coordinates = data.coordinates(in.studyId);
  return in;
}

}  // namespace

TEST_CASE("lumbar crops: instance lookup, centring and physical size") {
  CHECK(ai::lumbar::sliceForInstance({3, 1, 2}, 2, 3) == 2);
  CHECK(ai::lumbar::sliceForInstance({3, 1, 2}, 7, 3) == -1);
  CHECK(ai::lumbar::sliceForInstance({}, 1, 5) == 0);
  CHECK(ai::lumbar::sliceForInstance({}, 6, 5) == -1);

  image::Image img(image::PixelType::UInt16, {200, 100, 2});
  img.geometry.spacing = {0.5, 0.5, 4};
  for (int y = 0; y < 100; ++y)
    for (int x = 0; x < 200; ++x)
      img.setStored(x, y, 1, std::hypot(x - 150.0, y - 40.0) < 4 ? 1000 : 10);
  std::array<double, 4> region{};
  const image::Image c = ai::lumbar::crop(img, 1, 150, 40, 64, &region);
  REQUIRE(c.width() == 64);
  // 40 mm at 0.5 mm/pixel: an 80-pixel square centred on the point.
  CHECK(region[2] - region[0] == Approx(80));
  CHECK((region[0] + region[2]) / 2 == Approx(150));
  CHECK(c.stored(32, 32) == 255);  // the bright dot sits in the middle
  CHECK(c.stored(5, 32) == 0);
  // Beyond the right edge the crop is black, not wrapped or clamped.
  const image::Image edge = ai::lumbar::crop(img, 1, 199, 40, 64);
  CHECK(edge.stored(63, 32) == 0);
  CHECK_THROWS_WITH(ai::lumbar::crop(img, 2, 10, 10), Catch::Contains("outside the series"));
}

TEST_CASE("every plugin declares what it accepts, checked on DCMTK-written phantoms") {
  for (const std::string& name : plugins::taskNames())
    CHECK_FALSE(plugins::makeTask(name)->accepts().expects.empty());
  test::TempDir dir;
  phantom::LumbarOptions lo;
  lo.seed = 31;
  lo.sagittalSize = 128;
  lo.axialSize = 96;
  const auto studies = phantom::writeLumbarDataset(dir.file("rsna"), lo, 1);
  // The study as the CLI opens one path: its largest stack, an MR series.
  ai::TaskInput mr;
  mr.image = std::make_shared<image::Image>(
      io::openImage(dir.file("rsna/train_images/" + studies.front())));
  mr.slice = mr.image->depth() / 2;
  REQUIRE(mr.image->meta.at("modality") == "MR");
  CHECK(mr.image->meta.at("body_part") == "LSPINE");
  const auto osteo = plugins::makeTask("osteoporosis");
  const ai::InputCheck c = ai::checkTaskInput(osteo->name(), osteo->accepts(), mr);
  CHECK_FALSE(c.ok);
  CHECK_THAT(c.reason, Catch::StartsWith("osteoporosis expects one panoramic dental radiograph; "
                                         "this is an MR series ("));
  // A panoramic DICOM (DX, BodyPartExamined JAW) fits osteoporosis, not scoliosis or lumbar.
  phantom::PanoramicOptions po;
  po.seed = 31;
  po.width = 512;
  po.height = 256;
  const auto rel = phantom::writePanoramicDataset(dir.file("pano"), po, 1);
  ai::TaskInput pano;
  pano.image = std::make_shared<image::Image>(io::openImage(
      dir.file("pano/dicom/" + std::filesystem::path(rel.front()).stem().string() + ".dcm")));
  CHECK(pano.image->meta.at("body_part") == "JAW");
  CHECK(ai::checkTaskInput("osteoporosis", osteo->accepts(), pano).ok);
  CHECK_FALSE(ai::checkTaskInput("scoliosis", plugins::makeTask("scoliosis")->accepts(), pano).ok);
  CHECK_FALSE(ai::checkTaskInput("lumbar", plugins::makeTask("lumbar")->accepts(), pano).ok);
}

TEST_CASE("the registry names its tasks and refuses unknown ones and foreign models") {
  CHECK(plugins::taskNames() == std::vector<std::string>{"scoliosis", "lumbar", "osteoporosis"});
  CHECK_THROWS_WITH(plugins::makeTask("knee"), Catch::Contains("unknown task 'knee'"));
  test::TempDir dir;
  {
    std::ofstream f(dir.file("broken.osteon"), std::ios::binary);
    f << "OSTEONMODEL1\n\x05";
  }
  auto lumbar = plugins::makeTask("lumbar");
  CHECK_THROWS_AS(lumbar->load(dir.file("broken.osteon")), Error);
  CHECK_FALSE(lumbar->loaded());
  CHECK_THROWS_WITH(lumbar->load(dir.file("absent.osteon")), Catch::Contains("absent.osteon"));
  if (!bundled("osteoporosis-demo.osteon")) OSTEON_SKIP("the bundled demo models are missing");
  // The osteoporosis model is not a lumbar model: the message says whose it is.
  CHECK_THROWS_WITH(lumbar->load(ai::bundledModelPath("osteoporosis-demo.osteon")),
                    Catch::Contains("'osteoporosis' task"));
  ai::TaskInput none;
  auto osteo = plugins::makeTask("osteoporosis");
  osteo->load("");
  CHECK_THROWS_WITH(osteo->run(none), Catch::Contains("open an image first"));
}

TEST_CASE("osteoporosis plugin: demo model on DCMTK-written panoramic phantoms") {
  if (!bundled("osteoporosis-demo.osteon")) OSTEON_SKIP("the bundled demo models are missing");
  test::TempDir dir;
  phantom::PanoramicOptions o;
  o.seed = 9100;
  o.width = 512;
  o.height = 256;
  phantom::writePanoramicDataset(dir.path(), o, 4);
  auto task = plugins::makeTask("osteoporosis");
  task->load("");
  int right = 0;
  for (const auto& e : fs::directory_iterator(dir.file("dicom"))) {
    ai::TaskInput in;
    in.image = std::make_shared<image::Image>(io::openImage(e.path().string()));
    const ai::TaskResult r = task->run(in);
    REQUIRE(r.outputs.size() == 1);
    CHECK(r.demo);
    CHECK(sum(r.outputs[0].probabilities) == Approx(1).epsilon(1e-5));
    const bool sick = e.path().filename().string().find("osteoporosis") != std::string::npos;
    right += (r.classNames[static_cast<std::size_t>(r.outputs[0].best())].find("osteoporosis") !=
              std::string::npos) == sick;
    const ai::TaskExplanation x = task->explain(in, 0, 1, "gradcam", "");
    CHECK(x.heatmap.width() == in.image->width());
    CHECK(x.heatmap.height() == in.image->height());
  }
  CHECK(right >= 3);
}

TEST_CASE("lumbar plugin: 25 graded targets, priors without coordinates, crop heatmaps") {
  if (!bundled("lumbar-demo.osteon")) OSTEON_SKIP("the bundled demo models are missing");
  test::TempDir dir;
  ai::TaskInput in = lumbarInput(dir.path(), 6100);
  REQUIRE(in.series.size() == 3);
  REQUIRE(in.coordinates.size() == 25);
  // Drop one coordinate: that target keeps the model's prior and says why.
  in.coordinates.erase(std::remove_if(in.coordinates.begin(), in.coordinates.end(),
                                      [](const annotation::RsnaCoordinate& c) {
                                        return c.condition == 0 && c.level == 3;
                                      }),
                       in.coordinates.end());
  auto task = plugins::makeTask("lumbar");
  task->load("");
  {
    // With the bundled level localiser (the default), the missing point is placed and graded.
    const ai::TaskResult placed = task->run(in);
    REQUIRE(placed.outputs.size() == 25);
    CHECK(placed.outputs[3].measured);
    REQUIRE(placed.placedCoordinates.size() == 1);
    CHECK(placed.placedCoordinates[0].condition == 0);
    CHECK(placed.placedCoordinates[0].level == 3);
  }
  // Without a localiser the target keeps the model's prior and says why.
  plugins::setLumbarLocaliser(*task, "none");
  const ai::TaskResult r = task->run(in);
  REQUIRE(r.outputs.size() == 25);
  CHECK(r.placedCoordinates.empty());
  CHECK(r.demo);
  for (const auto& o : r.outputs)
    CHECK(sum(o.probabilities) == Approx(1).epsilon(1e-5));
  CHECK_FALSE(r.outputs[3].measured);
  CHECK_THAT(r.outputs[3].note, Catch::Contains("L4/L5"));
  CHECK(r.outputs[3].name == "spinal_canal_stenosis_l4_l5");
  CHECK(r.outputs[4].measured);
  CHECK_THAT(r.summary(), Catch::Contains("1 without a coordinate"));

  const auto rows = plugins::submissionRows(r, in.studyId);
  REQUIRE(rows.size() == 25);
  CHECK(rows[0].rfind(in.studyId + "_spinal_canal_stenosis_l1_l2,", 0) == 0);

  // The heatmap of a target lies inside its crop on the series it was read on.
  const ai::TaskExplanation x = task->explain(in, 2, 2, "gradcam", "");
  REQUIRE(x.seriesIndex >= 0);
  CHECK(in.series[static_cast<std::size_t>(x.seriesIndex)].description == "Sagittal T2/STIR");
  double inside = 0, outside = 0;
  for (int y = 0; y < x.heatmap.height(); ++y)
    for (int xx = 0; xx < x.heatmap.width(); ++xx) {
      const double v =
          x.heatmap.data<float>()[static_cast<std::size_t>(y * x.heatmap.width() + xx)];
      const double cx = xx + 0.5, cy = y + 0.5;  // pixel centres, as the plugin pastes
      const bool in =
          cx >= x.region[0] && cx < x.region[2] && cy >= x.region[1] && cy < x.region[3];
      (in ? inside : outside) += v;
    }
  CHECK(inside > 0);
  CHECK(outside == 0);
  CHECK_THROWS_WITH(task->explain(in, 3, 0, "gradcam", ""), Catch::Contains("no coordinate"));
}

namespace {
// A series of `depth` 32 x 32 slices whose slice normal is `normal` (row direction chosen
// perpendicular to it), in frame of reference `frame`.
ai::TaskSeries syntheticSeries(const std::string& id, const std::string& description, int depth,
                               image::Vec3 normal, const std::string& frame = "1.2.3") {
  ai::TaskSeries s;
  s.seriesId = id;
  s.description = description;
  auto v =
      std::make_shared<image::Image>(image::PixelType::UInt16, image::Image::Dims{32, 32, depth});
  normal = image::normalized(normal);
  const image::Vec3 helper =
      std::fabs(normal[2]) < 0.9 ? image::Vec3{0, 0, 1} : image::Vec3{0, 1, 0};
  const image::Vec3 row = image::normalized(image::cross(helper, normal));
  const image::Vec3 col = image::cross(normal, row);
  v->geometry.direction.setColumn(0, row);
  v->geometry.direction.setColumn(1, col);
  v->geometry.direction.setColumn(2, normal);
  v->meta["has_geometry"] = "1";
  v->meta["frame_of_reference_uid"] = frame;
  s.volume = v;
  return s;
}
}  // namespace

TEST_CASE("lumbar series checks say which series cannot be used to place levels, and why") {
  namespace lumbar = ai::lumbar;
  const image::Vec3 lr{1, 0, 0}, si{0, 0, 1};
  std::vector<ai::TaskSeries> good{syntheticSeries("1", "Sagittal T1", 15, lr),
                                   syntheticSeries("2", "Sagittal T2/STIR", 15, lr),
                                   syntheticSeries("3", "Axial T2", 40, si)};
  auto check = lumbar::checkStudySeries(good);
  for (int c = 0; c < 5; ++c) {
    INFO("condition " << c);
    CHECK(check.problemFor(c).empty());
    CHECK(check.note(c).empty());
  }
  CHECK(check.roles[lumbar::RoleSagittalT1].index == 0);
  CHECK(check.roles[lumbar::RoleAxialT2].index == 2);
  // Scanner descriptions are recognised too.
  {
    auto scanner = good;
    scanner[0].description = "SAG T1 FSE";
    scanner[1].description = "STIR SAG";
    scanner[2].description = "AX T2 FRFSE";
    const auto c2 = lumbar::checkStudySeries(scanner);
    for (int r = 0; r < lumbar::kSeriesRoles; ++r)
      CHECK(c2.roles[static_cast<std::size_t>(r)].index == r);
  }
  // No Sagittal T1: the foramina, and only they, say so.
  {
    auto s = good;
    s.erase(s.begin());
    const auto c = lumbar::checkStudySeries(s);
    CHECK(c.note(1) == "no Sagittal T1 series: left neural foraminal narrowing not measured");
    CHECK(c.note(2) == "no Sagittal T1 series: right neural foraminal narrowing not measured");
    CHECK(c.problemFor(0).empty());
    CHECK(c.problemFor(3).empty());
  }
  // Unreadable: the loader's reason is kept; a readable series with the same role wins.
  {
    auto s = good;
    s[1].volume.reset();
    s[1].problem = "no DICOM images found";
    const auto c = lumbar::checkStudySeries(s);
    CHECK(c.problemFor(0) == "Sagittal T2/STIR series 2: no DICOM images found");
    s.push_back(syntheticSeries("9", "Sagittal T2/STIR", 15, lr));
    CHECK(lumbar::checkStudySeries(s).problemFor(0).empty());
  }
  // Too few slices, no geometry, tilted, sheared.
  {
    auto s = good;
    s[0] = syntheticSeries("1", "Sagittal T1", 3, lr);
    CHECK_THAT(lumbar::checkStudySeries(s).problemFor(1),
               Catch::Contains("Sagittal T1 series 1 has 3 slices (at least 5"));
    s = good;
    std::const_pointer_cast<image::Image>(s[2].volume)->meta["has_geometry"] = "0";
    CHECK_THAT(lumbar::checkStudySeries(s).problemFor(3),
               Catch::Contains("has no patient geometry"));
    s = good;
    s[1] = syntheticSeries("2", "Sagittal T2/STIR", 15, {0.5, 0.8660254, 0});
    CHECK_THAT(lumbar::checkStudySeries(s).problemFor(0),
               Catch::Contains("is tilted 60 degrees out of the sagittal plane"));
    s[1] = syntheticSeries("2", "Sagittal T2/STIR", 15, {0.8660254, 0.5, 0});  // 30: still sagittal
    CHECK(lumbar::checkStudySeries(s).problemFor(0).empty());
    std::const_pointer_cast<image::Image>(s[1].volume)->meta["stack_warnings"] =
        "slices are not stacked along the normal (tilt or shear)";
    CHECK_THAT(lumbar::checkStudySeries(s).problemFor(0), Catch::Contains("sheared"));
  }
  // The axial stack in another frame of reference than the sagittal series.
  {
    auto s = good;
    s[2] = syntheticSeries("3", "Axial T2", 40, si, "9.9.9");
    const auto c = lumbar::checkStudySeries(s);
    CHECK_THAT(c.problemFor(3), Catch::Contains("Axial T2 series 3 is in another frame of "
                                                "reference than Sagittal T2/STIR series 2"));
    CHECK(c.problemFor(4) == c.problemFor(3));
    CHECK(c.problemFor(0).empty());
    CHECK(c.problemFor(1).empty());
  }
}

TEST_CASE("lumbar plugin: a point outside its image is not graded, and a failed study's priors") {
  if (!bundled("lumbar-demo.osteon")) OSTEON_SKIP("the bundled demo models are missing");
  test::TempDir dir;
  ai::TaskInput in = lumbarInput(dir.path(), 6110);
  REQUIRE(in.coordinates.size() == 25);
  for (auto& c : in.coordinates)
    if (c.condition == 0 && c.level == 1) c.x = -40;
  auto task = plugins::makeTask("lumbar");
  task->load("");
  const ai::TaskResult r = task->run(in);
  CHECK_FALSE(r.outputs[1].measured);
  CHECK_THAT(r.outputs[1].note, Catch::Contains("the coordinate (-40.0, ") &&
                                    Catch::Contains("lies outside series") &&
                                    Catch::Contains("spinal canal stenosis at L2/L3 not measured"));
  CHECK(r.outputs[0].measured);
  // The priors of a study that could not be graded at all: 25 rows, not measured, one reason.
  const ai::TaskResult p = plugins::lumbarPriorResult(*task, "no study folder");
  REQUIRE(p.outputs.size() == 25);
  for (const auto& o : p.outputs) {
    CHECK_FALSE(o.measured);
    CHECK(o.note == "the study could not be graded: no study folder");
    CHECK(o.probabilities == r.outputs[1].probabilities);  // the same training prior
    CHECK(sum(o.probabilities) == Approx(1).epsilon(1e-9));
  }
  CHECK(plugins::submissionRows(p, "42").size() == 25);
  auto other = plugins::makeTask("osteoporosis");
  CHECK_THROWS(plugins::lumbarPriorResult(*other, "x"));
}

TEST_CASE("scoliosis plugin: 7 ALS probabilities and a heatmap on a DX phantom") {
  if (!bundled("scoliosis-als-demo.osteon")) OSTEON_SKIP("the bundled demo models are missing");
  test::TempDir dir;
  phantom::SpineXrayOptions o;
  o.seed = 9300;
  o.width = 300;
  o.height = 750;
  phantom::writeSpineXrayDataset(dir.path(), o, 1);
  std::string dcm;
  for (const auto& e : fs::directory_iterator(dir.file("dicom")))
    dcm = e.path().string();
  REQUIRE(!dcm.empty());
  auto task = plugins::makeTask("scoliosis");
  task->load("");
  CHECK(task->classNames().size() == 7);
  ai::TaskInput in;
  in.image = std::make_shared<image::Image>(io::openImage(dcm));
  const ai::TaskResult r = task->run(in);
  REQUIRE(r.outputs.size() == 1);
  CHECK(r.outputs[0].probabilities.size() == 7);
  CHECK(sum(r.outputs[0].probabilities) == Approx(1).epsilon(1e-5));
  CHECK(r.demo);
  const ai::TaskExplanation x = task->explain(in, 0, r.outputs[0].best(), "layercam", "");
  CHECK(x.heatmap.width() == 300);
  CHECK(x.heatmap.height() == 750);
}
