#include "core/phantom/spine_xray.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/base/error.h"
#include "core/io/dicom_writer.h"
#include "core/io/image_file.h"
#include "core/phantom/raster.h"

namespace osteon::phantom {

using annotation::Point2;
using image::Image;
using image::PixelType;

const std::array<const char*, kAlsTypes> kAlsTypeNames = {"3CH", "3CTL", "3CN", "3CL",
                                                          "4C",  "4CL",  "4CTL"};

int alsTypeFromName(const std::string& name) {
  for (int i = 0; i < kAlsTypes; ++i)
    if (name == kAlsTypeNames[static_cast<std::size_t>(i)]) return i;
  throw Error("unknown ALS type '" + name + "' (3CH, 3CTL, 3CN, 3CL, 4C, 4CL, 4CTL)");
}

namespace {

struct Bend {
  double apex, width, amplitude;  // vertebra index, vertebrae, relative amplitude (signed)
};

struct Pattern {
  std::vector<Bend> bends;
  double trunkShift = 0;   // relative to the major amplitude, toward the major convexity
  double pelvisShift = 0;  // relative, toward the major concavity when positive
};

Pattern patternFor(int type) {
  switch (type) {
    case 0:
      return {{{7.5, 3.2, 1.0}}, 0.35, 0.35};  // 3CH
    case 1:
      return {{{10.5, 3.4, 1.0}}, 0.2, 0.1};  // 3CTL
    case 2:
      return {{{7.5, 2.8, 1.0}, {14.0, 1.8, -0.2}}, 0.0, 0.0};  // 3CN
    case 3:
      return {{{7.5, 2.6, 1.0}, {14.0, 1.8, -0.5}}, 0.1, -0.1};  // 3CL
    case 4:
      return {{{7.5, 2.4, 1.0}, {13.0, 2.0, -0.9}}, 0.0, 0.0};  // 4C
    case 5:
      return {{{13.5, 2.2, 1.0}, {6.5, 2.2, -0.5}}, 0.15, 0.0};  // 4CL
    default:
      return {{{11.5, 2.4, 1.0}, {5.5, 2.2, -0.5}}, 0.15, 0.0};  // 4CTL
  }
}

struct Vertebra {
  double cx, cy, hw, hh, theta;
};

std::vector<Vertebra> layout(const Pattern& p, double scale, int w, int h, double sign) {
  std::vector<Vertebra> v(annotation::kSpineVertebrae);
  // Heights grow from T1 to L5; discs are 28% of the body height.
  double total = 0;
  std::array<double, 17> rel{};
  for (int i = 0; i < 17; ++i) {
    rel[static_cast<std::size_t>(i)] = 0.72 + 0.45 * i / 16.0;
    total += rel[static_cast<std::size_t>(i)] * 1.28;
  }
  const double top = 0.05 * h, span = 0.88 * h, unit = span / total;
  auto lateral = [&](double t) {
    double d = 0;
    for (const Bend& b : p.bends)
      d += b.amplitude * std::exp(-0.5 * std::pow((t - b.apex) / b.width, 2));
    return -sign * scale * d;  // convex to the patient's right = toward the image left
  };
  double y = top;
  for (int i = 0; i < 17; ++i) {
    const double hh = rel[static_cast<std::size_t>(i)] * unit / 2;
    Vertebra& vt = v[static_cast<std::size_t>(i)];
    vt.cy = y + hh;
    vt.cx = w / 2.0 + lateral(i) + p.trunkShift * scale * -sign * 0.3;
    vt.hh = hh;
    vt.hw = hh * (1.25 + 0.35 * i / 16.0);
    // Tilt from the slope of the curve (dx per pixel of height).
    const double dxdt = (lateral(i + 0.05) - lateral(i - 0.05)) / 0.1;
    const double dydt = rel[static_cast<std::size_t>(i)] * unit * 1.28;
    vt.theta = std::atan2(dxdt, dydt) * -1.0;
    y += rel[static_cast<std::size_t>(i)] * unit * 1.28;
  }
  return v;
}

std::vector<Point2> cornersOf(const std::vector<Vertebra>& vs) {
  std::vector<Point2> pts;
  for (const Vertebra& v : vs) {
    const double c = std::cos(v.theta), s = std::sin(v.theta);
    for (const auto& k :
         {Point2{-v.hw, -v.hh}, Point2{v.hw, -v.hh}, Point2{-v.hw, v.hh}, Point2{v.hw, v.hh}})
      pts.push_back({v.cx + k.x * c - k.y * s, v.cy + k.x * s + k.y * c});
  }
  return pts;
}

void stamp(Field& f, double cx, double cy, double r, float value) {
  const int x0 = std::max(0, static_cast<int>(cx - r)),
            x1 = std::min(f.w - 1, static_cast<int>(cx + r) + 1);
  const int y0 = std::max(0, static_cast<int>(cy - r)),
            y1 = std::min(f.h - 1, static_cast<int>(cy + r) + 1);
  for (int y = y0; y <= y1; ++y)
    for (int x = x0; x <= x1; ++x)
      if ((x - cx) * (x - cx) + (y - cy) * (y - cy) <= r * r)
        f.at(x, y) = std::max(f.at(x, y), value);
}

}  // namespace

SpineXray makeSpineXray(const SpineXrayOptions& o) {
  if (o.width < 128 || o.height < 256)
    throw Error("spine X-ray phantom: image must be at least 128 x 256");
  std::mt19937 rng(o.seed * 2246822519u + 3u);
  std::uniform_real_distribution<double> u01(0, 1);
  SpineXray out;
  out.alsType =
      o.alsType >= 0 ? o.alsType % kAlsTypes : static_cast<int>(u01(rng) * kAlsTypes) % kAlsTypes;
  const double target = o.magnitude > 0 ? o.magnitude : 15 + 45 * u01(rng);
  out.majorToRight = u01(rng) < 0.8;
  const double sign = out.majorToRight ? 1.0 : -1.0;
  Pattern p = patternFor(out.alsType);
  for (Bend& b : p.bends) {
    b.apex += (u01(rng) - 0.5) * 1.2;
    b.width *= 0.85 + 0.3 * u01(rng);
    b.amplitude *= 0.88 + 0.24 * u01(rng);
  }
  out.name = std::string("phantom-") + kAlsTypeNames[static_cast<std::size_t>(out.alsType)] + "-" +
             std::to_string(o.seed);

  // Calibrate the curve amplitude (pixels) so that the principal Cobb angle hits the target.
  // A scale so large that a vertebra folds flat counts as overshooting every target.
  auto cobbFor = [&](double scale) {
    try {
      return annotation::cobbAngles(cornersOf(layout(p, scale, o.width, o.height, sign)), o.height)
          .principal;
    } catch (const Error&) {
      return 180.0;
    }
  };
  double a = 5, b = 40, fa = cobbFor(a) - target, fb = cobbFor(b) - target;
  for (int it = 0; it < 30 && std::fabs(fb) > 0.05; ++it) {
    const double c = b - fb * (b - a) / (fb - fa);
    a = b, fa = fb;
    b = std::clamp(c, 0.5, 0.45 * o.width);
    fb = cobbFor(b) - target;
  }
  if (std::fabs(fb) > 0.05) {
    // The secant left the usable range (e.g. vertebrae folded flat): bisect instead.
    double lo = 0.5, hi = 0.45 * o.width;
    for (int it = 0; it < 60; ++it) {
      b = 0.5 * (lo + hi);
      (cobbFor(b) < target ? lo : hi) = b;
    }
  }
  const std::vector<Vertebra> vs = layout(p, b, o.width, o.height, sign);
  out.landmarks = cornersOf(vs);
  out.cobb = annotation::cobbAngles(out.landmarks, o.height);

  // --- projection ---------------------------------------------------------------------------
  const int W = o.width, H = o.height;
  Field base(W, H, 0.52f), bone(W, H, 0.f), ribs(W, H, 0.f);
  const double spineX = vs[6].cx, pelvisX = W / 2.0 + sign * p.pelvisShift * b * 0.5;
  // Lungs (less attenuation) above the diaphragm domes; the mediastinum between them.
  for (int y = 0; y < H; ++y)
    for (int x = 0; x < W; ++x) {
      const double dome = 0.44 * H + 0.05 * H * std::pow((x - W / 2.0) / (W / 2.0), 2);
      const double mid = std::fabs(x - spineX);
      if (y < dome && mid > 0.09 * W)
        base.at(x, y) = 0.17f + 0.05f * static_cast<float>(y) / static_cast<float>(dome);
      if (y > 0.85 * H) base.at(x, y) += 0.06f;  // pelvic soft tissue
    }
  std::mt19937 trng(o.seed + 99u);
  Field texture = smoothNoise(W, H, 6.0, trng);
  for (std::size_t i = 0; i < base.v.size(); ++i)
    base.v[i] += 0.025f * texture.v[i];
  gaussianBlur(base, 12.0);

  // Ribs from T1..T12, curving laterally and down.
  for (int v = 0; v < 12; ++v) {
    const Vertebra& vt = vs[static_cast<std::size_t>(v)];
    for (int sdir : {-1, 1}) {
      for (double t = 0; t <= 1.0; t += 0.002) {
        const double x = vt.cx + sdir * (vt.hw * 0.8 + t * W * 0.55);
        const double y = vt.cy - vt.hh * 0.3 + t * t * H * 0.09 + t * H * 0.03 * (1 + v * 0.08);
        stamp(ribs, x, y, 3.0 + 1.5 * (1 - t), 1.f);
      }
    }
  }
  // Pelvis: iliac wings and the sacrum below L5.
  const Vertebra& l5 = vs[16];
  for (int y = static_cast<int>(l5.cy); y < H; ++y)
    for (int x = 0; x < W; ++x) {
      const double dx = x - pelvisX, dy = y - (l5.cy + l5.hh * 1.5);
      const double wing = std::pow(dx / (0.42 * W), 2) + std::pow((dy - 0.04 * H) / (0.08 * H), 2);
      if (wing < 1 && std::fabs(dx) > 0.1 * W)
        bone.at(x, y) = std::max(bone.at(x, y), 0.18f + (wing > 0.85 ? 0.12f : 0.f));
      const double sac = std::fabs(dx - (l5.cx - pelvisX)) / (0.09 * W) + dy / (0.1 * H);
      if (dy > 0 && sac < 1) bone.at(x, y) = std::max(bone.at(x, y), 0.22f);
    }
  // Vertebrae: body with bright endplates and cortex, pedicles, spinous process.
  for (const Vertebra& vt : vs) {
    const double c = std::cos(vt.theta), s = std::sin(vt.theta);
    const double r = std::hypot(vt.hw, vt.hh) * 1.2;
    for (int y = std::max(0, static_cast<int>(vt.cy - r));
         y < std::min(H, static_cast<int>(vt.cy + r)); ++y)
      for (int x = std::max(0, static_cast<int>(vt.cx - r));
           x < std::min(W, static_cast<int>(vt.cx + r)); ++x) {
        const double dx = x - vt.cx, dy = y - vt.cy;
        const double lx = dx * c + dy * s, ly = -dx * s + dy * c;  // vertebra frame
        const double ex = std::fabs(lx) / vt.hw, ey = std::fabs(ly) / vt.hh;
        float add = 0;
        if (ex <= 1 && ey <= 1) {
          add = 0.13f;
          if (ey > 0.86) add += 0.1f;  // endplates
          if (ex > 0.9) add += 0.06f;  // lateral cortex
        }
        for (int sd : {-1, 1}) {
          const double px = (lx - sd * 0.62 * vt.hw) / (0.2 * vt.hw),
                       py = (ly + 0.35 * vt.hh) / (0.32 * vt.hh);
          const double pr = px * px + py * py;
          if (pr <= 1) add += pr > 0.5 ? 0.1f : 0.04f;  // pedicle ring
        }
        const double sp =
            std::fabs(lx) / (0.12 * vt.hw) + std::fabs(ly - 0.25 * vt.hh) / (0.6 * vt.hh);
        if (sp <= 1) add += 0.07f;
        bone.at(x, y) = std::max(bone.at(x, y), add);
      }
  }
  Field img(W, H);
  for (std::size_t i = 0; i < img.v.size(); ++i)
    img.v[i] = base.v[i] + bone.v[i] + 0.09f * ribs.v[i] * (base.v[i] < 0.35f ? 1.f : 0.5f);
  gaussianBlur(img, 1.8);
  std::normal_distribution<float> n01(0.f, 1.f);
  out.image = Image(PixelType::UInt8, {W, H, 1});
  out.image.geometry.spacing = {o.pixelSpacing, o.pixelSpacing, 1};
  for (std::size_t i = 0; i < img.v.size(); ++i) {
    const float v = img.v[i] + static_cast<float>(o.noise) * n01(rng);
    out.image.bytes()[i] =
        static_cast<std::uint8_t>(std::clamp(std::pow(std::max(v, 0.f), 1.1f) * 255.f, 0.f, 255.f));
  }

  // Mask of the principal curve: vertebrae U..Lo.
  out.curveMask = Image(PixelType::UInt8, {W, H, 1});
  out.curveMask.geometry = out.image.geometry;
  for (int v = out.cobb.upper; v <= out.cobb.lower; ++v) {
    const Vertebra& vt = vs[static_cast<std::size_t>(v)];
    const double c = std::cos(vt.theta), s = std::sin(vt.theta), r = std::hypot(vt.hw, vt.hh);
    for (int y = std::max(0, static_cast<int>(vt.cy - r));
         y < std::min(H, static_cast<int>(vt.cy + r)); ++y)
      for (int x = std::max(0, static_cast<int>(vt.cx - r));
           x < std::min(W, static_cast<int>(vt.cx + r)); ++x) {
        const double dx = x - vt.cx, dy = y - vt.cy;
        if (std::fabs(dx * c + dy * s) <= vt.hw && std::fabs(-dx * s + dy * c) <= vt.hh)
          out.curveMask.bytes()[static_cast<std::size_t>(y) * static_cast<std::size_t>(W) +
                                static_cast<std::size_t>(x)] = 255;
      }
  }
  return out;
}

std::vector<std::string> writeSpineXrayDataset(const std::string& outDir,
                                               const SpineXrayOptions& options, int count) {
  namespace fs = std::filesystem;
  if (count < 1) throw Error("spine X-ray phantom: count must be at least 1");
  for (const char* d : {"images", "dicom", "masks"})
    fs::create_directories(fs::path(outDir) / d);
  std::ofstream names(fs::path(outDir) / "filenames.csv", std::ios::binary);
  std::ofstream lms(fs::path(outDir) / "landmarks.csv", std::ios::binary);
  std::ofstream angles(fs::path(outDir) / "angles.csv", std::ios::binary);
  std::ofstream labels(fs::path(outDir) / "labels.csv", std::ios::binary);
  if (!names || !lms || !angles || !labels)
    throw Error(fileError(outDir, "cannot write the label CSV files"));
  labels << "filename,als_type,principal_cobb,second_cobb,third_cobb,s_shaped,major_convexity\n";
  std::vector<std::string> out;
  for (int n = 0; n < count; ++n) {
    SpineXrayOptions o = options;
    o.seed = options.seed + static_cast<std::uint32_t>(n);
    if (options.alsType < 0)
      o.alsType = static_cast<int>((options.seed + static_cast<std::uint32_t>(n)) % kAlsTypes);
    const SpineXray x = makeSpineXray(o);
    const std::string file = x.name + ".png";
    io::writeImageFile(x.image, (fs::path(outDir) / "images" / file).string());
    io::writeImageFile(x.curveMask, (fs::path(outDir) / "masks" / file).string());
    io::DicomWriteInfo info;
    info.modality = "DX";
    info.imagerPixelSpacing = true;
    info.patientName = "PHANTOM^SPINE^" + std::to_string(o.seed);
    info.patientId = "SPINE" + std::to_string(o.seed);
    info.studyDescription = "Osteon spine X-ray phantom (synthetic, not a patient)";
    info.seriesDescription =
        std::string("AP spine, ALS ") + kAlsTypeNames[static_cast<std::size_t>(x.alsType)];
    info.studyUid = io::makeUid("osteon-spine-study-" + std::to_string(o.seed));
    info.seriesUid = io::makeUid("osteon-spine-series-" + std::to_string(o.seed));
    io::writeDicomImage(x.image, 0, (fs::path(outDir) / "dicom" / (x.name + ".dcm")).string(), info,
                        1);
    names << file << "\n";
    std::ostringstream row;
    row.precision(8);
    for (int i = 0; i < 68; ++i)
      row << (i ? "," : "") << x.landmarks[static_cast<std::size_t>(i)].x / o.width;
    for (int i = 0; i < 68; ++i)
      row << "," << x.landmarks[static_cast<std::size_t>(i)].y / o.height;
    lms << row.str() << "\n";
    angles << x.cobb.principal << "," << x.cobb.second << "," << x.cobb.third << "\n";
    labels << file << "," << kAlsTypeNames[static_cast<std::size_t>(x.alsType)] << ","
           << x.cobb.principal << "," << x.cobb.second << "," << x.cobb.third << ","
           << (x.cobb.sShaped ? 1 : 0) << "," << (x.majorToRight ? "right" : "left") << "\n";
    out.push_back(file);
  }
  return out;
}

}  // namespace osteon::phantom
