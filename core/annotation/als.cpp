#include "core/annotation/als.h"

#include <algorithm>
#include <cmath>

#include "core/base/error.h"

namespace osteon::annotation {

namespace {

constexpr double kTurnDeg = 5.0;    // tilt changes below this are not turning points
constexpr double kCurveDeg = 10.0;  // SRS: a curve of 10 degrees or more
constexpr double kDoubleDeg = 5.0;  // [R]: double major when within 5 degrees
constexpr double kMinorDeg = 25.0;  // Lenke 2001: a minor curve is structural from 25 degrees

Point2 center(const std::vector<Point2>& p, int v) {
  Point2 c;
  for (int k = 0; k < 4; ++k) {
    c.x += p[static_cast<std::size_t>(4 * v + k)].x / 4;
    c.y += p[static_cast<std::size_t>(4 * v + k)].y / 4;
  }
  return c;
}

CurveRegion regionOfApex(int apex) {
  if (apex <= 10) return CurveRegion::Thoracic;       // T1..T11
  if (apex <= 12) return CurveRegion::Thoracolumbar;  // T12, L1
  return CurveRegion::Lumbar;                         // L2..L5
}

}  // namespace

const char* curveRegionName(CurveRegion r) {
  switch (r) {
    case CurveRegion::Thoracic:
      return "thoracic";
    case CurveRegion::Thoracolumbar:
      return "thoracolumbar";
    case CurveRegion::Lumbar:
      return "lumbar";
  }
  return "?";
}

std::vector<double> vertebraTilts(const std::vector<Point2>& p) {
  if (p.size() != static_cast<std::size_t>(kSpineLandmarks))
    throw Error("the ALS reading needs 68 landmarks, got " + std::to_string(p.size()));
  std::vector<double> t;
  for (int v = 0; v < kSpineVertebrae; ++v) {
    const Point2 l{
        (p[static_cast<std::size_t>(4 * v)].x + p[static_cast<std::size_t>(4 * v + 2)].x) / 2,
        (p[static_cast<std::size_t>(4 * v)].y + p[static_cast<std::size_t>(4 * v + 2)].y) / 2};
    const Point2 r{
        (p[static_cast<std::size_t>(4 * v + 1)].x + p[static_cast<std::size_t>(4 * v + 3)].x) / 2,
        (p[static_cast<std::size_t>(4 * v + 1)].y + p[static_cast<std::size_t>(4 * v + 3)].y) / 2};
    t.push_back(std::atan2(r.y - l.y, r.x - l.x) * 180.0 / M_PI);
  }
  return t;
}

std::vector<SpineCurve> findCurves(const std::vector<Point2>& p) {
  const std::vector<double> t = vertebraTilts(p);
  const int n = kSpineVertebrae;
  // Turning points of the tilt sequence with a kTurnDeg hysteresis (a zigzag).
  std::vector<int> ends;
  int dir = 0, cand = 0, lo = 0, hi = 0;
  for (int v = 1; v < n; ++v) {
    const double tv = t[static_cast<std::size_t>(v)];
    if (dir == 0) {
      if (tv < t[static_cast<std::size_t>(lo)]) lo = v;
      if (tv > t[static_cast<std::size_t>(hi)]) hi = v;
      if (tv - t[static_cast<std::size_t>(lo)] >= kTurnDeg && lo < v) {
        ends.push_back(lo), dir = 1, cand = v;
      } else if (t[static_cast<std::size_t>(hi)] - tv >= kTurnDeg && hi < v) {
        ends.push_back(hi), dir = -1, cand = v;
      }
    } else if (dir == 1) {
      if (tv > t[static_cast<std::size_t>(cand)])
        cand = v;
      else if (t[static_cast<std::size_t>(cand)] - tv >= kTurnDeg)
        ends.push_back(cand), dir = -1, cand = v;
    } else {
      if (tv < t[static_cast<std::size_t>(cand)])
        cand = v;
      else if (tv - t[static_cast<std::size_t>(cand)] >= kTurnDeg)
        ends.push_back(cand), dir = 1, cand = v;
    }
  }
  if (dir != 0) ends.push_back(cand);
  std::vector<SpineCurve> curves;
  for (std::size_t i = 0; i + 1 < ends.size(); ++i) {
    SpineCurve c;
    c.upperEnd = ends[i];
    c.lowerEnd = ends[i + 1];
    c.cobb = std::fabs(t[static_cast<std::size_t>(c.upperEnd)] -
                       t[static_cast<std::size_t>(c.lowerEnd)]);
    const Point2 a = center(p, c.upperEnd), b = center(p, c.lowerEnd);
    const double len = std::max(std::hypot(b.x - a.x, b.y - a.y), 1e-9);
    double best = -1, signedBest = 0;
    for (int v = c.upperEnd; v <= c.lowerEnd; ++v) {
      const Point2 q = center(p, v);
      // Positive when q is right of the chord a->b on the image (y down, chord pointing down).
      const double d = ((b.y - a.y) * (q.x - a.x) - (b.x - a.x) * (q.y - a.y)) / len;
      if (std::fabs(d) > best) best = std::fabs(d), signedBest = d, c.apex = v;
    }
    c.convexToImageRight = signedBest > 0;
    c.region = regionOfApex(c.apex);
    curves.push_back(c);
  }
  return curves;
}

AlsReading readAlsType(const std::vector<Point2>& p) {
  cobbAngles(p, 1e9);  // validates the landmark set (count, zero-width vertebrae)
  AlsReading r;
  for (const SpineCurve& c : findCurves(p))
    if (c.cobb >= kCurveDeg) r.curves.push_back(c);
  r.caveats = {"hip/pelvis position and prominence are not on the T1..L5 landmarks",
               "clinical trunk shift is not measured",
               "structural vs functional curves need bending films or rotation: minor curves "
               "count from 25 degrees on this standing film (Lenke's bending-film threshold)"};
  if (r.curves.empty()) {
    r.rule = "no curve of 10 degrees or more (SRS): ALS type not applicable";
    return r;
  }
  r.applicable = true;
  r.major = 0;
  for (std::size_t i = 1; i < r.curves.size(); ++i)
    if (r.curves[i].cobb > r.curves[static_cast<std::size_t>(r.major)].cobb)
      r.major = static_cast<int>(i);
  const SpineCurve& M = r.curves[static_cast<std::size_t>(r.major)];
  // The largest thoracic curve other than the major, and the largest lumbar/TL one.
  const SpineCurve* thoracicMinor = nullptr;
  const SpineCurve* lowMinor = nullptr;
  for (std::size_t i = 0; i < r.curves.size(); ++i) {
    if (static_cast<int>(i) == r.major) continue;
    const SpineCurve& c = r.curves[i];
    if (c.cobb < kMinorDeg) continue;  // compensatory, not a counter-curve
    if (c.region == CurveRegion::Thoracic) {
      if (!thoracicMinor || c.cobb > thoracicMinor->cobb) thoracicMinor = &c;
    } else if (!lowMinor || c.cobb > lowMinor->cobb) {
      lowMinor = &c;
    }
  }
  auto decide = [&](const std::string& type, const std::string& rule) {
    r.type = type;
    r.candidates = {type};
    r.rule = rule;
  };
  if (M.region == CurveRegion::Thoracic) {
    if (lowMinor && M.cobb - lowMinor->cobb <= kDoubleDeg) {
      decide("4C",
             "thoracic and lumbar/thoracolumbar curves within 5 degrees: double major [Rigo 2017]");
    } else if (lowMinor) {
      decide("3CL",
             "thoracic major with a lumbar/thoracolumbar counter-curve of 25 degrees or more");
    } else {
      // Lumbar spine relative to the vertical through L5 (central sacral line stand-in).
      const double l5x = center(p, 16).x;
      double farthest = 0;
      for (int v = 13; v <= 15; ++v) {  // L2..L4: the SRS lumbar apex region
        const double d = center(p, v).x - l5x;
        if (std::fabs(d) > std::fabs(farthest)) farthest = d;
      }
      const bool crosses = (farthest > 0) != M.convexToImageRight && std::fabs(farthest) > 1e-9;
      if (crosses)
        decide("3CN",
               "single thoracic major; the lumbar spine crosses to the thoracic concave side "
               "of the L5 vertical [scolihelp ALS]");
      else
        decide("3CH",
               "single thoracic major; the lumbar spine stays on the thoracic convex side "
               "of the L5 vertical [scolihelp ALS]");
      r.caveats.push_back(
          "3CH vs 3CN uses the vertical through L5 in place of the central sacral "
          "line, and the hip prominence that names 3CH is not visible");
    }
  } else if (thoracicMinor) {
    decide("4C",
           std::string(curveRegionName(M.region)) +
               " major with a thoracic curve of 25 degrees or more: double curve [Rigo 2017]");
  } else if (M.region == CurveRegion::Thoracolumbar) {
    r.type = "";
    r.candidates = {"3CTL", "4CTL"};
    r.rule =
        "single thoracolumbar curve: 3CTL and 4CTL differ in the pelvis/hip shift, which the "
        "vertebra landmarks do not show — undecided";
  } else {
    decide("4CL", "single lumbar curve");
  }
  return r;
}

}  // namespace osteon::annotation
