#include "core/phantom/panoramic.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>

#include "core/base/error.h"
#include "core/io/dicom_writer.h"
#include "core/io/image_file.h"
#include "core/phantom/raster.h"

namespace osteon::phantom {

using image::Image;
using image::PixelType;

namespace {

// Normalised horizontal position u in [-1, 1]; heights as fractions of the image height.
double inferiorBorder(double u) {
  return 0.90 - 0.16 * u * u;
}  // lower edge of the mandible
double alveolarCrest(double u) {
  return 0.60 - 0.04 * u * u;
}  // top of the mandibular bone
double occlusalPlane(double u) {
  return 0.50 - 0.03 * u * u;
}
double maxillaTop(double u) {
  return 0.26 + 0.03 * u * u;
}

}  // namespace

Panoramic makePanoramic(const PanoramicOptions& o) {
  if (o.width < 256 || o.height < 128)
    throw Error("panoramic phantom: image must be at least 256 x 128");
  std::mt19937 rng(o.seed * 1597334677u + 11u);
  std::uniform_real_distribution<double> u01(0, 1);
  Panoramic out;
  out.osteoporosis = o.osteoporosis >= 0 ? o.osteoporosis != 0 : u01(rng) < 0.5;
  out.name = std::string("phantom-pano-") + (out.osteoporosis ? "osteoporosis-" : "healthy-") +
             std::to_string(o.seed);
  const int W = o.width, H = o.height;
  const double mmPerPx = o.pixelSpacing;

  // Per-image variation within each class.
  const double cortexMm = out.osteoporosis ? 1.6 + 1.0 * u01(rng) : 4.0 + 1.2 * u01(rng);
  const double bvf = out.osteoporosis ? 0.22 + 0.08 * u01(rng) : 0.42 + 0.1 * u01(rng);
  const double trabScale =
      out.osteoporosis ? 2.6 : 1.7;  // pixels of the network's correlation length
  out.corticalThicknessMm = cortexMm;
  const double cortexPx = cortexMm / mmPerPx;

  // Trabecular network: thresholded band-pass noise; the threshold sets the bone fraction.
  Field fine = smoothNoise(W, H, trabScale, rng);
  Field coarse = smoothNoise(W, H, trabScale * 3, rng);
  for (std::size_t i = 0; i < fine.v.size(); ++i)
    fine.v[i] = fine.v[i] - 0.6f * coarse.v[i];
  std::vector<float> sorted = fine.v;
  const std::size_t q =
      static_cast<std::size_t>((1.0 - bvf) * static_cast<double>(sorted.size() - 1));
  std::nth_element(sorted.begin(), sorted.begin() + static_cast<long>(q), sorted.end());
  const float thr = sorted[q];
  Field pores = smoothNoise(W, H, 1.5, rng);  // cortical porosity

  Field att(W, H, 0.12f), mask(W, H, 0.f);
  std::size_t trabBone = 0, trabAll = 0;
  for (int y = 0; y < H; ++y) {
    const double fy = static_cast<double>(y) / H;
    for (int x = 0; x < W; ++x) {
      const double u = (2.0 * x) / W - 1.0, au = std::fabs(u);
      float a = 0.14f + 0.06f * static_cast<float>(1 - au);  // soft tissue
      if (au < 0.12 && fy > 0.3 && fy < 0.75) a -= 0.05f;    // airway / tongue shadow
      const double inf = inferiorBorder(u), crest = alveolarCrest(u);
      // Mandible body and rami (the rami rise at |u| ~ 0.72 .. 0.92 to the condyles).
      const bool body = au < 0.8 && fy < inf && fy > crest - 0.02;
      // Ramus: rises from the angle of the mandible to the condyle, with the sigmoid notch.
      const double ru = (au - 0.7) / 0.22;
      const bool ramus = au > 0.7 && au < 0.92 && fy < inferiorBorder(0.8) - 0.02 * ru &&
                         fy > 0.2 + 0.18 * std::exp(-std::pow((ru - 0.45) / 0.18, 2));
      const bool maxilla = au < 0.72 && fy > maxillaTop(u) && fy < occlusalPlane(u) - 0.06;
      if (body || ramus || maxilla) {
        const bool trab = fine.at(x, y) > thr;
        float bone = 0.18f + (trab ? 0.16f : 0.f);
        const double distInf = (inf - fy) * H;  // pixels above the inferior border
        if (body && distInf >= 0 && distInf < cortexPx) {
          // Cortex: solid when healthy; porous with an eroded inner margin when osteoporotic.
          const bool eroded = out.osteoporosis && distInf > cortexPx * 0.45 && pores.at(x, y) > 0.3;
          const bool porous = out.osteoporosis && pores.at(x, y) > 1.4;
          bone = (eroded || porous) ? bone : 0.62f;
        }
        if (maxilla && (fy < maxillaTop(u) + 0.1) && au > 0.25 && au < 0.65)
          bone -= 0.12f;  // sinuses
        if (maxilla && std::fabs(fy - (maxillaTop(u) + 0.015)) < 0.008)
          bone += 0.2f;  // hard palate
        a += bone;
        if (body && au > 0.2 && au < 0.6 && distInf < H * 0.16) {
          mask.at(x, y) = 1.f;
          if (distInf > cortexPx) {
            ++trabAll;
            trabBone += trab ? 1 : 0;
          }
        }
      }
      att.at(x, y) = a;
    }
  }
  out.boneVolumeFraction =
      trabAll ? static_cast<double>(trabBone) / static_cast<double>(trabAll) : 0;

  // Teeth: 16 per jaw along the arch; molars wide at the sides, incisors narrow in the middle.
  for (int jaw = 0; jaw < 2; ++jaw) {
    double cum = 0;
    std::array<double, 16> widths{};
    for (int t = 0; t < 16; ++t) {
      const int fromMid = t < 8 ? 7 - t : t - 8;  // 0 = central incisor .. 7 = third molar
      widths[static_cast<std::size_t>(t)] = fromMid < 3 ? 0.8 : fromMid < 5 ? 0.9 : 1.3;
      cum += widths[static_cast<std::size_t>(t)];
    }
    double pos = -0.68;
    for (int t = 0; t < 16; ++t) {
      const double wdt = 1.36 * widths[static_cast<std::size_t>(t)] / cum;
      const double uc = pos + wdt / 2;
      pos += wdt;
      const int fromMid = t < 8 ? 7 - t : t - 8;
      if (fromMid == 7 && u01(rng) < 0.5) continue;  // missing third molars
      const double occ = occlusalPlane(uc);
      const double crownH = 0.09, rootH = fromMid < 3 ? 0.17 : 0.13;
      const int x0 = static_cast<int>((pos - wdt + 1) / 2 * W),
                x1 = static_cast<int>((pos + 1) / 2 * W);
      for (int x = std::max(0, x0 + 2); x < std::min(W, x1 - 2); ++x) {
        const double lx = (x - (x0 + x1) / 2.0) / ((x1 - x0) / 2.0 - 2);  // -1..1 across the tooth
        for (int y = 0; y < H; ++y) {
          const double fy = static_cast<double>(y) / H;
          const double d =
              jaw == 0 ? occ - fy : fy - occ;  // distance from the occlusal plane into the jaw
          if (d < 0.005) continue;
          float add = 0;
          if (d < crownH) {
            if (std::fabs(lx) < 0.95 - 0.3 * std::pow(d / crownH - 0.5, 2))
              add = d < 0.035 ? 0.78f : 0.6f;                               // enamel / crown
            if (add > 0 && std::fabs(lx) < 0.25 && d > 0.045) add = 0.32f;  // pulp chamber
          } else if (d < crownH + rootH) {
            const double taper = 1.0 - 0.7 * (d - crownH) / rootH;
            const bool twoRoots = fromMid >= 5;
            const double rx = twoRoots ? std::fabs(std::fabs(lx) - 0.45) : std::fabs(lx);
            if (rx < 0.38 * taper) add = rx < 0.08 ? 0.05f : 0.2f;  // dentin over bone, root canal
          }
          if (add > 0) att.at(x, y) = d < crownH ? std::max(att.at(x, y), add) : att.at(x, y) + add;
        }
      }
    }
  }

  gaussianBlur(att, 1.1);
  std::normal_distribution<float> n01(0.f, 1.f);
  out.image = Image(PixelType::UInt8, {W, H, 1});
  out.image.geometry.spacing = {mmPerPx, mmPerPx, 1};
  out.mask = Image(PixelType::UInt8, {W, H, 1});
  out.mask.geometry = out.image.geometry;
  for (std::size_t i = 0; i < att.v.size(); ++i) {
    const float v = att.v[i] + static_cast<float>(o.noise) * n01(rng);
    out.image.bytes()[i] = static_cast<std::uint8_t>(std::clamp(v * 255.f * 1.2f, 0.f, 255.f));
    out.mask.bytes()[i] = mask.v[i] > 0 ? 255 : 0;
  }
  return out;
}

std::vector<std::string> writePanoramicDataset(const std::string& outDir,
                                               const PanoramicOptions& options, int count) {
  namespace fs = std::filesystem;
  if (count < 1) throw Error("panoramic phantom: count must be at least 1");
  for (const char* d : {"images/1_healthy", "images/3_osteoporosis", "dicom", "masks"})
    fs::create_directories(fs::path(outDir) / d);
  std::ofstream labels(fs::path(outDir) / "labels.csv", std::ios::binary);
  if (!labels) throw Error(fileError(outDir, "cannot write labels.csv"));
  labels << "filename,class,diagnosis,cortical_thickness_mm,bone_volume_fraction\n";
  std::vector<std::string> out;
  for (int n = 0; n < count; ++n) {
    PanoramicOptions o = options;
    o.seed = options.seed + static_cast<std::uint32_t>(n);
    if (options.osteoporosis < 0) o.osteoporosis = n % 2;
    const Panoramic p = makePanoramic(o);
    const std::string folder = p.osteoporosis ? "images/3_osteoporosis" : "images/1_healthy";
    const std::string rel = folder + "/" + p.name + ".png";
    io::writeImageFile(p.image, (fs::path(outDir) / rel).string());
    io::writeImageFile(p.mask, (fs::path(outDir) / "masks" / (p.name + ".png")).string());
    io::DicomWriteInfo info;
    info.modality = "DX";
    info.imagerPixelSpacing = true;
    info.bodyPart = "JAW";
    info.patientName = "PHANTOM^PANORAMIC^" + std::to_string(o.seed);
    info.patientId = "PANO" + std::to_string(o.seed);
    info.studyDescription = "Osteon panoramic phantom (synthetic, not a patient)";
    info.seriesDescription = "Panoramic";
    info.studyUid = io::makeUid("osteon-pano-study-" + std::to_string(o.seed));
    info.seriesUid = io::makeUid("osteon-pano-series-" + std::to_string(o.seed));
    io::writeDicomImage(p.image, 0, (fs::path(outDir) / "dicom" / (p.name + ".dcm")).string(), info,
                        1);
    labels << rel << "," << (p.osteoporosis ? 3 : 1) << ","
           << (p.osteoporosis ? "Patient with Osteoporosis" : "Healthy Patient") << ","
           << p.corticalThicknessMm << "," << p.boneVolumeFraction << "\n";
    out.push_back(rel);
  }
  return out;
}

}  // namespace osteon::phantom
