#pragma once
// The classifier trainer's checkpoints: after every epoch the loop's state (JSON), the model with
// the CPU random generator's state, and the optimiser go to the report folder, so that `resume`
// continues as if never interrupted. Internal to core/train (LibTorch).

#include <torch/torch.h>

#include <cmath>
#include <cstddef>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/ai/networks.h"
#include "core/train/trainer.h"

namespace osteon::train::detail {

// The loop's state after an epoch: everything needed to continue as if never interrupted.
struct LoopState {
  int fold = 1, epoch = 0, phase = 1, phaseStart = 1;
  double lr = 0;
  double plateauBest = -INFINITY;
  int plateauBad = 0;
  double earlyBest = -INFINITY;
  int earlyBad = 0;
  double bestScore = -INFINITY;
  bool finished = false;
  std::vector<FoldResult> doneFolds;
  FoldResult current;
};

// <report folder>/checkpoint.json, the file that names the checkpoint's other files.
std::filesystem::path checkpointJson(const TrainConfig& c);

// Model, optimiser and RNG go to files named after the epoch; the JSON written last names them,
// so a crash at any point leaves the previous complete checkpoint in place.
void saveCheckpoint(const TrainConfig& c, const LoopState& s, std::size_t samples, ai::Network& net,
                    torch::optim::Optimizer& opt);

// The checkpoint to resume from: fills `state` and returns the JSON (which names the model and
// optimiser files). Throws osteon::Error when there is none, when it is damaged, and when the
// dataset's image count is not the checkpoint's `samples`.
nlohmann::json readCheckpoint(const TrainConfig& c, std::size_t samples, LoopState& state);

// Loads the model (and the CPU random generator's state) and the optimiser `checkpoint` names.
void restoreCheckpoint(const TrainConfig& c, const nlohmann::json& checkpoint, ai::Network& net,
                       torch::optim::Optimizer& opt, const torch::Device& device);

}  // namespace osteon::train::detail
