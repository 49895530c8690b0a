#pragma once
// Which of a lumbar study's series each RSNA condition is read on, and whether that series can be
// used to place the level points (the localiser's job when no coordinates are given): present,
// readable, enough slices, patient geometry, not tilted out of its plane, not sheared, and for
// the axial stack the sagittal series' frame of reference (the sagittal levels are carried into
// the axial stack through patient coordinates, which is meaningless across frames of reference).
//
// Given coordinates do not need any of this: a point on an instance is cropped in that
// instance's pixel grid. The checks say why a target without a coordinate cannot be measured,
// in words a user can act on ("no Sagittal T1 series: left neural foraminal narrowing not
// measured").

#include <array>
#include <string>
#include <vector>

#include "core/ai/task.h"

namespace osteon::ai::lumbar {

// The three series of an RSNA study; a condition is read on one of them.
enum SeriesRole { RoleSagittalT1 = 0, RoleSagittalT2 = 1, RoleAxialT2 = 2 };
constexpr int kSeriesRoles = 3;
const char* roleName(int role);  // "Sagittal T1", "Sagittal T2/STIR", "Axial T2"
int roleOfCondition(
    int condition);  // spinal canal -> RoleSagittalT2, foramina -> RoleSagittalT1, ...
constexpr int kMinPlacementSlices = 5;  // fewer slices cannot hold the lumbar column
constexpr double kMaxTiltDegrees = 45;  // beyond this a "sagittal" stack is not sagittal

struct RoleCheck {
  int index = -1;       // into the study's series; -1 = none has the role's description
  std::string problem;  // why points cannot be placed on it; "" = usable
};

struct StudySeriesCheck {
  std::array<RoleCheck, kSeriesRoles> roles;
  // The role's problem for `condition` ("" when its series is usable).
  const std::string& problemFor(int condition) const;
  // "<problem>: <condition> not measured" for a target without a coordinate.
  std::string note(int condition) const;
};

// Series roles by description (case-insensitive: "sagittal t1", "sagittal t2", "axial t2", else
// "sag" + "t1", "sag" + "t2"/"stir", "ax" + "t2"; a readable series wins over an unreadable one
// with the same role), then their checks.
StudySeriesCheck checkStudySeries(const std::vector<TaskSeries>& series);

}  // namespace osteon::ai::lumbar
