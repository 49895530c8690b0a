#include "core/ai/cam.h"

#include "core/base/error.h"

namespace osteon::ai {

CamMethod camMethodFromName(const std::string& n) {
  if (n == "gradcam") return CamMethod::GradCam;
  if (n == "gradcam++") return CamMethod::GradCamPlusPlus;
  if (n == "layercam") return CamMethod::LayerCam;
  if (n == "eigencam") return CamMethod::EigenCam;
  if (n == "scorecam") return CamMethod::ScoreCam;
  throw Error("unknown CAM method '" + n + "' (gradcam, gradcam++, layercam, eigencam, scorecam)");
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
  }
  return "?";
}

namespace {

torch::Tensor normalise(torch::Tensor m) {
  const auto lo = m.min(), hi = m.max();
  return (m - lo) / (hi - lo + 1e-8);
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

CamResult computeCam(Network& net, const torch::Tensor& input, int cls, const std::string& layer,
                     CamMethod method) {
  if (input.dim() != 4 || input.size(0) != 1)
    throw Error("CAM: the input must be one image (1, 3, H, W)");
  const auto layers = net.camLayers();
  if (std::find(layers.begin(), layers.end(), layer) == layers.end())
    throw Error("CAM: unknown layer '" + layer + "'");
  const int64_t H = input.size(2), W = input.size(3);
  CamResult r;
  torch::Tensor A;
  if (method == CamMethod::EigenCam || method == CamMethod::ScoreCam) {
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
      const torch::Tensor a = A.detach();
      if (method == CamMethod::GradCam) {
        cam = torch::relu((g.mean({1, 2}).view({-1, 1, 1}) * a).sum(0));
      } else if (method == CamMethod::LayerCam) {
        cam = torch::relu((torch::relu(g) * a).sum(0));
      } else {
        const torch::Tensor g2 = g.pow(2), g3 = g.pow(3);
        const torch::Tensor sumA = a.sum({1, 2}).view({-1, 1, 1});
        torch::Tensor aij = g2 / (2 * g2 + sumA * g3 + 1e-7);
        aij = torch::where(g != 0, aij, torch::zeros_like(aij));
        const torch::Tensor w = (torch::relu(g) * aij).sum({1, 2}).view({-1, 1, 1});
        cam = torch::relu((w * a).sum(0));
      }
      break;
    }
    case CamMethod::EigenCam: {
      const int64_t C = A.size(0), h = A.size(1), w = A.size(2);
      torch::Tensor x = A.reshape({C, h * w}).t();  // (hw, C)
      x = x - x.mean(0, true);
      const auto svd = torch::linalg::svd(x, false, c10::nullopt);
      const torch::Tensor v = std::get<2>(svd)[0];  // first right singular vector (C)
      torch::Tensor proj = torch::matmul(x, v).reshape({h, w});
      if (proj.sum().item<double>() < 0) proj = -proj;  // SVD sign is arbitrary
      cam = torch::relu(proj);
      break;
    }
    case CamMethod::ScoreCam: {
      torch::NoGradGuard ng;
      const int64_t C = A.size(0);
      std::vector<double> weights(static_cast<std::size_t>(C));
      torch::Tensor scores = torch::zeros({C});
      const int64_t chunk = 32;
      for (int64_t c0 = 0; c0 < C; c0 += chunk) {
        const int64_t n = std::min(chunk, C - c0);
        torch::Tensor m = torch::nn::functional::interpolate(
            A.slice(0, c0, c0 + n).unsqueeze(1), torch::nn::functional::InterpolateFuncOptions()
                                                     .size(std::vector<int64_t>{H, W})
                                                     .mode(torch::kBilinear)
                                                     .align_corners(false));
        const torch::Tensor lo = m.amin({2, 3}, true), hi = m.amax({2, 3}, true);
        m = torch::where(hi > lo, (m - lo) / (hi - lo), torch::zeros_like(m));
        const torch::Tensor out = net.forward(input * m);  // (n, classes)
        scores.slice(0, c0, c0 + n).copy_(torch::softmax(out, 1).select(1, cls));
      }
      cam = torch::relu((scores.view({-1, 1, 1}) * A).sum(0));
      break;
    }
  }
  r.raw = cam.detach();
  r.map = upsample(normalise(r.raw), H, W).clamp(0, 1);
  r.logits = r.logits.detach();
  return r;
}

}  // namespace osteon::ai
