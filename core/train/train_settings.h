#pragma once
// One description of each scalar training setting (the numbers and switches of TrainConfig):
// its JSON key, its osteon-cli train flag, an English label and help text, its valid range and
// how to read and write it on a TrainConfig. TrainConfig's JSON (trainer_config.cpp), validate(),
// `osteon-cli train` (flags, range checks, usage lines) and the Training tab's form (ranges,
// tooltips, config() <-> widgets) all read this table, so a setting is described once.
//
// Defaults are not repeated here: they are TrainConfig's member initialisers as adjusted by
// TrainConfig::defaultsFor(task) (defaultValue() reads them from there).
//
// Strings settings (paths, architecture, optimizer, ...) and lists (focal_alpha, label_columns)
// keep their own code. Tensor-free: part of osteon::train_api.

#include <string>
#include <vector>

#include "core/train/trainer.h"

namespace osteon::train {

enum class SettingType { Int, Unsigned, Double, Bool };

struct TrainSetting {
  const char* key;    // JSON key, within `group` ("learning_rate")
  const char* group;  // "" = top level of the configuration, "augment" = the augment object
  const char* flag;   // osteon-cli train flag ("--lr"), "" = none
  // For a Bool with a flag: the value the flag sets (--no-augment sets augment.enabled false).
  bool flagSets;
  const char* label;  // English display label, lower case ("learning rate")
  const char* help;   // English help text (tooltip, usage line)
  SettingType type;
  // Valid range; an exclusive bound excludes the value itself. max = +infinity: no upper bound.
  double min, max;
  bool minExclusive, maxExclusive;
  // The largest value the form offers where `max` is unbounded (the form's spin box range).
  double formMax;
  // nullptr, or: only checked when this holds (the validation fraction without K-fold).
  bool (*checkedWhen)(const TrainConfig&);
  double (*get)(const TrainConfig&);
  void (*set)(TrainConfig&, double);

  // "augment.rotation_degrees" or "learning_rate".
  std::string path() const;
  // "1..10000", "(0, 10)", "[0, 1)", ">= 0"; integer settings with bounds as whole numbers.
  std::string rangeText() const;
  bool inRange(double v) const;
  // The value in `task`'s defaults (TrainConfig::defaultsFor(task)).
  double defaultValue(const std::string& task = "classification") const;
  // "" when `v` is in range, else "is V, out of range: LABEL RANGE".
  std::string rangeProblem(double v) const;
};

// Every scalar setting, in form order.
const std::vector<TrainSetting>& trainSettings();
// nullptr when there is none. `path` as TrainSetting::path() gives it.
const TrainSetting* findTrainSetting(const std::string& path);
const TrainSetting* findTrainSettingByFlag(const std::string& flag);

// The number as the usage text and messages write it ("0.001", "1e-06", "10").
std::string settingNumberText(double v);

// The first setting of `c` out of range (checkedWhen permitting) as
// "'learning_rate' is 20, out of range: learning rate (0, 10)", "" when all are in range.
std::string settingsRangeProblem(const TrainConfig& c);

// JSON: writes every setting of `group` into `j` (an object); reads those of `group` present in
// `j` into `c` (a wrong type throws osteon::Error naming `where` and the key). `seen` collects
// the keys read so that the caller can refuse unknown ones.
void settingsToJson(const TrainConfig& c, const std::string& group, nlohmann::json& j);
void settingsFromJson(const nlohmann::json& j, const std::string& group, TrainConfig& c,
                      const std::string& where, std::vector<std::string>* seen = nullptr);

}  // namespace osteon::train
