#include "core/ai/lumbar_series.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include "core/annotation/rsna.h"

namespace osteon::ai::lumbar {

namespace rsna = annotation::rsna;

namespace {

std::string lower(std::string s) {
  for (char& c : s)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

const char* kRoleKeys[kSeriesRoles] = {"sagittal t1", "sagittal t2", "axial t2"};

// The RSNA description, else the words scanners write ("SAG T1 FSE", "AX T2", "STIR SAG").
bool hasRole(const std::string& description, int role) {
  const std::string d = lower(description);
  if (d.find(kRoleKeys[role]) != std::string::npos) return true;
  const auto has = [&](const char* w) { return d.find(w) != std::string::npos; };
  switch (role) {
    case RoleSagittalT1:
      return has("sag") && has("t1");
    case RoleSagittalT2:
      return has("sag") && (has("t2") || has("stir"));
    default:
      return has("ax") && has("t2");
  }
}

std::string meta(const image::Image& v, const char* key) {
  const auto it = v.meta.find(key);
  return it == v.meta.end() ? std::string() : it->second;
}

// The role's series problem for placing points, "" when usable.
std::string seriesProblem(int role, const TaskSeries& s) {
  const std::string what = std::string(roleName(role)) + " series " + s.seriesId;
  if (!s.volume || s.volume->empty())
    return what + (s.problem.empty() ? std::string(" has no pixels") : ": " + s.problem);
  const image::Image& v = *s.volume;
  if (v.depth() < kMinPlacementSlices)
    return what + " has " + std::to_string(v.depth()) + " slice" + (v.depth() == 1 ? "" : "s") +
           " (at least " + std::to_string(kMinPlacementSlices) + " are needed to find the levels)";
  if (meta(v, "has_geometry") == "0")
    return what + " has no patient geometry (ImagePositionPatient, ImageOrientationPatient)";
  // The slice normal against the plane's axis: x (left-right) for sagittal, z for axial.
  const image::Vec3 n = v.geometry.normal();
  const double along = std::fabs(role == RoleAxialT2 ? n[2] : n[0]);
  const double tilt = std::acos(std::min(1.0, along)) * 180.0 / M_PI;
  if (tilt > kMaxTiltDegrees) {
    char b[200];
    std::snprintf(b, sizeof b, " is tilted %.0f degrees out of the %s plane", tilt,
                  role == RoleAxialT2 ? "axial" : "sagittal");
    return what + b;
  }
  const std::string warnings = meta(v, "stack_warnings");
  if (warnings.find("not stacked along the normal") != std::string::npos)
    return what + " is a tilted (sheared) stack: its slices are not stacked along their normal";
  return {};
}

}  // namespace

const char* roleName(int role) {
  switch (role) {
    case RoleSagittalT1:
      return "Sagittal T1";
    case RoleSagittalT2:
      return "Sagittal T2/STIR";
    default:
      return "Axial T2";
  }
}

int roleOfCondition(int condition) {
  switch (condition) {
    case rsna::SpinalCanal:
      return RoleSagittalT2;
    case rsna::LeftForaminal:
    case rsna::RightForaminal:
      return RoleSagittalT1;
    default:
      return RoleAxialT2;
  }
}

const std::string& StudySeriesCheck::problemFor(int condition) const {
  return roles[static_cast<std::size_t>(roleOfCondition(condition))].problem;
}

std::string StudySeriesCheck::note(int condition) const {
  const std::string& p = problemFor(condition);
  if (p.empty()) return {};
  const int c = std::clamp(condition, 0, rsna::kConditions - 1);
  return p + ": " + lower(rsna::kConditionNames[static_cast<std::size_t>(c)]) + " not measured";
}

StudySeriesCheck checkStudySeries(const std::vector<TaskSeries>& series) {
  StudySeriesCheck out;
  for (int role = 0; role < kSeriesRoles; ++role) {
    RoleCheck& rc = out.roles[static_cast<std::size_t>(role)];
    for (std::size_t i = 0; i < series.size(); ++i) {
      if (!hasRole(series[i].description, role)) continue;
      const bool readable = series[i].volume && !series[i].volume->empty();
      if (rc.index < 0 ||
          (readable && !series[static_cast<std::size_t>(rc.index)].volume))  // readable wins
        rc.index = static_cast<int>(i);
    }
    rc.problem = rc.index < 0 ? std::string("no ") + roleName(role) + " series"
                              : seriesProblem(role, series[static_cast<std::size_t>(rc.index)]);
  }
  // The axial stack is reached from the sagittal levels through patient coordinates: both must
  // share a frame of reference.
  RoleCheck& ax = out.roles[RoleAxialT2];
  if (ax.problem.empty()) {
    const image::Image& axial = *series[static_cast<std::size_t>(ax.index)].volume;
    const std::string axialFrame = meta(axial, "frame_of_reference_uid");
    for (int role : {RoleSagittalT2, RoleSagittalT1}) {
      const RoleCheck& sag = out.roles[static_cast<std::size_t>(role)];
      if (sag.index < 0 || !sag.problem.empty()) continue;
      const std::string sagFrame =
          meta(*series[static_cast<std::size_t>(sag.index)].volume, "frame_of_reference_uid");
      if (!axialFrame.empty() && !sagFrame.empty() && axialFrame != sagFrame)
        ax.problem = std::string("Axial T2 series ") +
                     series[static_cast<std::size_t>(ax.index)].seriesId +
                     " is in another frame of reference than " + roleName(role) + " series " +
                     series[static_cast<std::size_t>(sag.index)].seriesId +
                     " (FrameOfReferenceUID differs), so the sagittal levels cannot be carried "
                     "into it";
      break;  // the first usable sagittal series is the reference
    }
  }
  return out;
}

}  // namespace osteon::ai::lumbar
