// The three labelled phantoms: files in the layouts users know, readable by pydicom with the
// geometry Osteon reports, and labels that agree with the drawn anatomy.

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "core/annotation/cobb.h"
#include "core/annotation/rsna.h"
#include "core/io/dicom_loader.h"
#include "core/io/dicom_scan.h"
#include "core/io/image_file.h"
#include "core/phantom/lumbar_study.h"
#include "core/phantom/panoramic.h"
#include "core/phantom/spine_xray.h"
#include "tests/support/test_support.h"

using namespace osteon;
namespace fs = std::filesystem;
namespace rsna = annotation::rsna;
using nlohmann::json;

namespace {

std::vector<std::vector<std::string>> readCsv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cells;
    std::string cell;
    std::stringstream ss(line);
    while (std::getline(ss, cell, ','))
      cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

phantom::LumbarOptions smallLumbar(std::uint32_t seed) {
  phantom::LumbarOptions o;
  o.seed = seed;
  o.sagittalSize = 192;
  o.sagittalSlices = 15;
  o.axialSize = 160;
  return o;
}

// Mean of a square window of slice k around (x, y).
double windowMean(const image::Image& img, double x, double y, int k, int half) {
  double s = 0;
  int n = 0;
  for (int j = static_cast<int>(y) - half; j <= static_cast<int>(y) + half; ++j)
    for (int i = static_cast<int>(x) - half; i <= static_cast<int>(x) + half; ++i)
      if (img.contains(i, j, k)) s += img.value(i, j, k), ++n;
  return n ? s / n : 0;
}

// Pixels above a threshold in a window: the bright CSF or fat that a narrowing removes.
int brightPixels(const image::Image& img, double x, double y, int k, int half, double threshold) {
  int n = 0;
  for (int j = static_cast<int>(y) - half; j <= static_cast<int>(y) + half; ++j)
    for (int i = static_cast<int>(x) - half; i <= static_cast<int>(x) + half; ++i)
      if (img.contains(i, j, k) && img.value(i, j, k) > threshold) ++n;
  return n;
}

}  // namespace

TEST_CASE("the lumbar phantom writes the Kaggle RSNA layout with consistent CSVs") {
  test::TempDir dir;
  const auto ids = phantom::writeLumbarDataset(dir.path(), smallLumbar(5), 2);
  REQUIRE(ids.size() == 2);
  const auto train = readCsv(dir.file("train.csv"));
  REQUIRE(train.size() == 3);
  REQUIRE(train[0].size() == 26);
  CHECK(train[0][0] == "study_id");
  CHECK(train[0][1] == "spinal_canal_stenosis_l1_l2");
  CHECK(train[0][25] == "right_subarticular_stenosis_l5_s1");
  const std::set<std::string> grades = {"Normal/Mild", "Moderate", "Severe"};
  for (std::size_t r = 1; r < train.size(); ++r)
    for (std::size_t c = 1; c < 26; ++c)
      CHECK(grades.count(train[r][c]) == 1);

  const auto series = readCsv(dir.file("train_series_descriptions.csv"));
  REQUIRE(series.size() == 7);
  CHECK(series[0] == std::vector<std::string>{"study_id", "series_id", "series_description"});
  std::map<std::string, std::string> description;
  for (std::size_t r = 1; r < series.size(); ++r)
    description[series[r][1]] = series[r][2];

  const auto coords = readCsv(dir.file("train_label_coordinates.csv"));
  REQUIRE(coords.size() == 1 + 2 * 25);
  CHECK(coords[0] == std::vector<std::string>{"study_id", "series_id", "instance_number",
                                              "condition", "level", "x", "y"});
  std::set<std::string> conditionNames(rsna::kConditionNames.begin(), rsna::kConditionNames.end());
  std::set<std::string> levelNames(rsna::kLevelNames.begin(), rsna::kLevelNames.end());
  for (std::size_t r = 1; r < coords.size(); ++r) {
    const auto& c = coords[r];
    INFO(c[0] << " " << c[3] << " " << c[4]);
    CHECK(conditionNames.count(c[3]) == 1);
    CHECK(levelNames.count(c[4]) == 1);
    // Labelled on the series RSNA annotators use for that condition.
    int cond = 0;
    while (rsna::kConditionNames[static_cast<std::size_t>(cond)] != c[3])
      ++cond;
    CHECK(description[c[1]] == rsna::seriesForCondition(cond));
    const std::string file = dir.file("train_images/" + c[0] + "/" + c[1] + "/" + c[2] + ".dcm");
    REQUIRE(fs::exists(file));
    const double x = std::stod(c[5]), y = std::stod(c[6]);
    CHECK(x >= 0);
    CHECK(y >= 0);
    CHECK(x < 192);
    CHECK(y < 192);
  }
  for (const auto& id : ids)
    for (std::size_t r = 1; r < series.size(); ++r)
      if (series[r][0] == id)
        CHECK(fs::exists(dir.file("masks/" + id + "/" + series[r][1] + ".nii.gz")));
}

TEST_CASE("each lumbar coordinate lies in the label-map region of its finding") {
  const phantom::LumbarStudy st = phantom::makeLumbarStudy(smallLumbar(8));
  for (const auto& c : st.coordinates) {
    const image::Image& map = st.labelMaps[static_cast<std::size_t>(c.series)];
    const int v = map.stored(static_cast<int>(std::lround(c.x)), static_cast<int>(std::lround(c.y)),
                             c.instanceNumber - 1);
    INFO(rsna::kConditionNames[static_cast<std::size_t>(c.condition)]
         << " " << rsna::kLevelNames[static_cast<std::size_t>(c.level)]);
    CHECK(v == 1 + 5 * c.condition + c.level);
  }
}

TEST_CASE("severity narrows the anatomy it names") {
  // Levels L1/L2 .. L5/S1 graded Normal, Severe, Moderate, Normal, Severe for every condition.
  phantom::LumbarOptions o = smallLumbar(3);
  const int grades[5] = {0, 2, 1, 0, 2};
  for (auto& row : o.severity)
    for (int l = 0; l < 5; ++l)
      row[static_cast<std::size_t>(l)] = grades[l];
  o.noise = 0.01;
  const phantom::LumbarStudy st = phantom::makeLumbarStudy(o);
  auto at = [&](int condition, int level) {
    for (const auto& c : st.coordinates)
      if (c.condition == condition && c.level == level) return c;
    FAIL("no coordinate");
    return phantom::LumbarCoordinate{};
  };
  const image::Image& sagT1 = st.series[0].volume;
  const image::Image& axT2 = st.series[2].volume;
  const double px = axT2.geometry.spacing[0];

  // Canal: bright CSF pixels on the axial T2 slice at the disc, around the canal centre.
  auto csfArea = [&](int level) {
    const auto c = at(rsna::LeftSubarticular, level);  // same axial slice as the canal
    const image::Vec3 canal =
        axT2.geometry.indexToPatient({c.x, c.y, double(c.instanceNumber - 1)});
    const image::Vec3 center = axT2.geometry.patientToIndex({0, canal[1] + 3, canal[2]});
    return brightPixels(axT2, center[0], center[1], c.instanceNumber - 1, static_cast<int>(12 / px),
                        800) *
           px * px;
  };
  const double normalCanal = csfArea(0), moderateCanal = csfArea(2), severeCanal = csfArea(1);
  INFO("CSF area (mm^2): normal " << normalCanal << ", moderate " << moderateCanal << ", severe "
                                  << severeCanal);
  CHECK(normalCanal > 1.3 * moderateCanal);
  CHECK(moderateCanal > 1.3 * severeCanal);
  CHECK(csfArea(3) > 1.3 * csfArea(4));
  CHECK(st.canalApDiameter[1] < st.canalApDiameter[2]);
  CHECK(st.canalApDiameter[2] < st.canalApDiameter[0]);

  // Foramina: bright fat on the sagittal T1 slice through the foramen.
  auto fatArea = [&](int condition, int level) {
    const auto c = at(condition, level);
    const double s = sagT1.geometry.spacing[0];
    return brightPixels(sagT1, c.x, c.y, c.instanceNumber - 1, static_cast<int>(9 / s), 700) * s *
           s;
  };
  for (int cond : {rsna::LeftForaminal, rsna::RightForaminal}) {
    INFO(rsna::kConditionNames[static_cast<std::size_t>(cond)]);
    CHECK(fatArea(cond, 0) > 1.5 * fatArea(cond, 2));
    CHECK(fatArea(cond, 2) > 1.5 * fatArea(cond, 1));
  }
  // Lateral recess: the fat/CSF signal at the recess point drops as the facet closes it.
  for (int cond : {rsna::LeftSubarticular, rsna::RightSubarticular}) {
    const auto n = at(cond, 0), s = at(cond, 1);
    CHECK(windowMean(axT2, n.x, n.y, n.instanceNumber - 1, 1) >
          1.5 * windowMean(axT2, s.x, s.y, s.instanceNumber - 1, 1));
  }
}

TEST_CASE("the same seed gives the same lumbar study") {
  const auto a = phantom::makeLumbarStudy(smallLumbar(4));
  const auto b = phantom::makeLumbarStudy(smallLumbar(4));
  const auto c = phantom::makeLumbarStudy(smallLumbar(5));
  CHECK(a.severity == b.severity);
  CHECK(std::equal(a.series[2].volume.bytes(),
                   a.series[2].volume.bytes() + a.series[2].volume.byteSize(),
                   b.series[2].volume.bytes()));
  CHECK_FALSE(std::equal(a.series[2].volume.bytes(),
                         a.series[2].volume.bytes() + a.series[2].volume.byteSize(),
                         c.series[2].volume.bytes()));
}

TEST_CASE("pydicom reads every phantom DICOM file with the geometry Osteon reports") {
  if (!test::pythonHas("pydicom") || !test::pythonHas("numpy"))
    OSTEON_SKIP("python3-pydicom/numpy are not installed");
  test::TempDir dir;
  phantom::writeLumbarDataset(dir.file("lumbar"), smallLumbar(2), 1);
  phantom::SpineXrayOptions so;
  so.width = 200, so.height = 500;
  phantom::writeSpineXrayDataset(dir.file("spine"), so, 2);
  phantom::PanoramicOptions po;
  po.width = 256, po.height = 128;
  phantom::writePanoramicDataset(dir.file("pano"), po, 2);

  const io::ScanResult scan = io::scanDicom({dir.path()});
  REQUIRE(scan.errors.empty());
  std::vector<std::string> files;
  std::map<std::string, std::pair<const io::DicomSeries*, const io::DicomStack*>> where;
  std::map<std::string, int> sliceOf;
  for (const auto& p : scan.patients)
    for (const auto& st : p.studies)
      for (const auto& se : st.series)
        for (const auto& sk : se.stacks)
          for (std::size_t k = 0; k < sk.slices.size(); ++k) {
            const std::string& f = se.instances[sk.slices[k].instance].path;
            files.push_back(f);
            where[f] = {&se, &sk};
            sliceOf[f] = static_cast<int>(k);
          }
  CHECK(files.size() == 15 + 15 + 48 + 2 + 2);
  const auto probe = test::runPydicomProbe(files);
  REQUIRE(probe->records.size() == files.size());
  std::map<const io::DicomStack*, image::Image> loaded;
  for (std::size_t i = 0; i < files.size(); ++i) {
    const json rec = json::parse(probe->records[i]);
    INFO(files[i]);
    REQUIRE(rec["pixels"] == true);
    const auto [se, sk] = where[files[i]];
    if (!loaded.count(sk)) loaded.emplace(sk, io::loadStack(*se, *sk));
    const image::Image& img = loaded.at(sk);
    CHECK(rec["rows"].get<int>() == img.height());
    CHECK(rec["columns"].get<int>() == img.width());
    if (sk->hasGeometry) {
      const image::Vec3 pos = img.geometry.indexToPatient({0, 0, double(sliceOf[files[i]])});
      for (std::size_t a = 0; a < 3; ++a)
        CHECK(rec["ipp"][a].get<double>() == Approx(pos[a]).margin(1e-4));
      CHECK(rec["pixel_spacing"][1].get<double>() == Approx(img.geometry.spacing[0]));
    }
    const std::vector<double> px = test::readDoubles(probe->rawPath(i));
    REQUIRE(px.size() == img.sliceVoxels());
    double diff = 0;
    const int k = sliceOf[files[i]];
    for (int y = 0; y < img.height(); ++y)
      for (int x = 0; x < img.width(); ++x)
        diff = std::max(diff, std::fabs(px[static_cast<std::size_t>(y * img.width() + x)] -
                                        img.stored(x, y, k)));
    CHECK(diff == 0);
  }
}

TEST_CASE("spine X-ray phantoms match their labels: landmarks reproduce the Cobb angles") {
  test::TempDir dir;
  phantom::SpineXrayOptions o;
  o.width = 300, o.height = 750;
  const auto names = phantom::writeSpineXrayDataset(dir.path(), o, 7);
  REQUIRE(names.size() == 7);
  const auto lm = readCsv(dir.file("landmarks.csv"));
  const auto angles = readCsv(dir.file("angles.csv"));
  const auto labels = readCsv(dir.file("labels.csv"));
  REQUIRE(lm.size() == 7);
  REQUIRE(angles.size() == 7);
  REQUIRE(labels.size() == 8);
  std::set<std::string> types;
  for (std::size_t i = 0; i < 7; ++i) {
    REQUIRE(lm[i].size() == 136);
    std::vector<double> row;
    for (const auto& s : lm[i])
      row.push_back(std::stod(s));
    const auto pts = annotation::landmarksFromNormalizedRow(row, o.width, o.height);
    const auto r = annotation::cobbAngles(pts, o.height);
    CHECK(r.principal == Approx(std::stod(angles[i][0])).margin(0.01));
    // Independently of annotation::cobbAngles (which wrote angles.csv): the phantom's vertebrae
    // are rectangles tilted with the curve, so the principal angle is the largest difference
    // between two top-endplate tilts, and the generator draws it in 15..60 degrees.
    double lowest = 1e9, highest = -1e9;
    for (std::size_t v = 0; v < 17; ++v) {
      const auto& tl = pts[4 * v];
      const auto& tr = pts[4 * v + 1];
      const double tilt = std::atan2(tr.y - tl.y, tr.x - tl.x) * 180 / M_PI;
      lowest = std::min(lowest, tilt), highest = std::max(highest, tilt);
    }
    CHECK(std::stod(angles[i][0]) == Approx(highest - lowest).margin(0.01));
    CHECK(highest - lowest >= 15 - 0.05);
    CHECK(highest - lowest <= 60 + 0.05);
    CHECK(r.second == Approx(std::stod(angles[i][1])).margin(0.01));
    CHECK(r.third == Approx(std::stod(angles[i][2])).margin(0.01));
    types.insert(labels[i + 1][1]);
    // Vertebrae run top to bottom and stay inside the image.
    for (int v = 1; v < 17; ++v)
      CHECK(pts[static_cast<std::size_t>(4 * v)].y > pts[static_cast<std::size_t>(4 * v - 4)].y);
    const auto mask = io::readImageFile(dir.file("masks/" + names[i]));
    std::size_t on = 0;
    for (std::size_t p = 0; p < mask.voxelCount(); ++p)
      on += mask.bytes()[p] ? 1 : 0;
    CHECK(on > 1000);
    // Bone is brighter than the soft tissue beside it: the drawn vertebra is in the image.
    const auto img = io::readImageFile(dir.file("images/" + names[i]));
    const auto& c = pts[static_cast<std::size_t>(4 * 14)];
    const auto& d = pts[static_cast<std::size_t>(4 * 14 + 3)];
    const double cx = (c.x + d.x) / 2, cy = (c.y + d.y) / 2;
    CHECK(img.value(static_cast<int>(cx), static_cast<int>(cy)) >
          img.value(static_cast<int>(std::max(2.0, cx - 0.3 * o.width)), static_cast<int>(cy)));
  }
  CHECK(types.size() == 7);
}

TEST_CASE("the requested ALS type and Cobb magnitude are honoured") {
  for (int t = 0; t < phantom::kAlsTypes; ++t) {
    phantom::SpineXrayOptions o;
    o.width = 240, o.height = 600;
    o.alsType = t;
    o.magnitude = 35;
    o.seed = 10 + static_cast<std::uint32_t>(t);
    const auto x = phantom::makeSpineXray(o);
    CHECK(x.alsType == t);
    CHECK(x.cobb.principal == Approx(35).margin(0.5));
  }
  CHECK(phantom::alsTypeFromName("4CTL") == 6);
  CHECK_THROWS_AS(phantom::alsTypeFromName("5C"), osteon::Error);
}

TEST_CASE(
    "osteoporotic panoramics have a thinner cortex and sparser trabeculae than healthy ones") {
  test::TempDir dir;
  phantom::PanoramicOptions o;
  o.width = 512, o.height = 256;
  const auto files = phantom::writePanoramicDataset(dir.path(), o, 6);
  REQUIRE(files.size() == 6);
  const auto labels = readCsv(dir.file("labels.csv"));
  REQUIRE(labels.size() == 7);
  double healthyCortex = 1e9, osteoCortex = 0, healthyBvf = 1, osteoBvf = 0;
  for (std::size_t i = 1; i < labels.size(); ++i) {
    const bool osteo = labels[i][1] == "3";
    CHECK(labels[i][0].rfind(osteo ? "images/3_osteoporosis/" : "images/1_healthy/", 0) == 0);
    CHECK(labels[i][2] == (osteo ? "Patient with Osteoporosis" : "Healthy Patient"));
    // Measure the cortex in the image: bright run above the inferior border, mid-body columns.
    const auto img = io::readImageFile(dir.file(labels[i][0]));
    double run = 0;
    int cols = 0;
    for (int x = static_cast<int>(0.25 * o.width); x < static_cast<int>(0.35 * o.width); ++x) {
      const double u = 2.0 * x / o.width - 1;
      const int border = static_cast<int>((0.90 - 0.16 * u * u) * o.height);
      int n = 0;
      for (int y = border - 1; y > border - 40 && y > 0; --y)
        if (img.value(x, y) > 150) ++n;
      run += n;
      ++cols;
    }
    const double cortexMm = run / cols * 0.25;
    const double bvf = std::stod(labels[i][4]);
    if (osteo) {
      osteoCortex = std::max(osteoCortex, cortexMm);
      osteoBvf = std::max(osteoBvf, bvf);
    } else {
      healthyCortex = std::min(healthyCortex, cortexMm);
      healthyBvf = std::min(healthyBvf, bvf);
    }
  }
  INFO("measured cortex (mm): thinnest healthy " << healthyCortex << ", thickest osteoporotic "
                                                 << osteoCortex);
  CHECK(healthyCortex > osteoCortex);
  CHECK(healthyBvf > osteoBvf);
  for (const auto& e : fs::directory_iterator(dir.file("masks"))) {
    const auto m = io::readImageFile(e.path().string());
    std::size_t on = 0;
    for (std::size_t p = 0; p < m.voxelCount(); ++p)
      on += m.bytes()[p] ? 1 : 0;
    CHECK(on > 500);
  }
}
