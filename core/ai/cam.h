#pragma once
// Class activation maps for any class and any captured stage of a Network:
//   Grad-CAM     weights = spatial mean of d(score)/dA;            cam = relu(sum w_k A_k)
//   Grad-CAM++   weights = sum over space of relu(g) * a, a = g^2 / (2 g^2 + sum(A) g^3)
//   Layer-CAM    cam = relu(sum_k relu(g_k) * A_k)
//   Eigen-CAM    the first principal component of the (centred) activations, signed so that the
//                map correlates positively with the channel-mean activation map (an SVD's sign is
//                arbitrary; the sum of the projection is ~0 by construction, so it cannot decide)
//   Score-CAM    weights = softmax over the classes of the network's output for the input masked
//                by each upsampled, min-max normalised A_k, taken at the target class (Wang et al.
//                2020, the authors' implementation); cam = relu(sum w_k A_k)
//   Score-CAM (channels variant, "scorecam-channels"): pytorch-grad-cam's weighting for parity
//                with it: the raw class logit of each masked input, softmax over the channels,
//                masks upsampled with align_corners = true and normalised with + 1e-8 as there
// The gradient methods back-propagate from the class score to the target stage only. Maps are
// min-max normalised to [0, 1] and bilinearly upsampled to the input size.

#include <string>

#include "core/ai/networks.h"

namespace osteon::ai {

enum class CamMethod { GradCam, GradCamPlusPlus, LayerCam, EigenCam, ScoreCam, ScoreCamChannels };

// "gradcam", "gradcam++", "layercam", "eigencam", "scorecam", "scorecam-channels"
CamMethod camMethodFromName(const std::string& name);
const char* camMethodName(CamMethod m);

struct CamResult {
  torch::Tensor map;     // (H, W) float in [0, 1], input resolution
  torch::Tensor raw;     // (h, w) before normalisation and upsampling
  torch::Tensor logits;  // (classes)
};

// `input` is one preprocessed image (1, 3, H, W), on any device: it is moved to the network's
// (ai::deviceOf), where the forward pass, the gradients and the weighting run; the map, raw map
// and logits come back on the CPU. The network is used as is (call eval() first).
CamResult computeCam(Network& net, const torch::Tensor& input, int classIndex,
                     const std::string& layer, CamMethod method);

}  // namespace osteon::ai
