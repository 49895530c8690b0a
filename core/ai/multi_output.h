#pragma once
// Multi-output classification: one network, `groups` targets of `classes` classes each (the
// lumbar task: 25 condition x level targets x 3 severities), logits laid out group-major
// (N, groups * classes).

#include <torch/torch.h>

#include <vector>

namespace osteon::ai {

// Softmax within each group: (N, groups, classes).
torch::Tensor groupedProbabilities(const torch::Tensor& logits, int groups, int classes);

// Weighted cross-entropy over the labelled entries of `targets` (N, groups), int64 class index
// or -1 for "not labelled": sum(w[t] * -log p[t]) / sum(w[t]). `classWeights` empty = all 1 (the
// RSNA metric weighs normal/mild, moderate, severe 1, 2, 4). Zero when nothing is labelled.
torch::Tensor groupedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets,
                                  int classes, const std::vector<double>& classWeights = {});

}  // namespace osteon::ai
