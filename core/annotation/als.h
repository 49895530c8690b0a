#pragma once
// Augmented Lehnert-Schroth (ALS) type from the curve pattern measured on the 68 vertebra
// corners of an AP spine radiograph (T1..L5). A reading aid with documented rules, not a
// diagnosis: where the rules cannot decide from the vertebrae alone it says so and lists the
// candidates.
//
// Measurement. Each vertebra's tilt is the angle of its axis (cobb.h). End vertebrae are the
// turning points of the tilt sequence (changes under 5 degrees are ignored); a curve runs between
// two consecutive end vertebrae and counts when its Cobb angle is at least 10 degrees (the SRS
// definition of scoliosis). The apex is the vertebra farthest from the chord between the end
// vertebrae' centres; its region follows the SRS: thoracic T2..T11, thoracolumbar T12..L1,
// lumbar L2..L4. The central sacral line is not on the image landmarks: the vertical through the
// L5 centre stands in for it (approximate).
//
// Counter-curves and second majors count when their Cobb angle is at least 25 degrees: Lenke's
// threshold for a structural minor curve (Lenke LG et al., J Bone Joint Surg Am
// 2001;83:1169-81), which Lenke applies to side-bending films; on a standing film it is a
// stand-in (the result's caveats say so). Smaller ones are compensatory.
//
// Rules (sources: [R] Rigo M, Jelacic M, Scoliosis Spinal Disord 2017;12:10, Fig. 21: "double
// major is defined when two structural curves have a Cobb angle not different to 5 degrees", and
// lumbar or thoracolumbar major with minor thoracic curves are classed with the double curves;
// [S] Augmented Lehnert-Schroth classification, scolihelp.com/?p=44 (3CH: single thoracic
// curve, no clear lumbar counter-curve, lumbar apex does not cross the central sacral line;
// 3CN: thoracic major, lumbar apex crosses it; 3CTL: one long thoracolumbar curve, apex T12 or
// L1); [W] Weiss HR, Scoliosis 2011;6:17 (the lumbosacral "4th curve"):
//   no curve >= 10 deg                      -> not applicable (no scoliosis by the SRS definition)
//   two curves within 5 deg, thoracic and
//     lumbar/thoracolumbar, or a lumbar /
//     thoracolumbar major with a thoracic
//     minor >= 25 deg                        -> 4C [R]
//   thoracic major + lumbar/thoracolumbar
//     counter-curve >= 25 deg (> 5 deg less)  -> 3CL
//   thoracic major alone                     -> 3CH when L2..L4 stay on the thoracic convex
//                                               side of the L5 vertical, 3CN when the lumbar
//                                               apex region crosses it [S] (approximate)
//   thoracolumbar apex alone                 -> 3CTL or 4CTL: undecided (they differ in the
//                                               pelvis/hip shift, not on T1..L5 landmarks)
//   lumbar apex alone                        -> 4CL
// Hip prominence and clinical trunk shift cannot be judged from the vertebrae: the result says so.

#include <string>
#include <vector>

#include "core/annotation/cobb.h"

namespace osteon::annotation {

enum class CurveRegion { Thoracic, Thoracolumbar, Lumbar };
const char* curveRegionName(CurveRegion r);

struct SpineCurve {
  int upperEnd = 0, lowerEnd = 0, apex = 0;  // vertebra indices (0 = T1)
  double cobb = 0;                           // degrees
  CurveRegion region = CurveRegion::Thoracic;
  bool convexToImageRight = false;  // the apex lies right of the chord on the image
};

struct AlsReading {
  std::string type;                     // "3CH" .. "4CTL", or "" when undecided / not applicable
  std::vector<std::string> candidates;  // the types the rules leave open (type alone when decided)
  std::string rule;                     // which rule fired, in words
  std::vector<std::string> caveats;     // what the landmarks cannot show
  std::vector<SpineCurve> curves;       // every curve >= 10 degrees, top to bottom
  int major = -1;                       // index into curves
  bool applicable = false;
};

// Signed tilt of each vertebra's axis in degrees (17 values; y grows downwards).
std::vector<double> vertebraTilts(const std::vector<Point2>& landmarks);
// Curves between turning points of the tilt sequence (all, before the 10 degree threshold).
std::vector<SpineCurve> findCurves(const std::vector<Point2>& landmarks);
// Throws osteon::Error for a landmark set cobbAngles() refuses.
AlsReading readAlsType(const std::vector<Point2>& landmarks);

}  // namespace osteon::annotation
