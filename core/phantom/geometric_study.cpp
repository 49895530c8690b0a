#include "core/phantom/geometric_study.h"
#include "core/annotation/rsna_layout.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/base/error.h"
#include "core/base/parallel.h"

namespace osteon::phantom {

using image::Image;
using image::PixelType;
using image::Vec3;

namespace {

enum Tissue { Air, Fat, Muscle, Bone, Disc, Csf, Cord };

// Patient coordinates in mm (LPS): the column runs along z (superior +), canal posterior (+y).
Tissue tissueAt(const Vec3& p) {
  const double x = p[0], y = p[1], z = p[2];
  // Body outline: an elliptic cylinder.
  if ((x * x) / (150.0 * 150.0) + ((y - 20) * (y - 20)) / (110.0 * 110.0) > 1) return Air;
  // Canal: a cylinder behind the bodies; cord inside it.
  const double cy = 28, rx = x, ry = y - cy;
  if (rx * rx + ry * ry < 6.0 * 6.0) return Cord;
  if (rx * rx + ry * ry < 11.0 * 11.0) return Csf;
  // Vertebral bodies (L1..S1) 26 mm tall with 9 mm discs, centred at y = 0.
  const double inBody = (x * x) / (24.0 * 24.0) + (y * y) / (17.0 * 17.0);
  if (inBody <= 1) {
    const double period = 35.0, top = 105.0;
    const double u = top - z;
    if (u >= 0 && u < period * 6) {
      const double phase = std::fmod(u, period);
      return phase < 26.0 ? Bone : Disc;
    }
  }
  // Posterior elements and paraspinal muscles.
  if (std::fabs(x) < 45 && y > 42 && y < 85) return std::fabs(x) < 8 ? Bone : Muscle;
  return Fat;
}

double intensity(Tissue t, bool t2) {
  switch (t) {
    case Air:
      return 0;
    case Fat:
      return t2 ? 700 : 900;
    case Muscle:
      return t2 ? 250 : 350;
    case Bone:
      return t2 ? 380 : 520;
    case Disc:
      return t2 ? 850 : 300;
    case Csf:
      return t2 ? 1000 : 150;
    case Cord:
      return t2 ? 450 : 420;
  }
  return 0;
}

PhantomSeries sample(const image::Geometry& g, image::Image::Dims dims, bool t2, std::uint32_t seed,
                     double noise) {
  PhantomSeries s;
  s.volume = Image(PixelType::UInt16, dims);
  s.volume.geometry = g;
  std::uint16_t* out = s.volume.data<std::uint16_t>();
  const double sigma = noise * 1000.0;
  parallelFor(static_cast<std::size_t>(dims[2]), [&](std::size_t k) {
    std::mt19937 rng(seed * 7919u + static_cast<std::uint32_t>(k));
    std::normal_distribution<double> n01(0.0, 1.0);
    for (int j = 0; j < dims[1]; ++j)
      for (int i = 0; i < dims[0]; ++i) {
        const Vec3 p = g.indexToPatient(
            {static_cast<double>(i), static_cast<double>(j), static_cast<double>(k)});
        // Smooth coil sensitivity (bias field) across the field of view.
        const double bias = 1.0 + 0.15 * std::sin(p[1] / 90.0) + 0.1 * std::cos(p[2] / 120.0);
        const double v = intensity(tissueAt(p), t2) * bias;
        const double a = v + sigma * n01(rng), b = sigma * n01(rng);
        const double mag = std::sqrt(a * a + b * b);  // magnitude image: Rician noise
        out[s.volume.offset(i, j, static_cast<int>(k))] =
            static_cast<std::uint16_t>(std::min(4095.0, std::round(mag)));
      }
  });
  s.volume.windowPresets = {{t2 ? 600.0 : 500.0, t2 ? 1200.0 : 1000.0, "default"}};
  return s;
}

}  // namespace

std::vector<PhantomSeries> makeGeometricStudy(const GeometricStudyOptions& o) {
  if (o.sagittalSlices < 1 || o.axialSlices < 1 || o.sagittalSize < 16 || o.axialSize < 16)
    throw Error("phantom: matrix sizes are too small");
  std::vector<PhantomSeries> out;
  const std::string key = "osteon-geometric-" + std::to_string(o.seed);
  const std::string studyUid = io::makeUid(key + "-study");
  const std::string forUid = io::makeUid(key + "-for");

  // Sagittal: columns run posterior (+y), rows inferior (-z); slices go right (-x) as on scanners.
  image::Geometry sag;
  const double fov = 300.0, thick = 4.0;
  sag.spacing = {fov / o.sagittalSize, fov / o.sagittalSize, thick};
  sag.direction.setColumn(0, {0, 1, 0});
  sag.direction.setColumn(1, {0, 0, -1});
  sag.direction.setColumn(2, {-1, 0, 0});
  sag.origin = {thick * (o.sagittalSlices - 1) / 2.0, -fov / 2 + 20, 120.0};
  // Axial: through the lower three discs, columns left (+x), rows posterior (+y).
  image::Geometry ax;
  const double afov = 200.0, athick = 4.0;
  ax.spacing = {afov / o.axialSize, afov / o.axialSize, athick};
  ax.origin = {-afov / 2, -afov / 2 + 20, -115.0};
  const char* names[3] = {"Sagittal T1", "Sagittal T2/STIR", "Axial T2"};
  for (int s = 0; s < 3; ++s) {
    const bool axial = s == 2;
    PhantomSeries ps =
        axial ? sample(ax, {o.axialSize, o.axialSize, o.axialSlices}, true, o.seed * 3 + 2, o.noise)
              : sample(sag, {o.sagittalSize, o.sagittalSize, o.sagittalSlices}, s == 1,
                       o.seed * 3 + static_cast<std::uint32_t>(s), o.noise);
    ps.info.patientName = "PHANTOM^GEOMETRIC";
    ps.info.patientId = "GEO" + std::to_string(o.seed);
    ps.info.studyUid = studyUid;
    ps.info.frameOfReferenceUid = forUid;
    ps.info.seriesUid = io::makeUid(key + "-series-" + std::to_string(s));
    ps.info.studyDescription = "Osteon geometric phantom (synthetic, not a patient)";
    ps.info.seriesDescription = names[s];
    ps.info.seriesNumber = s + 1;
    ps.info.modality = "MR";
    ps.info.bodyPart = "LSPINE";
    out.push_back(std::move(ps));
  }
  return out;
}

std::string writeGeometricStudy(const std::string& outDir, const GeometricStudyOptions& options) {
  namespace fs = std::filesystem;
  std::vector<PhantomSeries> study = makeGeometricStudy(options);
  // RSNA uses numeric study and series ids as folder names.
  const std::string studyId = std::to_string(1000000 + options.seed);
  const annotation::RsnaLayout layout{outDir, "train"};
  const fs::path studyDir = layout.studyFolder(studyId);
  std::error_code ec;
  fs::create_directories(outDir, ec);
  std::ofstream csv(layout.seriesDescriptions(), std::ios::binary);
  if (!csv) throw Error(fileError(outDir, "cannot write " + layout.seriesDescriptionsName()));
  csv << "study_id,series_id,series_description\n";
  for (std::size_t s = 0; s < study.size(); ++s) {
    const std::string seriesId = std::to_string((options.seed % 100000) * 10 + s + 1);
    io::writeDicomSeries(study[s].volume, (studyDir / seriesId).string(), study[s].info);
    csv << studyId << "," << seriesId << "," << study[s].info.seriesDescription << "\n";
  }
  return studyDir.string();
}

}  // namespace osteon::phantom
