#pragma once
// Small helpers shared by the classifier trainer's pieces (trainer.cpp, batch_loader.cpp,
// checkpoint.cpp, fine_tune.cpp) and the landmark trainer. Internal to core/train: it includes
// LibTorch, which trainer.h keeps out of the viewer on purpose.

#include <torch/torch.h>

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace osteon::train {

struct TrainConfig;

namespace detail {

// Seeds are mixed so that (seed, fold, epoch, position) give independent streams.
inline std::uint32_t mixSeed(std::uint64_t a, std::uint64_t b, std::uint64_t c, std::uint64_t d) {
  std::seed_seq s{static_cast<std::uint32_t>(a), static_cast<std::uint32_t>(a >> 32),
                  static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(c),
                  static_cast<std::uint32_t>(d)};
  std::uint32_t out[1];
  s.generate(out, out + 1);
  return out[0];
}

// The optimiser by name: "adamw", "sgd" (with momentum), anything else Adam.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params,
                                                       const std::string& name, double lr,
                                                       double weightDecay, double momentum);
// The configuration's optimiser (optimizer, weightDecay, momentum) at rate `lr`.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const std::vector<torch::Tensor>& params,
                                                       const TrainConfig& c, double lr);
// Sets the rate of every parameter group.
void setLearningRate(torch::optim::Optimizer& opt, double lr);

}  // namespace detail
}  // namespace osteon::train
