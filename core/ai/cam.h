#pragma once
// Class activation maps for any class and any captured stage of a Network:
//   Grad-CAM     weights = spatial mean of d(score)/dA;            cam = relu(sum w_k A_k)
//   Grad-CAM++   weights = sum over space of relu(g) * a, a = g^2 / (2 g^2 + sum(A) g^3)
//   Layer-CAM    cam = relu(sum_k relu(g_k) * A_k)
//   Eigen-CAM    the first principal component of the (centred) activations
//   Score-CAM    weights = softmax score of the input masked by each upsampled, normalised A_k
// The gradient methods back-propagate from the class score to the target stage only. Maps are
// min-max normalised to [0, 1] and bilinearly upsampled to the input size.

#include <string>

#include "core/ai/networks.h"

namespace osteon::ai {

enum class CamMethod { GradCam, GradCamPlusPlus, LayerCam, EigenCam, ScoreCam };

CamMethod camMethodFromName(
    const std::string& name);  // "gradcam", "gradcam++", "layercam", "eigencam", "scorecam"
const char* camMethodName(CamMethod m);

struct CamResult {
  torch::Tensor map;     // (H, W) float in [0, 1], input resolution
  torch::Tensor raw;     // (h, w) before normalisation and upsampling
  torch::Tensor logits;  // (classes)
};

// `input` is one preprocessed image (1, 3, H, W). The network is used as is (call eval() first).
CamResult computeCam(Network& net, const torch::Tensor& input, int classIndex,
                     const std::string& layer, CamMethod method);

}  // namespace osteon::ai
