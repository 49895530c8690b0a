#include "core/phantom/lumbar_study.h"
#include "core/annotation/rsna_layout.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/base/error.h"
#include "core/base/parallel.h"
#include "core/io/image_file.h"

namespace osteon::phantom {

using image::Image;
using image::PixelType;
using image::Vec3;
namespace rsna = annotation::rsna;

namespace {

enum Tissue {
  Air,
  Fat,
  Muscle,
  Marrow,
  Cortex,
  Annulus,
  Nucleus,
  Csf,
  Nerve,
  Ligament,
  Vessel,
  Bowel,
  kTissues
};

// Anatomy (mm). Vertebra v (0 = L1 .. 5 = S1) spans z in [bodyBottom(v), bodyTop(v)]; disc
// level L (0 = L1/L2 .. 4 = L5/S1) lies between vertebrae L and L+1.
constexpr double kTopL1 = 110, kBody = 27, kDisc = 10, kPeriod = kBody + kDisc;
double bodyTop(int v) {
  return kTopL1 - v * kPeriod;
}
double discCenter(int level) {
  return bodyTop(level) - kBody - kDisc / 2;
}

// Lordosis: mid-lumbar levels sit more anterior (negative y); the sacrum tilts back.
double spineY(double z) {
  double y = -8.0 * (1.0 - (z / 110.0) * (z / 110.0));
  if (z < bodyTop(5)) y += 0.45 * (bodyTop(5) - z);
  return y;
}

constexpr double kCanalY = 27;  // sac centre, relative to the body centre
constexpr double kSacAP = 8, kSacLat = 11;
constexpr double kForamenX = 22, kForamenHalfWidth = 5.5, kForamenY = 21;
constexpr double kRecessX = 10, kRecessY = kCanalY - 3, kRecessR = 3.5;

// Severity -> geometry.
constexpr double kSacApBySeverity[3] = {7.5, 4.2, 1.8};  // half AP diameter at the disc, mm
constexpr double kForamenScale[3] = {1.0, 0.55, 0.25};   // of the fat ellipse half-axes
constexpr double kRecessScale[3] = {1.0, 0.5, 0.15};

struct Model {
  std::array<std::array<int, 5>, 5> sev{};
  // Pose: patient = R(tilt about x) * anatomy + shift; identity unless LumbarOptions::poseJitter.
  double cosTilt = 1, sinTilt = 0;
  Vec3 shift{0, 0, 0};
  bool posed = false;
  Vec3 toAnatomy(const Vec3& p) const {
    if (!posed) return p;
    const double y = p[1] - shift[1], z = p[2] - shift[2];
    return {p[0] - shift[0], cosTilt * y + sinTilt * z, -sinTilt * y + cosTilt * z};
  }
  Vec3 toPatient(const Vec3& a) const {
    if (!posed) return a;
    return {a[0] + shift[0], cosTilt * a[1] - sinTilt * a[2] + shift[1],
            sinTilt * a[1] + cosTilt * a[2] + shift[2]};
  }
};

struct Hit {
  Tissue tissue = Fat;
  int region = 0;  // 0 none, else 1 + 5 * condition + level
};

inline double sq(double v) {
  return v * v;
}

// Which disc level a height belongs to (nearest disc centre), and the weight of the disc window.
int nearestLevel(double z) {
  int best = 0;
  for (int l = 1; l < 5; ++l)
    if (std::fabs(z - discCenter(l)) < std::fabs(z - discCenter(best))) best = l;
  return best;
}

Hit evaluate(const Vec3& p, const Model& m) {
  const double x = p[0], z = p[2];
  const double y = p[1] - spineY(z);  // relative to the spine's body centre line
  const double ax = std::fabs(x);
  Hit h;

  // Outside the body.
  if (sq(x / 150.0) + sq((p[1] - 15.0) / 115.0) > 1.0) return {Air, 0};

  const int level = nearestLevel(z);
  const double zc = discCenter(level);
  const double dz = z - zc;
  const double window = std::exp(-0.5 * sq(dz / 5.0));  // narrowing is strongest at the disc

  // Regions where findings are judged (normal-size geometry, independent of severity).
  const bool nearDisc = std::fabs(dz) <= 7.0 && z > discCenter(4) - 9 && z < discCenter(0) + 9;
  const bool inSacRoi = sq(x / kSacLat) + sq((y - kCanalY) / kSacAP) <= 1.0;
  const int side = x >= 0 ? 0 : 1;  // 0 = patient left (+x)
  const bool inRecessRoi = sq((ax - kRecessX) / kRecessR) + sq((y - kRecessY) / 3.0) <= 1.0;
  const double zF = zc + 7.0;
  const bool inForamenSlab =
      ax >= kForamenX - kForamenHalfWidth && ax <= kForamenX + kForamenHalfWidth;
  const bool inForamenRoi = inForamenSlab && sq((y - kForamenY) / 5.5) + sq((z - zF) / 9.0) <= 1.0;
  if (nearDisc && inRecessRoi)
    h.region = 1 + 5 * (side == 0 ? rsna::LeftSubarticular : rsna::RightSubarticular) + level;
  else if (nearDisc && inSacRoi)
    h.region = 1 + 5 * rsna::SpinalCanal + level;
  else if (inForamenRoi && std::fabs(z - zF) < 15)
    h.region = 1 + 5 * (side == 0 ? rsna::LeftForaminal : rsna::RightForaminal) + level;

  auto set = [&](Tissue t) {
    h.tissue = t;
    return h;
  };

  // Vessels anterior to the spine: aorta (bifurcating at L4) and the inferior vena cava.
  const double vy = y + 30;
  if (z > discCenter(3)) {
    if (sq(x - 8) + sq(vy) < 100) return set(Vessel);
  } else if (sq(ax - 14) + sq(vy) < 36) {
    return set(Vessel);
  }
  if (sq(x + 17) + sq(vy + 1) < 80) return set(Vessel);
  // Bowel and organs, anterior.
  if (p[1] < -50 && sq(x / 120.0) + sq((p[1] + 50) / 60.0) < 1.0) return set(Bowel);

  // Vertebral levels.
  int vertebra = -1;
  for (int v = 0; v < 6; ++v) {
    const double bottom = v == 5 ? bodyTop(5) - 45 : bodyTop(v) - kBody;
    if (z <= bodyTop(v) && z >= bottom) vertebra = v;
  }
  const bool inDiscZ = vertebra < 0 && z < bodyTop(0) && z > bodyTop(5);

  // Vertebral body: a superellipse with a cortical shell and endplates.
  const double bodyShape = sq(sq(x / 22.0)) + sq(sq(y / 16.0));
  if (vertebra >= 0 && bodyShape <= 1.0) {
    const double inner = sq(sq(x / 20.5)) + sq(sq(y / 14.5));
    const double toEndplate = std::min(bodyTop(vertebra) - z, z - (bodyTop(vertebra) - kBody));
    if (inner > 1.0 || (vertebra < 5 && toEndplate < 1.2) ||
        (vertebra == 5 && bodyTop(5) - z < 1.2))
      return set(Cortex);
    return set(Marrow);
  }
  // Disc: nucleus inside the annulus; a posterior bulge where the canal is stenotic.
  if (inDiscZ) {
    const int sev = m.sev[rsna::SpinalCanal][static_cast<std::size_t>(level)];
    const double bulge = (sev == 0 ? 0.5 : sev == 1 ? 3.0 : 5.5) * window;
    const double discShape =
        sq(sq(x / 23.0)) + sq(sq(y / (y > 0 ? 17.0 + bulge * (ax < 12 ? 1 : 0.3) : 17.0)));
    if (discShape <= 1.0) {
      if (sq(x / 12.0) + sq((y + 1) / 8.0) <= 1.0 && std::fabs(dz) < kDisc * 0.35)
        return set(Nucleus);
      return set(Annulus);
    }
  }

  // Spinal canal: epidural fat around the thecal sac; the sac narrows at stenotic discs.
  const int canalSev = m.sev[rsna::SpinalCanal][static_cast<std::size_t>(level)];
  const double sacAp = kSacAP - (kSacAP - kSacApBySeverity[canalSev]) * window;
  const double sacLat = kSacLat - (canalSev == 2 ? 2.5 : canalSev == 1 ? 1.2 : 0) * window;
  const double cy = y - kCanalY;
  const bool inBonyCanal = sq(x / 14.0) + sq(cy / 10.5) <= 1.0;
  if (inBonyCanal) {
    // Lateral recess: facet overgrowth closes it at subarticular stenosis.
    const int recSev = m.sev[side == 0 ? rsna::LeftSubarticular : rsna::RightSubarticular]
                            [static_cast<std::size_t>(level)];
    const double recessR = kRecessR * (1.0 - (1.0 - kRecessScale[recSev]) * window);
    const bool inRecess =
        sq((ax - kRecessX) / recessR) + sq((y - kRecessY) / (3.0 * recessR / kRecessR)) <= 1.0;
    if (sq(x / sacLat) + sq(cy / sacAp) <= 1.0) {
      // Conus above L1/L2, cauda equina roots below.
      if (z > discCenter(0) + 6) {
        if (sq(x / 5.0) + sq((cy - 1) / 4.0) <= 1.0) return set(Nerve);
      } else {
        static const double roots[6][2] = {{-2, 4},  {2, 4},      {-5, 2.5},
                                           {5, 2.5}, {-7.5, 0.5}, {7.5, 0.5}};
        for (const auto& r : roots)
          if (sq(x - r[0]) + sq(cy - r[1] * std::min(1.0, sacAp / kSacAP)) < 1.1) return set(Nerve);
      }
      return set(Csf);
    }
    if (std::fabs(dz) < 9 && ax > kRecessX - kRecessR && !inRecess && y < kCanalY + 2 &&
        inRecessRoi)
      return set(Cortex);
    if (inRecess) return set(Fat);
    // Disc bulge fills the front of a narrowed sac, ligamentum flavum the back.
    if (cy < 0 && inDiscZ && ax < 12) return set(Annulus);
    if (cy > 0 && window > 0.2 && ax < 12) return set(Ligament);
    return set(Fat);  // epidural fat
  }

  // Neural foramina: fat around the exiting root between the pedicles.
  if (inForamenSlab && y > 9 && y < 34 && std::fabs(z - zF) < 18.5) {
    const int fSev = m.sev[side == 0 ? rsna::LeftForaminal : rsna::RightForaminal]
                          [static_cast<std::size_t>(level)];
    const double s = kForamenScale[fSev];
    const double fy = (y - kForamenY) / (5.5 * s), fz = (z - zF) / (9.0 * s);
    if (sq(x > 0 ? x - kForamenX : x + kForamenX) / sq(kForamenHalfWidth) + 0.0 <= 1.0 &&
        fy * fy + fz * fz <= 1.0) {
      if (sq(y - kForamenY) + sq(z - (zF + 3.0 * s)) < sq(2.2)) return set(Nerve);
      return set(Fat);
    }
    if (inDiscZ && y < 16) return set(Annulus);
    return set(Cortex);  // pedicles above and below, facets behind
  }

  // Posterior elements: lamina, facets and spinous process.
  if (vertebra >= 0 && vertebra < 5) {
    if (ax < 14 && cy > 9.5 && cy < 16) return set(Cortex);
    if (ax < 3.5 && cy >= 16 && cy < 48 && z < bodyTop(vertebra) - 4 &&
        z > bodyTop(vertebra) - kBody + 2)
      return set(Cortex);
  }
  if (sq(ax - 13) + sq(cy - 6) < 25 && std::fabs(dz) < 10) return set(Cortex);

  // Muscles: psoas beside the bodies, erector spinae behind.
  if (z < 95 && sq((ax - 34) / (9.0 + (95 - z) * 0.05)) + sq((y + 2) / 13.0) <= 1.0)
    return set(Muscle);
  if (sq((ax - 27) / 20.0) + sq((cy - 32) / 19.0) <= 1.0) return set(Muscle);
  return set(Fat);
}

// T1 and T2 (fat-saturation free FSE) signal per tissue.
constexpr double kT1[kTissues] = {0, 950, 380, 620, 110, 320, 420, 220, 480, 150, 60, 500};
constexpr double kT2[kTissues] = {0, 650, 260, 430, 80, 280, 950, 1150, 520, 140, 60, 600};

struct SeriesSpec {
  image::Geometry geometry;
  Image::Dims dims;
  bool t2;
  const char* description;
};

PhantomSeries render(const SeriesSpec& spec, const Model& m, std::uint32_t seed, double noise,
                     Image& labels, const std::array<double, 5>& nucleusT2) {
  PhantomSeries s;
  s.volume = Image(PixelType::UInt16, spec.dims);
  s.volume.geometry = spec.geometry;
  labels = Image(PixelType::UInt8, spec.dims);
  labels.geometry = spec.geometry;
  const double sigma = noise * 1150.0;
  const Vec3 n = spec.geometry.normal();
  const double thick = spec.geometry.spacing[2];
  parallelFor(static_cast<std::size_t>(spec.dims[2]), [&](std::size_t kk) {
    const int k = static_cast<int>(kk);
    std::mt19937 rng(seed * 2654435761u + static_cast<std::uint32_t>(k) * 40503u);
    std::normal_distribution<double> n01(0.0, 1.0);
    for (int j = 0; j < spec.dims[1]; ++j)
      for (int i = 0; i < spec.dims[0]; ++i) {
        const Vec3 c = spec.geometry.indexToPatient({double(i), double(j), double(k)});
        // Slice profile: three samples across the slice thickness.
        double v = 0;
        int region = 0;
        for (int t = -1; t <= 1; ++t) {
          const Vec3 q = m.toAnatomy(image::add(c, image::scale(n, t * thick * 0.3)));
          const Hit hit = evaluate(q, m);
          double val = spec.t2 ? kT2[hit.tissue] : kT1[hit.tissue];
          if (hit.tissue == Nucleus && spec.t2)
            val = nucleusT2[static_cast<std::size_t>(nearestLevel(q[2]))];
          v += val / 3.0;
          if (t == 0) region = hit.region;
        }
        const double bias = 1.0 + 0.18 * std::sin(c[1] / 95.0 + 0.4) +
                            0.1 * std::cos(c[2] / 130.0) + 0.05 * std::sin(c[0] / 70.0);
        const double a = v * bias + sigma * n01(rng), b = sigma * n01(rng);
        s.volume.data<std::uint16_t>()[s.volume.offset(i, j, k)] =
            static_cast<std::uint16_t>(std::min(4095.0, std::round(std::sqrt(a * a + b * b))));
        labels.data<std::uint8_t>()[labels.offset(i, j, k)] = static_cast<std::uint8_t>(region);
      }
  });
  s.volume.windowPresets = {{spec.t2 ? 650.0 : 560.0, spec.t2 ? 1300.0 : 1300.0, "default"}};
  s.info.seriesDescription = spec.description;
  return s;
}

std::string csvEscape(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string o = "\"";
  for (char c : s)
    o += c == '"' ? std::string("\"\"") : std::string(1, c);
  return o + "\"";
}

std::string fmt(double v, int digits = 6) {
  std::ostringstream o;
  o.precision(digits);
  o << v;
  return o.str();
}

}  // namespace

LumbarStudy makeLumbarStudy(const LumbarOptions& o) {
  if (o.sagittalSlices < 3 || o.sagittalSize < 64 || o.axialSize < 64)
    throw Error("lumbar phantom: matrix sizes are too small (sagittal >= 3 x 64, axial >= 64)");
  if (o.pModerate < 0 || o.pSevere < 0 || o.pModerate + o.pSevere > 1)
    throw Error("lumbar phantom: severity probabilities must be >= 0 and add up to at most 1");
  LumbarStudy st;
  std::mt19937 rng(o.seed * 7919u + 17u);
  std::uniform_real_distribution<double> u01(0, 1);
  Model m;
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l) {
      int s = o.severity[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)];
      const double r = u01(rng);
      if (s < 0 || s > 2) s = r < o.pSevere ? 2 : r < o.pSevere + o.pModerate ? 1 : 0;
      m.sev[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)] = s;
    }
  st.severity = m.sev;
  if (o.poseJitter > 0) {
    // A separate generator: the severities and noise of a seed stay what they were.
    std::mt19937 pose(o.seed * 104729u + 31u);
    std::uniform_real_distribution<double> u11(-1, 1);
    const double J = std::min(o.poseJitter, 40.0);
    m.shift = {0.4 * J * u11(pose), J * u11(pose), 0.6 * J * u11(pose)};
    const double tilt = 0.3 * J * u11(pose) * M_PI / 180.0;
    m.cosTilt = std::cos(tilt);
    m.sinTilt = std::sin(tilt);
    m.posed = true;
  }
  // Degenerated discs lose T2 signal with the worst finding at their level.
  std::array<double, 5> nucleusT2{};
  for (int l = 0; l < 5; ++l) {
    int worst = 0;
    for (int c = 0; c < 5; ++c)
      worst = std::max(worst, m.sev[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)]);
    nucleusT2[static_cast<std::size_t>(l)] = 950.0 - 220.0 * worst;
  }

  st.studyId = std::to_string(4000000 + (o.seed % 1000000) * 7 % 5000000);
  const std::string key = "osteon-lumbar-" + std::to_string(o.seed);
  const std::string studyUid = io::makeUid(key + "-study"), forUid = io::makeUid(key + "-for");

  // Sagittal: columns posterior, rows inferior, slices from patient left to right (-x normal).
  const double fov = 300.0, thick = 4.0;
  image::Geometry sag;
  sag.spacing = {fov / o.sagittalSize, fov / o.sagittalSize, thick};
  sag.direction.setColumn(0, {0, 1, 0});
  sag.direction.setColumn(1, {0, 0, -1});
  sag.direction.setColumn(2, {-1, 0, 0});
  sag.origin = {thick * (o.sagittalSlices - 1) / 2.0, -130.0, 150.0};
  // Axial: L1 to S1, 4 mm slices, columns left, rows posterior.
  image::Geometry ax;
  const double afov = 180.0;
  ax.spacing = {afov / o.axialSize, afov / o.axialSize, 4.0};
  ax.origin = {-afov / 2, -75.0, -92.0};
  const int axialSlices = 48;

  const SeriesSpec specs[3] = {
      {sag, {o.sagittalSize, o.sagittalSize, o.sagittalSlices}, false, "Sagittal T1"},
      {sag, {o.sagittalSize, o.sagittalSize, o.sagittalSlices}, true, "Sagittal T2/STIR"},
      {ax, {o.axialSize, o.axialSize, axialSlices}, true, "Axial T2"}};
  for (int s = 0; s < 3; ++s) {
    Image labels;
    PhantomSeries ps =
        render(specs[s], m, o.seed * 3 + static_cast<std::uint32_t>(s), o.noise, labels, nucleusT2);
    ps.info.patientName = "PHANTOM^LUMBAR^" + std::to_string(o.seed);
    ps.info.patientId = "LUMBAR" + std::to_string(o.seed);
    ps.info.studyUid = studyUid;
    ps.info.frameOfReferenceUid = forUid;
    ps.info.seriesUid = io::makeUid(key + "-series-" + std::to_string(s));
    ps.info.studyDescription = "Osteon lumbar phantom (synthetic, not a patient)";
    ps.info.seriesNumber = s + 1;
    ps.info.modality = "MR";
    ps.info.bodyPart = "LSPINE";
    st.series.push_back(std::move(ps));
    st.labelMaps.push_back(std::move(labels));
    st.seriesIds.push_back(
        std::to_string((o.seed % 100000000) * 10 + 1000000000ull + static_cast<unsigned>(s) + 1));
  }

  // Coordinates where RSNA annotators label each finding.
  auto place = [&](int condition, int level, int series, const Vec3& p) {
    const image::Geometry& g = st.series[static_cast<std::size_t>(series)].volume.geometry;
    const Vec3 idx = g.patientToIndex(m.toPatient(p));
    LumbarCoordinate c;
    c.condition = condition;
    c.level = level;
    c.series = series;
    const int depth = st.series[static_cast<std::size_t>(series)].volume.depth();
    c.instanceNumber = std::clamp(static_cast<int>(std::lround(idx[2])), 0, depth - 1) + 1;
    c.x = idx[0];
    c.y = idx[1];
    st.coordinates.push_back(c);
  };
  for (int l = 0; l < 5; ++l) {
    const double zc = discCenter(l), yb = spineY(zc);
    place(rsna::SpinalCanal, l, 1, {0, yb + kCanalY, zc});
    place(rsna::LeftForaminal, l, 0, {kForamenX, spineY(zc + 7) + kForamenY, zc + 7});
    place(rsna::RightForaminal, l, 0, {-kForamenX, spineY(zc + 7) + kForamenY, zc + 7});
    place(rsna::LeftSubarticular, l, 2, {kRecessX, yb + kRecessY, zc});
    place(rsna::RightSubarticular, l, 2, {-kRecessX, yb + kRecessY, zc});
    const auto L = static_cast<std::size_t>(l);
    st.canalApDiameter[L] = 2 * kSacApBySeverity[m.sev[rsna::SpinalCanal][L]];
    for (int sd = 0; sd < 2; ++sd) {
      const auto S = static_cast<std::size_t>(sd);
      st.foramenHeight[S][L] =
          18.0 * kForamenScale[m.sev[sd == 0 ? rsna::LeftForaminal : rsna::RightForaminal][L]];
      st.recessWidth[S][L] =
          2 * kRecessR *
          kRecessScale[m.sev[sd == 0 ? rsna::LeftSubarticular : rsna::RightSubarticular][L]];
    }
  }
  return st;
}

std::vector<std::string> writeLumbarDataset(const std::string& outDir, const LumbarOptions& options,
                                            int count) {
  namespace fs = std::filesystem;
  if (count < 1) throw Error("lumbar phantom: count must be at least 1");
  std::error_code ec;
  fs::create_directories(fs::path(outDir) / "masks", ec);
  if (ec) throw Error(fileError(outDir, "cannot create folder: " + ec.message()));
  const annotation::RsnaLayout layout{outDir, "train"};
  std::ofstream train(layout.grades(), std::ios::binary);
  std::ofstream coords(layout.coordinates(), std::ios::binary);
  std::ofstream series(layout.seriesDescriptions(), std::ios::binary);
  std::ofstream labels(fs::path(outDir) / "masks" / "labels.csv", std::ios::binary);
  if (!train || !coords || !series || !labels)
    throw Error(fileError(outDir, "cannot write the label CSV files"));
  train << "study_id";
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l)
      train << "," << rsna::columnName(c, l);
  train << "\n";
  coords << "study_id,series_id,instance_number,condition,level,x,y\n";
  series << "study_id,series_id,series_description\n";
  labels << "value,condition,level\n";
  for (int c = 0; c < 5; ++c)
    for (int l = 0; l < 5; ++l)
      labels << 1 + 5 * c + l << "," << rsna::kConditionNames[static_cast<std::size_t>(c)] << ","
             << rsna::kLevelNames[static_cast<std::size_t>(l)] << "\n";

  std::vector<std::string> ids;
  for (int n = 0; n < count; ++n) {
    LumbarOptions o = options;
    o.seed = options.seed + static_cast<std::uint32_t>(n);
    LumbarStudy st = makeLumbarStudy(o);
    const fs::path studyDir = layout.studyFolder(st.studyId);
    for (std::size_t s = 0; s < st.series.size(); ++s) {
      io::writeDicomSeries(st.series[s].volume, (studyDir / st.seriesIds[s]).string(),
                           st.series[s].info);
      series << st.studyId << "," << st.seriesIds[s] << ","
             << csvEscape(st.series[s].info.seriesDescription) << "\n";
      fs::create_directories(fs::path(outDir) / "masks" / st.studyId, ec);
      io::writeImageFile(
          st.labelMaps[s],
          (fs::path(outDir) / "masks" / st.studyId / (st.seriesIds[s] + ".nii.gz")).string());
    }
    train << st.studyId;
    for (int c = 0; c < 5; ++c)
      for (int l = 0; l < 5; ++l)
        train << ","
              << rsna::kSeverityNames[static_cast<std::size_t>(
                     st.severity[static_cast<std::size_t>(c)][static_cast<std::size_t>(l)])];
    train << "\n";
    for (const LumbarCoordinate& c : st.coordinates)
      coords << st.studyId << "," << st.seriesIds[static_cast<std::size_t>(c.series)] << ","
             << c.instanceNumber << ","
             << rsna::kConditionNames[static_cast<std::size_t>(c.condition)] << ","
             << rsna::kLevelNames[static_cast<std::size_t>(c.level)] << "," << fmt(c.x, 7) << ","
             << fmt(c.y, 7) << "\n";
    ids.push_back(st.studyId);
  }
  return ids;
}

}  // namespace osteon::phantom
