// The table of scalar training settings (train_settings.h) and what reads it generically: range
// text and checks, JSON, look-up by key and flag.
#include "core/train/train_settings.h"

#include <cmath>
#include <cstdio>
#include <limits>
#include <type_traits>

#include "core/base/error.h"

// Marks the help texts for Qt's lupdate (context osteon::train::TrainSetting) without Qt: the UI
// translates them with QCoreApplication::translate("osteon::train::TrainSetting", help).
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace osteon::train {

using nlohmann::json;

namespace {

constexpr double kNone = std::numeric_limits<double>::infinity();

template <class T>
constexpr SettingType typeOf() {
  if constexpr (std::is_same_v<T, bool>)
    return SettingType::Bool;
  else if constexpr (std::is_same_v<T, unsigned>)
    return SettingType::Unsigned;
  else if constexpr (std::is_same_v<T, int>)
    return SettingType::Int;
  else {
    static_assert(std::is_same_v<T, double>, "a scalar setting is bool, int, unsigned or double");
    return SettingType::Double;
  }
}

// Accessors onto a member of TrainConfig (M) or of its AugmentOptions (A).
template <auto M>
double getTop(const TrainConfig& c) {
  return static_cast<double>(c.*M);
}
template <auto M>
void setTop(TrainConfig& c, double v) {
  c.*M = static_cast<std::decay_t<decltype(c.*M)>>(v);
}
template <auto A>
double getAug(const TrainConfig& c) {
  return static_cast<double>(c.augment.*A);
}
template <auto A>
void setAug(TrainConfig& c, double v) {
  c.augment.*A = static_cast<std::decay_t<decltype(c.augment.*A)>>(v);
}

// Builds an entry: the type and accessors from the member, the rest by chained calls.
struct Entry {
  TrainSetting s;
  Entry& range(double lo, double hi) {
    s.min = lo;
    s.max = hi;
    if (std::isfinite(hi)) s.formMax = hi;
    return *this;
  }
  Entry& exclusive(bool lo, bool hi) {
    s.minExclusive = lo;
    s.maxExclusive = hi;
    return *this;
  }
  Entry& formMax(double m) {
    s.formMax = m;
    return *this;
  }
  Entry& flagSets(bool v) {
    s.flagSets = v;
    return *this;
  }
  Entry& when(bool (*f)(const TrainConfig&)) {
    s.checkedWhen = f;
    return *this;
  }
};

Entry base(const char* key, const char* group, const char* flag, const char* label,
           const char* help, SettingType type) {
  Entry e{};
  e.s.key = key;
  e.s.group = group;
  e.s.flag = flag;
  e.s.flagSets = true;
  e.s.label = label;
  e.s.help = help;
  e.s.type = type;
  e.s.min = type == SettingType::Bool ? 0 : -kNone;
  e.s.max = type == SettingType::Bool ? 1 : kNone;
  if (type == SettingType::Int) {
    e.s.min = std::numeric_limits<int>::min();
    e.s.max = std::numeric_limits<int>::max();
  } else if (type == SettingType::Unsigned) {
    e.s.min = 0;
    e.s.max = std::numeric_limits<unsigned>::max();
  }
  e.s.formMax = e.s.max;
  return e;
}

template <auto M>
Entry top(const char* key, const char* flag, const char* label, const char* help) {
  using T = std::decay_t<decltype(std::declval<TrainConfig&>().*M)>;
  Entry e = base(key, "", flag, label, help, typeOf<T>());
  e.s.get = &getTop<M>;
  e.s.set = &setTop<M>;
  return e;
}

template <auto A>
Entry aug(const char* key, const char* flag, const char* label, const char* help) {
  using T = std::decay_t<decltype(std::declval<AugmentOptions&>().*A)>;
  Entry e = base(key, "augment", flag, label, help, typeOf<T>());
  e.s.get = &getAug<A>;
  e.s.set = &setAug<A>;
  return e;
}

std::vector<TrainSetting> makeTable() {
  using C = TrainConfig;
  using A = AugmentOptions;
  const Entry entries[] = {
      // Model.
      top<&C::inputWidth>(
          "input_width", "--size", "input width",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "Width of the network input in pixels"))
          .range(16, 2048),
      top<&C::inputHeight>("input_height", "--height", "input height",
                           QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                             "Height of the network input in pixels, 0 = square"))
          .range(0, 2048),
      top<&C::rollingBallRadius>(
          "rolling_ball_radius", "--rolling-ball", "rolling-ball radius",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Background removal radius in pixels (seed 003), 0 = off"))
          .range(0, kNone)
          .formMax(1000),
      top<&C::epochs>(
          "epochs", "--epochs", "epochs",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "Passes over the training images"))
          .range(1, 10000),
      top<&C::batchSize>(
          "batch_size", "--batch", "batch size",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "Images per optimisation step"))
          .range(1, 4096),
      // Optimisation.
      top<&C::learningRate>(
          "learning_rate", "--lr", "learning rate",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "Step size of the optimiser"))
          .range(0, 10)
          .exclusive(true, true),
      top<&C::weightDecay>("weight_decay", "--weight-decay", "weight decay",
                           QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                             "L2 penalty on the weights (decoupled for AdamW)"))
          .range(0, kNone)
          .formMax(1e9),
      top<&C::momentum>("momentum", "", "momentum",
                        QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "SGD only"))
          .range(0, 1)
          .exclusive(false, true),
      top<&C::plateauFactor>(
          "plateau_factor", "", "plateau factor",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Reduce on plateau: the rate is multiplied by this when the "
                            "monitored value stops improving"))
          .range(0, 1)
          .exclusive(true, true),
      top<&C::plateauPatience>(
          "plateau_patience", "", "plateau patience",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Reduce on plateau: epochs without improvement before the rate "
                            "is reduced"))
          .range(0, kNone)
          .formMax(1000),
      top<&C::minLearningRate>("min_learning_rate", "", "minimum rate",
                               QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                                 "The schedule never lowers the rate below this"))
          .range(0, kNone)
          .formMax(1e9),
      top<&C::earlyStoppingPatience>(
          "early_stopping_patience", "--early-stopping", "early-stopping patience",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Stop after this many epochs without improvement of the monitored "
                            "value, 0 = off"))
          .range(0, kNone)
          .formMax(1000),
      // Fine-tuning (frozen epochs must also be fewer than the epochs: validate()).
      top<&C::frozenEpochs>("frozen_epochs", "--frozen-epochs", "frozen epochs",
                            QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                              "Epochs with only the classifier head trainable"))
          .range(0, kNone)
          .formMax(10000),
      top<&C::unfreezeBlocks>(
          "unfreeze_blocks", "--unfreeze-blocks", "unfreeze blocks",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Blocks trained after the frozen epochs, counted from the top, "
                            "0 = all"))
          .range(0, kNone)
          .formMax(100),
      top<&C::finetuneLrFactor>("finetune_lr_factor", "", "fine-tuning rate factor",
                                QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                                  "Learning rate factor after the frozen epochs"))
          .range(0, 1)
          .exclusive(true, false),
      top<&C::allowRandomFrozenBackbone>(
          "allow_random_frozen_backbone", "--allow-random-frozen", "random frozen backbone",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Allow frozen epochs on a randomly initialised backbone (tests, "
                            "experiments)")),
      // Imbalance.
      top<&C::focalGamma>("focal_gamma", "", "focal gamma",
                          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                            "Focal loss focusing exponent, 0 = cross-entropy"))
          .range(0, kNone)
          .formMax(10),
      top<&C::classWeights>("class_weights", "--class-weights", "class weights",
                            QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                              "Weight the loss by inverse class frequency")),
      top<&C::oversample>("oversample", "--oversample", "oversample",
                          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                            "Draw training images so that classes are balanced")),
      // Validation.
      top<&C::validationFraction>(
          "validation_fraction", "--val", "validation fraction",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Share of every class held out for validation (without K-fold)"))
          .range(0, 1)
          .exclusive(true, true)
          .when([](const TrainConfig& c) { return c.folds == 1; }),
      top<&C::folds>("folds", "--folds", "folds",
                     QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                       "Stratified K-fold cross-validation, 1 = a single split"))
          .range(1, 20),
      top<&C::seed>("seed", "--seed", "seed",
                    QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                      "Seed of the split, the initialisation and the augmentation"))
          .formMax(std::numeric_limits<int>::max()),
      // Pipeline.
      top<&C::workers>("workers", "--workers", "workers",
                       QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                         "Image decoding threads, 0 = the machine's cores"))
          .range(0, 256),
      top<&C::cacheMegabytes>("cache_megabytes", "", "cache size",
                              QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                                "Bound of the decoded-image cache in megabytes"))
          .range(0, kNone)
          .formMax(1000000),
      // Augmentation.
      aug<&A::enabled>("enabled", "--no-augment", "augmentation",
                       QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                         "Augment training images (never validation images)"))
          .flagSets(false),
      aug<&A::rotationDegrees>("rotation_degrees", "", "rotation",
                               QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                                 "Random rotation in degrees, either way"))
          .range(0, 180),
      aug<&A::shift>("shift", "", "shift",
                     QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                       "Random shift as a fraction of the width and height"))
          .range(0, 0.5),
      aug<&A::zoom>("zoom", "", "zoom",
                    QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                      "Random scale drawn from 1 - zoom to 1 + zoom"))
          .range(0, 0.9),
      aug<&A::horizontalFlip>(
          "horizontal_flip", "", "horizontal flip",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "Mirror left-right at random")),
      aug<&A::verticalFlip>(
          "vertical_flip", "", "vertical flip",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting", "Mirror top-bottom at random")),
      aug<&A::brightness>("brightness", "", "brightness",
                          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                            "Intensity factor drawn from 1 - b to 1 + b"))
          .range(0, 1),
      aug<&A::elasticAlpha>(
          "elastic_alpha", "--elastic", "elastic alpha",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Elastic deformation strength in pixels (seed 001: 50), 0 = off"))
          .range(0, kNone)
          .formMax(1000),
      aug<&A::elasticSigma>(
          "elastic_sigma", "", "elastic sigma",
          QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                            "Smoothness of the elastic displacement field in pixels"))
          .range(0, kNone)
          .formMax(100),
      // Output.
      top<&C::demo>("demo", "--demo", "demo",
                    QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                      "Label the model 'demo: trained on synthetic phantoms'")),
      top<&C::resume>("resume", "--resume", "resume",
                      QT_TRANSLATE_NOOP("osteon::train::TrainSetting",
                                        "Continue an interrupted training from the report "
                                        "folder's checkpoint")),
  };
  std::vector<TrainSetting> table;
  for (const Entry& e : entries)
    table.push_back(e.s);
  return table;
}

}  // namespace

std::string settingNumberText(double v) {
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  char b[32];
  std::snprintf(b, sizeof b, "%.10g", v);
  return b;
}

std::string TrainSetting::path() const {
  return *group ? std::string(group) + "." + key : std::string(key);
}

std::string TrainSetting::rangeText() const {
  if (type == SettingType::Bool) return "true or false";
  const std::string lo = settingNumberText(min), hi = settingNumberText(max);
  const bool hasMax = !std::isinf(max);
  if (!hasMax) return (minExclusive ? "> " : ">= ") + lo;
  if (!minExclusive && !maxExclusive) return lo + ".." + hi;
  return (minExclusive ? "(" : "[") + lo + ", " + hi + (maxExclusive ? ")" : "]");
}

bool TrainSetting::inRange(double v) const {
  if (std::isnan(v)) return false;
  if (minExclusive ? !(v > min) : !(v >= min)) return false;
  if (maxExclusive ? !(v < max) : !(v <= max)) return false;
  // Whole-number settings also stay within their C++ type.
  if (type == SettingType::Int)
    return v >= std::numeric_limits<int>::min() && v <= std::numeric_limits<int>::max();
  if (type == SettingType::Unsigned) return v >= 0 && v <= std::numeric_limits<unsigned>::max();
  return true;
}

double TrainSetting::defaultValue(const std::string& task) const {
  return get(TrainConfig::defaultsFor(task));
}

std::string TrainSetting::rangeProblem(double v) const {
  if (inRange(v)) return "";
  return "is " + settingNumberText(v) + ", out of range: " + label + " " + rangeText();
}

const std::vector<TrainSetting>& trainSettings() {
  static const std::vector<TrainSetting> table = makeTable();
  return table;
}

const TrainSetting* findTrainSetting(const std::string& path) {
  for (const TrainSetting& s : trainSettings())
    if (s.path() == path) return &s;
  return nullptr;
}

const TrainSetting* findTrainSettingByFlag(const std::string& flag) {
  if (flag.empty()) return nullptr;
  for (const TrainSetting& s : trainSettings())
    if (flag == s.flag) return &s;
  return nullptr;
}

std::string settingsRangeProblem(const TrainConfig& c) {
  for (const TrainSetting& s : trainSettings()) {
    if (s.checkedWhen && !s.checkedWhen(c)) continue;
    const std::string problem = s.rangeProblem(s.get(c));
    if (!problem.empty()) return "'" + s.path() + "' " + problem;
  }
  return "";
}

void settingsToJson(const TrainConfig& c, const std::string& group, json& j) {
  for (const TrainSetting& s : trainSettings()) {
    if (group != s.group) continue;
    const double v = s.get(c);
    switch (s.type) {
      case SettingType::Int:
        j[s.key] = static_cast<int>(v);
        break;
      case SettingType::Unsigned:
        j[s.key] = static_cast<unsigned>(v);
        break;
      case SettingType::Double:
        j[s.key] = v;
        break;
      case SettingType::Bool:
        j[s.key] = v != 0;
        break;
    }
  }
}

void settingsFromJson(const json& j, const std::string& group, TrainConfig& c,
                      const std::string& where, std::vector<std::string>* seen) {
  for (const TrainSetting& s : trainSettings()) {
    if (group != s.group) continue;
    if (seen) seen->push_back(s.key);
    if (!j.contains(s.key)) continue;
    const json& v = j.at(s.key);
    try {
      switch (s.type) {
        case SettingType::Int:
          s.set(c, v.get<int>());
          break;
        case SettingType::Unsigned:
          s.set(c, v.get<unsigned>());
          break;
        case SettingType::Double:
          s.set(c, v.get<double>());
          break;
        case SettingType::Bool:
          s.set(c, v.get<bool>());
          break;
      }
    } catch (const json::exception&) {
      throw Error(where + ": '" + s.key + "' has the wrong type (" + v.dump() + ")");
    }
  }
}

}  // namespace osteon::train
