#include "core/ai/cam.h"

#include "core/ai/device.h"
#include "core/base/error.h"

namespace osteon::ai {

CamMethod camMethodFromName(const std::string& n) {
  if (n == "gradcam") return CamMethod::GradCam;
  if (n == "gradcam++") return CamMethod::GradCamPlusPlus;
  if (n == "layercam") return CamMethod::LayerCam;
  if (n == "eigencam") return CamMethod::EigenCam;
  if (n == "scorecam") return CamMethod::ScoreCam;
  if (n == "scorecam-channels") return CamMethod::ScoreCamChannels;
  throw Error("unknown CAM method '" + n +
              "' (gradcam, gradcam++, layercam, eigencam, scorecam, scorecam-channels)");
}

const char* camMethodName(CamMethod m) {
  switch (m) {
    case CamMethod::GradCam:
      return "gradcam";
    case CamMethod::GradCamPlusPlus:
      return "gradcam++";
    case CamMethod::LayerCam:
      return "layercam";
    case CamMethod::EigenCam:
      return "eigencam";
    case CamMethod::ScoreCam:
      return "scorecam";
    case CamMethod::ScoreCamChannels:
      return "scorecam-channels";
  }
  return "?";
}

namespace {

// Min-max to [0, 1] (all zero for a constant map). No epsilon in the denominator: maps of small
// magnitude (e.g. 1e-6 from small gradients) are as valid as large ones.
torch::Tensor normalise(torch::Tensor m) {
  const double lo = m.min().item<double>(), hi = m.max().item<double>();
  return hi > lo ? (m - lo) / (hi - lo) : torch::zeros_like(m);
}

torch::Tensor upsample(const torch::Tensor& m, int64_t h, int64_t w) {
  return torch::nn::functional::interpolate(m.unsqueeze(0).unsqueeze(0),
                                            torch::nn::functional::InterpolateFuncOptions()
                                                .size(std::vector<int64_t>{h, w})
                                                .mode(torch::kBilinear)
                                                .align_corners(false))
      .squeeze(0)
      .squeeze(0);
}

}  // namespace

CamResult computeCam(Network& net, const torch::Tensor& inputAnywhere, int cls,
                     const std::string& layer, CamMethod method) {
  const torch::Tensor input = inputAnywhere.to(deviceOf(net));
  if (input.dim() != 4 || input.size(0) != 1)
    throw Error("CAM: the input must be one image (1, 3, H, W)");
  const auto layers = net.camLayers();
  if (std::find(layers.begin(), layers.end(), layer) == layers.end())
    throw Error("CAM: unknown layer '" + layer + "'");
  const int64_t H = input.size(2), W = input.size(3);
  CamResult r;
  torch::Tensor A;
  if (method == CamMethod::EigenCam || method == CamMethod::ScoreCam ||
      method == CamMethod::ScoreCamChannels) {
    torch::NoGradGuard ng;
    r.logits = net.forwardCapture(input, layer, A).squeeze(0);
  } else {
    torch::AutoGradMode on(true);
    r.logits = net.forwardCapture(input, layer, A).squeeze(0);
  }
  if (!A.defined()) throw Error("CAM: layer '" + layer + "' was not reached");
  if (cls < 0 || cls >= r.logits.size(0))
    throw Error("CAM: class " + std::to_string(cls) + " is out of range");
  const torch::Tensor captured = A;  // the tensor in the graph (1, C, h, w)
  A = A.squeeze(0);                  // (C, h, w)
  torch::Tensor cam;
  switch (method) {
    case CamMethod::GradCam:
    case CamMethod::GradCamPlusPlus:
    case CamMethod::LayerCam: {
      // Back-propagate from the class score to the target stage only.
      const torch::Tensor g =
          torch::autograd::grad({r.logits[cls]}, {captured}, {}, false, false)[0]
              .squeeze(0)
              .detach();
      // The weighted sums in float64: the terms of different channels cancel, and float32
      // rounding would then show in the normalised map.
      const torch::Tensor g64 = g.to(torch::kFloat64);
      const torch::Tensor a = A.detach().to(torch::kFloat64);
      if (method == CamMethod::GradCam) {
        cam = torch::relu((g64.mean({1, 2}).view({-1, 1, 1}) * a).sum(0));
      } else if (method == CamMethod::LayerCam) {
        cam = torch::relu((torch::relu(g64) * a).sum(0));
      } else {
        // Chattopadhay et al. eq. 19, exactly (no epsilon: with the small gradients of a real
        // network, 2 g^2 is ~1e-6 and an added 1e-7 would change the weights by several per
        // cent). Only pixels with g > 0 carry weight; elsewhere alpha is not needed.
        const torch::Tensor g2 = g64.pow(2), g3 = g64.pow(3);
        const torch::Tensor sumA = a.sum({1, 2}).view({-1, 1, 1});
        const torch::Tensor den = 2 * g2 + sumA * g3;
        const torch::Tensor aij =
            torch::where((g64 > 0).logical_and(den != 0), g2 / den, torch::zeros_like(g2));
        const torch::Tensor w = (torch::relu(g64) * aij).sum({1, 2}).view({-1, 1, 1});
        cam = torch::relu((w * a).sum(0));
      }
      break;
    }
    case CamMethod::EigenCam: {
      const int64_t C = A.size(0), h = A.size(1), w = A.size(2);
      const torch::Tensor a = A.to(torch::kFloat64);
      torch::Tensor x = a.reshape({C, h * w}).t();  // (hw, C)
      x = x - x.mean(0, true);
      // at::linalg_svd: the same function in LibTorch 1.13 and 2.x (2.11 has no torch/linalg.h).
      const auto svd = at::linalg_svd(x, false);
      const torch::Tensor v = std::get<2>(svd)[0];  // first right singular vector (C)
      torch::Tensor proj = torch::matmul(x, v).reshape({h, w});
      // The sign of a singular vector is arbitrary, and the projection of centred activations
      // sums to 0 up to rounding, so its sum cannot choose it. The rule: the map correlates
      // positively with the channel-mean activation map (where the features are strong). When
      // that correlation is exactly 0, the largest |projection| is made positive.
      const torch::Tensor mean = a.mean(0);
      const double corr = (proj * (mean - mean.mean())).sum().item<double>();
      if (corr < 0 || (corr == 0 && proj.max().item<double>() < -proj.min().item<double>()))
        proj = -proj;
      cam = torch::relu(proj);
      break;
    }
    case CamMethod::ScoreCam:
    case CamMethod::ScoreCamChannels: {
      torch::NoGradGuard ng;
      const bool channels = method == CamMethod::ScoreCamChannels;
      const int64_t C = A.size(0);
      torch::Tensor scores = torch::zeros({C}, A.options().dtype(torch::kFloat32));
      const int64_t chunk = 32;
      for (int64_t c0 = 0; c0 < C; c0 += chunk) {
        const int64_t n = std::min(chunk, C - c0);
        torch::Tensor m = torch::nn::functional::interpolate(
            A.slice(0, c0, c0 + n).unsqueeze(1), torch::nn::functional::InterpolateFuncOptions()
                                                     .size(std::vector<int64_t>{H, W})
                                                     .mode(torch::kBilinear)
                                                     .align_corners(channels));
        const torch::Tensor lo = m.amin({2, 3}, true), hi = m.amax({2, 3}, true);
        if (channels)
          m = (m - lo) / (hi - lo + 1e-8);
        else
          m = torch::where(hi > lo, (m - lo) / (hi - lo), torch::zeros_like(m));
        const torch::Tensor out = net.forward(input * m);  // (n, classes)
        // Authors' Score-CAM: the class probability (softmax over classes) of the masked input.
        // pytorch-grad-cam: the raw class logit, normalised below by a softmax over channels.
        scores.slice(0, c0, c0 + n)
            .copy_(channels ? out.select(1, cls) : torch::softmax(out, 1).select(1, cls));
      }
      if (channels) scores = torch::softmax(scores, 0);
      cam =
          torch::relu((scores.to(torch::kFloat64).view({-1, 1, 1}) * A.to(torch::kFloat64)).sum(0));
      break;
    }
  }
  r.raw = cam.detach().to(torch::kFloat32).to(torch::kCPU);
  r.map = upsample(normalise(cam.detach()), H, W).clamp(0, 1).to(torch::kFloat32).to(torch::kCPU);
  r.logits = r.logits.detach().to(torch::kCPU);
  return r;
}

}  // namespace osteon::ai
