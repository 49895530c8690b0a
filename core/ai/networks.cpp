#include "core/ai/networks.h"

#include <cmath>
#include <thread>

#include "core/ai/lumbar_localiser.h"
#include "core/ai/networks_more.h"
#include "core/base/error.h"

namespace osteon::ai {

namespace nn = torch::nn;

namespace {

// torchvision's convolution initialisation: Kaiming normal, fan out, ReLU gain.
void kaimingConvs(nn::Module& module) {
  for (auto& m : module.modules(false))
    if (auto* c = m->as<nn::Conv2d>())
      nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
}

nn::Conv2d conv(int in, int out, int k, int stride, int pad);

// The ResNet trunk (ResNet and landmarknet): conv1 + bn1 + ReLU, 3x3 max pool, four stages,
// capturing "conv1" or "layer1".."layer4" in `activation`.
torch::Tensor resnetTrunk(nn::Conv2d& conv1, nn::BatchNorm2d& bn1, nn::Sequential (&stages)[4],
                          torch::Tensor x, const std::string& layer, torch::Tensor& activation) {
  x = bn1(conv1(x)).relu_();
  if (layer == "conv1") activation = x;
  x = torch::max_pool2d(x, 3, 2, 1);
  for (int s = 0; s < 4; ++s) {
    x = stages[s]->forward(x);
    if (layer == "layer" + std::to_string(s + 1)) activation = x;
  }
  return x;
}

nn::Conv2d conv(int in, int out, int k, int stride, int pad) {
  return nn::Conv2d(nn::Conv2dOptions(in, out, k).stride(stride).padding(pad).bias(false));
}

struct BlockImpl : nn::Module {
  bool bottleneck;
  nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
  nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
  nn::Sequential downsample{nullptr};
  BlockImpl(int inplanes, int planes, int stride, bool bottle) : bottleneck(bottle) {
    const int expansion = bottle ? 4 : 1;
    if (bottle) {
      conv1 = register_module("conv1", conv(inplanes, planes, 1, 1, 0));
      bn1 = register_module("bn1", nn::BatchNorm2d(planes));
      conv2 = register_module("conv2", conv(planes, planes, 3, stride, 1));
      bn2 = register_module("bn2", nn::BatchNorm2d(planes));
      conv3 = register_module("conv3", conv(planes, planes * 4, 1, 1, 0));
      bn3 = register_module("bn3", nn::BatchNorm2d(planes * 4));
    } else {
      conv1 = register_module("conv1", conv(inplanes, planes, 3, stride, 1));
      bn1 = register_module("bn1", nn::BatchNorm2d(planes));
      conv2 = register_module("conv2", conv(planes, planes, 3, 1, 1));
      bn2 = register_module("bn2", nn::BatchNorm2d(planes));
    }
    if (stride != 1 || inplanes != planes * expansion)
      downsample = register_module("downsample",
                                   nn::Sequential(conv(inplanes, planes * expansion, 1, stride, 0),
                                                  nn::BatchNorm2d(planes * expansion)));
  }
  torch::Tensor forward(torch::Tensor x) {
    torch::Tensor identity = x;
    torch::Tensor out = bn1(conv1(x)).relu_();
    out = bn2(conv2(out));
    if (bottleneck) out = bn3(conv3(out.relu_()));
    if (downsample) identity = downsample->forward(x);
    return (out + identity).relu_();
  }
};
TORCH_MODULE(Block);

class ResNet : public Network {
 public:
  ResNet(std::string name, std::vector<int> layers, bool bottleneck, int numClasses)
      : name_(std::move(name)), bottleneck_(bottleneck) {
    conv1 = register_module("conv1", conv(3, 64, 7, 2, 3));
    bn1 = register_module("bn1", nn::BatchNorm2d(64));
    const int widths[4] = {64, 128, 256, 512};
    for (int s = 0; s < 4; ++s) {
      nn::Sequential stage;
      for (int b = 0; b < layers[static_cast<std::size_t>(s)]; ++b) {
        stage->push_back(Block(inplanes_, widths[s], b == 0 && s > 0 ? 2 : 1, bottleneck));
        inplanes_ = widths[s] * (bottleneck ? 4 : 1);
      }
      stages_[s] = register_module("layer" + std::to_string(s + 1), stage);
    }
    fc = register_module("fc", nn::Linear(inplanes_, numClasses));
    kaimingConvs(*this);  // BN weight 1, bias 0 by default
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    return fc(pooledFeatures(x, layer, activation));
  }
  torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    x = resnetTrunk(conv1, bn1, stages_, x, layer, activation);
    return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
  }
  int featureChannels() const override { return inplanes_; }
  std::vector<std::string> camLayers() const override {
    return {"conv1", "layer1", "layer2", "layer3", "layer4"};
  }
  std::string architecture() const override { return name_; }

 private:
  std::string name_;
  bool bottleneck_;
  int inplanes_ = 64;
  nn::Conv2d conv1{nullptr};
  nn::BatchNorm2d bn1{nullptr};
  nn::Sequential stages_[4];
  nn::Linear fc{nullptr};
};

// EfficientNet B0..B3 with torchvision's module tree ("features.3.1.block.2.fc1.weight", ...,
// "classifier.1.bias") so weights move between PyTorch and Osteon.
// A Sequential with a concrete forward, so Sequentials can nest (LibTorch's AnyModule needs it).
struct SeqImpl : nn::SequentialImpl {
  using nn::SequentialImpl::SequentialImpl;
  torch::Tensor forward(torch::Tensor x) { return nn::SequentialImpl::forward(x); }
};
TORCH_MODULE(Seq);

// TensorFlow's "same" padding as lukemelas' efficientnet_pytorch does it (Conv2dStaticSamePadding):
// the padding is computed once for the model's nominal image size (224 for B0) and applied to any
// input, asymmetric (the extra pixel at the bottom and right) for stride-2 convolutions.
struct StaticSameConvImpl : nn::Conv2dImpl {
  int64_t top, bottom, left, right;
  StaticSameConvImpl(nn::Conv2dOptions o, int imageSize) : nn::Conv2dImpl(o.padding(0)) {
    const int64_t k = o.kernel_size()->at(0), s = o.stride()->at(0);
    const int64_t out = (imageSize + s - 1) / s;
    const int64_t pad = std::max<int64_t>((out - 1) * s + k - imageSize, 0);
    top = left = pad / 2;
    bottom = right = pad - pad / 2;
  }
  torch::Tensor forward(const torch::Tensor& x) {
    if (top + bottom + left + right == 0) return nn::Conv2dImpl::forward(x);
    return nn::Conv2dImpl::forward(torch::constant_pad_nd(x, {left, right, top, bottom}, 0));
  }
};
TORCH_MODULE(StaticSameConv);

// Convolution options for the "tf" variant (lukemelas' names mapped onto torchvision's tree):
// static same padding for `imageSize` > 0 and batch-norm epsilon 1e-3.
Seq convBnAct(int in, int out, int k, int stride, int groups, bool act, int imageSize = 0) {
  Seq s;
  const auto o = nn::Conv2dOptions(in, out, k).stride(stride).groups(groups).bias(false);
  if (imageSize > 0) {
    s->push_back("0", StaticSameConv(o, imageSize));
    s->push_back("1", nn::BatchNorm2d(nn::BatchNorm2dOptions(out).eps(1e-3)));
  } else {
    s->push_back("0", nn::Conv2d(nn::Conv2dOptions(o).padding((k - 1) / 2)));
    s->push_back("1", nn::BatchNorm2d(out));
  }
  if (act) s->push_back("2", nn::SiLU());
  return s;
}

struct SqueezeExcitationImpl : nn::Module {
  nn::Conv2d fc1{nullptr}, fc2{nullptr};
  SqueezeExcitationImpl(int channels, int squeeze) {
    fc1 = register_module("fc1", nn::Conv2d(nn::Conv2dOptions(channels, squeeze, 1)));
    fc2 = register_module("fc2", nn::Conv2d(nn::Conv2dOptions(squeeze, channels, 1)));
  }
  torch::Tensor forward(torch::Tensor x) {
    torch::Tensor s = torch::adaptive_avg_pool2d(x, {1, 1});
    s = torch::sigmoid(fc2(torch::silu(fc1(s))));
    return x * s;
  }
};
TORCH_MODULE(SqueezeExcitation);

struct MBConvImpl : nn::Module {
  Seq block;
  bool residual;
  double dropProb;
  // imageSize > 0: the "tf" variant at that feature-map size (see StaticSameConv).
  MBConvImpl(int in, int out, int k, int stride, int expand, double dropProb_, int imageSize = 0)
      : residual(stride == 1 && in == out), dropProb(dropProb_) {
    const int expanded = in * expand;
    const int after = imageSize > 0 ? (imageSize + stride - 1) / stride : 0;
    if (expanded != in) block->push_back("0", convBnAct(in, expanded, 1, 1, 1, true, imageSize));
    const std::string base = expanded != in ? "1" : "0";
    block->push_back(base.c_str(),
                     convBnAct(expanded, expanded, k, stride, expanded, true, imageSize));
    block->push_back(std::to_string(std::stoi(base) + 1).c_str(),
                     SqueezeExcitation(expanded, std::max(1, in / 4)));
    block->push_back(std::to_string(std::stoi(base) + 2).c_str(),
                     convBnAct(expanded, out, 1, 1, 1, false, after));
    register_module("block", block);
  }
  torch::Tensor forward(torch::Tensor x) {
    torch::Tensor r = block->forward(x);
    if (!residual) return r;
    if (is_training() && dropProb > 0) {
      // Stochastic depth ("row"): drop the branch per sample, rescale the survivors.
      const torch::Tensor keep =
          torch::bernoulli(torch::full({r.size(0), 1, 1, 1}, 1.0 - dropProb, r.options()));
      r = r * keep / (1.0 - dropProb);
    }
    return r + x;
  }
};
TORCH_MODULE(MBConv);

int makeDivisible(double v, int divisor = 8) {
  int n = std::max(divisor, static_cast<int>(v + divisor / 2.0) / divisor * divisor);
  if (n < 0.9 * v) n += divisor;
  return n;
}

class EfficientNet : public Network {
 public:
  // tfImageSize > 0: lukemelas' efficientnet_pytorch variant (TF "same" padding computed for that
  // nominal image size, batch-norm epsilon 1e-3) with torchvision's parameter names.
  EfficientNet(std::string name, double width, double depth, double dropout, int numClasses,
               int tfImageSize = 0)
      : name_(std::move(name)) {
    struct Stage {
      int expand, k, stride, in, out, layers;
    };
    const Stage stages[7] = {{1, 3, 1, 32, 16, 1},  {6, 3, 2, 16, 24, 2},  {6, 5, 2, 24, 40, 2},
                             {6, 3, 2, 40, 80, 3},  {6, 5, 1, 80, 112, 3}, {6, 5, 2, 112, 192, 4},
                             {6, 3, 1, 192, 320, 1}};
    int total = 0;
    for (const Stage& st : stages)
      total += static_cast<int>(std::ceil(st.layers * depth));
    const int stem = makeDivisible(32 * width);
    features->push_back("0", convBnAct(3, stem, 3, 2, 1, true, tfImageSize));
    int size = tfImageSize > 0 ? (tfImageSize + 1) / 2 : 0;
    int id = 0, in = stem;
    for (int i = 0; i < 7; ++i) {
      const Stage& st = stages[i];
      const int out = makeDivisible(st.out * width);
      Seq stage;
      const int layers = static_cast<int>(std::ceil(st.layers * depth));
      for (int l = 0; l < layers; ++l) {
        const int stride = l == 0 ? st.stride : 1;
        stage->push_back(
            std::to_string(l).c_str(),
            MBConv(in, out, st.k, stride, st.expand, 0.2 * static_cast<double>(id) / total, size));
        if (size > 0) size = (size + stride - 1) / stride;
        in = out;
        ++id;
      }
      features->push_back(std::to_string(i + 1).c_str(), stage);
    }
    const int last = 4 * in;
    last_ = last;
    features->push_back("8", convBnAct(in, last, 1, 1, 1, true, size));
    register_module("features", features);
    classifier->push_back("0", nn::Dropout(dropout));
    classifier->push_back("1", nn::Linear(last, numClasses));
    register_module("classifier", classifier);
    // torchvision's initialisation.
    for (auto& m : modules(false)) {
      if (auto* c = m->as<nn::Conv2d>()) {
        nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut);
        if (c->options.bias()) nn::init::zeros_(c->bias);
      } else if (auto* l = m->as<nn::Linear>()) {
        const double r = 1.0 / std::sqrt(static_cast<double>(l->options.out_features()));
        nn::init::uniform_(l->weight, -r, r);
        nn::init::zeros_(l->bias);
      }
    }
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    return classifier->forward(pooledFeatures(x, layer, activation));
  }
  torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    int i = 0;
    for (auto& m : *features) {
      x = m.forward(x);
      if (layer == "features." + std::to_string(i++)) activation = x;
    }
    return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
  }
  int featureChannels() const override { return last_; }
  std::vector<std::string> camLayers() const override {
    std::vector<std::string> l;
    for (int i = 0; i <= 8; ++i)
      l.push_back("features." + std::to_string(i));
    return l;
  }
  std::string architecture() const override { return name_; }

 private:
  std::string name_;
  Seq features, classifier;
  int last_ = 0;
};

// Seed 004's network for axial T2 canal stenosis: five blocks of 3x3 convolution, batch norm,
// ReLU, 2x2 max pooling and dropout 0.25 (32..512 channels), then global average pooling,
// dense 256 + ReLU, dropout 0.5 and the outputs. Trained at 256 x 256 in the seed.
class Cnn5 : public Network {
 public:
  explicit Cnn5(int numClasses) {
    int in = 3;
    for (int b = 0; b < 5; ++b) {
      const int out = 32 << b;
      Seq block;
      block->push_back("conv", nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
      block->push_back("bn", nn::BatchNorm2d(out));
      block->push_back("relu", nn::ReLU());
      block->push_back("pool", nn::MaxPool2d(2));
      block->push_back("dropout", nn::Dropout(0.25));
      blocks_[b] = register_module("block" + std::to_string(b + 1), block);
      in = out;
    }
    fc1 = register_module("fc1", nn::Linear(in, 256));
    fc2 = register_module("fc2", nn::Linear(256, numClasses));
    kaimingConvs(*this);
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    x = pooledFeatures(x, layer, activation);
    return fc2(torch::dropout(fc1(x).relu_(), 0.5, is_training()));
  }
  torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    for (int b = 0; b < 5; ++b) {
      x = blocks_[b]->forward(x);
      if (layer == "block" + std::to_string(b + 1)) activation = x;
    }
    return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
  }
  int featureChannels() const override { return 512; }
  std::vector<std::string> camLayers() const override {
    return {"block1", "block2", "block3", "block4", "block5"};
  }
  std::string architecture() const override { return "cnn5"; }

 private:
  Seq blocks_[5];
  nn::Linear fc1{nullptr}, fc2{nullptr};
};

// Seed 000's classification head on any backbone with pooled features.
class Seed000Head : public Network {
 public:
  Seed000Head(std::string name, std::shared_ptr<Network> backbone, int numClasses)
      : name_(std::move(name)) {
    if (backbone->featureChannels() <= 0)
      throw Error("'" + backbone->architecture() + "' cannot take seed 000's head");
    backbone_ = register_module("backbone", backbone);
    int in = backbone->featureChannels();
    const int widths[4] = {1024, 512, 256, 128};
    for (int i = 0; i < 4; ++i) {
      dense_[i] = register_module("dense" + std::to_string(i + 1), nn::Linear(in, widths[i]));
      // One slope per unit, as Keras' PReLU() has by default (seed 000 is a Keras model).
      prelu_[i] = register_module("prelu" + std::to_string(i + 1),
                                  nn::PReLU(nn::PReLUOptions().num_parameters(widths[i])));
      in = widths[i];
    }
    out_ = register_module("out", nn::Linear(in, numClasses));
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    x = backbone_->pooledFeatures(x, layer, activation);
    for (int i = 0; i < 4; ++i)
      x = prelu_[i](dense_[i](x));
    return out_(torch::dropout(x, 0.5, is_training()));
  }
  std::vector<std::string> camLayers() const override { return backbone_->camLayers(); }
  std::string architecture() const override { return name_; }
  std::vector<torch::Tensor> l2Parameters() const override {
    return {dense_[0]->weight, dense_[1]->weight, dense_[2]->weight};
  }
  double l2Weight() const override { return 0.01; }

 private:
  std::string name_;
  std::shared_ptr<Network> backbone_;
  nn::Linear dense_[4] = {nn::Linear{nullptr}, nn::Linear{nullptr}, nn::Linear{nullptr},
                          nn::Linear{nullptr}};
  nn::PReLU prelu_[4] = {nn::PReLU{nullptr}, nn::PReLU{nullptr}, nn::PReLU{nullptr},
                         nn::PReLU{nullptr}};
  nn::Linear out_{nullptr};
};

// Landmark regression ("landmarknet"): a narrow ResNet-18 (widths 32..256, or 16..128 for the
// "-small" variant) whose last stage keeps its spatial layout: a 1x1 convolution reduces it to 32
// channels, and the flattened map feeds a two-layer regressor. Keeping the layout lets the
// regressor tell the 17 similar-looking vertebrae apart by where they are.
class LandmarkNet : public Network {
 public:
  LandmarkNet(std::string name, int width, int outputs, int inputW, int inputH)
      : name_(std::move(name)) {
    if (inputW % 32 != 0 || inputH % 32 != 0 || inputW < 64 || inputH < 64)
      throw Error("landmarknet: the input width and height must be multiples of 32, at least 64");
    conv1 = register_module("conv1", conv(3, width, 7, 2, 3));
    bn1 = register_module("bn1", nn::BatchNorm2d(width));
    int inplanes = width;
    for (int s = 0; s < 4; ++s) {
      nn::Sequential stage;
      const int planes = width << s;
      for (int b = 0; b < 2; ++b) {
        stage->push_back(Block(inplanes, planes, b == 0 && s > 0 ? 2 : 1, false));
        inplanes = planes;
      }
      stages_[s] = register_module("layer" + std::to_string(s + 1), stage);
    }
    reduce = register_module("reduce", nn::Conv2d(nn::Conv2dOptions(inplanes, 32, 1).bias(false)));
    reduceBn = register_module("reduce_bn", nn::BatchNorm2d(32));
    const int cells = (inputW / 32) * (inputH / 32) * 32;
    fc1 = register_module("fc1", nn::Linear(cells, 512));
    fc2 = register_module("fc2", nn::Linear(512, outputs));
    kaimingConvs(*this);
    // The regressor starts at its bias (the trainer sets it to the mean layout).
    torch::NoGradGuard ng;
    fc2->weight.zero_();
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    x = resnetTrunk(conv1, bn1, stages_, x, layer, activation);
    x = reduceBn(reduce(x)).relu_().flatten(1);
    x = torch::dropout(fc1(x).relu_(), 0.2, is_training());
    return fc2(x);
  }
  std::vector<std::string> camLayers() const override {
    return {"conv1", "layer1", "layer2", "layer3", "layer4"};
  }
  std::string architecture() const override { return name_; }

 private:
  std::string name_;
  nn::Conv2d conv1{nullptr}, reduce{nullptr};
  nn::BatchNorm2d bn1{nullptr}, reduceBn{nullptr};
  nn::Sequential stages_[4];
  nn::Linear fc1{nullptr}, fc2{nullptr};
};

}  // namespace

std::vector<std::string> knownArchitectures() {
  return {"resnet18",           "resnet34",           "resnet50",           "resnet101",
          "efficientnet_b0",    "efficientnet_b1",    "efficientnet_b2",    "efficientnet_b3",
          "efficientnet_b0_tf", "efficientnet_b1_tf", "efficientnet_b2_tf", "efficientnet_b3_tf",
          "inception_v3",       "xception",           "keras_resnet50",     "cnn5",
          "landmarknet",        "landmarknet-small"};
}

torch::Tensor Network::pooledFeatures(torch::Tensor, const std::string&, torch::Tensor&) {
  throw Error("'" + architecture() + "' has no pooled features (it cannot take another head)");
}

std::shared_ptr<Network> makeNetwork(const std::string& a, int numClasses, int inputWidth,
                                     int inputHeight) {
  if (numClasses < 1) throw Error("a network needs at least one output class");
  const std::string suffix = "+seed000head";
  if (a.size() > suffix.size() && a.compare(a.size() - suffix.size(), suffix.size(), suffix) == 0)
    return std::make_shared<Seed000Head>(
        a, makeNetwork(a.substr(0, a.size() - suffix.size()), 1, inputWidth, inputHeight),
        numClasses);
  if (a == "cnn5") return std::make_shared<Cnn5>(numClasses);
  // The lumbar level localiser's three heatmap U-Nets (core/ai/lumbar_localiser.h).
  if (a == "lumbar-localiser")
    return lumbar::makeLocaliserNetwork(inputWidth, lumbar::kLocaliserWidth);
  if (a == "landmarknet" || a == "landmarknet-small")
    return std::make_shared<LandmarkNet>(a, a == "landmarknet" ? 32 : 16, numClasses, inputWidth,
                                         inputHeight);
  // (width, depth, dropout) as in torchvision.
  if (auto extra = makeMoreNetwork(a, numClasses)) return extra;
  // lukemelas' efficientnet_pytorch (TF "same" padding for its nominal image size, BN eps 1e-3).
  if (a == "efficientnet_b0_tf")
    return std::make_shared<EfficientNet>(a, 1.0, 1.0, 0.2, numClasses, 224);
  if (a == "efficientnet_b1_tf")
    return std::make_shared<EfficientNet>(a, 1.0, 1.1, 0.2, numClasses, 240);
  if (a == "efficientnet_b2_tf")
    return std::make_shared<EfficientNet>(a, 1.1, 1.2, 0.3, numClasses, 260);
  if (a == "efficientnet_b3_tf")
    return std::make_shared<EfficientNet>(a, 1.2, 1.4, 0.3, numClasses, 300);
  if (a == "efficientnet_b0") return std::make_shared<EfficientNet>(a, 1.0, 1.0, 0.2, numClasses);
  if (a == "efficientnet_b1") return std::make_shared<EfficientNet>(a, 1.0, 1.1, 0.2, numClasses);
  if (a == "efficientnet_b2") return std::make_shared<EfficientNet>(a, 1.1, 1.2, 0.3, numClasses);
  if (a == "efficientnet_b3") return std::make_shared<EfficientNet>(a, 1.2, 1.4, 0.3, numClasses);
  if (a == "resnet18")
    return std::make_shared<ResNet>(a, std::vector<int>{2, 2, 2, 2}, false, numClasses);
  if (a == "resnet34")
    return std::make_shared<ResNet>(a, std::vector<int>{3, 4, 6, 3}, false, numClasses);
  if (a == "resnet50")
    return std::make_shared<ResNet>(a, std::vector<int>{3, 4, 6, 3}, true, numClasses);
  if (a == "resnet101")
    return std::make_shared<ResNet>(a, std::vector<int>{3, 4, 23, 3}, true, numClasses);
  std::string list;
  for (const auto& k : knownArchitectures())
    list += (list.empty() ? "" : ", ") + k;
  throw Error("unknown architecture '" + a + "' (known: " + list +
              "; any classifier + '+seed000head')");
}

void useAllCores() {
  const unsigned n = std::thread::hardware_concurrency();
  torch::set_num_threads(static_cast<int>(n == 0 ? 1 : n));
}

}  // namespace osteon::ai
