#pragma once
// The classifier trainer's batch loader: dataset images -> normalised tensors, decoded on the
// pipeline's threads through a bounded cache and augmented per (seed, fold, epoch, position).
// Internal to core/train (LibTorch).

#include <torch/torch.h>

#include <cstddef>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/ai/model_package.h"
#include "core/train/augment.h"
#include "core/train/trainer.h"

namespace osteon::train::detail {

// One image as the network sees it before augmentation and normalisation: the model's
// preprocessing (rolling ball), the middle slice of a volume, resized, scaled to [0, 1].
GreyImage decodeForTraining(const std::string& path, const ai::ModelInfo& info);

// A bounded least-recently-used cache of decoded images, shared by the decoding threads.
class ImageCache {
 public:
  explicit ImageCache(std::size_t bytes) : limit_(bytes) {}

  std::shared_ptr<const GreyImage> get(std::size_t key, const std::function<GreyImage()>& decode);

 private:
  std::mutex m_;
  std::size_t limit_, used_ = 0;
  std::size_t hits_ = 0, misses_ = 0;
  std::list<std::size_t> lru_;
  std::unordered_map<std::size_t,
                     std::pair<std::shared_ptr<const GreyImage>, std::list<std::size_t>::iterator>>
      map_;
};

struct Batch {
  torch::Tensor x, y;
  std::size_t size = 0;
};

class Loader {
 public:
  Loader(const DatasetReport& data, const ai::ModelInfo& info, const TrainConfig& config)
      : data_(data),
        info_(info),
        config_(config),
        cache_(static_cast<std::size_t>(config.cacheMegabytes) << 20) {}

  // Decodes (through the cache) and, for training, augments the images at `indices`; the
  // augmentation of position i of the epoch depends only on (seed, fold, epoch, i).
  Batch make(const std::vector<std::size_t>& indices, std::size_t first, std::size_t count,
             bool augment, int fold, int epoch);

 private:
  const DatasetReport& data_;
  const ai::ModelInfo& info_;
  const TrainConfig& config_;
  ImageCache cache_;
};

}  // namespace osteon::train::detail
