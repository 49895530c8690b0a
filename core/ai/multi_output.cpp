#include "core/ai/multi_output.h"

#include "core/base/error.h"

namespace osteon::ai {

torch::Tensor groupedProbabilities(const torch::Tensor& logits, int groups, int classes) {
  if (logits.dim() != 2 || logits.size(1) != static_cast<int64_t>(groups) * classes)
    throw Error("multi-output: expected " + std::to_string(groups * classes) + " logits per image");
  return torch::softmax(logits.view({logits.size(0), groups, classes}), 2);
}

torch::Tensor groupedCrossEntropy(const torch::Tensor& logits, const torch::Tensor& targets,
                                  int classes, const std::vector<double>& classWeights) {
  const int64_t groups = targets.size(1);
  if (logits.size(1) != groups * classes || logits.size(0) != targets.size(0))
    throw Error("multi-output: logits and targets disagree in shape");
  if (!classWeights.empty() && classWeights.size() != static_cast<std::size_t>(classes))
    throw Error("multi-output: one weight per class");
  const torch::Tensor logp = torch::log_softmax(logits.view({logits.size(0), groups, classes}), 2);
  const torch::Tensor labelled = targets >= 0;
  const torch::Tensor t = targets.clamp_min(0).to(torch::kLong);
  const torch::Tensor nll = -logp.gather(2, t.unsqueeze(2)).squeeze(2);  // (N, groups)
  torch::Tensor w = labelled.to(logits.dtype());
  if (!classWeights.empty())
    w = w * torch::tensor(classWeights, logits.options()).index_select(0, t.flatten()).view_as(t);
  const torch::Tensor total = w.sum();
  return torch::where(total > 0, (w * nll).sum() / total.clamp_min(1e-12),
                      torch::zeros({}, logits.options()));
}

}  // namespace osteon::ai
