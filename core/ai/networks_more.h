#pragma once
// The backbones the reference projects start from besides ResNet and EfficientNet, internal to
// core/ai (makeNetwork is the public entry):
//  "inception_v3"   torchvision's Inception v3 tree and names (Conv2d_1a_3x3.conv.weight, ...,
//                   Mixed_7c.branch_pool.bn.running_var, fc.weight); no auxiliary classifier
//                   (a training-only branch). Inputs of at least 75 x 75.
//  "xception"       Keras' Xception (keras.applications.xception): module names are the Keras
//                   layer names (block1_conv1, block2_sepconv1.depthwise, ...; the four unnamed
//                   shortcut convolutions are residual1..4 with residual1_bn..), BN epsilon 1e-3,
//                   TF "same" max pooling. Classifier "fc" (Keras "predictions").
//  "keras_resnet50" Keras' ResNet50 (keras.applications.resnet): stride on the first 1x1
//                   convolution of a stage, biases on every convolution, BN epsilon 1.001e-5,
//                   ZeroPadding2D before conv1 and the max pool. Keras layer names (conv1_conv,
//                   conv2_block1_0_conv, ..., conv5_block3_3_bn).
// Keras networks take RGB input; the importer permutes conv1 for BGR-trained ("caffe") weights.

#include <memory>
#include <string>

#include "core/ai/networks.h"

namespace osteon::ai {

// nullptr for names it does not know.
std::shared_ptr<Network> makeMoreNetwork(const std::string& architecture, int numClasses);

}  // namespace osteon::ai
