#pragma once
// Helpers shared by the core/ai suites.

#include <string>

#include "core/ai/networks.h"

namespace osteon::test {

// Non-trivial batch-norm statistics, as a trained model has (fresh ones are 0 and 1, which
// would hide a mixed-up mean or variance in a comparison with PyTorch).
inline void randomizeBatchNormStatistics(ai::Network& net) {
  torch::NoGradGuard ng;
  for (auto& b : net.named_buffers(true))
    if (b.key().find("running_mean") != std::string::npos)
      b.value().uniform_(-0.2, 0.2);
    else if (b.key().find("running_var") != std::string::npos)
      b.value().uniform_(0.5, 1.5);
}

}  // namespace osteon::test
