#include "core/train/losses.h"

#include "core/base/error.h"

namespace osteon::train {

torch::Tensor classificationLoss(const torch::Tensor& logits, const torch::Tensor& targets,
                                 const LossOptions& o) {
  const int64_t K = logits.size(1);
  if ((!o.alpha.empty() && static_cast<int64_t>(o.alpha.size()) != K) ||
      (!o.classWeights.empty() && static_cast<int64_t>(o.classWeights.size()) != K))
    throw Error("loss: alpha and class weights need one value per class");
  const torch::Tensor logp = torch::log_softmax(logits, 1);
  const torch::Tensor lpt = logp.gather(1, targets.unsqueeze(1)).squeeze(1);
  torch::Tensor per = -lpt;
  if (o.focal) {
    per = per * torch::pow(1 - lpt.exp(), o.gamma);
    if (!o.alpha.empty())
      per = per * torch::tensor(o.alpha, logits.options()).index_select(0, targets);
  }
  if (!o.classWeights.empty()) {
    const torch::Tensor w =
        torch::tensor(o.classWeights, logits.options()).index_select(0, targets);
    return (per * w).sum() / w.sum().clamp_min(1e-12);
  }
  return per.mean();
}

std::vector<double> balancedClassWeights(const std::vector<int>& counts) {
  double n = 0;
  for (int c : counts)
    n += c;
  std::vector<double> w;
  for (int c : counts)
    w.push_back(c > 0 ? n / (static_cast<double>(counts.size()) * c) : 0.0);
  return w;
}

}  // namespace osteon::train
