#pragma once
// Classification losses for training (LibTorch; internal to core/train and its tests).

#include <torch/torch.h>

#include <vector>

namespace osteon::train {

struct LossOptions {
  bool focal = false;
  double gamma = 2;           // focal: (1 - p_t)^gamma
  std::vector<double> alpha;  // focal: per-class alpha_t (seed 001: 0.2, 0.5, 0.7); empty = 1
  std::vector<double> classWeights;  // per-class sample weights; empty = all 1
};

// Mean over the batch of -alpha_t (1 - p_t)^gamma log p_t (focal) or -log p_t (cross-entropy);
// with class weights the weighted mean sum(w_i l_i) / sum(w_i), as torch's weighted
// cross_entropy. logits (N, K), targets (N) int64.
torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                 const LossOptions& options);

// sklearn's "balanced" class weights: n / (K * n_c); 0 for a class with no samples.
std::vector<double> balancedClassWeights(const std::vector<int>& counts);

}  // namespace osteon::train
