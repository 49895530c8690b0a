#pragma once
// Cobb angles from the 68 vertebra-corner landmarks of an AP spine radiograph, with the
// definition of the AASCE 2019 challenge (SpineWeb dataset 16), so that results compare with
// published work:
//  * 17 vertebrae T1..L5, 4 corners each in the order top-left, top-right, bottom-left,
//    bottom-right, in pixel coordinates (x right, y down).
//  * The axis of a vertebra runs from the midpoint of its left edge (TL, BL) to the midpoint of
//    its right edge (TR, BR); the angle between two axes is the plain angle between the vectors
//    (0..180 degrees: angles.csv has principal angles above 90 on 3 of its 481 rows).
//  * Principal angle: the largest angle between any two axes; U is the upper and Lo the lower of
//    the two vertebrae.
//  * The curve is S-shaped when the 34 endplate centres do not all lie on one side of the line
//    through the first and the last centre.
//  * Not S: second = angle(first vertebra, U), third = angle(last vertebra, Lo).
//  * S and y(U) + y(Lo) < image height (y of the bottom endplate centres): second = the largest
//  angle between U and a vertebra from the first to U,
//    third = the largest between Lo and a vertebra from Lo to the last.
//  * S otherwise: second as above, reached at vertebra K; third = the largest angle between K and
//    a vertebra from the first to K.

#include <array>
#include <string>
#include <vector>

namespace osteon::annotation {

struct Point2 {
  double x = 0, y = 0;
};

constexpr int kSpineVertebrae = 17;
constexpr int kSpineLandmarks = 68;
extern const std::array<const char*, kSpineVertebrae> kVertebraNames;  // "T1" .. "L5"

struct CobbResult {
  double principal = 0, second = 0,
         third = 0;          // degrees: [0] proximal thoracic etc. as in angles.csv
  int upper = 0, lower = 0;  // U and Lo (0 = T1)
  int secondVertebra = 0, thirdVertebra = 0;  // where the second and third angles were reached
  bool sShaped = false;
  std::array<double, 3> angles() const { return {principal, second, third}; }
};

// Angle in degrees between the axes of vertebrae a and b.
double vertebraAngle(const std::vector<Point2>& landmarks, int a, int b);

// Throws osteon::Error when there are not exactly 68 landmarks or an axis has zero length.
CobbResult cobbAngles(const std::vector<Point2>& landmarks, double imageHeight);

// Landmarks from one row of landmarks.csv (68 x then 68 y, normalised) scaled to pixels.
std::vector<Point2> landmarksFromNormalizedRow(const std::vector<double>& row, double width,
                                               double height);

// Symmetric mean absolute percentage error of Cobb angles as in AASCE 2019:
// mean over images of sum|pred - gt| / sum(pred + gt), in percent.
double cobbSmape(const std::vector<std::array<double, 3>>& predicted,
                 const std::vector<std::array<double, 3>>& truth);

}  // namespace osteon::annotation
