// core/train/metrics against hand-computed cases and against scikit-learn (python3-sklearn) on
// random predictions to 1e-6; the RSNA 2024 metric against a numpy/sklearn reimplementation of
// the official Kaggle scoring code; core/train/plot images checked on their pixels.

#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include "core/base/error.h"
#include "core/io/image_file.h"
#include "core/train/metrics.h"
#include "core/train/plot.h"
#include "tests/support/baseline.h"
#include "tests/support/test_support.h"

using namespace osteon;
using train::ClassificationMetrics;

namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

// A NaN expected value (JSON null) wants a NaN; otherwise equal within 1e-6.
void checkNumber(double actual, const nlohmann::json& expected, const std::string& what) {
  INFO(what << ": osteon " << actual << ", sklearn " << expected.dump());
  if (expected.is_null())
    CHECK(std::isnan(actual));
  else
    CHECK(std::fabs(actual - expected.get<double>()) <= 1e-6);
}

struct Case {
  int classes = 0;
  std::vector<int> truth;
  std::vector<std::vector<double>> p;
  std::vector<double> weights;
};

// Random predictions: `absent` is a class that never appears in the truth, `quantum` > 0 rounds
// probabilities to that step (ties), `normalise` makes rows sum to 1, `extreme` rows are one-hot
// (right or wrong) or all zero.
Case randomCase(std::mt19937& rng, int classes, int n, int absent, double quantum, bool normalise,
                double extreme) {
  std::uniform_real_distribution<double> u(0, 1);
  std::uniform_int_distribution<int> label(0, classes - 1);
  Case c;
  c.classes = classes;
  for (int i = 0; i < n; ++i) {
    int t = label(rng);
    while (t == absent)
      t = label(rng);
    c.truth.push_back(t);
    std::vector<double> row(static_cast<std::size_t>(classes));
    for (auto& v : row)
      v = u(rng);
    row[static_cast<std::size_t>(t)] += 0.6 * u(rng);  // better than chance
    if (u(rng) < extreme) {
      std::fill(row.begin(), row.end(), 0.0);
      const double kind = u(rng);
      if (kind < 0.45)
        row[static_cast<std::size_t>(t)] = 1;
      else if (kind < 0.9)
        row[static_cast<std::size_t>(label(rng))] = 1;
    } else {
      if (normalise) {
        double s = 0;
        for (double v : row)
          s += v;
        for (auto& v : row)
          v /= s;
      }
      if (quantum > 0)
        for (auto& v : row)
          v = std::round(v / quantum) * quantum;
    }
    c.p.push_back(row);
    c.weights.push_back(0.25 + u(rng) * 3);
  }
  return c;
}

std::vector<train::RsnaTarget> randomRsna(std::mt19937& rng, int studies, double unlabelled,
                                          bool severe, bool subarticularLabelled, double extreme) {
  static const char* const kConditions[] = {
      "spinal_canal_stenosis", "left_neural_foraminal_narrowing",
      "right_neural_foraminal_narrowing", "left_subarticular_stenosis",
      "right_subarticular_stenosis"};
  static const char* const kLevels[] = {"l1_l2", "l2_l3", "l3_l4", "l4_l5", "l5_s1"};
  std::uniform_real_distribution<double> u(0, 1);
  std::vector<train::RsnaTarget> out;
  for (int s = 0; s < studies; ++s)
    for (const char* condition : kConditions)
      for (const char* level : kLevels) {
        train::RsnaTarget t;
        t.study = std::to_string(4000000 + 7919 * s);
        t.condition = condition;
        t.level = level;
        const double r = u(rng);
        t.truth = r < 0.6 ? 0 : r < 0.82 ? 1 : 2;
        if (!severe && t.truth == 2) t.truth = 1;
        if (u(rng) < unlabelled) t.truth = -1;
        if (!subarticularLabelled &&
            std::string(condition).find("subarticular") != std::string::npos)
          t.truth = -1;
        for (double& p : t.p)
          p = u(rng);  // rows do not sum to 1
        if (t.truth >= 0) t.p[t.truth] += 0.5 * u(rng);
        if (u(rng) < extreme) {
          t.p[0] = t.p[1] = t.p[2] = 0;
          t.p[static_cast<int>(u(rng) * 3)] = 1;
        }
        out.push_back(t);
      }
  return out;
}

nlohmann::json toJson(const Case& c) {
  return {{"classes", c.classes}, {"truth", c.truth}, {"proba", c.p}, {"weights", c.weights}};
}

nlohmann::json toJson(const std::vector<train::RsnaTarget>& targets) {
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& t : targets)
    rows.push_back({{"study", t.study},
                    {"condition", t.condition},
                    {"level", t.level},
                    {"truth", t.truth},
                    {"p", {t.p[0], t.p[1], t.p[2]}}});
  return {{"targets", rows}};
}

// Runs tests/support/sklearn_metrics_reference.py on `input`; null when python3/sklearn is
// missing.
nlohmann::json sklearnReference(const nlohmann::json& input, std::string& why) {
  if (!test::pythonHas("sklearn") || !test::pythonHas("numpy")) {
    why = "python3 with numpy and sklearn (python3-sklearn) is not installed";
    return nullptr;
  }
  test::TempDir dir;
  {
    std::ofstream f(dir.file("in.json"));
    f << input.dump();
  }
  const auto res = test::runCommand(
      test::shellQuote(test::pythonExe()) + " " +
      test::shellQuote(test::sourcePath("tests/support/sklearn_metrics_reference.py")) + " " +
      test::shellQuote(dir.file("in.json")) + " " + test::shellQuote(dir.file("out.json")));
  INFO(res.output);
  REQUIRE(res.status == 0);
  std::ifstream f(dir.file("out.json"));
  return nlohmann::json::parse(f);
}

std::string screenshotDir() {
#ifdef OSTEON_SCREENSHOTS
  const std::string dir = OSTEON_SCREENSHOTS;
#else
  const std::string dir = std::filesystem::temp_directory_path().string() + "/osteon-screenshots";
#endif
  std::filesystem::create_directories(dir);
  return dir;
}

std::array<int, 3> pixel(const image::Image& img, int x, int y) {
  const std::uint8_t* p = img.bytes() + (static_cast<std::size_t>(y) * img.width() + x) * 3;
  return {p[0], p[1], p[2]};
}

int countColor(const image::Image& img, int x0, int y0, int x1, int y1,
               const std::array<std::uint8_t, 3>& c) {
  int n = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      if (pixel(img, x, y) == std::array<int, 3>{c[0], c[1], c[2]}) ++n;
  return n;
}

double luminance(const image::Image& img, int x, int y) {
  const auto p = pixel(img, x, y);
  return 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2];
}

}  // namespace

TEST_CASE("a perfect classifier scores 1 everywhere and a log loss of about 0") {
  const std::vector<int> truth{0, 1, 2, 2, 1, 0};
  std::vector<std::vector<double>> p;
  for (int t : truth) {
    std::vector<double> row(3, 0.0);
    row[static_cast<std::size_t>(t)] = 1;
    p.push_back(row);
  }
  const ClassificationMetrics m = train::classificationMetrics(truth, p, 3);
  CHECK(m.samples == 6);
  CHECK(m.accuracy == 1);
  CHECK(m.macroF1 == 1);
  CHECK(m.weightedF1 == 1);
  CHECK(m.macroRocAuc == 1);
  CHECK(m.confusion == std::vector<std::vector<int>>{{2, 0, 0}, {0, 2, 0}, {0, 0, 2}});
  CHECK(m.support == std::vector<int>{2, 2, 2});
  for (int c = 0; c < 3; ++c) {
    CHECK(m.precision[c] == 1);
    CHECK(m.recall[c] == 1);
    CHECK(m.rocAuc[c] == 1);
  }
  // Clipped to [eps, 1 - eps] then renormalised: -log((1 - eps) / (1 + eps)) ~ 2 eps.
  CHECK(m.logLoss == Approx(-std::log((1 - kEps) / (1 + kEps))).margin(1e-18));
  CHECK(m.logLoss > 0);
  const auto j = m.toJson({"normal", "moderate", "severe"});
  CHECK(j.at("per_class").at("moderate").at("f1") == 1.0);
  CHECK(j.at("per_class").at("severe").at("support") == 2);
  CHECK(j.at("accuracy") == 1.0);
  CHECK(j.contains("macro_f1"));
  CHECK(j.contains("weighted_f1"));
  CHECK(j.contains("macro_roc_auc"));
  CHECK(j.contains("log_loss"));
  CHECK(j.at("confusion")[2][2] == 2);
}

TEST_CASE("an always wrong binary classifier: zero scores, AUC 0, large log loss") {
  const std::vector<int> truth{0, 0, 1, 1};
  const std::vector<std::vector<double>> p{{0.2, 0.8}, {0.1, 0.9}, {0.7, 0.3}, {0.6, 0.4}};
  const ClassificationMetrics m = train::classificationMetrics(truth, p, 2);
  CHECK(m.accuracy == 0);
  CHECK(m.precision == std::vector<double>{0, 0});
  CHECK(m.recall == std::vector<double>{0, 0});
  CHECK(m.f1 == std::vector<double>{0, 0});
  CHECK(m.macroF1 == 0);
  CHECK(m.rocAuc[1] == 0);
  CHECK(m.rocAuc[0] == 0);
  CHECK(m.macroRocAuc == 0);  // binary: the AUC of class 1
  CHECK(m.confusion == std::vector<std::vector<int>>{{0, 2}, {2, 0}});
  const double expected = -(std::log(0.2) + std::log(0.1) + std::log(0.3) + std::log(0.4)) / 4;
  CHECK(m.logLoss == Approx(expected).epsilon(1e-12));
}

TEST_CASE("ROC AUC counts ties half and is NaN with one class") {
  CHECK(train::rocAuc({0, 0, 1, 1}, {0.5, 0.5, 0.5, 0.5}) == 0.5);
  CHECK(train::rocAuc({0, 1, 0, 1}, {0.1, 0.4, 0.4, 0.8}) == 0.875);
  CHECK(train::rocAuc({1, 0, 1, 0, 1}, {3, 1, 2, 2, 2}) == Approx(5.0 / 6.0));
  CHECK(std::isnan(train::rocAuc({1, 1, 1}, {0.1, 0.2, 0.3})));
  CHECK(std::isnan(train::rocAuc({0, 0}, {0.1, 0.2})));
  CHECK_THROWS_AS(train::rocAuc({0, 2}, {0.1, 0.2}), Error);
  CHECK_THROWS_AS(train::rocAuc({0, 1}, {0.1}), Error);
}

TEST_CASE("zero division gives 0, a missing class has a NaN AUC left out of the macro mean") {
  // Class 2 is never in the truth and never predicted; class 1 is never predicted.
  const std::vector<int> truth{0, 0, 1, 1, 0};
  const std::vector<std::vector<double>> p{
      {0.7, 0.2, 0.1}, {0.6, 0.3, 0.1}, {0.5, 0.4, 0.1}, {0.8, 0.1, 0.1}, {0.4, 0.35, 0.25}};
  const ClassificationMetrics m = train::classificationMetrics(truth, p, 3);
  CHECK(m.precision[1] == 0);  // nothing predicted as 1
  CHECK(m.recall[1] == 0);
  CHECK(m.precision[2] == 0);
  CHECK(m.recall[2] == 0);  // no support
  CHECK(m.support == std::vector<int>{3, 2, 0});
  CHECK(m.precision[0] == Approx(0.6));
  CHECK(m.recall[0] == 1);
  CHECK(m.f1[0] == Approx(0.75));
  CHECK(m.macroF1 == Approx(0.25));             // (0.75 + 0 + 0) / 3
  CHECK(m.weightedF1 == Approx(0.75 * 3 / 5));  // support-weighted
  CHECK(std::isnan(m.rocAuc[2]));
  // Class 0 vs rest: scores 0.7 0.6 0.4 (pos) vs 0.5 0.8 (neg) -> 2 of 6 pairs.
  CHECK(m.rocAuc[0] == Approx(1.0 / 3.0));
  // Class 1 vs rest: 0.4 0.1 (pos) vs 0.2 0.3 0.35 (neg) -> 3 of 6 pairs.
  CHECK(m.rocAuc[1] == Approx(0.5));
  CHECK(m.macroRocAuc == Approx((1.0 / 3.0 + 0.5) / 2));
  const auto j = m.toJson();
  CHECK(j.at("per_class").at("2").at("roc_auc").is_null());
  CHECK(j.at("per_class").at("0").at("precision") == Approx(0.6));

  // Only one class present: every AUC is undefined.
  const auto single = train::classificationMetrics({1, 1}, {{0.2, 0.8, 0}, {0.3, 0.3, 0.4}}, 3);
  CHECK(std::isnan(single.macroRocAuc));
  CHECK(single.toJson().at("macro_roc_auc").is_null());
}

TEST_CASE("log loss clips, then renormalises rows, with optional sample weights") {
  CHECK(train::logLoss({0, 1}, {{0.8, 0.2}, {0.4, 0.6}}, 2) ==
        Approx(-(std::log(0.8) + std::log(0.6)) / 2).epsilon(1e-14));
  CHECK(train::logLoss({0}, {{2, 2}}, 2) == Approx(std::log(2.0)).epsilon(1e-14));
  // A zero row: every entry clips to eps, then renormalises to 1/3.
  CHECK(train::logLoss({1}, {{0, 0, 0}}, 3) == Approx(std::log(3.0)).epsilon(1e-14));
  // Weights: np.average(losses, weights).
  const double a = -std::log(0.8), b = -std::log(0.6);
  CHECK(train::logLoss({0, 1}, {{0.8, 0.2}, {0.4, 0.6}}, 2, {1, 3}) ==
        Approx((a + 3 * b) / 4).epsilon(1e-14));
  // A wrong one-hot prediction costs -log(eps / (1 + eps)).
  CHECK(train::logLoss({0}, {{0, 1}}, 2) == Approx(-std::log(kEps / (1 + kEps))).epsilon(1e-12));
}

TEST_CASE("metrics refuse mismatched sizes, labels out of range and bad probabilities") {
  const std::vector<std::vector<double>> p{{0.5, 0.5}, {0.2, 0.8}};
  CHECK_THROWS_AS(train::classificationMetrics({0}, p, 2), Error);
  CHECK_THROWS_AS(train::classificationMetrics({0, 2}, p, 2), Error);
  CHECK_THROWS_AS(train::classificationMetrics({0, -1}, p, 2), Error);
  CHECK_THROWS_AS(train::classificationMetrics({0, 1}, p, 3), Error);
  CHECK_THROWS_AS(train::classificationMetrics({}, {}, 2), Error);
  CHECK_THROWS_AS(train::classificationMetrics({0, 0}, {{1}, {1}}, 1), Error);
  CHECK_THROWS_AS(train::classificationMetrics({0, 1}, {{0.5, NAN}, {0.2, 0.8}}, 2), Error);
  CHECK_THROWS_AS(train::logLoss({0, 1}, p, 2, {1}), Error);
  CHECK_THROWS_AS(train::logLoss({0, 1}, p, 2, {0, 0}), Error);
  CHECK_THROWS_AS(train::classificationMetrics({0, 1}, p, 2).toJson({"only one"}), Error);
  try {
    train::classificationMetrics({0, 5}, p, 2);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(std::string(e.what()).find("label 5") != std::string::npos);
  }
  train::RsnaTarget bad;
  bad.study = "1";
  bad.condition = "spinal_canal_stenosis";
  bad.level = "l1_l2";
  bad.truth = 3;
  CHECK_THROWS_AS(train::rsnaWeightedLogLoss({bad}), Error);
  bad.truth = 0;
  bad.condition = "cervical_stenosis";
  CHECK_THROWS_AS(train::rsnaWeightedLogLoss({bad}), Error);
  bad.condition = "spinal_canal_stenosis";
  bad.p[1] = -0.1;
  CHECK_THROWS_AS(train::rsnaWeightedLogLoss({bad}), Error);
  bad.p[1] = 0;
  bad.truth = -1;
  CHECK_THROWS_AS(train::rsnaWeightedLogLoss({bad}), Error);  // nothing labelled
}

TEST_CASE("RSNA metric on a hand-computed case") {
  // Study A: spinal l1_l2 severe (p severe 0.5), spinal l2_l3 normal (p severe 0.9, not
  // renormalised: the row sums to 1.5); study B: spinal l1_l2 moderate. One foraminal row.
  std::vector<train::RsnaTarget> t(5);
  t[0] = {"A", "spinal_canal_stenosis", "l1_l2", 2, {0.25, 0.25, 0.5}};
  t[1] = {"A", "spinal_canal_stenosis", "l2_l3", 0, {0.3, 0.3, 0.9}};
  t[2] = {"B", "spinal_canal_stenosis", "l1_l2", 1, {0.2, 0.6, 0.2}};
  t[3] = {"B", "left_neural_foraminal_narrowing", "l1_l2", 0, {0.8, 0.1, 0.1}};
  t[4] = {"B", "right_subarticular_stenosis", "l1_l2", -1, {1, 0, 0}};  // unlabelled
  const train::RsnaScore s = train::rsnaWeightedLogLoss(t);
  const double spinal = (4 * -std::log(0.5) + 1 * -std::log(0.3 / 1.5) + 2 * -std::log(0.6)) / 7;
  const double foraminal = -std::log(0.8);
  // any_severe: A truth 1 weight 4 p 0.9; B truth 0 weight 2 p 0.2.
  const double anySevere = (4 * -std::log(0.9) + 2 * -std::log(0.8)) / 6;
  REQUIRE(s.parts.size() == 3);
  CHECK(s.parts[0].first == "spinal");
  CHECK(s.parts[0].second == Approx(spinal).epsilon(1e-12));
  CHECK(s.parts[1].first == "foraminal");
  CHECK(s.parts[1].second == Approx(foraminal).epsilon(1e-12));
  CHECK(s.parts[2].first == "any_severe_spinal");
  CHECK(s.parts[2].second == Approx(anySevere).epsilon(1e-12));
  CHECK(s.score == Approx((spinal + foraminal + anySevere) / 3).epsilon(1e-12));
  const auto j = s.toJson();
  CHECK(j.at("score") == Approx(s.score));
  CHECK(j.at("any_severe_spinal") == Approx(anySevere));
  CHECK_FALSE(j.contains("subarticular"));
}

TEST_CASE("classification metrics match scikit-learn on random predictions to 1e-6") {
  std::mt19937 rng(20240611);
  std::vector<Case> cases;
  cases.push_back(randomCase(rng, 2, 60, -1, 0, true, 0));        // binary, rows sum to 1
  cases.push_back(randomCase(rng, 3, 120, -1, 0, false, 0));      // rows not summing to 1
  cases.push_back(randomCase(rng, 7, 250, 4, 0.1, true, 0.15));   // absent class, ties, 0/1 rows
  cases.push_back(randomCase(rng, 3, 80, -1, 0.25, false, 0.3));  // heavy ties, extremes
  cases.push_back(randomCase(rng, 2, 40, 0, 0, true, 0.1));       // binary, one class only
  cases.push_back(randomCase(rng, 7, 30, -1, 0, false, 0));       // few samples, many classes
  nlohmann::json input = {{"classification", nlohmann::json::array()}};
  for (const auto& c : cases)
    input["classification"].push_back(toJson(c));
  std::string why;
  const nlohmann::json ref = sklearnReference(input, why);
  if (ref.is_null()) OSTEON_SKIP(why);
  REQUIRE(ref.at("classification").size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Case& c = cases[i];
    const nlohmann::json& r = ref["classification"][i];
    INFO("case " << i << ": " << c.classes << " classes, " << c.truth.size() << " samples");
    const ClassificationMetrics m = train::classificationMetrics(c.truth, c.p, c.classes);
    checkNumber(m.accuracy, r["accuracy"], "accuracy");
    checkNumber(m.macroF1, r["macro_f1"], "macro F1");
    checkNumber(m.weightedF1, r["weighted_f1"], "weighted F1");
    checkNumber(m.macroRocAuc, r["macro_roc_auc"], "macro ROC AUC");
    checkNumber(m.logLoss, r["log_loss"], "log loss");
    checkNumber(train::logLoss(c.truth, c.p, c.classes, c.weights), r["weighted_log_loss"],
                "weighted log loss");
    CHECK(m.confusion == r["confusion"].get<std::vector<std::vector<int>>>());
    CHECK(m.support == r["support"].get<std::vector<int>>());
    for (std::size_t k = 0; k < static_cast<std::size_t>(c.classes); ++k) {
      const std::string cls = " of class " + std::to_string(k);
      checkNumber(m.precision[k], r["precision"][k], "precision" + cls);
      checkNumber(m.recall[k], r["recall"][k], "recall" + cls);
      checkNumber(m.f1[k], r["f1"][k], "F1" + cls);
      checkNumber(m.rocAuc[k], r["roc_auc"][k], "ROC AUC" + cls);
    }
  }
}

TEST_CASE("the RSNA metric matches the official Kaggle scoring (numpy + sklearn) to 1e-6") {
  std::mt19937 rng(2024);
  std::vector<std::vector<train::RsnaTarget>> cases;
  cases.push_back(randomRsna(rng, 12, 0.15, true, true, 0));    // several studies, unlabelled rows
  cases.push_back(randomRsna(rng, 5, 0.3, true, true, 0.2));    // extreme 0/1 probabilities
  cases.push_back(randomRsna(rng, 6, 0.1, false, true, 0));     // no severe spinal at all
  cases.push_back(randomRsna(rng, 8, 0.1, true, false, 0.05));  // subarticular all unlabelled
  cases.push_back(randomRsna(rng, 1, 0, true, true, 0));        // a single study
  nlohmann::json input = {{"rsna", nlohmann::json::array()}};
  for (const auto& c : cases)
    input["rsna"].push_back(toJson(c));
  std::string why;
  const nlohmann::json ref = sklearnReference(input, why);
  if (ref.is_null()) OSTEON_SKIP(why);
  REQUIRE(ref.at("rsna").size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    INFO("RSNA case " << i);
    const nlohmann::json& r = ref["rsna"][i];
    const train::RsnaScore s = train::rsnaWeightedLogLoss(cases[i]);
    checkNumber(s.score, r["score"], "score");
    CHECK(s.parts.size() == r["parts"].size());
    for (const auto& [name, value] : s.parts) {
      REQUIRE(r["parts"].contains(name));
      checkNumber(value, r["parts"][name], name);
    }
  }
  // The case without subarticular labels leaves that group out.
  CHECK(train::rsnaWeightedLogLoss(cases[3]).parts.size() == 3);
}

TEST_CASE("plots: line chart and confusion matrix are readable images") {
  train::PlotSeries trainLoss{"train loss", {}, {}, {{31, 119, 180}}, false};
  train::PlotSeries valLoss{"validation loss", {}, {}, {{214, 39, 40}}, true};
  for (int e = 1; e <= 30; ++e) {
    trainLoss.x.push_back(e);
    trainLoss.y.push_back(1.2 * std::exp(-e / 8.0) + 0.1);
    valLoss.x.push_back(e);
    valLoss.y.push_back(e == 12 ? NAN : 1.25 * std::exp(-e / 10.0) + 0.18 + 0.002 * e);
  }
  const image::Image lines =
      train::plotLines({trainLoss, valLoss}, "Lumbar grades: loss", "epoch", "loss", 800, 480);
  REQUIRE(lines.width() == 800);
  REQUIRE(lines.height() == 480);
  REQUIRE(lines.pixelType() == image::PixelType::RGB8);
  CHECK(pixel(lines, 0, 0) == std::array<int, 3>{255, 255, 255});
  CHECK(pixel(lines, 799, 479) == std::array<int, 3>{255, 255, 255});
  // Both series colours are drawn well inside the image.
  CHECK(countColor(lines, 60, 40, 780, 420, trainLoss.color) > 300);
  CHECK(countColor(lines, 60, 40, 780, 420, valLoss.color) > 200);
  // Dark text in the title band.
  int dark = 0;
  for (int y = 0; y < 30; ++y)
    for (int x = 200; x < 600; ++x)
      if (luminance(lines, x, y) < 100) ++dark;
  CHECK(dark > 100);
  // Fixed range, a single point and an empty series do not throw.
  CHECK_NOTHROW(
      train::plotLines({{"one", {1}, {0.5}, {{0, 128, 0}}, false}}, "t", "x", "y", 400, 300, 0, 1));
  CHECK_NOTHROW(train::plotLines({}, "empty", "x", "y"));
  CHECK_THROWS_AS(train::plotLines({{"bad", {1, 2}, {1}, {{0, 0, 0}}, false}}, "t", "x", "y"),
                  Error);

  const std::vector<std::vector<int>> perfect{{40, 0, 0}, {0, 25, 0}, {0, 0, 12}};
  const image::Image conf =
      train::plotConfusion(perfect, {"normal/mild", "moderate", "severe"}, "Confusion", 64);
  REQUIRE(conf.pixelType() == image::PixelType::RGB8);
  CHECK(conf.width() >= 3 * 64);
  CHECK(conf.height() >= 3 * 64);
  CHECK(pixel(conf, 0, 0) == std::array<int, 3>{255, 255, 255});
  // Find the matrix: the darkest cell centre is on the diagonal. Locate cell (0,0) by scanning for
  // the first strongly coloured pixel, then compare the centres of (0,0) and (0,1).
  int x0 = -1, y0 = -1;
  for (int y = 0; y < conf.height() && x0 < 0; ++y)
    for (int x = 0; x < conf.width(); ++x) {
      const auto p = pixel(conf, x, y);
      if (p[2] > p[0] + 60) {  // blue cell
        x0 = x;
        y0 = y;
        break;
      }
    }
  REQUIRE(x0 >= 0);
  const int cell = 64;
  // Sample a corner of each cell (away from the printed count).
  CHECK(luminance(conf, x0 + 6, y0 + 6) < 100);                        // (0,0): 100%
  CHECK(luminance(conf, x0 + cell + 6, y0 + 6) > 230);                 // (0,1): 0
  CHECK(luminance(conf, x0 + 2 * cell + 6, y0 + 2 * cell + 6) < 100);  // (2,2)
  CHECK_THROWS_AS(train::plotConfusion({{1, 2}}, {}, "t"), Error);
  CHECK_THROWS_AS(train::plotConfusion(perfect, {"a"}, "t"), Error);

  const std::vector<std::vector<int>> mixed{{30, 8, 2}, {6, 15, 4}, {1, 3, 8}};
  const image::Image conf2 = train::plotConfusion(mixed, {"normal_mild", "moderate", "severe"},
                                                  "Validation confusion (fold 1)", 64);

  const std::string dir = screenshotDir();
  io::writeImageFile(lines, dir + "/train_plot_lines.png");
  io::writeImageFile(conf, dir + "/train_plot_confusion.png");
  io::writeImageFile(conf2, dir + "/train_plot_confusion_mixed.png");
  io::writeImageFile(train::plotLines({{"accuracy",
                                        {1, 2, 3, 4, 5, 6},
                                        {0.4, 0.55, 0.61, NAN, 0.7, 0.72},
                                        {{44, 160, 44}},
                                        false},
                                       {"macro F1",
                                        {1, 2, 3, 4, 5, 6},
                                        {0.3, 0.42, 0.5, 0.55, 0.6, 0.64},
                                        {{148, 103, 189}},
                                        true}},
                                      "Validation", "epoch", "score", 480, 320, 0, 1),
                     dir + "/train_plot_small.png");
  CHECK(std::filesystem::file_size(dir + "/train_plot_lines.png") > 1000);
  // The whole pictures against reviewed baselines.
  OSTEON_CHECK_BASELINE(lines, "report-plot-lines");
  OSTEON_CHECK_BASELINE(conf2, "report-plot-confusion");
}
