#pragma once
// The RSNA 2024 Lumbar Spine Degenerative Classification vocabulary: five conditions at five
// levels graded Normal/Mild, Moderate or Severe, with the names used by train.csv (snake case)
// and by train_label_coordinates.csv (title case).

#include <array>
#include <string>

namespace osteon::annotation::rsna {

constexpr int kConditions = 5;
constexpr int kLevels = 5;
constexpr int kSeverities = 3;

enum Condition {
  SpinalCanal = 0,
  LeftForaminal,
  RightForaminal,
  LeftSubarticular,
  RightSubarticular
};
enum Severity { NormalMild = 0, Moderate, Severe };

// "spinal_canal_stenosis", ... as in train.csv column names.
extern const std::array<const char*, kConditions> kConditionKeys;
// "Spinal Canal Stenosis", ... as in train_label_coordinates.csv.
extern const std::array<const char*, kConditions> kConditionNames;
// "l1_l2" .. "l5_s1" and "L1/L2" .. "L5/S1".
extern const std::array<const char*, kLevels> kLevelKeys;
extern const std::array<const char*, kLevels> kLevelNames;
// "Normal/Mild", "Moderate", "Severe".
extern const std::array<const char*, kSeverities> kSeverityNames;

// "spinal_canal_stenosis_l1_l2" (the train.csv column of a condition and level).
std::string columnName(int condition, int level);
// The series description a condition is labelled on in the RSNA data.
const char* seriesForCondition(int condition);

}  // namespace osteon::annotation::rsna
