#include "core/annotation/cobb.h"

#include <algorithm>
#include <cmath>

#include "core/base/error.h"

namespace osteon::annotation {

const std::array<const char*, kSpineVertebrae> kVertebraNames = {
    "T1",  "T2",  "T3",  "T4", "T5", "T6", "T7", "T8", "T9",
    "T10", "T11", "T12", "L1", "L2", "L3", "L4", "L5"};

namespace {

Point2 axisOf(const std::vector<Point2>& p, int v) {
  const Point2& tl = p[static_cast<std::size_t>(4 * v)];
  const Point2& tr = p[static_cast<std::size_t>(4 * v + 1)];
  const Point2& bl = p[static_cast<std::size_t>(4 * v + 2)];
  const Point2& br = p[static_cast<std::size_t>(4 * v + 3)];
  return {(tr.x + br.x) / 2 - (tl.x + bl.x) / 2, (tr.y + br.y) / 2 - (tl.y + bl.y) / 2};
}

double angleBetween(const Point2& a, const Point2& b) {
  const double na = std::hypot(a.x, a.y), nb = std::hypot(b.x, b.y);
  const double c = std::clamp((a.x * b.x + a.y * b.y) / (na * nb), -1.0, 1.0);
  return std::acos(c) * 180.0 / M_PI;
}

// Endplate centres: for each vertebra the top (TL, TR) and bottom (BL, BR) midpoints.
std::vector<Point2> endplateCenters(const std::vector<Point2>& p) {
  std::vector<Point2> c;
  for (std::size_t i = 0; i + 1 < p.size(); i += 2)
    c.push_back({(p[i].x + p[i + 1].x) / 2, (p[i].y + p[i + 1].y) / 2});
  return c;
}

bool isS(const std::vector<Point2>& c) {
  // Signed offsets from the first-last line (in the normalised form of the reference code);
  // S when they are not all of one sign.
  const std::size_t n = c.size();
  const Point2 first = c.front(), last = c.back();
  double sum = 0, sumAbs = 0;
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const double t1 = (c[i].y - last.y) / (first.y - last.y);
    const double t2 = (c[i].x - last.x) / (first.x - last.x);
    const double l = t1 - t2;
    sum += l;
    sumAbs += std::fabs(l);
  }
  return std::fabs(sum * sum - sumAbs * sumAbs) >= 1e-4;
}

}  // namespace

double vertebraAngle(const std::vector<Point2>& landmarks, int a, int b) {
  return angleBetween(axisOf(landmarks, a), axisOf(landmarks, b));
}

CobbResult cobbAngles(const std::vector<Point2>& p, double imageHeight) {
  if (p.size() != static_cast<std::size_t>(kSpineLandmarks))
    throw Error("Cobb angles need 68 landmarks (17 vertebrae x 4 corners), got " +
                std::to_string(p.size()));
  constexpr int n = kSpineVertebrae;
  std::array<Point2, n> axis;
  for (int v = 0; v < n; ++v) {
    axis[static_cast<std::size_t>(v)] = axisOf(p, v);
    if (!(std::hypot(axis[static_cast<std::size_t>(v)].x, axis[static_cast<std::size_t>(v)].y) > 0))
      throw Error(std::string("Cobb angles: vertebra ") +
                  kVertebraNames[static_cast<std::size_t>(v)] +
                  " has no width (its left and right edges coincide)");
  }
  double ang[n][n];
  for (int i = 0; i < n; ++i)
    for (int j = 0; j < n; ++j)
      ang[i][j] =
          angleBetween(axis[static_cast<std::size_t>(i)], axis[static_cast<std::size_t>(j)]);

  CobbResult r;
  // Row-wise maxima; the first row reaching the global maximum is the upper vertebra.
  int rowArg[n];
  double rowMax[n];
  for (int i = 0; i < n; ++i) {
    rowArg[i] = 0;
    rowMax[i] = ang[i][0];
    for (int j = 1; j < n; ++j)
      if (ang[i][j] > rowMax[i]) rowMax[i] = ang[i][j], rowArg[i] = j;
  }
  int u = 0;
  for (int i = 1; i < n; ++i)
    if (rowMax[i] > rowMax[u]) u = i;
  const int lo = rowArg[u];
  r.principal = rowMax[u];
  r.upper = u;
  r.lower = lo;

  const std::vector<Point2> centers = endplateCenters(p);
  r.sShaped = isS(centers);
  auto maxOver = [&](int row, int from, int to, int& where) {
    double m = -1;
    for (int j = from; j <= to; ++j)
      if (ang[row][j] > m) m = ang[row][j], where = j;
    return m;
  };
  if (!r.sShaped) {
    r.second = ang[0][u];
    r.secondVertebra = 0;
    r.third = ang[n - 1][lo];
    r.thirdVertebra = n - 1;
  } else if (centers[static_cast<std::size_t>(2 * u + 1)].y +
                 centers[static_cast<std::size_t>(2 * lo + 1)].y <
             imageHeight) {
    r.second = maxOver(u, 0, u, r.secondVertebra);
    r.third = maxOver(lo, lo, n - 1, r.thirdVertebra);
  } else {
    int k = 0;
    r.second = maxOver(u, 0, u, k);
    r.secondVertebra = k;
    r.third = maxOver(k, 0, k, r.thirdVertebra);
  }
  return r;
}

std::vector<Point2> landmarksFromNormalizedRow(const std::vector<double>& row, double width,
                                               double height) {
  if (row.size() != 2 * static_cast<std::size_t>(kSpineLandmarks))
    throw Error("a landmarks row needs 136 values (68 x then 68 y), got " +
                std::to_string(row.size()));
  std::vector<Point2> p(kSpineLandmarks);
  for (std::size_t i = 0; i < p.size(); ++i)
    p[i] = {row[i] * width, row[i + kSpineLandmarks] * height};
  return p;
}

double cobbSmape(const std::vector<std::array<double, 3>>& pred,
                 const std::vector<std::array<double, 3>>& gt) {
  if (pred.size() != gt.size() || pred.empty())
    throw Error("SMAPE: predictions and truth differ in count");
  double total = 0;
  for (std::size_t i = 0; i < pred.size(); ++i) {
    double num = 0, den = 0;
    for (int a = 0; a < 3; ++a) {
      num += std::fabs(pred[i][static_cast<std::size_t>(a)] - gt[i][static_cast<std::size_t>(a)]);
      den += pred[i][static_cast<std::size_t>(a)] + gt[i][static_cast<std::size_t>(a)];
    }
    total += den > 0 ? num / den : 0;
  }
  return 100.0 * total / static_cast<double>(pred.size());
}

}  // namespace osteon::annotation
