#pragma once
// Classification metrics computed from predictions, with scikit-learn's definitions (the tests
// compare every number with python3-sklearn on the same predictions to 1e-6). Tensor-free and
// Qt-free: used by training, `osteon-cli evaluate` and the Training tab.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace osteon::train {

struct ClassificationMetrics {
  int samples = 0;
  double accuracy = 0;
  // Per class (index = class): sklearn precision_recall_fscore_support(labels=range(classes),
  // zero_division=0).
  std::vector<double> precision, recall, f1;
  std::vector<int> support;
  // sklearn f1_score(labels=range(classes), average="macro", zero_division=0): the mean over all
  // `classes` (a class absent from truth and predictions counts as 0).
  double macroF1 = 0;
  double weightedF1 = 0;                    // average="weighted" (weights: support)
  std::vector<std::vector<int>> confusion;  // [true][predicted], sklearn confusion_matrix
  // One-vs-rest ROC AUC per class (sklearn roc_auc_score(y == c, p[:, c])); NaN where the class
  // is absent or is the only class present. macroRocAuc: mean of the defined ones (NaN if none);
  // for two classes, the AUC of class 1 (sklearn's binary roc_auc_score).
  std::vector<double> rocAuc;
  double macroRocAuc = 0;
  double logLoss = 0;  // sklearn log_loss(y, p, labels=range(classes)) (rows clipped, renormalised)
  // {samples, accuracy, macro_f1, weighted_f1, per_class: {name: {precision, recall, f1, support,
  // roc_auc}}, confusion, macro_roc_auc, log_loss}; NaN as null; names default to "0", "1", ...
  // (a non-empty classNames of another size throws osteon::Error).
  nlohmann::json toJson(const std::vector<std::string>& classNames = {}) const;
};

// truth[i] in [0, classes); probabilities[i] has `classes` entries. Throws osteon::Error on
// mismatched sizes or labels out of range. The predicted class is the argmax (first on ties).
ClassificationMetrics classificationMetrics(const std::vector<int>& truth,
                                            const std::vector<std::vector<double>>& probabilities,
                                            int classes);

// sklearn roc_auc_score for binary truth (0/1) and scores, ties counted half (trapezoid rule).
// NaN when only one class is present.
double rocAuc(const std::vector<int>& truth, const std::vector<double>& score);

// sklearn 1.2 log_loss(truth, p, sample_weight=weights, labels=range(classes)): each row is
// clipped to [eps, 1 - eps] (eps = float64 machine epsilon, sklearn's eps="auto"), then
// renormalised to sum 1. Throws osteon::Error on fewer than two classes, no samples, mismatched
// sizes, labels out of range, non-finite probabilities or weights summing to zero.
double logLoss(const std::vector<int>& truth, const std::vector<std::vector<double>>& probabilities,
               int classes, const std::vector<double>& weights = {});

// The RSNA 2024 lumbar competition metric. One row per (study, condition, level) target:
// `study`, `condition` (one of the five RSNA condition names, e.g. "spinal_canal_stenosis" or
// "left_neural_foraminal_narrowing"), `level` ("l1_l2".."l5_s1"), truth 0/1/2 (normal_mild,
// moderate, severe; -1 = unlabelled, row skipped) and the three probabilities. The competition's
// scoring code groups conditions into spinal, foraminal (left + right) and subarticular
// (left + right); each group gets a sample-weighted log loss (weights 1, 2, 4 by true severity);
// then any_severe_spinal per study: truth = any spinal level severe, prediction = the highest
// raw severe probability over its labelled spinal levels (rows are not renormalised first, as in
// the official code), weight = the highest sample weight over those levels (1, 2 or 4), binary
// log loss. Score = the mean of the four losses (groups without labelled rows are left out; the
// official code would fail there, and also when no study or every study has a severe spinal
// level, where this computes the binary loss with both labels). Throws osteon::Error on unknown
// conditions, severities outside -1..2, negative or non-finite probabilities, or no labelled row.
struct RsnaTarget {
  std::string study, condition, level;
  int truth = -1;
  double p[3] = {0, 0, 0};
};
struct RsnaScore {
  double score = 0;
  // In this order, those with labelled rows: spinal, foraminal, subarticular, any_severe_spinal.
  std::vector<std::pair<std::string, double>> parts;
  // {"score": s, "spinal": ..., "foraminal": ..., "subarticular": ..., "any_severe_spinal": ...}
  nlohmann::json toJson() const;
};
RsnaScore rsnaWeightedLogLoss(const std::vector<RsnaTarget>& targets);

}  // namespace osteon::train
