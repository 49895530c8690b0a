#pragma once
// Bring your own weights: PyTorch checkpoints and Keras files turned into Osteon model packages.
//  PyTorch: a torch.save'd state_dict (zip format; the legacy pre-1.6 format is refused with a
//    re-save hint) or a checkpoint dict holding it under "state_dict", "model_state_dict" or
//    "model"; "module." prefixes (DataParallel) are stripped. Names are torchvision's
//    (resnet*, efficientnet_b*, inception_v3) or lukemelas' efficientnet_pytorch ("_conv_stem",
//    "_blocks.N._depthwise_conv", ...), recognised by their names and mapped onto
//    "efficientnet_bN_tf" (TF same padding, BN epsilon 1e-3).
//  Keras: HDF5 .h5 (a full model, model_weights/<layer>/<layer>/<var>:0, or save_weights) and
//    .keras zip archives (Keras 3, model.weights.h5 with layers/<layer>/vars/<i>) onto the Keras
//    networks ("keras_resnet50", "xception", optionally + "+seed000head"): kernels transposed
//    (HWIO -> OIHW, dense (in, out) -> (out, in)), BatchNormalization gamma/beta/moving_mean/
//    moving_variance, PReLU alpha. Layers Osteon names differently (the auto-named dense, p_re_lu,
//    conv2d, batch_normalization ...) are matched by shape in file order.
// Every tensor of the network must be found with its shape and every tensor of the file used
// (or dropped on purpose: the classifier for a backbone-only import, torchvision's AuxLogits);
// anything else is an osteon::Error naming the tensors.

#include <string>
#include <utility>
#include <vector>

#include "core/ai/model_package.h"

namespace osteon::ai {

using NamedTensors = std::vector<std::pair<std::string, torch::Tensor>>;

// The tensors of a PyTorch file, names as saved (minus "module."). Throws osteon::Error.
NamedTensors readTorchStateDict(const std::string& path);

// Whether this build reads Keras files (HDF5 found when it was configured).
bool kerasImportAvailable();

struct ImportOptions {
  std::string architecture;          // Osteon architecture, e.g. resnet50, efficientnet_b0
  std::vector<std::string> classes;  // empty = class_0..class_{N-1} from the file's classifier
  std::string task = "classification";
  bool backboneOnly = false;  // drop the file's classifier; the package is an init_from backbone
  int inputSize = 0;          // 0 = the architecture's usual size
  int inputHeight = 0;
  // Keras input convention: "caffe" (BGR, ImageNet means on 0..255: conv1 is permuted to take
  // RGB), "tf" (x / 127.5 - 1), "torch" (ImageNet mean/std), "rescale" (x / 255); "" = the
  // architecture's keras.applications default. Ignored for PyTorch files (ImageNet mean/std).
  std::string kerasPreprocessing;
  std::vector<double> mean, stdev;  // override the package normalisation (on 0..1 RGB)
  std::string provenance;
};

struct ImportResult {
  LoadedModel model;
  std::string format;              // "torchvision", "lukemelas", "keras-h5", "keras-v3"
  int tensors = 0;                 // tensors copied into the network
  std::vector<std::string> notes;  // what was dropped or assumed, for the user
};

// Reads `path` (.pth/.pt/.bin = PyTorch, .h5/.hdf5/.keras = Keras) into a network. Throws
// osteon::Error with the offending tensor names.
ImportResult importWeights(const std::string& path, const ImportOptions& options);

// importWeights, then saveModel(out).
ImportResult importWeightsToPackage(const std::string& path, const std::string& out,
                                    const ImportOptions& options);

// Whether a parameter name belongs to the classifier head (fc, classifier, seed 000's dense
// layers): what a backbone-only import leaves at its initialisation.
bool isHeadTensor(const std::string& name);

}  // namespace osteon::ai
