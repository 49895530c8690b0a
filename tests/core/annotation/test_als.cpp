#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "core/annotation/als.h"
#include "core/annotation/study_annotations.h"
#include "core/base/error.h"
#include "core/phantom/spine_xray.h"
#include "tests/support/test_support.h"

using namespace osteon;
using annotation::Point2;

namespace {

// A spine whose centre line is x(v) = 500 + offset(v) and whose vertebrae follow its slope, as
// the vertebrae of a real curve do: tilt = atan(dx/dy) between neighbours.
std::vector<Point2> spineAlong(const std::function<double(double)>& offset) {
  std::vector<Point2> p;
  for (int v = 0; v < 17; ++v) {
    const double cy = 300 + v * 100, cx = 500 + offset(v);
    const double slope = (offset(v + 0.5) - offset(v - 0.5)) / 100.0;  // dx per dy
    const double t = -std::atan(slope);  // an axis perpendicular to the local spine direction
    for (const auto& c : {Point2{-40, -35}, Point2{40, -35}, Point2{-40, 35}, Point2{40, 35}})
      p.push_back(
          {cx + c.x * std::cos(t) - c.y * std::sin(t), cy + c.x * std::sin(t) + c.y * std::cos(t)});
  }
  return p;
}

// Sine arcs between end vertebrae: arc (a, b, h) bows h pixels (+: image right) between
// vertebrae a and b and is zero outside, so each arc is one curve whose end vertebrae keep
// their tilt, as in a radiograph with a single structural curve.
struct Arc {
  double a, b, h;
};
std::function<double(double)> arcs(std::vector<Arc> list) {
  return [list](double v) {
    double x = 0;
    for (const Arc& c : list)
      if (v > c.a && v < c.b) x += c.h * std::sin(M_PI * (v - c.a) / (c.b - c.a));
    return x;
  };
}

}  // namespace

TEST_CASE("a straight spine has no ALS type") {
  const auto r = annotation::readAlsType(spineAlong([](double) { return 0.0; }));
  CHECK_FALSE(r.applicable);
  CHECK(r.type.empty());
  CHECK(r.curves.empty());
  CHECK_THAT(r.rule, Catch::Contains("not applicable"));
}

TEST_CASE("a single thoracic curve with the lumbar spine on its convex side reads 3CH") {
  // Apex T8 to the image right; the lumbar spine drifts right too (no crossing of the L5 line).
  const auto p = spineAlong(arcs({{0, 16, 150}}));
  const auto r = annotation::readAlsType(p);
  REQUIRE(r.applicable);
  REQUIRE(r.curves.size() == 1);
  CHECK(r.curves[0].region == annotation::CurveRegion::Thoracic);
  CHECK(r.curves[0].apex >= 6);
  CHECK(r.curves[0].apex <= 8);
  CHECK(r.curves[0].convexToImageRight);
  CHECK(r.type == "3CH");
  CHECK(r.caveats.size() >= 3);
}

TEST_CASE("a single thoracic curve whose lumbar spine crosses the L5 vertical reads 3CN") {
  // The thoracic bow to the right; L1..L4 lie left of L5 (a shift too small for a lumbar curve).
  // The thoracic bow (T1..L1) to the right; L1..L5 dip left of L5 by a few pixels, too little
  // for a curve of 10 degrees.
  const auto p = spineAlong(arcs({{0, 13, 130}, {13, 16, -6}}));
  const auto r = annotation::readAlsType(p);
  REQUIRE(r.applicable);
  CHECK(r.curves[static_cast<std::size_t>(r.major)].region == annotation::CurveRegion::Thoracic);
  CHECK(r.type == "3CN");
}

TEST_CASE("thoracic and lumbar curves of the same size read 4C, a smaller lumbar one 3CL") {
  // Arcs with the same bow per length have about the same Cobb angle.
  const auto double4C = spineAlong(arcs({{0, 10, 100}, {10, 16, -60}}));
  const auto r = annotation::readAlsType(double4C);
  REQUIRE(r.curves.size() >= 2);
  INFO("thoracic " << r.curves[0].cobb << " lumbar " << r.curves[1].cobb);
  REQUIRE(std::fabs(r.curves[0].cobb - r.curves[1].cobb) <= 5);
  CHECK(r.curves[0].region == annotation::CurveRegion::Thoracic);
  CHECK(r.curves[1].region == annotation::CurveRegion::Lumbar);
  CHECK(r.type == "4C");

  const auto counter = spineAlong(arcs({{0, 11, 160}, {11, 16, -25}}));
  const auto c = annotation::readAlsType(counter);
  INFO("curves " << c.curves.size());
  REQUIRE(c.curves.size() >= 2);
  const auto& major = c.curves[static_cast<std::size_t>(c.major)];
  CHECK(major.region == annotation::CurveRegion::Thoracic);
  double lumbarCobb = 0;
  for (const auto& k : c.curves)
    if (k.region != annotation::CurveRegion::Thoracic) lumbarCobb = std::max(lumbarCobb, k.cobb);
  CHECK(lumbarCobb >= 25);
  CHECK(major.cobb - lumbarCobb > 5);
  CHECK(c.type == "3CL");
}

TEST_CASE("single lumbar curves read 4CL, single thoracolumbar curves are left undecided") {
  const auto lumbar = annotation::readAlsType(spineAlong(arcs({{11, 16.5, 60}})));
  REQUIRE(lumbar.major >= 0);
  CHECK(lumbar.curves[static_cast<std::size_t>(lumbar.major)].region ==
        annotation::CurveRegion::Lumbar);
  CHECK(lumbar.type == "4CL");

  const auto tl = annotation::readAlsType(spineAlong(arcs({{6, 17, 120}})));
  REQUIRE(tl.major >= 0);
  CHECK(tl.curves[static_cast<std::size_t>(tl.major)].region ==
        annotation::CurveRegion::Thoracolumbar);
  CHECK(tl.type.empty());
  CHECK(tl.candidates == std::vector<std::string>{"3CTL", "4CTL"});
  CHECK_THAT(tl.rule, Catch::Contains("undecided"));
}

TEST_CASE("the principal curve's Cobb angle agrees with the AASCE principal angle") {
  const auto p = spineAlong(arcs({{0, 16, 150}}));
  const auto r = annotation::readAlsType(p);
  const auto cobb = annotation::cobbAngles(p, 2200);
  REQUIRE(r.applicable);
  CHECK(r.curves[static_cast<std::size_t>(r.major)].cobb == Approx(cobb.principal).margin(1e-6));
}

TEST_CASE("the ALS reading refuses landmark sets Cobb angles refuse") {
  CHECK_THROWS_AS(annotation::readAlsType(std::vector<Point2>(12)), osteon::Error);
  CHECK_THROWS_AS(annotation::readAlsType(std::vector<Point2>(68)), osteon::Error);
}

TEST_CASE("ALS readings of the phantom spines find the major curve where the phantom draws it") {
  // The phantom's curve patterns follow its own generative conventions (spine_xray.h); the ALS
  // rules follow the cited sources, so the type itself need not agree. What the generator fixes
  // independently of the rules is checked: the principal curve is calibrated to 40 degrees, its
  // apex region (3CH/3CN/3CL thoracic at T8, 4CL lumbar at L2-L3, 4CTL thoracolumbar at T12-L1;
  // 3CTL's apex at T11-T12 lies on the thoracic/thoracolumbar border), and the size order of the
  // lumbar counter-curve (none to minimal 3CH/3CN < about half 3CL < similar 4C).
  using annotation::CurveRegion;
  const std::map<std::string, std::vector<CurveRegion>> majorRegion{
      {"3CH", {CurveRegion::Thoracic}},
      {"3CN", {CurveRegion::Thoracic}},
      {"3CL", {CurveRegion::Thoracic}},
      {"3CTL", {CurveRegion::Thoracic, CurveRegion::Thoracolumbar}},
      {"4C", {CurveRegion::Thoracic, CurveRegion::Lumbar}},
      {"4CL", {CurveRegion::Lumbar}},
      {"4CTL", {CurveRegion::Thoracolumbar}}};
  std::map<std::string, double> lumbarMean;
  int agree = 0, decided = 0, total = 0;
  for (int t = 0; t < phantom::kAlsTypes; ++t) {
    const std::string name = phantom::kAlsTypeNames[static_cast<std::size_t>(t)];
    int hits = 0;
    for (std::uint32_t seed = 1; seed <= 4; ++seed) {
      phantom::SpineXrayOptions o;
      o.alsType = t;
      o.seed = seed * 10 + static_cast<std::uint32_t>(t);
      o.magnitude = 40;
      const auto x = phantom::makeSpineXray(o);
      const auto r = annotation::readAlsType(x.landmarks);
      ++total;
      decided += r.type.empty() ? 0 : 1;
      bool hit = false;
      for (const auto& c : r.candidates)
        hit = hit || c == name;
      hits += hit ? 1 : 0;
      std::string curves;
      double lumbar = 0;
      for (const auto& c : r.curves) {
        curves += std::string(" ") + annotation::curveRegionName(c.region) + " " +
                  std::to_string(static_cast<int>(c.cobb));
        if (c.region == CurveRegion::Lumbar) lumbar = std::max(lumbar, c.cobb);
      }
      lumbarMean[name] += lumbar / 4;
      INFO(name << " seed " << o.seed << " -> " << (r.type.empty() ? "undecided" : r.type) << ":"
                << curves);
      CHECK(r.applicable);  // a 40 degree curve is always scoliosis
      REQUIRE(r.major >= 0);
      const auto& major = r.curves[static_cast<std::size_t>(r.major)];
      CHECK(major.cobb == Approx(40).margin(0.1));
      const auto& allowed = majorRegion.at(name);
      CHECK(std::find(allowed.begin(), allowed.end(), major.region) != allowed.end());
    }
    agree += hits;
    // Where the phantom's pattern is the sources' textbook case, the rules name it.
    if (name == "3CH" || name == "3CL" || name == "4C") {
      INFO(name << ": " << hits << "/4 readings list it");
      CHECK(hits >= 3);
    }
  }
  INFO("lumbar curve means: 3CH " << lumbarMean["3CH"] << ", 3CN " << lumbarMean["3CN"] << ", 3CL "
                                  << lumbarMean["3CL"] << ", 4C " << lumbarMean["4C"]);
  CHECK(lumbarMean["3CH"] < lumbarMean["3CL"]);
  CHECK(lumbarMean["3CN"] < lumbarMean["3CL"]);
  CHECK(lumbarMean["3CL"] < lumbarMean["4C"]);
  CHECK(lumbarMean["4C"] >= 0.75 * 40);
  WARN("ALS rules vs phantom types: " << agree << "/" << total
                                      << " phantom types among the candidates, " << decided << "/"
                                      << total << " decided");
}

TEST_CASE(
    "a spine measurement (Auto Cobb) is edited corner by corner with undo, redo and journal") {
  using annotation::AnnotationSession;
  using annotation::Measurement;
  test::TempDir dir;
  phantom::SpineXrayOptions o;
  o.alsType = 5;
  o.magnitude = 30;
  const auto x = phantom::makeSpineXray(o);
  annotation::StudyAnnotations base;
  base.studyId = "s1";
  AnnotationSession s(base, [&](const std::string&, int, int& w, int& h) {
    w = x.image.width(), h = x.image.height();
    return true;
  });
  s.attachJournal(dir.file("j.jsonl"));
  Measurement m;
  m.kind = Measurement::Kind::Spine;
  m.series = "xray";
  m.points = x.landmarks;
  m.points.pop_back();
  CHECK_THROWS_WITH(s.addMeasurement(m), Catch::Contains("cannot have 67 points"));
  m.points = x.landmarks;
  s.addMeasurement(m);
  const auto value = annotation::measure(s.document().measurements[0], {});
  CHECK(value.unit == "deg");
  // Not x.cobb (computed by the same cobbAngles): the phantom was calibrated to a 30 degree
  // principal curve (within 0.05), and its rectangular vertebrae give that angle as the largest
  // difference between two top-endplate tilts.
  CHECK(value.value == Approx(30).margin(0.05));
  double lowest = 1e9, highest = -1e9;
  for (std::size_t v = 0; v < 17; ++v) {
    const double tilt = std::atan2(x.landmarks[4 * v + 1].y - x.landmarks[4 * v].y,
                                   x.landmarks[4 * v + 1].x - x.landmarks[4 * v].x) *
                        180 / M_PI;
    lowest = std::min(lowest, tilt), highest = std::max(highest, tilt);
  }
  CHECK(value.value == Approx(highest - lowest).margin(1e-6));

  // Tilting the lower end vertebra's bottom-right corner changes the principal angle; undo and
  // redo are exact.
  const std::size_t k = static_cast<std::size_t>(4 * x.cobb.lower + 3);
  const annotation::Point2 c = x.landmarks[k];
  s.moveMeasurementPoint(0, k, c.x, c.y + 40);
  CHECK(annotation::measure(s.document().measurements[0], {}).value != Approx(value.value));
  CHECK(s.undoText() == "move measurement point");
  s.undo();
  CHECK(s.document().measurements[0].points[k].y == c.y);
  s.redo();
  CHECK(s.document().measurements[0].points[k].y == c.y + 40);
  CHECK_THROWS_WITH(s.moveMeasurementPoint(0, k, -5, 10), Catch::Contains("outside the image"));
  CHECK_THROWS_WITH(s.moveMeasurementPoint(0, 68, 5, 10), Catch::Contains("has no point 69"));
  CHECK_THROWS_WITH(s.moveMeasurementPoint(3, 0, 5, 10), Catch::Contains("no measurement 4"));

  // A new result replaces the old in one step.
  Measurement again = m;
  again.points[0].x += 3;
  s.replaceMeasurement(0, again);
  CHECK(s.document().measurements.size() == 1);
  CHECK(s.document().measurements[0].points[0].x == again.points[0].x);
  s.undo();
  CHECK(s.document().measurements[0].points[k].y == c.y + 40);
  s.redo();

  // The journal replays every edit; the project file keeps the spine.
  CHECK(AnnotationSession::recover(base, dir.file("j.jsonl")) == s.document());
  annotation::saveProject(s.document(), dir.file("p.json"));
  CHECK(annotation::loadProject(dir.file("p.json")) == s.document());
}
