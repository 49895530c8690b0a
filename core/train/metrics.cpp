#include "core/train/metrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

#include "core/base/error.h"

namespace osteon::train {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kEps = std::numeric_limits<double>::epsilon();  // numpy float64 eps

nlohmann::json number(double v) {
  return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json();
}

void checkProbabilities(const std::vector<int>& truth,
                        const std::vector<std::vector<double>>& probabilities, int classes,
                        const char* what) {
  if (classes < 2)
    throw Error(std::string(what) + ": at least two classes are needed, got " +
                std::to_string(classes));
  if (truth.size() != probabilities.size())
    throw Error(std::string(what) + ": " + std::to_string(truth.size()) + " labels but " +
                std::to_string(probabilities.size()) + " probability rows");
  if (truth.empty()) throw Error(std::string(what) + ": no samples");
  for (std::size_t i = 0; i < truth.size(); ++i) {
    if (truth[i] < 0 || truth[i] >= classes)
      throw Error(std::string(what) + ": label " + std::to_string(truth[i]) + " of sample " +
                  std::to_string(i) + " is outside [0, " + std::to_string(classes) + ")");
    if (probabilities[i].size() != static_cast<std::size_t>(classes))
      throw Error(std::string(what) + ": sample " + std::to_string(i) + " has " +
                  std::to_string(probabilities[i].size()) + " probabilities, expected " +
                  std::to_string(classes));
    for (double p : probabilities[i])
      if (!std::isfinite(p))
        throw Error(std::string(what) + ": sample " + std::to_string(i) +
                    " has a non-finite probability");
  }
}

// sklearn: clip to [eps, 1 - eps] first, then divide by the row sum; -log of the true column.
double rowLoss(const double* p, int classes, int truth) {
  double sum = 0;
  for (int c = 0; c < classes; ++c)
    sum += std::clamp(p[c], kEps, 1 - kEps);
  return -std::log(std::clamp(p[truth], kEps, 1 - kEps) / sum);
}

// np.average(losses, weights=weights).
double average(const std::vector<double>& losses, const std::vector<double>& weights,
               const char* what) {
  if (weights.empty())
    return std::accumulate(losses.begin(), losses.end(), 0.0) / static_cast<double>(losses.size());
  double num = 0, den = 0;
  for (std::size_t i = 0; i < losses.size(); ++i) {
    num += losses[i] * weights[i];
    den += weights[i];
  }
  if (den == 0) throw Error(std::string(what) + ": the sample weights sum to zero");
  return num / den;
}

}  // namespace

double rocAuc(const std::vector<int>& truth, const std::vector<double>& score) {
  if (truth.size() != score.size())
    throw Error("ROC AUC: " + std::to_string(truth.size()) + " labels but " +
                std::to_string(score.size()) + " scores");
  double positives = 0, negatives = 0;
  for (std::size_t i = 0; i < truth.size(); ++i) {
    if (truth[i] != 0 && truth[i] != 1)
      throw Error("ROC AUC: label " + std::to_string(truth[i]) + " of sample " + std::to_string(i) +
                  " is not 0 or 1");
    if (!std::isfinite(score[i]))
      throw Error("ROC AUC: sample " + std::to_string(i) + " has a non-finite score");
    (truth[i] ? positives : negatives) += 1;
  }
  if (positives == 0 || negatives == 0) return kNaN;
  std::vector<std::size_t> order(truth.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return score[a] < score[b]; });
  // Mann-Whitney U (equal to the trapezoid area under sklearn's ROC curve): each positive counts
  // the negatives below it, ties count half.
  double area = 0, negativesBelow = 0;
  for (std::size_t i = 0; i < order.size();) {
    std::size_t j = i;
    double pos = 0, neg = 0;
    for (; j < order.size() && score[order[j]] == score[order[i]]; ++j)
      (truth[order[j]] ? pos : neg) += 1;
    area += pos * (negativesBelow + 0.5 * neg);
    negativesBelow += neg;
    i = j;
  }
  return area / (positives * negatives);
}

double logLoss(const std::vector<int>& truth, const std::vector<std::vector<double>>& probabilities,
               int classes, const std::vector<double>& weights) {
  checkProbabilities(truth, probabilities, classes, "log loss");
  if (!weights.empty() && weights.size() != truth.size())
    throw Error("log loss: " + std::to_string(weights.size()) + " sample weights for " +
                std::to_string(truth.size()) + " samples");
  std::vector<double> losses(truth.size());
  for (std::size_t i = 0; i < truth.size(); ++i)
    losses[i] = rowLoss(probabilities[i].data(), classes, truth[i]);
  return average(losses, weights, "log loss");
}

ClassificationMetrics classificationMetrics(const std::vector<int>& truth,
                                            const std::vector<std::vector<double>>& probabilities,
                                            int classes) {
  checkProbabilities(truth, probabilities, classes, "classification metrics");
  const auto k = static_cast<std::size_t>(classes);
  ClassificationMetrics m;
  m.samples = static_cast<int>(truth.size());
  m.confusion.assign(k, std::vector<int>(k, 0));
  int correct = 0;
  for (std::size_t i = 0; i < truth.size(); ++i) {
    const auto& p = probabilities[i];
    const auto predicted = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) -
                                                    p.begin());  // first on ties
    ++m.confusion[static_cast<std::size_t>(truth[i])][predicted];
    if (predicted == static_cast<std::size_t>(truth[i])) ++correct;
  }
  m.accuracy = static_cast<double>(correct) / static_cast<double>(m.samples);

  m.precision.assign(k, 0);
  m.recall.assign(k, 0);
  m.f1.assign(k, 0);
  m.support.assign(k, 0);
  double weighted = 0;
  for (std::size_t c = 0; c < k; ++c) {
    int predictedCount = 0;
    for (std::size_t r = 0; r < k; ++r) {
      m.support[c] += m.confusion[c][r];
      predictedCount += m.confusion[r][c];
    }
    const double tp = m.confusion[c][c];
    if (predictedCount > 0) m.precision[c] = tp / predictedCount;
    if (m.support[c] > 0) m.recall[c] = tp / m.support[c];
    const double denom = m.precision[c] + m.recall[c];
    if (denom > 0) m.f1[c] = 2 * m.precision[c] * m.recall[c] / denom;
    m.macroF1 += m.f1[c];
    weighted += m.f1[c] * m.support[c];
  }
  m.macroF1 /= static_cast<double>(k);
  m.weightedF1 = weighted / m.samples;

  m.rocAuc.assign(k, kNaN);
  std::vector<int> isClass(truth.size());
  std::vector<double> score(truth.size());
  double sum = 0;
  int defined = 0;
  for (std::size_t c = 0; c < k; ++c) {
    for (std::size_t i = 0; i < truth.size(); ++i) {
      isClass[i] = truth[i] == static_cast<int>(c) ? 1 : 0;
      score[i] = probabilities[i][c];
    }
    m.rocAuc[c] = rocAuc(isClass, score);
    if (!std::isnan(m.rocAuc[c])) {
      sum += m.rocAuc[c];
      ++defined;
    }
  }
  m.macroRocAuc = classes == 2 ? m.rocAuc[1] : defined > 0 ? sum / defined : kNaN;
  m.logLoss = logLoss(truth, probabilities, classes);
  return m;
}

nlohmann::json ClassificationMetrics::toJson(const std::vector<std::string>& classNames) const {
  const std::size_t k = support.size();
  if (!classNames.empty() && classNames.size() != k)
    throw Error("classification metrics: " + std::to_string(classNames.size()) +
                " class names for " + std::to_string(k) + " classes");
  nlohmann::json perClass = nlohmann::json::object();
  for (std::size_t c = 0; c < k; ++c)
    perClass[classNames.empty() ? std::to_string(c) : classNames[c]] = {
        {"precision", number(precision[c])},
        {"recall", number(recall[c])},
        {"f1", number(f1[c])},
        {"support", support[c]},
        {"roc_auc", number(rocAuc[c])}};
  return {{"samples", samples},
          {"accuracy", number(accuracy)},
          {"macro_f1", number(macroF1)},
          {"weighted_f1", number(weightedF1)},
          {"per_class", perClass},
          {"confusion", confusion},
          {"macro_roc_auc", number(macroRocAuc)},
          {"log_loss", number(logLoss)}};
}

RsnaScore rsnaWeightedLogLoss(const std::vector<RsnaTarget>& targets) {
  static const char* const kGroups[] = {"spinal", "foraminal", "subarticular"};
  struct Group {
    std::vector<int> truth;
    std::vector<std::vector<double>> p;
    std::vector<double> weights;
  };
  Group groups[3];
  // any_severe_spinal per study: truth = max of "severe" one-hot, weight = max sample weight,
  // prediction = max raw severe probability (not renormalised, as the official code), all over
  // the study's labelled spinal rows.
  struct Study {
    int severe = 0;
    double weight = 0, p = -std::numeric_limits<double>::infinity();
  };
  std::map<std::string, Study> studies;
  for (std::size_t i = 0; i < targets.size(); ++i) {
    const RsnaTarget& t = targets[i];
    const std::string where = "RSNA score: row " + std::to_string(i) + " (" + t.study + " " +
                              t.condition + " " + t.level + ")";
    if (t.truth < -1 || t.truth > 2)
      throw Error(where + ": severity " + std::to_string(t.truth) +
                  " is not -1 (unlabelled), 0, 1 or 2");
    for (double p : t.p)
      if (!std::isfinite(p) || p < 0)
        throw Error(where + ": probabilities must be finite and at least zero");
    int g = -1;
    for (int j = 0; j < 3 && g < 0; ++j)  // the official get_condition: first substring found
      if (t.condition.find(kGroups[j]) != std::string::npos) g = j;
    if (g < 0)
      throw Error(where + ": unknown condition \"" + t.condition +
                  "\" (expected spinal, foraminal or subarticular in the name)");
    if (t.truth < 0) continue;
    const double weight = std::pow(2.0, t.truth);  // 1, 2, 4
    groups[g].truth.push_back(t.truth);
    groups[g].p.push_back({t.p[0], t.p[1], t.p[2]});
    groups[g].weights.push_back(weight);
    if (g == 0) {
      Study& s = studies[t.study];
      s.severe = std::max(s.severe, t.truth == 2 ? 1 : 0);
      s.weight = std::max(s.weight, weight);
      s.p = std::max(s.p, t.p[2]);
    }
  }
  RsnaScore r;
  for (int g = 0; g < 3; ++g)
    if (!groups[g].truth.empty())
      r.parts.emplace_back(kGroups[g], logLoss(groups[g].truth, groups[g].p, 3, groups[g].weights));
  if (!studies.empty()) {
    std::vector<int> truth;
    std::vector<std::vector<double>> p;
    std::vector<double> weights;
    for (const auto& [study, s] : studies) {
      truth.push_back(s.severe);
      p.push_back({1 - s.p, s.p});  // sklearn's 1-D binary y_pred (clipped first, then 1 - p)
      weights.push_back(s.weight);
    }
    // Clip the severe probability before forming 1 - p, as sklearn does for a 1-D y_pred.
    for (auto& row : p) {
      row[1] = std::clamp(row[1], kEps, 1 - kEps);
      row[0] = 1 - row[1];
    }
    r.parts.emplace_back("any_severe_spinal", logLoss(truth, p, 2, weights));
  }
  if (r.parts.empty()) throw Error("RSNA score: no labelled targets");
  double sum = 0;
  for (const auto& part : r.parts)
    sum += part.second;
  r.score = sum / static_cast<double>(r.parts.size());
  return r;
}

nlohmann::json RsnaScore::toJson() const {
  nlohmann::json j = {{"score", number(score)}};
  for (const auto& [name, value] : parts)
    j[name] = number(value);
  return j;
}

}  // namespace osteon::train
