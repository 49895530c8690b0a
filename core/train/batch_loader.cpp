// The classifier trainer's batch loader (decoding, the image cache, augmentation, threads) and
// the augmentation preview of the Training tab and the CLI.
#include "core/train/batch_loader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <random>

#include "core/ai/preprocess.h"
#include "core/base/error.h"
#include "core/base/parallel.h"
#include "core/image/filters.h"
#include "core/io/open.h"
#include "core/train/trainer_internal.h"

namespace osteon::train {

namespace detail {

GreyImage decodeForTraining(const std::string& path, const ai::ModelInfo& info) {
  image::Image img = io::openImage(path);
  int k = img.depth() / 2;
  if (info.rollingBallRadius > 0) {
    img = image::rollingBallBackgroundRemoval(img, info.rollingBallRadius, k);
    k = 0;
  }
  const int w = info.inputSize, h = ai::inputHeightOf(info);
  const torch::Tensor t = ai::toUnitGrey(img, w, h, k).contiguous();
  GreyImage g{w, h, std::vector<float>(static_cast<std::size_t>(w) * static_cast<std::size_t>(h))};
  std::memcpy(g.pixels.data(), t.data_ptr<float>(), g.pixels.size() * sizeof(float));
  return g;
}

std::shared_ptr<const GreyImage> ImageCache::get(std::size_t key,
                                                 const std::function<GreyImage()>& decode) {
  {
    std::lock_guard<std::mutex> lock(m_);
    auto it = map_.find(key);
    if (it != map_.end()) {
      lru_.splice(lru_.begin(), lru_, it->second.second);
      ++hits_;
      return it->second.first;
    }
    ++misses_;
  }
  auto img = std::make_shared<const GreyImage>(decode());  // outside the lock: in parallel
  const std::size_t bytes = img->pixels.size() * sizeof(float);
  std::lock_guard<std::mutex> lock(m_);
  if (bytes > limit_ || map_.count(key)) return img;
  while (used_ + bytes > limit_ && !lru_.empty()) {
    const std::size_t victim = lru_.back();
    lru_.pop_back();
    used_ -= map_.at(victim).first->pixels.size() * sizeof(float);
    map_.erase(victim);
  }
  lru_.push_front(key);
  map_.emplace(key, std::make_pair(img, lru_.begin()));
  used_ += bytes;
  return img;
}

Batch Loader::make(const std::vector<std::size_t>& indices, std::size_t first, std::size_t count,
                   bool augment, int fold, int epoch) {
  const int w = info_.inputSize, h = ai::inputHeightOf(info_);
  const std::size_t plane = static_cast<std::size_t>(w) * static_cast<std::size_t>(h);
  Batch b;
  b.size = count;
  b.x = torch::empty({static_cast<int64_t>(count), 3, h, w});
  const int64_t G = static_cast<int64_t>(data_.outputs.size());
  b.y = G > 0 ? torch::empty({static_cast<int64_t>(count), G}, torch::kLong)
              : torch::empty({static_cast<int64_t>(count)}, torch::kLong);
  float* x = b.x.data_ptr<float>();
  int64_t* y = b.y.data_ptr<int64_t>();
  parallelFor(
      count,
      [&](std::size_t i) {
        const std::size_t sample = indices[first + i];
        const std::string& path = data_.samples[sample].path;
        auto grey = cache_.get(sample, [&] { return decodeForTraining(path, info_); });
        GreyImage aug;
        const GreyImage* g = grey.get();
        if (augment && config_.augment.enabled) {
          std::mt19937 rng(mixSeed(config_.seed, static_cast<std::uint64_t>(fold),
                                   static_cast<std::uint64_t>(epoch), first + i));
          const AugmentDraw d = drawAugmentation(config_.augment, rng);
          aug = applyAugmentation(*g, config_.augment, d);
          g = &aug;
        }
        for (int c = 0; c < 3; ++c) {
          const float m = static_cast<float>(info_.mean[static_cast<std::size_t>(c)]);
          const float s = static_cast<float>(info_.stdev[static_cast<std::size_t>(c)]);
          float* dst = x + (i * 3 + static_cast<std::size_t>(c)) * plane;
          for (std::size_t p = 0; p < plane; ++p)
            dst[p] = (g->pixels[p] - m) / s;
        }
        if (G > 0) {
          for (int64_t g = 0; g < G; ++g)
            y[static_cast<int64_t>(i) * G + g] =
                data_.samples[sample].labels[static_cast<std::size_t>(g)];
        } else {
          y[i] = data_.samples[sample].label;
        }
      },
      config_.workers);
  return b;
}

}  // namespace detail

image::Image augmentationPreview(const std::string& imagePath, const TrainConfig& c, int count,
                                 unsigned seed) {
  if (count < 1 || count > 64) throw Error("preview: between 1 and 64 images");
  ai::ModelInfo info;
  info.inputSize = std::min(c.inputWidth, 256);
  info.inputHeight = c.inputHeight > 0 ? info.inputSize * c.inputHeight / c.inputWidth : 0;
  info.rollingBallRadius = c.rollingBallRadius;
  const GreyImage base = detail::decodeForTraining(imagePath, info);
  const int cols = std::min(count, 4), rows = (count + cols - 1) / cols, gap = 4;
  const int w = base.width, h = base.height;
  image::Image grid(image::PixelType::UInt8, {cols * (w + gap) - gap, rows * (h + gap) - gap, 1});
  std::mt19937 rng(seed);
  AugmentOptions a = c.augment;
  a.enabled = true;
  for (int i = 0; i < count; ++i) {
    GreyImage g = base;
    if (i > 0) {
      const AugmentDraw d = drawAugmentation(a, rng);
      g = applyAugmentation(base, a, d);
    }
    const int ox = (i % cols) * (w + gap), oy = (i / cols) * (h + gap);
    for (int y = 0; y < h; ++y)
      for (int x = 0; x < w; ++x)
        grid.setStored(ox + x, oy + y, 0, std::lround(255.0 * g.at(x, y)));
  }
  return grid;
}

}  // namespace osteon::train
