#include "core/ai/networks_more.h"

#include <cmath>
#include <limits>
#include <map>

#include "core/base/error.h"

namespace osteon::ai {

namespace nn = torch::nn;

namespace {

void initConvsAndLinears(nn::Module& module) {
  for (auto& m : module.modules(false)) {
    if (auto* c = m->as<nn::Conv2d>()) {
      nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
      if (c->options.bias()) nn::init::zeros_(c->bias);
    }
  }
}

// ---------------------------------------------------------------- Inception v3 (torchvision)

struct BasicConvImpl : nn::Module {
  nn::Conv2d conv{nullptr};
  nn::BatchNorm2d bn{nullptr};
  BasicConvImpl(int in, int out, std::array<int64_t, 2> k, int stride = 1,
                std::array<int64_t, 2> pad = {0, 0}) {
    conv =
        register_module("conv", nn::Conv2d(nn::Conv2dOptions(in, out, {k[0], k[1]})
                                               .stride(stride)
                                               .padding(torch::ExpandingArray<2>({pad[0], pad[1]}))
                                               .bias(false)));
    bn = register_module("bn", nn::BatchNorm2d(nn::BatchNorm2dOptions(out).eps(0.001)));
  }
  torch::Tensor forward(const torch::Tensor& x) { return bn(conv(x)).relu_(); }
};
TORCH_MODULE(BasicConv);

BasicConv bc(int in, int out, int k, int stride = 1, int pad = 0) {
  return BasicConv(in, out, std::array<int64_t, 2>{k, k}, stride, std::array<int64_t, 2>{pad, pad});
}
BasicConv bc2(int in, int out, int kh, int kw, int ph, int pw) {
  return BasicConv(in, out, std::array<int64_t, 2>{kh, kw}, 1, std::array<int64_t, 2>{ph, pw});
}

torch::Tensor avg3(const torch::Tensor& x) {
  return torch::avg_pool2d(x, 3, 1, 1);  // count_include_pad, as torchvision
}

struct InceptionAImpl : nn::Module {
  BasicConv b1{nullptr}, b5_1{nullptr}, b5_2{nullptr}, d1{nullptr}, d2{nullptr}, d3{nullptr},
      pool{nullptr};
  InceptionAImpl(int in, int poolFeatures) {
    b1 = register_module("branch1x1", bc(in, 64, 1));
    b5_1 = register_module("branch5x5_1", bc(in, 48, 1));
    b5_2 = register_module("branch5x5_2", bc(48, 64, 5, 1, 2));
    d1 = register_module("branch3x3dbl_1", bc(in, 64, 1));
    d2 = register_module("branch3x3dbl_2", bc(64, 96, 3, 1, 1));
    d3 = register_module("branch3x3dbl_3", bc(96, 96, 3, 1, 1));
    pool = register_module("branch_pool", bc(in, poolFeatures, 1));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    return torch::cat({b1(x), b5_2(b5_1(x)), d3(d2(d1(x))), pool(avg3(x))}, 1);
  }
};
TORCH_MODULE(InceptionA);

struct InceptionBImpl : nn::Module {
  BasicConv b3{nullptr}, d1{nullptr}, d2{nullptr}, d3{nullptr};
  explicit InceptionBImpl(int in) {
    b3 = register_module("branch3x3", bc(in, 384, 3, 2));
    d1 = register_module("branch3x3dbl_1", bc(in, 64, 1));
    d2 = register_module("branch3x3dbl_2", bc(64, 96, 3, 1, 1));
    d3 = register_module("branch3x3dbl_3", bc(96, 96, 3, 2));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    return torch::cat({b3(x), d3(d2(d1(x))), torch::max_pool2d(x, 3, 2)}, 1);
  }
};
TORCH_MODULE(InceptionB);

struct InceptionCImpl : nn::Module {
  BasicConv b1{nullptr}, s1{nullptr}, s2{nullptr}, s3{nullptr}, d1{nullptr}, d2{nullptr},
      d3{nullptr}, d4{nullptr}, d5{nullptr}, pool{nullptr};
  InceptionCImpl(int in, int c7) {
    b1 = register_module("branch1x1", bc(in, 192, 1));
    s1 = register_module("branch7x7_1", bc(in, c7, 1));
    s2 = register_module("branch7x7_2", bc2(c7, c7, 1, 7, 0, 3));
    s3 = register_module("branch7x7_3", bc2(c7, 192, 7, 1, 3, 0));
    d1 = register_module("branch7x7dbl_1", bc(in, c7, 1));
    d2 = register_module("branch7x7dbl_2", bc2(c7, c7, 7, 1, 3, 0));
    d3 = register_module("branch7x7dbl_3", bc2(c7, c7, 1, 7, 0, 3));
    d4 = register_module("branch7x7dbl_4", bc2(c7, c7, 7, 1, 3, 0));
    d5 = register_module("branch7x7dbl_5", bc2(c7, 192, 1, 7, 0, 3));
    pool = register_module("branch_pool", bc(in, 192, 1));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    return torch::cat({b1(x), s3(s2(s1(x))), d5(d4(d3(d2(d1(x))))), pool(avg3(x))}, 1);
  }
};
TORCH_MODULE(InceptionC);

struct InceptionDImpl : nn::Module {
  BasicConv a1{nullptr}, a2{nullptr}, b1{nullptr}, b2{nullptr}, b3{nullptr}, b4{nullptr};
  explicit InceptionDImpl(int in) {
    a1 = register_module("branch3x3_1", bc(in, 192, 1));
    a2 = register_module("branch3x3_2", bc(192, 320, 3, 2));
    b1 = register_module("branch7x7x3_1", bc(in, 192, 1));
    b2 = register_module("branch7x7x3_2", bc2(192, 192, 1, 7, 0, 3));
    b3 = register_module("branch7x7x3_3", bc2(192, 192, 7, 1, 3, 0));
    b4 = register_module("branch7x7x3_4", bc(192, 192, 3, 2));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    return torch::cat({a2(a1(x)), b4(b3(b2(b1(x)))), torch::max_pool2d(x, 3, 2)}, 1);
  }
};
TORCH_MODULE(InceptionD);

struct InceptionEImpl : nn::Module {
  BasicConv b1{nullptr}, t1{nullptr}, t2a{nullptr}, t2b{nullptr}, d1{nullptr}, d2{nullptr},
      d3a{nullptr}, d3b{nullptr}, pool{nullptr};
  explicit InceptionEImpl(int in) {
    b1 = register_module("branch1x1", bc(in, 320, 1));
    t1 = register_module("branch3x3_1", bc(in, 384, 1));
    t2a = register_module("branch3x3_2a", bc2(384, 384, 1, 3, 0, 1));
    t2b = register_module("branch3x3_2b", bc2(384, 384, 3, 1, 1, 0));
    d1 = register_module("branch3x3dbl_1", bc(in, 448, 1));
    d2 = register_module("branch3x3dbl_2", bc(448, 384, 3, 1, 1));
    d3a = register_module("branch3x3dbl_3a", bc2(384, 384, 1, 3, 0, 1));
    d3b = register_module("branch3x3dbl_3b", bc2(384, 384, 3, 1, 1, 0));
    pool = register_module("branch_pool", bc(in, 192, 1));
  }
  torch::Tensor forward(const torch::Tensor& x) {
    const torch::Tensor t = t1(x), d = d2(d1(x));
    return torch::cat(
        {b1(x), torch::cat({t2a(t), t2b(t)}, 1), torch::cat({d3a(d), d3b(d)}, 1), pool(avg3(x))},
        1);
  }
};
TORCH_MODULE(InceptionE);

class InceptionV3 : public Network {
 public:
  explicit InceptionV3(int numClasses) {
    add("Conv2d_1a_3x3", bc(3, 32, 3, 2));
    add("Conv2d_2a_3x3", bc(32, 32, 3));
    add("Conv2d_2b_3x3", bc(32, 64, 3, 1, 1));
    add("maxpool1", nullptr);
    add("Conv2d_3b_1x1", bc(64, 80, 1));
    add("Conv2d_4a_3x3", bc(80, 192, 3));
    add("maxpool2", nullptr);
    add("Mixed_5b", InceptionA(192, 32));
    add("Mixed_5c", InceptionA(256, 64));
    add("Mixed_5d", InceptionA(288, 64));
    add("Mixed_6a", InceptionB(288));
    add("Mixed_6b", InceptionC(768, 128));
    add("Mixed_6c", InceptionC(768, 160));
    add("Mixed_6d", InceptionC(768, 160));
    add("Mixed_6e", InceptionC(768, 192));
    add("Mixed_7a", InceptionD(768));
    add("Mixed_7b", InceptionE(1280));
    add("Mixed_7c", InceptionE(2048));
    fc = register_module("fc", nn::Linear(2048, numClasses));
    // torchvision draws truncated normals (std 0.1); a clamped normal is close enough to start.
    torch::NoGradGuard ng;
    for (auto& m : modules(false))
      if (auto* c = m->as<nn::Conv2d>()) c->weight.normal_(0.0, 0.1).clamp_(-0.2, 0.2);
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    return fc(torch::dropout(pooledFeatures(x, layer, activation), 0.5, is_training()));
  }
  torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    if (x.size(2) < 75 || x.size(3) < 75)
      throw Error("inception_v3 needs inputs of at least 75 x 75 pixels");
    for (auto& [name, m] : stages_) {
      x = m.is_empty() ? torch::max_pool2d(x, 3, 2) : m.forward(x);
      if (layer == name) activation = x;
    }
    return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
  }
  int featureChannels() const override { return 2048; }
  std::vector<std::string> camLayers() const override {
    return {"Conv2d_4a_3x3", "Mixed_5d", "Mixed_6e", "Mixed_7a", "Mixed_7b", "Mixed_7c"};
  }
  std::string architecture() const override { return "inception_v3"; }

 private:
  template <class M>
  void add(const std::string& name, M m) {
    nn::AnyModule any;
    if constexpr (!std::is_same_v<M, std::nullptr_t>) any = nn::AnyModule(register_module(name, m));
    stages_.emplace_back(name, any);
  }
  std::vector<std::pair<std::string, nn::AnyModule>> stages_;
  nn::Linear fc{nullptr};
};

// ---------------------------------------------------------------- Keras networks

// TF "same" padding of a max pool for the actual input (the extra pixel at the bottom/right).
torch::Tensor maxPoolSame(const torch::Tensor& x, int k, int s) {
  std::vector<int64_t> pad;
  for (int d : {3, 2}) {
    const int64_t n = x.size(d), out = (n + s - 1) / s;
    const int64_t total = std::max<int64_t>((out - 1) * s + k - n, 0);
    pad.push_back(total / 2);
    pad.push_back(total - total / 2);
  }
  return torch::max_pool2d(torch::constant_pad_nd(x, pad, -std::numeric_limits<double>::infinity()),
                           k, s);
}

nn::BatchNorm2d kerasBn(int channels, double eps) {
  return nn::BatchNorm2d(nn::BatchNorm2dOptions(channels).eps(eps));
}

// Keras' SeparableConv2D(out, 3, padding="same", use_bias=False): depthwise then pointwise.
struct SepConvImpl : nn::Module {
  nn::Conv2d depthwise{nullptr}, pointwise{nullptr};
  SepConvImpl(int in, int out) {
    depthwise = register_module(
        "depthwise", nn::Conv2d(nn::Conv2dOptions(in, in, 3).padding(1).groups(in).bias(false)));
    pointwise = register_module("pointwise", nn::Conv2d(nn::Conv2dOptions(in, out, 1).bias(false)));
  }
  torch::Tensor forward(const torch::Tensor& x) { return pointwise(depthwise(x)); }
};
TORCH_MODULE(SepConv);

class Xception : public Network {
 public:
  explicit Xception(int numClasses) {
    conv("block1_conv1", 3, 32, 3, 2);
    conv("block1_conv2", 32, 64, 3, 1);
    const int res[4][2] = {{64, 128}, {128, 256}, {256, 728}, {728, 1024}};
    for (int r = 0; r < 4; ++r)
      conv("residual" + std::to_string(r + 1), res[r][0], res[r][1], 1, 2);
    sep("block2_sepconv1", 64, 128);
    sep("block2_sepconv2", 128, 128);
    sep("block3_sepconv1", 128, 256);
    sep("block3_sepconv2", 256, 256);
    sep("block4_sepconv1", 256, 728);
    sep("block4_sepconv2", 728, 728);
    for (int b = 5; b <= 12; ++b)
      for (int i = 1; i <= 3; ++i)
        sep("block" + std::to_string(b) + "_sepconv" + std::to_string(i), 728, 728);
    sep("block13_sepconv1", 728, 728);
    sep("block13_sepconv2", 728, 1024);
    sep("block14_sepconv1", 1024, 1536);
    sep("block14_sepconv2", 1536, 2048);
    fc = register_module("fc", nn::Linear(2048, numClasses));
    initConvsAndLinears(*this);
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    return fc(pooledFeatures(x, layer, activation));
  }
  torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    if (x.size(2) < 71 || x.size(3) < 71)
      throw Error("xception needs inputs of at least 71 x 71 pixels");
    const auto capture = [&](const std::string& name, const torch::Tensor& t) {
      if (layer == name) activation = t;
    };
    x = bn("block1_conv1", convs_.at("block1_conv1")(x)).relu();
    x = bn("block1_conv2", convs_.at("block1_conv2")(x)).relu();
    capture("block1", x);
    // Entry flow: blocks 2-4 (block 2 starts without the ReLU), blocks 5-12, block 13.
    const char* entry[3] = {"block2", "block3", "block4"};
    for (int b = 0; b < 3; ++b) {
      const std::string name = entry[b], r = "residual" + std::to_string(b + 1);
      const torch::Tensor residual = bn(r, convs_.at(r)(x));
      torch::Tensor y = b == 0 ? x : x.relu();
      y = bn(name + "_sepconv1", seps_.at(name + "_sepconv1")(y)).relu();
      y = bn(name + "_sepconv2", seps_.at(name + "_sepconv2")(y));
      x = maxPoolSame(y, 3, 2) + residual;
      capture(name, x);
    }
    for (int b = 5; b <= 12; ++b) {
      const std::string name = "block" + std::to_string(b);
      torch::Tensor y = x;
      for (int i = 1; i <= 3; ++i) {
        const std::string s = name + "_sepconv" + std::to_string(i);
        y = bn(s, seps_.at(s)(y.relu()));
      }
      x = y + x;
      capture(name, x);
    }
    {
      const torch::Tensor residual = bn("residual4", convs_.at("residual4")(x));
      torch::Tensor y = bn("block13_sepconv1", seps_.at("block13_sepconv1")(x.relu()));
      y = bn("block13_sepconv2", seps_.at("block13_sepconv2")(y.relu()));
      x = maxPoolSame(y, 3, 2) + residual;
      capture("block13", x);
    }
    x = bn("block14_sepconv1", seps_.at("block14_sepconv1")(x)).relu();
    x = bn("block14_sepconv2", seps_.at("block14_sepconv2")(x)).relu();
    capture("block14_sepconv2_act", x);
    return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
  }
  int featureChannels() const override { return 2048; }
  std::vector<std::string> camLayers() const override {
    return {"block1", "block4", "block12", "block13", "block14_sepconv2_act"};
  }
  std::string architecture() const override { return "xception"; }

 private:
  void conv(const std::string& name, int in, int out, int k, int stride) {
    convs_.emplace(name,
                   register_module(
                       name, nn::Conv2d(nn::Conv2dOptions(in, out, k).stride(stride).bias(false))));
    bns_.emplace(name, register_module(name + "_bn", kerasBn(out, 1e-3)));
  }
  void sep(const std::string& name, int in, int out) {
    seps_.emplace(name, register_module(name, SepConv(in, out)));
    bns_.emplace(name, register_module(name + "_bn", kerasBn(out, 1e-3)));
  }
  torch::Tensor bn(const std::string& name, const torch::Tensor& x) { return bns_.at(name)(x); }
  std::map<std::string, nn::Conv2d> convs_;
  std::map<std::string, SepConv> seps_;
  std::map<std::string, nn::BatchNorm2d> bns_;
  nn::Linear fc{nullptr};
};

class KerasResNet50 : public Network {
 public:
  explicit KerasResNet50(int numClasses) {
    conv("conv1", 3, 64, 7, 2);
    const int blocks[4] = {3, 4, 6, 3}, filters[4] = {64, 128, 256, 512};
    int in = 64;
    for (int s = 0; s < 4; ++s) {
      for (int b = 1; b <= blocks[s]; ++b) {
        const std::string name = "conv" + std::to_string(s + 2) + "_block" + std::to_string(b);
        const int f = filters[s], stride = b == 1 && s > 0 ? 2 : 1;
        if (b == 1) conv(name + "_0", in, 4 * f, 1, stride);
        conv(name + "_1", in, f, 1, stride);
        conv(name + "_2", f, f, 3, 1);
        conv(name + "_3", f, 4 * f, 1, 1);
        in = 4 * f;
      }
      stageBlocks_[s] = blocks[s];
    }
    fc = register_module("fc", nn::Linear(2048, numClasses));
    initConvsAndLinears(*this);
  }
  torch::Tensor forwardCapture(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    return fc(pooledFeatures(x, layer, activation));
  }
  torch::Tensor pooledFeatures(torch::Tensor x, const std::string& layer,
                               torch::Tensor& activation) override {
    x = cb("conv1", torch::constant_pad_nd(x, {3, 3, 3, 3}, 0)).relu();
    if (layer == "conv1_relu") activation = x;
    x = torch::max_pool2d(torch::constant_pad_nd(x, {1, 1, 1, 1}, 0), 3, 2);
    for (int s = 0; s < 4; ++s) {
      for (int b = 1; b <= stageBlocks_[s]; ++b) {
        const std::string name = "conv" + std::to_string(s + 2) + "_block" + std::to_string(b);
        const torch::Tensor shortcut = b == 1 ? cb(name + "_0", x) : x;
        torch::Tensor y = cb(name + "_1", x).relu();
        y = cb(name + "_2", y).relu();
        x = (cb(name + "_3", y) + shortcut).relu();
        if (layer == name + "_out") activation = x;
      }
    }
    return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
  }
  int featureChannels() const override { return 2048; }
  std::vector<std::string> camLayers() const override {
    return {"conv1_relu", "conv2_block3_out", "conv3_block4_out", "conv4_block6_out",
            "conv5_block3_out"};
  }
  std::string architecture() const override { return "keras_resnet50"; }

 private:
  // Conv2D(padding "valid" for 1x1 and the padded conv1, "same" = symmetric 1 for 3x3 stride 1)
  // with bias + BatchNormalization(epsilon 1.001e-5).
  void conv(const std::string& name, int in, int out, int k, int stride) {
    convs_.emplace(
        name,
        register_module(
            name + "_conv",
            nn::Conv2d(
                nn::Conv2dOptions(in, out, k).stride(stride).padding(k == 3 ? 1 : 0).bias(true))));
    bns_.emplace(name, register_module(name + "_bn", kerasBn(out, 1.001e-5)));
  }
  torch::Tensor cb(const std::string& name, const torch::Tensor& x) {
    return bns_.at(name)(convs_.at(name)(x));
  }
  int stageBlocks_[4] = {0, 0, 0, 0};
  std::map<std::string, nn::Conv2d> convs_;
  std::map<std::string, nn::BatchNorm2d> bns_;
  nn::Linear fc{nullptr};
};

}  // namespace

std::shared_ptr<Network> makeMoreNetwork(const std::string& a, int numClasses) {
  if (a == "inception_v3") return std::make_shared<InceptionV3>(numClasses);
  if (a == "xception") return std::make_shared<Xception>(numClasses);
  if (a == "keras_resnet50") return std::make_shared<KerasResNet50>(numClasses);
  return nullptr;
}

}  // namespace osteon::ai
