#include "core/annotation/rsna.h"

namespace osteon::annotation::rsna {

const std::array<const char*, kConditions> kConditionKeys = {
    "spinal_canal_stenosis", "left_neural_foraminal_narrowing", "right_neural_foraminal_narrowing",
    "left_subarticular_stenosis", "right_subarticular_stenosis"};
const std::array<const char*, kConditions> kConditionNames = {
    "Spinal Canal Stenosis", "Left Neural Foraminal Narrowing", "Right Neural Foraminal Narrowing",
    "Left Subarticular Stenosis", "Right Subarticular Stenosis"};
const std::array<const char*, kLevels> kLevelKeys = {"l1_l2", "l2_l3", "l3_l4", "l4_l5", "l5_s1"};
const std::array<const char*, kLevels> kLevelNames = {"L1/L2", "L2/L3", "L3/L4", "L4/L5", "L5/S1"};
const std::array<const char*, kSeverities> kSeverityNames = {"Normal/Mild", "Moderate", "Severe"};

std::string columnName(int condition, int level) {
  return std::string(kConditionKeys[static_cast<std::size_t>(condition)]) + "_" +
         kLevelKeys[static_cast<std::size_t>(level)];
}

const char* seriesForCondition(int condition) {
  switch (condition) {
    case SpinalCanal:
      return "Sagittal T2/STIR";
    case LeftForaminal:
    case RightForaminal:
      return "Sagittal T1";
    default:
      return "Axial T2";
  }
}

}  // namespace osteon::annotation::rsna
