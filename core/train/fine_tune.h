#pragma once
// Fine-tuning a classifier: the initial weights from a package (TrainConfig::initFrom), which
// parameters train in the frozen phase (the head only) and after it (the last `unfreezeBlocks`
// stages, or all), and frozen batch norm. Internal to core/train (LibTorch).

#include <torch/torch.h>

#include <functional>
#include <string>
#include <vector>

#include "core/ai/networks.h"
#include "core/train/trainer.h"

namespace osteon::train::detail {

// Phase 1 with frozen epochs: only the head trains. Phase 2: the head and the last `blocks`
// non-head groups (0 = all). Returns the trainable parameters.
std::vector<torch::Tensor> setTrainable(ai::Network& net, int phase, const TrainConfig& c);

// Batch-norm layers whose weights are frozen run in inference mode (their running statistics
// stay as they are), as Keras does for layers with trainable = False.
void freezeFrozenBatchNorm(ai::Network& net);

// Copies the weights of `package` (the same architecture, or the backbone of a "+seed000head"
// network; a backbone-only package keeps the new classifier) into `net` where names and shapes
// match, and logs how many tensors were copied.
void copyWeights(ai::Network& net, const std::string& package,
                 const std::function<void(const std::string&)>& log);

}  // namespace osteon::train::detail
