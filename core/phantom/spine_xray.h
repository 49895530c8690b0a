#pragma once
// Synthetic AP spine radiographs with scoliosis of a chosen Augmented Lehnert-Schroth (ALS) type.
// The spine (17 vertebrae T1..L5) follows a lateral curve built from one to three smooth bends;
// each vertebra is tilted with the local slope of the curve, so endplate tilts and the Cobb angles
// follow from the drawn geometry. The projection adds ribs, lungs, pelvis, pedicles, spinous
// processes and soft tissue, blur and quantum noise. Labels match the AASCE dataset layout: 68
// corners (TL, TR, BL, BR per vertebra) normalised to [0, 1], three Cobb angles computed with the
// AASCE definition (core/annotation/cobb.h), the ALS type, and a mask of the principal curve.
//
// Curve patterns per ALS type (phantom conventions modelled on Weiss's ALS descriptions: which
// curve is major, where its apex is, whether a lumbar counter-curve exists, and where the pelvis
// shifts; they are generative rules for training data, not a clinical classifier):
//   3CH   single long thoracic curve (apex T8), trunk over the convexity, hip prominent on the
//         concave side (pelvis shifted to the concavity)
//   3CTL  single long thoracolumbar curve (apex T11-T12)
//   3CN   thoracic major (apex T8), balanced, minimal lumbar counter-curve
//   3CL   thoracic major (apex T8) with a lumbar counter-curve (apex L3) about half its size
//   4C    double major: thoracic (apex T8) and lumbar (apex L2) of similar size
//   4CL   lumbar major (apex L2-L3) with a smaller thoracic curve
//   4CTL  thoracolumbar major (apex T12-L1) with a smaller thoracic curve

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/annotation/cobb.h"
#include "core/image/image.h"

namespace osteon::phantom {

constexpr int kAlsTypes = 7;
extern const std::array<const char*, kAlsTypes> kAlsTypeNames;  // "3CH", "3CTL", ...
int alsTypeFromName(const std::string& name);                   // throws osteon::Error

struct SpineXrayOptions {
  std::uint32_t seed = 1;
  int alsType = -1;       // 0..6, or -1 to draw one
  double magnitude = -1;  // target principal Cobb angle in degrees, or -1 to draw 15..60
  int width = 600, height = 1500;
  double pixelSpacing = 0.6;  // mm, written as ImagerPixelSpacing
  double noise = 0.02;
};

struct SpineXray {
  std::string name;
  int alsType = 0;
  bool majorToRight = true;  // convexity of the major curve toward the patient's right
  image::Image image;        // uint8, bone bright (MONOCHROME2)
  image::Image curveMask;    // uint8 0/255: vertebrae from U to Lo of the principal curve
  std::vector<annotation::Point2> landmarks;  // 68, pixels
  annotation::CobbResult cobb;
};

SpineXray makeSpineXray(const SpineXrayOptions& options);

// Writes `count` radiographs (seeds seed..seed+count-1; ALS types cycle through all seven when
// options.alsType < 0) as images/<name>.png, dicom/<name>.dcm (DX), masks/<name>.png and
// filenames.csv, landmarks.csv, angles.csv (AASCE layout) and labels.csv.
std::vector<std::string> writeSpineXrayDataset(const std::string& outDir,
                                               const SpineXrayOptions& options, int count);

}  // namespace osteon::phantom
