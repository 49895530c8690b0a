#include "core/ai/preprocess.h"

#include <algorithm>

#include "core/ai/model_package.h"
#include "core/base/error.h"
#include "core/image/filters.h"
#include "core/image/resample.h"

namespace osteon::ai {

torch::Tensor toUnitGrey(const image::Image& img, int width, int height, int k) {
  if (img.empty() || k < 0 || k >= img.depth()) throw Error("preprocessing: no such slice");
  if (width < 1 || height < 1 || width > 8192 || height > 8192)
    throw Error("preprocessing: input size out of range");
  // One slice as float physical values.
  image::Image slice(image::PixelType::Float32, {img.width(), img.height(), 1});
  slice.geometry = img.geometry;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x)
      slice.setStored(x, y, 0, img.value(x, y, k));
  const image::Image r = image::resize2D(slice, width, height);
  torch::Tensor t =
      torch::from_blob(const_cast<float*>(r.data<float>()), {height, width}, torch::kFloat32)
          .clone();
  const bool eightBit =
      img.pixelType() == image::PixelType::UInt8 || img.pixelType() == image::PixelType::RGB8;
  if (eightBit) return t / 255.0;
  const double lo = t.min().item<double>(), hi = t.max().item<double>();
  return (t - lo) / std::max(hi - lo, 1e-6);
}

torch::Tensor toInput(const image::Image& img, int width, int height,
                      const std::vector<double>& mean, const std::vector<double>& stdev, int k) {
  if (mean.size() != 3 || stdev.size() != 3)
    throw Error("preprocessing: mean and std need three values");
  const torch::Tensor t = toUnitGrey(img, width, height, k);
  torch::Tensor out = torch::empty({1, 3, height, width});
  for (int c = 0; c < 3; ++c)
    out[0][c] = (t - mean[static_cast<std::size_t>(c)]) / stdev[static_cast<std::size_t>(c)];
  return out;
}

torch::Tensor toInput(const image::Image& img, int size, const std::vector<double>& mean,
                      const std::vector<double>& stdev, int k) {
  return toInput(img, size, size, mean, stdev, k);
}

torch::Tensor prepareInput(const image::Image& img, const ModelInfo& info, int k) {
  if (info.rollingBallRadius > 0)
    return toInput(image::rollingBallBackgroundRemoval(img, info.rollingBallRadius, k),
                   info.inputSize, inputHeightOf(info), info.mean, info.stdev, 0);
  return toInput(img, info.inputSize, inputHeightOf(info), info.mean, info.stdev, k);
}

}  // namespace osteon::ai
