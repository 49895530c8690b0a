// core/train/train_settings: the one table of scalar training settings that TrainConfig's JSON,
// validate(), osteon-cli train and the Training tab read. Every entry round-trips through JSON
// under its key, keys and flags are unique, defaults are in range, and values out of range are
// refused with a message naming the key and the range.

#include <cmath>
#include <limits>
#include <set>
#include <string>

#include "core/base/error.h"
#include "core/train/train_settings.h"
#include "core/train/trainer.h"
#include "tests/support/test_support.h"

using namespace osteon;
using nlohmann::json;
using train::SettingType;
using train::TrainConfig;
using train::TrainSetting;

namespace {

const char* const kTasks[] = {"classification", "scoliosis", "lumbar", "lumbar-localiser",
                              "osteoporosis"};

const json& at(const json& j, const TrainSetting& s) {
  return *s.group ? j.at(s.group).at(s.key) : j.at(s.key);
}

json& slot(json& j, const TrainSetting& s) {
  return *s.group ? j[s.group][s.key] : j[s.key];
}

// An in-range value different from `v` (whole for whole-number settings).
double otherValue(const TrainSetting& s, double v) {
  if (s.type == SettingType::Bool) return v != 0 ? 0 : 1;
  const bool whole = s.type != SettingType::Double;
  for (double step : {1.0, -1.0, 0.5, -0.5, 0.05, -0.05, 0.01, -0.01}) {
    if (whole && step != std::floor(step)) continue;
    if (s.inRange(v + step)) return v + step;
  }
  FAIL("no other value in range for " << s.path());
  return v;
}

}  // namespace

TEST_CASE("training settings: keys and flags are unique and every entry is described") {
  const auto& table = train::trainSettings();
  CHECK(table.size() >= 30);
  std::set<std::string> paths, flags, labels;
  for (const TrainSetting& s : table) {
    INFO(s.path());
    CHECK(paths.insert(s.path()).second);
    CHECK(labels.insert(s.label).second);
    if (*s.flag) {
      CHECK(std::string(s.flag).rfind("--", 0) == 0);
      CHECK(flags.insert(s.flag).second);
      CHECK(train::findTrainSettingByFlag(s.flag) == &s);
    }
    CHECK(train::findTrainSetting(s.path()) == &s);
    CHECK(std::string(s.key).size() > 0);
    CHECK(std::string(s.label).size() > 0);
    CHECK(std::string(s.help).size() > 0);
    CHECK(s.min <= s.max);
    CHECK(std::isfinite(s.formMax));
    CHECK(s.formMax <= s.max);
    CHECK(s.formMax > s.min);
    // Every task's default is a valid value.
    for (const char* task : kTasks) {
      INFO(task);
      CHECK(s.inRange(s.defaultValue(task)));
    }
  }
  // The names saved configurations and scripts use.
  for (const auto& [path, flag] : std::initializer_list<std::pair<const char*, const char*>>{
           {"learning_rate", "--lr"},
           {"epochs", "--epochs"},
           {"batch_size", "--batch"},
           {"weight_decay", "--weight-decay"},
           {"input_width", "--size"},
           {"input_height", "--height"},
           {"validation_fraction", "--val"},
           {"folds", "--folds"},
           {"seed", "--seed"},
           {"workers", "--workers"},
           {"early_stopping_patience", "--early-stopping"},
           {"frozen_epochs", "--frozen-epochs"},
           {"unfreeze_blocks", "--unfreeze-blocks"},
           {"augment.elastic_alpha", "--elastic"},
           {"augment.enabled", "--no-augment"},
           {"class_weights", "--class-weights"}}) {
    const TrainSetting* s = train::findTrainSetting(path);
    REQUIRE(s);
    CHECK(std::string(s->flag) == flag);
  }
  CHECK_FALSE(train::findTrainSettingByFlag("--data"));
  CHECK_FALSE(train::findTrainSetting("optimizer"));
  CHECK(train::findTrainSetting("learning_rate")->rangeText() == "(0, 10)");
  CHECK(train::findTrainSetting("epochs")->rangeText() == "1..10000");
  CHECK(train::findTrainSetting("momentum")->rangeText() == "[0, 1)");
  CHECK(train::findTrainSetting("weight_decay")->rangeText() == ">= 0");
  CHECK_FALSE(train::findTrainSettingByFlag("--no-augment")->flagSets);
}

TEST_CASE("training settings: every entry round-trips through JSON under its key") {
  for (const TrainSetting& s : train::trainSettings()) {
    INFO(s.path());
    TrainConfig c = TrainConfig::defaultsFor("classification");
    const double v = otherValue(s, s.get(c));
    s.set(c, v);
    REQUIRE(s.get(c) == v);
    REQUIRE(c.validate(false).empty());
    const json j = c.toJson();
    const json& saved = at(j, s);
    switch (s.type) {
      case SettingType::Bool:
        CHECK(saved.is_boolean());
        break;
      case SettingType::Double:
        CHECK(saved.is_number_float());
        break;
      default:
        CHECK(saved.is_number_integer());
    }
    CHECK((saved.is_boolean() ? double(saved.get<bool>()) : saved.get<double>()) == v);
    const TrainConfig back = TrainConfig::fromJson(j);
    CHECK(s.get(back) == v);
    CHECK(back.toJson() == j);
    // Only this key given: the rest are the task's defaults.
    json one = json::object();
    slot(one, s) = saved;
    CHECK(s.get(TrainConfig::fromJson(one)) == v);
  }
  // A wrong type names the key.
  CHECK_THROWS_WITH(TrainConfig::fromJson({{"augment", {{"zoom", "big"}}}}),
                    Catch::Contains("augment: 'zoom' has the wrong type"));
  CHECK_THROWS_WITH(TrainConfig::fromJson({{"augment", {{"zooom", 0.1}}}}),
                    Catch::Contains("unknown key 'zooom'"));
}

TEST_CASE("training settings: values out of range are refused naming the key and the range") {
  int checked = 0;
  for (const TrainSetting& s : train::trainSettings()) {
    if (s.type == SettingType::Bool) continue;
    INFO(s.path());
    // Bounds that are only the C++ type's limits cannot be exceeded in a TrainConfig.
    double typeMin = -INFINITY, typeMax = INFINITY;
    if (s.type == SettingType::Int) {
      typeMin = std::numeric_limits<int>::min();
      typeMax = std::numeric_limits<int>::max();
    } else if (s.type == SettingType::Unsigned) {
      typeMin = 0;
      typeMax = std::numeric_limits<unsigned>::max();
    }
    std::vector<double> bad;
    if (s.min > typeMin) bad.push_back(s.minExclusive ? s.min : s.min - 1);
    if (s.max < typeMax && std::isfinite(s.max)) bad.push_back(s.maxExclusive ? s.max : s.max + 1);
    if (s.type == SettingType::Double) bad.push_back(std::nan(""));
    for (double v : bad) {
      INFO(v);
      CHECK_FALSE(s.inRange(v));
      CHECK_THAT(s.rangeProblem(v), Catch::Contains(s.label) && Catch::Contains(s.rangeText()));
      TrainConfig c = TrainConfig::defaultsFor("classification");
      s.set(c, v);
      const std::string problem = c.validate(false);
      CHECK_THAT(problem, Catch::Contains("'" + s.path() + "'") &&
                              Catch::Contains("out of range: " + std::string(s.label) + " " +
                                              s.rangeText()));
      if (std::isnan(v)) continue;  // JSON has no NaN
      json j = json::object();
      if (s.type == SettingType::Double)
        slot(j, s) = v;
      else
        slot(j, s) = static_cast<long long>(v);
      CHECK_THROWS_WITH(TrainConfig::fromJson(j),
                        Catch::Contains("'" + s.path() + "'") && Catch::Contains(s.rangeText()));
      ++checked;
    }
  }
  CHECK(checked >= 25);
  CHECK_THROWS_WITH(TrainConfig::fromJson({{"learning_rate", 20}}),
                    Catch::Contains("'learning_rate' is 20, out of range: learning rate (0, 10)"));
  CHECK_THROWS_WITH(TrainConfig::fromJson({{"augment", {{"rotation_degrees", 500}}}}),
                    Catch::Contains("rotation 0..180"));
  // The validation fraction is only checked without K-fold.
  CHECK_NOTHROW(TrainConfig::fromJson({{"folds", 5}, {"validation_fraction", 0}}));
  CHECK_THROWS(TrainConfig::fromJson({{"folds", 1}, {"validation_fraction", 0}}));
  // Frozen epochs must also be fewer than the epochs.
  CHECK_THROWS_WITH(TrainConfig::fromJson({{"epochs", 3}, {"frozen_epochs", 3}}),
                    Catch::Contains("fewer than the epochs"));
}
