// Fine-tuning and freezing: initial weights from a package, the trainable parameters of the
// frozen phase and of the fine-tuning phase, frozen batch norm.
#include "core/train/fine_tune.h"

#include <map>

#include "core/ai/model_package.h"
#include "core/ai/weight_import.h"
#include "core/base/error.h"

namespace osteon::train::detail {

namespace {

// Trainable groups in input-to-output order: the top-level modules ("conv1", "layer1", ...;
// "features.N" for EfficientNet; a "backbone." prefix is looked through) and which are the head.
struct ParamGroup {
  std::string name;
  bool head = false;
  std::vector<torch::Tensor> params;
};

std::vector<ParamGroup> parameterGroups(ai::Network& net) {
  std::vector<ParamGroup> groups;
  for (const auto& p : net.named_parameters(true)) {
    std::string name = p.key();
    if (name.rfind("backbone.", 0) == 0) name = name.substr(9);
    std::string key = name.substr(0, name.find('.'));
    if (key == "features") {
      const std::size_t second = name.find('.', 9);
      key = name.substr(0, second);
    }
    const bool head = key.rfind("fc", 0) == 0 || key == "classifier" ||
                      key.rfind("dense", 0) == 0 || key.rfind("prelu", 0) == 0 || key == "out";
    if (groups.empty() || groups.back().name != key) groups.push_back({key, head, {}});
    groups.back().params.push_back(p.value());
  }
  return groups;
}

}  // namespace

std::vector<torch::Tensor> setTrainable(ai::Network& net, int phase, const TrainConfig& c) {
  auto groups = parameterGroups(net);
  const bool frozenPhase = c.frozenEpochs > 0 && phase == 1;
  std::vector<std::size_t> body;
  for (std::size_t i = 0; i < groups.size(); ++i)
    if (!groups[i].head) body.push_back(i);
  std::vector<bool> on(groups.size(), false);
  for (std::size_t i = 0; i < groups.size(); ++i)
    on[i] = groups[i].head || (!frozenPhase && c.unfreezeBlocks == 0);
  if (!frozenPhase && c.unfreezeBlocks > 0)
    for (std::size_t k = 0; k < body.size() && k < static_cast<std::size_t>(c.unfreezeBlocks); ++k)
      on[body[body.size() - 1 - k]] = true;
  std::vector<torch::Tensor> trainable;
  bool anyHead = false;
  for (std::size_t i = 0; i < groups.size(); ++i) {
    anyHead = anyHead || groups[i].head;
    for (auto& t : groups[i].params) {
      t.set_requires_grad(on[i]);
      if (on[i]) trainable.push_back(t);
    }
  }
  if (!anyHead && frozenPhase)
    throw Error(net.architecture() + " has no separate classifier head to train alone");
  return trainable;
}

void freezeFrozenBatchNorm(ai::Network& net) {
  for (const auto& m : net.modules(false)) {
    auto* bn = dynamic_cast<torch::nn::BatchNorm2dImpl*>(m.get());
    if (bn && bn->weight.defined() && !bn->weight.requires_grad()) bn->eval();
  }
}

void copyWeights(ai::Network& net, const std::string& package,
                 const std::function<void(const std::string&)>& log) {
  const ai::LoadedModel m = ai::loadModel(package);
  // The same architecture, or the backbone of a "+seed000head" network.
  std::string prefix;
  if (m.info.architecture + "+seed000head" == net.architecture())
    prefix = "backbone.";
  else if (m.info.architecture != net.architecture())
    throw Error(fileError(package, "fine-tuning needs a " + net.architecture() +
                                       " model or backbone; this one is " + m.info.architecture));
  // A backbone-only package (import-weights --backbone-only) has an untrained classifier.
  const bool backboneOnly = m.info.metrics.value("backbone_only", false) || !prefix.empty();
  std::map<std::string, torch::Tensor> src;
  for (const auto& p : m.network->named_parameters(true))
    if (!(backboneOnly && ai::isHeadTensor(p.key()))) src[prefix + p.key()] = p.value();
  for (const auto& b : m.network->named_buffers(true))
    src[prefix + b.key()] = b.value();
  torch::NoGradGuard ng;
  int copied = 0, skipped = 0;
  const auto take = [&](const std::string& name, torch::Tensor& dst) {
    auto it = src.find(name);
    if (it != src.end() && it->second.sizes() == dst.sizes()) {
      dst.copy_(it->second);
      ++copied;
    } else {
      ++skipped;
    }
  };
  for (auto& p : net.named_parameters(true))
    take(p.key(), p.value());
  for (auto& b : net.named_buffers(true))
    take(b.key(), b.value());
  if (log)
    log("initial weights from " + package + ": " + std::to_string(copied) + " tensors copied, " +
        std::to_string(skipped) + " kept new (different classes or shapes)");
}

}  // namespace osteon::train::detail
